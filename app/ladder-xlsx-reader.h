/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An Excel workbook's first sheet as CSV text, for the importers. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  ladder_xlsx_is_workbook (const char   *path);
char     *ladder_xlsx_to_csv      (const char   *path,
                                   const char   *display_name,
                                   gsize        *length,
                                   GError      **error);

G_END_DECLS
