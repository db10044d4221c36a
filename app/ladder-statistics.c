/* SPDX-License-Identifier: GPL-3.0-or-later */
/* LAIT's comparisons for one council, measure and period, and the ones LAIT
 * lacks. Every result says why when it cannot be computed. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-statistics.h"

#define MAX_PERIODS 256

static gboolean
figure (LadderDataset *dataset,
        guint          measure,
        guint          area,
        guint          period,
        double        *value)
{
  return ladder_dataset_lookup (dataset, measure, area, period, value, NULL) == LADDER_CELL_VALUE;
}

static LadderPolarity
polarity_of (LadderDataset *dataset,
             guint          measure)
{
  return ladder_dataset_get_measure (dataset, measure)->polarity;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* A joint return's figure is given to each council it covers, but is one
 * return: it counts once in an average, a rank or the quartiles. TRUE when
 * @value is a joint figure already counted; otherwise it is now. Two joint
 * returns with exactly the same figure would count once between them. */
static gboolean
joint_counted (LadderDataset *dataset,
               guint          measure,
               guint          area,
               guint          period,
               double         value,
               GArray        *joint_seen)
{
  if ((ladder_dataset_get_cell_flags (dataset, measure, area, period) & LADDER_CELL_FLAG_JOINT) == 0)
    return FALSE;
  for (guint i = 0; i < joint_seen->len; i++)
    if (g_array_index (joint_seen, double, i) == value)
      return TRUE;
  g_array_append_val (joint_seen, value);
  return FALSE;
}

/* Figures of every council (not region or England) for one period, a
 * joint return once. */
static GArray *
council_figures (LadderDataset *dataset,
                 guint          measure,
                 guint          period)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) joint_seen = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    {
      double value;

      if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_COUNCIL &&
          figure (dataset, measure, a, period, &value) &&
          !joint_counted (dataset, measure, a, period, value, joint_seen))
        g_array_append_val (values, value);
    }
  return values;
}

/* Excel's QUARTILE.INC and R's default quantile: linear interpolation
 * between order statistics of sorted @values. */
static double
quantile (const double *values,
          guint         n,
          double        p)
{
  double h = (n - 1) * p;
  guint lower = (guint) floor (h);

  if (lower + 1 >= n)
    return values[n - 1];
  return values[lower] + (h - lower) * (values[lower + 1] - values[lower]);
}

/**
 * ladder_stats_neighbour_average:
 * @dataset: a dataset with neighbours
 * @measure: a measure
 * @council: a council
 * @period: a period
 *
 * The mean and median of the figures of the council's statistical
 * neighbours that have one, with how many do. Unlike LAIT, the number
 * reporting is always given and a thin comparison (fewer than half) flagged.
 *
 * Returns: the average.
 */
LadderNeighbourAverage
ladder_stats_neighbour_average (LadderDataset *dataset,
                                guint          measure,
                                guint          council,
                                guint          period)
{
  LadderNeighbourAverage result = { 0 };
  const LadderNeighbour *neighbours;
  double values[LADDER_MAX_NEIGHBOURS];
  double sum = 0, own;
  g_autoptr(GArray) joint_seen = g_array_new (FALSE, FALSE, sizeof (double));

  if (ladder_dataset_get_area (dataset, council)->kind != LADDER_AREA_COUNCIL)
    {
      result.status = LADDER_STAT_NOT_A_COUNCIL;
      return result;
    }
  result.n_neighbours = ladder_dataset_get_neighbours (dataset, council, &neighbours);
  if (result.n_neighbours == 0)
    {
      result.status = LADDER_STAT_NO_NEIGHBOURS;
      return result;
    }
  /* A neighbour that shares the council's own joint return is the council
   * itself; two that share one count once. */
  if (figure (dataset, measure, council, period, &own))
    joint_counted (dataset, measure, council, period, own, joint_seen);
  for (guint i = 0; i < result.n_neighbours; i++)
    if (figure (dataset, measure, neighbours[i].area, period, &values[result.n_reporting]) &&
        !joint_counted (dataset, measure, neighbours[i].area, period, values[result.n_reporting], joint_seen))
      sum += values[result.n_reporting++];
  if (result.n_reporting == 0)
    {
      result.status = LADDER_STAT_NONE_REPORTING;
      return result;
    }
  qsort (values, result.n_reporting, sizeof (double), compare_doubles);
  result.mean = sum / result.n_reporting;
  result.median = quantile (values, result.n_reporting, 0.5);
  result.thin = result.n_reporting * 2 < result.n_neighbours;
  result.status = LADDER_STAT_OK;
  return result;
}

/* The region named @name: LAIT's table names the halves of London
 * "London (Inner)" and "London (Outer)" in its rows and "Inner London" in
 * its Region column, as Explore Education Statistics does everywhere; either
 * finds the one area, whatever its source called it. */
static gboolean
find_region_area (LadderDataset *dataset,
                  const char    *name,
                  guint         *region)
{
  static const char * const aliases[][2] = {
    { "Outer London", "London (Outer)" }, { "Inner London", "London (Inner)" },
  };
  const char *other = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    for (guint side = 0; side < 2; side++)
      if (g_ascii_strcasecmp (name, aliases[i][side]) == 0)
        other = aliases[i][1 - side];
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    {
      LadderArea *area = ladder_dataset_get_area (dataset, a);

      if (area->kind == LADDER_AREA_REGION &&
          (g_ascii_strcasecmp (area->name, name) == 0 ||
           (other != NULL && g_ascii_strcasecmp (area->name, other) == 0)))
        {
          *region = a;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ladder_stats_region_area:
 * @dataset: a dataset
 * @measure: a measure
 * @council: a council
 * @region: (out): the region whose figures stand for the council's
 *
 * The region a council is compared with for one indicator, the same in
 * every period so that its line is one place under one name. As in LAIT, a
 * London borough is compared with Inner or Outer London, or with all London
 * when that half has no figure in the indicator's latest period.
 *
 * Returns: %LADDER_STAT_OK, or %LADDER_STAT_NO_REGION.
 */
LadderStatStatus
ladder_stats_region_area (LadderDataset *dataset,
                          guint          measure,
                          guint          council,
                          guint         *region)
{
  const char *name = ladder_dataset_get_area (dataset, council)->region;
  guint latest, london;
  double value;

  if (name == NULL || !find_region_area (dataset, name, region))
    return LADDER_STAT_NO_REGION;
  if (ladder_stats_latest_period (dataset, measure, &latest) &&
      !figure (dataset, measure, *region, latest, &value) &&
      g_strstr_len (ladder_dataset_get_area (dataset, *region)->name, -1, "London") != NULL &&
      find_region_area (dataset, "London", &london) && london != *region &&
      figure (dataset, measure, london, latest, &value))
    *region = london;
  return LADDER_STAT_OK;
}

/**
 * ladder_stats_region_value:
 * @dataset: a dataset
 * @measure: a measure
 * @council: a council
 * @period: a period
 * @region: (out): the region whose figure was used
 * @value: (out): its figure
 *
 * The figure of the council's region, as ladder_stats_region_area()
 * chooses it.
 *
 * Returns: %LADDER_STAT_OK, or why there is no figure.
 */
LadderStatStatus
ladder_stats_region_value (LadderDataset *dataset,
                           guint          measure,
                           guint          council,
                           guint          period,
                           guint         *region,
                           double        *value)
{
  if (ladder_stats_region_area (dataset, measure, council, region) != LADDER_STAT_OK ||
      !figure (dataset, measure, *region, period, value))
    return LADDER_STAT_NO_REGION;
  return LADDER_STAT_OK;
}

/**
 * ladder_stats_england_value:
 * @dataset: a dataset
 * @measure: a measure
 * @period: a period
 * @value: (out): England's figure
 *
 * Returns: %LADDER_STAT_OK, or %LADDER_STAT_NO_ENGLAND.
 */
LadderStatStatus
ladder_stats_england_value (LadderDataset *dataset,
                            guint          measure,
                            guint          period,
                            double        *value)
{
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_ENGLAND)
      return figure (dataset, measure, a, period, value) ? LADDER_STAT_OK : LADDER_STAT_NO_ENGLAND;
  return LADDER_STAT_NO_ENGLAND;
}

/**
 * ladder_stats_rank:
 * @dataset: a dataset
 * @measure: a measure with a polarity
 * @council: a council
 * @period: a period
 *
 * The council's place among councils with a figure, 1 being best; councils
 * with equal figures share the best place (1, 2, 2, 4). Always given with
 * how many were ranked ("67 of 151").
 *
 * Returns: the rank.
 */
LadderRank
ladder_stats_rank (LadderDataset *dataset,
                   guint          measure,
                   guint          council,
                   guint          period)
{
  LadderRank result = { 0 };
  LadderPolarity polarity = polarity_of (dataset, measure);
  g_autoptr(GArray) values = NULL;
  double own;

  if (ladder_dataset_get_area (dataset, council)->kind != LADDER_AREA_COUNCIL)
    result.status = LADDER_STAT_NOT_A_COUNCIL;
  else if (polarity == LADDER_POLARITY_NONE)
    result.status = LADDER_STAT_NO_POLARITY;
  else if (!figure (dataset, measure, council, period, &own))
    result.status = LADDER_STAT_NO_FIGURE;
  if (result.status != LADDER_STAT_OK)
    return result;

  values = council_figures (dataset, measure, period);
  result.n = values->len;
  result.rank = 1;
  for (guint i = 0; i < values->len; i++)
    {
      double other = g_array_index (values, double, i);

      if (polarity == LADDER_POLARITY_HIGH ? other > own : other < own)
        result.rank++;
    }
  return result;
}

/**
 * ladder_stats_quartiles:
 * @dataset: a dataset
 * @measure: a measure
 * @period: a period
 *
 * Minimum, quartiles (as Excel's QUARTILE.INC) and maximum of every
 * council's figure, as LAIT computes them, small authorities included.
 *
 * Returns: the cut points.
 */
LadderQuartiles
ladder_stats_quartiles (LadderDataset *dataset,
                        guint          measure,
                        guint          period)
{
  LadderQuartiles result = { 0 };
  g_autoptr(GArray) values = council_figures (dataset, measure, period);
  const double *v = (const double *) values->data;

  result.n = values->len;
  if (result.n == 0)
    {
      result.status = LADDER_STAT_NO_COUNCILS;
      return result;
    }
  qsort (values->data, values->len, sizeof (double), compare_doubles);
  result.min = v[0];
  result.q1 = quantile (v, result.n, 0.25);
  result.median = quantile (v, result.n, 0.5);
  result.q3 = quantile (v, result.n, 0.75);
  result.max = v[result.n - 1];
  return result;
}

/**
 * ladder_stats_band:
 * @dataset: a dataset
 * @measure: a measure
 * @council: a council
 * @period: a period
 * @status: (out) (optional): why there is no band
 *
 * The council's quartile band, A best to D worst, assigned exactly as LAIT
 * does: a figure on a cut point belongs to the band below it in value.
 *
 * Returns: the band, or %LADDER_BAND_NONE.
 */
LadderBand
ladder_stats_band (LadderDataset    *dataset,
                   guint             measure,
                   guint             council,
                   guint             period,
                   LadderStatStatus *status)
{
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  LadderStatStatus why = LADDER_STAT_OK;
  LadderQuartiles q;
  double v;

  if (ladder_dataset_get_area (dataset, council)->kind != LADDER_AREA_COUNCIL)
    why = LADDER_STAT_NOT_A_COUNCIL;
  else if (info->polarity == LADDER_POLARITY_NONE)
    why = LADDER_STAT_NO_POLARITY;
  else if (!info->quartiles_allowed)
    why = LADDER_STAT_QUARTILES_OFF;
  else if (!figure (dataset, measure, council, period, &v))
    why = LADDER_STAT_NO_FIGURE;
  if (status != NULL)
    *status = why;
  if (why != LADDER_STAT_OK)
    return LADDER_BAND_NONE;

  q = ladder_stats_quartiles (dataset, measure, period);
  return ladder_stats_band_of_value (&q, info->polarity, v);
}

/**
 * ladder_stats_quarter_of_value:
 * @quartiles: the period's quartiles
 * @value: a figure
 *
 * Returns: which quarter of the councils' figures @value is in, 0 for the
 *   lowest and 3 for the highest; a figure on a cut point joins the
 *   quarter below, as the bands have it.
 */
int
ladder_stats_quarter_of_value (const LadderQuartiles *quartiles,
                               double                 value)
{
  return value <= quartiles->q1 ? 0 : value <= quartiles->median ? 1 : value <= quartiles->q3 ? 2 : 3;
}

/**
 * ladder_stats_band_of_value:
 * @quartiles: the period's quartiles
 * @polarity: which way is better
 * @value: a figure
 *
 * Returns: the band a figure falls in, by the same rule as
 *   ladder_stats_band(): a figure on a cut point joins the band below it.
 */
LadderBand
ladder_stats_band_of_value (const LadderQuartiles *quartiles,
                            LadderPolarity         polarity,
                            double                 value)
{
  int quarter = ladder_stats_quarter_of_value (quartiles, value);

  if (polarity == LADDER_POLARITY_NONE || quartiles->status != LADDER_STAT_OK)
    return LADDER_BAND_NONE;
  return polarity == LADDER_POLARITY_LOW ? LADDER_BAND_A + quarter : LADDER_BAND_D - quarter;
}

/**
 * ladder_stats_band_range:
 * @quartiles: the cut points
 * @polarity: the measure's polarity
 * @band: a band
 * @decimals: decimal places to show (negative for the default of one)
 *
 * The range of figures in a band, as LAIT labels it, best end first, but
 * with LAIT's off-by-one in the high-polarity band C corrected.
 *
 * Returns: (transfer full): e.g. "14.1 to 15.2".
 */
char *
ladder_stats_band_range (const LadderQuartiles *q,
                         LadderPolarity         polarity,
                         LadderBand             band,
                         int                    decimals)
{
  int d = decimals < 0 ? 1 : decimals;
  double step = pow (10, -d);
  double low = 0, high = 0;

/* Round as shown, so "+ step" starts the next band at the next shown value. */
#define R(x) (round ((x) / step) * step)
  if (polarity == LADDER_POLARITY_LOW)
    switch (band)
      {
      case LADDER_BAND_A: low = R (q->min), high = R (q->q1); break;
      case LADDER_BAND_B: low = R (q->q1) + step, high = R (q->median); break;
      case LADDER_BAND_C: low = R (q->median) + step, high = R (q->q3); break;
      case LADDER_BAND_D: low = R (q->q3) + step, high = R (q->max); break;
      case LADDER_BAND_NONE:
      default: return g_strdup ("");
      }
  else
    switch (band)
      {
      case LADDER_BAND_A: low = R (q->max), high = R (q->q3) + step; break;
      case LADDER_BAND_B: low = R (q->q3), high = R (q->median) + step; break;
      case LADDER_BAND_C: low = R (q->median), high = R (q->q1) + step; break;
      case LADDER_BAND_D: low = R (q->q1), high = R (q->min); break;
      case LADDER_BAND_NONE:
      default: return g_strdup ("");
      }
#undef R
  return g_strdup_printf ("%.*f to %.*f", d, low, d, high);
}

static int
period_family (LadderPeriodKind kind)
{
  switch (kind)
    {
    case LADDER_PERIOD_CALENDAR: return 1;
    case LADDER_PERIOD_SPLIT_YEAR:
    case LADDER_PERIOD_ACADEMIC:
    case LADDER_PERIOD_FINANCIAL: return 2;
    case LADDER_PERIOD_ROLLING: return 3;
    case LADDER_PERIOD_UNKNOWN:
    default: return 0;
    }
}

/* Final figures over revised over plain over provisional. */
static int
flag_preference (LadderPeriodFlags flags)
{
  if (flags & LADDER_PERIOD_FINAL)
    return 3;
  if (flags & LADDER_PERIOD_REVISED)
    return 2;
  if (flags & LADDER_PERIOD_PROVISIONAL)
    return 0;
  return 1;
}

/**
 * ladder_stats_previous_period:
 * @dataset: a dataset
 * @measure: a measure
 * @period: a period of that measure
 * @previous: (out): the period before it
 *
 * The period a change should be measured from: the year before, of the same
 * kind and length. For pooled periods ("2015-17") it is the one just before
 * that does not overlap ("2012-14"), since overlapping periods share years.
 * LAIT takes whatever period comes next in the list, however far back.
 *
 * Returns: %TRUE when the measure has that period.
 */
gboolean
ladder_stats_previous_period (LadderDataset *dataset,
                              guint          measure,
                              guint          period,
                              guint         *previous)
{
  LadderPeriod current = *ladder_dataset_get_period (dataset, period);
  guint periods[MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, MAX_PERIODS), MAX_PERIODS);
  int family = period_family (current.kind);
  int target;
  int best = -1;

  if (family == 0)
    return FALSE;
  target = current.start_year - (current.kind == LADDER_PERIOD_ROLLING ? current.span : 1);
  for (guint i = 0; i < n; i++)
    {
      LadderPeriod *candidate = ladder_dataset_get_period (dataset, periods[i]);

      if (period_family (candidate->kind) != family || candidate->span != current.span ||
          candidate->start_year != target ||
          (candidate->flags & LADDER_PERIOD_OUTTURN) != (current.flags & LADDER_PERIOD_OUTTURN))
        continue;
      if (best < 0 || flag_preference (candidate->flags) >
                      flag_preference (ladder_dataset_get_period (dataset, best)->flags))
        best = periods[i];
    }
  if (best < 0)
    return FALSE;
  *previous = best;
  return TRUE;
}

static gboolean
is_improvement (LadderPolarity polarity,
                double         change)
{
  return (polarity == LADDER_POLARITY_HIGH && change > 0) ||
         (polarity == LADDER_POLARITY_LOW && change < 0);
}

/**
 * ladder_stats_change:
 * @dataset: a dataset
 * @measure: a measure
 * @area: any area
 * @period: a period
 *
 * The change since the previous consecutive period (see
 * ladder_stats_previous_period()); none when that period is missing.
 *
 * Returns: the change.
 */
LadderChange
ladder_stats_change (LadderDataset *dataset,
                     guint          measure,
                     guint          area,
                     guint          period)
{
  LadderChange result = { 0 };
  double now, before;

  if (!figure (dataset, measure, area, period, &now))
    result.status = LADDER_STAT_NO_FIGURE;
  else if (!ladder_stats_previous_period (dataset, measure, period, &result.previous) ||
           !figure (dataset, measure, area, result.previous, &before))
    result.status = LADDER_STAT_NO_PREVIOUS;
  if (result.status != LADDER_STAT_OK)
    return result;
  result.change = now - before;
  result.improved = is_improvement (polarity_of (dataset, measure), result.change);
  return result;
}

/* Walk back through consecutive periods while @area has figures; fills
 * oldest first and returns how many. */
static guint
consecutive_run (LadderDataset *dataset,
                 guint          measure,
                 guint          area,
                 guint          period,
                 guint          run[LADDER_MAX_TREND_PERIODS])
{
  guint newest_first[LADDER_MAX_TREND_PERIODS];
  guint n = 0;
  double value;

  while (n < LADDER_MAX_TREND_PERIODS && figure (dataset, measure, area, period, &value))
    {
      newest_first[n++] = period;
      if (!ladder_stats_previous_period (dataset, measure, period, &period))
        break;
    }
  for (guint i = 0; i < n; i++)
    run[i] = newest_first[n - 1 - i];
  return n;
}

/**
 * ladder_stats_trend:
 * @dataset: a dataset
 * @measure: a measure
 * @area: any area
 * @period: the latest period of the trend
 *
 * The trend over up to five consecutive periods ending at @period: the
 * least-squares slope per year and how many of the latest changes in a row
 * were improvements. LAIT only shows the last change.
 *
 * Returns: the trend.
 */
LadderTrend
ladder_stats_trend (LadderDataset *dataset,
                    guint          measure,
                    guint          area,
                    guint          period)
{
  LadderTrend result = { 0 };
  LadderPolarity polarity = polarity_of (dataset, measure);
  guint run[LADDER_MAX_TREND_PERIODS];
  double x[LADDER_MAX_TREND_PERIODS], y[LADDER_MAX_TREND_PERIODS];
  double mean_x = 0, mean_y = 0, sxy = 0, sxx = 0;

  result.n_periods = consecutive_run (dataset, measure, area, period, run);
  if (result.n_periods < 2)
    {
      result.status = result.n_periods == 0 ? LADDER_STAT_NO_FIGURE : LADDER_STAT_TOO_FEW_PERIODS;
      return result;
    }
  for (guint i = 0; i < result.n_periods; i++)
    {
      x[i] = ladder_dataset_get_period (dataset, run[i])->start_year;
      figure (dataset, measure, area, run[i], &y[i]);
      mean_x += x[i] / result.n_periods;
      mean_y += y[i] / result.n_periods;
    }
  for (guint i = 0; i < result.n_periods; i++)
    {
      sxy += (x[i] - mean_x) * (y[i] - mean_y);
      sxx += (x[i] - mean_x) * (x[i] - mean_x);
    }
  result.slope = sxx > 0 ? sxy / sxx : 0;
  for (guint i = result.n_periods - 1; i > 0 && is_improvement (polarity, y[i] - y[i - 1]); i--)
    result.years_improving++;
  return result;
}

/**
 * ladder_stats_gap_trend:
 * @dataset: a dataset with neighbours
 * @measure: a measure
 * @council: a council
 * @period: the latest period
 *
 * Whether the gap between the council and its neighbours' mean has narrowed
 * or widened over up to five consecutive periods: the question the 2009
 * evaluation of interventions asked of every council.
 *
 * Returns: the direction and the first and last gaps.
 */
LadderGapTrend
ladder_stats_gap_trend (LadderDataset *dataset,
                        guint          measure,
                        guint          council,
                        guint          period)
{
  LadderGapTrend result = { 0 };
  int decimals = ladder_dataset_get_measure (dataset, measure)->decimals;
  double tolerance = 0.5 * pow (10, -(decimals < 0 ? 1 : decimals));
  guint run[LADDER_MAX_TREND_PERIODS];
  guint n = consecutive_run (dataset, measure, council, period, run);
  double value;

  /* Only periods where the neighbours' mean exists count. */
  for (guint i = 0; i < n; i++)
    {
      LadderNeighbourAverage average = ladder_stats_neighbour_average (dataset, measure, council, run[i]);

      if (average.status != LADDER_STAT_OK)
        {
          if (i == n - 1)
            result.status = average.status;
          result.n_periods = 0;
          continue;
        }
      figure (dataset, measure, council, run[i], &value);
      if (result.n_periods == 0)
        result.first_gap = value - average.mean;
      result.last_gap = value - average.mean;
      result.n_periods++;
    }
  if (result.status != LADDER_STAT_OK)
    return result;
  if (result.n_periods < 2)
    {
      result.status = n == 0 ? LADDER_STAT_NO_FIGURE : LADDER_STAT_TOO_FEW_PERIODS;
      return result;
    }
  if (fabs (result.last_gap) < fabs (result.first_gap) - tolerance)
    result.direction = LADDER_GAP_NARROWING;
  else if (fabs (result.last_gap) > fabs (result.first_gap) + tolerance)
    result.direction = LADDER_GAP_WIDENING;
  else
    result.direction = LADDER_GAP_STEADY;
  return result;
}

/**
 * ladder_stats_latest_period:
 * @dataset: a dataset
 * @measure: a measure
 * @period: (out): its most recent period in which some council has a figure
 *
 * Returns: %FALSE when no council has any figure for the measure.
 */
gboolean
ladder_stats_latest_period (LadderDataset *dataset,
                            guint          measure,
                            guint         *period)
{
  guint periods[MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, MAX_PERIODS), MAX_PERIODS);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GArray) values = council_figures (dataset, measure, periods[i - 1]);

      if (values->len > 0)
        {
          *period = periods[i - 1];
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ladder_stat_status_to_string:
 * @status: a status
 *
 * Returns: why a figure cannot be given, in plain English.
 */
const char *
ladder_stat_status_to_string (LadderStatStatus status)
{
  switch (status)
    {
    case LADDER_STAT_OK: return "";
    case LADDER_STAT_NO_FIGURE: return "there is no figure for this period";
    case LADDER_STAT_NOT_A_COUNCIL: return "only councils are ranked and compared with neighbours";
    case LADDER_STAT_NO_POLARITY: return "the Department does not say whether higher or lower is better";
    case LADDER_STAT_QUARTILES_OFF: return "the Department does not band this measure: its range is too small";
    case LADDER_STAT_NO_NEIGHBOURS: return "no statistical neighbours are loaded for this council";
    case LADDER_STAT_NONE_REPORTING: return "none of the statistical neighbours has a figure";
    case LADDER_STAT_NO_REGION: return "the region has no figure, or the council's region is not known";
    case LADDER_STAT_NO_ENGLAND: return "there is no figure for England";
    case LADDER_STAT_NO_PREVIOUS: return "there is no figure for the period before";
    case LADDER_STAT_TOO_FEW_PERIODS: return "fewer than two years in a row have figures";
    case LADDER_STAT_NO_COUNCILS: return "no council has a figure for this period";
    default: return "unknown";
    }
}

/**
 * ladder_band_to_char:
 * @band: a band
 *
 * Returns: 'A' to 'D', or '-' for no band.
 */
char
ladder_band_to_char (LadderBand band)
{
  return band == LADDER_BAND_NONE ? '-' : 'A' + (band - LADDER_BAND_A);
}
