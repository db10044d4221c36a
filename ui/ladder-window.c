/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the walkthrough sidebar and the page for the current step. */
#include "config.h"

#include "ladder-data-load.h"
#include "ladder-data-panel.h"
#include "ladder-evidence-view.h"
#include "ladder-step-page.h"
#include "ladder-step-row.h"
#include "ladder-text.h"
#include "ladder-walkthrough.h"
#include "ladder-window-private.h"

G_DEFINE_FINAL_TYPE (LadderWindow, ladder_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_CURRENT_STEP,
  PROP_DATASET,
  PROP_LOADING_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_action_enabled (LadderWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_navigation_actions (LadderWindow *self)
{
  set_action_enabled (self, "previous-step", self->current_step > LADDER_STEP_START);
  set_action_enabled (self, "next-step", self->current_step < LADDER_N_STEPS - 1);
}

static void
forget_return (LadderWindow *self)
{
  g_clear_weak_pointer (&self->return_focus);
  self->return_step = NO_STEP;
  if (self->back_to_question != NULL)
    gtk_widget_set_visible (self->back_to_question, FALSE);
}

static void
show_step (LadderWindow *self,
           int           step)
{
  gboolean focus_was_in_page, focus_was_in_list;
  GtkWidget *focus;

  if (step == self->current_step)
    return;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  focus_was_in_page = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack));
  focus_was_in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->step_list));
  self->current_step = step;

  if (step == NO_STEP)
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      gtk_list_box_unselect_all (self->step_list);
      /* The page's own title says Welcome: the header does not repeat it. */
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
  else
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (step);
      g_autofree char *subtitle = g_strdup_printf ("Step %d of %d", step + 1, LADDER_N_STEPS);

      gtk_stack_set_visible_child (self->stack, self->pages[step]);
      gtk_list_box_select_row (self->step_list, GTK_LIST_BOX_ROW (self->rows[step]));
      adw_window_title_set_title (self->content_title, info->title);
      adw_window_title_set_subtitle (self->content_title, subtitle);
      /* Even unfolded: when the window narrows, the page stays on show. */
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
      /* Ctrl+Page Down from the list of steps: the ring follows the step. */
      if (focus_was_in_list && !adw_leaflet_get_folded (self->leaflet))
        gtk_widget_grab_focus (self->rows[step]);
    }

  if (step != LADDER_STEP_EVIDENCE && self->return_step != step)
    forget_return (self);
  update_navigation_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
  /* Buttons on the old page vanish with it; keep the keyboard user on the
   * page they moved to, at its first control, rather than dropping focus
   * to the window. The page fills in when first shown: after the notify. */
  if (focus_was_in_page && step != NO_STEP)
    ladder_text_focus_first (self->pages[step]);
}

/**
 * ladder_window_show_library_page:
 * @self: the window
 *
 * Shows the library of support in place of a step.
 */
void
ladder_window_show_library_page (LadderWindow *self)
{
  show_step (self, NO_STEP);
  gtk_stack_set_visible_child_name (self->stack, "library");
  adw_window_title_set_title (self->content_title, "Library of Support");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* A question's "Charts" button: the Evidence step on that indicator, with
 * a button back to the question it came from. */
static void
show_measure_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LadderWindow *self = LADDER_WINDOW (user_data);
  const char *code = g_variant_get_string (parameter, NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int from = self->current_step;

  forget_return (self);
  ladder_window_set_current_step (self, "evidence");
  if (!ladder_evidence_view_show_measure (LADDER_EVIDENCE_VIEW (self->evidence_view), code))
    ladder_window_add_toast (self, "That indicator is not in the data loaded");
  if (from == NO_STEP || from == LADDER_STEP_EVIDENCE)
    return;
  self->return_step = from;
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->pages[from]))
    g_set_weak_pointer (&self->return_focus, focus);
  gtk_widget_set_visible (self->back_to_question, TRUE);
  gtk_widget_grab_focus (self->back_to_question);
}

static void
back_to_question_clicked_cb (LadderWindow *self)
{
  GtkWidget *focus = self->return_focus;
  int step = self->return_step;

  if (step == NO_STEP)
    return;
  show_step (self, step);
  if (focus != NULL && gtk_widget_grab_focus (focus))
    ladder_text_scroll_to_reading_place (focus);
  forget_return (self);
}

static void
show_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LadderWindow *self = user_data;
  const LadderStepInfo *info = ladder_walkthrough_find_step (g_variant_get_string (parameter, NULL));

  if (info == NULL)
    {
      g_warning ("No walkthrough step is called '%s'", g_variant_get_string (parameter, NULL));
      return;
    }
  show_step (self, info->step);
}

static void
next_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderStep next;

  if (self->current_step == NO_STEP)
    show_step (self, LADDER_STEP_START);
  else if (ladder_walkthrough_next (self->current_step, &next))
    show_step (self, next);
}

static void
previous_step_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderStep previous;

  if (self->current_step != NO_STEP &&
      ladder_walkthrough_previous (self->current_step, &previous))
    show_step (self, previous);
}

/* Data ------------------------------------------------------------------ */

static void start_data_load (LadderWindow       *self,
                             const char * const *paths,
                             gboolean            demo,
                             char              **requested);

static gboolean
strv_has (const char * const *strv,
          const char         *item)
{
  return strv != NULL && g_strv_contains (strv, item);
}

/* The files the user has chosen to work with, in reading order. */
static char **
user_files (LadderWindow *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  if (self->settings != NULL)
    return g_settings_get_strv (self->settings, "data-files");
  /* Without settings, the files in use are the list. */
  builder = g_strv_builder_new ();
  for (guint i = 0; self->data != NULL && !self->data_is_demo && i < self->data->files->len; i++)
    g_strv_builder_add (builder, self->data->files->pdata[i]);
  return g_strv_builder_end (builder);
}

static void
remember_files (LadderWindow       *self,
                const char * const *files)
{
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, "data-files", files);
}

static void
load_demo_data (LadderWindow *self)
{
  g_auto(GStrv) demo = ladder_demo_data_files ();

  start_data_load (self, (const char * const *) demo, TRUE, NULL);
}

/* The user's files, or the demonstration data when there are none. */
static void
load_user_files (LadderWindow       *self,
                 const char * const *files,
                 char              **requested)
{
  if (files == NULL || files[0] == NULL)
    load_demo_data (self);
  else
    start_data_load (self, files, FALSE, requested);
}

static void
set_loading (LadderWindow *self,
             gboolean      loading)
{
  set_action_enabled (self, "import-data", !loading);
  set_action_enabled (self, "import-files", !loading);
  set_action_enabled (self, "remove-data-file", !loading);
  set_action_enabled (self, "cancel-data-load", loading);
  if (!loading)
    ladder_data_panel_hide_progress (self->data_panel);
  if (!loading)
    ladder_window_import_downloads (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING_DATA]);
}

static void
data_progress_cb (const char *name,
                  guint       index,
                  guint       n_files,
                  double      fraction,
                  gpointer    user_data)
{
  LadderWindow *self = user_data;
  g_autofree char *text = NULL;

  if (self->disposed || self->data_cancellable == NULL)
    return;
  if (n_files > 1)
    text = g_strdup_printf ("Reading %s (%u of %u)", name, index + 1, n_files);
  else
    text = g_strdup_printf ("Reading %s", name);
  ladder_data_panel_show_progress (self->data_panel, text, fraction);
}

static void
show_evidence_response_cb (AdwToast     *toast,
                           LadderWindow *self)
{
  ladder_window_set_current_step (self, "evidence");
}

/* Says which of the files the user asked for could not be loaded, and
 * why, in a dialog that stays until it is read. */
static void
report_failed_files (LadderWindow   *self,
                     LadderDataLoad *load,
                     char          **requested)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  guint n_failed = 0;
  const char *failed_path = NULL;
  AdwMessageDialog *dialog;

  for (guint i = 0; i < load->failed_files->len; i++)
    if (strv_has ((const char * const *) requested, load->failed_files->pdata[i]))
      {
        g_string_append_printf (body, "%s\n\n", (const char *) load->problems->pdata[i]);
        failed_path = load->failed_files->pdata[i];
        n_failed++;
      }
  if (n_failed == 0)
    return;

  if (n_failed == 1)
    {
      g_autofree char *name = g_path_get_basename (failed_path);
      heading = g_strdup_printf ("Could Not Load %s", name);
    }
  else
    heading = g_strdup_printf ("Could Not Load %u Files", n_failed);
  g_string_append (body, "Nothing else has changed: the data already loaded is still there. "
                   "Correct the file and import it again.");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body->str));
  /* No mnemonics: GTK 4.8 reads a mnemonic label twice to a screen reader. */
  adw_message_dialog_add_response (dialog, "close", "Close");
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
data_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadderWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderDataLoad) load = ladder_data_load_finish (result, &error);
  g_auto(GStrv) requested = g_steal_pointer (&self->requested_files);
  g_auto(GStrv) remembered = g_steal_pointer (&self->remembered_files);
  gboolean demo = self->loading_demo;
  guint n_requested_loaded = 0;

  if (self->disposed)
    return;
  g_clear_object (&self->data_cancellable);
  set_loading (self, FALSE);

  if (load == NULL)
    {
      ladder_window_add_toast (self, "Loading was cancelled: the data already loaded is unchanged");
      if (self->data == NULL && !demo)
        load_demo_data (self);
      return;
    }

  if (requested != NULL)
    report_failed_files (self, load, requested);

  /* Nothing of the user's could be read: keep what there was. */
  if (!demo && load->files->len == 0)
    {
      if (requested == NULL)
        ladder_window_add_toast (self, "None of your data files could be loaded, so the "
                                 "demonstration data is shown; import them again to use them");
      if (self->data == NULL)
        load_demo_data (self);
      return;
    }

  /* Files the user asked for now and could not be read are not
   * remembered; files remembered from before stay on the list even when
   * they cannot be read today (a drive not plugged in), shown as left out
   * until the user removes them. */
  if (!demo)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) keep = NULL;

      for (guint i = 0; remembered != NULL && remembered[i] != NULL; i++)
        if (!strv_has ((const char * const *) requested, remembered[i]) ||
            g_ptr_array_find_with_equal_func (load->files, remembered[i], g_str_equal, NULL))
          g_strv_builder_add (builder, remembered[i]);
      keep = g_strv_builder_end (builder);
      remember_files (self, (const char * const *) keep);
    }

  g_clear_pointer (&self->data, ladder_data_load_free);
  self->data = g_steal_pointer (&load);
  self->data_is_demo = demo;
  ladder_data_panel_show_load (self->data_panel, self->data, demo);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);

  for (guint i = 0; i < self->data->files->len; i++)
    n_requested_loaded += strv_has ((const char * const *) requested, self->data->files->pdata[i]);
  if (n_requested_loaded > 0)
    {
      g_autofree char *description = ladder_data_load_describe (self->data);
      g_autofree char *message = g_strdup_printf ("Data loaded: %s", description);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_button_label (toast, "Show");
      g_signal_connect (toast, "button-clicked", G_CALLBACK (show_evidence_response_cb), self);
      ladder_window_show_toast (self, toast);
    }
  else if (requested == NULL && self->data->failed_files->len > 0)
    {
      AdwToast *toast = adw_toast_new ("Some of your data files could not be loaded");

      adw_toast_set_button_label (toast, "Show");
      g_signal_connect (toast, "button-clicked", G_CALLBACK (show_evidence_response_cb), self);
      ladder_window_show_toast (self, toast);
    }
}

/* Loads @paths into a new dataset on a worker thread. The current data
 * stays in use until the new data is ready, and stays if the load is
 * cancelled or nothing in it can be read. */
static void
start_data_load (LadderWindow       *self,
                 const char * const *paths,
                 gboolean            demo,
                 char              **requested)
{
  g_return_if_fail (self->data_cancellable == NULL);

  self->data_cancellable = g_cancellable_new ();
  self->loading_demo = demo;
  self->requested_files = requested;
  self->remembered_files = demo ? NULL : g_strdupv ((char **) paths);
  set_loading (self, TRUE);
  ladder_data_panel_show_progress (self->data_panel, "Starting", 0.0);
  ladder_data_load_async (paths, demo ? LADDER_DEMO_DATA_TITLE : NULL, self->data_cancellable,
                          data_progress_cb, self, data_loaded_cb, g_object_ref (self));
}

/* Adds @paths to the user's files (the demonstration data is replaced) and
 * loads them all. */
static void
import_paths (LadderWindow       *self,
              const char * const *paths)
{
  g_auto(GStrv) current = user_files (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) files = NULL;

  if (self->data_cancellable != NULL)
    {
      ladder_window_add_toast (self, "Data is still loading: import again when it has finished");
      return;
    }
  g_strv_builder_addv (builder, (const char **) current);
  for (guint i = 0; paths[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) current, paths[i]))
      g_strv_builder_add (builder, paths[i]);
  files = g_strv_builder_end (builder);
  load_user_files (self, (const char * const *) files, g_strdupv ((char **) paths));
}

static void
import_files_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_autofree const char **paths = g_variant_get_strv (parameter, NULL);

  if (paths[0] != NULL)
    import_paths (LADDER_WINDOW (user_data), paths);
}

/* Local paths of @files; remote files cannot be read directly. */
static char **
paths_of_files (LadderWindow *self,
                GListModel   *files)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_remote = 0;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
      else
        n_remote++;
    }
  if (n_remote > 0)
    ladder_window_add_toast (self, "Only files on this computer can be imported: copy the file here first");
  return g_strv_builder_end (builder);
}

static void
import_dialog_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_auto(GStrv) paths = paths_of_files (self, files);

      if (paths[0] != NULL)
        import_paths (self, (const char * const *) paths);
    }
  g_object_unref (dialog);
}

static void
import_data_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LadderWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new ("Import Data", GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, "_Import", "_Cancel");
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (csv, "CSV Files");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), csv);
  gtk_file_filter_set_name (all, "All Files");
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  g_signal_connect (dialog, "response", G_CALLBACK (import_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
remove_data_file_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  LadderWindow *self = user_data;
  const char *path = g_variant_get_string (parameter, NULL);
  g_auto(GStrv) current = user_files (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) files = NULL;

  for (guint i = 0; current[i] != NULL; i++)
    if (g_strcmp0 (current[i], path) != 0)
      g_strv_builder_add (builder, current[i]);
  files = g_strv_builder_end (builder);
  if (files[0] == NULL)
    remember_files (self, (const char * const *) files);
  load_user_files (self, (const char * const *) files, NULL);
}

static void
cancel_data_load_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  LadderWindow *self = user_data;

  if (self->data_cancellable != NULL)
    g_cancellable_cancel (self->data_cancellable);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LadderWindow  *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_auto(GStrv) paths = NULL;
  guint n_assessments = 0;

  /* Assessments are not data: answers from copies go on the Review step. */
  for (GSList *l = list; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && g_str_has_suffix (name, ".ladder"))
        n_assessments++;
      else
        g_list_store_append (files, l->data);
    }
  if (n_assessments > 0)
    ladder_window_add_toast (self, "To add answers from copies, drop them on the Review step; "
                                   "to open an assessment, use Open");
  paths = paths_of_files (self, G_LIST_MODEL (files));
  if (paths[0] == NULL)
    return n_assessments > 0;
  import_paths (self, (const char * const *) paths);
  return TRUE;
}

static const GActionEntry window_actions[] = {
  { .name = "import-data", .activate = import_data_action },
  { .name = "import-files", .activate = import_files_action, .parameter_type = "as" },
  { .name = "remove-data-file", .activate = remove_data_file_action, .parameter_type = "s" },
  { .name = "cancel-data-load", .activate = cancel_data_load_action },
  { .name = "show-step", .activate = show_step_action, .parameter_type = "s" },
  { .name = "show-measure", .activate = show_measure_action, .parameter_type = "s" },
  { .name = "next-step", .activate = next_step_action },
  { .name = "previous-step", .activate = previous_step_action },
};

static void
step_list_row_activated_cb (LadderWindow  *self,
                            GtkListBoxRow *row)
{
  LadderStep step = ladder_step_row_get_step (LADDER_STEP_ROW (row));

  /* Re-activating the current row still matters when folded: it is how a
   * narrow window gets back from the list to the page. */
  if ((int) step == self->current_step && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  show_step (self, step);
}

static void
back_button_clicked_cb (LadderWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_window_state (LadderWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (LadderWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximised size, which is what should come
   * back when the window is next opened and unmaximised. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
ladder_window_close_request (GtkWindow *window)
{
  /* Unsaved changes: ask first, and close later if the user agrees. */
  if (ladder_window_files_close_request (LADDER_WINDOW (window)))
    return TRUE;
  save_window_state (LADDER_WINDOW (window));

  return GTK_WINDOW_CLASS (ladder_window_parent_class)->close_request (window);
}

static void
ladder_window_constructed (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);

  G_OBJECT_CLASS (ladder_window_parent_class)->constructed (object);

  restore_window_state (self);
  ladder_window_pages_add_setting_actions (self);

  /* What the user loaded last time, or else the demonstration data. */
  {
    g_auto(GStrv) files = user_files (self);

    load_user_files (self, (const char * const *) files, NULL);
  }
}

static void
ladder_window_dispose (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);

  /* A load under way holds a reference until it reports; it finds the
   * window disposed and does nothing. */
  self->disposed = TRUE;
  g_clear_weak_pointer (&self->return_focus);
  if (self->document != NULL)
    ladder_document_close (self->document);
  ladder_window_files_dispose (self);
  ladder_window_pages_dispose (self);
  ladder_window_paper_dispose (self);
  g_clear_object (&self->document);
  if (self->data_cancellable != NULL)
    g_cancellable_cancel (self->data_cancellable);
  g_clear_object (&self->data_cancellable);
  g_clear_pointer (&self->data, ladder_data_load_free);
  g_clear_pointer (&self->requested_files, g_strfreev);
  g_clear_pointer (&self->remembered_files, g_strfreev);
  g_clear_pointer (&self->downloads, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (ladder_window_parent_class)->dispose (object);
}

static void
ladder_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CURRENT_STEP:
      g_value_set_string (value, ladder_window_get_current_step (self));
      break;
    case PROP_DATASET:
      g_value_set_boxed (value, ladder_window_get_dataset (self));
      break;
    case PROP_LOADING_DATA:
      g_value_set_boolean (value, self->data_cancellable != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CURRENT_STEP:
      ladder_window_set_current_step (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_window_class_init (LadderWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ladder_window_constructed;
  object_class->dispose = ladder_window_dispose;
  object_class->get_property = ladder_window_get_property;
  object_class->set_property = ladder_window_set_property;
  window_class->close_request = ladder_window_close_request;

  /**
   * LadderWindow:settings:
   *
   * Where the window remembers its size; %NULL when the settings schema is
   * not installed, in which case nothing is remembered.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LadderWindow:current-step:
   *
   * The identifier of the step on show, or %NULL on the welcome page.
   */
  properties[PROP_CURRENT_STEP] =
    g_param_spec_string ("current-step", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LadderWindow:dataset:
   *
   * The indicator data in use: the user's files, or the fictional
   * demonstration data. %NULL only until the first load finishes.
   */
  properties[PROP_DATASET] =
    g_param_spec_boxed ("dataset", NULL, NULL, LADDER_TYPE_DATASET,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LadderWindow:loading-data:
   *
   * Whether data files are being read.
   */
  properties[PROP_LOADING_DATA] =
    g_param_spec_boolean ("loading-data", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderWindow::paper-exported:
   * @path: the PDF's path
   * @written: whether it was written
   *
   * A board paper export finished.
   */
  g_signal_new ("paper-exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  g_type_ensure (LADDER_TYPE_STEP_PAGE);
  g_type_ensure (LADDER_TYPE_DATA_PANEL);
  g_type_ensure (LADDER_TYPE_STEP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, step_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, begin_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, advice_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, recent_box);
  /* Not used here, but named for the tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "sidebar_box", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "primary_menu_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sidebar_menu_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, step_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);
}

static void
ladder_window_init (LadderWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current_step = NO_STEP;

  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);

      self->rows[i] = ladder_step_row_new (i);
      gtk_list_box_append (self->step_list, self->rows[i]);
      self->pages[i] = ladder_step_page_new (i);
      gtk_stack_add_titled (self->stack, self->pages[i], info->id, info->title);
    }

  /* The Evidence step: the chart of an indicator, then the data loaded. */
  {
    GtkWidget *evidence = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

    self->back_to_question = gtk_button_new_with_label ("Back to the Question");
    gtk_widget_add_css_class (self->back_to_question, "pill");
    gtk_widget_set_halign (self->back_to_question, GTK_ALIGN_START);
    gtk_widget_set_visible (self->back_to_question, FALSE);
    g_signal_connect_swapped (self->back_to_question, "clicked", G_CALLBACK (back_to_question_clicked_cb), self);
    gtk_box_append (GTK_BOX (evidence), self->back_to_question);
    self->return_step = NO_STEP;
    self->evidence_view = ladder_evidence_view_new ();
    g_signal_connect_swapped (self->evidence_view, "toast", G_CALLBACK (ladder_window_add_toast), self);
    self->data_panel = LADDER_DATA_PANEL (ladder_data_panel_new ());
    gtk_box_append (GTK_BOX (evidence), self->evidence_view);
    gtk_box_append (GTK_BOX (evidence), GTK_WIDGET (self->data_panel));
    ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[LADDER_STEP_EVIDENCE]), evidence);
  }

  /* Data files dropped anywhere on the window are imported. */
  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LadderContent) content = ladder_content_get_default (&error);

    /* The content is built in and tested; failing here is a packaging fault. */
    if (content == NULL)
      g_error ("Ladder’s built-in questions could not be read: %s", error->message);
    self->document = ladder_document_new (content);
  }
  ladder_window_files_init (self);
  ladder_window_pages_init (self);
  ladder_window_review_init (self);
  ladder_window_paper_init (self);
  set_action_enabled (self, "cancel-data-load", FALSE);
  update_navigation_actions (self);

  /* Only now is the welcome button's action there to make it sensitive,
   * and an insensitive widget cannot take the focus. */
  gtk_window_set_focus (GTK_WINDOW (self), self->begin_button);
}

/**
 * ladder_window_new:
 * @application: the application
 * @settings: (nullable): where to remember the window's size
 *
 * Returns: (transfer full): a new window.
 */
LadderWindow *
ladder_window_new (GtkApplication *application,
                   GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (LADDER_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * ladder_window_get_current_step:
 * @self: a #LadderWindow
 *
 * Returns: (nullable): the identifier of the step on show, or %NULL when the
 *   welcome page is on show.
 */
const char *
ladder_window_get_current_step (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  if (self->current_step == NO_STEP)
    return NULL;
  return ladder_walkthrough_get_step (self->current_step)->id;
}

/**
 * ladder_window_set_current_step:
 * @self: a #LadderWindow
 * @step_id: (nullable): a step identifier, or %NULL for the welcome page
 *
 * Shows a step. An unknown identifier is a programming error.
 */
void
ladder_window_set_current_step (LadderWindow *self,
                                const char   *step_id)
{
  const LadderStepInfo *info;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (step_id == NULL)
    {
      show_step (self, NO_STEP);
      return;
    }
  info = ladder_walkthrough_find_step (step_id);
  g_return_if_fail (info != NULL);
  show_step (self, info->step);
}

/* libadwaita 1.2 gives a toast's close button no accessible name, so a
 * screen reader says "GtkImage": name every one on show. */
static void
name_toast_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)),
                                              "window-close-symbolic") == 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          "Dismiss the message", -1);
          gtk_widget_set_tooltip_text (child, "Dismiss");
        }
      name_toast_buttons (child);
    }
}

/* The toasts on show, not the window's content beneath them. */
static void
name_toasts (AdwToastOverlay *overlay)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != adw_toast_overlay_get_child (overlay))
      name_toast_buttons (child);
}

/**
 * ladder_window_add_toast:
 * @self: a #LadderWindow
 * @message: what happened, in a short sentence
 *
 * Tells the user about something that happened without interrupting them.
 */
void
ladder_window_add_toast (LadderWindow *self,
                         const char   *message)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  ladder_window_show_toast (self, adw_toast_new (message));
}

/**
 * ladder_window_show_toast:
 * @self: a #LadderWindow
 * @toast: (transfer full): a toast, perhaps with a button
 *
 * Shows @toast, and remembers its title for ladder_window_get_last_toast().
 */
void
ladder_window_show_toast (LadderWindow *self,
                          AdwToast     *toast)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_free (self->last_toast);
  self->last_toast = g_strdup (adw_toast_get_title (toast));
  /* The next toast in the queue shows when this one goes. */
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (name_toasts), self->toast_overlay,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  name_toasts (self->toast_overlay);
}

/**
 * ladder_window_get_last_toast:
 * @self: a #LadderWindow
 *
 * Returns: (nullable): the last message shown in a toast, which the tests
 *   read since toasts cannot be looked up once shown.
 */
const char *
ladder_window_get_last_toast (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return self->last_toast;
}

/**
 * ladder_window_get_dataset:
 * @self: a #LadderWindow
 *
 * Returns: (transfer none) (nullable): the data in use, or %NULL until the
 *   first load has finished.
 */
LadderDataset *
ladder_window_get_dataset (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->data != NULL ? self->data->dataset : NULL;
}

/**
 * ladder_window_get_data_panel:
 * @self: a #LadderWindow
 *
 * Returns: (transfer none): the panel on the Evidence step that shows what
 *   data is loaded.
 */
LadderDataPanel *
ladder_window_get_data_panel (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->data_panel;
}
