/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The indicator dataset: measures, areas, periods and the figure for each. */
#include "config.h"

#include <string.h>

#include "ladder-dataset.h"
#include "ladder-string-pool.h"

/* The figures of one measure: a row per period the measure has, each row
 * cut into blocks of BLOCK_SIZE areas that exist only once a figure falls
 * in them. A lookup is three array reads; a row of a measure every council
 * reports is a few full blocks, as compact as a dense matrix, while a
 * measure with one figure costs one block, not a column per area: memory
 * grows with the figures present, never with measures times areas. */
#define BLOCK_BITS 5
#define BLOCK_SIZE (1u << BLOCK_BITS)

typedef struct
{
  double  values[BLOCK_SIZE];
  guint8  states[BLOCK_SIZE];        /* LadderCellState; 0 is absent */
  guint8  sources[BLOCK_SIZE];       /* index of the file that gave the figure */
  guint8  flags[BLOCK_SIZE];         /* LadderCellFlags */
} CellBlock;

typedef struct
{
  CellBlock **blocks;                /* n_blocks pointers, NULL where no figure falls */
  guint       n_blocks;
} MeasureRow;

typedef struct
{
  gint32     *row_of_period;         /* global period -> row, or -1 */
  guint       n_row_of_period;
  guint32    *period_of_row;         /* row -> global period */
  MeasureRow *rows;
  guint       n_rows;
  guint       rows_capacity;
} MeasureCells;

struct _LadderDataset
{
  gatomicrefcount   ref_count;
  LadderStringPool *strings;
  GPtrArray        *sources;          /* interned file names */
  GPtrArray        *source_dates;     /* interned "YYYY-MM-DD" each file was last changed, or NULL */
  GPtrArray        *publications;     /* interned: the publication each file is from, or NULL */
  const char       *neighbour_source; /* the file the neighbour groups came from, interned, or NULL */
  GArray           *measures;         /* LadderMeasure */
  GArray           *cells;            /* MeasureCells, parallel to measures */
  GArray           *periods;          /* LadderPeriod */
  GArray           *areas;            /* LadderArea */
  GHashTable       *measure_by_code;  /* interned code -> index + 1 */
  GHashTable       *period_by_label;  /* interned label -> index + 1 */
  GHashTable       *area_by_name;     /* interned name -> index + 1 */
  GHashTable       *area_by_number;   /* LA number -> index + 1 */
  GArray           *neighbours;       /* NeighbourList, indexed by area; grown on demand */
  gboolean          out_of_memory;    /* a figure could not be stored */
  guint64           blocks_left;      /* blocks the store may still make; G_MAXUINT64 unless a test set a budget */
  char             *title;            /* what the user is looking at, or NULL */
};

typedef struct
{
  guint           n;
  LadderNeighbour list[LADDER_MAX_NEIGHBOURS];
} NeighbourList;

G_DEFINE_BOXED_TYPE (LadderDataset, ladder_dataset, ladder_dataset_ref, ladder_dataset_unref)

static void
measure_cells_clear (MeasureCells *cells)
{
  for (guint r = 0; r < cells->n_rows; r++)
    {
      for (guint b = 0; b < cells->rows[r].n_blocks; b++)
        g_free (cells->rows[r].blocks[b]);
      g_free (cells->rows[r].blocks);
    }
  g_free (cells->rows);
  g_free (cells->row_of_period);
  g_free (cells->period_of_row);
}

static guint
ensure_row (LadderDataset *self,
            MeasureCells  *cells,
            guint          period)
{
  if (period >= cells->n_row_of_period)
    {
      guint n = MAX (self->periods->len, period + 1);

      cells->row_of_period = g_renew (gint32, cells->row_of_period, n);
      for (guint i = cells->n_row_of_period; i < n; i++)
        cells->row_of_period[i] = -1;
      cells->n_row_of_period = n;
    }
  if (cells->row_of_period[period] >= 0)
    return cells->row_of_period[period];

  if (cells->n_rows == cells->rows_capacity)
    {
      guint rows = MAX (4, cells->rows_capacity * 2);

      cells->rows = g_renew (MeasureRow, cells->rows, rows);
      cells->period_of_row = g_renew (guint32, cells->period_of_row, rows);
      cells->rows_capacity = rows;
    }
  cells->rows[cells->n_rows] = (MeasureRow) { NULL, 0 };
  cells->period_of_row[cells->n_rows] = period;
  cells->row_of_period[period] = cells->n_rows;
  return cells->n_rows++;
}

/* The block that holds @area in @row, made when @create; NULL when there
 * is none, or when memory for it ran out (which the dataset remembers). */
static CellBlock *
row_block (LadderDataset *self,
           MeasureRow    *row,
           guint          area,
           gboolean       create)
{
  guint b = area >> BLOCK_BITS;

  if (b >= row->n_blocks)
    {
      guint n;
      CellBlock **blocks;

      if (!create)
        return NULL;
      /* Room for every area so far, so rows of a full measure grow once. */
      n = MAX (b + 1, (self->areas->len + BLOCK_SIZE - 1) >> BLOCK_BITS);
      blocks = g_try_renew (CellBlock *, row->blocks, n);
      if (blocks == NULL)
        {
          self->out_of_memory = TRUE;
          return NULL;
        }
      memset (blocks + row->n_blocks, 0, (n - row->n_blocks) * sizeof (CellBlock *));
      row->blocks = blocks;
      row->n_blocks = n;
    }
  if (row->blocks[b] == NULL && create)
    {
      row->blocks[b] = self->blocks_left > 0 ? g_try_new0 (CellBlock, 1) : NULL;
      if (row->blocks[b] == NULL)
        self->out_of_memory = TRUE;
      else if (self->blocks_left != G_MAXUINT64)
        self->blocks_left--;
    }
  return row->blocks[b];
}

/* The block holding a cell for reading, and the cell's place in it. */
static const CellBlock *
find_cell (LadderDataset *self,
           guint          measure,
           guint          area,
           guint          period,
           guint         *slot)
{
  MeasureCells *cells = &g_array_index (self->cells, MeasureCells, measure);
  gint32 row;

  if (period >= cells->n_row_of_period || (row = cells->row_of_period[period]) < 0)
    return NULL;
  *slot = area & (BLOCK_SIZE - 1);
  return row_block (self, &cells->rows[row], area, FALSE);
}

/**
 * ladder_dataset_new:
 *
 * Returns: (transfer full): an empty dataset. It is filled by importers on
 *   one thread and is read-only once handed to others.
 */
LadderDataset *
ladder_dataset_new (void)
{
  LadderDataset *self = g_new0 (LadderDataset, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = ladder_string_pool_new ();
  self->sources = g_ptr_array_new ();
  self->source_dates = g_ptr_array_new ();
  self->publications = g_ptr_array_new ();
  self->measures = g_array_new (FALSE, TRUE, sizeof (LadderMeasure));
  self->cells = g_array_new (FALSE, TRUE, sizeof (MeasureCells));
  self->periods = g_array_new (FALSE, TRUE, sizeof (LadderPeriod));
  self->areas = g_array_new (FALSE, TRUE, sizeof (LadderArea));
  self->measure_by_code = g_hash_table_new (NULL, NULL);
  self->period_by_label = g_hash_table_new (NULL, NULL);
  self->area_by_name = g_hash_table_new (NULL, NULL);
  self->area_by_number = g_hash_table_new (NULL, NULL);
  self->neighbours = g_array_new (FALSE, TRUE, sizeof (NeighbourList));
  self->blocks_left = G_MAXUINT64;
  return self;
}

/**
 * ladder_dataset_ref:
 * @self: a dataset
 *
 * Returns: (transfer full): @self
 */
LadderDataset *
ladder_dataset_ref (LadderDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ladder_dataset_unref:
 * @self: (transfer full): a dataset
 */
void
ladder_dataset_unref (LadderDataset *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint m = 0; m < self->cells->len; m++)
    measure_cells_clear (&g_array_index (self->cells, MeasureCells, m));
  g_array_unref (self->cells);
  g_array_unref (self->measures);
  g_array_unref (self->periods);
  g_array_unref (self->areas);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->source_dates);
  g_ptr_array_unref (self->publications);
  g_hash_table_unref (self->measure_by_code);
  g_hash_table_unref (self->period_by_label);
  g_hash_table_unref (self->area_by_name);
  g_hash_table_unref (self->area_by_number);
  g_array_unref (self->neighbours);
  ladder_string_pool_free (self->strings);
  g_free (self->title);
  g_free (self);
}

/**
 * ladder_dataset_set_title:
 * @self: a dataset
 * @title: (nullable): what the data is, as the user should see it, such as
 *   "Fictional demonstration data"
 */
void
ladder_dataset_set_title (LadderDataset *self,
                          const char    *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * ladder_dataset_get_title:
 * @self: a dataset
 *
 * Returns: (nullable): the title, or %NULL when none was set.
 */
const char *
ladder_dataset_get_title (LadderDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * ladder_dataset_intern:
 * @self: a dataset
 * @text: bytes
 * @length: their number
 *
 * Returns: (transfer none): a nul-terminated copy of @text owned by @self;
 *   equal texts give the same pointer.
 */
const char *
ladder_dataset_intern (LadderDataset *self,
                       const char    *text,
                       gsize          length)
{
  return ladder_string_pool_intern (self->strings, text, length);
}

/**
 * ladder_dataset_add_source:
 * @self: a dataset
 * @name: the file's name as the user should see it
 *
 * Returns: the index of the new source, used to say where a figure came from.
 */
guint
ladder_dataset_add_source (LadderDataset *self,
                           const char    *name)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->sources->len < G_MAXUINT8, 0);

  g_ptr_array_add (self->sources, (gpointer) ladder_dataset_intern (self, name, strlen (name)));
  g_ptr_array_add (self->source_dates, NULL);
  g_ptr_array_add (self->publications, NULL);
  return self->sources->len - 1;
}

/**
 * ladder_dataset_set_source_publication:
 * @self: a dataset
 * @source: a source index
 * @publication: (nullable): the publication the file is from, with its
 *   publisher: "Children looked after in England including adoptions,
 *   Department for Education"
 *
 * Records where a file's figures were published, to name them by.
 */
void
ladder_dataset_set_source_publication (LadderDataset *self,
                                       guint          source,
                                       const char    *publication)
{
  g_return_if_fail (self != NULL && source < self->sources->len);

  self->publications->pdata[source] = publication != NULL
    ? (gpointer) ladder_dataset_intern (self, publication, strlen (publication)) : NULL;
}

/**
 * ladder_dataset_describe_source:
 * @self: a dataset
 * @name: a source's name, as ladder_dataset_get_source() gives it
 *
 * Returns: (transfer full): the source as a reader should see it: its
 *   publication with the file's name after it ("Local authority
 *   interactive tool (LAIT), Department for Education (file bds.csv)"),
 *   or the file's name alone when the publication is not known.
 */
char *
ladder_dataset_describe_source (LadderDataset *self,
                                const char    *name)
{
  g_autofree char *base = g_path_get_basename (name);

  for (guint i = 0; i < self->sources->len; i++)
    if (g_strcmp0 (self->sources->pdata[i], name) == 0 && self->publications->pdata[i] != NULL)
      return g_strdup_printf ("%s (file %s)", (const char *) self->publications->pdata[i], base);
  return g_steal_pointer (&base);
}

/**
 * ladder_dataset_set_source_date:
 * @self: a dataset
 * @source: a source index
 * @date: (nullable): the day the file was last changed, "YYYY-MM-DD"
 *
 * Records how current a file's figures are, for "as at" in the paper.
 */
void
ladder_dataset_set_source_date (LadderDataset *self,
                                guint          source,
                                const char    *date)
{
  g_return_if_fail (self != NULL && source < self->sources->len);

  self->source_dates->pdata[source] = date != NULL ? (gpointer) ladder_dataset_intern (self, date, strlen (date))
                                                   : NULL;
}

/**
 * ladder_dataset_get_source_date:
 * @self: a dataset
 * @source: a source index
 *
 * Returns: (nullable): the day the file was last changed, "YYYY-MM-DD".
 */
const char *
ladder_dataset_get_source_date (LadderDataset *self,
                                guint          source)
{
  g_return_val_if_fail (self != NULL && source < self->sources->len, NULL);

  return g_ptr_array_index (self->source_dates, source);
}

/**
 * ladder_dataset_get_source:
 * @self: a dataset
 * @source: a source index
 *
 * Returns: (transfer none): the file's name.
 */
const char *
ladder_dataset_get_source (LadderDataset *self,
                           guint          source)
{
  g_return_val_if_fail (self != NULL && source < self->sources->len, NULL);

  return g_ptr_array_index (self->sources, source);
}

/**
 * ladder_dataset_get_n_sources:
 * @self: a dataset
 *
 * Returns: how many files the dataset was read from.
 */
guint
ladder_dataset_get_n_sources (LadderDataset *self)
{
  return self->sources->len;
}

/**
 * ladder_dataset_ensure_measure:
 * @self: a dataset
 * @code: an interned measure code (see ladder_dataset_intern())
 *
 * Returns: the index of the measure called @code, added if new.
 */
guint
ladder_dataset_ensure_measure (LadderDataset *self,
                               const char    *code)
{
  gpointer found = g_hash_table_lookup (self->measure_by_code, code);
  LadderMeasure measure = { 0 };
  MeasureCells cells = { 0 };

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  measure.code = code;
  measure.name = code;
  measure.decimals = -1;
  measure.quartiles_allowed = TRUE;
  g_array_append_val (self->measures, measure);
  g_array_append_val (self->cells, cells);
  g_hash_table_insert (self->measure_by_code, (gpointer) code, GUINT_TO_POINTER (self->measures->len));
  return self->measures->len - 1;
}

/**
 * ladder_dataset_ensure_period:
 * @self: a dataset
 * @label: an interned period label
 *
 * Returns: the index of the period labelled @label, added (and parsed) if new.
 */
guint
ladder_dataset_ensure_period (LadderDataset *self,
                              const char    *label)
{
  gpointer found = g_hash_table_lookup (self->period_by_label, label);
  LadderPeriod period;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  ladder_period_parse (label, &period);
  g_array_append_val (self->periods, period);
  g_hash_table_insert (self->period_by_label, (gpointer) label, GUINT_TO_POINTER (self->periods->len));
  return self->periods->len - 1;
}

static LadderAreaKind
kind_from_la_number (int la_number)
{
  if (la_number == 970)
    return LADDER_AREA_ENGLAND;
  if (la_number > 970)
    return LADDER_AREA_REGION;
  return LADDER_AREA_COUNCIL;
}

/**
 * ladder_dataset_ensure_area:
 * @self: a dataset
 * @la_number: the DfE number, or -1 when the source has none
 * @name: an interned area name
 *
 * Finds an area by number when it has one, otherwise by name, and adds it
 * when new. Its kind follows the DfE numbering (970 England, above it the
 * regions); importers correct it when their source says otherwise.
 *
 * Returns: the index of the area.
 */
guint
ladder_dataset_ensure_area (LadderDataset *self,
                            int            la_number,
                            const char    *name)
{
  gpointer found;
  LadderArea area = { 0 };

  if (la_number >= 0)
    found = g_hash_table_lookup (self->area_by_number, GINT_TO_POINTER (la_number));
  else
    found = g_hash_table_lookup (self->area_by_name, name);
  /* Every name a numbered area goes by finds it, so that a row with no
   * usable number is placed the same whichever of its names came first
   * (and whether the file was read in one part or two). */
  if (found != NULL && la_number >= 0 &&
      g_array_index (self->areas, LadderArea, GPOINTER_TO_UINT (found) - 1).name != name &&
      !g_hash_table_contains (self->area_by_name, name))
    g_hash_table_insert (self->area_by_name, (gpointer) name, found);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  area.la_number = la_number;
  area.name = name;
  area.kind = la_number >= 0 ? kind_from_la_number (la_number) : LADDER_AREA_COUNCIL;
  g_array_append_val (self->areas, area);
  if (la_number >= 0)
    g_hash_table_insert (self->area_by_number, GINT_TO_POINTER (la_number), GUINT_TO_POINTER (self->areas->len));
  if (!g_hash_table_contains (self->area_by_name, name))
    g_hash_table_insert (self->area_by_name, (gpointer) name, GUINT_TO_POINTER (self->areas->len));
  return self->areas->len - 1;
}

/**
 * ladder_dataset_get_n_measures:
 * @self: a dataset
 *
 * Returns: the number of measures.
 */
guint
ladder_dataset_get_n_measures (LadderDataset *self)
{
  return self->measures->len;
}

/**
 * ladder_dataset_count_measures:
 * @self: a dataset
 *
 * Returns: the number of measures that are not discontinued: those Ladder
 *   lists, charts and counts for people.
 */
guint
ladder_dataset_count_measures (LadderDataset *self)
{
  guint n = 0;

  for (guint i = 0; i < self->measures->len; i++)
    n += !g_array_index (self->measures, LadderMeasure, i).discontinued;
  return n;
}

/**
 * ladder_dataset_get_n_periods:
 * @self: a dataset
 *
 * Returns: the number of distinct period labels.
 */
guint
ladder_dataset_get_n_periods (LadderDataset *self)
{
  return self->periods->len;
}

/**
 * ladder_dataset_get_n_areas:
 * @self: a dataset
 *
 * Returns: the number of areas: councils, regions and England.
 */
guint
ladder_dataset_get_n_areas (LadderDataset *self)
{
  return self->areas->len;
}

/**
 * ladder_dataset_get_measure:
 * @self: a dataset
 * @measure: an index below ladder_dataset_get_n_measures()
 *
 * Returns: (transfer none): the measure; the pointer stays valid until the
 *   next measure is added.
 */
LadderMeasure *
ladder_dataset_get_measure (LadderDataset *self,
                            guint          measure)
{
  g_return_val_if_fail (measure < self->measures->len, NULL);

  return &g_array_index (self->measures, LadderMeasure, measure);
}

/**
 * ladder_dataset_get_period:
 * @self: a dataset
 * @period: an index below ladder_dataset_get_n_periods()
 *
 * Returns: (transfer none): the period; valid until the next one is added.
 */
LadderPeriod *
ladder_dataset_get_period (LadderDataset *self,
                           guint          period)
{
  g_return_val_if_fail (period < self->periods->len, NULL);

  return &g_array_index (self->periods, LadderPeriod, period);
}

/**
 * ladder_dataset_get_area:
 * @self: a dataset
 * @area: an index below ladder_dataset_get_n_areas()
 *
 * Returns: (transfer none): the area; valid until the next one is added.
 */
LadderArea *
ladder_dataset_get_area (LadderDataset *self,
                         guint          area)
{
  g_return_val_if_fail (area < self->areas->len, NULL);

  return &g_array_index (self->areas, LadderArea, area);
}

/**
 * ladder_dataset_find_measure:
 * @self: a dataset
 * @code: a measure code, matched exactly
 * @measure: (out): its index
 *
 * Returns: %TRUE when found and not discontinued.
 */
gboolean
ladder_dataset_find_measure (LadderDataset *self,
                             const char    *code,
                             guint         *measure)
{
  for (guint i = 0; i < self->measures->len; i++)
    if (strcmp (g_array_index (self->measures, LadderMeasure, i).code, code) == 0 &&
        !g_array_index (self->measures, LadderMeasure, i).discontinued)
      {
        *measure = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ladder_dataset_find_period:
 * @self: a dataset
 * @label: a period label, matched exactly
 * @period: (out): its index
 *
 * Returns: %TRUE when found.
 */
gboolean
ladder_dataset_find_period (LadderDataset *self,
                            const char    *label,
                            guint         *period)
{
  for (guint i = 0; i < self->periods->len; i++)
    if (strcmp (g_array_index (self->periods, LadderPeriod, i).label, label) == 0)
      {
        *period = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ladder_dataset_find_area:
 * @self: a dataset
 * @name_or_code: a name (any case), a DfE number such as "301" or an ONS
 *   code such as "E09000002"
 * @area: (out): its index
 *
 * Returns: %TRUE when found.
 */
gboolean
ladder_dataset_find_area (LadderDataset *self,
                          const char    *name_or_code,
                          guint         *area)
{
  char *end = NULL;
  gint64 number = g_ascii_strtoll (name_or_code, &end, 10);
  gboolean is_number = end != name_or_code && *end == '\0';

  for (guint i = 0; i < self->areas->len; i++)
    {
      LadderArea *candidate = &g_array_index (self->areas, LadderArea, i);

      if ((is_number && candidate->la_number == number) ||
          g_ascii_strcasecmp (candidate->name, name_or_code) == 0 ||
          (candidate->ons_code != NULL && g_ascii_strcasecmp (candidate->ons_code, name_or_code) == 0))
        {
          *area = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ladder_dataset_set_cell:
 * @self: a dataset
 * @measure: a measure index
 * @area: an area index
 * @period: a period index
 * @state: what the cell holds
 * @value: the figure when @state is %LADDER_CELL_VALUE
 * @source: the index of the file it came from
 * @previous_source: (out) (optional): where the figure it replaced came from
 *
 * Stores a figure. A later figure replaces an earlier one; the result says
 * whether it was new, the same, or different, so importers can report
 * duplicates and conflicts.
 *
 * Returns: what happened.
 */
LadderSetResult
ladder_dataset_set_cell (LadderDataset   *self,
                         guint            measure,
                         guint            area,
                         guint            period,
                         LadderCellState  state,
                         double           value,
                         guint            source,
                         guint           *previous_source)
{
  MeasureCells *cells;
  CellBlock *block;
  LadderSetResult result;
  guint slot = area & (BLOCK_SIZE - 1);
  guint row;

  g_assert (measure < self->measures->len);
  g_assert (area < self->areas->len);
  g_assert (period < self->periods->len);
  g_assert (state != LADDER_CELL_ABSENT && state < LADDER_N_CELL_STATES);

  cells = &g_array_index (self->cells, MeasureCells, measure);
  row = ensure_row (self, cells, period);
  block = row_block (self, &cells->rows[row], area, TRUE);
  if (block == NULL)
    return LADDER_SET_NO_MEMORY;

  if (block->states[slot] == LADDER_CELL_ABSENT)
    result = LADDER_SET_NEW;
  else if (block->states[slot] == state && (state != LADDER_CELL_VALUE || block->values[slot] == value))
    result = LADDER_SET_SAME;
  else
    result = LADDER_SET_REPLACED;
  if (previous_source != NULL)
    *previous_source = block->sources[slot];

  block->states[slot] = state;
  block->values[slot] = state == LADDER_CELL_VALUE ? value : 0.0;
  block->sources[slot] = source;
  return result;
}

/**
 * ladder_dataset_lookup:
 * @self: a dataset
 * @measure: a measure index
 * @area: an area index
 * @period: a period index
 * @value: (out) (optional): the figure, when there is one
 * @source: (out) (optional): the index of the file it came from
 *
 * Looks a figure up in constant time.
 *
 * Returns: what the cell holds; %LADDER_CELL_ABSENT when no file had it.
 */
LadderCellState
ladder_dataset_lookup (LadderDataset *self,
                       guint          measure,
                       guint          area,
                       guint          period,
                       double        *value,
                       guint         *source)
{
  const CellBlock *block;
  guint slot;

  g_return_val_if_fail (measure < self->measures->len, LADDER_CELL_ABSENT);
  g_return_val_if_fail (area < self->areas->len, LADDER_CELL_ABSENT);

  block = find_cell (self, measure, area, period, &slot);
  if (block == NULL || block->states[slot] == LADDER_CELL_ABSENT)
    {
      if (value != NULL)
        *value = 0.0;
      if (source != NULL)
        *source = 0;
      return LADDER_CELL_ABSENT;
    }
  if (value != NULL)
    *value = block->values[slot];
  if (source != NULL)
    *source = block->sources[slot];
  return block->states[slot];
}

/**
 * ladder_dataset_set_cell_flags:
 * @self: a dataset
 * @measure: a measure index
 * @area: an area index
 * @period: a period index
 * @flags: #LadderCellFlags for a cell that holds something
 *
 * Marks how a stored figure stands apart (a joint return, a provisional
 * figure). A cell with nothing in it keeps no flags.
 */
void
ladder_dataset_set_cell_flags (LadderDataset *self,
                               guint          measure,
                               guint          area,
                               guint          period,
                               guint          flags)
{
  const CellBlock *block;
  guint slot;

  g_return_if_fail (measure < self->measures->len);
  g_return_if_fail (area < self->areas->len);

  block = find_cell (self, measure, area, period, &slot);
  if (block != NULL && block->states[slot] != LADDER_CELL_ABSENT)
    ((CellBlock *) block)->flags[slot] = flags;
}

/**
 * ladder_dataset_get_cell_flags:
 * @self: a dataset
 * @measure: a measure index
 * @area: an area index
 * @period: a period index
 *
 * Returns: the cell's #LadderCellFlags; 0 for an empty cell.
 */
guint
ladder_dataset_get_cell_flags (LadderDataset *self,
                               guint          measure,
                               guint          area,
                               guint          period)
{
  const CellBlock *block;
  guint slot;

  g_return_val_if_fail (measure < self->measures->len, 0);
  g_return_val_if_fail (area < self->areas->len, 0);

  block = find_cell (self, measure, area, period, &slot);
  return block != NULL && block->states[slot] != LADDER_CELL_ABSENT ? block->flags[slot] : 0;
}

/**
 * ladder_dataset_get_out_of_memory:
 * @self: a dataset
 *
 * Returns: whether some figure could not be stored for want of memory;
 *   the importer turns it into a message rather than the program stopping.
 */
gboolean
ladder_dataset_get_out_of_memory (LadderDataset *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->out_of_memory;
}

/**
 * ladder_dataset_set_block_budget:
 * @self: a dataset
 * @n_blocks: how many more blocks of figures the store may make
 *
 * For tests: makes the store behave as though memory ran out after
 * @n_blocks more blocks of 32 areas, so that the path taken when the
 * system refuses memory can be exercised without exhausting it.
 */
void
ladder_dataset_set_block_budget (LadderDataset *self,
                                 guint64        n_blocks)
{
  g_return_if_fail (self != NULL);
  self->blocks_left = n_blocks;
}

static int
compare_periods_by_index (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  LadderDataset *self = user_data;

  return ladder_period_compare (ladder_dataset_get_period (self, *(const guint *) a),
                                ladder_dataset_get_period (self, *(const guint *) b));
}

/**
 * ladder_dataset_get_measure_periods:
 * @self: a dataset
 * @measure: a measure index
 * @periods: (out caller-allocates) (array length=n_max): period indices
 * @n_max: room in @periods
 *
 * Lists the periods a measure has figures for, oldest first.
 *
 * Returns: how many periods the measure has (which may exceed @n_max).
 */
guint
ladder_dataset_get_measure_periods (LadderDataset *self,
                                    guint          measure,
                                    guint         *periods,
                                    guint          n_max)
{
  MeasureCells *cells;
  guint n;

  g_return_val_if_fail (measure < self->measures->len, 0);

  cells = &g_array_index (self->cells, MeasureCells, measure);
  n = MIN (cells->n_rows, n_max);
  for (guint i = 0; i < n; i++)
    periods[i] = cells->period_of_row[i];
  g_qsort_with_data (periods, n, sizeof (guint), compare_periods_by_index, self);
  return cells->n_rows;
}

/**
 * ladder_dataset_count_cells:
 * @self: a dataset
 * @state: a cell state other than %LADDER_CELL_ABSENT
 *
 * Returns: how many cells hold @state.
 */
guint64
ladder_dataset_count_cells (LadderDataset   *self,
                            LadderCellState  state)
{
  guint64 count = 0;

  for (guint m = 0; m < self->cells->len; m++)
    {
      MeasureCells *cells = &g_array_index (self->cells, MeasureCells, m);

      for (guint r = 0; r < cells->n_rows; r++)
        for (guint b = 0; b < cells->rows[r].n_blocks; b++)
          {
            const CellBlock *block = cells->rows[r].blocks[b];

            for (guint i = 0; block != NULL && i < BLOCK_SIZE; i++)
              count += block->states[i] == state;
          }
    }
  return count;
}

/**
 * ladder_dataset_set_neighbours:
 * @self: a dataset
 * @area: a council
 * @neighbours: (array length=n_neighbours): its statistical neighbours, most
 *   similar first
 * @n_neighbours: at most %LADDER_MAX_NEIGHBOURS
 *
 * Replaces the council's neighbours: a later neighbour file wins whole.
 */
void
ladder_dataset_set_neighbours (LadderDataset         *self,
                               guint                  area,
                               const LadderNeighbour *neighbours,
                               guint                  n_neighbours)
{
  NeighbourList *list;

  g_return_if_fail (area < self->areas->len);
  g_return_if_fail (n_neighbours <= LADDER_MAX_NEIGHBOURS);

  if (area >= self->neighbours->len)
    g_array_set_size (self->neighbours, area + 1);
  list = &g_array_index (self->neighbours, NeighbourList, area);
  list->n = n_neighbours;
  memcpy (list->list, neighbours, n_neighbours * sizeof (LadderNeighbour));
}

/**
 * ladder_dataset_set_neighbour_source:
 * @self: a dataset
 * @name: (nullable): the file whose statistical neighbour groups are in use
 */
void
ladder_dataset_set_neighbour_source (LadderDataset *self,
                                     const char    *name)
{
  g_return_if_fail (self != NULL);

  self->neighbour_source = name != NULL ? ladder_dataset_intern (self, name, strlen (name)) : NULL;
}

/**
 * ladder_dataset_get_neighbour_source:
 * @self: a dataset
 *
 * Returns: (nullable): the file whose statistical neighbour groups are in
 *   use, for captions, or %NULL when none was loaded.
 */
const char *
ladder_dataset_get_neighbour_source (LadderDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->neighbour_source;
}

/**
 * ladder_dataset_get_neighbours:
 * @self: a dataset
 * @area: a council
 * @neighbours: (out) (transfer none) (array length=return value): its
 *   statistical neighbours, most similar first
 *
 * Returns: how many neighbours @area has; 0 when no file gave any.
 */
guint
ladder_dataset_get_neighbours (LadderDataset          *self,
                               guint                   area,
                               const LadderNeighbour **neighbours)
{
  NeighbourList *list;

  g_return_val_if_fail (area < self->areas->len, 0);

  if (area >= self->neighbours->len)
    {
      *neighbours = NULL;
      return 0;
    }
  list = &g_array_index (self->neighbours, NeighbourList, area);
  *neighbours = list->list;
  return list->n;
}

/**
 * ladder_cell_state_from_text:
 * @text: a field that is not a number
 * @length: its length
 *
 * Recognises the marks the Department uses for missing figures.
 *
 * Returns: the reason the figure is missing, or %LADDER_CELL_UNREADABLE.
 */
LadderCellState
ladder_cell_state_from_text (const char *text,
                             gsize       length)
{
  while (length > 0 && (text[0] == ' ' || text[0] == '\t'))
    text++, length--;
  while (length > 0 && (text[length - 1] == ' ' || text[length - 1] == '\t'))
    length--;

  if (length == 0)
    return LADDER_CELL_BLANK;
  if (length == 1)
    switch (g_ascii_tolower (text[0]))
      {
      case 'c': return LADDER_CELL_SUPPRESSED;
      case 'x': return LADDER_CELL_NOT_AVAILABLE;
      case ':': return LADDER_CELL_NOT_AVAILABLE;
      case 'z': return LADDER_CELL_NOT_APPLICABLE;
      case 'u': return LADDER_CELL_LOW_RELIABILITY;
      case 'k': return LADDER_CELL_ROUNDS_TO_ZERO;
      case '-': return LADDER_CELL_DASH;
      default: return LADDER_CELL_UNREADABLE;
      }
  if (length == 2 && text[0] == '.' && text[1] == '.')
    return LADDER_CELL_NOT_AVAILABLE;
  if (length == 3 && g_ascii_strncasecmp (text, "low", 3) == 0)
    return LADDER_CELL_LOW;
  return LADDER_CELL_UNREADABLE;
}

/**
 * ladder_cell_state_to_string:
 * @state: a cell state
 *
 * Returns: why a figure is missing, in plain English.
 */
const char *
ladder_cell_state_to_string (LadderCellState state)
{
  switch (state)
    {
    case LADDER_CELL_ABSENT: return "no figure in the files";
    case LADDER_CELL_VALUE: return "figure";
    case LADDER_CELL_SUPPRESSED: return "withheld to protect confidentiality (c)";
    case LADDER_CELL_NOT_AVAILABLE: return "not available (x)";
    case LADDER_CELL_NOT_APPLICABLE: return "does not apply (z)";
    case LADDER_CELL_LOW_RELIABILITY: return "too unreliable to publish (u)";
    case LADDER_CELL_ROUNDS_TO_ZERO: return "rounds to zero (k)";
    case LADDER_CELL_LOW: return "too low to show (low)";
    case LADDER_CELL_DASH: return "withheld or missing (-)";
    case LADDER_CELL_BLANK: return "left blank";
    case LADDER_CELL_UNREADABLE: return "unreadable text";
    case LADDER_N_CELL_STATES:
    default: return "unknown";
    }
}
