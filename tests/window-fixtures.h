/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window tests share: an application, opening and closing a
 * window as the user would, waiting for paints, and screenshots. */
#pragma once

#include <stdlib.h>

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-window.h"

static LadderApplication *app;

static inline gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spin the main loop until @done says so, failing after twenty seconds, a
 * net for a hang; LADDER_TEST_WAIT_SECONDS stretches it for the sanitizer
 * builds, where a window with every page built runs many times slower. */
static inline void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gboolean timed_out = FALSE;
  const char *stretch = g_getenv ("LADDER_TEST_WAIT_SECONDS");
  guint id = g_timeout_add_seconds (stretch != NULL ? (guint) atoi (stretch) : 20, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static inline gboolean
frame_painted (gpointer data)
{
  gboolean *painted = data;

  return *painted;
}

static inline void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Wait for the window to be laid out and painted at its current size. */
static inline void
wait_for_paint (GtkWidget *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (window);
  wait_until (frame_painted, &painted);
  g_signal_handler_disconnect (clock, id);
}

static inline gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static inline gboolean
data_loaded (gpointer data)
{
  gboolean loading = TRUE;

  g_object_get (data, "loading-data", &loading, NULL);
  return !loading;
}

static inline gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static inline LadderWindow *
open_window (int width,
             int height)
{
  GSettings *settings = ladder_application_get_settings (app);
  LadderWindow *window;

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = ladder_window_new (GTK_APPLICATION (app), settings);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (widget_mapped, window);
  /* The data loads at start, on another thread. */
  wait_until (data_loaded, window);
  wait_for_paint (GTK_WIDGET (window));
  return window;
}

/* Close the window as the user would (saving its state) and check that it,
 * its pages and its rows are all freed, not leaked. */
static inline void
close_window (LadderWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* A load still under way lets go of the window when it reports. */
  wait_until (pointer_cleared, &window);
  g_assert_null (window);
}

static inline gpointer
template_child (LadderWindow *window,
                const char   *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

/* Render the window as the user sees it into a PNG in the build folder, and
 * return how many distinct colours the picture has. */
static inline guint
save_screenshot (LadderWindow *window,
                 const char   *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree guchar *pixels = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* A paintable made while a layout is pending is empty (a toast coming
   * in queues one): paint another frame and try again. */
  for (guint tries = 0; node == NULL && tries < 10; tries++)
    {
      g_clear_object (&paintable);
      wait_for_paint (GTK_WIDGET (window));
      paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);

  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot written to %s", path);

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (int i = 0; i < width * height; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (((guint32 *) pixels)[i]));
  return g_hash_table_size (colours);
}

static inline AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      /* A dialog that has answered lingers hidden for a moment. */
      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return ADW_MESSAGE_DIALOG (item);
    }
  return NULL;
}

static inline gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

