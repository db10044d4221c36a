/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a file so that, killed at any moment, it is whole: old or new. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ladder_file_write_atomic        (const char  *path,
                                          const char  *data,
                                          gsize        length,
                                          GError     **error);
guint    ladder_file_clean_temporaries   (const char  *path,
                                          guint        min_age_seconds);

G_END_DECLS
