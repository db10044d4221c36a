/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reference for build-aux/bench-startup: the least a libadwaita
 * program does to show a window (a header bar and a status page) and
 * report its first painted frame the way Ladder does. */
#include <adwaita.h>

static gint64 main_us;

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  gint64 now_us = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_print ("first-frame-ms-since-main=%.1f\nfirst-frame-realtime-us=%" G_GINT64_FORMAT "\n",
           (now_us - main_us) / 1000.0, g_get_real_time ());
  g_application_quit (app);
}

static void
mapped_cb (GtkWidget    *window,
           GApplication *app)
{
  g_signal_connect_after (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), app);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Reference");
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  main_us = g_get_monotonic_time ();
  app = adw_application_new ("io.github.ladder.TrivialWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
