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
/* What a file is when its first bytes say it is not text. */
typedef enum
{
  LADDER_INPUT_TEXT,      /* nothing known: perhaps text */
  LADDER_INPUT_ZIP,       /* an xlsx or ods workbook, or another zip archive */
  LADDER_INPUT_XLS,       /* an Excel 97-2003 workbook */
  LADDER_INPUT_GZIP,
  LADDER_INPUT_PDF,
  LADDER_INPUT_IMAGE,
  LADDER_INPUT_UTF32,
} LadderInputKind;

LadderInputKind ladder_input_recognise (const guchar *head,
                                        gsize         n_head,
                                        const char  **noun);
char *ladder_input_read         (int          fd,
                                 const char  *display_name,
                                 gsize        max_size,
                                 gsize       *length,
                                 GError     **error);

G_END_DECLS
