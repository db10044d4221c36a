/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the Department's data files into a dataset, whatever their layout. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-data-import-private.h"
#include "ladder-data-load.h"
#include "ladder-ees-client.h"
#include "ladder-input.h"
#include "ladder-review.h"
#include "ladder-xlsx-reader.h"

/* How many records may come before the header (the spreadsheet-saved
 * neighbour table has two rows of junk first). */
#define MAX_HEADER_RECORD 5

/* The second part of a large file, read on another thread into a dataset
 * of its own. */
typedef struct
{
  LadderImportContext    context;
  LadderImportReport     report;
  gpointer               state;
} Part;

typedef struct
{
  LadderImportContext    context;
  const LadderImporter  *importer;
  gpointer               state;
  GPtrArray             *record;      /* fields of the record being collected */
  GPtrArray             *header;      /* the header's fields, once recognised */
  gboolean               refused;
  Part                  *part;
} Dispatch;

static void
context_init (LadderImportContext *context,
              LadderDataset       *dataset,
              guint                source,
              LadderImportReport  *report)
{
  context->dataset = dataset;
  context->source = source;
  context->report = report;
  context->seen_measures = g_byte_array_new ();
  context->seen_areas = g_byte_array_new ();
  context->seen_periods = g_byte_array_new ();
  context->late_warnings = g_ptr_array_new_with_free_func (g_free);
  context->columns_read = g_byte_array_new ();
}

static void
context_clear (LadderImportContext *context)
{
  g_clear_pointer (&context->seen_measures, g_byte_array_unref);
  g_clear_pointer (&context->seen_areas, g_byte_array_unref);
  g_clear_pointer (&context->seen_periods, g_byte_array_unref);
  g_clear_pointer (&context->late_warnings, g_ptr_array_unref);
  g_clear_pointer (&context->columns_read, g_byte_array_unref);
}

static gboolean
has_columns (GPtrArray          *header,
             const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (ladder_import_find_column (header, names[i]) < 0)
      return FALSE;
  return TRUE;
}

/**
 * ladder_data_import_ees_columns:
 *
 * Returns: (array zero-terminated=1): the columns that make a file an
 *   Explore Education Statistics file to the importer, for the download
 *   client to check its CSV by the same rule.
 */
const char * const *
ladder_data_import_ees_columns (void)
{
  static const char * const columns[] = { "time_period", "time_identifier", "geographic_level", NULL };

  return columns;
}

/* The layout is decided by the header's column names, never the file name. */
static LadderDataFormat
detect_format (GPtrArray *header)
{
  static const char * const lait_table[] = { "Short Desc", "Years", "LA and Regions", "Values", NULL };
  static const char * const dictionary[] = { "Measure_short", "Polarity", NULL };
  static const char * const neighbours_ees[] = { "old_la_code", "SN_1", NULL };
  static const char * const neighbours_lait[] = { "LA num", "SN1", NULL };
  static const char * const la_codes[] = { "LA Number", "LA Name", "Type", NULL };

  if (has_columns (header, lait_table))
    return LADDER_DATA_FORMAT_LAIT_TABLE;
  if (has_columns (header, dictionary))
    return LADDER_DATA_FORMAT_LAIT_DICTIONARY;
  if (has_columns (header, ladder_data_import_ees_columns ()))
    return LADDER_DATA_FORMAT_EES_TIDY;
  if (has_columns (header, neighbours_ees))
    return LADDER_DATA_FORMAT_NEIGHBOURS_EES;
  if (has_columns (header, neighbours_lait))
    return LADDER_DATA_FORMAT_NEIGHBOURS_LAIT;
  if (has_columns (header, la_codes))
    return LADDER_DATA_FORMAT_LA_CODES;
  return LADDER_DATA_FORMAT_UNKNOWN;
}

static const LadderImporter *
importer_for (LadderDataFormat format)
{
  switch (format)
    {
    case LADDER_DATA_FORMAT_LAIT_TABLE:
      return &ladder_lait_table_importer;
    case LADDER_DATA_FORMAT_LAIT_DICTIONARY:
      return &ladder_lait_dictionary_importer;
    case LADDER_DATA_FORMAT_NEIGHBOURS_LAIT:
    case LADDER_DATA_FORMAT_NEIGHBOURS_EES:
      return &ladder_neighbours_importer;
    case LADDER_DATA_FORMAT_LA_CODES:
      return &ladder_la_codes_importer;
    case LADDER_DATA_FORMAT_EES_TIDY:
      return &ladder_ees_tidy_importer;
    case LADDER_DATA_FORMAT_UNKNOWN:
    default:
      return NULL;
    }
}

static void
dispatch_field (LadderCsvReader *reader,
                guint            column,
                const char      *text,
                gsize            length,
                gpointer         user_data)
{
  Dispatch *dispatch = user_data;

  /* Trimmed in place: "SN_1P " and " Values" happen. g_strstrip() keeps
   * the start of the buffer, so the copy is the string to keep. */
  g_ptr_array_add (dispatch->record, g_strstrip (g_strndup (text, length)));
}

/* Rows of small tables, handed over whole. */
static void
collected_row (LadderCsvReader *reader,
               guint            n_fields,
               gpointer         user_data)
{
  Dispatch *dispatch = user_data;

  dispatch->context.report->n_rows++;
  dispatch->importer->handle_row (dispatch->state, reader, dispatch->record);
  g_ptr_array_set_size (dispatch->record, 0);
}

/* A column name given twice. When the layout reads that column, either
 * could be meant, so the file is refused; otherwise it is only reported.
 * Names are compared as the layouts find them, without regard to case. */
static void
check_repeated_columns (Dispatch        *dispatch,
                        LadderCsvReader *reader)
{
  GPtrArray *header = dispatch->header;
  GByteArray *read = dispatch->context.columns_read;
  const char *by_design = dispatch->importer->repeated_column;
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint j = 0; j < header->len; j++)
    {
      const char *name = header->pdata[j];
      char *key;
      gpointer found;
      guint i;
      g_autofree char *shown = NULL;

      /* Spreadsheets leave unnamed columns at the end. */
      if (name[0] == '\0' || (by_design != NULL && g_ascii_strcasecmp (name, by_design) == 0))
        continue;
      key = g_ascii_strdown (name, -1);
      if (!g_hash_table_lookup_extended (first, key, NULL, &found))
        {
          g_hash_table_insert (first, key, GUINT_TO_POINTER (j));
          continue;
        }
      g_free (key);
      i = GPOINTER_TO_UINT (found);
      shown = ladder_text_sanitise (name);
      if ((i < read->len && read->data[i]) || (j < read->len && read->data[j]))
        {
          ladder_csv_reader_fail (reader, j, "the header names “%s” twice, as columns %u and %u: "
                                  "Ladder reads this column and cannot tell which of the two is "
                                  "meant; rename or remove one", shown, i + 1, j + 1);
          return;
        }
      ladder_csv_reader_warn (reader, j, "the header names “%s” twice, as columns %u and %u; "
                              "Ladder does not read this column, so nothing is lost",
                              shown, i + 1, j + 1);
    }
}

static void
dispatch_row (LadderCsvReader *reader,
              guint            n_fields,
              gpointer         user_data)
{
  Dispatch *dispatch = user_data;
  LadderDataFormat format;
  guint64 record = ladder_csv_reader_get_record (reader);

  format = detect_format (dispatch->record);
  if (format == LADDER_DATA_FORMAT_UNKNOWN)
    {
      if (record + 1 >= MAX_HEADER_RECORD)
        ladder_csv_reader_fail (reader, -1, "Ladder does not recognise this layout: none of the "
                                "first %d rows is the header of a LAIT table, the LAIT data "
                                "dictionary, an Explore Education Statistics file, a statistical "
                                "neighbours table or the LA code list", MAX_HEADER_RECORD);
      g_ptr_array_set_size (dispatch->record, 0);
      return;
    }

  dispatch->context.report->format = format;
  dispatch->importer = importer_for (format);
  if (dispatch->importer == NULL)
    {
      dispatch->refused = TRUE;
      ladder_csv_reader_fail (reader, -1, "this is %s, which this version of Ladder recognises "
                              "but cannot read yet", ladder_data_format_to_string (format));
      return;
    }
  ladder_csv_reader_set_header (reader, record, (const char * const *) dispatch->record->pdata,
                                dispatch->record->len);
  dispatch->header = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < dispatch->record->len; i++)
    g_ptr_array_add (dispatch->header, g_strdup (dispatch->record->pdata[i]));
  dispatch->state = dispatch->importer->begin (&dispatch->context, reader, dispatch->record);
  if (dispatch->state != NULL)
    check_repeated_columns (dispatch, reader);
  if (dispatch->state == NULL)
    dispatch->importer = NULL;
  else if (dispatch->importer->handle_row != NULL)
    ladder_csv_reader_set_callbacks (reader, dispatch_field, collected_row, dispatch);
  else
    ladder_csv_reader_set_callbacks (reader, dispatch->importer->field, dispatch->importer->row,
                                     dispatch->state);
  g_ptr_array_set_size (dispatch->record, 0);
}

static const char *
intern (LadderDataset *dataset,
        const char    *text)
{
  return ladder_dataset_intern (dataset, text, strlen (text));
}

static void
part_free (Part *part)
{
  ladder_dataset_unref (part->context.dataset);
  context_clear (&part->context);
  g_free (part);
}

static gboolean
dispatch_split (LadderCsvReader *reader,
                LadderCsvReader *second,
                gpointer         user_data)
{
  Dispatch *dispatch = user_data;
  Part *part;

  if (dispatch->importer == NULL || dispatch->state == NULL || !dispatch->importer->splittable)
    return FALSE;

  part = g_new0 (Part, 1);
  context_init (&part->context, ladder_dataset_new (), 0, &part->report);
  ladder_dataset_add_source (part->context.dataset, dispatch->context.report->name);
  part->state = dispatch->importer->begin (&part->context, second, dispatch->header);
  if (part->state == NULL)
    {
      part_free (part);
      return FALSE;
    }
  ladder_csv_reader_set_header (second, 0, (const char * const *) dispatch->header->pdata,
                                dispatch->header->len);
  ladder_csv_reader_set_callbacks (second, dispatch->importer->field, dispatch->importer->row,
                                   part->state);
  dispatch->part = part;
  return TRUE;
}

static void
dispatch_discard (LadderCsvReader *second,
                  gpointer         user_data)
{
  Dispatch *dispatch = user_data;
  Part *part = g_steal_pointer (&dispatch->part);

  if (part == NULL)
    return;
  dispatch->importer->free (part->state);
  part_free (part);
}

/* Folds the second part's dataset into the real one as if its rows had
 * been read there, in order: new measures, areas and periods are added in
 * the order the part first met them, which is file order. Declines (and
 * the reader reads the part again on one thread) when a figure in the part
 * was also in the first part, so that the warning names its line. */
static gboolean
dispatch_join (LadderCsvReader *reader,
               LadderCsvReader *second,
               gpointer         user_data)
{
  Dispatch *dispatch = user_data;
  LadderImportContext *into = &dispatch->context;
  LadderImportContext *from = &dispatch->part->context;
  LadderDataset *to = into->dataset;
  LadderDataset *part = from->dataset;
  guint n_measures = ladder_dataset_get_n_measures (part);
  guint n_areas = ladder_dataset_get_n_areas (part);
  guint n_periods = ladder_dataset_get_n_periods (part);
  g_autofree guint *measures = g_new (guint, n_measures);
  g_autofree guint *areas = g_new (guint, n_areas);
  g_autofree guint *periods = g_new (guint, n_periods);
  g_autofree guint *measure_periods = g_new (guint, MAX (n_periods, 1));
  LadderImportReport *report = into->report;

  /* A repeated figure's warning names the area as the part first met it,
   * which may not be the name the whole file gives that LA number: read
   * the part again on one thread so the warning says what it should.
   * Repeats are rare in published files. */
  if (from->report->n_duplicates > 0)
    return FALSE;

  for (guint i = 0; i < n_measures; i++)
    {
      const LadderMeasure *measure = ladder_dataset_get_measure (part, i);
      LadderMeasure *target;

      measures[i] = ladder_dataset_ensure_measure (to, intern (to, measure->code));
      target = ladder_dataset_get_measure (to, measures[i]);
      if (target->name == target->code && measure->name != measure->code)
        target->name = intern (to, measure->name);
    }
  for (guint i = 0; i < n_periods; i++)
    {
      const LadderPeriod *period = ladder_dataset_get_period (part, i);

      periods[i] = ladder_dataset_ensure_period (to, intern (to, period->label));
    }
  for (guint i = 0; i < n_areas; i++)
    {
      const LadderArea *area = ladder_dataset_get_area (part, i);
      LadderArea *target;

      areas[i] = ladder_dataset_ensure_area (to, area->la_number,
                                             intern (to, area->name));
      target = ladder_dataset_get_area (to, areas[i]);
      if (target->region == NULL && area->region != NULL)
        target->region = intern (to, area->region);
    }

  /* A figure in both parts: decline before changing any cell. */
  for (guint m = 0; m < n_measures; m++)
    {
      guint n = ladder_dataset_get_measure_periods (part, m, measure_periods, n_periods);

      for (guint k = 0; k < n; k++)
        for (guint a = 0; a < n_areas; a++)
          {
            guint source = 0;

            if (ladder_dataset_lookup (part, m, a, measure_periods[k], NULL, NULL) != LADDER_CELL_ABSENT &&
                ladder_dataset_lookup (to, measures[m], areas[a], periods[measure_periods[k]], NULL,
                                       &source) != LADDER_CELL_ABSENT &&
                source == into->source)
              return FALSE;
          }
    }

  for (guint m = 0; m < n_measures; m++)
    {
      guint n = ladder_dataset_get_measure_periods (part, m, measure_periods, n_periods);

      for (guint k = 0; k < n; k++)
        for (guint a = 0; a < n_areas; a++)
          {
            double value = 0.0;
            LadderCellState state = ladder_dataset_lookup (part, m, a, measure_periods[k], &value, NULL);
            LadderSetResult result;

            if (state == LADDER_CELL_ABSENT)
              continue;
            result = ladder_dataset_set_cell (to, measures[m], areas[a], periods[measure_periods[k]],
                                              state, value, into->source, NULL);
            if (result == LADDER_SET_SAME)
              report->n_merged++;
            else if (result == LADDER_SET_REPLACED)
              report->n_conflicts++;
            ladder_import_mark_seen (into->seen_measures, measures[m]);
            ladder_import_mark_seen (into->seen_areas, areas[a]);
            ladder_import_mark_seen (into->seen_periods, periods[measure_periods[k]]);
          }
    }

  report->n_rows += from->report->n_rows;
  report->n_values += from->report->n_values;
  report->n_missing += from->report->n_missing;
  report->n_duplicates += from->report->n_duplicates;
  report->n_skipped += from->report->n_skipped;
  report->n_unusable += from->report->n_unusable;
  for (guint i = 0; i < LADDER_N_SKIP_REASONS; i++)
    report->n_unusable_by_reason[i] += from->report->n_unusable_by_reason[i];
  for (guint i = 0; i < LADDER_N_CELL_STATES; i++)
    report->n_missing_by_state[i] += from->report->n_missing_by_state[i];
  return TRUE;
}

static const LadderCsvSplitFuncs dispatch_split_funcs = {
  .split = dispatch_split,
  .join = dispatch_join,
  .discard = dispatch_discard,
};

/**
 * ladder_import_mark_seen:
 * @seen: one of the context's seen_* arrays
 * @index: a measure, area or period index
 *
 * Notes that this file mentions the item, for the report's counts.
 */
void
ladder_import_mark_seen (GByteArray *seen,
                         guint       index)
{
  if (index >= seen->len)
    {
      guint old = seen->len;

      g_byte_array_set_size (seen, MAX (index + 1, old * 2));
      memset (seen->data + old, 0, seen->len - old);
    }
  seen->data[index] = 1;
}

static guint
count_seen (GByteArray *seen)
{
  guint count = 0;

  for (guint i = 0; i < seen->len; i++)
    count += seen->data[i];
  return count;
}

/**
 * ladder_import_find_column:
 * @header: the header's fields, trimmed
 * @name: a column name, matched without regard to case
 *
 * Returns: the column's index, or -1.
 */
int
ladder_import_find_column (GPtrArray  *header,
                           const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (g_ascii_strcasecmp (header->pdata[i], name) == 0)
      return i;
  return -1;
}

/**
 * ladder_import_read_column:
 * @context: the import under way
 * @header: the header's fields, trimmed
 * @name: a column name, matched without regard to case
 *
 * ladder_import_find_column() for a column the layout reads, so that a
 * header naming it twice is refused.
 *
 * Returns: the column's index, or -1.
 */
int
ladder_import_read_column (LadderImportContext *context,
                           GPtrArray           *header,
                           const char          *name)
{
  int column = ladder_import_find_column (header, name);

  if (column >= 0)
    ladder_import_mark_read (context, column);
  return column;
}

/**
 * ladder_import_mark_read:
 * @context: the import under way
 * @column: a column the layout reads by its position
 *
 * Notes that the layout reads the column, so that a header naming it
 * twice is refused.
 */
void
ladder_import_mark_read (LadderImportContext *context,
                         int                  column)
{
  if (column >= 0)
    ladder_import_mark_seen (context->columns_read, column);
}

/**
 * ladder_import_skip_row:
 * @context: the import under way
 * @reader: the reader, for locating the warning
 * @column: the column at fault, or -1 for the whole row
 * @reason: why the row cannot be used, for the count
 * @format: the warning, in plain English
 * @...: arguments for @format
 *
 * Leaves out a row that lacks something it needs: a warning, and a count
 * by reason, so that a file none of whose rows can be used says why.
 */
void
ladder_import_skip_row (LadderImportContext *context,
                        LadderCsvReader     *reader,
                        int                  column,
                        LadderSkipReason     reason,
                        const char          *format,
                        ...)
{
  va_list args;

  g_return_if_fail (reason < LADDER_N_SKIP_REASONS);

  context->report->n_unusable++;
  context->report->n_unusable_by_reason[reason]++;
  va_start (args, format);
  ladder_csv_reader_warnv (reader, column, format, args);
  va_end (args);
}

/**
 * ladder_import_warn_number:
 * @reader: the reader, for locating the warning
 * @column: the figure's column
 * @kind: what ladder_csv_parse_figure() made of it
 * @text: the field
 *
 * Reports a number that cannot be a figure; the cell is kept as
 * unreadable, so charts and sums never meet an infinity.
 */
void
ladder_import_warn_number (LadderCsvReader *reader,
                           int              column,
                           LadderCsvNumber  kind,
                           const char      *text)
{
  if (kind == LADDER_CSV_NUMBER_TOO_SMALL)
    ladder_csv_reader_warn (reader, column, "“%.40s” is too close to zero for Ladder to hold; "
                            "it is kept as unreadable", text);
  else
    ladder_csv_reader_warn (reader, column, "“%.40s” is too large to be a figure (Ladder reads "
                            "figures up to 10^15 either side of zero); it is kept as unreadable",
                            text);
}

/**
 * ladder_import_field:
 * @fields: a row's trimmed fields
 * @column: a column index, or -1 when the header lacks the column
 *
 * Returns: (nullable): the field, or %NULL when it is missing, empty or
 *   "NA", the Department's mark for "nothing here".
 */
const char *
ladder_import_field (GPtrArray *fields,
                     int        column)
{
  const char *text;

  if (column < 0 || (guint) column >= fields->len)
    return NULL;
  text = fields->pdata[column];
  if (text[0] == '\0' || strcmp (text, "NA") == 0)
    return NULL;
  return text;
}

/**
 * ladder_import_context_store:
 * @context: the import under way
 * @reader: the reader, for locating warnings
 * @column: the column the figure came from
 * @measure: a measure index
 * @area: an area index
 * @period: a period index
 * @state: what the cell holds
 * @value: the figure, when @state is %LADDER_CELL_VALUE
 *
 * Stores one figure and counts it: new, missing for a given reason, the same
 * as an earlier file's, different from an earlier file's, or repeated in
 * this file (a warning).
 */
void
ladder_import_context_store (LadderImportContext *context,
                             LadderCsvReader     *reader,
                             int                  column,
                             guint                measure,
                             guint                area,
                             guint                period,
                             LadderCellState      state,
                             double               value)
{
  LadderImportReport *report = context->report;
  guint previous_source = 0;
  LadderSetResult result;

  result = ladder_dataset_set_cell (context->dataset, measure, area, period, state, value,
                                    context->source, &previous_source);
  if (state == LADDER_CELL_VALUE)
    report->n_values++;
  else
    {
      report->n_missing++;
      report->n_missing_by_state[state]++;
    }
  ladder_import_mark_seen (context->seen_measures, measure);
  ladder_import_mark_seen (context->seen_areas, area);
  ladder_import_mark_seen (context->seen_periods, period);

  if (result == LADDER_SET_NEW)
    return;
  if (previous_source == context->source)
    {
      const char *code = ladder_dataset_get_measure (context->dataset, measure)->code;
      const char *name = ladder_dataset_get_area (context->dataset, area)->name;
      const char *label = ladder_dataset_get_period (context->dataset, period)->label;

      report->n_duplicates++;
      if (reader != NULL)
        ladder_csv_reader_warn (reader, column, "%s, %s, %s appears more than once in this file; "
                                "the later row is kept", code, name, label);
      else if (context->n_late_warnings++ < 20)
        g_ptr_array_add (context->late_warnings,
                         g_strdup_printf ("%s, %s, %s appears more than once in this file; "
                                          "the later row is kept", code, name, label));
    }
  else if (result == LADDER_SET_SAME)
    report->n_merged++;
  else
    report->n_conflicts++;
}

/* Why no row of a file could be used: the reasons, then rows left out on
 * purpose, then rows kept that held no figure. */
static char *
describe_nothing_used (LadderImportReport *report)
{
  g_autofree char *reasons = ladder_import_report_describe_unusable (report);
  GString *out = g_string_new (reasons);
  guint64 accounted = report->n_unusable + report->n_skipped;

  if (report->n_skipped > 0)
    {
      g_autofree char *n = ladder_format_count (report->n_skipped);

      g_string_append_printf (out, "%s%s %s left out on purpose (discontinued measures, "
                              "superseded codes, older neighbour groupings or areas Ladder "
                              "does not use)", out->len > 0 ? ", " : "", n,
                              report->n_skipped == 1 ? "was" : "were");
    }
  if (report->n_rows > accounted)
    {
      g_autofree char *n = ladder_format_count (report->n_rows - accounted);

      g_string_append_printf (out, "%s%s %s no figure", out->len > 0 ? ", " : "", n,
                              report->n_rows - accounted == 1 ? "holds" : "hold");
    }
  return g_string_free (out, FALSE);
}


/* The day a file was last changed, as the "as at" date of its figures. */
static char *
file_date (const char *path)
{
  GStatBuf st;
  g_autoptr(GDateTime) when = NULL;

  if (g_stat (path, &st) != 0)
    return NULL;
  when = g_date_time_new_from_unix_local (st.st_mtime);
  return when != NULL ? g_date_time_format (when, "%Y-%m-%d") : NULL;
}

/* A data set downloaded from Explore Education Statistics into Ladder's
 * cache (CACHE/ID/VERSION.csv), by the title the cache's index has for it;
 * NULL for any other file. */
static char *
cached_data_set (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *cache = g_path_get_dirname (folder);
  g_autofree char *wanted = g_canonicalize_filename (path, NULL);
  g_autoptr(LadderEesClient) client = ladder_ees_client_new (NULL, cache);
  g_autoptr(GPtrArray) cached = ladder_ees_client_list_cached (client);

  for (guint i = 0; i < cached->len; i++)
    {
      const LadderEesCached *one = cached->pdata[i];
      g_autofree char *found = g_canonicalize_filename (one->path, NULL);

      if (g_strcmp0 (found, wanted) == 0 && one->title != NULL)
        return g_strdup_printf ("%s, Explore education statistics, Department for Education", one->title);
    }
  return NULL;
}

/* Where a file's figures were published, as a reader would cite them:
 * the Department's own tools are known by their layout, a data set from
 * its statistics service by its title in Ladder's cache, and Ladder's
 * demonstration files are its own. NULL when not known. */
static char *
publication_of (LadderDataFormat  format,
                const char       *name,
                const char       *path)
{
  if (ladder_data_is_demo_file (name))
    return g_strdup ("Ladder’s fictional demonstration data");
  switch (format)
    {
    case LADDER_DATA_FORMAT_LAIT_TABLE:
    case LADDER_DATA_FORMAT_LAIT_DICTIONARY:
      return g_strdup ("Local authority interactive tool (LAIT), Department for Education");
    case LADDER_DATA_FORMAT_NEIGHBOURS_LAIT:
    case LADDER_DATA_FORMAT_NEIGHBOURS_EES:
      return g_strdup ("Children’s services statistical neighbour benchmarking tool, Department for Education");
    case LADDER_DATA_FORMAT_EES_TIDY:
      return cached_data_set (path);
    case LADDER_DATA_FORMAT_LA_CODES:
    case LADDER_DATA_FORMAT_UNKNOWN:
    default:
      return NULL;
    }
}

/* Reads @read_path, naming it (in messages, reports and the dataset's
 * sources) and dating it as @named_path. */
static LadderImportReport *
import_file (LadderDataset  *dataset,
             const char     *read_path,
             const char     *named_path,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autofree char *date = NULL;
  guint source;
  g_autoptr(LadderImportReport) report = g_new0 (LadderImportReport, 1);
  g_autofree char *name = NULL;
  Dispatch dispatch = { 0 };
  LadderCsvInfo info;
  gboolean was_out_of_memory;
  gboolean ok;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (read_path != NULL && named_path != NULL, NULL);

  was_out_of_memory = ladder_dataset_get_out_of_memory (dataset);

  /* Shown in messages, reports and on paper: no file name can split a
   * line or carry an escape sequence there. */
  name = ladder_input_display_name (named_path);
  report->name = g_strdup (name);
  report->unreadable_periods = g_ptr_array_new ();
  source = ladder_dataset_add_source (dataset, name);
  date = file_date (named_path);
  ladder_dataset_set_source_date (dataset, source, date);
  context_init (&dispatch.context, dataset, source, report);
  dispatch.record = g_ptr_array_new_with_free_func (g_free);

  ok = ladder_csv_read_split (read_path, name, dispatch_field, dispatch_row, &dispatch_split_funcs,
                              &dispatch, &info, cancellable, error);
  if (ok && dispatch.importer == NULL && !dispatch.refused)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: Ladder does not recognise this layout: it has no header that "
                   "Ladder knows", name);
      ok = FALSE;
    }
  else if (ok && report->n_rows == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s has a header but no rows of data", name);
      ok = FALSE;
    }

  if (ok && dispatch.importer != NULL && dispatch.importer->finish != NULL)
    dispatch.importer->finish (dispatch.state);

  /* The store asks for memory as figures arrive; when the system refuses,
   * the file is reported as not read, with what to do, rather than the
   * program stopping. */
  if (ok && ladder_dataset_get_out_of_memory (dataset) && !was_out_of_memory)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   "%s: there is not enough memory to hold its figures; close other "
                   "programs or read fewer files at once", name);
      ok = FALSE;
    }

  if (ok)
    {
      report->n_measures = count_seen (dispatch.context.seen_measures);
      report->n_areas = count_seen (dispatch.context.seen_areas);
      report->n_periods = count_seen (dispatch.context.seen_periods);
      /* Rows, but nothing from them: say why rather than report a file
       * that adds nothing as read. */
      if (report->n_values + report->n_missing == 0 && report->n_measures == 0 &&
          report->n_areas == 0)
        {
          g_autofree char *why = describe_nothing_used (report);
          g_autofree char *rows = ladder_format_count (report->n_rows);

          if (info.warnings->len > 0)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "%s: none of its %s %s could be used: %s (first problem: %s)",
                         name, rows, report->n_rows == 1 ? "row" : "rows", why,
                         (const char *) info.warnings->pdata[0]);
          else
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "%s: none of its %s %s could be used: %s",
                         name, rows, report->n_rows == 1 ? "row" : "rows", why);
          ok = FALSE;
        }
      /* Figures in every row, but not one a number Ladder can use: text,
       * or too large. A file of marks such as "c" is data; this is not. */
      else if (report->n_values == 0 && report->n_missing > 0 &&
               report->n_missing_by_state[LADDER_CELL_UNREADABLE] == report->n_missing)
        {
          g_autofree char *figures = ladder_format_count (report->n_missing);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: none of its %s %s could be read (first problem: %s)",
                       name, figures, report->n_missing == 1 ? "figure" : "figures",
                       info.warnings->len > 0 ? (const char *) info.warnings->pdata[0]
                                              : "no figure is a number");
          ok = FALSE;
        }
    }

  if (ok)
    {
      guint n_periods = MIN (dispatch.context.seen_periods->len, ladder_dataset_get_n_periods (dataset));
      g_autofree char *publication = publication_of (report->format, name, named_path);

      ladder_dataset_set_source_publication (dataset, source, publication);

      report->encoding = info.encoding;
      report->n_threads = info.n_parts;
      report->delimiter = info.delimiter;
      report->n_bytes = info.n_bytes;
      report->n_warnings = info.n_warnings;
      report->warnings = g_steal_pointer (&info.warnings);
      report->n_warnings += dispatch.context.n_late_warnings;
      for (guint i = 0; i < dispatch.context.late_warnings->len; i++)
        g_ptr_array_add (report->warnings, g_strdup (dispatch.context.late_warnings->pdata[i]));
      for (guint i = 0; i < n_periods; i++)
        {
          LadderPeriod *period = ladder_dataset_get_period (dataset, i);

          if (dispatch.context.seen_periods->data[i] && period->kind == LADDER_PERIOD_UNKNOWN)
            g_ptr_array_add (report->unreadable_periods, (gpointer) period->label);
        }
    }

  if (dispatch.importer != NULL && dispatch.state != NULL)
    dispatch.importer->free (dispatch.state);
  g_ptr_array_unref (dispatch.record);
  g_clear_pointer (&dispatch.header, g_ptr_array_unref);
  context_clear (&dispatch.context);
  ladder_csv_info_clear (&info);
  return ok ? g_steal_pointer (&report) : NULL;
}

/* The neighbour table as the Department publishes it is a workbook: its
 * first sheet, as CSV in a private temporary file, goes through the same
 * importers and checks as any CSV. */
static LadderImportReport *
import_workbook (LadderDataset  *dataset,
                 const char     *path,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autofree char *name = ladder_input_display_name (path);
  g_autofree char *temporary = NULL;
  g_autofree char *csv = NULL;
  LadderImportReport *report;
  gsize length;
  int fd;

  csv = ladder_xlsx_to_csv (path, name, &length, error);
  if (csv == NULL)
    return NULL;
  fd = g_file_open_tmp ("ladder-workbook-XXXXXX.csv", &temporary, error);
  if (fd < 0)
    return NULL;
  g_close (fd, NULL);
  if (!g_file_set_contents (temporary, csv, length, error))
    {
      g_unlink (temporary);
      return NULL;
    }
  report = import_file (dataset, temporary, path, cancellable, error);
  g_unlink (temporary);
  return report;
}

/**
 * ladder_data_import_file:
 * @dataset: the dataset to add to
 * @path: a CSV file in any layout Ladder knows, or an Excel workbook whose
 *   first sheet is one (the neighbour table as published)
 * @cancellable: (nullable): to stop early
 * @error: where a problem is reported, naming the file, line and column
 *
 * Reads a file into @dataset. A figure already read from an earlier file is
 * merged when equal and replaced when different; the report counts both.
 * A file none of whose rows can be used is refused, with the number of
 * rows for each reason; so is a header that names a column the layout
 * reads twice. The file is named by ladder_input_display_name() in the
 * report, the dataset's sources and every message; a workbook's sheet row
 * N is its line N.
 *
 * Returns: (transfer full) (nullable): what was read, or %NULL on error.
 */
LadderImportReport *
ladder_data_import_file (LadderDataset  *dataset,
                         const char     *path,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (ladder_xlsx_is_workbook (path))
    return import_workbook (dataset, path, cancellable, error);
  return import_file (dataset, path, path, cancellable, error);
}

/**
 * ladder_import_report_describe_unusable:
 * @report: a report
 *
 * Returns: (transfer full): why rows could not be used, counted by
 *   reason: "2 have no period, 1 has a different number of fields from
 *   the header"; "" when there were none.
 */
char *
ladder_import_report_describe_unusable (LadderImportReport *report)
{
  static const char * const reasons[LADDER_N_SKIP_REASONS][2] = {
    [LADDER_SKIP_FIELD_COUNT] = { "has a different number of fields from the header",
                                  "have a different number of fields from the header" },
    [LADDER_SKIP_NO_MEASURE] = { "has no measure code", "have no measure code" },
    [LADDER_SKIP_NO_AREA] = { "has no area", "have no area" },
    [LADDER_SKIP_NO_PERIOD] = { "has no period", "have no period" },
    [LADDER_SKIP_NO_COUNCIL] = { "has no council number or name", "have no council number or name" },
    [LADDER_SKIP_NO_LEVEL] = { "has no geographic level", "have no geographic level" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < LADDER_N_SKIP_REASONS; i++)
    if (report->n_unusable_by_reason[i] > 0)
      {
        g_autofree char *n = ladder_format_count (report->n_unusable_by_reason[i]);

        g_string_append_printf (out, "%s%s %s", out->len > 0 ? ", " : "", n,
                                reasons[i][report->n_unusable_by_reason[i] == 1 ? 0 : 1]);
      }
  return g_string_free (out, FALSE);
}

/**
 * ladder_format_count:
 * @n: a count
 *
 * Returns: (transfer full): @n with thousands separated, as the
 *   Department's publications write them: 641070 is "641,070".
 */
char *
ladder_format_count (guint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  GString *out = g_string_new (NULL);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * ladder_import_report_describe_coverage:
 * @report: a report
 *
 * Returns: (transfer full): "434 measures, 170 areas, 65 periods", in the
 *   singular where a count is one.
 */
char *
ladder_import_report_describe_coverage (LadderImportReport *report)
{
  g_autofree char *measures = ladder_format_count (report->n_measures);
  g_autofree char *areas = ladder_format_count (report->n_areas);
  g_autofree char *periods = ladder_format_count (report->n_periods);

  return g_strdup_printf ("%s %s, %s %s, %s %s",
                          measures, report->n_measures == 1 ? "measure" : "measures",
                          areas, report->n_areas == 1 ? "area" : "areas",
                          periods, report->n_periods == 1 ? "period" : "periods");
}

/**
 * ladder_import_report_free:
 * @report: (transfer full): a report
 */
void
ladder_import_report_free (LadderImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->name);
  g_clear_pointer (&report->unreadable_periods, g_ptr_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_free (report);
}

/**
 * ladder_data_format_to_string:
 * @format: a layout
 *
 * Returns: its name for users.
 */
const char *
ladder_data_format_to_string (LadderDataFormat format)
{
  switch (format)
    {
    case LADDER_DATA_FORMAT_LAIT_TABLE: return "a LAIT data table";
    case LADDER_DATA_FORMAT_LAIT_DICTIONARY: return "the LAIT data dictionary";
    case LADDER_DATA_FORMAT_EES_TIDY: return "an Explore Education Statistics file";
    case LADDER_DATA_FORMAT_NEIGHBOURS_LAIT: return "a statistical neighbours table (LAIT layout)";
    case LADDER_DATA_FORMAT_NEIGHBOURS_EES: return "a statistical neighbours table (Explore Education Statistics layout)";
    case LADDER_DATA_FORMAT_LA_CODES: return "the LA code list";
    case LADDER_DATA_FORMAT_UNKNOWN:
    default: return "an unknown layout";
    }
}
