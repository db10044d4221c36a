/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart's table as an Excel workbook, through libxlsxwriter.
 *
 * Figures go in as numbers (in full, with the measure's decimals as the
 * number format), so a spreadsheet can sort and sum them; text goes in as
 * text, never as a formula, whatever it starts with. The title and the
 * caption (period and source) sit above the table, as LAIT's downloads put
 * them. libxlsxwriter 1.1 writes only to a named file, so the workbook is
 * made in a private folder and then put in place by ladder-atomic-file.c,
 * with the same care as every other file Ladder writes. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ladder-atomic-file.h"
#include "ladder-sanitise.h"
#include "ladder-table.h"

/* Excel's limits: a sheet name, and the text a cell holds. */
#define SHEET_NAME_MAX 31
#define CELL_TEXT_MAX 32767

/* Text for a cell: one line, no controls, no longer than a cell takes. */
static char *
cell_text (const char *text)
{
  g_autofree char *safe = ladder_sanitise_for_paper (text != NULL ? text : "",
                                                     LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);

  if (g_utf8_strlen (safe, -1) > CELL_TEXT_MAX)
    return g_utf8_substring (safe, 0, CELL_TEXT_MAX);
  return g_steal_pointer (&safe);
}

/* How many decimals a column's shown figures use: the most any shows. */
static int
column_decimals (const LadderTable *table,
                 guint              column)
{
  int decimals = 0;

  for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
    {
      const char *point = strchr (ladder_table_get (table, r, column), '.');

      if (point != NULL)
        decimals = MAX (decimals, (int) strspn (point + 1, "0123456789"));
    }
  return MIN (decimals, 6);
}

static gboolean
check (lxw_error   status,
       GError    **error)
{
  if (status == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the workbook could not be made (%s)",
               lxw_strerror (status));
  return FALSE;
}

static gboolean
write_workbook (const LadderTable *table,
                const char        *title,
                const char        *caption,
                const char        *path,
                GError           **error)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *bold, *wrap;
  g_autofree char *sheet_title = cell_text (title);
  g_autofree char *sheet_name = NULL;
  guint first_row = 0;

  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the workbook could not be started in %s", path);
      return FALSE;
    }
  /* A sheet's name cannot hold []:*?/\ and is at most 31 characters. */
  sheet_name = g_utf8_substring (sheet_title, 0, MIN (g_utf8_strlen (sheet_title, -1), SHEET_NAME_MAX));
  g_strdelimit (sheet_name, "[]:*?/\\", '-');
  sheet = workbook_add_worksheet (workbook, *sheet_name != '\0' ? sheet_name : "Figures");
  if (sheet == NULL)
    sheet = workbook_add_worksheet (workbook, "Figures");
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  wrap = workbook_add_format (workbook);
  format_set_text_wrap (wrap);

  if (title != NULL)
    worksheet_write_string (sheet, first_row++, 0, sheet_title, bold);
  if (caption != NULL)
    {
      g_autofree char *text = cell_text (caption);

      worksheet_write_string (sheet, first_row++, 0, text, NULL);
    }
  if (first_row > 0)
    first_row++;
  for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
    {
      g_autofree char *text = cell_text (ladder_table_get_header (table, c));

      worksheet_write_string (sheet, first_row, c, text, bold);
      worksheet_set_column (sheet, c, c, c == 0 ? 40 : 16, NULL);
    }
  for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
    {
      lxw_format *number = NULL;

      if (ladder_table_is_numeric (table, c))
        {
          int decimals = column_decimals (table, c);
          g_autofree char *pattern = decimals > 0 ? g_strdup_printf ("0.%.*s", decimals, "000000") : g_strdup ("0");

          number = workbook_add_format (workbook);
          format_set_num_format (number, pattern);
        }
      for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
        {
          double value = ladder_table_get_number (table, r, c);
          const char *text = ladder_table_get (table, r, c);

          if (ladder_table_is_numeric (table, c) && isfinite (value))
            worksheet_write_number (sheet, first_row + 1 + r, c, value, number);
          else if (*text != '\0')
            {
              g_autofree char *safe = cell_text (text);

              /* Always a string: text that starts with = is never a formula. */
              worksheet_write_string (sheet, first_row + 1 + r, c, safe, c == 0 ? wrap : NULL);
            }
        }
    }
  worksheet_freeze_panes (sheet, first_row + 1, 1);
  return check (workbook_close (workbook), error);
}

/**
 * ladder_table_to_xlsx:
 * @table: the table
 * @title: (nullable): a heading above it, and the sheet's name
 * @caption: (nullable): a line below the heading: the period and source
 * @length: (out): the workbook's length in bytes
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the workbook's bytes, or %NULL with
 *   @error set.
 */
char *
ladder_table_to_xlsx (const LadderTable *table,
                      const char        *title,
                      const char        *caption,
                      gsize             *length,
                      GError           **error)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-xlsx-XXXXXX", error);
  g_autofree char *path = NULL;
  char *contents = NULL;
  gboolean ok;

  g_return_val_if_fail (table != NULL && length != NULL, NULL);

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "figures.xlsx", NULL);
  ok = write_workbook (table, title, caption, path, error) && g_file_get_contents (path, &contents, length, error);
  g_unlink (path);
  g_rmdir (dir);
  return ok ? contents : NULL;
}

/**
 * ladder_table_save_xlsx:
 * @table: the table
 * @title: (nullable): a heading above it
 * @caption: (nullable): the period and source
 * @path: where to write it, as every file Ladder writes is written
 * @error: return location for an error
 *
 * Returns: %TRUE when the workbook was written.
 */
gboolean
ladder_table_save_xlsx (const LadderTable *table,
                        const char        *title,
                        const char        *caption,
                        const char        *path,
                        GError           **error)
{
  gsize length = 0;
  g_autofree char *contents = ladder_table_to_xlsx (table, title, caption, &length, error);

  return contents != NULL && ladder_file_write_atomic (path, contents, length, error);
}
