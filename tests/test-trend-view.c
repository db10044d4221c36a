/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the trend chart widget: offscreen rendering, the keyboard
 * moving the point it announces, and the cached drawing. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-data-load.h"
#include "ladder-trend-view.h"

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

static LadderTrendData *
demo_trend (void)
{
  g_auto(GStrv) paths = ladder_demo_data_files ();
  g_autoptr(LadderDataLoad) load = ladder_data_load ((const char * const *) paths, LADDER_DEMO_DATA_TITLE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  LadderTrendData *data;
  guint measure, council;

  g_assert_nonnull (load);
  g_assert_true (ladder_dataset_find_measure (load->dataset, "Work_Force_TO_Rate", &measure));
  g_assert_true (ladder_dataset_find_area (load->dataset, "601", &council));
  data = ladder_trend_data_new (load->dataset, measure, council, FALSE, &error);
  g_assert_no_error (error);
  return data;
}

static guint
council_pixels (GskRenderNode *node,
                int            width,
                int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "trend-view.png", NULL);
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

static void
test_render_keyboard_cache (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ladder_trend_view_new ();
  LadderTrendView *chart = LADDER_TREND_VIEW (view);
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *first = NULL;
  int width, height;

  ladder_trend_view_set_data (chart, demo_trend ());
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 480);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  g_assert_cmpuint (ladder_trend_view_get_n_paints (chart), ==, 1);

  /* Offscreen: the widget's drawing, as a PNG, has the council's line. */
  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_cmpuint (council_pixels (node, width, height), >, 200);

  /* The summary is the accessible description. */
  {
    LadderTrendData *data = demo_trend ();
    g_autofree char *summary = ladder_trend_data_summary (data);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
    ladder_trend_data_free (data);
  }

  /* The keyboard moves the point, and the name says what is there. */
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
  g_assert_cmpint (ladder_trend_view_get_point (chart), ==, 0);
  first = g_strdup (ladder_trend_view_get_announcement (chart));
  g_assert_true (g_str_has_prefix (first, "2016; Ashmoor (fictional) "));
  g_assert_nonnull (strstr (first, "reporting)"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, first);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", 1));
  g_assert_cmpint (ladder_trend_view_get_point (chart), ==, 1);
  g_assert_cmpstr (ladder_trend_view_get_announcement (chart), !=, first);
  g_assert_true (gtk_widget_activate_action (view, "chart.move", "i", G_MAXINT32));
  g_assert_true (g_str_has_prefix (ladder_trend_view_get_announcement (chart), "2025;"));

  /* Moving the point redraws the crosshair only: the painter does not run. */
  wait_for_paint (window);
  g_assert_cmpuint (ladder_trend_view_get_n_paints (chart), ==, 1);
  /* Hiding a series does need the painter, once. */
  ladder_trend_view_set_hidden (chart, 1u << LADDER_SERIES_ENGLAND);
  wait_for_paint (window);
  g_assert_cmpuint (ladder_trend_view_get_n_paints (chart), ==, 2);
  {
    g_autofree char *described = ladder_trend_view_describe_point (chart, 0);

    g_assert_null (strstr (described, "England"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/trend-view/render-keyboard-cache", test_render_keyboard_cache);

  return g_test_run ();
}
