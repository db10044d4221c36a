/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statistical-neighbour tables, in the LAIT spreadsheet layout and in the
 * Explore Education Statistics layout, and the LA code list. */
#include "config.h"

#include <string.h>

#include "ladder-data-import-private.h"

typedef struct
{
  int          number;
  char        *name;
  char        *region;
  int          neighbours[LADDER_MAX_NEIGHBOURS];
  char        *closeness[LADDER_MAX_NEIGHBOURS];
  guint        n_neighbours;
  guint64      record;
} Row;

typedef struct
{
  LadderImportContext *context;
  int        col_number, col_name, col_region;
  int        col_neighbour[LADDER_MAX_NEIGHBOURS];
  guint      n_neighbour_columns;
  GArray    *rows;      /* Row: resolved in finish(), once every council's name is known */
  gboolean   in_old_section;
} Neighbours;

static void
row_clear (Row *row)
{
  g_free (row->name);
  g_free (row->region);
  for (guint i = 0; i < LADDER_MAX_NEIGHBOURS; i++)
    g_free (row->closeness[i]);
}

static gboolean
parse_number (const char *text,
              int        *number)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, 99999, &value, NULL))
    return FALSE;
  *number = value;
  return TRUE;
}

static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (((const char *) fields->pdata[i])[0] != '\0')
      return FALSE;
  return TRUE;
}

static const char *
intern (LadderImportContext *context,
        const char          *text)
{
  return ladder_dataset_intern (context->dataset, text, strlen (text));
}

static void
neighbours_row (gpointer         state,
                LadderCsvReader *reader,
                GPtrArray       *fields)
{
  Neighbours *self = state;
  const char *name = ladder_import_field (fields, self->col_name);
  const char *region = ladder_import_field (fields, self->col_region);
  Row row = { 0 };

  /* Spreadsheets saved as CSV end with rows of empty cells. */
  if (row_is_blank (fields))
    {
      self->context->report->n_rows--;
      return;
    }
  /* The spreadsheet keeps the previous groupings below a heading row
   * ("Old SNs:"); only the current ones are read. */
  if (ladder_import_field (fields, self->col_number) == NULL && name != NULL &&
      g_str_has_suffix (name, ":"))
    {
      self->in_old_section = TRUE;
      self->context->report->n_skipped++;
      return;
    }
  if (self->in_old_section)
    {
      self->context->report->n_skipped++;
      return;
    }
  if (!parse_number (ladder_import_field (fields, self->col_number), &row.number) || name == NULL)
    {
      ladder_import_skip_row (self->context, reader, self->col_number, LADDER_SKIP_NO_COUNCIL,
                              "the council's number or name is missing or not a number; "
                              "the row was skipped");
      return;
    }
  row.name = g_strdup (name);
  row.region = g_strdup (region);
  row.record = ladder_csv_reader_get_record (reader);
  for (guint k = 0; k < self->n_neighbour_columns; k++)
    {
      int column = self->col_neighbour[k];
      const char *neighbour = ladder_import_field (fields, column);
      const char *closeness = ladder_import_field (fields, column + 1);
      int number;

      if (neighbour == NULL)
        continue;
      if (!parse_number (neighbour, &number))
        {
          ladder_csv_reader_warn (reader, column, "“%.20s” is not a council number; this "
                                  "neighbour was left out", neighbour);
          continue;
        }
      row.neighbours[row.n_neighbours] = number;
      row.closeness[row.n_neighbours] = g_strdup (closeness);
      row.n_neighbours++;
    }
  g_array_append_val (self->rows, row);
}

static void
neighbours_finish (gpointer state)
{
  Neighbours *self = state;
  LadderImportContext *context = self->context;
  LadderDataset *dataset = context->dataset;

  /* A second grouping replaces the first for the councils it lists, which
   * changes every comparison with the neighbours: said, never silent. */
  if (self->rows->len > 0)
    {
      const char *before = ladder_dataset_get_neighbour_source (dataset);
      const char *now = context->report->name;

      if (before != NULL && g_strcmp0 (before, now) != 0 && context->n_late_warnings++ < 20)
        g_ptr_array_add (context->late_warnings,
                         g_strdup_printf ("statistical neighbours were already loaded from %s; the groups in "
                                          "this file replace them for the %u councils it lists, and charts "
                                          "name this file as the grouping used", before, self->rows->len));
      ladder_dataset_set_neighbour_source (dataset, now);
    }

  /* Every council with a row first, so neighbours find them by number. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      guint area = ladder_dataset_ensure_area (dataset, row->number, intern (context, row->name));
      LadderArea *record = ladder_dataset_get_area (dataset, area);

      /* As in LAIT, a council's region comes from the neighbour file, whose
       * names match the region rows of the data ("London (Outer)"). */
      if (row->region != NULL)
        record->region = intern (context, row->region);
      ladder_import_mark_seen (context->seen_areas, area);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      LadderNeighbour neighbours[LADDER_MAX_NEIGHBOURS];
      g_autofree char *number_text = g_strdup_printf ("%d", row->number);
      guint area, found;

      g_assert (ladder_dataset_find_area (dataset, number_text, &area));
      for (guint k = 0; k < row->n_neighbours; k++)
        {
          g_autofree char *neighbour_text = g_strdup_printf ("%d", row->neighbours[k]);

          if (!ladder_dataset_find_area (dataset, neighbour_text, &found))
            {
              g_autofree char *placeholder = g_strdup_printf ("Council %d", row->neighbours[k]);
              found = ladder_dataset_ensure_area (dataset, row->neighbours[k], intern (context, placeholder));
            }
          neighbours[k].area = found;
          neighbours[k].closeness = row->closeness[k] != NULL ? intern (context, row->closeness[k]) : NULL;
        }
      ladder_dataset_set_neighbours (dataset, area, neighbours, row->n_neighbours);
    }
}

static gpointer
neighbours_begin (LadderImportContext *context,
                  LadderCsvReader     *reader,
                  GPtrArray           *header)
{
  Neighbours *self = g_new0 (Neighbours, 1);
  gboolean ees = ladder_import_find_column (header, "old_la_code") >= 0;

  self->context = context;
  self->col_number = ladder_import_read_column (context, header, ees ? "old_la_code" : "LA num");
  self->col_name = ladder_import_read_column (context, header, ees ? "la_name" : "LA Name");
  self->col_region = ladder_import_read_column (context, header, ees ? "region_name" : "GOReg");
  for (guint k = 0; k < LADDER_MAX_NEIGHBOURS; k++)
    {
      g_autofree char *name = g_strdup_printf (ees ? "SN_%u" : "SN%u", k + 1);
      int column = ladder_import_read_column (context, header, name);

      if (column < 0)
        break;
      /* The closeness label is the column after each neighbour. */
      ladder_import_mark_read (context, column + 1);
      self->col_neighbour[self->n_neighbour_columns++] = column;
    }
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, (GDestroyNotify) row_clear);
  return self;
}

static void
neighbours_free (gpointer state)
{
  Neighbours *self = state;

  g_array_unref (self->rows);
  g_free (self);
}

const LadderImporter ladder_neighbours_importer = {
  .begin = neighbours_begin,
  .handle_row = neighbours_row,
  .finish = neighbours_finish,
  .free = neighbours_free,
  .repeated_column = "SNP",
};

/* The LA code list: LA Number, LA Name, Region, Type. */
typedef struct
{
  LadderImportContext *context;
  int col_number, col_name, col_region, col_type;
} CodeList;

static void
code_list_row (gpointer         state,
               LadderCsvReader *reader,
               GPtrArray       *fields)
{
  CodeList *self = state;
  const char *name = ladder_import_field (fields, self->col_name);
  const char *region = ladder_import_field (fields, self->col_region);
  const char *type = ladder_import_field (fields, self->col_type);
  LadderArea *record;
  int number;
  guint area;

  if (row_is_blank (fields))
    {
      self->context->report->n_rows--;
      return;
    }
  if (!parse_number (ladder_import_field (fields, self->col_number), &number) || name == NULL)
    {
      ladder_import_skip_row (self->context, reader, self->col_number, LADDER_SKIP_NO_COUNCIL,
                              "the council's number or name is missing or not a number; "
                              "the row was skipped");
      return;
    }
  /* "England (discontinued)" under code 1000: an old code, not an area. */
  if (strstr (name, "(discontinued)") != NULL)
    {
      self->context->report->n_skipped++;
      return;
    }
  area = ladder_dataset_ensure_area (self->context->dataset, number, intern (self->context, name));
  record = ladder_dataset_get_area (self->context->dataset, area);
  if (region != NULL && record->region == NULL)
    record->region = intern (self->context, region);
  if (type != NULL)
    record->council_type = intern (self->context, type);
  ladder_import_mark_seen (self->context->seen_areas, area);
}

static gpointer
code_list_begin (LadderImportContext *context,
                 LadderCsvReader     *reader,
                 GPtrArray           *header)
{
  CodeList *self = g_new0 (CodeList, 1);

  self->context = context;
  self->col_number = ladder_import_read_column (context, header, "LA Number");
  self->col_name = ladder_import_read_column (context, header, "LA Name");
  self->col_region = ladder_import_read_column (context, header, "Region");
  self->col_type = ladder_import_read_column (context, header, "Type");
  return self;
}

const LadderImporter ladder_la_codes_importer = {
  .begin = code_list_begin,
  .handle_row = code_list_row,
  .free = g_free,
};
