/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One entry of the evidence log, added or edited: what kind of evidence,
 * when, what was found, whether it bears the rating out, and whether it
 * stays private. The entry goes into the document only when it is whole:
 * a date that is not a real one, or nothing written, keeps Save greyed
 * out and says why beside it. */
#include "config.h"

#include "ladder-evidence-dialog.h"
#include "ladder-text.h"

struct _LadderEvidenceDialog
{
  AdwWindow       parent_instance;

  LadderDocument *document;
  LadderEvidence *entry;           /* what is being edited; id NULL for a new one */
  AdwComboRow    *kind_row;
  AdwEntryRow    *date_row;
  GtkTextView    *found_view;
  AdwComboRow    *bearing_row;
  GtkSwitch      *private_switch;
  GtkLabel       *problem_label;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (LadderEvidenceDialog, ladder_evidence_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
found_text (LadderEvidenceDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->found_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What stops the entry being saved, or NULL. */
static const char *
problem (LadderEvidenceDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *found = found_text (self);

  if (*date != '\0' && !ladder_date_is_valid (date))
    return "The date must be a real one, written as year, month and day, such as 2026-11-24.";
  if (*g_strstrip (found) == '\0')
    return "Say what was found.";
  return NULL;
}

static void
check (LadderEvidenceDialog *self)
{
  const char *why = problem (self);

  gtk_label_set_text (self->problem_label, why != NULL ? why : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), why != NULL);
  gtk_widget_set_sensitive (self->save_button, why == NULL);
  if (why != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->date_row)) != '\0' &&
      !ladder_date_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->date_row))))
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
}

static void
save_cb (LadderEvidenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = found_text (self);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  LadderEvidence entry = *self->entry;
  gboolean saved;

  entry.kind = adw_combo_row_get_selected (self->kind_row);
  entry.date = *date != '\0' ? (char *) date : NULL;
  entry.found = g_strstrip (found);
  entry.bearing = adw_combo_row_get_selected (self->bearing_row);
  entry.private_entry = gtk_switch_get_active (self->private_switch);
  if (entry.id == NULL)
    {
      g_autofree char *id = ladder_document_add_evidence (self->document, &entry, &error);

      saved = id != NULL;
    }
  else
    saved = ladder_document_update_evidence (self->document, &entry, &error);
  if (!saved)
    {
      /* The checks above should have caught it; say what the document said. */
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_cb (LadderEvidenceDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkListItemFactory *
factory (void)
{
  return ladder_text_list_factory_new ();
}

static void
ladder_evidence_dialog_dispose (GObject *object)
{
  LadderEvidenceDialog *self = LADDER_EVIDENCE_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->entry, ladder_evidence_free);

  G_OBJECT_CLASS (ladder_evidence_dialog_parent_class)->dispose (object);
}

static void
ladder_evidence_dialog_class_init (LadderEvidenceDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_evidence_dialog_dispose;

  /**
   * LadderEvidenceDialog::saved:
   *
   * The entry went into the document.
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 0);
}

static void
ladder_evidence_dialog_init (LadderEvidenceDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bearings = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) kind_factory = factory ();
  g_autoptr(GtkListItemFactory) bearing_factory = factory ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_label ("Cancel");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *found_label = gtk_label_new ("What was found");
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *private_row = adw_action_row_new ();

  for (LadderEvidenceKind k = 0; k < LADDER_N_EVIDENCE_KINDS; k++)
    gtk_string_list_append (kinds, ladder_evidence_kind_get_label (k));
  for (LadderBearing b = 0; b < LADDER_N_BEARINGS; b++)
    gtk_string_list_append (bearings, ladder_bearing_get_label (b));

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
  self->save_button = gtk_button_new_with_label ("Save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_cb), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_cb), self);

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), "Kind of evidence");
  adw_combo_row_set_factory (self->kind_row, kind_factory);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), "Date seen (year-month-day), if known");
  self->bearing_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->bearing_row), "Against the rating");
  adw_combo_row_set_factory (self->bearing_row, bearing_factory);
  adw_combo_row_set_model (self->bearing_row, G_LIST_MODEL (bearings));
  self->private_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->private_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (private_row), "Private");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (private_row), "Kept out of the board paper and anything shared");
  adw_action_row_add_suffix (ADW_ACTION_ROW (private_row), GTK_WIDGET (self->private_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (private_row), GTK_WIDGET (self->private_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->bearing_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), private_row);

  self->found_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->found_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->found_view, FALSE);
  gtk_text_view_set_top_margin (self->found_view, 8);
  gtk_text_view_set_bottom_margin (self->found_view, 8);
  gtk_text_view_set_left_margin (self->found_view, 8);
  gtk_text_view_set_right_margin (self->found_view, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->found_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "What was found", -1);
  gtk_label_set_xalign (GTK_LABEL (found_label), 0);
  gtk_widget_add_css_class (found_label, "heading");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->found_view));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  self->problem_label = GTK_LABEL (ladder_text_label_new ("", "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Why it cannot be saved yet", -1);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), found_label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), box);
  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (check), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->found_view), "changed", G_CALLBACK (check), self);
}

/**
 * ladder_evidence_dialog_new:
 * @parent: the window it belongs to
 * @document: where the entry goes
 * @question: the question the evidence bears on
 * @entry_id: (nullable): the entry to edit, or %NULL for a new one
 *
 * Returns: (transfer none): the dialog, not yet shown.
 */
LadderEvidenceDialog *
ladder_evidence_dialog_new (GtkWindow            *parent,
                            LadderDocument       *document,
                            const LadderQuestion *question,
                            const char           *entry_id)
{
  LadderEvidenceDialog *self = g_object_new (LADDER_TYPE_EVIDENCE_DIALOG, "transient-for", parent, NULL);
  const LadderEvidence *existing = entry_id != NULL
    ? ladder_assessment_find_evidence (ladder_document_get_assessment (document), entry_id) : NULL;
  g_autofree char *title = g_strdup_printf ("%s: %s", existing != NULL ? "Edit Evidence" : "Add Evidence",
                                            question->statement);

  self->document = g_object_ref (document);
  if (existing != NULL)
    self->entry = ladder_evidence_copy (existing);
  else
    {
      self->entry = g_new0 (LadderEvidence, 1);
      self->entry->question = g_strdup (question->id);
    }
  gtk_window_set_title (GTK_WINDOW (self), existing != NULL ? "Edit Evidence" : "Add Evidence");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_combo_row_set_selected (self->kind_row, self->entry->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), self->entry->date != NULL ? self->entry->date : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->found_view),
                            self->entry->found != NULL ? self->entry->found : "", -1);
  adw_combo_row_set_selected (self->bearing_row, self->entry->bearing);
  gtk_switch_set_active (self->private_switch, self->entry->private_entry);
  check (self);
  return self;
}

/**
 * ladder_evidence_dialog_fill:
 * @self: the dialog
 * @kind: the kind of evidence
 * @date: (nullable): the date, as typed
 * @found: what was found, as typed
 * @bearing: whether it bears the rating out
 *
 * Fills the fields as typing does, for tests.
 */
void
ladder_evidence_dialog_fill (LadderEvidenceDialog *self,
                             LadderEvidenceKind    kind,
                             const char           *date,
                             const char           *found,
                             LadderBearing         bearing)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_DIALOG (self));

  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->found_view), found, -1);
  adw_combo_row_set_selected (self->bearing_row, bearing);
}

/**
 * ladder_evidence_dialog_save:
 * @self: the dialog
 *
 * Saves as the Save button does, when it may.
 *
 * Returns: whether Save could be pressed.
 */
gboolean
ladder_evidence_dialog_save (LadderEvidenceDialog *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->save_button))
    return FALSE;
  save_cb (self);
  return TRUE;
}

/**
 * ladder_evidence_dialog_get_problem:
 * @self: the dialog
 *
 * Returns: (nullable): why it cannot be saved yet, as the dialog says it.
 */
const char *
ladder_evidence_dialog_get_problem (LadderEvidenceDialog *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label)) ? gtk_label_get_text (self->problem_label) : NULL;
}
