/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One chart of a council's figures, whatever its kind.
 *
 * A chart holds the figures its painter draws and says the same things in
 * words: a summary sentence, a caption naming the period and the source
 * files, a table of exactly the numbers drawn (the data table beside the
 * chart and the CSV export), and a description of each point a keyboard
 * or pointer can visit. After painting it remembers where the plot went,
 * so that a widget can find the point under the pointer without drawing
 * again. Saving is in ladder-chart-save.c. */
#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "ladder-chart-painter-private.h"
#include "ladder-chart.h"
#include "ladder-sanitise.h"
#include "ladder-snapshot-painter.h"

struct _LadderChart
{
  LadderChartKind         kind;
  LadderTrendData        *trend;
  LadderNeighboursData   *neighbours;
  LadderDistributionData *distribution;
  LadderScorecardData    *scorecard;
  LadderTrendOptions      options;
  LadderChartFrame        frame;
  gboolean                painted;
  char                   *title;
  char                   *summary;
  char                   *caption;
  LadderTable            *table;       /* made when first asked for */
};

static const char * const kind_names[] = { "trend", "neighbours", "distribution", "scorecard" };

gboolean
ladder_chart_kind_from_string (const char      *text,
                               LadderChartKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
ladder_chart_kind_to_string (LadderChartKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

/* The distinct files in @sources, as one phrase: each by its publication
 * and file name where the publication is known. */
static char *
name_sources (LadderDataset *dataset,
              GPtrArray     *sources)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (sources->len == 0)
    return g_strdup ("no file");
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *name = ladder_dataset_describe_source (dataset, sources->pdata[i]);

      if (i > 0)
        g_string_append (out, i + 1 == sources->len ? " and " : ", ");
      g_string_append (out, name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_source (GPtrArray  *sources,
            const char *source)
{
  if (source != NULL && !g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
    g_ptr_array_add (sources, (gpointer) source);
}

#define JOINT_NOTE " A joint return is one set of figures made by several councils together; it counts once among " \
                   "neighbours and in ranks."

/* Whether any figure the chart shows is a joint return. */
static gboolean
has_joint (LadderChart *self)
{
  switch (self->kind)
    {
    case LADDER_CHART_TREND:
      for (guint i = 0; i < self->trend->n_points; i++)
        if (self->trend->points[i].council_joint)
          return TRUE;
      return FALSE;
    case LADDER_CHART_NEIGHBOURS:
      for (guint i = 0; i < self->neighbours->n_bars; i++)
        if (g_str_has_suffix (self->neighbours->bars[i].name, " (joint return)"))
          return TRUE;
      return FALSE;
    case LADDER_CHART_DISTRIBUTION:
      for (guint i = 0; i < self->distribution->n_values; i++)
        if (g_str_has_suffix (self->distribution->names[i], " (joint return)"))
          return TRUE;
      return FALSE;
    case LADDER_CHART_SCORECARD:
    default:
      return FALSE;
    }
}

static char *
make_caption (LadderChart   *self,
              LadderDataset *dataset)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autofree char *files = NULL;
  const char *neighbour_file = ladder_dataset_get_neighbour_source (dataset);
  g_autofree char *neighbours = neighbour_file != NULL ? ladder_dataset_describe_source (dataset, neighbour_file)
                                                       : NULL;
  g_autofree char *grouping = neighbour_file != NULL
    ? g_strdup_printf (" Neighbours as grouped in %s.%s", neighbours, has_joint (self) ? JOINT_NOTE : "")
    : g_strdup (has_joint (self) ? JOINT_NOTE : "");

  switch (self->kind)
    {
    case LADDER_CHART_TREND:
      for (guint i = 0; i < self->trend->n_points; i++)
        add_source (sources, self->trend->points[i].source);
      files = name_sources (dataset, sources);
      if (self->trend->n_points == 0)
        return g_strdup_printf ("No periods. Source: %s.", files);
      return g_strdup_printf ("Periods %s to %s.%s Source: %s.", self->trend->points[0].label,
                              self->trend->points[self->trend->n_points - 1].label, grouping, files);
    case LADDER_CHART_NEIGHBOURS:
      add_source (sources, self->neighbours->source);
      files = name_sources (dataset, sources);
      return g_strdup_printf ("Period %s.%s Source: %s.", self->neighbours->period_label, grouping, files);
    case LADDER_CHART_DISTRIBUTION:
      add_source (sources, self->distribution->source);
      files = name_sources (dataset, sources);
      return g_strdup_printf ("Period %s. Source: %s.", self->distribution->period_label, files);
    case LADDER_CHART_SCORECARD:
    default:
      for (guint i = 0; i < self->scorecard->n_rows; i++)
        add_source (sources, self->scorecard->rows[i].source);
      files = name_sources (dataset, sources);
      return g_strdup_printf ("Each measure’s latest period, as its row says.%s Source: %s.", grouping, files);
    }
}

/**
 * ladder_chart_new:
 * @dataset: the data
 * @kind: which chart
 * @measures: (array length=n_measures): the measure; a scorecard takes
 *   several
 * @n_measures: how many
 * @council: the council the chart is about
 * @error: return location for an error saying why there is nothing to draw
 *
 * Returns: (transfer full) (nullable): the chart.
 */
LadderChart *
ladder_chart_new (LadderDataset    *dataset,
                  LadderChartKind   kind,
                  const guint      *measures,
                  guint             n_measures,
                  guint             council,
                  GError          **error)
{
  g_autoptr(LadderChart) self = g_new0 (LadderChart, 1);

  g_return_val_if_fail (dataset != NULL, NULL);

  self->kind = kind;
  if (n_measures == 0 || (kind != LADDER_CHART_SCORECARD && n_measures != 1))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   kind == LADDER_CHART_SCORECARD ? "A scorecard needs at least one measure"
                                                  : "Only a scorecard shows several measures");
      return NULL;
    }
  switch (kind)
    {
    case LADDER_CHART_TREND:
      self->trend = ladder_trend_data_new (dataset, measures[0], council, FALSE, error);
      if (self->trend == NULL)
        return NULL;
      self->title = g_strdup_printf ("Over time: %s", self->trend->measure_name);
      self->summary = ladder_trend_data_summary (self->trend);
      break;
    case LADDER_CHART_NEIGHBOURS:
      self->neighbours = ladder_neighbours_data_new (dataset, measures[0], council, error);
      if (self->neighbours == NULL)
        return NULL;
      self->title = g_strdup_printf ("Beside its neighbours: %s", self->neighbours->measure_name);
      self->summary = ladder_neighbours_data_summary (self->neighbours);
      break;
    case LADDER_CHART_DISTRIBUTION:
      self->distribution = ladder_distribution_data_new (dataset, measures[0], council, error);
      if (self->distribution == NULL)
        return NULL;
      self->title = g_strdup_printf ("Among all councils: %s", self->distribution->measure_name);
      self->summary = ladder_distribution_data_summary (self->distribution);
      break;
    case LADDER_CHART_SCORECARD:
    default:
      self->kind = LADDER_CHART_SCORECARD;
      self->scorecard = ladder_scorecard_data_new (dataset, measures, n_measures, council);
      self->title = g_strdup_printf ("Scorecard: %s", self->scorecard->council_name);
      self->summary = ladder_scorecard_data_summary (self->scorecard);
      break;
    }
  self->caption = make_caption (self, dataset);
  return g_steal_pointer (&self);
}

void
ladder_chart_free (LadderChart *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->trend, ladder_trend_data_free);
  g_clear_pointer (&self->neighbours, ladder_neighbours_data_free);
  g_clear_pointer (&self->distribution, ladder_distribution_data_free);
  g_clear_pointer (&self->scorecard, ladder_scorecard_data_free);
  g_clear_pointer (&self->table, ladder_table_free);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->caption);
  g_free (self);
}

LadderChartKind
ladder_chart_get_kind (LadderChart *self)
{
  return self->kind;
}

/**
 * ladder_chart_get_title:
 * @self: the chart
 *
 * Returns: what the chart shows, for a heading.
 */
const char *
ladder_chart_get_title (LadderChart *self)
{
  return self->title;
}

/**
 * ladder_chart_get_summary:
 * @self: the chart
 *
 * Returns: the chart's figures in a plain sentence or two.
 */
const char *
ladder_chart_get_summary (LadderChart *self)
{
  return self->summary;
}

/**
 * ladder_chart_get_caption:
 * @self: the chart
 *
 * Returns: the periods shown and the files the figures came from.
 */
const char *
ladder_chart_get_caption (LadderChart *self)
{
  return self->caption;
}

/**
 * ladder_chart_get_trend:
 * @self: the chart
 *
 * Returns: (nullable): a trend chart's figures.
 */
const LadderTrendData *
ladder_chart_get_trend (LadderChart *self)
{
  return self->trend;
}

/**
 * ladder_chart_get_distribution:
 * @self: the chart
 *
 * Returns: (nullable): a distribution's figures.
 */
const LadderDistributionData *
ladder_chart_get_distribution (LadderChart *self)
{
  return self->distribution;
}

/**
 * ladder_chart_get_scorecard:
 * @self: the chart
 *
 * Returns: (nullable): a scorecard's rows.
 */
const LadderScorecardData *
ladder_chart_get_scorecard (LadderChart *self)
{
  return self->scorecard;
}

/**
 * ladder_chart_set_trend_options:
 * @self: a trend chart
 * @options: series hidden, fitted axis, each neighbour's line
 *
 * The table changes with the options: a hidden series is not in it.
 */
void
ladder_chart_set_trend_options (LadderChart              *self,
                                const LadderTrendOptions *options)
{
  self->options = *options;
  g_clear_pointer (&self->table, ladder_table_free);
}

void
ladder_chart_get_trend_options (LadderChart        *self,
                                LadderTrendOptions *options)
{
  *options = self->options;
}

/* Tables ---------------------------------------------------------------- */

static char *
format_figure (double value,
               int    decimals)
{
  return isnan (value) ? NULL : g_strdup_printf ("%.*f", decimals, value);
}

static gboolean
shown (const LadderChart *self,
       LadderSeries       series)
{
  return !(self->options.hidden & (1u << series));
}

static LadderTable *
trend_table (LadderChart *self)
{
  const LadderTrendData *data = self->trend;
  guint each = self->options.each_neighbour ? data->n_neighbours : 0;
  guint n_columns = 0, column;
  LadderTable *table;

  /* Period, the series shown, the neighbours' reporting and range, each
   * neighbour when drawn, and a note. */
  n_columns = 2 + each;
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    n_columns += shown (self, s) ? (s == LADDER_SERIES_NEIGHBOURS ? 5 : 1) : 0;
  table = ladder_table_new (n_columns);
  ladder_table_set_header (table, 0, "Period", FALSE);
  column = 1;
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    {
      if (!shown (self, s))
        continue;
      ladder_table_set_header (table, column++, ladder_series_get_name (data, s), TRUE);
      if (s == LADDER_SERIES_NEIGHBOURS)
        {
          ladder_table_set_header (table, column++, data->median ? "Neighbours’ average" : "Neighbours’ median",
                                   TRUE);
          ladder_table_set_header (table, column++, "Neighbours reporting", FALSE);
          ladder_table_set_header (table, column++, "Neighbours’ lowest", TRUE);
          ladder_table_set_header (table, column++, "Neighbours’ highest", TRUE);
        }
    }
  for (guint k = 0; k < each; k++)
    ladder_table_set_header (table, column++, data->neighbour_names[k], TRUE);
  ladder_table_set_header (table, column, "Note", FALSE);

  for (guint i = 0; i < data->n_points; i++)
    {
      const LadderTrendPoint *point = &data->points[i];
      guint row = ladder_table_add_row (table);
      g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

      ladder_table_set (table, row, 0, point->label);
      column = 1;
      for (guint s = 0; s < LADDER_N_SERIES; s++)
        {
          if (!shown (self, s))
            continue;
          ladder_table_take_number (table, row, column++, point->values[s],
                                    format_figure (point->values[s], data->decimals));
          if (s == LADDER_SERIES_NEIGHBOURS)
            {
              ladder_table_take_number (table, row, column++, point->neighbours_other,
                                        format_figure (point->neighbours_other, data->decimals));
              ladder_table_take (table, row, column++,
                                 g_strdup_printf ("%u of %u", point->n_reporting, point->n_neighbours));
              ladder_table_take_number (table, row, column++, point->range_low,
                                        format_figure (point->range_low, data->decimals));
              ladder_table_take_number (table, row, column++, point->range_high,
                                        format_figure (point->range_high, data->decimals));
            }
        }
      for (guint k = 0; k < each; k++)
        ladder_table_take_number (table, row, column++, point->each[k],
                                  format_figure (point->each[k], data->decimals));
      if (point->flags & LADDER_PERIOD_PROVISIONAL)
        g_ptr_array_add (notes, g_strdup ("provisional"));
      if (point->flags & LADDER_PERIOD_REVISED)
        g_ptr_array_add (notes, g_strdup ("revised"));
      if (point->council_joint && shown (self, LADDER_SERIES_COUNCIL))
        g_ptr_array_add (notes, g_strdup_printf ("%s: a joint return made with another council",
                                                 data->council_name));
      if (point->thin && shown (self, LADDER_SERIES_NEIGHBOURS))
        g_ptr_array_add (notes, g_strdup ("too few neighbours reporting for a fair comparison"));
      if (isnan (point->values[LADDER_SERIES_COUNCIL]) && shown (self, LADDER_SERIES_COUNCIL))
        g_ptr_array_add (notes, g_strdup_printf ("%s: %s", data->council_name,
                                                 ladder_cell_state_to_string (point->council_state)));
      g_ptr_array_add (notes, NULL);
      ladder_table_take (table, row, column, g_strjoinv ("; ", (char **) notes->pdata));
    }
  return table;
}

static LadderTable *
neighbours_table (LadderChart *self)
{
  const LadderNeighboursData *data = self->neighbours;
  LadderTable *table = ladder_table_new (4);
  guint place = 0;

  ladder_table_set_header (table, 0, data->polarity == LADDER_POLARITY_NONE ? "Order" : "Place", FALSE);
  ladder_table_set_header (table, 1, "Council", FALSE);
  ladder_table_set_header (table, 2, data->measure_name, TRUE);
  ladder_table_set_header (table, 3, "Closeness", FALSE);
  for (guint i = 0; i < data->n_bars; i++)
    {
      const LadderBar *bar = &data->bars[i];
      guint row = ladder_table_add_row (table);

      if (!isnan (bar->value))
        ladder_table_take (table, row, 0, g_strdup_printf ("%u", ++place));
      ladder_table_set (table, row, 1, bar->name);
      ladder_table_take_number (table, row, 2, bar->value, format_figure (bar->value, data->decimals));
      ladder_table_set (table, row, 3, bar->is_council ? "This council" : bar->closeness);
    }
  return table;
}

/* Better is lower, higher, or (without a polarity) neither: the order the
 * rows and the keyboard take, best first. */
static guint
distribution_index (const LadderDistributionData *data,
                    guint                         place)
{
  return data->polarity == LADDER_POLARITY_HIGH ? data->n_values - 1 - place : place;
}

static LadderBand
distribution_band (const LadderDistributionData *data,
                   double                        value)
{
  return data->bands ? ladder_stats_band_of_value (&data->quartiles, data->polarity, value) : LADDER_BAND_NONE;
}

static guint
distribution_rank (const LadderDistributionData *data,
                   double                        value)
{
  guint better = 0;

  for (guint i = 0; i < data->n_values; i++)
    better += data->polarity == LADDER_POLARITY_HIGH ? data->values[i] > value : data->values[i] < value;
  return better + 1;
}

static LadderTable *
distribution_table (LadderChart *self)
{
  const LadderDistributionData *data = self->distribution;
  LadderTable *table = ladder_table_new (4);

  ladder_table_set_header (table, 0, data->polarity == LADDER_POLARITY_NONE ? "Order" : "Rank", FALSE);
  ladder_table_set_header (table, 1, "Council", FALSE);
  ladder_table_set_header (table, 2, data->measure_name, TRUE);
  ladder_table_set_header (table, 3, "Band", FALSE);
  for (guint place = 0; place < data->n_values; place++)
    {
      guint i = distribution_index (data, place);
      LadderBand band = distribution_band (data, data->values[i]);
      guint row = ladder_table_add_row (table);

      ladder_table_take (table, row, 0, g_strdup_printf ("%u", data->polarity == LADDER_POLARITY_NONE
                                                                 ? place + 1 : distribution_rank (data, data->values[i])));
      ladder_table_set (table, row, 1, data->names[i]);
      ladder_table_take_number (table, row, 2, data->values[i], format_figure (data->values[i], data->decimals));
      if (band != LADDER_BAND_NONE)
        ladder_table_take (table, row, 3, g_strdup_printf ("%c", ladder_band_to_char (band)));
    }
  return table;
}


static LadderTable *
scorecard_table (LadderChart *self)
{
  static const char * const headers[] = { "Measure", "Period", "Figure", "Band", "Rank", "Change",
                                          "Better or worse", "Neighbours’ average", "Neighbours’ median",
                                          "Neighbours reporting", "England", "Gap to the neighbours’ average",
                                          "Recent figures, oldest first" };
  static const gboolean numeric[] = { FALSE, FALSE, TRUE, FALSE, FALSE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE,
                                      FALSE, FALSE };
  const LadderScorecardData *data = self->scorecard;
  LadderTable *table = ladder_table_new (G_N_ELEMENTS (headers));

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    ladder_table_set_header (table, c, headers[c], numeric[c]);
  for (guint i = 0; i < data->n_rows; i++)
    {
      const LadderScorecardRow *row = &data->rows[i];
      guint r = ladder_table_add_row (table);
      g_autoptr(GString) trend = g_string_new (NULL);

      ladder_table_set (table, r, 0, row->name);
      if (row->latest_label != NULL)
        ladder_table_take (table, r, 1, g_strdup_printf ("%s (older: the latest is %s, so not in the band "
                                                         "counts)", row->period_label, row->latest_label));
      else
        ladder_table_set (table, r, 1, row->period_label);
      ladder_table_take_number (table, r, 2, row->value, format_figure (row->value, row->decimals));
      if (isnan (row->value))
        continue;
      if (row->band != LADDER_BAND_NONE)
        ladder_table_take (table, r, 3, g_strdup_printf ("%c", ladder_band_to_char (row->band)));
      if (row->rank.status == LADDER_STAT_OK)
        ladder_table_take (table, r, 4, g_strdup_printf ("%u of %u", row->rank.rank, row->rank.n));
      if (row->change.status == LADDER_STAT_OK)
        {
          ladder_table_take_number (table, r, 5, row->change.change,
                                    g_strdup_printf ("%+.*f", row->decimals, row->change.change));
          if (row->change.change != 0 && row->polarity != LADDER_POLARITY_NONE)
            ladder_table_set (table, r, 6, row->change.improved ? "better" : "worse");
        }
      if (row->neighbours.status == LADDER_STAT_OK)
        {
          ladder_table_take_number (table, r, 7, row->neighbours.mean,
                                    format_figure (row->neighbours.mean, row->decimals));
          ladder_table_take_number (table, r, 8, row->neighbours.median,
                                    format_figure (row->neighbours.median, row->decimals));
          ladder_table_take (table, r, 9, g_strdup_printf ("%u of %u%s", row->neighbours.n_reporting,
                                                           row->neighbours.n_neighbours,
                                                           row->neighbours.thin ? ", too few for a fair comparison"
                                                                                : ""));
        }
      ladder_table_take_number (table, r, 10, row->england, format_figure (row->england, row->decimals));
      if (row->gap.status == LADDER_STAT_OK)
        ladder_table_take (table, r, 11, g_strdup_printf ("%s over %u periods",
                                                          row->gap.direction == LADDER_GAP_NARROWING ? "narrowed"
                                                          : row->gap.direction == LADDER_GAP_WIDENING ? "widened"
                                                          : "held steady", row->gap.n_periods));
      /* The small line's figures, oldest first: what is drawn, in words. */
      for (guint k = 0; k < row->n_recent; k++)
        g_string_append_printf (trend, "%s%.*f", k > 0 ? ", " : "", row->decimals, row->recent[k]);
      ladder_table_set (table, r, 12, trend->str);
    }
  return table;
}

/**
 * ladder_chart_get_table:
 * @self: the chart
 *
 * Returns: (transfer none): exactly the figures drawn, as text to the
 *   measure's decimal places; a missing figure is an empty cell with the
 *   reason in the note.
 */
const LadderTable *
ladder_chart_get_table (LadderChart *self)
{
  if (self->table == NULL)
    switch (self->kind)
      {
      case LADDER_CHART_TREND:
        self->table = trend_table (self);
        break;
      case LADDER_CHART_NEIGHBOURS:
        self->table = neighbours_table (self);
        break;
      case LADDER_CHART_DISTRIBUTION:
        self->table = distribution_table (self);
        break;
      case LADDER_CHART_SCORECARD:
      default:
        self->table = scorecard_table (self);
        break;
      }
  return self->table;
}

/* Painting and points ----------------------------------------------------- */

/**
 * ladder_chart_paint:
 * @self: the chart
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @style: colours and font
 *
 * Draws the chart and remembers where its points went.
 */
void
ladder_chart_paint (LadderChart            *self,
                    cairo_t                *cr,
                    double                  width,
                    double                  height,
                    const LadderChartStyle *style)
{
  switch (self->kind)
    {
    case LADDER_CHART_TREND:
      ladder_paint_trend (cr, width, height, self->trend, style, &self->options, &self->frame);
      break;
    case LADDER_CHART_NEIGHBOURS:
      ladder_paint_neighbours (cr, width, height, self->neighbours, style, &self->frame);
      break;
    case LADDER_CHART_DISTRIBUTION:
      ladder_paint_distribution (cr, width, height, self->distribution, style, &self->frame);
      break;
    case LADDER_CHART_SCORECARD:
    default:
      ladder_paint_scorecard (cr, width, height, self->scorecard, style, &self->frame);
      break;
    }
  self->painted = TRUE;
}

/**
 * ladder_chart_get_height:
 * @self: the chart
 * @height: the height on offer
 *
 * Returns: the height the chart needs: @height, or, for a scorecard whose
 *   rows would be too small to read in it, enough for every row.
 */
double
ladder_chart_get_height (LadderChart *self,
                         double       height)
{
  if (self->kind == LADDER_CHART_SCORECARD)
    return MAX (height, ladder_scorecard_get_min_height (self->scorecard));
  return height;
}

/**
 * ladder_chart_get_n_items:
 * @self: the chart
 *
 * Returns: how many points a keyboard visits: periods of a trend, bars,
 *   councils of a distribution (left to right), rows of a scorecard.
 */
guint
ladder_chart_get_n_items (LadderChart *self)
{
  switch (self->kind)
    {
    case LADDER_CHART_TREND:
      return self->trend->n_points;
    case LADDER_CHART_NEIGHBOURS:
      return self->neighbours->n_bars;
    case LADDER_CHART_DISTRIBUTION:
      return self->distribution->n_values;
    case LADDER_CHART_SCORECARD:
    default:
      return self->scorecard->n_rows;
    }
}

static char *
describe_period (LadderChart *self,
                 guint        index)
{
  const LadderTrendData *data = self->trend;
  const LadderTrendPoint *point = &data->points[index];
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s%s%s", point->label,
                          point->flags & LADDER_PERIOD_PROVISIONAL ? ", provisional" : "",
                          point->flags & LADDER_PERIOD_REVISED ? ", revised" : "");
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    {
      g_autofree char *value = ladder_trend_data_format (data, point->values[s]);

      if (!shown (self, s))
        continue;
      g_string_append_printf (out, "; %s %s", ladder_series_get_name (data, s), value);
      if (s == LADDER_SERIES_COUNCIL && isnan (point->values[s]))
        g_string_append_printf (out, " (%s)", ladder_cell_state_to_string (point->council_state));
      else if (s == LADDER_SERIES_COUNCIL && point->council_joint)
        g_string_append (out, " (a joint return made with another council)");
      if (s == LADDER_SERIES_NEIGHBOURS && !isnan (point->values[s]))
        g_string_append_printf (out, " (%u of %u reporting%s)", point->n_reporting, point->n_neighbours,
                                point->thin ? ", too few for a fair comparison" : "");
    }
  for (guint k = 0; self->options.each_neighbour && k < data->n_neighbours; k++)
    {
      g_autofree char *value = ladder_trend_data_format (data, point->each[k]);

      g_string_append_printf (out, "%s %s %s", k == 0 ? ". Each neighbour:" : ";", data->neighbour_names[k], value);
    }
  g_string_append (out, ".");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ladder_chart_describe_item:
 * @self: the chart
 * @item: a point
 *
 * Returns: (transfer full): everything at that point in words: for a
 *   trend every series shown, with why a figure is missing and whether it
 *   is provisional or revised.
 */
char *
ladder_chart_describe_item (LadderChart *self,
                            guint        item)
{
  g_return_val_if_fail (item < ladder_chart_get_n_items (self), NULL);

  switch (self->kind)
    {
    case LADDER_CHART_TREND:
      return describe_period (self, item);
    case LADDER_CHART_NEIGHBOURS:
      {
        const LadderNeighboursData *data = self->neighbours;
        const LadderBar *bar = &data->bars[item];
        g_autofree char *value = format_figure (bar->value, data->decimals);

        return g_strdup_printf ("%s: %s%s%s%s.", bar->name, value != NULL ? value : "no figure",
                                bar->is_council ? " (this council)" : "",
                                bar->closeness != NULL ? ", neighbour: " : "",
                                bar->closeness != NULL ? bar->closeness : "");
      }
    case LADDER_CHART_DISTRIBUTION:
      {
        const LadderDistributionData *data = self->distribution;
        double value = data->values[item];
        LadderBand band = distribution_band (data, value);
        g_autoptr(GString) out = g_string_new (NULL);

        g_string_printf (out, "%s: %.*f", data->names[item], data->decimals, value);
        if (data->polarity != LADDER_POLARITY_NONE)
          g_string_append_printf (out, ", rank %u of %u", distribution_rank (data, value), data->n_values);
        if (band != LADDER_BAND_NONE)
          g_string_append_printf (out, ", band %c", ladder_band_to_char (band));
        g_string_append (out, ".");
        return g_string_free (g_steal_pointer (&out), FALSE);
      }
    case LADDER_CHART_SCORECARD:
    default:
      {
        const LadderTable *table = ladder_chart_get_table (self);
        g_autoptr(GString) out = g_string_new (ladder_table_get (table, item, 0));

        if (isnan (self->scorecard->rows[item].value))
          g_string_append (out, ": no figure");
        for (guint c = 1; c < ladder_table_get_n_columns (table); c++)
          if (*ladder_table_get (table, item, c) != '\0')
            g_string_append_printf (out, "%s %s %s", c == 1 ? ":" : ";",
                                    ladder_table_get_header (table, c), ladder_table_get (table, item, c));
        g_string_append (out, ".");
        return g_string_free (g_steal_pointer (&out), FALSE);
      }
    }
}

/* The x of a point on a chart whose points lie along the x axis. */
static double
item_x (LadderChart *self,
        guint        item)
{
  if (self->kind == LADDER_CHART_TREND)
    return ladder_chart_frame_to_x (&self->frame, self->trend->points[item].x);
  /* A distribution's councils stand in order of their figures. */
  return ladder_chart_frame_to_x (&self->frame, item);
}

/**
 * ladder_chart_get_item_box:
 * @self: a chart that has been painted
 * @item: a point
 * @x: (out): the left of the box to highlight
 * @y: (out): its top
 * @width: (out): its width (1 for a line across a trend or distribution)
 * @height: (out): its height
 *
 * Returns: %FALSE before the chart is painted.
 */
gboolean
ladder_chart_get_item_box (LadderChart *self,
                           guint        item,
                           double      *x,
                           double      *y,
                           double      *width,
                           double      *height)
{
  guint n = ladder_chart_get_n_items (self);

  if (!self->painted || item >= n)
    return FALSE;
  if (self->kind == LADDER_CHART_TREND || self->kind == LADDER_CHART_DISTRIBUTION)
    {
      *x = item_x (self, item) - 0.5;
      *y = self->frame.top;
      *width = 1;
      *height = self->frame.height;
    }
  else
    {
      double row = self->frame.height / n;

      *x = 0;
      *y = self->frame.top + row * item;
      *width = self->frame.left + self->frame.width;
      *height = row;
    }
  return TRUE;
}

/**
 * ladder_chart_item_at:
 * @self: a chart that has been painted
 * @x: a position in the chart
 * @y: a position in the chart
 *
 * Returns: the point nearest the position: for a trend or distribution
 *   the nearest along the axis; for bars and rows the one under it; or -1.
 */
int
ladder_chart_item_at (LadderChart *self,
                      double       x,
                      double       y)
{
  guint n = ladder_chart_get_n_items (self);
  double distance = INFINITY;
  int best = -1;

  if (!self->painted || n == 0)
    return -1;
  if (self->kind == LADDER_CHART_NEIGHBOURS || self->kind == LADDER_CHART_SCORECARD)
    {
      double row = self->frame.height / n;

      if (y < self->frame.top || y >= self->frame.top + self->frame.height)
        return -1;
      return MIN ((int) ((y - self->frame.top) / row), (int) n - 1);
    }
  for (guint i = 0; i < n; i++)
    {
      double d = fabs (item_x (self, i) - x);

      if (d < distance)
        {
          distance = d;
          best = (int) i;
        }
    }
  return best;
}
