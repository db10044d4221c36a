/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the charts' words: labels measured and placed (none cut, none
 * overlapping, nothing off the surface) for the longest real names, units
 * on the value axis, plain words when neither direction is better, and
 * charts that grow or fill to show every row and council. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-chart.h"
#include "ladder-chart-painter.h"
#include "ladder-chart-painter-private.h"
#include "ladder-scorecard.h"
#include "ladder-snapshot-painter.h"
#include "chart-fixture.h"
#include "test-fixtures.h"

static void
long_names_set_up (Fixture       *f,
                   gconstpointer  unused)
{
  static const char * const years[] = { "2019-20", "2020-21", "2021-22", "2022-23", "2023-24" };
  static const char * const others[] = { "Barking and Dagenham", "North East Lincolnshire", "Redcar and Cleveland",
                                         "Middlesbrough", "Stoke-on-Trent" };
  static const char title[] = "Children looked after at 31 March, per 10,000 children aged under 18";
  static const char unit[] = "Rate per 10,000 children";
  const char *region_name = "Yorkshire and the Humber";
  LadderNeighbour list[G_N_ELEMENTS (others)];
  guint region, england;
  LadderMeasure *measure;

  f->dataset = ladder_dataset_new ();
  ladder_dataset_add_source (f->dataset, "made-up.csv");
  f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, "LAC", 3));
  measure = ladder_dataset_get_measure (f->dataset, f->measure);
  measure->chart_title = ladder_dataset_intern (f->dataset, title, strlen (title));
  measure->axis_label = ladder_dataset_intern (f->dataset, unit, strlen (unit));
  measure->polarity = LADDER_POLARITY_LOW;
  measure->quartiles_allowed = TRUE;
  f->council = add_area (f->dataset, 810, "Kingston upon Hull, City of", region_name);
  region = add_area (f->dataset, 985, region_name, NULL);
  england = add_area (f->dataset, 970, "England", NULL);
  for (guint n = 0; n < G_N_ELEMENTS (others); n++)
    list[n] = (LadderNeighbour) { add_area (f->dataset, 301 + n, others[n], region_name), "Very close" };
  ladder_dataset_set_neighbours (f->dataset, f->council, list, G_N_ELEMENTS (others));
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      set (f, f->council, years[y], LADDER_CELL_VALUE, 96 + y);
      set (f, region, years[y], LADDER_CELL_VALUE, 97 + y);
      set (f, england, years[y], LADDER_CELL_VALUE, 98 + y);
      for (guint n = 0; n < G_N_ELEMENTS (others); n++)
        set (f, list[n].area, years[y], LADDER_CELL_VALUE, 60 + 12 * n + y);
    }
}

/* Every measure in the data, for a scorecard. */
static GArray *
all_measures (LadderDataset *dataset)
{
  GArray *measures = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
    g_array_append_val (measures, m);
  return measures;
}

/* A second measure with a long name, and a third with a long period. */
static void
add_scorecard_rows (Fixture *f)
{
  static const char * const names[] = {
    "Percentage of children who became the subject of a plan for a second or subsequent time",
    "Care leavers aged 19 to 21 in education, employment or training (%)",
  };
  guint keep = f->measure;
  const LadderNeighbour *neighbours;
  guint n = ladder_dataset_get_neighbours (f->dataset, f->council, &neighbours);

  for (guint m = 0; m < G_N_ELEMENTS (names); m++)
    {
      g_autofree char *code = g_strdup_printf ("LONG%u", m);
      LadderMeasure *measure;

      f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, code, strlen (code)));
      measure = ladder_dataset_get_measure (f->dataset, f->measure);
      measure->name = ladder_dataset_intern (f->dataset, names[m], strlen (names[m]));
      measure->polarity = m == 0 ? LADDER_POLARITY_LOW : LADDER_POLARITY_HIGH;
      measure->quartiles_allowed = TRUE;
      for (guint y = 0; y < 3; y++)
        {
          const char *year = m == 0 ? (const char *[]) { "2021-22", "2022-23", "2023-24 (Rev)" }[y]
                                    : (const char *[]) { "2020", "2021", "2022" }[y];

          set (f, f->council, year, LADDER_CELL_VALUE, 21.25 + y);
          for (guint k = 0; k < n; k++)
            set (f, neighbours[k].area, year, LADDER_CELL_VALUE, 18.5 + k * 1.5 - y);
        }
    }
  f->measure = keep;
}

static gboolean
boxes_intersect (const LadderLabelBox *a,
                 const LadderLabelBox *b)
{
  /* Touching is not overlapping: half a pixel of antialiasing is allowed. */
  return a->x + a->width > b->x + 0.5 && b->x + b->width > a->x + 0.5 &&
         a->y + a->height > b->y + 0.5 && b->y + b->height > a->y + 0.5;
}

static const LadderLabelBox *
find_label (GArray     *boxes,
            const char *text)
{
  for (guint i = 0; i < boxes->len; i++)
    if (strstr (g_array_index (boxes, LadderLabelBox, i).text, text) != NULL)
      return &g_array_index (boxes, LadderLabelBox, i);
  return NULL;
}

/* Paints @chart at @width by @height, keeping the PNG for a person to look
 * at, and returns the boxes of every label drawn. */
static GArray *
paint_labels (LadderChart *chart,
              int          width,
              int          height,
              const char  *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *png = g_strdup_printf ("chart-labels-%s-%dx%d.png", name, width, height);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, png, NULL);
  GArray *boxes = ladder_label_boxes_new ();
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  ladder_chart_collect_labels (cr, boxes);
  ladder_chart_paint (chart, cr, width, height, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return boxes;
}

static void
assert_labels_clear (GArray     *boxes,
                     int         width,
                     int         height,
                     const char *name)
{
  g_assert_cmpuint (boxes->len, >, 3);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LadderLabelBox *a = &g_array_index (boxes, LadderLabelBox, i);

      if (a->x < -0.5 || a->y < -0.5 || a->x + a->width > width + 0.5 || a->y + a->height > height + 0.5)
        g_error ("%s at %dx%d: “%s” at %.1f,%.1f %.1fx%.1f leaves the surface", name, width, height, a->text,
                 a->x, a->y, a->width, a->height);
      for (guint j = i + 1; j < boxes->len; j++)
        {
          const LadderLabelBox *b = &g_array_index (boxes, LadderLabelBox, j);

          if (boxes_intersect (a, b))
            g_error ("%s at %dx%d: “%s” (%.1f,%.1f %.1fx%.1f) overlaps “%s” (%.1f,%.1f %.1fx%.1f)", name, width,
                     height, a->text, a->x, a->y, a->width, a->height, b->text, b->x, b->y, b->width, b->height);
        }
    }
}

/* The council's and the region's names are written whole wherever the
 * chart names them. */
static void
assert_named_whole (GArray     *boxes,
                    const char *text)
{
  const LadderLabelBox *box = find_label (boxes, text);

  g_assert_nonnull (box);
  g_assert_false (box->shortened);
}

/* Every chart at a window's width, a paper's, and a phone's: no label
 * overlaps another or leaves the surface, and no council's or region's
 * name is cut. */
static void
test_labels_clear (Fixture       *f,
                   gconstpointer  unused)
{
  static const int sizes[][2] = { { 360, 240 }, { 360, 420 }, { 640, 400 }, { 1000, 600 } };
  static const char * const kinds[] = { "trend", "each-neighbour", "neighbours", "distribution", "scorecard" };

  add_scorecard_rows (f);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        LadderChartKind kind;
        g_autoptr(LadderChart) chart = NULL;
        g_autoptr(GArray) boxes = NULL;
        int height = sizes[i][1];

        if (!ladder_chart_kind_from_string (kinds[k], &kind))
          kind = LADDER_CHART_TREND;
        if (kind == LADDER_CHART_SCORECARD)
          {
            g_autoptr(GArray) measures = all_measures (f->dataset);

            chart = ladder_chart_new (f->dataset, kind, (const guint *) measures->data, measures->len, f->council,
                                      NULL);
            height = (int) ceil (ladder_chart_get_height (chart, height));
          }
        else
          chart = ladder_chart_new (f->dataset, kind, &f->measure, 1, f->council, NULL);
        if (g_str_equal (kinds[k], "each-neighbour"))
          ladder_chart_set_trend_options (chart, &(LadderTrendOptions) { .each_neighbour = TRUE });
        boxes = paint_labels (chart, sizes[i][0], height, kinds[k]);
        assert_labels_clear (boxes, sizes[i][0], height, kinds[k]);
        if (kind != LADDER_CHART_SCORECARD)
          assert_named_whole (boxes, "Kingston upon Hull, City of");
        if (kind == LADDER_CHART_TREND)
          assert_named_whole (boxes, "Yorkshire and the Humber");
      }
}

/* A scorecard of 200 measures grows to give every row room to be read,
 * drawn and saved alike, rather than squeezing them into the height
 * asked for. */
static void
test_scorecard_grows (void)
{
  Fixture fixture = { ladder_dataset_new (), 0, 0 }, *f = &fixture;
  g_autoptr(GArray) measures = NULL;
  g_autoptr(LadderChart) chart = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-scorecard-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "scorecard.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  double height;

  ladder_dataset_add_source (f->dataset, "made-up.csv");
  f->council = add_area (f->dataset, 601, "Ashmoor (fictional)", NULL);
  for (guint m = 0; m < 200; m++)
    {
      g_autofree char *code = g_strdup_printf ("M%03u", m);

      f->measure = ladder_dataset_ensure_measure (f->dataset, ladder_dataset_intern (f->dataset, code, strlen (code)));
      set (f, f->council, "2024", LADDER_CELL_VALUE, m);
    }
  measures = all_measures (f->dataset);
  chart = ladder_chart_new (f->dataset, LADDER_CHART_SCORECARD, (const guint *) measures->data, measures->len,
                            f->council, NULL);
  height = ladder_chart_get_height (chart, 600);
  g_assert_cmpfloat (height, >=, 14 * 201);
  boxes = paint_labels (chart, 1000, (int) ceil (height), "scorecard-200");
  assert_labels_clear (boxes, 1000, (int) ceil (height), "scorecard-200");
  for (guint i = 0; i < 200; i++)
    {
      double x, y, w, h;

      g_assert_true (ladder_chart_get_item_box (chart, i, &x, &y, &w, &h));
      g_assert_cmpfloat (h, >=, 14);
    }
  /* A saved image, as the command writes, grows the same way. */
  g_assert_true (ladder_chart_save (chart, png, 1000, 600, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 1000);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), >=, 14 * 201);
  g_unlink (png);
  g_rmdir (dir);
  ladder_dataset_unref (f->dataset);
}

/* The councils as ranked bars fill the plot's height, not its foot; England
 * and the neighbours' average are lines across them, each named with its
 * figure, and said in the summary. */
static void
test_distribution_fills_height (Fixture       *f,
                                gconstpointer  unused)
{
  g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, LADDER_CHART_DISTRIBUTION, &f->measure, 1,
                                                   f->council, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 400);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) boxes = ladder_label_boxes_new ();
  LadderChartFrame frame;
  LadderChartStyle style;
  LadderRgb grey;
  int top, bottom, left, right, filled = 0;

  ladder_chart_style_init (&style, FALSE);
  grey = (LadderRgb) { 0.5 * style.ink.red + 0.5, 0.5 * style.ink.green + 0.5, 0.5 * style.ink.blue + 0.5 };
  ladder_chart_collect_labels (cr, boxes);
  ladder_paint_distribution (cr, 640, 400, ladder_chart_get_distribution (chart), &style, &frame);
  cairo_destroy (cr);
  top = (int) ceil (frame.top);
  bottom = (int) floor (frame.top + frame.height);
  left = (int) ceil (frame.left);
  right = (int) floor (frame.left + frame.width);
  /* The plot is most of the area, and the bars most of the plot. */
  g_assert_cmpfloat (frame.height, >, 400 * 0.5);
  for (int y = top; y < bottom; y++)
    filled += count_colour_in (surface, &grey, left, right, y, y + 1) > 0 ||
              count_colour_in (surface, &style.series[LADDER_SERIES_COUNCIL], left, right, y, y + 1) > 0;
  g_test_message ("bars in %d of %d rows of the plot", filled, bottom - top);
  g_assert_cmpint (filled, >=, (bottom - top) * 0.75);

  /* England (102) and the neighbours' average (88, of 64, 76, 88, 100 and
   * 112) as lines across much of the plot, at their heights, named. */
  for (LadderSeries s = LADDER_SERIES_NEIGHBOURS; s <= LADDER_SERIES_ENGLAND; s += 2)
    {
      int y = (int) ladder_chart_frame_to_y (&frame, s == LADDER_SERIES_ENGLAND ? 102 : 88);

      g_assert_cmpuint (count_colour_in (surface, &style.series[s], left, right, y - 1, y + 2), >, frame.width / 3);
    }
  g_assert_nonnull (find_label (boxes, "England: 102"));
  g_assert_nonnull (find_label (boxes, "Neighbours’ average: 88"));
  g_assert_nonnull (strstr (ladder_chart_get_summary (chart), "England’s figure was 102."));
  g_assert_nonnull (strstr (ladder_chart_get_summary (chart), "The neighbours’ average was 88 (5 of 5 reporting)."));
  cairo_surface_destroy (surface);
}

/* The value axis is titled with the measure's unit, as the dictionary
 * names it. */
static void
test_units (Fixture       *f,
            gconstpointer  unused)
{
  for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_DISTRIBUTION; kind++)
    {
      g_autoptr(LadderChart) chart = ladder_chart_new (f->dataset, kind, &f->measure, 1, f->council, NULL);
      g_autoptr(GArray) boxes = paint_labels (chart, 640, 400, ladder_chart_kind_to_string (kind));
      const LadderLabelBox *unit = find_label (boxes, "Rate per 10,000 children");

      g_assert_nonnull (unit);
      /* Above the plot, at its start. */
      g_assert_cmpfloat (unit->y, <, 40);
    }
}

/* Without a polarity nothing is called best: the neighbours' bars run from
 * the highest, and the words say plainly that neither way is better. With
 * one, the best is at the top and the words say which way that is. */
static void
test_no_polarity_words (Fixture       *f,
                        gconstpointer  unused)
{
  for (int polar = 0; polar <= 1; polar++)
    {
      g_autoptr(LadderChart) bars = NULL;
      g_autoptr(LadderChart) all = NULL;
      g_autoptr(GArray) boxes = NULL;
      const LadderLabelBox *foot;

      ladder_dataset_get_measure (f->dataset, f->measure)->polarity = polar ? LADDER_POLARITY_LOW
                                                                           : LADDER_POLARITY_NONE;
      bars = ladder_chart_new (f->dataset, LADDER_CHART_NEIGHBOURS, &f->measure, 1, f->council, NULL);
      all = ladder_chart_new (f->dataset, LADDER_CHART_DISTRIBUTION, &f->measure, 1, f->council, NULL);
      boxes = paint_labels (bars, 640, 400, polar ? "neighbours-polar" : "neighbours-no-polarity");
      foot = find_label (boxes, "of the 5 neighbours have a figure");
      g_assert_nonnull (foot);
      g_test_message ("%s", foot->text);
      g_assert_null (strstr (ladder_chart_get_summary (bars), "neither higher nor lower is better"));
      g_assert_null (strstr (ladder_chart_get_summary (all), "neither higher nor lower is better"));
      if (polar)
        {
          g_assert_nonnull (strstr (foot->text, "The best figure is at the top: lower is better."));
          continue;
        }
      g_assert_nonnull (strstr (foot->text, "The highest figure is at the top; neither a higher nor a lower "
                                            "figure is better for this measure."));
      for (guint i = 0; i < boxes->len; i++)
        g_assert_null (strstr (g_array_index (boxes, LadderLabelBox, i).text, "est at the top"));
      g_assert_nonnull (strstr (ladder_chart_get_summary (bars), "(neither a higher nor a lower figure is better)"));
      /* The highest first, as the foot says. */
      g_assert_cmpstr (ladder_table_get (ladder_chart_get_table (bars), 0, 1), ==, "Stoke-on-Trent");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chart/labels-clear", Fixture, NULL, long_names_set_up, test_labels_clear, fixture_tear_down);
  g_test_add_func ("/chart/scorecard-grows", test_scorecard_grows);
  g_test_add ("/chart/distribution-fills-height", Fixture, NULL, long_names_set_up, test_distribution_fills_height,
              fixture_tear_down);
  g_test_add ("/chart/no-polarity-words", Fixture, NULL, long_names_set_up, test_no_polarity_words,
              fixture_tear_down);
  g_test_add ("/chart/units", Fixture, NULL, long_names_set_up, test_units, fixture_tear_down);

  return g_test_run ();
}
