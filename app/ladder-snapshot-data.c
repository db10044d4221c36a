/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figures of one period: a council beside its neighbours, and among
 * every council with the quartile bands. Both use the latest period in
 * which the council has a figure, so the council is always on the chart
 * when it can be. */
#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "ladder-snapshot-data.h"

/* The latest period with a figure for the council, or failing that for
 * any council. */
static gboolean
choose_period (LadderDataset *dataset,
               guint          measure,
               guint          council,
               guint         *period,
               GError       **error)
{
  guint periods[LADDER_CHART_MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, LADDER_CHART_MAX_PERIODS),
                 LADDER_CHART_MAX_PERIODS);

  for (guint i = n; i > 0; i--)
    if (!isnan (ladder_chart_figure (dataset, measure, council, periods[i - 1], NULL, NULL)))
      {
        *period = periods[i - 1];
        return TRUE;
      }
  if (ladder_stats_latest_period (dataset, measure, period))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No council has a figure for %s",
               ladder_dataset_get_measure (dataset, measure)->name != NULL
                 ? ladder_dataset_get_measure (dataset, measure)->name
                 : ladder_dataset_get_measure (dataset, measure)->code);
  return FALSE;
}

/**
 * ladder_polarity_describe:
 * @polarity: a polarity
 *
 * Returns: which way is better, in words.
 */
const char *
ladder_polarity_describe (LadderPolarity polarity)
{
  switch (polarity)
    {
    case LADDER_POLARITY_HIGH:
      return "higher is better";
    case LADDER_POLARITY_LOW:
      return "lower is better";
    case LADDER_POLARITY_NONE:
    default:
      /* The Department makes no judgement: say so, and no more. */
      return "neither a higher nor a lower figure is better";
    }
}

/* A council's name as a chart shows it: marked when its figure is a joint
 * return made with another council. */
static const char *
shown_name (LadderDataset *dataset,
            GStringChunk  *texts,
            guint          measure,
            guint          area,
            guint          period)
{
  const char *name = ladder_dataset_get_area (dataset, area)->name;
  g_autofree char *marked = NULL;

  if ((ladder_dataset_get_cell_flags (dataset, measure, area, period) & LADDER_CELL_FLAG_JOINT) == 0)
    return name;
  /* Not interned in the dataset: a paper may be drawing from it on
   * another thread. */
  marked = g_strdup_printf ("%s (joint return)", name);
  return g_string_chunk_insert (texts, marked);
}

/* The file a period's figures came from: the council's figure's, or
 * failing that the first council's with a figure. */
static const char *
period_source (LadderDataset *dataset,
               guint          measure,
               guint          council,
               guint          period)
{
  guint source;

  if (!isnan (ladder_chart_figure (dataset, measure, council, period, NULL, &source)))
    return ladder_dataset_get_source (dataset, source);
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_COUNCIL &&
        !isnan (ladder_chart_figure (dataset, measure, a, period, NULL, &source)))
      return ladder_dataset_get_source (dataset, source);
  return NULL;
}

/* Better first; without a polarity, highest first; missing figures last. */
static int
compare_bars (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const LadderBar *x = a, *y = b;
  LadderPolarity sort_polarity = GPOINTER_TO_INT (user_data);

  if (isnan (x->value) || isnan (y->value))
    return isnan (x->value) - isnan (y->value);
  if (x->value == y->value)
    return y->is_council - x->is_council;
  if (sort_polarity == LADDER_POLARITY_LOW)
    return x->value < y->value ? -1 : 1;
  return x->value > y->value ? -1 : 1;
}

/**
 * ladder_neighbours_data_new:
 * @dataset: the data
 * @measure: a measure
 * @council: a council with statistical neighbours
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the council and its neighbours in
 *   the latest period the council has a figure for, best first.
 */
LadderNeighboursData *
ladder_neighbours_data_new (LadderDataset *dataset,
                            guint          measure,
                            guint          council,
                            GError       **error)
{
  g_autoptr(LadderNeighboursData) data = g_new0 (LadderNeighboursData, 1);
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  const LadderNeighbour *neighbours;
  LadderNeighbourAverage average;
  guint period;

  data->n_neighbours = ladder_dataset_get_neighbours (dataset, council, &neighbours);
  if (data->n_neighbours == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No statistical neighbours are loaded for %s",
                   ladder_dataset_get_area (dataset, council)->name);
      return NULL;
    }
  if (!choose_period (dataset, measure, council, &period, error))
    return NULL;
  data->texts = g_string_chunk_new (256);
  data->dataset = ladder_dataset_ref (dataset);
  data->measure_name = g_strdup (ladder_chart_measure_title (info));
  data->council_name = g_strdup (ladder_dataset_get_area (dataset, council)->name);
  data->period_label = ladder_dataset_get_period (dataset, period)->label;
  data->source = period_source (dataset, measure, council, period);
  data->unit = info->axis_label;
  data->decimals = ladder_chart_measure_decimals (dataset, measure);
  data->polarity = info->polarity;
  data->bars = g_new0 (LadderBar, data->n_neighbours + 1);
  data->bars[0] = (LadderBar) { data->council_name,
                                ladder_chart_figure (dataset, measure, council, period, NULL, NULL), TRUE, NULL };
  for (guint i = 0; i < data->n_neighbours; i++)
    {
      LadderBar *bar = &data->bars[i + 1];

      bar->name = shown_name (dataset, data->texts, measure, neighbours[i].area, period);
      bar->value = ladder_chart_figure (dataset, measure, neighbours[i].area, period, NULL, NULL);
      bar->closeness = neighbours[i].closeness;
    }
  data->n_bars = data->n_neighbours + 1;
  g_qsort_with_data (data->bars, data->n_bars, sizeof (LadderBar), compare_bars, GINT_TO_POINTER (data->polarity));
  average = ladder_stats_neighbour_average (dataset, measure, council, period);
  data->n_reporting = average.n_reporting;
  data->mean = average.status == LADDER_STAT_OK ? average.mean : NAN;
  return g_steal_pointer (&data);
}

void
ladder_neighbours_data_free (LadderNeighboursData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->dataset, ladder_dataset_unref);
  g_free (data->measure_name);
  g_free (data->council_name);
  g_free (data->bars);
  g_clear_pointer (&data->texts, g_string_chunk_free);
  g_free (data);
}

static char *
ordinal (guint n)
{
  const char *suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                       : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";

  return g_strdup_printf ("%u%s", n, suffix);
}

/**
 * ladder_neighbours_data_summary:
 * @data: the figures
 *
 * Returns: (transfer full): what the neighbours chart shows, in plain
 *   English.
 */
char *
ladder_neighbours_data_summary (const LadderNeighboursData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint with_figure = 0, place = 0;
  double council = NAN;

  for (guint i = 0; i < data->n_bars; i++)
    {
      if (isnan (data->bars[i].value))
        continue;
      with_figure++;
      if (data->bars[i].is_council)
        {
          council = data->bars[i].value;
          place = with_figure;
        }
    }
  if (isnan (council))
    g_string_printf (out, "%s: in %s %s has no figure.", data->measure_name, data->period_label, data->council_name);
  else if (data->polarity == LADDER_POLARITY_NONE)
    g_string_printf (out, "%s: in %s %s was %.*f (%s).", data->measure_name, data->period_label,
                     data->council_name, data->decimals, council, ladder_polarity_describe (data->polarity));
  else
    {
      g_autofree char *nth = ordinal (place);

      g_string_printf (out, "%s: in %s %s was %.*f, %s of %u beside its neighbours (%s).", data->measure_name,
                       data->period_label, data->council_name, data->decimals, council, nth, with_figure,
                       ladder_polarity_describe (data->polarity));
    }
  if (!isnan (data->mean))
    g_string_append_printf (out, " The neighbours’ average was %.*f (%u of %u reporting).", data->decimals,
                            data->mean, data->n_reporting, data->n_neighbours);
  else
    g_string_append_printf (out, " None of the %u neighbours has a figure.", data->n_neighbours);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  double      value;
  const char *name;
} Figure;

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  double x = ((const Figure *) a)->value, y = ((const Figure *) b)->value;

  if (x != y)
    return (x > y) - (x < y);
  return g_strcmp0 (((const Figure *) a)->name, ((const Figure *) b)->name);
}

/**
 * ladder_distribution_data_new:
 * @dataset: the data
 * @measure: a measure
 * @council: a council
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): every council's figure in the latest
 *   period the council has one for, the quartiles, and the council's rank
 *   and band.
 */
LadderDistributionData *
ladder_distribution_data_new (LadderDataset *dataset,
                              guint          measure,
                              guint          council,
                              GError       **error)
{
  g_autoptr(LadderDistributionData) data = g_new0 (LadderDistributionData, 1);
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  LadderStatStatus band_status;
  guint period;

  if (!choose_period (dataset, measure, council, &period, error))
    return NULL;
  data->texts = g_string_chunk_new (256);
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_COUNCIL)
      {
        Figure figure = { ladder_chart_figure (dataset, measure, a, period, NULL, NULL),
                          shown_name (dataset, data->texts, measure, a, period) };

        if (!isnan (figure.value))
          g_array_append_val (figures, figure);
      }
  g_array_sort (figures, compare_figures);
  data->dataset = ladder_dataset_ref (dataset);
  data->measure_name = g_strdup (ladder_chart_measure_title (info));
  data->council_name = g_strdup (ladder_dataset_get_area (dataset, council)->name);
  data->period_label = ladder_dataset_get_period (dataset, period)->label;
  data->decimals = ladder_chart_measure_decimals (dataset, measure);
  data->polarity = info->polarity;
  data->source = period_source (dataset, measure, council, period);
  data->unit = info->axis_label;
  data->n_values = figures->len;
  data->values = g_new (double, figures->len);
  data->names = g_new (const char *, figures->len);
  for (guint i = 0; i < figures->len; i++)
    {
      data->values[i] = g_array_index (figures, Figure, i).value;
      data->names[i] = g_array_index (figures, Figure, i).name;
    }
  data->quartiles = ladder_stats_quartiles (dataset, measure, period);
  data->council_value = ladder_chart_figure (dataset, measure, council, period, NULL, NULL);
  data->rank = ladder_stats_rank (dataset, measure, council, period);
  data->band = ladder_stats_band (dataset, measure, council, period, &band_status);
  data->bands = data->quartiles.status == LADDER_STAT_OK && info->quartiles_allowed &&
                data->polarity != LADDER_POLARITY_NONE;
  if (ladder_stats_england_value (dataset, measure, period, &data->england) != LADDER_STAT_OK)
    data->england = NAN;
  data->neighbours = ladder_stats_neighbour_average (dataset, measure, council, period);
  return g_steal_pointer (&data);
}

void
ladder_distribution_data_free (LadderDistributionData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->dataset, ladder_dataset_unref);
  g_free (data->measure_name);
  g_free (data->council_name);
  g_free (data->values);
  g_free (data->names);
  g_clear_pointer (&data->texts, g_string_chunk_free);
  g_free (data);
}

/**
 * ladder_distribution_data_summary:
 * @data: the figures
 *
 * Returns: (transfer full): what the distribution chart shows, in plain
 *   English.
 */
char *
ladder_distribution_data_summary (const LadderDistributionData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (isnan (data->council_value))
    g_string_printf (out, "%s: in %s %s has no figure.", data->measure_name, data->period_label, data->council_name);
  else
    {
      g_string_printf (out, "%s: in %s %s was %.*f", data->measure_name, data->period_label, data->council_name,
                       data->decimals, data->council_value);
      if (data->rank.status == LADDER_STAT_OK)
        g_string_append_printf (out, ", rank %u of %u", data->rank.rank, data->rank.n);
      if (data->band != LADDER_BAND_NONE)
        g_string_append_printf (out, ", band %c", ladder_band_to_char (data->band));
      g_string_append_printf (out, " (%s).", ladder_polarity_describe (data->polarity));
    }
  if (data->quartiles.status == LADDER_STAT_OK)
    g_string_append_printf (out, " The middle half of the %u councils with a figure were between %.*f and %.*f.",
                            data->quartiles.n, data->decimals, data->quartiles.q1, data->decimals,
                            data->quartiles.q3);
  if (!isnan (data->england))
    g_string_append_printf (out, " England’s figure was %.*f.", data->decimals, data->england);
  if (data->neighbours.status == LADDER_STAT_OK)
    g_string_append_printf (out, " The neighbours’ average was %.*f (%u of %u reporting%s).", data->decimals,
                            data->neighbours.mean, data->neighbours.n_reporting, data->neighbours.n_neighbours,
                            data->neighbours.thin ? ", too few for a fair comparison" : "");
  return g_string_free (g_steal_pointer (&out), FALSE);
}
