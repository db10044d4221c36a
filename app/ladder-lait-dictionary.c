/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The LAIT data dictionary: what each measure is and how to judge it. */
#include "config.h"

#include <string.h>

#include "ladder-data-import-private.h"

typedef struct
{
  LadderImportContext *context;
  int col_code, col_topic, col_name, col_title, col_polarity, col_axis;
  int col_status, col_description, col_decimals, col_year_type, col_no_quartile;
} Dictionary;

static const char *
intern (Dictionary *self,
        const char *text)
{
  return ladder_dataset_intern (self->context->dataset, text, strlen (text));
}

static LadderPolarity
parse_polarity (const char *text)
{
  if (text != NULL && g_ascii_strcasecmp (text, "High") == 0)
    return LADDER_POLARITY_HIGH;
  if (text != NULL && g_ascii_strcasecmp (text, "Low") == 0)
    return LADDER_POLARITY_LOW;
  /* "-", "NA" and blank: the Department makes no judgement. */
  return LADDER_POLARITY_NONE;
}

static void
dictionary_row (gpointer         state,
                LadderCsvReader *reader,
                GPtrArray       *fields)
{
  Dictionary *self = state;
  LadderDataset *dataset = self->context->dataset;
  const char *code = ladder_import_field (fields, self->col_code);
  const char *status = ladder_import_field (fields, self->col_status);
  g_autofree char *status_lower = status != NULL ? g_ascii_strdown (status, -1) : NULL;
  const char *text;
  LadderMeasure *measure;
  guint index;

  if (code == NULL)
    {
      ladder_import_skip_row (self->context, reader, self->col_code, LADDER_SKIP_NO_MEASURE,
                              "the measure has no short name, so no data can refer to it; "
                              "the row was skipped");
      return;
    }
  /* LAIT itself only drops "DISCONTINUE" in capitals and so still shows two
   * discontinued measures; any case counts here. */
  if (status_lower != NULL && strstr (status_lower, "discontinue") != NULL)
    {
      /* Marked, not forgotten: the table may still hold its figures, which
       * no list, chart or count should then show. */
      ladder_dataset_get_measure (dataset, ladder_dataset_ensure_measure (dataset, intern (self, code)))->discontinued
        = TRUE;
      self->context->report->n_skipped++;
      return;
    }

  index = ladder_dataset_ensure_measure (dataset, intern (self, code));
  ladder_import_mark_seen (self->context->seen_measures, index);
  measure = ladder_dataset_get_measure (dataset, index);

  if ((text = ladder_import_field (fields, self->col_name)) != NULL)
    measure->name = intern (self, text);
  if ((text = ladder_import_field (fields, self->col_topic)) != NULL)
    {
      /* A measure listed under two topics belongs to both. */
      if (measure->topic == NULL)
        measure->topic = intern (self, text);
      else if (strstr (measure->topic, text) == NULL)
        {
          g_autofree char *both = g_strdup_printf ("%s / %s", measure->topic, text);
          measure->topic = intern (self, both);
        }
    }
  if ((text = ladder_import_field (fields, self->col_title)) != NULL)
    measure->chart_title = intern (self, text);
  if ((text = ladder_import_field (fields, self->col_axis)) != NULL)
    measure->axis_label = intern (self, text);
  if ((text = ladder_import_field (fields, self->col_description)) != NULL)
    measure->description = intern (self, text);
  if ((text = ladder_import_field (fields, self->col_year_type)) != NULL)
    measure->year_type = intern (self, text);
  measure->polarity = parse_polarity (ladder_import_field (fields, self->col_polarity));
  if ((text = ladder_import_field (fields, self->col_no_quartile)) != NULL)
    measure->quartiles_allowed = g_ascii_strcasecmp (text, "N") != 0;
  if ((text = ladder_import_field (fields, self->col_decimals)) != NULL)
    {
      guint64 decimals;

      if (g_ascii_string_to_unsigned (text, 10, 0, 10, &decimals, NULL))
        measure->decimals = decimals;
      else
        ladder_csv_reader_warn (reader, self->col_decimals, "“%.20s” is not a number of decimal "
                                "places from 0 to 10; one place will be shown", text);
    }
}

static gpointer
dictionary_begin (LadderImportContext *context,
                  LadderCsvReader     *reader,
                  GPtrArray           *header)
{
  Dictionary *self = g_new0 (Dictionary, 1);

  self->context = context;
  self->col_code = ladder_import_read_column (context, header, "Measure_short");
  self->col_topic = ladder_import_read_column (context, header, "Topic");
  self->col_name = ladder_import_read_column (context, header, "Measure");
  self->col_title = ladder_import_read_column (context, header, "Chart_title");
  self->col_polarity = ladder_import_read_column (context, header, "Polarity");
  self->col_axis = ladder_import_read_column (context, header, "y_axis_name");
  self->col_status = ladder_import_read_column (context, header, "Table_status");
  self->col_description = ladder_import_read_column (context, header, "Description");
  self->col_decimals = ladder_import_read_column (context, header, "dps");
  self->col_year_type = ladder_import_read_column (context, header, "Year_Type");
  self->col_no_quartile = ladder_import_read_column (context, header, "No_Quartile");
  return self;
}

const LadderImporter ladder_lait_dictionary_importer = {
  .begin = dictionary_begin,
  .handle_row = dictionary_row,
  .free = g_free,
};
