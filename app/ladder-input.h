/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening the files Ladder reads: ordinary files only, never blocking, and
 * named in messages in a way no file name can break. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ladder_input_display_name (const char  *path);
int   ladder_input_open         (const char  *path,
                                 const char  *display_name,
                                 guint64     *size,
                                 GError     **error);
char *ladder_input_read         (int          fd,
                                 const char  *display_name,
                                 gsize        max_size,
                                 gsize       *length,
                                 GError     **error);

G_END_DECLS
