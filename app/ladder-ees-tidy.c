/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Explore Education Statistics tidy files: one row per period, area and
 * combination of filters, one column per indicator. Designed for the
 * format, not for particular files: which columns are indicators is learnt
 * from the values, at the end of the file. */
#include "config.h"

#include <string.h>

#include "ladder-data-import-private.h"

/* Columns that place a row in time or space; never filters or indicators. */
static const char * const standard_columns[] = {
  "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
  "region_code", "region_name", "old_la_code", "new_la_code", "la_name", NULL,
};

typedef struct
{
  double           value;
  const char      *text;     /* interned, when the field is not a number or a mark */
  guint8           state;    /* LadderCellState */
} Cell;

typedef struct
{
  guint            area;
  guint            period;
  guint64          record;
  gboolean         joint;    /* one return made jointly by several councils */
} RowPlace;

/* The most councils one joint return covers ("314 / 318"). */
#define MAX_JOINT 4

typedef struct
{
  LadderImportContext *context;
  int          col_time, col_identifier, col_level, col_country, col_region_code, col_region;
  int          col_la_number, col_la_code, col_la_name;
  GArray      *other_columns;      /* int: columns that are filters or indicators */
  GPtrArray   *header;             /* column names */
  gboolean    *has_text;           /* per other column: saw text that is not a number or mark */
  int         *decimals;           /* per other column: most decimal places seen */
  GArray      *places;             /* RowPlace per kept row */
  GArray      *cells;              /* Cell: other_columns->len per kept row */
  GHashTable  *joint_names;        /* the joint returns met, for one note each */
} Tidy;

/* Column names are matched without regard to case everywhere, here too:
 * "Time_Period" is still the period, never an indicator. */
static gboolean
is_place_column (const char *name)
{
  gsize length = strlen (name);

  for (guint i = 0; standard_columns[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, standard_columns[i]) == 0)
      return TRUE;
  return length > 5 && (g_ascii_strcasecmp (name + length - 5, "_code") == 0 ||
                        g_ascii_strcasecmp (name + length - 5, "_name") == 0);
}

static const char *
intern (Tidy       *self,
        const char *text)
{
  return ladder_dataset_intern (self->context->dataset, text, strlen (text));
}

/* "202425" with "Academic year" -> "2024/25", as LAIT writes it, so the two
 * sources' periods are the same period; financial years -> "2024-25". */
static char *
period_label (const char *time_period,
              const char *identifier)
{
  /* Only six ASCII digits: reformatting by byte position would cut a
   * multi-byte character in two (found by fuzzing). */
  if (strlen (time_period) == 6 && strspn (time_period, "0123456789") == 6 && identifier != NULL)
    {
      gboolean academic = g_ascii_strncasecmp (identifier, "Academic", 8) == 0;
      gboolean financial = g_ascii_strncasecmp (identifier, "Financial", 9) == 0;

      if (academic || financial)
        return g_strdup_printf ("%.4s%c%.2s", time_period, academic ? '/' : '-', time_period + 4);
    }
  return g_strdup (time_period);
}


/* The DfE numbers LAIT gives England's regions, by ONS code and by name;
 * the halves of London go by two names. */
static const struct
{
  int         number;
  const char *code;
  const char *names[2];
} regions[] = {
  { 980, "E12000001", { "North East", NULL } },
  { 981, "E12000002", { "North West", NULL } },
  { 982, "E12000003", { "Yorkshire and the Humber", NULL } },
  { 983, "E12000004", { "East Midlands", NULL } },
  { 984, "E12000005", { "West Midlands", NULL } },
  { 985, "E12000006", { "East of England", NULL } },
  { 986, "E12000007", { "London", NULL } },
  { 987, "E13000001", { "Inner London", "London (Inner)" } },
  { 988, "E13000002", { "Outer London", "London (Outer)" } },
  { 989, "E12000008", { "South East", NULL } },
  { 990, "E12000009", { "South West", NULL } },
};

/* A region's DfE number, or -1 for one Ladder does not know. */
static int
region_number (const char *code,
               const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      if (code != NULL && g_ascii_strcasecmp (code, regions[i].code) == 0)
        return regions[i].number;
      for (guint k = 0; k < G_N_ELEMENTS (regions[i].names); k++)
        if (regions[i].names[k] != NULL && g_ascii_strcasecmp (name, regions[i].names[k]) == 0)
          return regions[i].number;
    }
  return -1;
}

/* A council, or the councils of a joint return: "314 / 318" with
 * "Kingston upon Thames / Richmond upon Thames" (and their ONS codes the
 * same way). Each gets the return's figures, marked as joint. */
static guint
resolve_councils (Tidy            *self,
                  LadderCsvReader *reader,
                  GPtrArray       *fields,
                  guint           *areas)
{
  LadderDataset *dataset = self->context->dataset;
  const char *name = ladder_import_field (fields, self->col_la_name);
  const char *number_text = ladder_import_field (fields, self->col_la_number);
  const char *code = ladder_import_field (fields, self->col_la_code);
  g_auto(GStrv) numbers = number_text != NULL ? g_strsplit (number_text, "/", -1) : NULL;
  g_auto(GStrv) names = name != NULL ? g_strsplit (name, "/", -1) : NULL;
  g_auto(GStrv) codes = code != NULL ? g_strsplit (code, "/", -1) : NULL;
  guint n = numbers != NULL ? g_strv_length (numbers) : 0;

  for (guint i = 0; i < n; i++)
    {
      guint64 number;

      if (name == NULL || n > MAX_JOINT ||
          !g_ascii_string_to_unsigned (g_strstrip (numbers[i]), 10, 0, 99999, &number, NULL))
        {
          ladder_import_skip_row (self->context, reader, self->col_la_number, LADDER_SKIP_NO_COUNCIL,
                                  "a local authority row needs a number in old_la_code (or up to %d "
                                  "numbers separated by / for a joint return) and a name; the row was "
                                  "skipped", MAX_JOINT);
          return 0;
        }
      areas[i] = (guint) number;
    }
  if (n == 0)
    {
      ladder_import_skip_row (self->context, reader, self->col_la_number, LADDER_SKIP_NO_COUNCIL,
                              "a local authority row needs a number in old_la_code and a name; the row "
                              "was skipped");
      return 0;
    }
  for (guint i = 0; i < n; i++)
    {
      /* Each council named as the return names it, when it names each. */
      gboolean each = names != NULL && g_strv_length (names) == n;
      const char *own = each ? g_strstrip (names[i]) : name;
      const char *own_code = codes != NULL && g_strv_length (codes) == n ? g_strstrip (codes[i]) : NULL;
      LadderArea *record;

      areas[i] = ladder_dataset_ensure_area (dataset, (int) areas[i], intern (self, *own != '\0' ? own : name));
      record = ladder_dataset_get_area (dataset, areas[i]);
      if (own_code != NULL && *own_code != '\0' && record->ons_code == NULL)
        record->ons_code = intern (self, own_code);
      if (record->region == NULL && ladder_import_field (fields, self->col_region) != NULL)
        record->region = intern (self, ladder_import_field (fields, self->col_region));
    }
  if (n > 1 && !g_hash_table_contains (self->joint_names, intern (self, name)) &&
      g_hash_table_size (self->joint_names) < 20)
    {
      g_hash_table_add (self->joint_names, (gpointer) intern (self, name));
      if (self->context->n_late_warnings++ < 20)
        g_ptr_array_add (self->context->late_warnings,
                         g_strdup_printf ("%s made a joint return: its figures are given to each of the %u "
                                          "councils, marked as joint, and counted once among neighbours and "
                                          "in ranks", name, n));
    }
  return n;
}

static gboolean
resolve_area (Tidy            *self,
              LadderCsvReader *reader,
              GPtrArray       *fields,
              guint           *area,
              guint           *n_areas)
{
  *n_areas = 1;

  LadderDataset *dataset = self->context->dataset;
  const char *level = ladder_import_field (fields, self->col_level);
  LadderArea *record;

  if (level == NULL)
    {
      ladder_import_skip_row (self->context, reader, self->col_level, LADDER_SKIP_NO_LEVEL,
                              "the geographic level is missing; the row was skipped");
      return FALSE;
    }
  if (g_ascii_strcasecmp (level, "National") == 0)
    {
      const char *name = ladder_import_field (fields, self->col_country);

      *area = ladder_dataset_ensure_area (dataset, 970, intern (self, name != NULL ? name : "England"));
      return TRUE;
    }
  if (g_ascii_strcasecmp (level, "Regional") == 0)
    {
      const char *name = ladder_import_field (fields, self->col_region);
      const char *code = ladder_import_field (fields, self->col_region_code);

      if (name == NULL)
        {
          ladder_import_skip_row (self->context, reader, self->col_region, LADDER_SKIP_NO_AREA,
                                  "a regional row needs a name in region_name; the row was skipped");
          return FALSE;
        }
      /* EES regions carry no DfE number: given LAIT's, by their ONS code
       * or name, so both sources' figures for a region are one area. */
      *area = ladder_dataset_ensure_area (dataset, region_number (code, name), intern (self, name));
      record = ladder_dataset_get_area (dataset, *area);
      record->kind = LADDER_AREA_REGION;
      if (code != NULL && record->ons_code == NULL)
        record->ons_code = intern (self, code);
      return TRUE;
    }
  if (g_ascii_strcasecmp (level, "Local authority") == 0)
    {
      *n_areas = resolve_councils (self, reader, fields, area);
      return *n_areas > 0;
    }
  /* Other levels (districts, constituencies...) have no place in Ladder. */
  self->context->report->n_skipped++;
  return FALSE;
}

static int
count_decimals (const char *text)
{
  const char *point = strchr (text, '.');

  return point == NULL ? 0 : (int) strspn (point + 1, "0123456789");
}

static void read_cells (Tidy            *self,
                        LadderCsvReader *reader,
                        GPtrArray       *fields);

static void
tidy_row (gpointer         state,
          LadderCsvReader *reader,
          GPtrArray       *fields)
{
  Tidy *self = state;
  const char *time_period = ladder_import_field (fields, self->col_time);
  g_autofree char *label = NULL;
  guint areas[MAX_JOINT];
  guint n_areas;
  RowPlace place;

  if (fields->len != self->header->len)
    {
      ladder_import_skip_row (self->context, reader, -1, LADDER_SKIP_FIELD_COUNT,
                              "this row has %u field%s but the header has %u; the row was skipped",
                              fields->len, fields->len == 1 ? "" : "s", self->header->len);
      return;
    }
  if (time_period == NULL)
    {
      ladder_import_skip_row (self->context, reader, self->col_time, LADDER_SKIP_NO_PERIOD,
                              "the period is blank; the row was skipped");
      return;
    }
  if (!resolve_area (self, reader, fields, areas, &n_areas))
    return;

  label = period_label (time_period, ladder_import_field (fields, self->col_identifier));
  place.period = ladder_dataset_ensure_period (self->context->dataset, intern (self, label));
  ladder_period_apply_identifier (ladder_dataset_get_period (self->context->dataset, place.period),
                                  ladder_import_field (fields, self->col_identifier));
  place.record = ladder_csv_reader_get_record (reader);
  place.joint = n_areas > 1;
  place.area = areas[0];
  g_array_append_val (self->places, place);
  read_cells (self, reader, fields);
  /* A joint return: the same figures again for each other council. */
  if (n_areas > 1)
    {
      guint n = self->other_columns->len;
      /* A copy: appending to the array may move what it points into. */
      g_autofree Cell *cells = g_memdup2 (&g_array_index (self->cells, Cell, self->cells->len - n), n * sizeof (Cell));

      for (guint k = 1; k < n_areas; k++)
        {
          place.area = areas[k];
          g_array_append_val (self->places, place);
          g_array_append_vals (self->cells, cells, n);
        }
    }
}

/* The figures, marks and filter texts of one row, after its place. */
static void
read_cells (Tidy            *self,
            LadderCsvReader *reader,
            GPtrArray       *fields)
{
  for (guint i = 0; i < self->other_columns->len; i++)
    {
      int column = g_array_index (self->other_columns, int, i);
      const char *text = fields->pdata[column];
      gsize length = strlen (text);
      Cell cell = { 0 };
      LadderCsvNumber kind = ladder_csv_parse_figure (text, length, &cell.value);

      if (kind == LADDER_CSV_NUMBER)
        {
          cell.state = LADDER_CELL_VALUE;
          self->decimals[i] = MAX (self->decimals[i], count_decimals (text));
        }
      else if (kind != LADDER_CSV_NOT_A_NUMBER)
        {
          /* A number, so the column is still an indicator. */
          cell.state = LADDER_CELL_UNREADABLE;
          ladder_import_warn_number (reader, column, kind, text);
        }
      else
        {
          cell.state = ladder_cell_state_from_text (text, length);
          if (cell.state == LADDER_CELL_UNREADABLE)
            {
              cell.text = intern (self, text);
              self->has_text[i] = TRUE;
            }
        }
      g_array_append_val (self->cells, cell);
    }
}

/* "rate_per_10000" -> "Rate per 10000" */
static char *
readable (const char *column)
{
  char *text = g_strdelimit (g_strdup (column), "_", ' ');

  text[0] = g_ascii_toupper (text[0]);
  return text;
}

/* How far a publication's version supersedes others: a revised figure
 * over a final one over a provisional one; a version Ladder does not know
 * sits between final and provisional. */
static int
version_rank (const char *version)
{
  if (version == NULL)
    return 1;
  if (g_ascii_strncasecmp (version, "revised", 7) == 0)
    return 3;
  if (g_ascii_strncasecmp (version, "final", 5) == 0)
    return 2;
  if (g_ascii_strncasecmp (version, "provisional", 11) == 0)
    return 0;
  return 1;
}

static guint
version_flags (const char *version)
{
  switch (version != NULL ? version_rank (version) : 1)
    {
    case 3:
      return LADDER_CELL_FLAG_REVISED;
    case 0:
      return LADDER_CELL_FLAG_PROVISIONAL;
    default:
      return 0;
    }
}

static void
tidy_finish (gpointer state)
{
  Tidy *self = state;
  LadderDataset *dataset = self->context->dataset;
  guint n_other = self->other_columns->len;
  g_autoptr(GArray) filters = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) indicators = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *varies = g_new0 (gboolean, n_other);
  g_autoptr(GPtrArray) suffixes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int version = -1;

  /* A column with any text is a filter; the rest are indicators. */
  for (guint i = 0; i < n_other; i++)
    g_array_append_val (self->has_text[i] ? filters : indicators, i);
  for (guint f = 0; f < filters->len; f++)
    {
      guint i = g_array_index (filters, guint, f);
      const char *first = NULL;

      for (guint r = 0; r < self->places->len && !varies[i]; r++)
        {
          const char *text = g_array_index (self->cells, Cell, r * n_other + i).text;

          if (first == NULL)
            first = text;
          else if (text != first)
            varies[i] = TRUE;
        }
    }

  /* EES publishes a period as provisional, then final, then revised, in a
   * "version" column: one indicator, each period's latest version kept and
   * flagged, rather than a measure per version. */
  for (guint f = 0; f < filters->len; f++)
    if (g_ascii_strcasecmp (self->header->pdata[g_array_index (self->other_columns, int,
                                                              g_array_index (filters, guint, f))], "version") == 0)
      version = (int) g_array_index (filters, guint, f);
  for (guint r = 0; version >= 0 && r < self->places->len; r++)
    {
      RowPlace *place = &g_array_index (self->places, RowPlace, r);
      Cell *cells = &g_array_index (self->cells, Cell, r * n_other);
      g_autoptr(GString) key = g_string_new (NULL);
      int rank = version_rank (cells[version].text);
      gpointer found;

      for (guint f = 0; f < filters->len; f++)
        if ((int) g_array_index (filters, guint, f) != version)
          g_string_append_printf (key, "|%s", cells[g_array_index (filters, guint, f)].text != NULL
                                               ? cells[g_array_index (filters, guint, f)].text : "");
      g_string_append_printf (key, "|%u|%u", place->area, place->period);
      if (!g_hash_table_lookup_extended (best, key->str, NULL, &found) || rank > GPOINTER_TO_INT (found))
        g_hash_table_replace (best, g_strdup (key->str), GINT_TO_POINTER (rank));
      g_ptr_array_add (suffixes, g_string_free (g_steal_pointer (&key), FALSE));
    }

  for (guint r = 0; r < self->places->len; r++)
    {
      RowPlace *place = &g_array_index (self->places, RowPlace, r);
      Cell *cells = &g_array_index (self->cells, Cell, r * n_other);
      g_autoptr(GString) suffix_code = g_string_new (NULL);
      g_autoptr(GString) suffix_name = g_string_new (NULL);
      guint flags = place->joint ? LADDER_CELL_FLAG_JOINT : 0;

      /* Superseded by a later version of the same figure. */
      if (version >= 0)
        {
          if (version_rank (cells[version].text) <
              GPOINTER_TO_INT (g_hash_table_lookup (best, suffixes->pdata[r])))
            {
              self->context->report->n_superseded++;
              continue;
            }
          flags |= version_flags (cells[version].text);
        }
      for (guint f = 0; f < filters->len; f++)
        {
          guint i = g_array_index (filters, guint, f);
          const char *value = cells[i].text != NULL ? cells[i].text : "";

          if ((int) i == version)
            continue;

          g_string_append_printf (suffix_code, "|%s=%s",
                                  (const char *) self->header->pdata[g_array_index (self->other_columns, int, i)],
                                  value);
          if (varies[i])
            g_string_append_printf (suffix_name, "%s%s", suffix_name->len ? ", " : "", value);
        }
      for (guint k = 0; k < indicators->len; k++)
        {
          guint i = g_array_index (indicators, guint, k);
          const char *column = self->header->pdata[g_array_index (self->other_columns, int, i)];
          g_autofree char *code = g_strconcat (column, suffix_code->str, NULL);
          guint measure = ladder_dataset_ensure_measure (dataset, intern (self, code));
          LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);

          if (info->name == info->code)
            {
              g_autofree char *base = readable (column);
              g_autofree char *name = suffix_name->len > 0
                ? g_strdup_printf ("%s (%s)", base, suffix_name->str) : g_strdup (base);

              info->name = intern (self, name);
              info->decimals = MIN (self->decimals[i], 3);
              info->year_type = ladder_period_kind_to_string (ladder_dataset_get_period (dataset, place->period)->kind);
            }
          /* No blank counts as a figure: EES leaves cells empty for "none". */
          if (cells[i].state == LADDER_CELL_BLANK)
            continue;
          ladder_import_context_store (self->context, NULL, -1, measure, place->area, place->period,
                                       cells[i].state, cells[i].value);
          if (flags != 0)
            ladder_dataset_set_cell_flags (dataset, measure, place->area, place->period, flags);
        }
    }
}

static gpointer
tidy_begin (LadderImportContext *context,
            LadderCsvReader     *reader,
            GPtrArray           *header)
{
  Tidy *self = g_new0 (Tidy, 1);

  self->context = context;
  self->col_time = ladder_import_read_column (context, header, "time_period");
  self->col_identifier = ladder_import_read_column (context, header, "time_identifier");
  self->col_level = ladder_import_read_column (context, header, "geographic_level");
  self->col_country = ladder_import_read_column (context, header, "country_name");
  self->col_region_code = ladder_import_read_column (context, header, "region_code");
  self->col_region = ladder_import_read_column (context, header, "region_name");
  self->col_la_number = ladder_import_read_column (context, header, "old_la_code");
  self->col_la_code = ladder_import_read_column (context, header, "new_la_code");
  self->col_la_name = ladder_import_read_column (context, header, "la_name");
  self->header = g_ptr_array_new_with_free_func (g_free);
  self->other_columns = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < header->len; i++)
    {
      const char *name = header->pdata[i];

      g_ptr_array_add (self->header, g_strdup (name));
      /* Other geography columns (codes and names of districts and the
       * like) are neither filters nor indicators. */
      if (!is_place_column (name))
        {
          g_array_append_val (self->other_columns, i);
          ladder_import_mark_read (context, i);
        }
    }
  self->has_text = g_new0 (gboolean, self->other_columns->len);
  self->decimals = g_new0 (int, self->other_columns->len);
  self->places = g_array_new (FALSE, FALSE, sizeof (RowPlace));
  self->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  self->joint_names = g_hash_table_new (NULL, NULL);
  return self;
}

static void
tidy_free (gpointer state)
{
  Tidy *self = state;

  g_ptr_array_unref (self->header);
  g_array_unref (self->other_columns);
  g_array_unref (self->places);
  g_array_unref (self->cells);
  g_hash_table_unref (self->joint_names);
  g_free (self->has_text);
  g_free (self->decimals);
  g_free (self);
}

const LadderImporter ladder_ees_tidy_importer = {
  .begin = tidy_begin,
  .handle_row = tidy_row,
  .finish = tidy_finish,
  .free = tidy_free,
};
