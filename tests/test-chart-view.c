/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the chart widget and its panel: offscreen rendering of each
 * kind, the keyboard moving the point it announces, the cached drawing,
 * the data table, the series switches and export. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-data-load.h"
#include "ladder-chart-panel.h"
#include "widget-fixtures.h"

static gboolean
painted (gpointer data)
{
  return *(gboolean *) data;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *done)
{
  *done = TRUE;
}

static void
wait_for_paint (GtkWidget *window)
{
  gboolean done = FALSE;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &done);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (window);
  while (!painted (&done) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done);
  g_signal_handler_disconnect (clock, id);
}

static LadderChart *
demo_chart (LadderChartKind kind)
{
  g_auto(GStrv) paths = ladder_demo_data_files ();
  g_autoptr(LadderDataLoad) load = ladder_data_load ((const char * const *) paths, LADDER_DEMO_DATA_TITLE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  LadderChart *chart;
  guint measure, council;

  g_assert_nonnull (load);
  g_assert_true (ladder_dataset_find_measure (load->dataset, "Work_Force_TO_Rate", &measure));
  g_assert_true (ladder_dataset_find_area (load->dataset, "601", &council));
  if (kind == LADDER_CHART_SCORECARD)
    {
      guint measures[3] = { measure };

      g_assert_true (ladder_dataset_find_measure (load->dataset, "LAC", &measures[1]));
      g_assert_true (ladder_dataset_find_measure (load->dataset, "ReReferral", &measures[2]));
      chart = ladder_chart_new (load->dataset, kind, measures, 3, council, &error);
    }
  else
    chart = ladder_chart_new (load->dataset, kind, &measure, 1, council, &error);
  g_assert_no_error (error);
  return chart;
}

static guint
council_pixels (GskRenderNode *node,
                int            width,
                int            height,
                const char    *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);
  LadderChartStyle style;
  const guint8 *pixels;
  int stride;
  guint n = 0;

  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  ladder_chart_style_init (&style, FALSE);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(const guint32 *) (pixels + y * stride + x * 4);

        n += abs ((int) ((px >> 16) & 0xff) - (int) round (style.series[0].red * 255)) <= 6 &&
             abs ((int) ((px >> 8) & 0xff) - (int) round (style.series[0].green * 255)) <= 6 &&
             abs ((int) (px & 0xff) - (int) round (style.series[0].blue * 255)) <= 6;
      }
  cairo_surface_destroy (surface);
  return n;
}

static guint
render_offscreen (GtkWidget  *view,
                  const char *name)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return council_pixels (node, gtk_widget_get_width (view), gtk_widget_get_height (view), name);
}

static void
test_render_keyboard_cache (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ladder_chart_view_new ();
  LadderChartView *chart = LADDER_CHART_VIEW (view);
  LadderTrendOptions options = { .hidden = 1u << LADDER_SERIES_ENGLAND };
  g_autofree char *first = NULL;

  ladder_chart_view_set_chart (chart, demo_chart (LADDER_CHART_TREND));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 480);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  g_assert_cmpuint (ladder_chart_view_get_n_paints (chart), ==, 1);

  /* Offscreen: the widget's drawing, as a PNG, has the council's line. */
  g_assert_cmpuint (render_offscreen (view, "chart-view-trend.png"), >, 200);

  /* The summary is the accessible description. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       ladder_chart_get_summary (ladder_chart_view_get_chart (chart)));

  /* The keyboard moves the point, and the name says what is there. */
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
  g_assert_cmpint (ladder_chart_view_get_point (chart), ==, 0);
  first = g_strdup (ladder_chart_view_get_announcement (chart));
  g_assert_true (g_str_has_prefix (first, "2016; Ashmoor (fictional) "));
  g_assert_nonnull (strstr (first, "reporting)"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, first);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
  g_assert_cmpint (ladder_chart_view_get_point (chart), ==, 1);
  g_assert_cmpstr (ladder_chart_view_get_announcement (chart), !=, first);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", G_MAXINT32));
  g_assert_true (g_str_has_prefix (ladder_chart_view_get_announcement (chart), "2025;"));

  /* Moving the point redraws the crosshair only: the painter does not run. */
  wait_for_paint (window);
  g_assert_cmpuint (ladder_chart_view_get_n_paints (chart), ==, 1);
  /* Hiding a series does need the painter, once, and the point's words
   * change with it. */
  g_assert_nonnull (strstr (ladder_chart_view_get_announcement (chart), "England"));
  ladder_chart_view_set_trend_options (chart, &options);
  wait_for_paint (window);
  g_assert_cmpuint (ladder_chart_view_get_n_paints (chart), ==, 2);
  g_assert_null (strstr (ladder_chart_view_get_announcement (chart), "England"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Bars, dots and rows: drawn with the council in its colour, and the
 * keyboard visits each in turn, announcing it, without painting again. */
static void
test_other_kinds (void)
{
  static const LadderChartKind kinds[] = { LADDER_CHART_NEIGHBOURS, LADDER_CHART_DISTRIBUTION,
                                           LADDER_CHART_SCORECARD };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *view = ladder_chart_view_new ();
      LadderChartView *chart = LADDER_CHART_VIEW (view);
      LadderChart *data = demo_chart (kinds[k]);
      guint n = ladder_chart_get_n_items (data);
      g_autofree char *name = g_strdup_printf ("chart-view-%s.png", ladder_chart_kind_to_string (kinds[k]));

      ladder_chart_view_set_chart (chart, data);
      gtk_window_set_default_size (GTK_WINDOW (window), 800, 420);
      gtk_window_set_child (GTK_WINDOW (window), view);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_paint (window);
      g_assert_cmpuint (render_offscreen (view, name), >, 20);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           ladder_chart_get_summary (data));
      gtk_widget_grab_focus (view);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *expected = ladder_chart_describe_item (data, i);

          g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
          g_assert_cmpint (ladder_chart_view_get_point (chart), ==, (int) i);
          g_assert_cmpstr (ladder_chart_view_get_announcement (chart), ==, expected);
        }
      /* Past the end it stays at the end. */
      g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
      g_assert_cmpint (ladder_chart_view_get_point (chart), ==, (int) n - 1);
      wait_for_paint (window);
      g_assert_cmpuint (ladder_chart_view_get_n_paints (chart), ==, 1);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static const char *
grid_text (GtkWidget *grid,
           guint      column,
           guint      row)
{
  GtkWidget *label = gtk_grid_get_child_at (GTK_GRID (grid), column, row);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkCheckButton *
find_check (GtkWidget  *widget,
            const char *label)
{
  return GTK_CHECK_BUTTON (find_widget (widget, is_check_labelled, label));
}

/* The table shows exactly the table's cells; switching a series off takes
 * it out of the chart and the table; export writes what other tools read. */
static void
test_panel (void)
{
  GtkWidget *window = gtk_window_new ();
  LadderChartPanel *panel = LADDER_CHART_PANEL (ladder_chart_panel_new ());
  LadderChart *chart;
  const LadderTable *table;
  GtkWidget *grid;
  g_autofree char *dir = g_dir_make_tmp ("ladder-panel-XXXXXX", NULL);
  static const char * const formats[] = { "png", "svg", "pdf", "csv", "xlsx" };

  ladder_chart_panel_set_chart (panel, demo_chart (LADDER_CHART_TREND), NULL);
  chart = ladder_chart_view_get_chart (ladder_chart_panel_get_view (panel));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (panel));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  g_assert_null (ladder_chart_panel_get_table (panel));

  ladder_chart_panel_show_table (panel, TRUE);
  grid = ladder_chart_panel_get_table (panel);
  g_assert_nonnull (grid);
  table = ladder_chart_get_table (chart);
  for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
    {
      g_assert_cmpstr (grid_text (grid, c, 0), ==, ladder_table_get_header (table, c));
      for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
        if (*ladder_table_get (table, r, c) != '\0')
          g_assert_cmpstr (grid_text (grid, c, r + 1), ==, ladder_table_get (table, r, c));
    }
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (grid), 0, ladder_table_get_n_rows (table) + 1));
  g_assert_cmpstr (grid_text (grid, 3, 0), ==, "Neighbours’ median");
  g_assert_cmpstr (grid_text (grid, 8, 0), ==, "England");
  wait_for_paint (window);
  render_offscreen (GTK_WIDGET (panel), "chart-panel-table.png");

  /* England off: out of the table at once. */
  gtk_check_button_set_active (find_check (GTK_WIDGET (panel), "England"), FALSE);
  grid = ladder_chart_panel_get_table (panel);
  for (guint c = 0; gtk_grid_get_child_at (GTK_GRID (grid), c, 0) != NULL; c++)
    g_assert_cmpstr (grid_text (grid, c, 0), !=, "England");
  /* A line for each neighbour: their names become columns. */
  gtk_check_button_set_active (find_check (GTK_WIDGET (panel), "A line for each neighbour"), TRUE);
  table = ladder_chart_get_table (chart);
  g_assert_cmpuint (ladder_table_get_n_columns (table), ==, 8 + 10 + 1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/chart.%s", dir, formats[i]);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (ladder_chart_panel_export (panel, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (g_str_equal (formats[i], "png"))
        {
          g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 1000);
          g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 600);
        }
      else if (g_str_equal (formats[i], "svg"))
        g_assert_nonnull (strstr (contents, "width=\"1000pt\" height=\"600pt\""));
      else if (g_str_equal (formats[i], "pdf"))
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      else if (g_str_equal (formats[i], "xlsx"))
        g_assert_true (length > 1000 && memcmp (contents, "PK\x03\x04", 4) == 0);
      else
        {
          /* What was on show: no England, each neighbour. */
          g_assert_null (strstr (contents, ",England,"));
          g_assert_nonnull (strstr (contents, "Saltmarsh Bay (fictional)"));
        }
      g_unlink (path);
    }
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A council and England over five periods. */
static LadderChart *
five_period_chart (void)
{
  static const char * const years[] = { "2020", "2021", "2022", "2023", "2024" };
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "RATE", 4));
  guint council = ladder_dataset_ensure_area (dataset, 601, ladder_dataset_intern (dataset, "Ashmoor", 7));
  guint england = ladder_dataset_ensure_area (dataset, 970, ladder_dataset_intern (dataset, "England", 7));

  ladder_dataset_add_source (dataset, "made-up.csv");
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      guint period = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, years[y], 4));

      ladder_dataset_set_cell (dataset, measure, council, period, LADDER_CELL_VALUE, 10 + y, 0, NULL);
      ladder_dataset_set_cell (dataset, measure, england, period, LADDER_CELL_VALUE, 12, 0, NULL);
    }
  return ladder_chart_new (dataset, LADDER_CHART_TREND, &measure, 1, council, NULL);
}

/* In a page that scrolls, as the Evidence step is, the table shows every
 * row, not the heading alone in a scroller of its own a few pixels tall. */
static void
test_table_rows_shown (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *above = gtk_label_new ("Other content above the chart");
  LadderChartPanel *panel = LADDER_CHART_PANEL (ladder_chart_panel_new ());
  GtkWidget *grid, *last;
  graphene_rect_t bounds;
  guint n_rows;

  /* More than the window's height, so the page gives each part only its
   * minimum. */
  gtk_widget_set_size_request (above, -1, 900);
  gtk_box_append (GTK_BOX (box), above);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (panel));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (page), box);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  ladder_chart_panel_set_chart (panel, five_period_chart (), NULL);
  ladder_chart_panel_show_table (panel, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);

  grid = ladder_chart_panel_get_table (panel);
  n_rows = ladder_table_get_n_rows (ladder_chart_get_table (ladder_chart_view_get_chart
                                                            (ladder_chart_panel_get_view (panel))));
  g_assert_cmpuint (n_rows, ==, 5);
  last = gtk_grid_get_child_at (GTK_GRID (grid), 0, n_rows);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (last)), ==, "2024");
  /* The last row lies inside whatever holds the table, fully in view. */
  for (GtkWidget *holder = gtk_widget_get_parent (grid); holder != GTK_WIDGET (panel);
       holder = gtk_widget_get_parent (holder))
    {
      g_assert_true (gtk_widget_compute_bounds (last, holder, &bounds));
      g_test_message ("%s: last row at %.0f to %.0f of %d", G_OBJECT_TYPE_NAME (holder), bounds.origin.y,
                      bounds.origin.y + bounds.size.height, gtk_widget_get_height (holder));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (holder));
    }
  render_offscreen (GTK_WIDGET (panel), "chart-panel-table-in-page.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/chart-view/trend", test_render_keyboard_cache);
  g_test_add_func ("/chart-view/other-kinds", test_other_kinds);
  g_test_add_func ("/chart-panel/table-series-export", test_panel);
  g_test_add_func ("/chart-panel/table-rows-shown", test_table_rows_shown);

  return g_test_run ();
}
