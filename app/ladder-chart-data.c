/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The numbers a chart shows, computed once from the dataset: plain arrays
 * with every missing point explicit, for the painters, tables and
 * summaries alike. */
#include "config.h"

#include <math.h>

#include <gio/gio.h>

#include "ladder-chart-data.h"

/**
 * ladder_chart_figure:
 * @dataset: the data
 * @measure: a measure
 * @area: an area
 * @period: a period
 * @state: (out) (optional): what the cell holds, and so why a figure is missing
 * @source: (out) (optional): the file the figure came from
 *
 * Returns: the figure, or NAN when there is none.
 */
double
ladder_chart_figure (LadderDataset   *dataset,
                     guint            measure,
                     guint            area,
                     guint            period,
                     LadderCellState *state,
                     guint           *source)
{
  double value = NAN;
  LadderCellState found = ladder_dataset_lookup (dataset, measure, area, period, &value, source);

  if (state != NULL)
    *state = found;
  return found == LADDER_CELL_VALUE ? value : NAN;
}

/**
 * ladder_chart_measure_title:
 * @measure: a measure
 *
 * Returns: what a chart calls the measure: its chart title, else its name,
 *   else its code.
 */
const char *
ladder_chart_measure_title (const LadderMeasure *measure)
{
  return measure->chart_title != NULL ? measure->chart_title
         : measure->name != NULL ? measure->name : measure->code;
}

/* More places than this are arithmetic's noise, not the publisher's. */
#define MAX_INFERRED_DECIMALS 3

/* The fewest decimal places that write @value as published: a figure
 * published as 33.3 and read as 33.299999999999997 has one. */
static int
places_of (double value)
{
  for (int places = 0; places < MAX_INFERRED_DECIMALS; places++)
    {
      double scaled = value * pow (10, places);

      if (fabs (scaled - round (scaled)) < 1e-6)
        return places;
    }
  return MAX_INFERRED_DECIMALS;
}

/**
 * ladder_chart_measure_decimals:
 * @dataset: the data
 * @measure: a measure
 *
 * The dictionary's decimal places for the measure. Most LAIT measures
 * leave them out ("NA"); then the places the councils' own figures are
 * published with, so that a measure of whole numbers reads "85", not
 * "85.0". One place when there are no figures to go by.
 *
 * Returns: how many decimal places to show.
 */
int
ladder_chart_measure_decimals (LadderDataset *dataset,
                               guint          measure)
{
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  guint periods[LADDER_CHART_MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, LADDER_CHART_MAX_PERIODS),
                 LADDER_CHART_MAX_PERIODS);
  guint n_areas = ladder_dataset_get_n_areas (dataset);
  int places = -1;

  if (info->decimals >= 0)
    return info->decimals;
  for (guint p = 0; p < n && places < MAX_INFERRED_DECIMALS; p++)
    for (guint a = 0; a < n_areas && places < MAX_INFERRED_DECIMALS; a++)
      {
        double value;

        /* Averages for regions and England are the Department's own
         * arithmetic: the councils' figures set the convention. */
        if (ladder_dataset_get_area (dataset, a)->kind != LADDER_AREA_COUNCIL)
          continue;
        value = ladder_chart_figure (dataset, measure, a, periods[p], NULL, NULL);
        if (!isnan (value))
          places = MAX (places, places_of (value));
      }
  return places >= 0 ? places : 1;
}

/* The neighbours' lowest and highest figures: the band the chart shades. */
static void
neighbour_range (LadderDataset    *dataset,
                 guint             measure,
                 guint             council,
                 LadderTrendPoint *point)
{
  const LadderNeighbour *neighbours;
  guint n = ladder_dataset_get_neighbours (dataset, council, &neighbours);

  point->range_low = point->range_high = NAN;
  for (guint i = 0; i < LADDER_MAX_NEIGHBOURS; i++)
    point->each[i] = NAN;
  for (guint i = 0; i < MIN (n, LADDER_MAX_NEIGHBOURS); i++)
    {
      double value = ladder_chart_figure (dataset, measure, neighbours[i].area, point->period, NULL, NULL);

      point->each[i] = value;
      if (isnan (value))
        continue;
      point->range_low = isnan (point->range_low) ? value : MIN (point->range_low, value);
      point->range_high = isnan (point->range_high) ? value : MAX (point->range_high, value);
    }
}

/**
 * ladder_trend_data_new:
 * @dataset: the data
 * @measure: a measure
 * @council: a council
 * @median: use the neighbours' median rather than their mean
 * @error: return location for an error saying why there is nothing to draw
 *
 * Gathers every period of @measure: the council, its neighbours' average
 * (with the number reporting and their range), its region and England.
 * Periods are placed on the x axis at the middle of the years they cover,
 * so a gap of two years looks like one.
 *
 * Returns: (transfer full) (nullable): the figures.
 */
LadderTrendData *
ladder_trend_data_new (LadderDataset  *dataset,
                       guint           measure,
                       guint           council,
                       gboolean        median,
                       GError        **error)
{
  g_autoptr(LadderTrendData) data = g_new0 (LadderTrendData, 1);
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  LadderArea *area = ladder_dataset_get_area (dataset, council);
  guint periods[LADDER_CHART_MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, LADDER_CHART_MAX_PERIODS),
                 LADDER_CHART_MAX_PERIODS);
  gboolean any = FALSE;

  data->dataset = ladder_dataset_ref (dataset);
  data->measure_code = g_strdup (info->code);
  data->measure_name = g_strdup (ladder_chart_measure_title (info));
  data->axis_label = g_strdup (info->axis_label);
  data->decimals = ladder_chart_measure_decimals (dataset, measure);
  data->polarity = info->polarity;
  data->council_name = g_strdup (area->name);
  data->median = median;
  data->points = g_new0 (LadderTrendPoint, n);
  {
    const LadderNeighbour *neighbours;

    data->n_neighbours = MIN (ladder_dataset_get_neighbours (dataset, council, &neighbours), LADDER_MAX_NEIGHBOURS);
    for (guint i = 0; i < data->n_neighbours; i++)
      data->neighbour_names[i] = ladder_dataset_get_area (dataset, neighbours[i].area)->name;
  }

  for (guint i = 0; i < n; i++)
    {
      LadderTrendPoint *point = &data->points[data->n_points];
      LadderPeriod *period = ladder_dataset_get_period (dataset, periods[i]);
      LadderNeighbourAverage average = ladder_stats_neighbour_average (dataset, measure, council, periods[i]);
      guint region, source = 0;
      double value;

      /* A label that cannot be placed in time cannot be plotted truthfully. */
      if (period->start_year == 0)
        continue;
      point->period = periods[i];
      point->label = period->label;
      point->x = period->start_year + (MAX (period->span, 1) - 1) / 2.0;
      point->flags = period->flags;
      point->values[LADDER_SERIES_COUNCIL] = ladder_chart_figure (dataset, measure, council, periods[i],
                                                            &point->council_state, &source);
      if (!isnan (point->values[LADDER_SERIES_COUNCIL]))
        point->source = ladder_dataset_get_source (dataset, source);
      {
        guint flags = ladder_dataset_get_cell_flags (dataset, measure, council, periods[i]);

        point->council_joint = (flags & LADDER_CELL_FLAG_JOINT) != 0;
        /* A figure an EES version marks provisional or revised is shown as
         * LAIT's "(prov)" and "(Rev)" periods are. */
        if (flags & LADDER_CELL_FLAG_PROVISIONAL)
          point->flags |= LADDER_PERIOD_PROVISIONAL;
        if (flags & LADDER_CELL_FLAG_REVISED)
          point->flags |= LADDER_PERIOD_REVISED;
      }
      point->values[LADDER_SERIES_NEIGHBOURS] = average.status != LADDER_STAT_OK ? NAN
                                                : median ? average.median : average.mean;
      point->neighbours_other = average.status != LADDER_STAT_OK ? NAN : median ? average.mean : average.median;
      point->thin = average.status == LADDER_STAT_OK && average.thin;
      point->n_reporting = average.n_reporting;
      point->n_neighbours = average.n_neighbours;
      point->values[LADDER_SERIES_REGION] =
        ladder_stats_region_value (dataset, measure, council, periods[i], &region, &value) == LADDER_STAT_OK
          ? value : NAN;
      if (!isnan (point->values[LADDER_SERIES_REGION]) && data->region_name == NULL)
        data->region_name = g_strdup (ladder_dataset_get_area (dataset, region)->name);
      point->values[LADDER_SERIES_ENGLAND] =
        ladder_stats_england_value (dataset, measure, periods[i], &value) == LADDER_STAT_OK ? value : NAN;
      neighbour_range (dataset, measure, council, point);
      for (guint s = 0; s < LADDER_N_SERIES; s++)
        any |= !isnan (point->values[s]);
      data->n_points++;
    }
  /* How the council has moved, up to its latest figure. */
  data->trend.status = data->gap.status = LADDER_STAT_NO_FIGURE;
  for (int i = (int) data->n_points - 1; i >= 0; i--)
    if (!isnan (data->points[i].values[LADDER_SERIES_COUNCIL]))
      {
        data->trend = ladder_stats_trend (dataset, measure, council, data->points[i].period);
        data->gap = ladder_stats_gap_trend (dataset, measure, council, data->points[i].period);
        break;
      }
  if (!any)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There are no figures for %s in %s, "
                   "its neighbours, its region or England", area->name, data->measure_name);
      return NULL;
    }
  return g_steal_pointer (&data);
}

void
ladder_trend_data_free (LadderTrendData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->dataset, ladder_dataset_unref);
  g_free (data->measure_code);
  g_free (data->measure_name);
  g_free (data->axis_label);
  g_free (data->council_name);
  g_free (data->region_name);
  g_free (data->points);
  g_free (data);
}

/**
 * ladder_trend_data_format:
 * @data: the figures
 * @value: one of them
 *
 * Returns: (transfer full): @value to the measure's decimal places, or
 *   "no figure".
 */
char *
ladder_trend_data_format (const LadderTrendData *data,
                          double                 value)
{
  if (isnan (value))
    return g_strdup ("no figure");
  return g_strdup_printf ("%.*f", data->decimals, value);
}

/**
 * ladder_series_get_name:
 * @data: the figures
 * @series: a series
 *
 * Returns: what the series is, for legends, tables and summaries.
 */
const char *
ladder_series_get_name (const LadderTrendData *data,
                        LadderSeries           series)
{
  switch (series)
    {
    case LADDER_SERIES_COUNCIL:
      return data->council_name;
    case LADDER_SERIES_NEIGHBOURS:
      return data->median ? "Neighbours’ median" : "Neighbours’ average";
    case LADDER_SERIES_REGION:
      return data->region_name != NULL ? data->region_name : "Region";
    case LADDER_SERIES_ENGLAND:
    default:
      return "England";
    }
}

static int
last_with (const LadderTrendData *data,
           LadderSeries           series,
           int                    before)
{
  for (int i = MIN (before, (int) data->n_points) - 1; i >= 0; i--)
    if (!isnan (data->points[i].values[series]))
      return i;
  return -1;
}

/**
 * ladder_trend_data_summary:
 * @data: the figures
 *
 * Returns: (transfer full): one or two plain sentences saying what the
 *   chart shows, from the same numbers: the council's first and latest
 *   figures, and the neighbours (with how many report), region and England
 *   in the council's latest period.
 */
char *
ladder_trend_data_summary (const LadderTrendData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int latest = last_with (data, LADDER_SERIES_COUNCIL, data->n_points);
  int first = -1;

  for (guint i = 0; i < data->n_points && first < 0; i++)
    if (!isnan (data->points[i].values[LADDER_SERIES_COUNCIL]))
      first = (int) i;
  if (latest < 0)
    {
      g_string_printf (out, "%s has no figures for %s.", data->council_name, data->measure_name);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  {
    const LadderTrendPoint *end = &data->points[latest];
    g_autofree char *now = ladder_trend_data_format (data, end->values[LADDER_SERIES_COUNCIL]);

    if (first == latest)
      g_string_printf (out, "%s: %s was %s in %s", data->measure_name, data->council_name, now, end->label);
    else
      {
        const LadderTrendPoint *start = &data->points[first];
        g_autofree char *then = ladder_trend_data_format (data, start->values[LADDER_SERIES_COUNCIL]);
        double change = end->values[LADDER_SERIES_COUNCIL] - start->values[LADDER_SERIES_COUNCIL];
        const char *verb = fabs (change) < pow (10, -data->decimals) / 2 ? "stayed at"
                           : change > 0 ? "rose from" : "fell from";

        if (g_str_equal (verb, "stayed at"))
          g_string_printf (out, "%s: %s stayed at %s from %s to %s", data->measure_name, data->council_name,
                           now, start->label, end->label);
        else
          g_string_printf (out, "%s: %s %s %s in %s to %s in %s", data->measure_name, data->council_name,
                           verb, then, start->label, now, end->label);
      }
    g_string_append (out, ".");
    if (data->trend.status == LADDER_STAT_OK && data->trend.n_periods >= 3)
      {
        g_autofree char *slope = g_strdup_printf ("%.*f", data->decimals + 1, fabs (data->trend.slope));

        g_string_append_printf (out, " Over its last %u periods the figure %s by about %s a year.",
                                data->trend.n_periods, data->trend.slope >= 0 ? "rose" : "fell", slope);
      }

    /* The comparators in the same period, so the comparison is fair. */
    if (!isnan (end->values[LADDER_SERIES_NEIGHBOURS]))
      {
        g_autofree char *average = ladder_trend_data_format (data, end->values[LADDER_SERIES_NEIGHBOURS]);
        g_autofree char *other = ladder_trend_data_format (data, end->neighbours_other);

        g_string_append_printf (out, " In %s the neighbours’ %s was %s (%s %s; %u of %u reporting%s)", end->label,
                                data->median ? "median" : "average", average, data->median ? "average" : "median",
                                other, end->n_reporting, end->n_neighbours,
                                end->thin ? ", too few for a fair comparison" : "");
      }
    else
      g_string_append_printf (out, " In %s no neighbour figure was available", end->label);
    if (!isnan (end->values[LADDER_SERIES_REGION]))
      {
        g_autofree char *region = ladder_trend_data_format (data, end->values[LADDER_SERIES_REGION]);

        g_string_append_printf (out, ", %s %s", data->region_name, region);
      }
    if (!isnan (end->values[LADDER_SERIES_ENGLAND]))
      {
        g_autofree char *england = ladder_trend_data_format (data, end->values[LADDER_SERIES_ENGLAND]);

        g_string_append_printf (out, " and England %s", england);
      }
    g_string_append (out, ".");
    if (data->gap.status == LADDER_STAT_OK)
      {
        g_autofree char *first = ladder_trend_data_format (data, fabs (data->gap.first_gap));
        g_autofree char *last = ladder_trend_data_format (data, fabs (data->gap.last_gap));

        g_string_append_printf (out, " Over the last %u periods the gap to the neighbours’ average %s, from %s "
                                "%s it to %s %s it.", data->gap.n_periods,
                                (data->gap.first_gap < 0) != (data->gap.last_gap < 0) ? "moved"
                                : data->gap.direction == LADDER_GAP_NARROWING ? "narrowed"
                                : data->gap.direction == LADDER_GAP_WIDENING ? "widened" : "held steady",
                                first, data->gap.first_gap < 0 ? "below" : "above",
                                last, data->gap.last_gap < 0 ? "below" : "above");
      }
    if (latest + 1 < (int) data->n_points)
      g_string_append_printf (out, " There is no figure for %s in %s (%s).", data->council_name,
                              data->points[data->n_points - 1].label,
                              ladder_cell_state_to_string (data->points[data->n_points - 1].council_state));
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
