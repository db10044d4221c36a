/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GUI tests for the main window: steps, navigation, menu actions, narrow
 * layout, remembered size, About and shortcuts windows, and a screenshot. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include <glib/gstdio.h>

#include "ladder-application.h"
#include "ladder-ees-dialog.h"
#include "ladder-step-row.h"
#include "ladder-walkthrough.h"
#include "ladder-window.h"
#include "widget-fixtures.h"
#include "test-fixtures.h"

#include "window-fixtures.h"

static void
test_eight_steps (void)
{
  LadderWindow *window = open_window (1000, 700);
  GtkListBox *list = template_child (window, "step_list");
  GtkStack *stack = template_child (window, "stack");

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Walkthrough steps");
  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_true (LADDER_IS_STEP_ROW (row));
      g_assert_cmpint (ladder_step_row_get_step (LADDER_STEP_ROW (row)), ==, i);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, info->title);
      g_assert_nonnull (gtk_stack_get_child_by_name (stack, info->id));
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, LADDER_N_STEPS));

  /* Until a step is chosen, the empty state explains what to do first. */
  g_assert_null (ladder_window_get_current_step (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");
  /* Enter begins: the welcome button has the keyboard focus. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == template_child (window, "begin_button"));
  close_window (window);
}

static void
test_navigate_through_actions (void)
{
  LadderWindow *window = open_window (1000, 700);
  GtkStack *stack = template_child (window, "stack");
  GtkListBox *list = template_child (window, "step_list");
  AdwWindowTitle *title = template_child (window, "content_title");
  GActionGroup *actions = G_ACTION_GROUP (window);

  g_action_group_activate_action (actions, "show-step", g_variant_new_string ("strategy"));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "strategy");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "strategy");
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, LADDER_STEP_STRATEGY);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Strategy");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 3 of 9");

  /* The same route a keyboard shortcut or a button takes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "implementation");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "implementation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-step", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-step", NULL));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "self-assessment");

  /* No step before the first or after the last. */
  ladder_window_set_current_step (window, "start");
  g_assert_false (g_action_group_get_action_enabled (actions, "previous-step"));
  g_assert_true (g_action_group_get_action_enabled (actions, "next-step"));
  ladder_window_set_current_step (window, "plan");
  g_assert_true (g_action_group_get_action_enabled (actions, "previous-step"));
  g_assert_false (g_action_group_get_action_enabled (actions, "next-step"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "plan");

  close_window (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_current_step_notifies_on_change_only (void)
{
  LadderWindow *window = open_window (1000, 700);
  guint count = 0;

  g_signal_connect (window, "notify::current-step", G_CALLBACK (count_notify_cb), &count);
  ladder_window_set_current_step (window, "evidence");
  ladder_window_set_current_step (window, "evidence");
  g_assert_cmpuint (count, ==, 1);
  ladder_window_set_current_step (window, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (ladder_window_get_current_step (window));
  close_window (window);
}

static void
test_menu_actions_enabled (void)
{
  LadderWindow *window = open_window (1000, 700);
  GActionGroup *actions = G_ACTION_GROUP (window);
  static const char * const built[] = { "new", "open", "open-demo", "save", "save-as", "show-library",
                                        "export-paper", "print-paper", "show-measure" };

  for (guint i = 0; i < G_N_ELEMENTS (built); i++)
    g_assert_true (g_action_group_get_action_enabled (actions, built[i]));
  /* Nothing to undo in a new assessment. */
  g_assert_false (g_action_group_get_action_enabled (actions, "undo"));
  g_assert_true (g_action_group_get_action_enabled (actions, "show-help-overlay"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "about"));
  close_window (window);
}

/* The widest thing on show that cannot shrink: walks down from @widget to
 * the child whose minimum width is closest to its own. */
static void
print_widest (GtkWidget *widget,
              int        depth)
{
  int minimum;
  GtkWidget *widest = NULL;
  int widest_min = -1;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("%*s%s %s: %d", depth, "", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_css_classes (widget)[0] != NULL ? gtk_widget_get_css_classes (widget)[0] : "",
                  minimum);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_min;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      if (child_min > widest_min)
        {
          widest_min = child_min;
          widest = child;
        }
    }
  if (widest != NULL && depth < 60)
    print_widest (widest, depth + 1);
}

/* Sets every combo row under @widget to its longest choice. */
static void
choose_longest (GtkWidget *widget)
{
  if (ADW_IS_COMBO_ROW (widget))
    {
      GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (widget));
      guint longest = 0;
      glong length = -1;

      for (guint i = 0; model != NULL && GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
        {
          glong n = g_utf8_strlen (gtk_string_list_get_string (GTK_STRING_LIST (model), i), -1);

          if (n > length)
            {
              length = n;
              longest = i;
            }
        }
      if (length >= 0)
        adw_combo_row_set_selected (ADW_COMBO_ROW (widget), longest);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    choose_longest (child);
}

/* The visible page's own title, when it is a status page. */
static const char *
page_title (LadderWindow *window)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (template_child (window, "stack")));

  for (GtkWidget *w = page; w != NULL; w = gtk_widget_get_first_child (w))
    if (ADW_IS_STATUS_PAGE (w))
      return adw_status_page_get_title (ADW_STATUS_PAGE (w));
  return NULL;
}

/* At 360 pixels, with the demo assessment open, no step asks for more,
 * and the welcome page neither. */
static void
test_every_step_at_360 (void)
{
  LadderWindow *window = open_window (360, 640);
  static const char * const steps[] = {
    "start", "self-assessment", "strategy", "implementation", "difficulties", "review", "recommendation",
    "evidence", "plan",
  };
  int worst = 0;

  gtk_widget_measure (gtk_widget_get_first_child (GTK_WIDGET (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &worst, NULL, NULL, NULL);
  g_assert_nonnull (page_title (window));
  g_assert_cmpstr (adw_window_title_get_title (template_child (window, "content_title")), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      int minimum;

      ladder_window_set_current_step (window, steps[i]);
      if (i == 0)
        choose_longest (ladder_window_get_start_page (window));
      /* Some pages fill in when idle: let them. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      wait_for_paint (GTK_WIDGET (window));
      /* The window's own child: the window adds its shadow outside the
       * size it is given. */
      gtk_widget_measure (gtk_widget_get_first_child (GTK_WIDGET (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d", steps[i], minimum);
      /* The header bar does not repeat the page's title. */
      g_assert_cmpstr (adw_window_title_get_title (template_child (window, "content_title")), !=,
                       page_title (window));
      if (minimum > 360)
        print_widest (GTK_WIDGET (window), 0);
      worst = MAX (worst, minimum);
    }
  g_assert_cmpint (worst, <=, 360);
  ladder_document_discard_changes (ladder_window_get_document (window));
  close_window (window);
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static void
test_folds_when_narrow (void)
{
  LadderWindow *window = open_window (360, 640);
  AdwLeaflet *leaflet = template_child (window, "leaflet");
  GtkWidget *back = template_child (window, "back_button");

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  ladder_window_set_current_step (window, "difficulties");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (window, "content_box"));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_cmpuint (save_screenshot (window, "screenshot-narrow-step.png"), >, 100);
  close_window (window);

  window = open_window (1000, 700);
  leaflet = template_child (window, "leaflet");
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_mapped (template_child (window, "back_button")));

  /* Narrowing keeps the step on show; the list of steps, folded, has the
   * main menu too. */
  ladder_window_set_current_step (window, "strategy");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  wait_until (leaflet_folded, leaflet);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (window, "content_box"));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "strategy");
  g_assert_true (gtk_widget_get_mapped (template_child (window, "primary_menu_button")));
  g_signal_emit_by_name (template_child (window, "back_button"), "clicked");
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (window, "sidebar_box"));
  g_assert_true (gtk_widget_get_visible (template_child (window, "sidebar_menu_button")));
  close_window (window);
}

static void
test_remembers_size (void)
{
  GSettings *settings;
  LadderWindow *window = open_window (820, 610);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  gtk_window_set_default_size (GTK_WINDOW (window), 905, 655);
  wait_for_paint (GTK_WIDGET (window));
  close_window (window);

  settings = ladder_application_get_settings (app);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 905);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 655);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static gboolean
window_maximized (gpointer data)
{
  return gtk_window_is_maximized (data);
}

/* The maximised state comes back on the next start, and is saved on close. */
static void
test_remembers_maximized (void)
{
  GSettings *settings = ladder_application_get_settings (app);
  LadderWindow *window;

  g_settings_set_int (settings, "window-width", 800);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = ladder_window_new (GTK_APPLICATION (app), settings);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_maximized, window);

  g_settings_set_boolean (settings, "window-maximized", FALSE);
  close_window (window);
  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));
  /* The unmaximised size is kept, not the size of the screen. */
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_about_window (void)
{
  LadderWindow *window = open_window (1000, 700);
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Ladder");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)),
                            "Department for Education"));
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  gtk_window_destroy (about);
  close_window (window);
}

static void
test_shortcuts_window (void)
{
  LadderWindow *window = open_window (1000, 700);
  GtkWindow *shortcuts;

  static const struct { const char *action; const char *accel; } expected[] = {
    { "win.next-step", "<Control>Page_Down" },
    { "win.previous-step", "<Control>Page_Up" },
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }

  g_assert_null (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
  close_window (window);
}

/* The screenshot of the README and the metainfo. Text, icons and the
 * suggested-action button give hundreds of shades; a blank or single-colour
 * window gives a handful. */
static void
test_screenshot (void)
{
  LadderWindow *window = open_window (1000, 700);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, 900);
  g_assert_cmpuint (save_screenshot (window, "screenshot-main-window.png"), >, 200);
  close_window (window);
}


/* Data ------------------------------------------------------------------ */

#define LAIT_HEADER "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"

static void
set_data_files (const char * const *files)
{
  g_settings_set_strv (ladder_application_get_settings (app), "data-files", files);
}

static gpointer
panel_child (LadderWindow *window,
             const char   *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (ladder_window_get_data_panel (window)),
                                        LADDER_TYPE_DATA_PANEL, name);
}

static void
activate_import (LadderWindow *window,
                 const char   *path)
{
  const char *paths[] = { path, NULL };

  g_action_group_activate_action (G_ACTION_GROUP (window), "import-files",
                                  g_variant_new_strv (paths, -1));
}

/* The action row titled @title somewhere inside @widget, or NULL. */
static AdwActionRow *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  return ADW_ACTION_ROW (find_widget (widget, is_row_titled, title));
}

static gboolean
has_measure (LadderDataset *dataset,
             const char    *code)
{
  guint index;

  return dataset != NULL && ladder_dataset_find_measure (dataset, code, &index);
}

/* With nothing imported, the window opens on the fictional data, and says
 * so on the Evidence step. */
static void
test_demo_data_at_start (void)
{
  LadderWindow *window;
  LadderDataset *dataset;
  guint area;

  set_data_files (NULL);
  window = open_window (1000, 700);
  dataset = ladder_window_get_dataset (window);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (ladder_dataset_get_title (dataset), ==, "Fictional demonstration data");
  g_assert_true (ladder_dataset_find_area (dataset, "Ashmoor (fictional)", &area));
  g_assert_cmpstr (ladder_data_panel_get_title (ladder_window_get_data_panel (window)), ==,
                   "Fictional demonstration data");
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (ladder_window_get_data_panel (window)),
                                         template_child (window, "stack")));
  g_assert_true (gtk_widget_get_visible (panel_child (window, "fictional_label")));
  g_assert_false (gtk_widget_get_visible (panel_child (window, "progress_box")));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-data"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "cancel-data-load"));

  ladder_window_set_current_step (window, "evidence");
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "screenshot-evidence-demo-data.png"), >, 200);
  close_window (window);
}

/* Imported files replace the demonstration data, are remembered for the
 * next start, and can be removed again. */
static void
test_import_remember_remove (void)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) remembered = NULL;
  LadderWindow *window;
  GtkListBox *files;

  set_data_files (NULL);
  path = g_build_filename (g_get_tmp_dir (), "ladder-window-import.csv", NULL);
  g_assert_true (g_file_set_contents (path, LAIT_HEADER "TO,Turnover,2024,Ashmoor,17.2,601,North\n"
                                      "TO,,2025,Ashmoor,14.8,601,North\n", -1, NULL));
  window = open_window (1000, 700);
  activate_import (window, path);
  g_assert_true (gtk_widget_get_visible (panel_child (window, "progress_box")));
  wait_until (data_loaded, window);

  g_assert_true (has_measure (ladder_window_get_dataset (window), "TO"));
  g_assert_null (ladder_dataset_get_title (ladder_window_get_dataset (window)));
  g_assert_cmpstr (ladder_data_panel_get_title (ladder_window_get_data_panel (window)), ==, "Your Data");
  g_assert_false (gtk_widget_get_visible (panel_child (window, "fictional_label")));
  g_assert_false (gtk_widget_get_visible (panel_child (window, "progress_box")));
  files = panel_child (window, "files_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (files, 0));
  g_assert_null (gtk_list_box_get_row_at_index (files, 1));
  /* Expanded, the file's row shows what it brought. */
  g_assert_null (find_row_titled (GTK_WIDGET (files), "Figures"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (files, 0)), TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (files), "Figures")), ==,
                   "2 figures and 0 missing");
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (files), "Coverage")), ==,
                   "1 measure, 1 area, 2 periods");
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpuint (g_strv_length (remembered), ==, 1);
  g_assert_cmpstr (remembered[0], ==, path);
  close_window (window);

  /* The next start loads it again. */
  window = open_window (1000, 700);
  g_assert_true (has_measure (ladder_window_get_dataset (window), "TO"));

  /* Removed, the demonstration data comes back and nothing is remembered. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "remove-data-file",
                                  g_variant_new_string (path));
  wait_until (data_loaded, window);
  g_assert_false (has_measure (ladder_window_get_dataset (window), "TO"));
  g_assert_cmpstr (ladder_dataset_get_title (ladder_window_get_dataset (window)), ==,
                   "Fictional demonstration data");
  g_clear_pointer (&remembered, g_strfreev);
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpuint (g_strv_length (remembered), ==, 0);
  close_window (window);
  g_unlink (path);
}

static gboolean
data_loading (gpointer data)
{
  return !data_loaded (data);
}

static gboolean
n_remembered_reached (gpointer data)
{
  g_auto(GStrv) remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");

  return g_strv_length (remembered) >= GPOINTER_TO_UINT (data);
}

/* Get Data from the Department opens its dialog over the window; what it
 * downloads is imported and remembered like a chosen file, and one that
 * arrives while data loads waits for the load to end, not lost. */
static void
test_get_data_imports_downloads (void)
{
  g_autofree char *first = g_build_filename (g_get_tmp_dir (), "ladder-window-download-1.csv", NULL);
  g_autofree char *second = g_build_filename (g_get_tmp_dir (), "ladder-window-download-2.csv", NULL);
  g_auto(GStrv) remembered = NULL;
  LadderWindow *window;
  GtkWindow *dialog;

  set_data_files (NULL);
  g_assert_true (g_file_set_contents (first, LAIT_HEADER "TO,Turnover,2024,Ashmoor,17.2,601,North\n", -1, NULL));
  g_assert_true (g_file_set_contents (second, LAIT_HEADER "VR,Vacancy rate,2024,Ashmoor,9.5,601,North\n", -1, NULL));
  window = open_window (1000, 700);
  g_action_group_activate_action (G_ACTION_GROUP (window), "get-data", NULL);
  dialog = find_toplevel (LADDER_TYPE_EES_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));

  g_signal_emit_by_name (dialog, "downloaded", first);
  wait_until (data_loading, window);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-files"));
  g_signal_emit_by_name (dialog, "downloaded", second);
  wait_until (n_remembered_reached, GUINT_TO_POINTER (2));
  wait_until (data_loaded, window);
  g_assert_true (has_measure (ladder_window_get_dataset (window), "TO"));
  g_assert_true (has_measure (ladder_window_get_dataset (window), "VR"));
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpstr (remembered[0], ==, first);
  g_assert_cmpstr (remembered[1], ==, second);

  gtk_window_destroy (dialog);
  close_window (window);
  g_unlink (first);
  g_unlink (second);
}

/* A bad file is refused with its line, column and problem; the data that
 * was loaded stays, and the bad file is not remembered. */
static void
test_bad_file_keeps_data (void)
{
  g_autofree char *good = g_build_filename (g_get_tmp_dir (), "ladder-window-good.csv", NULL);
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "ladder-window-bad.csv", NULL);
  g_auto(GStrv) remembered = NULL;
  LadderWindow *window;
  AdwMessageDialog *dialog;

  set_data_files (NULL);
  g_assert_true (g_file_set_contents (good, LAIT_HEADER "TO,Turnover,2024,Ashmoor,17.2,601,North\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, LAIT_HEADER "BAD,Bad,2024,Ashmoor,1,601,North\n"
                                      "BAD,,2025,Ash\"moor,2,601,North\n", -1, NULL));
  window = open_window (1000, 700);
  activate_import (window, good);
  wait_until (data_loaded, window);
  activate_import (window, bad);
  wait_until (data_loaded, window);
  wait_until (message_dialog_shown, NULL);

  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Load ladder-window-bad.csv");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "ladder-window-bad.csv: line 3, column 14: a quote mark is out of place"));
  g_assert_true (has_measure (ladder_window_get_dataset (window), "TO"));
  g_assert_false (has_measure (ladder_window_get_dataset (window), "BAD"));
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpuint (g_strv_length (remembered), ==, 1);
  g_assert_cmpstr (remembered[0], ==, good);
  /* The panel lists the file that was left out, and why. */
  g_assert_true (gtk_widget_get_visible (panel_child (window, "problems_box")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
  g_unlink (good);
  g_unlink (bad);
}

/* Cancelling a long load keeps the data already in use. */
static void
test_cancel_keeps_data (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "ladder-window-large.csv", NULL);
  g_autoptr(GString) text = g_string_new (LAIT_HEADER);
  g_auto(GStrv) remembered = NULL;
  LadderWindow *window;

  set_data_files (NULL);
  /* About 10 MB: some 30 ms to read, while the cancel comes microseconds
   * after the import starts. */
  for (guint row = 0; text->len < 10 * 1000 * 1000; row++)
    g_string_append_printf (text, "M%u,,20%02u,Council %u,%u.5,%u,Region\n",
                            row / 1000, row % 10 + 10, row % 100, row % 1000, 100 + row % 100);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  window = open_window (1000, 700);
  activate_import (window, path);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "cancel-data-load"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-data"));
  g_assert_true (gtk_widget_get_visible (panel_child (window, "progress_box")));
  g_action_group_activate_action (G_ACTION_GROUP (window), "cancel-data-load", NULL);
  wait_until (data_loaded, window);

  g_assert_cmpstr (ladder_dataset_get_title (ladder_window_get_dataset (window)), ==,
                   "Fictional demonstration data");
  g_assert_false (has_measure (ladder_window_get_dataset (window), "M0"));
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpuint (g_strv_length (remembered), ==, 0);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-data"));
  close_window (window);
  g_unlink (path);
}

/* A remembered file that has gone: the demonstration data is shown, and
 * the file stays on the list until the user removes it. */
static void
test_missing_remembered_file (void)
{
  const char *files[] = { "/nonexistent/ladder/bds_long.csv", NULL };
  g_auto(GStrv) remembered = NULL;
  LadderWindow *window;

  set_data_files (files);
  window = open_window (1000, 700);
  /* The failed load, then the demonstration data. */
  wait_until (data_loaded, window);
  g_assert_nonnull (ladder_window_get_dataset (window));
  g_assert_cmpstr (ladder_dataset_get_title (ladder_window_get_dataset (window)), ==,
                   "Fictional demonstration data");
  remembered = g_settings_get_strv (ladder_application_get_settings (app), "data-files");
  g_assert_cmpstrv (remembered, files);
  close_window (window);
  set_data_files (NULL);
}

static GtkDropTarget *
find_drop_target (LadderWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Files dropped on the window are imported like files chosen from the
 * menu; files that are not on this computer are refused. */
static void
test_drop_files (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "ladder-window-dropped.csv", NULL);
  g_autoptr(GFile) file = NULL;
  GSList *list = NULL;
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;
  LadderWindow *window;

  set_data_files (NULL);
  g_assert_true (g_file_set_contents (path, LAIT_HEADER "DROP,Dropped,2024,Ashmoor,3,601,North\n", -1, NULL));
  window = open_window (1000, 700);
  target = find_drop_target (window);
  g_assert_nonnull (target);
  g_assert_cmpuint (gtk_drop_target_get_actions (target), ==, GDK_ACTION_COPY);

  file = g_file_new_for_path (path);
  list = g_slist_append (list, g_object_ref (file));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  wait_until (data_loaded, window);
  g_assert_true (has_measure (ladder_window_get_dataset (window), "DROP"));

  close_window (window);
  set_data_files (NULL);
  g_unlink (path);
}

/* The Department's real LAIT table through the window, as a user would
 * import it: all of it, the counts shown, the window responsive. */
static void
test_import_real_table (void)
{
  g_autofree char *path = fixture_real_data ("lait/bds_long.csv");
  LadderWindow *window;
  LadderDataset *dataset;

  if (path == NULL)
    return;
  set_data_files (NULL);
  window = open_window (1000, 700);
  ladder_window_set_current_step (window, "evidence");
  activate_import (window, path);
  wait_until (data_loaded, window);
  dataset = ladder_window_get_dataset (window);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 434);
  g_assert_cmpuint (ladder_dataset_get_n_areas (dataset), ==, 170);
  g_assert_cmpstr (ladder_data_panel_get_title (ladder_window_get_data_panel (window)), ==, "Your Data");
  g_assert_false (gtk_widget_get_visible (panel_child (window, "fictional_label")));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "screenshot-evidence-real-data.png"), >, 200);
  close_window (window);
  set_data_files (NULL);
}

/* Without a settings schema nothing is remembered, but imports still add
 * to the files in use. */
static void
test_import_without_settings (void)
{
  g_autofree char *first = g_build_filename (g_get_tmp_dir (), "ladder-window-first.csv", NULL);
  g_autofree char *second = g_build_filename (g_get_tmp_dir (), "ladder-window-second.csv", NULL);
  LadderWindow *window;

  g_assert_true (g_file_set_contents (first, LAIT_HEADER "ONE,One,2024,Ashmoor,1,601,North\n", -1, NULL));
  g_assert_true (g_file_set_contents (second, LAIT_HEADER "TWO,Two,2024,Ashmoor,2,601,North\n", -1, NULL));
  window = ladder_window_new (GTK_APPLICATION (app), NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (data_loaded, window);
  activate_import (window, first);
  wait_until (data_loaded, window);
  activate_import (window, second);
  wait_until (data_loaded, window);
  g_assert_true (has_measure (ladder_window_get_dataset (window), "ONE"));
  g_assert_true (has_measure (ladder_window_get_dataset (window), "TWO"));
  g_assert_cmpuint (ladder_dataset_get_n_sources (ladder_window_get_dataset (window)), ==, 2);
  close_window (window);
  g_unlink (first);
  g_unlink (second);
}

/* A file that cannot even be opened: the dialog names it. */
static void
test_missing_file_dialog (void)
{
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "ladder-window-missing.csv", NULL);
  LadderWindow *window;
  AdwMessageDialog *dialog;

  set_data_files (NULL);
  g_unlink (missing);
  window = open_window (1000, 700);
  activate_import (window, missing);
  wait_until (data_loaded, window);
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Load ladder-window-missing.csv");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "ladder-window-missing.csv could not be opened"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  /* Transitions would leave screenshots and assertions mid-slide. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/window/eight-steps", test_eight_steps);
  g_test_add_func ("/window/navigate", test_navigate_through_actions);
  g_test_add_func ("/window/current-step-notify", test_current_step_notifies_on_change_only);
  g_test_add_func ("/window/menu-actions-enabled", test_menu_actions_enabled);
  g_test_add_func ("/window/narrow", test_folds_when_narrow);
  g_test_add_func ("/window/remembers-size", test_remembers_size);
  g_test_add_func ("/window/remembers-maximized", test_remembers_maximized);
  g_test_add_func ("/window/about", test_about_window);
  g_test_add_func ("/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/window/screenshot", test_screenshot);
  g_test_add_func ("/window/every-step-at-360", test_every_step_at_360);
  g_test_add_func ("/window/data/demo-at-start", test_demo_data_at_start);
  g_test_add_func ("/window/data/import-remember-remove", test_import_remember_remove);
  g_test_add_func ("/window/data/bad-file-keeps-data", test_bad_file_keeps_data);
  g_test_add_func ("/window/data/cancel-keeps-data", test_cancel_keeps_data);
  g_test_add_func ("/window/data/missing-remembered-file", test_missing_remembered_file);
  g_test_add_func ("/window/data/drop-files", test_drop_files);
  g_test_add_func ("/window/data/get-data", test_get_data_imports_downloads);
  g_test_add_func ("/window/data/real-table", test_import_real_table);
  g_test_add_func ("/window/data/import-without-settings", test_import_without_settings);
  g_test_add_func ("/window/data/missing-file-dialog", test_missing_file_dialog);

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}
