/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Under a question: the checks of its answer against the figures and the
 * evidence log (each a line that says in words whether it is a mismatch,
 * support or not counted), then the entries the reviewer made, each with
 * Edit and Remove, and Add Evidence. Removing says so in a toast with
 * Undo. */
#include "config.h"

#include "ladder-evidence-dialog.h"
#include "ladder-evidence-list.h"
#include "ladder-text.h"

struct _LadderEvidenceList
{
  GtkBox                parent_instance;

  const LadderQuestion *question;
  LadderDocument       *document;
  GtkBox               *checks_box;
  GtkBox               *entries_box;
  GtkLabel             *heading;
  guint                 n_entries;
  guint                 n_checks;
};

G_DEFINE_FINAL_TYPE (LadderEvidenceList, ladder_evidence_list, GTK_TYPE_BOX)

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static char *
describe_entry (const LadderEvidence *entry)
{
  return g_strdup_printf ("%s%s%s · %s%s", ladder_evidence_kind_get_label (entry->kind),
                          entry->date != NULL ? ", " : "", entry->date != NULL ? entry->date : "",
                          ladder_bearing_get_label (entry->bearing), entry->private_entry ? " · private" : "");
}

static void
edit_clicked_cb (GtkButton          *button,
                 LadderEvidenceList *self)
{
  ladder_evidence_list_edit (self, g_object_get_data (G_OBJECT (button), "entry"));
}

static void
remove_clicked_cb (GtkButton          *button,
                   LadderEvidenceList *self)
{
  ladder_evidence_list_remove (self, g_object_get_data (G_OBJECT (button), "entry"));
}

static GtkWidget *
entry_row (LadderEvidenceList   *self,
           const LadderEvidence *entry)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = describe_entry (entry);
  g_autofree char *edit_name = g_strdup_printf ("Edit evidence: %s", title);
  g_autofree char *remove_name = g_strdup_printf ("Remove evidence: %s", title);
  GtkWidget *icon = gtk_image_new_from_icon_name (entry->bearing == LADDER_BEARING_CONTRADICTS
                                                  ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ladder_bearing_get_label (entry->bearing), -1);
  gtk_box_append (GTK_BOX (text), ladder_text_label_new (title, "caption-heading"));
  gtk_box_append (GTK_BOX (text), ladder_text_label_new (entry->found, NULL));
  gtk_widget_set_hexpand (text, TRUE);
  for (GtkWidget **b = (GtkWidget *[]) { edit, remove, NULL }; *b != NULL; b++)
    {
      gtk_widget_add_css_class (*b, "flat");
      gtk_widget_set_valign (*b, GTK_ALIGN_START);
      g_object_set_data_full (G_OBJECT (*b), "entry", g_strdup (entry->id), g_free);
    }
  gtk_widget_set_tooltip_text (edit, "Edit");
  gtk_widget_set_tooltip_text (remove, "Remove");
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), edit);
  gtk_box_append (GTK_BOX (row), remove);
  return row;
}

static void
refresh (LadderEvidenceList *self)
{
  LadderAssessment *assessment = self->document != NULL ? ladder_document_get_assessment (self->document) : NULL;
  g_autofree char *heading = NULL;

  clear_box (self->entries_box);
  self->n_entries = 0;
  for (guint i = 0; assessment != NULL && i < ladder_assessment_get_n_evidence (assessment); i++)
    {
      const LadderEvidence *entry = ladder_assessment_get_evidence (assessment, i);

      if (g_strcmp0 (entry->question, self->question->id) != 0)
        continue;
      gtk_box_append (self->entries_box, entry_row (self, entry));
      self->n_entries++;
    }
  heading = self->n_entries == 0 ? g_strdup ("Evidence seen: none recorded")
                                 : g_strdup_printf ("Evidence seen (%u)", self->n_entries);
  gtk_label_set_text (self->heading, heading);
}

static void
add_clicked_cb (LadderEvidenceList *self)
{
  ladder_evidence_list_add (self);
}

static void
ladder_evidence_list_dispose (GObject *object)
{
  LadderEvidenceList *self = LADDER_EVIDENCE_LIST (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (ladder_evidence_list_parent_class)->dispose (object);
}

static void
ladder_evidence_list_class_init (LadderEvidenceListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_evidence_list_dispose;

  /**
   * LadderEvidenceList::toast:
   * @message: what happened
   * @undoable: whether Undo reverses it
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ladder_evidence_list_init (LadderEvidenceList *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  self->checks_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  self->entries_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->checks_box));
}

/**
 * ladder_evidence_list_new:
 * @question: the question, which must outlive the list
 *
 * Returns: (transfer floating): the list, with no document yet.
 */
GtkWidget *
ladder_evidence_list_new (const LadderQuestion *question)
{
  LadderEvidenceList *self = g_object_new (LADDER_TYPE_EVIDENCE_LIST, NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *add = gtk_button_new_with_label ("Add Evidence…");
  g_autofree char *add_name = g_strdup_printf ("Add evidence: %s", question->statement);

  self->question = question;
  self->heading = GTK_LABEL (ladder_text_label_new ("", "heading"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  gtk_widget_set_tooltip_text (add, "Record a case file audit, a visit, what people said, a report or figures "
                                    "that bear on this answer");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (header), add);
  gtk_box_append (GTK_BOX (self), header);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->entries_box));
  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * ladder_evidence_list_set_document:
 * @self: a list
 * @document: whose evidence log it shows and edits
 */
void
ladder_evidence_list_set_document (LadderEvidenceList *self,
                                   LadderDocument     *document)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_LIST (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

/**
 * ladder_evidence_list_set_checks:
 * @self: a list
 * @lines: (element-type utf8) (nullable): sentences, each starting with
 *   the word that says what it is ("Mismatch:", "Bears it out:", "Not
 *   counted:")
 *
 * Shows how the answer stands against the figures and the evidence.
 */
void
ladder_evidence_list_set_checks (LadderEvidenceList *self,
                                 GPtrArray          *lines)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_LIST (self));

  clear_box (self->checks_box);
  self->n_checks = lines != NULL ? lines->len : 0;
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const char *line = lines->pdata[i];
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gboolean mismatch = g_str_has_prefix (line, "Mismatch");
      GtkWidget *icon = gtk_image_new_from_icon_name (mismatch ? "dialog-warning-symbolic"
                                                               : "dialog-information-symbolic");

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), ladder_text_label_new (line, mismatch ? "heading" : NULL));
      gtk_box_append (self->checks_box, row);
    }
}

guint
ladder_evidence_list_get_n_entries (LadderEvidenceList *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_LIST (self), 0);
  return self->n_entries;
}

guint
ladder_evidence_list_get_n_checks (LadderEvidenceList *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_LIST (self), 0);
  return self->n_checks;
}

static GtkWindow *
open_dialog (LadderEvidenceList *self,
             const char         *entry_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  LadderEvidenceDialog *dialog;

  g_return_val_if_fail (self->document != NULL, NULL);
  dialog = ladder_evidence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document,
                                       self->question, entry_id);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/**
 * ladder_evidence_list_add:
 * @self: a list
 *
 * Opens the dialog for a new entry, as Add Evidence does.
 *
 * Returns: (transfer none): the dialog.
 */
GtkWindow *
ladder_evidence_list_add (LadderEvidenceList *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_LIST (self), NULL);
  return open_dialog (self, NULL);
}

/**
 * ladder_evidence_list_edit:
 * @self: a list
 * @entry_id: one of its entries
 *
 * Returns: (transfer none): the dialog editing it.
 */
GtkWindow *
ladder_evidence_list_edit (LadderEvidenceList *self,
                           const char         *entry_id)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_LIST (self), NULL);
  return open_dialog (self, entry_id);
}

/**
 * ladder_evidence_list_remove:
 * @self: a list
 * @entry_id: one of its entries
 *
 * Removes it, with a toast offering Undo.
 */
void
ladder_evidence_list_remove (LadderEvidenceList *self,
                             const char         *entry_id)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_LIST (self));

  if (self->document != NULL && ladder_document_remove_evidence (self->document, entry_id))
    g_signal_emit (self, signals[SIGNAL_TOAST], 0, "Evidence removed", TRUE);
}
