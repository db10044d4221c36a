/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people taking part: one expandable row each, with their name, role,
 * leadership level, whether they are listed by role only, and a way to
 * remove them. Removing someone who has answered asks first; either way
 * undo puts them back. Adding a person leaves the same person answering. */
#include "config.h"

#include "ladder-people-editor.h"
#include "ladder-respondent-chooser.h"
#include "ladder-text.h"

typedef struct
{
  LadderPeopleEditor *editor;
  char               *id;
  AdwExpanderRow     *row;
  AdwEntryRow        *name;
  AdwEntryRow        *role;
  AdwComboRow        *level;
  GtkSwitch          *by_role;
  GtkButton          *remove;
} PersonRow;

struct _LadderPeopleEditor
{
  GtkBox               parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *chooser;
  GPtrArray           *rows;          /* of PersonRow */
  LadderDocument      *document;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (LadderPeopleEditor, ladder_people_editor, GTK_TYPE_BOX)

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const level_names[] = {
  "Not stated", "Political", "Corporate", "Service", "Partnership", NULL,
};

static void
person_row_free (PersonRow *person)
{
  g_free (person->id);
  g_free (person);
}

static LadderAssessment *
assessment_of (LadderPeopleEditor *self)
{
  return ladder_document_get_assessment (self->document);
}

static void
set_entry_text (AdwEntryRow *entry,
                const char  *text)
{
  /* Never under the cursor of someone typing. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
show_person (PersonRow              *person,
             const LadderRespondent *respondent)
{
  LadderPeopleEditor *self = person->editor;
  g_autofree char *label = ladder_assessment_dup_person_label (assessment_of (self), respondent, FALSE);
  guint n_answers = ladder_document_count_answers (self->document, respondent->id);
  g_autofree char *answers = n_answers == 0 ? g_strdup ("no answers yet")
                             : g_strdup_printf (n_answers == 1 ? "%u answer" : "%u answers", n_answers);
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = g_strdup_printf ("Remove %s", label);

  {
    g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;
    g_autofree char *level = respondent->level != 0
      ? g_strdup_printf ("%s level", ladder_leadership_level_get_label (respondent->level))
      : g_strdup ("Level not stated");

    /* The title already gives the role of someone without a shown name. */
    if (ladder_respondent_shows_name (respondent) && respondent->role != NULL)
      g_strv_builder_add (parts, respondent->role);
    g_strv_builder_add (parts, level);
    g_strv_builder_add (parts, answers);
    if (respondent->by_role)
      g_strv_builder_add (parts, "listed by role only");
    strv = g_strv_builder_end (parts);
    subtitle = g_strjoinv (" · ", strv);
  }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->row), label);
  adw_expander_row_set_subtitle (person->row, subtitle);
  /* GTK 4.8 gives an expander row no name of its own on the
   * accessibility tree. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (person->row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (person->remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  set_entry_text (person->name, respondent->name);
  set_entry_text (person->role, respondent->role);
  adw_combo_row_set_selected (person->level, respondent->level == 0 ? 0
                              : (guint) g_bit_nth_lsf (respondent->level, -1) + 1);
  gtk_switch_set_active (person->by_role, respondent->by_role);
  gtk_widget_set_sensitive (GTK_WIDGET (person->remove), ladder_assessment_get_n_respondents (assessment_of (self)) > 1);
}

static void
person_edited_cb (PersonRow *person)
{
  LadderPeopleEditor *self = person->editor;
  guint level = adw_combo_row_get_selected (person->level);

  if (self->filling || self->document == NULL)
    return;
  ladder_assessment_update_respondent (assessment_of (self), person->id,
                                       gtk_editable_get_text (GTK_EDITABLE (person->name)),
                                       gtk_editable_get_text (GTK_EDITABLE (person->role)),
                                       level == 0 || level == GTK_INVALID_LIST_POSITION ? 0 : 1u << (level - 1),
                                       gtk_switch_get_active (person->by_role));
}

static void
remove_clicked_cb (PersonRow *person)
{
  ladder_people_editor_remove_person (person->editor, person->id);
}

static GtkWidget *
switch_row_new (const char *title,
                const char *subtitle,
                GtkSwitch  *toggle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (GTK_WIDGET (toggle), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (toggle));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (toggle));
  return row;
}

static PersonRow *
add_row (LadderPeopleEditor     *self,
         const LadderRespondent *respondent)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  PersonRow *person = g_new0 (PersonRow, 1);
  GtkWidget *remove_row;

  person->editor = self;
  person->id = g_strdup (respondent->id);
  person->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  person->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->name), "Name");
  person->role = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->role), "Role, such as team manager");
  person->level = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->level), "Leadership level they speak for");
  adw_combo_row_set_factory (person->level, factory);
  adw_combo_row_set_model (person->level, G_LIST_MODEL (gtk_string_list_new (level_names)));
  g_object_unref (adw_combo_row_get_model (person->level));
  person->by_role = GTK_SWITCH (gtk_switch_new ());
  person->remove = GTK_BUTTON (gtk_button_new_with_label ("Remove Person…"));
  gtk_widget_add_css_class (GTK_WIDGET (person->remove), "destructive-action");
  gtk_widget_set_valign (GTK_WIDGET (person->remove), GTK_ALIGN_CENTER);
  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), "Remove from the review");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (remove_row), "Their answers go too; Undo puts them back");
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), GTK_WIDGET (person->remove));

  adw_expander_row_add_row (person->row, GTK_WIDGET (person->name));
  adw_expander_row_add_row (person->row, GTK_WIDGET (person->role));
  adw_expander_row_add_row (person->row, GTK_WIDGET (person->level));
  adw_expander_row_add_row (person->row, switch_row_new ("List by role only",
                                                         "The board paper and anything shared give the role, "
                                                         "numbered if several share it, never the name",
                                                         person->by_role));
  adw_expander_row_add_row (person->row, remove_row);
  g_ptr_array_add (self->rows, person);
  show_person (person, respondent);
  g_signal_connect_swapped (person->name, "changed", G_CALLBACK (person_edited_cb), person);
  g_signal_connect_swapped (person->role, "changed", G_CALLBACK (person_edited_cb), person);
  g_signal_connect_swapped (person->level, "notify::selected", G_CALLBACK (person_edited_cb), person);
  g_signal_connect_swapped (person->by_role, "notify::active", G_CALLBACK (person_edited_cb), person);
  g_signal_connect_swapped (person->remove, "clicked", G_CALLBACK (remove_clicked_cb), person);
  adw_preferences_group_add (self->group, GTK_WIDGET (person->row));
  return person;
}

static gboolean
same_people (LadderPeopleEditor *self)
{
  LadderAssessment *assessment = assessment_of (self);

  if (ladder_assessment_get_n_respondents (assessment) != self->rows->len)
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (((PersonRow *) self->rows->pdata[i])->id, ladder_assessment_get_respondent (assessment, i)->id) != 0)
      return FALSE;
  return TRUE;
}

static void
refill (LadderPeopleEditor *self)
{
  LadderAssessment *assessment = assessment_of (self);

  self->filling = TRUE;
  if (same_people (self))
    for (guint i = 0; i < self->rows->len; i++)
      show_person (self->rows->pdata[i], ladder_assessment_get_respondent (assessment, i));
  else
    {
      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_group_remove (self->group, GTK_WIDGET (((PersonRow *) self->rows->pdata[i])->row));
      g_ptr_array_set_size (self->rows, 0);
      for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
        add_row (self, ladder_assessment_get_respondent (assessment, i));
    }
  self->filling = FALSE;
}

static void
toast (LadderPeopleEditor *self,
       const char         *message,
       gboolean            undoable)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message, undoable);
}

static void
remove_now (LadderPeopleEditor *self,
            const char         *id)
{
  const LadderRespondent *respondent = ladder_assessment_find_respondent (assessment_of (self), id);
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (respondent == NULL)
    return;
  label = ladder_assessment_dup_person_label (assessment_of (self), respondent, FALSE);
  if (ladder_document_remove_respondent (self->document, id))
    {
      message = g_strdup_printf ("Removed %s", label);
      toast (self, message, TRUE);
    }
}

static void
confirm_remove_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   LadderPeopleEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "person");

  /* One answer only: closing the dialog afterwards answers again. */
  g_signal_handlers_disconnect_by_func (dialog, confirm_remove_cb, self);
  if (g_strcmp0 (response, "remove") == 0 && self->document != NULL)
    remove_now (self, id);
  g_object_unref (self);
}

static gboolean
scroll_to_new_row_cb (GtkWidget     *row,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  /* Ticks come before layout: wait for a frame that has placed it. */
  if (gtk_widget_get_height (row) == 0)
    return G_SOURCE_CONTINUE;
  ladder_text_scroll_into_view (row);
  return G_SOURCE_REMOVE;
}

static void
add_clicked_cb (LadderPeopleEditor *self)
{
  ladder_people_editor_add_person (self);
}

static void
ladder_people_editor_dispose (GObject *object)
{
  LadderPeopleEditor *self = LADDER_PEOPLE_EDITOR (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_people_editor_parent_class)->dispose (object);
}

static void
ladder_people_editor_class_init (LadderPeopleEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_people_editor_dispose;

  /**
   * LadderPeopleEditor::toast:
   * @message: what happened
   * @undoable: whether Undo reverses it
   *
   * Something happened that the window should say in a toast.
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ladder_people_editor_init (LadderPeopleEditor *self)
{
  GtkWidget *add = gtk_button_new_with_label ("Add Person");

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) person_row_free);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, "People taking part");
  adw_preferences_group_set_description (self->group,
                                         "Add everyone who answers, with the level they speak for. Each "
                                         "person’s answers are kept apart, and the Review step shows them "
                                         "side by side.");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (self->group, add);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  self->chooser = ladder_respondent_chooser_new ();
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (self), self->chooser);
}

/**
 * ladder_people_editor_new:
 *
 * Returns: (transfer floating): an editor with no document yet.
 */
GtkWidget *
ladder_people_editor_new (void)
{
  return g_object_new (LADDER_TYPE_PEOPLE_EDITOR, NULL);
}

/**
 * ladder_people_editor_set_document:
 * @self: an editor
 * @document: whose people it edits
 */
void
ladder_people_editor_set_document (LadderPeopleEditor *self,
                                   LadderDocument     *document)
{
  g_return_if_fail (LADDER_IS_PEOPLE_EDITOR (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (refill), self);
  ladder_respondent_chooser_set_document (LADDER_RESPONDENT_CHOOSER (self->chooser), document);
  refill (self);
}

/**
 * ladder_people_editor_add_person:
 * @self: an editor
 *
 * Adds a person, opens their row and puts the keyboard in their name. The
 * person answering stays the same.
 */
void
ladder_people_editor_add_person (LadderPeopleEditor *self)
{
  PersonRow *person;

  g_return_if_fail (LADDER_IS_PEOPLE_EDITOR (self));

  ladder_document_add_respondent (self->document, NULL, NULL, 0, FALSE);
  person = self->rows->pdata[self->rows->len - 1];
  adw_expander_row_set_expanded (person->row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (person->name));
  /* The new row has no place on the page until the next frame. */
  gtk_widget_add_tick_callback (GTK_WIDGET (person->row), scroll_to_new_row_cb, NULL, NULL);
}

/**
 * ladder_people_editor_remove_person:
 * @self: an editor
 * @respondent_id: a person
 *
 * Removes the person, asking first when they have answered. A toast says
 * so, with Undo.
 */
void
ladder_people_editor_remove_person (LadderPeopleEditor *self,
                                    const char         *respondent_id)
{
  const LadderRespondent *respondent;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_answers;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (LADDER_IS_PEOPLE_EDITOR (self));

  respondent = ladder_assessment_find_respondent (assessment_of (self), respondent_id);
  n_answers = ladder_document_count_answers (self->document, respondent_id);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (respondent == NULL)
    return;
  if (n_answers == 0 || !GTK_IS_WINDOW (root))
    {
      remove_now (self, respondent_id);
      return;
    }
  label = ladder_assessment_dup_person_label (assessment_of (self), respondent, FALSE);
  heading = g_strdup_printf ("Remove %s?", label);
  body = g_strdup_printf (n_answers == 1 ? "Their %u answer goes too. Undo puts it back."
                                         : "Their %u answers go too. Undo puts them back.", n_answers);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", "Cancel", "remove", "Remove", NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "person", g_strdup (respondent_id), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_remove_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

guint
ladder_people_editor_get_n_rows (LadderPeopleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_PEOPLE_EDITOR (self), 0);
  return self->rows->len;
}

/**
 * ladder_people_editor_get_row:
 * @self: an editor
 * @index: a person's position
 *
 * Returns: (transfer none): their row.
 */
AdwExpanderRow *
ladder_people_editor_get_row (LadderPeopleEditor *self,
                              guint               index)
{
  g_return_val_if_fail (LADDER_IS_PEOPLE_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return ((PersonRow *) self->rows->pdata[index])->row;
}
