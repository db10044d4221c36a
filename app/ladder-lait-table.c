/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The LAIT long table: one row per measure, period and area. */
#include "config.h"

#include <string.h>

#include "ladder-data-import-private.h"

/* Texts are resolved to interned strings and indices without a hash lookup
 * whenever possible (measured on the 641,070-row table: interning every
 * field cost a fifth of the import). The table is sorted by measure and
 * period, so those repeat the row above; area names change on every row but
 * repeat per LA number, so they are cached by number. */
typedef struct
{
  char        text[96];
  gsize       length;      /* G_MAXSIZE when nothing is remembered */
  guint       index;
  const char *interned;
} Remembered;

#define MAX_CACHED_NUMBER 1000

/* A field's text kept until the end of its row. */
typedef struct
{
  char   text[256];
  gsize  length;
  char  *long_text;   /* used instead when the field does not fit */
} RowText;

static inline void
row_text_set (RowText    *copy,
              const char *text,
              gsize       length)
{
  g_clear_pointer (&copy->long_text, g_free);
  if (length < sizeof copy->text)
    {
      memcpy (copy->text, text, length);
      copy->text[length] = '\0';
    }
  else
    copy->long_text = g_strndup (text, length);
  copy->length = length;
}

static inline const char *
row_text_get (RowText *copy)
{
  return copy->long_text != NULL ? copy->long_text : copy->text;
}

typedef struct
{
  LadderImportContext *context;
  int          col_code, col_name, col_period, col_area, col_value, col_number, col_region;
  guint        n_columns;
  Remembered   code, period;
  Remembered   area_by_number[MAX_CACHED_NUMBER];

  /* The row being read; texts are copied because libcsv reuses its buffer. */
  guint        measure, period_index;
  RowText      measure_name;
  RowText      area_name;
  RowText      region_name;
  int          la_number;
  LadderCellState state;
  double       value;
} LaitTable;

static inline gboolean
recall (Remembered *memory,
        const char *text,
        gsize       length)
{
  return memory->length == length && memcmp (memory->text, text, length) == 0;
}

static void
remember (Remembered *memory,
          const char *text,
          gsize       length,
          guint       index,
          const char *interned)
{
  if (length <= sizeof memory->text)
    {
      memcpy (memory->text, text, length);
      memory->length = length;
    }
  else
    memory->length = G_MAXSIZE;
  memory->index = index;
  memory->interned = interned;
}

/* "301" -> 301; anything else (blank, "NA", "E09000002") -> -1. */
static inline int
parse_la_number (const char *text,
                 gsize       length)
{
  int number = 0;

  if (length == 0 || length > 5)
    return -1;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      number = number * 10 + (text[i] - '0');
    }
  return number;
}

static void
lait_table_field (LadderCsvReader *reader,
                  guint            column,
                  const char      *text,
                  gsize            length,
                  gpointer         user_data)
{
  LaitTable *self = user_data;
  LadderDataset *dataset = self->context->dataset;
  int col = column;

  if (col == self->col_value)
    {
      LadderCsvNumber kind = ladder_csv_parse_figure (text, length, &self->value);

      if (G_LIKELY (kind == LADDER_CSV_NUMBER))
        self->state = LADDER_CELL_VALUE;
      else if (kind != LADDER_CSV_NOT_A_NUMBER)
        {
          self->state = LADDER_CELL_UNREADABLE;
          ladder_import_warn_number (reader, column, kind, text);
        }
      else
        {
          self->state = ladder_cell_state_from_text (text, length);
          if (self->state == LADDER_CELL_UNREADABLE)
            ladder_csv_reader_warn (reader, column, "“%.40s” is neither a number nor a mark for a "
                                    "missing figure (such as -, c or x); it is kept as unreadable",
                                    text);
        }
    }
  else if (col == self->col_area)
    row_text_set (&self->area_name, text, length);
  else if (col == self->col_number)
    self->la_number = parse_la_number (text, length);
  else if (col == self->col_code)
    {
      if (!recall (&self->code, text, length))
        {
          const char *code = ladder_dataset_intern (dataset, text, length);
          remember (&self->code, text, length, ladder_dataset_ensure_measure (dataset, code), code);
        }
      self->measure = self->code.index;
    }
  else if (col == self->col_period)
    {
      if (!recall (&self->period, text, length))
        {
          const char *label = ladder_dataset_intern (dataset, text, length);
          remember (&self->period, text, length, ladder_dataset_ensure_period (dataset, label), label);
        }
      self->period_index = self->period.index;
    }
  else if (col == self->col_name)
    /* Only the first row of each measure carries its name. */
    row_text_set (&self->measure_name, text, length);
  else if (col == self->col_region)
    /* Needed only when the row brings a new area. */
    row_text_set (&self->region_name, text, length);
}

static const char *
resolve_area_name (LaitTable *self)
{
  LadderDataset *dataset = self->context->dataset;
  const char *text = row_text_get (&self->area_name);
  gsize length = self->area_name.length;
  Remembered *cached;

  if (self->la_number < 0 || self->la_number >= MAX_CACHED_NUMBER)
    return ladder_dataset_intern (dataset, text, length);
  cached = &self->area_by_number[self->la_number];
  if (!recall (cached, text, length))
    remember (cached, text, length, 0, ladder_dataset_intern (dataset, text, length));
  return cached->interned;
}

static void
lait_table_row (LadderCsvReader *reader,
                guint            n_fields,
                gpointer         user_data)
{
  LaitTable *self = user_data;
  LadderDataset *dataset = self->context->dataset;
  LadderMeasure *measure;
  const char *area_name;
  guint area;

  self->context->report->n_rows++;
  if (n_fields != self->n_columns)
    {
      ladder_import_skip_row (self->context, reader, -1, LADDER_SKIP_FIELD_COUNT,
                              "this row has %u field%s but the header has %u; "
                              "the row was skipped", n_fields, n_fields == 1 ? "" : "s",
                              self->n_columns);
      goto reset;
    }
  if (self->area_name.length == 0)
    {
      ladder_import_skip_row (self->context, reader, self->col_area, LADDER_SKIP_NO_AREA,
                              "the area is blank; the row was skipped");
      goto reset;
    }
  if (self->period.length == 0)
    {
      ladder_import_skip_row (self->context, reader, self->col_period, LADDER_SKIP_NO_PERIOD,
                              "the period is blank; the row was skipped");
      goto reset;
    }
  if (self->code.length == 0)
    {
      ladder_import_skip_row (self->context, reader, self->col_code, LADDER_SKIP_NO_MEASURE,
                              "the measure code is blank; the row was skipped");
      goto reset;
    }

  measure = ladder_dataset_get_measure (dataset, self->measure);
  if (self->measure_name.length > 0 && measure->name == measure->code)
    measure->name = ladder_dataset_intern (dataset, row_text_get (&self->measure_name),
                                           self->measure_name.length);

  area_name = resolve_area_name (self);
  area = ladder_dataset_ensure_area (dataset, self->la_number, area_name);
  {
    LadderArea *record = ladder_dataset_get_area (dataset, area);
    const char *region = row_text_get (&self->region_name);

    if (record->kind == LADDER_AREA_COUNCIL && record->region == NULL &&
        self->region_name.length > 0 && strcmp (region, "NA") != 0)
      record->region = ladder_dataset_intern (dataset, region, self->region_name.length);
  }

  ladder_import_context_store (self->context, reader, self->col_value, self->measure, area,
                               self->period_index, self->state, self->value);

reset:
  row_text_set (&self->measure_name, "", 0);
  row_text_set (&self->area_name, "", 0);
  row_text_set (&self->region_name, "", 0);
  self->la_number = -1;
  self->state = LADDER_CELL_BLANK;
}

static gpointer
lait_table_begin (LadderImportContext *context,
                  LadderCsvReader     *reader,
                  GPtrArray           *header)
{
  LaitTable *self = g_new0 (LaitTable, 1);

  self->context = context;
  self->n_columns = header->len;
  self->col_code = ladder_import_read_column (context, header, "Short Desc");
  self->col_name = ladder_import_read_column (context, header, "Data item");
  self->col_period = ladder_import_read_column (context, header, "Years");
  self->col_area = ladder_import_read_column (context, header, "LA and Regions");
  self->col_value = ladder_import_read_column (context, header, "Values");
  self->col_number = ladder_import_read_column (context, header, "LA Number");
  self->col_region = ladder_import_read_column (context, header, "Region");
  self->code.length = self->period.length = G_MAXSIZE;
  for (guint i = 0; i < MAX_CACHED_NUMBER; i++)
    self->area_by_number[i].length = G_MAXSIZE;
  self->la_number = -1;
  self->state = LADDER_CELL_BLANK;
  return self;
}

static void
lait_table_free (gpointer state)
{
  LaitTable *self = state;

  g_free (self->measure_name.long_text);
  g_free (self->area_name.long_text);
  g_free (self->region_name.long_text);
  g_free (self);
}

const LadderImporter ladder_lait_table_importer = {
  .begin = lait_table_begin,
  .field = lait_table_field,
  .row = lait_table_row,
  .free = lait_table_free,
  .splittable = TRUE,
};
