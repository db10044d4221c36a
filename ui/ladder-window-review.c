/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The review's commands: Prepare Copies for Respondents writes a file for
 * each chosen person to answer on their own; Add Answers from Files (or
 * copies dropped on the Review step) brings their answers back, asking
 * where a copy and the review disagree. Adding answers is one step that
 * Undo reverses; a copy that cannot be used is named with the reason and
 * changes nothing. */
#include "config.h"

#include "ladder-merge-dialog.h"
#include "ladder-window-private.h"

static LadderAssessment *
assessment_of (LadderWindow *self)
{
  return ladder_document_get_assessment (self->document);
}

static void
show_message (LadderWindow *self,
              const char   *heading,
              const char   *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_response (dialog, "close", "Close");
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Preparing copies ------------------------------------------------------- */

static void
open_folder_cb (AdwToast     *toast,
                LadderWindow *self)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_object_get_data (G_OBJECT (toast), "folder"));
  g_autofree char *uri = g_file_get_uri (folder);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

/**
 * ladder_window_prepare_copies:
 * @self: the window
 * @respondent_ids: (array zero-terminated=1): the people to write copies for
 * @folder: where to write them
 *
 * Writes a copy for each person and says so in a toast, or explains in a
 * dialog why it could not.
 *
 * Returns: whether the copies were written.
 */
gboolean
ladder_window_prepare_copies (LadderWindow       *self,
                              const char * const *respondent_ids,
                              const char         *folder)
{
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (folder);
  g_autofree char *message = NULL;
  gboolean unsaved;
  AdwToast *toast;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  if (!ladder_merge_write_copies (assessment_of (self), respondent_ids, folder, &written, &error))
    {
      show_message (self, "Could Not Prepare the Copies", error->message);
      return FALSE;
    }
  /* The copies carry identifiers that exist only in memory until the
   * review is saved; without them, answers come back as new people. */
  if (ladder_assessment_get_ids_made_up (assessment_of (self)))
    ladder_assessment_set_modified (assessment_of (self), TRUE);
  unsaved = ladder_document_get_path (self->document) == NULL || ladder_document_get_modified (self->document);
  message = g_strdup_printf (written->len == 1 ? "Wrote %u copy in %s%s" : "Wrote %u copies in %s%s",
                             written->len, name, unsaved ? ": save the review too, so their answers match" : "");
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, "Open Folder");
  g_object_set_data_full (G_OBJECT (toast), "folder", g_strdup (folder), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_folder_cb), self);
  ladder_window_show_toast (self, toast);
  return TRUE;
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  LadderWindow    *self)
{
  g_auto(GStrv) ids = g_object_steal_data (G_OBJECT (chooser), "people");
  g_autoptr(GFile) folder = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                           : NULL;
  g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (path == NULL)
    {
      ladder_window_add_toast (self, "Copies can only be written to a folder on this computer");
      return;
    }
  ladder_window_prepare_copies (self, (const char * const *) ids, path);
}

static void
people_chosen_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  LadderWindow     *self)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkFileChooserNative *chooser;

  if (g_strcmp0 (response, "choose") != 0 || self->disposed)
    return;
  for (GtkWidget *check = gtk_widget_get_first_child (list); check != NULL; check = gtk_widget_get_next_sibling (check))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "person"));
  chooser = gtk_file_chooser_native_new ("Choose a Folder for the Copies", GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, "_Write Copies", "_Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "people", g_strv_builder_end (builder), (GDestroyNotify) g_strfreev);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
person_toggled_cb (GtkCheckButton   *check,
                   AdwMessageDialog *dialog)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (check)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    any |= gtk_check_button_get_active (GTK_CHECK_BUTTON (child));
  adw_message_dialog_set_response_enabled (dialog, "choose", any);
}

static void
prepare_copies_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderAssessment *assessment = assessment_of (self);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), "Prepare Copies for Respondents",
                                                       "Each person chosen gets a file of their own to answer in "
                                                       "Ladder: the council, the context and their own answers so "
                                                       "far, and nobody else’s. When they send it back, use Add "
                                                       "Answers from Files on the Review step."));
  for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
    {
      const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, i);
      g_autofree char *label = ladder_assessment_dup_person_label (assessment, respondent, TRUE);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "person", g_strdup (respondent->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (person_toggled_cb), dialog);
      gtk_box_append (GTK_BOX (list), check);
    }
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", "Cancel", "choose", "Choose Folder…", NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "choose");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (people_chosen_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adding answers --------------------------------------------------------- */

static void
notes_cb (AdwToast     *toast,
          LadderWindow *self)
{
  show_message (self, "Answers Added", g_object_get_data (G_OBJECT (toast), "notes"));
}

static char *
join_notes (LadderMerge *merge)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint f = 0; f < ladder_merge_get_n_files (merge); f++)
    {
      GPtrArray *notes = ladder_merge_get_file_notes (merge, f);

      for (guint n = 0; notes != NULL && n < notes->len; n++)
        g_string_append_printf (text, "%s• %s", text->len > 0 ? "\n" : "", (char *) notes->pdata[n]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
apply_merge (LadderWindow *self,
             LadderMerge  *merge)
{
  g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);
  g_autofree char *summary = ladder_merge_describe (merge);
  g_autofree char *notes = join_notes (merge);
  AdwToast *toast;

  ladder_document_replace_respondents (self->document, result,
                                       "The answers just added from copies are taken out again");
  toast = adw_toast_new (summary);
  adw_toast_set_button_label (toast, "Details");
  g_object_set_data_full (G_OBJECT (toast), "notes", g_steal_pointer (&notes), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (notes_cb), self);
  ladder_window_show_toast (self, toast);
  ladder_window_set_current_step (self, "review");
}

static void
merge_response_cb (LadderMergeDialog *dialog,
                   gboolean           apply,
                   LadderWindow      *self)
{
  if (apply && !self->disposed)
    apply_merge (self, ladder_merge_dialog_get_merge (dialog));
  else if (!self->disposed)
    ladder_window_add_toast (self, "No answers were added");
  g_object_unref (self);
}

/**
 * ladder_window_add_answer_files:
 * @self: the window
 * @paths: (array zero-terminated=1): copies people answered
 *
 * Brings their answers into the review. A file that cannot be used is
 * named in a dialog with the reason; where a copy and the review
 * disagree, a dialog shows both for the reviewer to choose.
 *
 * Returns: (transfer none) (nullable): that dialog, when one is open.
 */
GtkWindow *
ladder_window_add_answer_files (LadderWindow       *self,
                                const char * const *paths)
{
  g_autoptr(LadderMerge) merge = NULL;
  g_autoptr(GString) refused = g_string_new (NULL);
  guint n_refused = 0;
  LadderMergeDialog *dialog;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  merge = ladder_merge_new (ladder_document_get_content (self->document), assessment_of (self));
  if (ladder_document_get_path (self->document) != NULL)
    ladder_merge_set_review_path (merge, ladder_document_get_path (self->document));
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!ladder_merge_add_file (merge, paths[i], &error))
        {
          g_string_append_printf (refused, "%s%s", n_refused > 0 ? "\n\n" : "", error->message);
          n_refused++;
        }
    }
  if (n_refused > 0)
    {
      g_autofree char *heading = n_refused == 1 ? g_strdup ("Could Not Add a File")
                                                : g_strdup_printf ("Could Not Add %u Files", n_refused);

      g_string_append (refused, "\n\nNothing from these files has been added.");
      show_message (self, heading, refused->str);
    }
  if (!ladder_merge_changes_anything (merge))
    {
      if (ladder_merge_get_n_files (merge) > 0)
        {
          g_autofree char *notes = join_notes (merge);
          g_autofree char *message = g_strdup_printf ("Nothing new to add. %s", notes);

          show_message (self, "No New Answers", message);
        }
      return NULL;
    }
  if (ladder_merge_get_n_conflicts (merge) == 0)
    {
      apply_merge (self, merge);
      return NULL;
    }
  dialog = ladder_merge_dialog_new (GTK_WINDOW (self), merge);
  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
copies_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  LadderWindow    *self)
{
  g_autoptr(GListModel) files = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser))
                                                               : NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  if (paths[0] != NULL)
    ladder_window_add_answer_files (self, (const char * const *) paths);
}

static void
add_answers_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LadderWindow *self = user_data;
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new ("Add Answers from Files", GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, "_Add", "_Cancel");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, "Ladder assessments");
  gtk_file_filter_add_pattern (filter, "*.ladder");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (copies_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Copies dropped on the Review step are added; the window's own drop
 * target, for data files, never sees them. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LadderWindow  *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;

  for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL && g_str_has_suffix (path, ".ladder"))
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  if (paths[0] == NULL)
    return FALSE;
  ladder_window_add_answer_files (self, (const char * const *) paths);
  return TRUE;
}

static const GActionEntry review_actions[] = {
  { .name = "prepare-copies", .activate = prepare_copies_action },
  { .name = "add-answers", .activate = add_answers_action },
};

void
ladder_window_review_init (LadderWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_action_map_add_action_entries (G_ACTION_MAP (self), review_actions, G_N_ELEMENTS (review_actions), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (self->pages[LADDER_STEP_REVIEW], GTK_EVENT_CONTROLLER (target));
}
