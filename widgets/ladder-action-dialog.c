/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One action of the plan, added or edited: what, who, by when, how it
 * stands and what it answers. Save stays greyed out, with the reason
 * beside it, until the action is described and any date is a real one. */
#include "config.h"

#include "ladder-action-dialog.h"
#include "ladder-text.h"

struct _LadderActionDialog
{
  AdwWindow       parent_instance;

  LadderDocument *document;
  LadderAction   *action;          /* what is being edited; id NULL for a new one */
  GPtrArray      *link_kinds;      /* per choice: GUINT_TO_POINTER (LadderLinkKind) */
  GPtrArray      *link_ids;        /* per choice: the id, or NULL */
  AdwEntryRow    *description_row;
  AdwEntryRow    *owner_row;
  AdwEntryRow    *due_row;
  AdwComboRow    *status_row;
  AdwComboRow    *link_row;
  GtkLabel       *problem_label;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (LadderActionDialog, ladder_action_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const status_icons[LADDER_N_ACTION_STATUSES] = {
  "content-loading-symbolic", "go-next-symbolic", "dialog-warning-symbolic", "emblem-ok-symbolic",
};

/**
 * ladder_action_status_get_icon_name:
 * @status: a status
 *
 * Returns: the icon shown beside the status's word (never instead of it).
 */
const char *
ladder_action_status_get_icon_name (LadderActionStatus status)
{
  g_return_val_if_fail (status < LADDER_N_ACTION_STATUSES, NULL);
  return status_icons[status];
}

static const char *
problem (LadderActionDialog *self)
{
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_row));
  const char *due = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  g_autofree char *trimmed = g_strstrip (g_strdup (description));

  if (*due != '\0' && !ladder_date_is_valid (due))
    return "The due date must be a real one, written as year, month and day, such as 2027-03-31.";
  if (*trimmed == '\0')
    return "Say what is to be done.";
  return NULL;
}

static void
check (LadderActionDialog *self)
{
  const char *why = problem (self);
  const char *due = gtk_editable_get_text (GTK_EDITABLE (self->due_row));

  gtk_label_set_text (self->problem_label, why != NULL ? why : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), why != NULL);
  gtk_widget_set_sensitive (self->save_button, why == NULL);
  if (*due != '\0' && !ladder_date_is_valid (due))
    gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
}

static void
save_cb (LadderActionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));
  g_autofree char *owner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_row))));
  const char *due = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  guint link = adw_combo_row_get_selected (self->link_row);
  LadderAction action = *self->action;
  gboolean saved;

  action.description = description;
  action.owner = *owner != '\0' ? owner : NULL;
  action.due = *due != '\0' ? (char *) due : NULL;
  action.status = adw_combo_row_get_selected (self->status_row);
  action.link_kind = link < self->link_kinds->len ? GPOINTER_TO_UINT (self->link_kinds->pdata[link]) : LADDER_LINK_NONE;
  action.link = link < self->link_ids->len ? self->link_ids->pdata[link] : NULL;
  if (action.id == NULL)
    {
      g_autofree char *id = ladder_document_add_action (self->document, &action, &error);

      saved = id != NULL;
    }
  else
    saved = ladder_document_update_action (self->document, &action, &error);
  if (!saved)
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_cb (LadderActionDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ladder_action_dialog_dispose (GObject *object)
{
  LadderActionDialog *self = LADDER_ACTION_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->action, ladder_action_free);
  g_clear_pointer (&self->link_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->link_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_action_dialog_parent_class)->dispose (object);
}

static void
ladder_action_dialog_class_init (LadderActionDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_action_dialog_dispose;

  /**
   * LadderActionDialog::saved:
   *
   * The action went into the document.
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 0);
}

static AdwEntryRow *
entry_row (const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
ladder_action_dialog_init (LadderActionDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) status_factory = ladder_text_list_factory_new ();
  g_autoptr(GtkListItemFactory) link_factory = ladder_text_list_factory_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_label ("Cancel");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();

  self->link_kinds = g_ptr_array_new ();
  self->link_ids = g_ptr_array_new_with_free_func (g_free);
  for (LadderActionStatus s = 0; s < LADDER_N_ACTION_STATUSES; s++)
    gtk_string_list_append (statuses, ladder_action_status_get_label (s));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, -1);
  self->save_button = gtk_button_new_with_label ("Save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_cb), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_cb), self);

  self->description_row = entry_row ("What is to be done");
  self->owner_row = entry_row ("Who owns it");
  self->due_row = entry_row ("Due by (year-month-day)");
  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), "How it stands");
  adw_combo_row_set_factory (self->status_row, status_factory);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->link_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->link_row), "What it answers");
  adw_combo_row_set_factory (self->link_row, link_factory);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->description_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->due_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->status_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->link_row));
  self->problem_label = GTK_LABEL (ladder_text_label_new ("", "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), box);
  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_swapped (self->description_row, "changed", G_CALLBACK (check), self);
  g_signal_connect_swapped (self->due_row, "changed", G_CALLBACK (check), self);
}

/**
 * ladder_action_dialog_new:
 * @parent: the window it belongs to
 * @document: where the action goes
 * @action_id: (nullable): the action to edit, or %NULL for a new one
 * @link_kinds: (element-type guint): what each choice of "what it answers"
 *   is, as `GUINT_TO_POINTER (LadderLinkKind)`; the first should be
 *   %LADDER_LINK_NONE
 * @link_ids: (element-type utf8): the id each choice links to (NULL for none)
 * @link_labels: (element-type utf8): how each choice reads
 *
 * Returns: (transfer none): the dialog, not yet shown.
 */
LadderActionDialog *
ladder_action_dialog_new (GtkWindow      *parent,
                          LadderDocument *document,
                          const char     *action_id,
                          GPtrArray      *link_kinds,
                          GPtrArray      *link_ids,
                          GPtrArray      *link_labels)
{
  LadderActionDialog *self = g_object_new (LADDER_TYPE_ACTION_DIALOG, "transient-for", parent, NULL);
  const LadderAction *existing = action_id != NULL
    ? ladder_assessment_find_action (ladder_document_get_assessment (document), action_id) : NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  self->document = g_object_ref (document);
  self->action = existing != NULL ? ladder_action_copy (existing) : g_new0 (LadderAction, 1);
  for (guint i = 0; i < link_labels->len; i++)
    {
      LadderLinkKind kind = GPOINTER_TO_UINT (link_kinds->pdata[i]);

      g_ptr_array_add (self->link_kinds, link_kinds->pdata[i]);
      g_ptr_array_add (self->link_ids, g_strdup (link_ids->pdata[i]));
      gtk_string_list_append (labels, link_labels->pdata[i]);
      if (kind == self->action->link_kind && g_strcmp0 (link_ids->pdata[i], self->action->link) == 0)
        selected = i;
    }
  /* An action linked to something no longer on offer keeps its link. */
  if (self->action->link_kind != LADDER_LINK_NONE && selected == 0)
    {
      g_autofree char *label = g_strdup_printf ("As before: %s", self->action->link);

      g_ptr_array_add (self->link_kinds, GUINT_TO_POINTER (self->action->link_kind));
      g_ptr_array_add (self->link_ids, g_strdup (self->action->link));
      gtk_string_list_append (labels, label);
      selected = self->link_ids->len - 1;
    }
  adw_combo_row_set_model (self->link_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->link_row, selected);
  gtk_window_set_title (GTK_WINDOW (self), existing != NULL ? "Edit Action" : "Add Action");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                         self->action->description != NULL ? self->action->description : "");
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), self->action->owner != NULL ? self->action->owner : "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), self->action->due != NULL ? self->action->due : "");
  adw_combo_row_set_selected (self->status_row, self->action->status);
  check (self);
  return self;
}

/**
 * ladder_action_dialog_fill:
 * @self: the dialog
 * @description: what is to be done, as typed
 * @owner: (nullable): who owns it
 * @due: (nullable): the due date, as typed
 * @status: how it stands
 * @link: which choice of "what it answers"
 *
 * Fills the fields as typing does, for tests.
 */
void
ladder_action_dialog_fill (LadderActionDialog *self,
                           const char         *description,
                           const char         *owner,
                           const char         *due,
                           LadderActionStatus  status,
                           guint               link)
{
  g_return_if_fail (LADDER_IS_ACTION_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->description_row), description);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), owner != NULL ? owner : "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), due != NULL ? due : "");
  adw_combo_row_set_selected (self->status_row, status);
  adw_combo_row_set_selected (self->link_row, link);
}

/**
 * ladder_action_dialog_save:
 * @self: the dialog
 *
 * Returns: whether Save could be pressed (and was).
 */
gboolean
ladder_action_dialog_save (LadderActionDialog *self)
{
  g_return_val_if_fail (LADDER_IS_ACTION_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->save_button))
    return FALSE;
  save_cb (self);
  return TRUE;
}

/**
 * ladder_action_dialog_get_problem:
 * @self: the dialog
 *
 * Returns: (nullable): why it cannot be saved yet.
 */
const char *
ladder_action_dialog_get_problem (LadderActionDialog *self)
{
  g_return_val_if_fail (LADDER_IS_ACTION_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label)) ? gtk_label_get_text (self->problem_label) : NULL;
}
