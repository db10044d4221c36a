/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's file commands over its LadderDocument: New, Open, Save,
 * Save As, recent files, Undo, the unsaved-changes prompt and the offer to
 * recover work a session left unsaved.
 *
 * The document keeps the state (file, modified, recovery copy, undo); this
 * part only asks the user and reports: closing or replacing a modified
 * document asks first, and every outcome ends in a toast or a dialog. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-start-page.h"
#include "ladder-atomic-file.h"
#include "ladder-ees-dialog.h"
#include "ladder-window-private.h"

#define MAX_RECENT 5
#define LADDER_MIME_TYPE "application/x-ladder"

typedef void (*AfterConfirm) (LadderWindow *self,
                              gpointer      data);

static void save_as (LadderWindow *self);

static LadderAssessment *
assessment_of (LadderWindow *self)
{
  return ladder_document_get_assessment (self->document);
}

static const char *
document_name (LadderWindow *self)
{
  const char *council = ladder_assessment_get_council_name (assessment_of (self));

  return council != NULL ? council : "this assessment";
}

static void
show_error (LadderWindow *self,
            const char   *heading,
            const char   *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  /* No mnemonics: GTK 4.8 reads a mnemonic label twice to a screen reader. */
  adw_message_dialog_add_response (dialog, "close", "Close");
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Titles and the advice in the sidebar ----------------------------------- */

static void
update_titles (LadderWindow *self)
{
  g_autofree char *base = ladder_document_dup_title (self->document);
  gboolean modified = ladder_document_get_modified (self->document);
  g_autofree char *subtitle = g_strdup_printf ("%s%s", modified ? "• " : "", base);
  g_autofree char *title = g_strdup_printf ("%s%s – Ladder", modified ? "• " : "", base);

  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_advice (LadderWindow *self)
{
  LadderRecommendation *rec = ladder_document_get_advice (self->document);
  g_autofree char *text = NULL;

  if (rec->primary == NULL)
    text = g_strdup ("Advice so far: none yet. Answer at least half the questions in each capacity.");
  else
    text = g_strdup_printf ("Advice so far: %s (%s confidence)", rec->primary->name,
                            ladder_confidence_get_id (rec->confidence));
  gtk_label_set_text (self->advice_label, text);
}

static void
can_undo_cb (LadderWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), ladder_document_get_can_undo (self->document));
}

static void
autosave_failed_cb (LadderWindow *self,
                    const char   *message)
{
  ladder_window_add_toast (self, message);
}

/* Recent files ----------------------------------------------------------- */

static void
fill_recent (LadderWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_box))) != NULL)
    gtk_box_remove (self->recent_box, child);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *path = NULL;
      g_autofree char *label = NULL;
      GtkWidget *button;

      if (!gtk_recent_info_has_application (info, g_get_application_name ()) ||
          !g_str_has_suffix (gtk_recent_info_get_uri (info), ".ladder") || !gtk_recent_info_exists (info))
        continue;
      path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      if (path == NULL)
        continue;
      if (n == 0)
        gtk_box_append (self->recent_box, gtk_label_new ("Recent assessments"));
      label = g_strdup_printf ("Open %s", gtk_recent_info_get_display_name (info));
      button = gtk_button_new_with_label (label);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
      gtk_widget_set_tooltip_text (button, path);
      gtk_box_append (self->recent_box, button);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
add_recent (LadderWindow *self,
            const char   *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = {
    .mime_type = (char *) LADDER_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "ladder %f",
  };

  if (uri != NULL)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
  fill_recent (self);
}

/* Records which data the assessment was made with, by checksum, so a
 * reader months later can tell whether the figures have changed. */
static void
record_data_files (LadderWindow *self)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_data_file_ref_free);

  for (guint i = 0; self->data != NULL && i < self->data->files->len; i++)
    {
      const char *path = self->data->files->pdata[i];
      g_autofree char *name = g_path_get_basename (path);
      const char *sha256 = self->data->checksums->pdata[i];
      g_autofree char *as_at = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, 0, NULL, NULL);

      if (info != NULL)
        {
          g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);

          as_at = modified != NULL ? g_date_time_format (modified, "%Y-%m-%d") : NULL;
        }
      g_ptr_array_add (refs, ladder_data_file_ref_new (name, sha256, as_at));
    }
  ladder_assessment_set_data_files (assessment_of (self), refs);
}

/* Saving and opening ----------------------------------------------------- */

/* Asks before anything replaces or closes a modified document. */
typedef struct
{
  LadderWindow *self;
  AfterConfirm  then;
  gpointer      data;
  GDestroyNotify free_data;
} Confirm;

static void
confirm_free (Confirm *confirm)
{
  if (confirm->free_data != NULL)
    confirm->free_data (confirm->data);
  g_free (confirm);
}


/**
 * ladder_window_save_file:
 * @self: the window
 * @path: where to save the assessment
 * @error: return location for an error
 *
 * Saves atomically and makes @path the document's file. On failure nothing
 * changes: the document stays modified and its recovery copy stays.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_window_save_file (LadderWindow *self,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = NULL;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  record_data_files (self);
  if (!ladder_document_save (self->document, path, error))
    return FALSE;
  update_titles (self);
  add_recent (self, path);
  message = g_strdup_printf ("Saved %s", name);
  ladder_window_add_toast (self, message);
  return TRUE;
}

/* Why a save failed, with what to do when the file is read-only. */
static void
show_save_error (LadderWindow *self,
                 const GError *error)
{
  g_autofree char *body = NULL;

  if (g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY))
    body = g_strdup_printf ("%s. Your changes are still here: save them under another name "
                            "with Save As, or make the file writable first.", error->message);
  else
    body = g_strdup (error->message);
  show_error (self, "Could Not Save", body);
}

static void
save_to (LadderWindow *self,
         const char   *path)
{
  g_autoptr(GError) error = NULL;

  Confirm *pending = g_steal_pointer (&self->pending_confirm);

  if (ladder_window_save_file (self, path, &error))
    {
      if (pending != NULL)
        pending->then (self, pending->data);
    }
  else
    show_save_error (self, error);
  if (pending != NULL)
    confirm_free (pending);
}

/* The path chosen, or NULL when the chooser was cancelled; either way the
 * chooser is finished with. */
static char *
take_chosen_path (GtkNativeDialog *dialog,
                  int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  return file != NULL ? g_file_get_path (file) : NULL;
}

/* A chooser for assessment files, modal to the window. */
static GtkFileChooserNative *
assessment_chooser (LadderWindow         *self,
                    const char           *title,
                    GtkFileChooserAction  action,
                    const char           *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, "_Cancel");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, "Ladder assessments");
  gtk_file_filter_add_pattern (filter, "*.ladder");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LadderWindow    *self)
{
  g_autofree char *path = take_chosen_path (dialog, response);

  if (path == NULL)
    {
      /* Cancelled: whatever was waiting for the save does not happen. */
      g_clear_pointer ((Confirm **) &self->pending_confirm, confirm_free);
      return;
    }
  if (!g_str_has_suffix (path, ".ladder"))
    {
      char *with_suffix = g_strconcat (path, ".ladder", NULL);

      g_free (path);
      path = with_suffix;
    }
  save_to (self, path);
}

static void
save_as (LadderWindow *self)
{
  GtkFileChooserNative *chooser = assessment_chooser (self, "Save Assessment", GTK_FILE_CHOOSER_ACTION_SAVE, "_Save");
  const char *council = ladder_assessment_get_council_name (assessment_of (self));
  g_autofree char *name = g_strdup_printf ("%s review.ladder", council != NULL ? council : "Council");

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LadderWindow *self = user_data;

  if (ladder_document_get_path (self->document) != NULL)
    save_to (self, ladder_document_get_path (self->document));
  else
    save_as (self);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  save_as (user_data);
}

/**
 * ladder_window_open_file:
 * @self: the window
 * @path: a .ladder file
 * @error: return location for an error naming the file and the problem
 *
 * Replaces the document with the assessment in @path, without asking:
 * callers ask about unsaved changes first. A file that cannot be read,
 * including one from a newer version, changes nothing.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_window_open_file (LadderWindow *self,
                         const char   *path,
                         GError      **error)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  if (!ladder_document_open (self->document, path, error))
    return FALSE;
  add_recent (self, path);
  return TRUE;
}

static void
open_path (LadderWindow *self,
           const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);

  if (!ladder_window_open_file (self, path, &error))
    {
      g_autofree char *heading = g_strdup_printf ("Could Not Open %s", name);

      show_error (self, heading, error->message);
      return;
    }
  {
    LadderAssessment *opened = assessment_of (self);
    /* An older file is converted in memory; it changes only when saved. */
    g_autofree char *message = ladder_assessment_get_format_version (opened) < LADDER_ASSESSMENT_VERSION
      ? g_strdup_printf ("Opened %s, made by an earlier Ladder: saving will update it", name)
      : g_strdup_printf ("Opened %s", name);

    ladder_window_add_toast (self, message);
  }
}

/* Runs after the dialog has finished with its window: going on may close
 * that window. */
static gboolean
confirm_continue_cb (gpointer data)
{
  Confirm *confirm = data;
  g_autoptr(LadderWindow) self = confirm->self;

  if (!self->disposed)
    confirm->then (self, confirm->data);
  confirm_free (confirm);
  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Confirm          *confirm)
{
  LadderWindow *self = confirm->self;
  g_autoptr(GError) error = NULL;

  /* One answer only, and none once the window has gone. */
  g_signal_handlers_disconnect_by_func (dialog, confirm_response_cb, confirm);
  if (self->disposed)
    {
      confirm_free (confirm);
      return;
    }
  if (strcmp (response, "discard") == 0)
    ladder_document_discard_changes (self->document);
  else if (strcmp (response, "save") == 0 && ladder_document_get_path (self->document) == NULL)
    {
      /* Carried on once the user has chosen where to save. */
      g_clear_pointer ((Confirm **) &self->pending_confirm, confirm_free);
      self->pending_confirm = confirm;
      save_as (self);
      return;
    }
  else if (strcmp (response, "save") == 0 &&
           !ladder_window_save_file (self, ladder_document_get_path (self->document), &error))
    show_save_error (self, error);
  else if (strcmp (response, "save") != 0)
    {
      confirm_free (confirm);
      return;
    }
  if (ladder_document_get_modified (self->document))
    {
      confirm_free (confirm);
      return;
    }
  g_object_ref (self);
  g_idle_add (confirm_continue_cb, confirm);
}

static void
confirm_then (LadderWindow   *self,
              const char     *heading,
              AfterConfirm    then,
              gpointer        data,
              GDestroyNotify  free_data)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Confirm *confirm;

  if (!ladder_document_get_modified (self->document))
    {
      then (self, data);
      if (free_data != NULL)
        free_data (data);
      return;
    }
  confirm = g_new0 (Confirm, 1);
  confirm->self = self;
  confirm->then = then;
  confirm->data = data;
  confirm->free_data = free_data;
  body = g_strdup_printf ("The changes to %s have not been saved. If you go on without saving, "
                          "they are lost.", document_name (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", "Cancel", "discard", "Discard", "save", "Save", NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          LadderWindow    *self)
{
  g_autofree char *path = take_chosen_path (dialog, response);

  if (path != NULL)
    open_path (self, path);
}

static void
show_open_chooser (LadderWindow *self,
                   gpointer      data)
{
  GtkFileChooserNative *chooser = assessment_chooser (self, "Open Assessment", GTK_FILE_CHOOSER_ACTION_OPEN, "_Open");

  g_signal_connect (chooser, "response", G_CALLBACK (open_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  confirm_then (user_data, "Save Changes Before Opening?", show_open_chooser, NULL, NULL);
}

static void
open_path_then (LadderWindow *self,
                gpointer      data)
{
  open_path (self, data);
}

/**
 * ladder_window_open_path:
 * @self: the window
 * @path: a .ladder file
 *
 * Opens @path as the user would: asking about unsaved changes first, and
 * explaining any problem in a dialog.
 */
void
ladder_window_open_path (LadderWindow *self,
                         const char   *path)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  confirm_then (self, "Save Changes Before Opening?", open_path_then, g_strdup (path), g_free);
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ladder_window_open_path (user_data, g_variant_get_string (parameter, NULL));
}

static char *
demo_assessment_path (void)
{
  const char *folder = g_getenv ("LADDER_DEMO_DATA_DIR");

  return g_build_filename (folder != NULL && *folder != '\0' ? folder : PACKAGE_DATADIR G_DIR_SEPARATOR_S "demo",
                           "fictional-assessment.ladder", NULL);
}

static void
open_demo_then (LadderWindow *self,
                gpointer      data)
{
  g_autofree char *path = demo_assessment_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (path, NULL, &error);

  if (assessment == NULL)
    {
      show_error (self, "Could Not Open the Demo Assessment", error->message);
      return;
    }
  /* A copy with no file: saving asks where to keep it, so the installed
   * demo is never overwritten. */
  ladder_document_set_assessment (self->document, assessment, NULL);
  ladder_window_add_toast (self, "Opened the demo assessment of a fictional council");
  ladder_window_set_current_step (self, "recommendation");
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  confirm_then (user_data, "Save Changes Before Opening?", open_demo_then, NULL, NULL);
}

static void
new_then (LadderWindow *self,
          gpointer      data)
{
  ladder_document_new_assessment (self->document);
  ladder_window_set_current_step (self, "start");
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  confirm_then (user_data, "Save Changes First?", new_then, NULL, NULL);
}

static void
follow_up_then (LadderWindow *self,
                gpointer      data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  ladder_document_start_follow_up (self->document, today);
  ladder_window_add_toast (self, "Follow-up review started: the earlier review is kept inside it. Save it as a "
                                 "new file");
  ladder_window_set_current_step (self, "start");
}

/* The follow-up replaces the review in the window, so unsaved changes
 * are asked about first; the review as it stands goes inside it whole. */
static void
start_follow_up_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  confirm_then (user_data, "Save Changes Before the Follow-up?", follow_up_then, NULL, NULL);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LadderWindow *self = user_data;
  g_autofree char *message = ladder_document_undo (self->document);

  if (message != NULL)
    ladder_window_add_toast (self, message);
}

/* Downloads ------------------------------------------------------------- */

/* Data sets downloaded from the Department are imported like chosen files.
 * Import is off while data loads, so they wait, and the end of the load
 * brings them back here; a burst (a check for updates) is imported as one. */
static gboolean
import_downloads_cb (gpointer data)
{
  LadderWindow *self = data;
  g_autoptr(GPtrArray) paths = NULL;

  if (self->disposed || self->downloads == NULL || self->data_cancellable != NULL)
    return G_SOURCE_REMOVE;
  paths = g_steal_pointer (&self->downloads);
  g_action_group_activate_action (G_ACTION_GROUP (self), "import-files",
                                  g_variant_new_strv ((const char * const *) paths->pdata, -1));
  return G_SOURCE_REMOVE;
}

static void
downloaded_cb (LadderEesDialog *dialog,
               const char      *path,
               LadderWindow    *self)
{
  if (self->downloads == NULL)
    {
      self->downloads = g_ptr_array_new_null_terminated (1, g_free, TRUE);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, import_downloads_cb, g_object_ref (self), g_object_unref);
    }
  g_ptr_array_add (self->downloads, g_strdup (path));
}

static void
get_data_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LadderEesDialog *dialog = ladder_ees_dialog_new (GTK_WINDOW (user_data));

  g_signal_connect_object (dialog, "downloaded", G_CALLBACK (downloaded_cb), user_data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ladder_window_import_downloads:
 * @self: the window
 *
 * Imports, when idle, the downloads that waited while data loaded.
 */
void
ladder_window_import_downloads (LadderWindow *self)
{
  if (self->downloads != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, import_downloads_cb, g_object_ref (self), g_object_unref);
}

static const GActionEntry document_actions[] = {
  { .name = "get-data", .activate = get_data_action },
  { .name = "new", .activate = new_action },
  { .name = "open", .activate = open_action },
  { .name = "open-recent", .activate = open_recent_action, .parameter_type = "s" },
  { .name = "open-demo", .activate = open_demo_action },
  { .name = "save", .activate = save_action },
  { .name = "save-as", .activate = save_as_action },
  { .name = "undo", .activate = undo_action },
  { .name = "start-follow-up", .activate = start_follow_up_action },
};

void
ladder_window_files_init (LadderWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), document_actions, G_N_ELEMENTS (document_actions), self);
  g_signal_connect_object (self->document, "notify::modified", G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::path", G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::can-undo", G_CALLBACK (can_undo_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (update_advice), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "autosave-failed", G_CALLBACK (autosave_failed_cb), self,
                           G_CONNECT_SWAPPED);
  update_titles (self);
  update_advice (self);
  can_undo_cb (self);
  fill_recent (self);
}

void
ladder_window_files_dispose (LadderWindow *self)
{
  g_clear_pointer ((Confirm **) &self->pending_confirm, confirm_free);
}

static void
close_then (LadderWindow *self,
            gpointer      data)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Returns TRUE when the window must not close yet: a question is asked. */
gboolean
ladder_window_files_close_request (LadderWindow *self)
{
  if (self->document == NULL || !ladder_document_get_modified (self->document))
    return FALSE;
  confirm_then (self, "Save Changes Before Closing?", close_then, NULL, NULL);
  return TRUE;
}

/* Recovery --------------------------------------------------------------- */

static void offer_next_recovery (LadderWindow *self,
                                 GPtrArray    *found);

typedef struct
{
  LadderWindow     *self;
  GPtrArray        *found;
  char             *autosave;
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_free (recovery->autosave);
  g_free (recovery);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Recovery         *recovery)
{
  LadderWindow *self = recovery->self;
  g_autoptr(GPtrArray) found = g_steal_pointer (&recovery->found);

  g_signal_handlers_disconnect_by_func (dialog, recovery_response_cb, recovery);
  if (self->disposed)
    {
      recovery_free (recovery);
      return;
    }
  if (strcmp (response, "recover") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (ladder_document_recover (self->document, recovery->autosave, &error))
        ladder_window_add_toast (self, "Recovered: save the assessment to keep it");
      else
        show_error (self, "Could Not Recover the Work", error->message);
    }
  else if (strcmp (response, "discard") == 0)
    g_unlink (recovery->autosave);
  recovery_free (recovery);
  offer_next_recovery (self, g_steal_pointer (&found));
}

static void
offer_next_recovery (LadderWindow *self,
                     GPtrArray    *found)
{
  while (found->len > 0)
    {
      g_autofree char *autosave = g_strdup (found->pdata[0]);
      g_autofree char *original = NULL;
      g_autofree char *body = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *when_text = NULL;
      GStatBuf info;
      LadderAssessment *recovered;
      AdwMessageDialog *dialog;
      Recovery *recovery;
      const char *council;

      g_ptr_array_remove_index (found, 0);
      if (g_strcmp0 (autosave, ladder_document_get_autosave_path (self->document)) == 0)
        continue;
      recovered = ladder_assessment_load_file (autosave, &original, &error);
      if (recovered == NULL)
        {
          /* Kept, not deleted: it may still be worth something to someone. */
          g_warning ("A recovery copy could not be read: %s", error->message);
          continue;
        }
      if (g_stat (autosave, &info) == 0)
        when = g_date_time_new_from_unix_local (info.st_mtime);
      when_text = when != NULL ? g_date_time_format (when, "%e %B %Y at %H:%M") : g_strdup ("recently");
      council = ladder_assessment_get_council_name (recovered);
      body = g_strdup_printf ("Ladder closed before changes to %s%s%s were saved. The last copy was kept "
                              "on %s. Recover it, or discard it for good?",
                              council != NULL ? "the assessment of " : "an assessment",
                              council != NULL ? council : "",
                              original != NULL && *original != '\0' ? " (a saved file)" : "",
                              g_strstrip (when_text));
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), "Recover Unsaved Work?", body));
      adw_message_dialog_add_responses (dialog, "later", "Not Now", "discard", "Discard",
                                        "recover", "Recover", NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "recover");
      adw_message_dialog_set_close_response (dialog, "later");
      recovery = g_new0 (Recovery, 1);
      recovery->self = self;
      recovery->found = found;
      recovery->autosave = g_steal_pointer (&autosave);
      g_object_unref (recovered);
      g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), recovery);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  g_ptr_array_unref (found);
}

/**
 * ladder_window_offer_recovery:
 * @self: the first window of the application
 *
 * Offers back, one at a time, the work of sessions that ended without
 * saving it.
 */
void
ladder_window_offer_recovery (LadderWindow *self)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  offer_next_recovery (self, ladder_autosave_find ());
}

/**
 * ladder_window_get_document:
 * @self: the window
 *
 * Returns: (transfer none): the document the window shows; it stays the
 *   same object while files are opened in it.
 */
LadderDocument *
ladder_window_get_document (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return self->document;
}

/**
 * ladder_window_get_assessment:
 * @self: the window
 *
 * Returns: (transfer none): the assessment being edited.
 */
LadderAssessment *
ladder_window_get_assessment (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return ladder_document_get_assessment (self->document);
}

/**
 * ladder_window_get_file:
 * @self: the window
 *
 * Returns: (nullable): the assessment's file, or %NULL before it is saved.
 */
const char *
ladder_window_get_file (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return ladder_document_get_path (self->document);
}
