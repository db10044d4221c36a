/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the Get Data from the Department dialog, against a loopback server. */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "ees-server.h"
#include "ladder-ees-client.h"
#include "ladder-ees-dialog.h"
#include "widget-fixtures.h"

#define CLA_PUBLICATION "Children looked after in England including adoptions"
#define CLA_DATA_SET "Children looked after per 10,000"
#define WORKFORCE_DATA_SET "Social worker turnover"
/* Nothing listens here: connecting is refused at once. */
#define DEAD_URL "http://127.0.0.1:1/v1"

typedef struct
{
  EesServer       *server;
  char            *cache_dir;
  LadderEesDialog *dialog;
  GPtrArray       *downloaded;
} Fixture;

/* Holds the server's thread, so a request waits until it is let go. */
typedef struct
{
  GMutex lock;
  int    entered;
  int    left;
} Gate;

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spin the main loop until @done says so, or twenty seconds have gone. */
static gboolean
wait_or_time_out (gboolean (*done) (gpointer),
                  gpointer  data)
{
  gboolean timed_out = FALSE;
  const char *stretch = g_getenv ("LADDER_TEST_WAIT_SECONDS");
  guint id = g_timeout_add_seconds (stretch != NULL ? (guint) atoi (stretch) : 20, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out;
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  g_assert_true (wait_or_time_out (done, data));
}

/* What the dialog shows, for the log of a test that failed. */
static void
log_labels (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    g_test_message ("shown: %s", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    log_labels (child);
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
named (GtkWidget  *widget,
       const char *name)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return differs == NULL;
}

typedef enum
{
  FIND_ROW,          /* an AdwActionRow with this title */
  FIND_BUTTON,       /* a GtkButton with this accessible name */
  FIND_ACTION,       /* a GtkButton for this action */
  FIND_LABEL,        /* a GtkLabel whose text has this in it */
  FIND_ERROR,        /* the same, styled as an error */
  FIND_SEARCH,       /* the search entry */
} FindKind;

typedef struct
{
  FindKind    kind;
  const char *text;
} Sought;

/* Whether @widget is on screen and of the kind sought. */
static gboolean
is_sought (GtkWidget     *widget,
           gconstpointer  data)
{
  const Sought *sought = data;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  switch (sought->kind)
    {
    case FIND_ROW:
      return is_row_titled (widget, sought->text);
    case FIND_BUTTON:
      return GTK_IS_BUTTON (widget) && named (widget, sought->text);
    case FIND_ACTION:
      return GTK_IS_BUTTON (widget) &&
             g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), sought->text) == 0;
    case FIND_LABEL:
    case FIND_ERROR:
      return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), sought->text) != NULL &&
             (sought->kind == FIND_LABEL || gtk_widget_has_css_class (widget, "error"));
    case FIND_SEARCH:
      return GTK_IS_SEARCH_ENTRY (widget);
    default:
      g_assert_not_reached ();
    }
}

/* The first widget shown on screen that fits; hidden pages are skipped
 * (a widget inside one is not mapped). */
static GtkWidget *
find_shown (GtkWidget  *widget,
            FindKind    kind,
            const char *text)
{
  Sought sought = { kind, text };

  return find_widget (widget, is_sought, &sought);
}

typedef struct
{
  Fixture    *f;
  FindKind    kind;
  const char *text;
} Wanted;

static gboolean
wanted_shown (gpointer data)
{
  Wanted *wanted = data;

  return find_shown (GTK_WIDGET (wanted->f->dialog), wanted->kind, wanted->text) != NULL;
}

/* Waits for the widget to be on screen, and returns it. */
static GtkWidget *
wait_for (Fixture    *f,
          FindKind    kind,
          const char *text)
{
  Wanted wanted = { f, kind, text };

  g_test_message ("waiting for “%s”", text != NULL ? text : "the search entry");
  if (!wait_or_time_out (wanted_shown, &wanted))
    {
      log_labels (GTK_WIDGET (f->dialog));
      g_assert_not_reached ();
    }
  return find_shown (GTK_WIDGET (f->dialog), kind, text);
}

static gboolean
n_downloaded_reached (gpointer data)
{
  Fixture *f = data;
  guint want = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (f->dialog), "test-want"));

  return f->downloaded->len >= want;
}

static void
wait_for_downloads (Fixture *f,
                    guint    n)
{
  g_object_set_data (G_OBJECT (f->dialog), "test-want", GUINT_TO_POINTER (n));
  wait_until (n_downloaded_reached, f);
  g_assert_cmpuint (f->downloaded->len, ==, n);
}

static void
downloaded_cb (LadderEesDialog *dialog,
               const char      *path,
               Fixture         *f)
{
  g_ptr_array_add (f->downloaded, g_strdup (path));
}

static void
open_dialog (Fixture    *f,
             const char *url)
{
  f->dialog = g_object_ref (ladder_ees_dialog_new_for_service (NULL, url, f->cache_dir));
  g_signal_connect (f->dialog, "downloaded", G_CALLBACK (downloaded_cb), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  wait_until (widget_mapped, f->dialog);
}

/* Closes the dialog as the window manager would, and checks it is freed
 * once any work under way has stopped. */
static void
close_dialog (Fixture *f)
{
  LadderEesDialog *dialog = g_steal_pointer (&f->dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  wait_until (pointer_cleared, &dialog);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->server = ees_server_start ();
  f->cache_dir = g_dir_make_tmp ("ladder-ees-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  f->downloaded = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL)
    close_dialog (f);
  ees_server_stop (f->server);
  ees_remove_tree (f->cache_dir);
  g_free (f->cache_dir);
  g_ptr_array_unref (f->downloaded);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
wait_for_paint (GtkWidget *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (window);
  wait_until (flag_set, &painted);
  g_signal_handler_disconnect (clock, id);
}

/* Render the dialog as the user sees it into a PNG in the build folder. */
static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  int width, height;

  /* Laid out and painted first: before, the window has no size. */
  wait_for_paint (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* A paintable made while a layout is pending is empty: paint again. */
  for (guint tries = 0; node == NULL && tries < 10; tries++)
    {
      g_clear_object (&paintable);
      wait_for_paint (window);
      paintable = gtk_widget_paintable_new (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot written to %s", path);
}

/* Before any search: the starting list, the entry focused, every control
 * named; closed, the dialog is freed. */
static void
test_start (Fixture       *f,
            gconstpointer  data)
{
  const char * const *phrases = ladder_ees_starting_list ();
  GtkWidget *entry;
  GtkWidget *focus;

  open_dialog (f, f->server->url);
  entry = find_shown (GTK_WIDGET (f->dialog), FIND_SEARCH, NULL);
  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Search the Department’s statistics");
  focus = gtk_window_get_focus (GTK_WINDOW (f->dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  g_assert_nonnull (phrases);
  g_assert_nonnull (phrases[0]);
  for (guint i = 0; phrases[i] != NULL; i++)
    g_assert_nonnull (find_shown (GTK_WIDGET (f->dialog), FIND_ROW, phrases[i]));
  g_assert_nonnull (find_shown (GTK_WIDGET (f->dialog), FIND_LABEL, "Suggested Searches"));
  g_assert_nonnull (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.check-updates"));
  /* Nothing is under way: no progress, no Cancel, no Back. */
  g_assert_null (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.cancel"));
  g_assert_null (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.back"));
  save_screenshot (GTK_WIDGET (f->dialog), "ees-dialog-start.png");
  close_dialog (f);
  g_assert_cmpuint (f->downloaded->len, ==, 0);
}

/* From the starting list to a publication, its data sets and a download;
 * then a newer version found by Check for Updates. */
static void
test_download (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *first = NULL;
  GtkWidget *row;
  GtkWidget *download;
  GtkWidget *updates;

  open_dialog (f, f->server->url);
  g_signal_emit_by_name (find_shown (GTK_WIDGET (f->dialog), FIND_ROW, CLA_PUBLICATION), "activated");
  wait_for (f, FIND_LABEL, "1 publication matches “" CLA_PUBLICATION "”");
  row = wait_for (f, FIND_ROW, CLA_PUBLICATION);
  g_signal_emit_by_name (row, "activated");
  download = wait_for (f, FIND_BUTTON, "Download " CLA_DATA_SET);
  row = find_shown (GTK_WIDGET (f->dialog), FIND_ROW, CLA_DATA_SET);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "2021 to 2025 · Version 1.0 · Published");
  g_assert_nonnull (find_shown (GTK_WIDGET (f->dialog), FIND_BUTTON, "Back to the publications"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (download), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Download " CLA_DATA_SET);

  g_signal_emit_by_name (download, "clicked");
  wait_for_downloads (f, 1);
  first = g_strdup (f->downloaded->pdata[0]);
  g_assert_true (g_str_has_prefix (first, f->cache_dir));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (wait_for (f, FIND_LABEL, "Downloaded “" CLA_DATA_SET "”."));
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 1);
  /* Done, the dialog is ready for more: Download is on, Cancel is gone. */
  g_assert_true (gtk_widget_is_sensitive (download));
  g_assert_null (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.cancel"));
  save_screenshot (GTK_WIDGET (f->dialog), "ees-dialog-downloaded.png");

  ees_server_set_version (f->server, "1.1");
  updates = find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.check-updates");
  g_assert_nonnull (updates);
  g_signal_emit_by_name (updates, "clicked");
  wait_for_downloads (f, 2);
  g_assert_cmpstr (f->downloaded->pdata[1], !=, first);
  g_assert_true (g_str_has_suffix (f->downloaded->pdata[1], "1.1.csv"));
  g_assert_true (g_file_test (f->downloaded->pdata[1], G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (wait_for (f, FIND_LABEL, "1 data set was updated: “" CLA_DATA_SET "”."));

  /* Nothing newer: said so, and nothing downloaded. */
  g_signal_emit_by_name (updates, "clicked");
  wait_for (f, FIND_LABEL, "No downloaded data set has a newer version.");
  g_assert_cmpuint (f->downloaded->len, ==, 2);
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 2);

  /* Back shows the publications found. */
  g_signal_emit_by_name (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.back"), "clicked");
  g_assert_nonnull (wait_for (f, FIND_ROW, CLA_PUBLICATION));
  g_assert_null (find_shown (GTK_WIDGET (f->dialog), FIND_ROW, CLA_DATA_SET));
}

static GtkWidget *
search_entry (Fixture *f)
{
  GtkWidget *entry = find_shown (GTK_WIDGET (f->dialog), FIND_SEARCH, NULL);

  g_assert_nonnull (entry);
  return entry;
}

/* Failures are told in the dialog, in the client's words, and it goes on
 * working: a download cut short, a service that asks to wait, and one
 * that cannot be reached. */
static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->cache_dir, "held.csv", NULL);
  g_autofree char *index = g_build_filename (f->cache_dir, "index.json", NULL);
  g_autofree char *json = NULL;
  GtkWidget *entry;
  GtkWidget *download;

  open_dialog (f, f->server->url);
  entry = search_entry (f);
  gtk_editable_set_text (GTK_EDITABLE (entry), "workforce");
  g_signal_emit_by_name (entry, "activate");
  wait_for (f, FIND_LABEL, "1 publication matches “workforce”");
  g_signal_emit_by_name (wait_for (f, FIND_ROW, "Children's social work workforce"), "activated");
  download = wait_for (f, FIND_BUTTON, "Download " WORKFORCE_DATA_SET);
  g_signal_emit_by_name (download, "clicked");
  wait_for (f, FIND_ERROR, "The download of “" WORKFORCE_DATA_SET "”");
  g_assert_cmpuint (f->downloaded->len, ==, 0);
  g_assert_true (gtk_widget_is_sensitive (download));

  /* A data set downloaded before, which the service is too busy to check. */
  g_assert_true (g_file_set_contents (file, "time_period\n", -1, NULL));
  json = g_strdup_printf ("{\"" EES_BUSY "\":{\"title\":\"Busy\",\"version\":\"1.0\",\"file\":\"%s\"}}", file);
  g_assert_true (g_file_set_contents (index, json, -1, NULL));
  g_signal_emit_by_name (find_shown (GTK_WIDGET (f->dialog), FIND_ACTION, "ees.check-updates"), "clicked");
  wait_for (f, FIND_ERROR, "busy and asks Ladder to wait 30 seconds");
  g_assert_cmpuint (f->downloaded->len, ==, 0);
  close_dialog (f);

  /* No service: the search says so, and Enter tries again. */
  open_dialog (f, DEAD_URL);
  entry = search_entry (f);
  gtk_editable_set_text (GTK_EDITABLE (entry), "care leavers");
  g_signal_emit_by_name (entry, "activate");
  wait_for (f, FIND_ERROR, "could not be reached");
  gtk_label_set_text (GTK_LABEL (find_shown (GTK_WIDGET (f->dialog), FIND_ERROR, "could not be reached")), "");
  g_signal_emit_by_name (entry, "activate");
  wait_for (f, FIND_ERROR, "could not be reached");
}

static gboolean
gate_cb (gpointer data)
{
  Gate *gate = data;

  /* The test's main loop waits for these flags: wake it to look. */
  g_atomic_int_set (&gate->entered, 1);
  g_main_context_wakeup (NULL);
  g_mutex_lock (&gate->lock);
  g_mutex_unlock (&gate->lock);
  g_atomic_int_set (&gate->left, 1);
  g_main_context_wakeup (NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
gate_entered (gpointer data)
{
  Gate *gate = data;

  return g_atomic_int_get (&gate->entered);
}

static gboolean
gate_left (gpointer data)
{
  Gate *gate = data;

  return g_atomic_int_get (&gate->left);
}

/* Cancel stops a download that is waiting on the service and changes
 * nothing; closing the dialog mid-download frees it without waiting. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  Gate gate = { 0 };
  GtkWidget *download;
  GtkWidget *cancel;

  open_dialog (f, f->server->url);
  g_signal_emit_by_name (find_shown (GTK_WIDGET (f->dialog), FIND_ROW, CLA_PUBLICATION), "activated");
  wait_for (f, FIND_LABEL, "1 publication matches");
  g_signal_emit_by_name (wait_for (f, FIND_ROW, CLA_PUBLICATION), "activated");
  download = wait_for (f, FIND_BUTTON, "Download " CLA_DATA_SET);

  g_mutex_init (&gate.lock);
  g_mutex_lock (&gate.lock);
  g_main_context_invoke (f->server->context, gate_cb, &gate);
  wait_until (gate_entered, &gate);

  g_signal_emit_by_name (download, "clicked");
  cancel = wait_for (f, FIND_BUTTON, "Cancel the download");
  g_assert_nonnull (wait_for (f, FIND_LABEL, "Downloading “" CLA_DATA_SET "”…"));
  g_assert_false (gtk_widget_is_sensitive (download));
  save_screenshot (GTK_WIDGET (f->dialog), "ees-dialog-downloading.png");
  g_signal_emit_by_name (cancel, "clicked");
  wait_for (f, FIND_LABEL, "The download of “" CLA_DATA_SET "” was cancelled. Nothing was changed.");
  g_assert_true (gtk_widget_is_sensitive (download));
  g_assert_cmpuint (f->downloaded->len, ==, 0);

  g_signal_emit_by_name (download, "clicked");
  wait_for (f, FIND_BUTTON, "Cancel the download");
  close_dialog (f);
  g_assert_cmpuint (f->downloaded->len, ==, 0);

  /* The service never answered: what was cancelled was waiting on it. */
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 0);
  /* The gate lives on this stack: let the server's thread out first. */
  g_mutex_unlock (&gate.lock);
  wait_until (gate_left, &gate);
  g_mutex_clear (&gate.lock);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  /* The dialog's look and its boxed lists come from libadwaita's style. */
  adw_init ();

  g_test_add ("/ees-dialog/start", Fixture, NULL, fixture_set_up, test_start, fixture_tear_down);
  g_test_add ("/ees-dialog/download", Fixture, NULL, fixture_set_up, test_download, fixture_tear_down);
  g_test_add ("/ees-dialog/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/ees-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  return g_test_run ();
}
