/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A table of text: a chart's figures as the data table beside it, the
 * CSV it exports and the board paper's table, all from one place.
 *
 * The CSV follows RFC 4180 (fields quoted when they hold a comma, quote or
 * line break; lines end CR LF) and begins with a UTF-8 byte order mark so
 * that Excel reads names such as "Neighbours’ average" correctly. A text
 * cell that a spreadsheet would run as a formula (starting =, +, -, @, or
 * a tab or carriage return, which some strip before reading the rest) is
 * written with a leading apostrophe; number columns are left as they are,
 * and a figure is written in full, never rounded as it is shown.
 * Every CSV Ladder writes (a chart's figures, the action plan) comes from
 * here. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-table.h"

struct _LadderTable
{
  guint      n_columns;
  guint      n_rows;
  char     **headers;
  gboolean  *numeric;
  GPtrArray *cells;     /* n_rows * n_columns, row by row; NULL is empty */
  GArray    *values;    /* of double, the same shape: a figure in full, or NAN */
};

/**
 * ladder_table_new:
 * @n_columns: how many columns
 *
 * Returns: (transfer full): an empty table.
 */
LadderTable *
ladder_table_new (guint n_columns)
{
  LadderTable *table = g_new0 (LadderTable, 1);

  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->numeric = g_new0 (gboolean, n_columns);
  table->cells = g_ptr_array_new_with_free_func (g_free);
  table->values = g_array_new (FALSE, FALSE, sizeof (double));
  return table;
}

void
ladder_table_free (LadderTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->headers);
  g_free (table->numeric);
  g_ptr_array_unref (table->cells);
  g_array_unref (table->values);
  g_free (table);
}

/**
 * ladder_table_set_header:
 * @table: the table
 * @column: a column
 * @text: its heading
 * @numeric: whether it holds figures (right-aligned, and written as they
 *   are in CSV)
 */
void
ladder_table_set_header (LadderTable *table,
                         guint        column,
                         const char  *text,
                         gboolean     numeric)
{
  g_return_if_fail (column < table->n_columns);

  g_free (table->headers[column]);
  table->headers[column] = g_strdup (text);
  table->numeric[column] = numeric;
}

/**
 * ladder_table_add_row:
 * @table: the table
 *
 * Returns: the index of a new, empty row.
 */
guint
ladder_table_add_row (LadderTable *table)
{
  double none = NAN;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_ptr_array_add (table->cells, NULL);
      g_array_append_val (table->values, none);
    }
  return table->n_rows++;
}

/**
 * ladder_table_take:
 * @table: the table
 * @row: a row
 * @column: a column
 * @text: (transfer full) (nullable): the cell's text
 */
void
ladder_table_take (LadderTable *table,
                   guint        row,
                   guint        column,
                   char        *text)
{
  gpointer *cell;

  g_return_if_fail (row < table->n_rows && column < table->n_columns);

  cell = &table->cells->pdata[row * table->n_columns + column];
  g_free (*cell);
  *cell = text;
}

/**
 * ladder_table_take_number:
 * @table: the table
 * @row: a row
 * @column: a column
 * @value: the figure in full, or NAN for none
 * @text: (transfer full) (nullable): the figure as shown, rounded
 *
 * A figure: shown as @text, and written in full to CSV and spreadsheets.
 */
void
ladder_table_take_number (LadderTable *table,
                          guint        row,
                          guint        column,
                          double       value,
                          char        *text)
{
  g_return_if_fail (row < table->n_rows && column < table->n_columns);

  ladder_table_take (table, row, column, text);
  g_array_index (table->values, double, row * table->n_columns + column) = isfinite (value) ? value : NAN;
}

/**
 * ladder_table_get_number:
 * @table: the table
 * @row: a row
 * @column: a column
 *
 * Returns: the figure in full, or NAN when the cell holds none.
 */
double
ladder_table_get_number (const LadderTable *table,
                         guint              row,
                         guint              column)
{
  g_return_val_if_fail (row < table->n_rows && column < table->n_columns, NAN);

  return g_array_index (table->values, double, row * table->n_columns + column);
}

/**
 * ladder_table_format_full:
 * @value: a finite figure
 *
 * Returns: (transfer full): @value to 15 significant digits (all a double
 *   holds reliably, so a difference such as 16.5 - 13.6 is 2.9, not
 *   2.9000000000000004), trailing zeros dropped, with a full stop whatever
 *   the locale.
 */
char *
ladder_table_format_full (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  return g_strdup (buffer);
}

void
ladder_table_set (LadderTable *table,
                  guint        row,
                  guint        column,
                  const char  *text)
{
  ladder_table_take (table, row, column, g_strdup (text));
}

guint
ladder_table_get_n_rows (const LadderTable *table)
{
  return table->n_rows;
}

guint
ladder_table_get_n_columns (const LadderTable *table)
{
  return table->n_columns;
}

const char *
ladder_table_get_header (const LadderTable *table,
                         guint              column)
{
  g_return_val_if_fail (column < table->n_columns, NULL);
  return table->headers[column] != NULL ? table->headers[column] : "";
}

gboolean
ladder_table_is_numeric (const LadderTable *table,
                         guint              column)
{
  g_return_val_if_fail (column < table->n_columns, FALSE);
  return table->numeric[column];
}

/**
 * ladder_table_get:
 * @table: the table
 * @row: a row
 * @column: a column
 *
 * Returns: the cell's text; "" for an empty cell.
 */
const char *
ladder_table_get (const LadderTable *table,
                  guint              row,
                  guint              column)
{
  const char *text;

  g_return_val_if_fail (row < table->n_rows && column < table->n_columns, NULL);
  text = table->cells->pdata[row * table->n_columns + column];
  return text != NULL ? text : "";
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    numeric)
{
  gboolean formula = !numeric && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;

  if (formula || strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (formula)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/**
 * ladder_table_to_csv:
 * @table: the table
 * @length: (out) (optional): the length in bytes
 *
 * Returns: (transfer full): the headings and every row as CSV.
 */
char *
ladder_table_to_csv (const LadderTable *table,
                     gsize             *length)
{
  GString *out = g_string_new ("\xef\xbb\xbf");

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, ladder_table_get_header (table, c), FALSE);
    }
  g_string_append (out, "\r\n");
  for (guint r = 0; r < table->n_rows; r++)
    {
      for (guint c = 0; c < table->n_columns; c++)
        {
          double value = ladder_table_get_number (table, r, c);

          if (c > 0)
            g_string_append_c (out, ',');
          if (table->numeric[c] && !isnan (value))
            {
              g_autofree char *full = ladder_table_format_full (value);

              g_string_append (out, full);
            }
          else
            append_field (out, ladder_table_get (table, r, c), table->numeric[c]);
        }
      g_string_append (out, "\r\n");
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
