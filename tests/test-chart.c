/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the trend chart: its figures, its summary sentence against
 * figures worked out by hand, and the structure of what the painter draws
 * (engine, no display). */
#include "config.h"

#include <csv.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-chart.h"
#include "ladder-chart-painter.h"
#include "ladder-chart-painter-private.h"
#include "ladder-scorecard.h"
#include "ladder-snapshot-painter.h"
#include "chart-fixture.h"
#include "test-fixtures.h"

#define WIDTH 1000
#define HEIGHT 600

/* Ashmoor (601) and three neighbours, over 2019, 2020, 2021 (Ashmoor's
 * figure withheld), 2023 (no 2022 at all) and 2024 (provisional). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  unused)
{
  static const char * const years[] = { "2019", "2020", "2021", "2023", "2024 (prov)" };
  static const double ashmoor[] = { 17.2, 16.0, 0, 15.5, 14.8 };
  static const double neighbours[3][5] = {
    { 10.0, 11.0, 12.0, 12.5, 12.0 },
    { 12.0, 13.0, 13.5, 13.0, 13.0 },
    { 14.0, 15.0, 16.0, 11.5, 11.9 },
  };
  LadderNeighbour list[3];
  guint others[3];
  guint region, england;
  LadderMeasure *measure;
  const char *name = "Social worker turnover (%)";

  f->dataset = ladder_dataset_new ();
  ladder_dataset_add_source (f->dataset, "made-up.csv");
  f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "TURN", 4));
  measure = ladder_dataset_get_measure (f->dataset, f->measure);
  measure->chart_title = ladder_dataset_intern (f->dataset, name, strlen (name));
  measure->decimals = 1;
  measure->polarity = LADDER_POLARITY_LOW;
  measure->quartiles_allowed = TRUE;
  f->council = add_area (f->dataset, 601, "Ashmoor (fictional)", "Northmere (fictional region)");
  others[0] = add_area (f->dataset, 602, "Brackenford (fictional)", "Northmere (fictional region)");
  others[1] = add_area (f->dataset, 603, "Calder Vale (fictional)", "Northmere (fictional region)");
  others[2] = add_area (f->dataset, 604, "Dunholm (fictional)", "Northmere (fictional region)");
  region = add_area (f->dataset, 980, "Northmere (fictional region)", NULL);
  england = add_area (f->dataset, 970, "England", NULL);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      set (f, f->council, years[y], y == 2 ? LADDER_CELL_SUPPRESSED : LADDER_CELL_VALUE, ashmoor[y]);
      for (guint n = 0; n < 3; n++)
        set (f, others[n], years[y], LADDER_CELL_VALUE, neighbours[n][y]);
      set (f, region, years[y], LADDER_CELL_VALUE, 13.0 + y * 0.1);
      set (f, england, years[y], LADDER_CELL_VALUE, 15.1);
    }
  for (guint n = 0; n < 3; n++)
    list[n].area = others[n], list[n].closeness = "Close";
  ladder_dataset_set_neighbours (f->dataset, f->council, list, 3);
}

static LadderTrendData *
trend (Fixture  *f,
       gboolean  median)
{
  g_autoptr(GError) error = NULL;
  LadderTrendData *data = ladder_trend_data_new (f->dataset, f->measure, f->council, median, &error);

  g_assert_no_error (error);
  return data;
}

static void
test_figures (Fixture       *f,
              gconstpointer  unused)
{
  g_autoptr(LadderTrendData) data = trend (f, FALSE);
  const LadderTrendPoint *p;

  g_assert_cmpuint (data->n_points, ==, 5);
  p = &data->points[2];
  g_assert_cmpstr (p->label, ==, "2021");
  g_assert_true (isnan (p->values[LADDER_SERIES_COUNCIL]));
  g_assert_cmpint (p->council_state, ==, LADDER_CELL_SUPPRESSED);
  /* Mean of 12.0, 13.5 and 16.0; range 12.0 to 16.0. */
  g_assert_cmpfloat_with_epsilon (p->values[LADDER_SERIES_NEIGHBOURS], 13.833333, 1e-5);
  g_assert_cmpfloat (p->range_low, ==, 12.0);
  g_assert_cmpfloat (p->range_high, ==, 16.0);
  g_assert_cmpuint (p->n_reporting, ==, 3);
  g_assert_cmpfloat_with_epsilon (p->values[LADDER_SERIES_REGION], 13.2, 1e-9);
  g_assert_cmpfloat (p->values[LADDER_SERIES_ENGLAND], ==, 15.1);
  /* Years, not positions: 2023 is two years after 2021. */
  g_assert_cmpfloat (data->points[3].x - data->points[2].x, ==, 2.0);
  g_assert_true (data->points[4].flags & LADDER_PERIOD_PROVISIONAL);
  g_assert_cmpstr (data->points[0].source, ==, "made-up.csv");
}

static void
test_summary (Fixture       *f,
              gconstpointer  unused)
{
  g_autoptr(LadderTrendData) mean = trend (f, FALSE);
  g_autoptr(LadderTrendData) median = trend (f, TRUE);
  g_autofree char *text = ladder_trend_data_summary (mean);
  g_autofree char *text_median = ladder_trend_data_summary (median);

  /* 2024: neighbours 12.0, 13.0, 11.9: mean 12.3, median 12.0. The gap to
   * the mean: 15.5 - 12.33 = 3.17 in 2023, 14.8 - 12.3 = 2.5 in 2024 (2022
   * is missing, so only two consecutive periods, too few for a slope). */
  g_assert_cmpstr (text, ==, "Social worker turnover (%): Ashmoor (fictional) fell from 17.2 in 2019 to 14.8 in "
                   "2024 (prov). In 2024 (prov) the neighbours’ average was 12.3 (median 12.0; 3 of 3 reporting), "
                   "Northmere (fictional region) 13.4 and England 15.1. Over the last 2 periods the gap to the "
                   "neighbours’ average narrowed, from 3.2 above it to 2.5 above it.");
  g_assert_nonnull (strstr (text_median, "the neighbours’ median was 12.0 (average 12.3; 3 of 3 reporting)"));
}

/* A slope over three periods or more, and a neighbours' average from too
 * few of them said to be so and drawn apart from the line. */
static void
test_summary_slope_and_thin (void)
{
  Fixture fixture = { ladder_dataset_new (), 0, 0 }, *f = &fixture;
  static const char * const years[] = { "2020", "2021", "2022", "2023" };
  LadderNeighbour list[4];
  LadderTrendData *data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  LadderMeasure *measure;

  ladder_dataset_add_source (f->dataset, "made-up.csv");
  f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "RATE", 4));
  measure = ladder_dataset_get_measure (f->dataset, f->measure);
  measure->decimals = 1;
  measure->polarity = LADDER_POLARITY_LOW;
  f->council = add_area (f->dataset, 601, "Ashmoor (fictional)", NULL);
  for (guint n = 0; n < 4; n++)
    {
      g_autofree char *name = g_strdup_printf ("Neighbour %u (fictional)", n + 1);

      list[n].area = add_area (f->dataset, 602 + n, name, NULL);
      list[n].closeness = "Close";
    }
  ladder_dataset_set_neighbours (f->dataset, f->council, list, 4);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      set (f, f->council, years[y], LADDER_CELL_VALUE, 10 + y);
      /* Every neighbour reports but in 2023, when only the first does. */
      for (guint n = 0; n < 4; n++)
        if (y < 3 || n == 0)
          set (f, list[n].area, years[y], LADDER_CELL_VALUE, 20);
    }
  data = ladder_trend_data_new (f->dataset, f->measure, f->council, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (data->points[2].thin);
  g_assert_true (data->points[3].thin);
  text = ladder_trend_data_summary (data);
  g_assert_nonnull (strstr (text, "Over its last 4 periods the figure rose by about 1.00 a year."));
  g_assert_nonnull (strstr (text, "(median 20.0; 1 of 4 reporting, too few for a fair comparison)"));
  g_assert_nonnull (strstr (text, "the gap to the neighbours’ average narrowed, from 10.0 below it to 7.0 below it."));
  ladder_trend_data_free (data);
  ladder_dataset_unref (f->dataset);
}

/* A measure whose dictionary gives no decimal places ("NA", as for most
 * of LAIT's) is shown with the places its councils' figures are published
 * with: whole numbers as "85", not "85.0", in every label, sentence and
 * table; a figure read back as 33.299999999999997 as the 33.3 it was. The
 * CSV keeps each figure in full. */
static void
test_decimals_from_figures (Fixture       *f,
                            gconstpointer  unused)
{
  static const double whole[] = { 80, 82, 85, 86, 85 };
  static const char * const years[] = { "2019", "2020", "2021", "2023", "2024 (prov)" };
  const LadderNeighbour *neighbours;
  guint n = ladder_dataset_get_neighbours (f->dataset, f->council, &neighbours);
  guint tenths = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "TENTHS", 6));

  f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "WHOLE", 5));
  ladder_dataset_get_measure (f->dataset, f->measure)->polarity = LADDER_POLARITY_HIGH;
  ladder_dataset_get_measure (f->dataset, f->measure)->quartiles_allowed = TRUE;
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      set (f, f->council, years[y], LADDER_CELL_VALUE, whole[y]);
      for (guint k = 0; k < n; k++)
        set (f, neighbours[k].area, years[y], LADDER_CELL_VALUE, 70 + k);
    }
  g_assert_cmpint (ladder_dataset_get_measure (f->dataset, f->measure)->decimals, ==, -1);
  g_assert_cmpint (ladder_chart_measure_decimals (f->dataset, f->measure), ==, 0);
  for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_SCORECARD; kind++)
    {
      g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, kind, &f->measure, 1, f->council, NULL);
      const LadderTable *table = ladder_chart_get_table (chart);
      g_autofree char *csv = ladder_table_to_csv (table, NULL);

      g_test_message ("%s: %s", ladder_chart_kind_to_string (kind), ladder_chart_get_summary (chart));
      g_assert_null (strstr (ladder_chart_get_summary (chart), "85.0"));
      g_assert_null (strstr (ladder_chart_get_summary (chart), "71.0"));
      for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
        for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
          if (ladder_table_is_numeric (table, c) && !isnan (ladder_table_get_number (table, r, c)))
            {
              g_autofree char *expected = g_strdup_printf ("%.0f", ladder_table_get_number (table, r, c));

              g_assert_cmpstr (ladder_table_get (table, r, c), ==, expected);
            }
      /* The neighbours' average of 70, 71 and 72 is exactly 71 anyway;
       * a mean with a fraction is still in full in the CSV. */
      if (kind == LADDER_CHART_SCORECARD)
        g_assert_null (strstr (csv, "85.0"));
    }
  {
    g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, LADDER_CHART_TREND, &f->measure, 1, f->council, NULL);

    g_assert_nonnull (strstr (ladder_chart_get_summary (chart), "rose from 80 in 2019 to 85 in 2024 (prov)"));
  }

  /* Tenths read back with binary noise are still tenths. */
  f->measure = tenths;
  set (f, f->council, "2019", LADDER_CELL_VALUE, 33.299999999999997);
  set (f, neighbours[0].area, "2019", LADDER_CELL_VALUE, 12.5);
  g_assert_cmpint (ladder_chart_measure_decimals (f->dataset, tenths), ==, 1);
  /* The dictionary's places, when it gives them, are kept. */
  ladder_dataset_get_measure (f->dataset, tenths)->decimals = 2;
  g_assert_cmpint (ladder_chart_measure_decimals (f->dataset, tenths), ==, 2);
}

/* The same, over the whole height. */
static guint
count_colour (cairo_surface_t *surface,
              const LadderRgb *rgb,
              int              x0,
              int              x1)
{
  return count_colour_in (surface, rgb, x0, x1, 0, G_MAXINT);
}

static cairo_surface_t *
paint (const LadderTrendData    *data,
       const LadderTrendOptions *options,
       LadderChartFrame         *frame)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  ladder_paint_trend (cr, WIDTH, HEIGHT, data, &style, options, frame);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* A hidden series leaves no trace of its colour; shown, it does. */
static void
test_hidden_series (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(LadderTrendData) data = trend (f, FALSE);
  LadderTrendOptions all = { 0 }, no_england = { 1u << LADDER_SERIES_ENGLAND };
  cairo_surface_t *shown = paint (data, &all, NULL);
  cairo_surface_t *hidden = paint (data, &no_england, NULL);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    g_assert_cmpuint (count_colour (shown, &style.series[s], 0, WIDTH), >, 50);
  g_assert_cmpuint (count_colour (hidden, &style.series[LADDER_SERIES_ENGLAND], 0, WIDTH), ==, 0);
  g_assert_cmpuint (count_colour (hidden, &style.series[LADDER_SERIES_COUNCIL], 0, WIDTH), >, 50);
  cairo_surface_destroy (shown);
  cairo_surface_destroy (hidden);
}

/* The withheld 2021 figure is a gap: nothing in the council's colour is
 * drawn around 2021, though its line runs on either side. */
static void
test_gap_at_withheld_point (Fixture       *f,
                            gconstpointer  unused)
{
  g_autoptr(LadderTrendData) data = trend (f, FALSE);
  LadderTrendOptions options = { .hidden = 1u << LADDER_SERIES_NEIGHBOURS | 1u << LADDER_SERIES_REGION |
                                           1u << LADDER_SERIES_ENGLAND };
  LadderChartFrame frame;
  cairo_surface_t *surface = paint (data, &options, &frame);
  LadderChartStyle style;
  int x2020 = (int) ladder_chart_frame_to_x (&frame, 2020);
  int x2021 = (int) ladder_chart_frame_to_x (&frame, 2021);
  int x2023 = (int) ladder_chart_frame_to_x (&frame, 2023);

  ladder_chart_style_init (&style, FALSE);
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_COUNCIL], x2021 - 20, x2021 + 20), ==, 0);
  /* The line from 2019 to 2020 is there, and after the gap, 2023 to 2024. */
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_COUNCIL], x2020 - 30, x2020 - 10), >, 0);
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_COUNCIL], x2023 + 10, x2023 + 30), >, 0);
  cairo_surface_destroy (surface);
}

/* The y axis starts at zero unless fitted; non-consecutive years keep
 * their distance. */
static void
test_axes (Fixture       *f,
           gconstpointer  unused)
{
  g_autoptr(LadderTrendData) data = trend (f, FALSE);
  LadderTrendOptions zero = { 0 }, fitted = { .fitted = TRUE };
  LadderChartFrame a, b;
  cairo_surface_t *one = paint (data, &zero, &a);
  cairo_surface_t *two = paint (data, &fitted, &b);
  double year = ladder_chart_frame_to_x (&a, 2020) - ladder_chart_frame_to_x (&a, 2019);

  g_assert_cmpfloat (a.y_min, ==, 0);
  g_assert_cmpfloat (a.y_max, >=, 17.2);
  g_assert_cmpfloat (b.y_min, >, 0);
  g_assert_cmpfloat (b.y_min, <=, 11.5);
  g_assert_cmpfloat_with_epsilon (ladder_chart_frame_to_x (&a, 2023) - ladder_chart_frame_to_x (&a, 2021),
                                  2 * year, 1e-9);
  /* For a person to look at. */
  {
    g_autofree char *zero_png = g_test_build_filename (G_TEST_BUILT, "chart-trend.png", NULL);
    g_autofree char *fitted_png = g_test_build_filename (G_TEST_BUILT, "chart-trend-fitted.png", NULL);

    g_assert_cmpint (cairo_surface_write_to_png (one, zero_png), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_surface_write_to_png (two, fitted_png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (one);
  cairo_surface_destroy (two);
}

static void
test_no_figures (Fixture       *f,
                 gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  guint empty = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "EMPTY", 5));

  g_assert_null (ladder_trend_data_new (f->dataset, empty, f->council, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Ashmoor (fictional)"));
}

/* Lower is better: the best at the top, Ashmoor fourth and last. */
static void
test_neighbours (Fixture       *f,
                 gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderNeighboursData) data = ladder_neighbours_data_new (f->dataset, f->measure, f->council, &error);
  g_autofree char *summary = NULL;
  LadderChartStyle style;
  LadderChartFrame frame;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double row;

  g_assert_no_error (error);
  g_assert_cmpstr (data->period_label, ==, "2024 (prov)");
  g_assert_cmpuint (data->n_bars, ==, 4);
  g_assert_cmpfloat (data->bars[0].value, ==, 11.9);
  g_assert_cmpstr (data->bars[0].closeness, ==, "Close");
  g_assert_true (data->bars[3].is_council);
  summary = ladder_neighbours_data_summary (data);
  g_assert_cmpstr (summary, ==, "Social worker turnover (%): in 2024 (prov) Ashmoor (fictional) was 14.8, 4th of 4 "
                   "beside its neighbours (lower is better). The neighbours’ average was 12.3 (3 of 3 reporting).");

  ladder_chart_style_init (&style, FALSE);
  ladder_paint_neighbours (cr, WIDTH, HEIGHT, data, &style, &frame);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  /* The council's colour is in its own row, the last, and nowhere else. */
  row = frame.height / data->n_bars;
  for (guint i = 0; i < data->n_bars; i++)
    {
      guint n = count_colour_in (surface, &style.series[LADDER_SERIES_COUNCIL], 0, WIDTH,
                                 (int) (frame.top + row * i), (int) (frame.top + row * (i + 1)));

      if (i == 3)
        g_assert_cmpuint (n, >, 100);
      else
        g_assert_cmpuint (n, ==, 0);
    }
  {
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "chart-neighbours.png", NULL);

    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (surface);
}

static void
test_distribution (Fixture       *f,
                   gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderDistributionData) data = ladder_distribution_data_new (f->dataset, f->measure, f->council, &error);
  g_autofree char *summary = NULL;
  LadderChartStyle style;
  LadderChartFrame frame;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int x;

  g_assert_no_error (error);
  g_assert_cmpuint (data->n_values, ==, 4);
  g_assert_cmpfloat (data->values[0], ==, 11.9);
  g_assert_cmpuint (data->rank.rank, ==, 4);
  g_assert_cmpuint (data->rank.n, ==, 4);
  /* QUARTILE.INC of 11.9, 12.0, 13.0, 14.8: 11.975, 12.5, 13.45. */
  g_assert_cmpfloat_with_epsilon (data->quartiles.q1, 11.975, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->quartiles.median, 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->quartiles.q3, 13.45, 1e-9);
  g_assert_cmpint (data->band, ==, LADDER_BAND_D);
  summary = ladder_distribution_data_summary (data);
  g_assert_true (g_str_has_prefix (summary, "Social worker turnover (%): in 2024 (prov) Ashmoor (fictional) was 14.8, "
                                   "rank 4 of 4, band D (lower is better). The middle half of the 4 councils with a "
                                   "figure were between 12.0 and 13."));

  ladder_chart_style_init (&style, FALSE);
  ladder_paint_distribution (cr, WIDTH, HEIGHT / 2, data, &style, &frame);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  /* The council's bar is in its place, fourth and last of four; the
   * second (12.0) is not the council's. */
  x = (int) ladder_chart_frame_to_x (&frame, 3);
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_COUNCIL], x - 3, x + 3), >, 50);
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_COUNCIL],
                                  (int) ladder_chart_frame_to_x (&frame, 1) - 3,
                                  (int) ladder_chart_frame_to_x (&frame, 1) + 3), ==, 0);
  {
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "chart-distribution.png", NULL);

    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (surface);
}

/* One measure with figures, one without: each keeps its row, and the
 * summary counts them from the same figures. */
static void
test_scorecard (Fixture       *f,
                gconstpointer  unused)
{
  guint measures[2] = { f->measure, ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "EMPTY", 5)) };
  g_autoptr(LadderScorecardData) data = ladder_scorecard_data_new (f->dataset, measures, 2, f->council);
  g_autofree char *summary = ladder_scorecard_data_summary (data);
  const LadderScorecardRow *row = &data->rows[0];
  LadderChartStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double row_height = MIN (28, HEIGHT / 3.5);

  g_assert_cmpuint (data->n_rows, ==, 2);
  g_assert_cmpstr (row->period_label, ==, "2024 (prov)");
  g_assert_cmpfloat (row->value, ==, 14.8);
  g_assert_cmpint (row->band, ==, LADDER_BAND_D);
  g_assert_cmpuint (row->rank.rank, ==, 4);
  /* 2024 against 2023: 14.8 - 15.5, lower is better. */
  g_assert_cmpint (row->change.status, ==, LADDER_STAT_OK);
  g_assert_cmpfloat_with_epsilon (row->change.change, -0.7, 1e-9);
  g_assert_true (row->change.improved);
  /* The small trend line runs back over consecutive years only: 2024, 2023. */
  g_assert_cmpuint (row->n_recent, ==, 2);
  g_assert_true (isnan (data->rows[1].value));
  g_assert_cmpstr (summary, ==, "Scorecard for Ashmoor (fictional): 2 measures (1 with no figure). Bands: 0 A, 0 B, "
                   "0 C, 1 D, 0 without a band. Since the period before, 1 got better and 0 got worse.");
  /* The neighbours and England in the same period, and the gap's way. */
  g_assert_cmpint (row->neighbours.status, ==, LADDER_STAT_OK);
  g_assert_cmpfloat_with_epsilon (row->neighbours.mean, 12.3, 1e-9);
  g_assert_cmpfloat (row->neighbours.median, ==, 12.0);
  g_assert_cmpfloat (row->england, ==, 15.1);
  g_assert_cmpint (row->gap.direction, ==, LADDER_GAP_NARROWING);
  g_assert_null (row->latest_label);

  ladder_chart_style_init (&style, FALSE);
  ladder_paint_scorecard (cr, WIDTH, HEIGHT, data, &style, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  /* The first row (band D, white on its dark fill) still has its rank in
   * ink after the band's letter. */
  g_assert_cmpuint (count_colour_in (surface, &style.ink, WIDTH * 0.72, WIDTH * 0.80, row_height + 3,
                                     row_height * 2), >, 0);
  /* A trend line in the first row's trend column, none in the second's. */
  g_assert_cmpuint (count_colour_in (surface, &style.series[LADDER_SERIES_COUNCIL], WIDTH * 0.93, WIDTH,
                                     row_height, row_height * 2), >, 0);
  g_assert_cmpuint (count_colour_in (surface, &style.series[LADDER_SERIES_COUNCIL], WIDTH * 0.93, WIDTH,
                                     row_height * 2, row_height * 3), ==, 0);
  cairo_surface_destroy (surface);
}

/* A council whose latest figure is older than other councils' has its row
 * marked so, in words, and kept out of the band counts. */
static void
test_scorecard_older_period (Fixture       *f,
                             gconstpointer  unused)
{
  guint later = add_area (f->dataset, 605, "Elmbridge (fictional)", NULL);
  guint old_only = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "OLD", 3));
  guint measures[2];
  g_autoptr(LadderScorecardData) data = NULL;
  g_autoptr(LadderChart) chart = NULL;
  g_autofree char *summary = NULL;
  const LadderTable *table;
  guint keep = f->measure;

  ladder_dataset_get_measure (f->dataset, old_only)->polarity = LADDER_POLARITY_LOW;
  ladder_dataset_get_measure (f->dataset, old_only)->quartiles_allowed = TRUE;
  f->measure = old_only;
  set (f, f->council, "2019", LADDER_CELL_VALUE, 5);
  set (f, later, "2019", LADDER_CELL_VALUE, 6);
  set (f, later, "2024 (prov)", LADDER_CELL_VALUE, 7);
  f->measure = keep;
  measures[0] = f->measure;
  measures[1] = old_only;
  data = ladder_scorecard_data_new (f->dataset, measures, 2, f->council);
  g_assert_null (data->rows[0].latest_label);
  g_assert_cmpstr (data->rows[1].period_label, ==, "2019");
  g_assert_cmpstr (data->rows[1].latest_label, ==, "2024 (prov)");
  summary = ladder_scorecard_data_summary (data);
  g_assert_cmpstr (summary, ==, "Scorecard for Ashmoor (fictional): 2 measures. Bands: 0 A, 0 B, 0 C, 1 D, 0 without "
                   "a band. Since the period before, 1 got better and 0 got worse. 1 figure is from an earlier period "
                   "than the latest, so it is left out of the bands.");
  chart = ladder_chart_new (f->dataset, LADDER_CHART_SCORECARD, measures, 2, f->council, NULL);
  table = ladder_chart_get_table (chart);
  g_assert_cmpstr (ladder_table_get (table, 1, 1), ==, "2019 (older: the latest is 2024 (prov), so not in the band "
                   "counts)");
  g_assert_cmpstr (ladder_table_get_header (table, 7), ==, "Neighbours’ average");
  g_assert_cmpstr (ladder_table_get (table, 0, 7), ==, "12.3");
  g_assert_cmpstr (ladder_table_get (table, 0, 10), ==, "15.1");
}

/* Each neighbour's faint line: drawn in a colour of its own mix, with no
 * range shading, and listed in the table. */
static void
test_each_neighbour (Fixture       *f,
                     gconstpointer  unused)
{
  g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, LADDER_CHART_TREND, &f->measure, 1, f->council, NULL);
  LadderTrendOptions options = { .each_neighbour = TRUE, .hidden = 1u << LADDER_SERIES_NEIGHBOURS };
  const LadderTable *table;
  LadderChartStyle style;
  LadderRgb faint;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint columns;

  ladder_chart_style_init (&style, FALSE);
  faint = (LadderRgb) { 0.45 * style.series[1].red + 0.55, 0.45 * style.series[1].green + 0.55,
                        0.45 * style.series[1].blue + 0.55 };
  ladder_chart_set_trend_options (chart, &options);
  ladder_chart_paint (chart, cr, WIDTH, HEIGHT, &style);
  cairo_destroy (cr);
  g_assert_cmpuint (count_colour (surface, &faint, 0, WIDTH), >, 100);
  g_assert_cmpuint (count_colour (surface, &style.series[LADDER_SERIES_NEIGHBOURS], 0, WIDTH), ==, 0);
  cairo_surface_destroy (surface);

  /* Period, council, region, England, three neighbours, note. */
  table = ladder_chart_get_table (chart);
  columns = ladder_table_get_n_columns (table);
  g_assert_cmpuint (columns, ==, 8);
  g_assert_cmpstr (ladder_table_get_header (table, 4), ==, "Brackenford (fictional)");
  g_assert_cmpstr (ladder_table_get (table, 3, 6), ==, "11.5");
  {
    g_autofree char *described = ladder_chart_describe_item (chart, 3);

    g_assert_nonnull (strstr (described, "Each neighbour: Brackenford (fictional) 12.5; "));
    g_assert_null (strstr (described, "Neighbours’ average"));
  }
}

typedef struct
{
  GPtrArray *rows;     /* of GPtrArray of char * */
  GPtrArray *row;
} Parsed;

static void
field_cb (void   *text,
          size_t  length,
          void   *data)
{
  Parsed *parsed = data;

  if (parsed->row == NULL)
    parsed->row = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (parsed->row, g_strndup (text, length));
}

static void
row_cb (int   c,
        void *data)
{
  Parsed *parsed = data;

  g_ptr_array_add (parsed->rows, g_steal_pointer (&parsed->row));
}

static guint
row_last (GPtrArray *rows,
          guint      r)
{
  return ((GPtrArray *) rows->pdata[r])->len - 1;
}

/* A CSV file as rows of fields, read by libcsv strictly. */
static GPtrArray *
parse_csv (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  struct csv_parser parser;
  Parsed parsed = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref), NULL };

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* The byte order mark that tells Excel it is UTF-8. */
  g_assert_cmpmem (contents, 3, "\xef\xbb\xbf", 3);
  g_assert_cmpint (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI), ==, 0);
  g_assert_cmpuint (csv_parse (&parser, contents + 3, length - 3, field_cb, row_cb, &parsed), ==, length - 3);
  g_assert_cmpint (csv_fini (&parser, field_cb, row_cb, &parsed), ==, 0);
  csv_free (&parser);
  return parsed.rows;
}

/* Every kind's table, saved as CSV and read back, is the table: the same
 * headings and the same cells, a figure in full rather than as shown, and
 * the trend's numbers are the figures. */
static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  unused)
{
  static const double ashmoor[] = { 17.2, 16.0, NAN, 15.5, 14.8 };
  g_autofree char *dir = g_dir_make_tmp ("ladder-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "figures.csv", NULL);

  for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_SCORECARD; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, kind, &f->measure, 1, f->council, &error);
      g_autoptr(GPtrArray) rows = NULL;
      const LadderTable *table;

      g_assert_no_error (error);
      g_assert_true (ladder_chart_save (chart, path, 800, 500, &error));
      g_assert_no_error (error);
      table = ladder_chart_get_table (chart);
      rows = parse_csv (path);
      g_assert_cmpuint (rows->len, ==, ladder_table_get_n_rows (table) + 1);
      for (guint r = 0; r < rows->len; r++)
        {
          GPtrArray *row = rows->pdata[r];

          g_assert_cmpuint (row->len, ==, ladder_table_get_n_columns (table));
          for (guint c = 0; c < row->len; c++)
            if (r > 0 && !isnan (ladder_table_get_number (table, r - 1, c)))
              g_assert_cmpfloat_with_epsilon (g_ascii_strtod (row->pdata[c], NULL), ladder_table_get_number (table, r - 1, c),
                                              1e-13 * fabs (ladder_table_get_number (table, r - 1, c)));
            else
              g_assert_cmpstr (row->pdata[c], ==, r == 0 ? ladder_table_get_header (table, c)
                                                         : ladder_table_get (table, r - 1, c));
        }
      if (kind == LADDER_CHART_TREND)
        for (guint r = 1; r < rows->len; r++)
          {
            const char *text = ((GPtrArray *) rows->pdata[r])->pdata[1];

            if (isnan (ashmoor[r - 1]))
              {
                g_assert_cmpstr (text, ==, "");
                g_assert_nonnull (strstr (((GPtrArray *) rows->pdata[r])->pdata[row_last (rows, r)],
                                          "withheld to protect confidentiality"));
              }
            else
              g_assert_cmpfloat_with_epsilon (g_ascii_strtod (text, NULL), ashmoor[r - 1], 1e-9);
          }
      if (kind == LADDER_CHART_DISTRIBUTION)
        {
          /* Best first: lower is better, so Dunholm's 11.9 leads, rank 1. */
          GPtrArray *first = rows->pdata[1];

          g_assert_cmpstr (first->pdata[0], ==, "1");
          g_assert_cmpstr (first->pdata[1], ==, "Dunholm (fictional)");
          g_assert_cmpstr (first->pdata[3], ==, "A");
        }
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* A cell a spreadsheet would run as a formula is written as text; a
 * negative number in a number column stays a number. */
static void
test_csv_quoting (void)
{
  g_autoptr(LadderTable) table = ladder_table_new (3);
  g_autofree char *csv = NULL;
  guint row;

  ladder_table_set_header (table, 0, "Name", FALSE);
  ladder_table_set_header (table, 1, "Change", TRUE);
  ladder_table_set_header (table, 2, "Note", FALSE);
  row = ladder_table_add_row (table);
  ladder_table_set (table, row, 0, "=HYPERLINK(\"x\")");
  ladder_table_set (table, row, 1, "-0.7");
  ladder_table_set (table, row, 2, "one, two");
  csv = ladder_table_to_csv (table, NULL);
  g_assert_cmpstr (csv, ==, "\xef\xbb\xbfName,Change,Note\r\n\"'=HYPERLINK(\"\"x\"\")\",-0.7,\"one, two\"\r\n");
}

static double
test_luminance (const LadderRgb *rgb)
{
  double channel[3] = { rgb->red, rgb->green, rgb->blue };

  for (guint i = 0; i < 3; i++)
    channel[i] = channel[i] <= 0.03928 ? channel[i] / 12.92 : pow ((channel[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double
test_contrast (const LadderRgb *a,
               const LadderRgb *b)
{
  double x = test_luminance (a), y = test_luminance (b);

  return (MAX (x, y) + 0.05) / (MIN (x, y) + 0.05);
}

/* Band D, the worst quarter, stands out most from the page and A least;
 * the four differ in greyscale; each letter reads on its fill (WCAG AA),
 * in the light style and the dark. */
static void
test_band_shades (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      LadderChartStyle style;
      double previous = 1.0, previous_luminance = -1;

      ladder_chart_style_init (&style, dark);
      for (LadderBand band = LADDER_BAND_A; band <= LADDER_BAND_D; band++)
        {
          LadderRgb fill;
          double against_page, grey;

          ladder_band_fill (&style, band, &fill);
          against_page = test_contrast (&fill, &style.background);
          grey = test_luminance (&fill);
          g_test_message ("%s band %c: contrast with the page %.2f, luminance %.3f", dark ? "dark" : "light",
                          ladder_band_to_char (band), against_page, grey);
          g_assert_cmpfloat (against_page, >, previous);
          if (previous_luminance >= 0)
            g_assert_cmpfloat (fabs (grey - previous_luminance), >=, 0.03);
          g_assert_cmpfloat (test_contrast (ladder_band_letter_colour (&style, band), &fill), >=, 4.5);
          previous = against_page;
          previous_luminance = grey;
        }
      g_assert_cmpfloat (previous, >=, 3.0);
    }
}

/* A figure goes to CSV in full, as LAIT's downloads give it, though it is
 * shown rounded; arithmetic's last-digit noise is not figures. */
static void
test_csv_full_precision (void)
{
  g_autoptr(LadderTable) table = ladder_table_new (2);
  g_autofree char *csv = NULL;
  guint row;

  ladder_table_set_header (table, 0, "Figure", TRUE);
  ladder_table_set_header (table, 1, "Change", TRUE);
  row = ladder_table_add_row (table);
  ladder_table_take_number (table, row, 0, 12.3456, g_strdup ("12.3"));
  ladder_table_take_number (table, row, 1, 16.5 - 13.6, g_strdup ("+2.9"));
  row = ladder_table_add_row (table);
  ladder_table_take_number (table, row, 0, 85.0, g_strdup ("85.0"));
  ladder_table_take_number (table, row, 1, NAN, g_strdup (""));
  row = ladder_table_add_row (table);
  ladder_table_take_number (table, row, 0, 1.0 / 3.0, g_strdup ("0.3"));
  ladder_table_take_number (table, row, 1, -0.000125, g_strdup ("-0.0"));
  /* Round figures whole, never in exponent form. */
  row = ladder_table_add_row (table);
  ladder_table_take_number (table, row, 0, 50, g_strdup ("50"));
  ladder_table_take_number (table, row, 1, 120000, g_strdup ("120000"));
  g_assert_cmpstr (ladder_table_get (table, 0, 0), ==, "12.3");
  csv = ladder_table_to_csv (table, NULL);
  g_assert_cmpstr (csv, ==, "\xef\xbb\xbf" "Figure,Change\r\n12.3456,2.9\r\n85,\r\n0.333333333333333,-0.000125\r\n"
                   "50,120000\r\n");
}

/* A table as an Excel workbook: the heading and caption above it, figures
 * as numbers in full (not the rounded text), text as text even when it
 * starts with "=", and the file written as every Ladder file is. */
static void
test_xlsx (void)
{
  static const char script[] =
    "import sys, zipfile\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "print(z.read('xl/worksheets/sheet1.xml').decode())\n"
    "print(z.read('xl/sharedStrings.xml').decode())\n"
    "print(z.read('xl/workbook.xml').decode())\n";
  g_autoptr(LadderTable) table = ladder_table_new (3);
  g_autofree char *dir = g_dir_make_tmp ("ladder-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "figures.xlsx", NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  guint row;

  ladder_table_set_header (table, 0, "Council", FALSE);
  ladder_table_set_header (table, 1, "Figure", TRUE);
  ladder_table_set_header (table, 2, "Note", FALSE);
  row = ladder_table_add_row (table);
  ladder_table_set (table, row, 0, "=HYPERLINK(\"x\")");
  ladder_table_take_number (table, row, 1, 12.3456, g_strdup ("12.3"));
  ladder_table_set (table, row, 2, "withheld");
  row = ladder_table_add_row (table);
  ladder_table_set (table, row, 0, "Ashmoor (fictional)");
  ladder_table_take_number (table, row, 1, NAN, NULL);
  g_assert_true (ladder_table_save_xlsx (table, "Over time: turnover [2025]", "Period 2025. Source: made-up.csv.",
                                         path, &error));
  g_assert_no_error (error);
  xml = fixture_tool_output ("python3", "-c", script, path, NULL);
  if (xml == NULL)
    {
      g_test_skip ("python3 is not installed to read the workbook back");
      return;
    }
  /* The figure is a number cell holding the full value. */
  g_assert_true (g_regex_match_simple ("<c r=\"B5\"[^>]*><v>12.3456</v></c>", xml, 0, 0));
  g_assert_false (g_regex_match_simple ("<c r=\"B5\"[^>]*t=\"s\"", xml, 0, 0));
  /* The formula-looking text is a shared string, never a formula. */
  g_assert_true (g_regex_match_simple ("<c r=\"A5\"[^>]*t=\"s\"", xml, 0, 0));
  g_assert_null (strstr (xml, "<f>"));
  g_assert_nonnull (strstr (xml, "<t>=HYPERLINK(\"x\")</t>"));
  g_assert_nonnull (strstr (xml, "Period 2025. Source: made-up.csv."));
  /* A missing figure is an empty cell. */
  g_assert_false (g_regex_match_simple ("<c r=\"B6\"", xml, 0, 0));
  /* The sheet is named after the title, less what Excel forbids. */
  g_assert_nonnull (strstr (xml, "name=\"Over time- turnover -2025-\""));
  g_unlink (path);
  g_rmdir (dir);
}

/* PNG, SVG and PDF as other tools read them; a bad name refused with the
 * earlier file untouched. */
static void
test_save_formats (Fixture       *f,
                   gconstpointer  unused)
{
  g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, LADDER_CHART_NEIGHBOURS, &f->measure, 1, f->council,
                                                   NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-save-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.SVG", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *gif = g_build_filename (dir, "chart.gif", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (ladder_chart_save (chart, png, 640, 400, &error));
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 640);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 400);
  g_clear_pointer (&contents, g_free);

  g_assert_true (ladder_chart_save (chart, svg, 640, 400, &error));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "width=\"640pt\" height=\"400pt\""));
  g_clear_pointer (&contents, g_free);

  g_assert_true (ladder_chart_save (chart, pdf, 640, 400, &error));
  info = fixture_tool_output ("pdfinfo", pdf, NULL);
  if (info != NULL)
    {
      g_assert_true (g_regex_match_simple ("^Title: +Beside its neighbours: Social worker turnover", info,
                                           G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Page size: +640 x 400 pts", info, G_REGEX_MULTILINE, 0));
    }
  else
    g_test_message ("pdfinfo is not installed: the PDF was written but not read back");

  g_assert_false (ladder_chart_save (chart, gif, 640, 400, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, gif));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* After painting, the point under a position is the one drawn there. */
static void
test_items (Fixture       *f,
            gconstpointer  unused)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_SCORECARD; kind++)
    {
      g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, kind, &f->measure, 1, f->council, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      g_assert_false (ladder_chart_get_item_box (chart, 0, &x, &y, &w, &h));
      g_assert_cmpint (ladder_chart_item_at (chart, 10, 10), ==, -1);
      ladder_chart_paint (chart, cr, WIDTH, HEIGHT, &style);
      cairo_destroy (cr);
      for (guint i = 0; i < ladder_chart_get_n_items (chart); i++)
        {
          g_autofree char *described = ladder_chart_describe_item (chart, i);

          g_assert_true (ladder_chart_get_item_box (chart, i, &x, &y, &w, &h));
          g_assert_cmpint (ladder_chart_item_at (chart, x + w / 2, y + h / 2), ==, (int) i);
          g_assert_true (g_str_has_suffix (described, "."));
        }
    }
  cairo_surface_destroy (surface);

  {
    g_autoptr(LadderChart) bars = ladder_chart_new (f->dataset, LADDER_CHART_NEIGHBOURS, &f->measure, 1, f->council,
                                                    NULL);
    g_autoptr(LadderChart) dots = ladder_chart_new (f->dataset, LADDER_CHART_DISTRIBUTION, &f->measure, 1,
                                                    f->council, NULL);
    g_autofree char *last_bar = ladder_chart_describe_item (bars, 3);
    g_autofree char *council_dot = ladder_chart_describe_item (dots, 3);

    g_assert_cmpstr (last_bar, ==, "Ashmoor (fictional): 14.8 (this council).");
    g_assert_cmpstr (council_dot, ==, "Ashmoor (fictional): 14.8, rank 4 of 4, band D.");
    g_assert_cmpstr (ladder_chart_get_caption (bars), ==, "Period 2024 (prov). Source: made-up.csv.");
  }
}

/* The longest real names a chart meets: a council, its region and its
 * neighbours, with the council, region and England ending level, so that
 * their names must be moved apart, and a long measure name and unit. */
int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chart/trend/figures", Fixture, NULL, fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/chart/trend/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/chart/trend/hidden-series", Fixture, NULL, fixture_set_up, test_hidden_series, fixture_tear_down);
  g_test_add ("/chart/trend/gap", Fixture, NULL, fixture_set_up, test_gap_at_withheld_point, fixture_tear_down);
  g_test_add ("/chart/trend/axes", Fixture, NULL, fixture_set_up, test_axes, fixture_tear_down);
  g_test_add ("/chart/neighbours", Fixture, NULL, fixture_set_up, test_neighbours, fixture_tear_down);
  g_test_add ("/chart/scorecard-older-period", Fixture, NULL, fixture_set_up, test_scorecard_older_period,
              fixture_tear_down);
  g_test_add ("/chart/distribution", Fixture, NULL, fixture_set_up, test_distribution, fixture_tear_down);
  g_test_add ("/chart/scorecard", Fixture, NULL, fixture_set_up, test_scorecard, fixture_tear_down);
  g_test_add ("/chart/trend/each-neighbour", Fixture, NULL, fixture_set_up, test_each_neighbour, fixture_tear_down);
  g_test_add ("/chart/csv-round-trip", Fixture, NULL, fixture_set_up, test_csv_round_trip, fixture_tear_down);
  g_test_add_func ("/chart/csv-quoting", test_csv_quoting);
  g_test_add_func ("/chart/summary-slope-and-thin", test_summary_slope_and_thin);
  g_test_add_func ("/chart/csv-full-precision", test_csv_full_precision);
  g_test_add_func ("/chart/xlsx", test_xlsx);
  g_test_add_func ("/chart/band-shades", test_band_shades);
  g_test_add ("/chart/save-formats", Fixture, NULL, fixture_set_up, test_save_formats, fixture_tear_down);
  g_test_add ("/chart/items", Fixture, NULL, fixture_set_up, test_items, fixture_tear_down);
  g_test_add ("/chart/decimals-from-figures", Fixture, NULL, fixture_set_up, test_decimals_from_figures,
              fixture_tear_down);
  g_test_add ("/chart/trend/no-figures", Fixture, NULL, fixture_set_up, test_no_figures, fixture_tear_down);

  return g_test_run ();
}
