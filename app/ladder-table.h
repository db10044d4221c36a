/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A table of text: a chart's figures as the data table beside it, the
 * CSV it exports and the board paper's table, all from one place. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LadderTable LadderTable;

LadderTable *ladder_table_new         (guint        n_columns);
void         ladder_table_free        (LadderTable *table);
void         ladder_table_set_header  (LadderTable *table,
                                       guint        column,
                                       const char  *text,
                                       gboolean     numeric);
guint        ladder_table_add_row     (LadderTable *table);
void         ladder_table_set         (LadderTable *table,
                                       guint        row,
                                       guint        column,
                                       const char  *text);
void         ladder_table_take        (LadderTable *table,
                                       guint        row,
                                       guint        column,
                                       char        *text);
void         ladder_table_take_number (LadderTable *table,
                                       guint        row,
                                       guint        column,
                                       double       value,
                                       char        *text);
double       ladder_table_get_number     (const LadderTable *table,
                                          guint              row,
                                          guint              column);
char        *ladder_table_format_full    (double             value);
guint        ladder_table_get_n_rows     (const LadderTable *table);
guint        ladder_table_get_n_columns  (const LadderTable *table);
const char  *ladder_table_get_header     (const LadderTable *table,
                                          guint              column);
gboolean     ladder_table_is_numeric     (const LadderTable *table,
                                          guint              column);
const char  *ladder_table_get            (const LadderTable *table,
                                          guint              row,
                                          guint              column);
char        *ladder_table_to_csv         (const LadderTable *table,
                                          gsize             *length);
char        *ladder_table_to_xlsx        (const LadderTable *table,
                                          const char        *title,
                                          const char        *caption,
                                          gsize             *length,
                                          GError           **error);
gboolean     ladder_table_save_xlsx      (const LadderTable *table,
                                          const char        *title,
                                          const char        *caption,
                                          const char        *path,
                                          GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderTable, ladder_table_free)

G_END_DECLS
