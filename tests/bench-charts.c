/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long each chart painter takes to draw on a 1000x600 image surface:
 *
 *   bench-charts [DRAWS]
 *
 * Builds a fictional dataset in memory (152 councils, 15 years, each
 * council with ten neighbours, 30 measures, figures that wander from year
 * to year as published ones do; and a second whose figures jump anywhere
 * every year, as a worst case for the trend's lines), then for each painter draws DRAWS times in
 * a batch, nine batches, and prints the median, minimum and maximum
 * milliseconds per draw. As a reference measured in the same run it times
 * filling the same surface with one colour. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ladder-chart-painter.h"
#include "ladder-scorecard.h"
#include "ladder-snapshot-painter.h"

#define BATCHES 9
#define COUNCILS 152
#define YEARS 15
#define MEASURES 30

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* With @jagged each council's figure is drawn afresh every year, so every
 * line zigzags across the plot: the worst case for the rasteriser. Without
 * it each figure wanders from a random start by up to 1.5 a year, as
 * published indicators do. */
static LadderDataset *
make_dataset (gboolean  jagged,
              guint    *measure,
              guint    *measures)
{
  double level[COUNCILS];
  LadderDataset *dataset = ladder_dataset_new ();
  GRand *rand = g_rand_new_with_seed (42);
  guint areas[COUNCILS], region, england;
  LadderMeasure *info;
  const char *name;

  ladder_dataset_add_source (dataset, "bench.csv");
  *measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "BENCH", 5));
  info = ladder_dataset_get_measure (dataset, *measure);
  info->name = ladder_dataset_intern (dataset, "A fictional measure", strlen ("A fictional measure"));
  info->decimals = 1;
  info->polarity = LADDER_POLARITY_LOW;
  info->quartiles_allowed = TRUE;
  for (guint c = 0; c < COUNCILS; c++)
    {
      g_autofree char *name = g_strdup_printf ("Council %u (fictional)", c);

      areas[c] = ladder_dataset_ensure_area (dataset, 300 + c, ladder_dataset_intern (dataset, name, strlen (name)));
      ladder_dataset_get_area (dataset, areas[c])->region = ladder_dataset_intern (dataset, "Region (fictional)", 18);
    }
  region = ladder_dataset_ensure_area (dataset, 980, ladder_dataset_intern (dataset, "Region (fictional)", 18));
  england = ladder_dataset_ensure_area (dataset, 970, ladder_dataset_intern (dataset, "England", 7));
  /* The first measure is the one the single charts draw; all thirty make
   * the scorecard. Adding a measure may move the others: keep the name. */
  name = info->name;
  for (guint m = 0; m < MEASURES; m++)
    {
      g_autofree char *code = g_strdup_printf ("BENCH%u", m);
      LadderMeasure *other;

      for (guint c = 0; c < COUNCILS; c++)
        level[c] = g_rand_double_range (rand, 8, 22);
      measures[m] = m == 0 ? *measure : ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));
      other = ladder_dataset_get_measure (dataset, measures[m]);
      other->name = name;
      other->decimals = 1;
      other->polarity = m % 3 == 0 ? LADDER_POLARITY_LOW : LADDER_POLARITY_HIGH;
      other->quartiles_allowed = TRUE;
      for (guint y = 0; y < YEARS; y++)
        {
          g_autofree char *label = g_strdup_printf ("%u", 2010 + y);
          guint period = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, label, strlen (label)));

          for (guint c = 0; c < COUNCILS; c++)
            {
              level[c] = jagged ? g_rand_double_range (rand, 5, 25)
                                : CLAMP (level[c] + g_rand_double_range (rand, -1.5, 1.5), 5, 25);
              ladder_dataset_set_cell (dataset, measures[m], areas[c], period, LADDER_CELL_VALUE,
                                       level[c], 0, NULL);
            }
          ladder_dataset_set_cell (dataset, measures[m], region, period, LADDER_CELL_VALUE, 15, 0, NULL);
          ladder_dataset_set_cell (dataset, measures[m], england, period, LADDER_CELL_VALUE, 14, 0, NULL);
        }
    }
  for (guint c = 0; c < COUNCILS; c++)
    {
      LadderNeighbour neighbours[10];

      for (guint n = 0; n < 10; n++)
        neighbours[n] = (LadderNeighbour) { areas[(c + n + 1) % COUNCILS], "Close" };
      ladder_dataset_set_neighbours (dataset, areas[c], neighbours, 10);
    }
  g_rand_free (rand);
  return dataset;
}

typedef void (*DrawFunc) (cairo_t *cr, gpointer data, const LadderChartStyle *style);

static void
draw_trend (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  LadderTrendOptions options = { 0 };

  ladder_paint_trend (cr, 1000, 600, data, style, &options, NULL);
}

static void
draw_trend_each (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  LadderTrendOptions options = { .each_neighbour = TRUE };

  ladder_paint_trend (cr, 1000, 600, data, style, &options, NULL);
}

static void
draw_neighbours (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  ladder_paint_neighbours (cr, 1000, 600, data, style, NULL);
}

static void
draw_distribution (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  ladder_paint_distribution (cr, 1000, 600, data, style, NULL);
}

static void
draw_scorecard (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  ladder_paint_scorecard (cr, 1000, 600, data, style, NULL);
}

static void
draw_fill (cairo_t *cr, gpointer data, const LadderChartStyle *style)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

static void
time_draws (const char *name,
            DrawFunc    draw,
            gpointer    data,
            guint       draws)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
  LadderChartStyle style;
  double ms[BATCHES];

  ladder_chart_style_init (&style, FALSE);
  for (guint b = 0; b < BATCHES; b++)
    {
      gint64 start;

      start = g_get_monotonic_time ();
      for (guint n = 0; n < draws; n++)
        {
          cairo_t *cr = cairo_create (surface);

          draw (cr, data, &style);
          cairo_destroy (cr);
        }
      cairo_surface_flush (surface);
      ms[b] = (g_get_monotonic_time () - start) / 1000.0 / draws;
    }
  qsort (ms, BATCHES, sizeof (double), compare_doubles);
  g_print ("%-48s median %6.3f ms   min %6.3f   max %6.3f\n", name, ms[BATCHES / 2], ms[0], ms[BATCHES - 1]);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  guint draws = argc > 1 ? (guint) atoi (argv[1]) : 50;
  guint measure, measures[MEASURES], jagged_measure, jagged_measures[MEASURES];
  LadderDataset *dataset = make_dataset (FALSE, &measure, measures);
  LadderDataset *jagged = make_dataset (TRUE, &jagged_measure, jagged_measures);
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderTrendData) trend = ladder_trend_data_new (dataset, measure, 0, FALSE, &error);
  g_autoptr(LadderNeighboursData) neighbours = ladder_neighbours_data_new (dataset, measure, 0, &error);
  g_autoptr(LadderDistributionData) distribution = ladder_distribution_data_new (dataset, measure, 0, &error);
  g_autoptr(LadderScorecardData) scorecard = ladder_scorecard_data_new (dataset, measures, MEASURES, 0);
  g_autoptr(LadderTrendData) jagged_trend = ladder_trend_data_new (jagged, jagged_measure, 0, FALSE, &error);

  g_print ("1000x600 image surface; %u draws per batch, %d batches; milliseconds per draw\n", draws, BATCHES);
  time_draws ("trend: 4 series and the range, 15 periods", draw_trend, trend, draws);
  time_draws ("trend: 13 series (each neighbour too), 15 periods", draw_trend_each, trend, draws);
  time_draws ("neighbours: 11 bars", draw_neighbours, neighbours, draws);
  time_draws ("distribution: 152 ranked bars, 4 bands", draw_distribution, distribution, draws);
  time_draws ("scorecard: 30 measures", draw_scorecard, scorecard, draws);
  time_draws ("worst case, trend: 13 series, every line zigzags", draw_trend_each, jagged_trend, draws);
  time_draws ("reference: fill the surface with one colour", draw_fill, NULL, draws);
  ladder_dataset_unref (dataset);
  ladder_dataset_unref (jagged);
  return 0;
}
