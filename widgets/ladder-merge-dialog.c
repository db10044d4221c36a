/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where copies and the review disagree: for each answer, the one held and
 * the one in the copy side by side, each a radio choice. Nothing is taken
 * until every difference has a choice and the reviewer presses Add
 * Answers; Cancel adds nothing at all. */
#include "config.h"

#include "ladder-merge-dialog.h"
#include "ladder-text.h"

struct _LadderMergeDialog
{
  AdwWindow    parent_instance;

  LadderMerge *merge;
  GtkWidget   *apply;
  GPtrArray   *choices;          /* per conflict: two GtkCheckButton, held then incoming */
  gboolean     responded;
};

G_DEFINE_FINAL_TYPE (LadderMergeDialog, ladder_merge_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe_answer (const LadderAnswer *answer)
{
  if (answer == NULL)
    return g_strdup ("No answer");
  if (answer->rating >= LADDER_RATING_NOT_IN_PLACE && answer->rating <= LADDER_RATING_FULLY_IN_PLACE)
    return g_strdup_printf ("%d, %s", answer->rating, ladder_rating_get_label (answer->rating));
  return g_strdup (ladder_rating_get_label (answer->rating));
}

static char *
describe_note (const LadderAnswer *answer)
{
  if (answer == NULL || answer->note == NULL)
    return g_strdup ("No note");
  return g_strdup_printf ("%s%s", answer->private_note ? "Private note: " : "Note: ", answer->note);
}

static void
update_apply (LadderMergeDialog *self)
{
  gtk_widget_set_sensitive (self->apply, ladder_merge_is_resolved (self->merge));
}

static void
choice_toggled_cb (GtkCheckButton    *button,
                   LadderMergeDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "conflict"));
  LadderMergeChoice choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "choice"));

  if (gtk_check_button_get_active (button))
    ladder_merge_resolve (self->merge, index, choice);
  update_apply (self);
}

static GtkWidget *
choice_row (LadderMergeDialog        *self,
            guint                     index,
            LadderMergeChoice         choice,
            const char               *source,
            const LadderAnswer       *answer,
            GtkCheckButton           *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *rating = describe_answer (answer);
  g_autofree char *title = g_strdup_printf ("%s: %s", source, rating);
  g_autofree char *note = describe_note (answer);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, note, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (check), "conflict", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (check), "choice", GUINT_TO_POINTER (choice));
  g_signal_connect (check, "toggled", G_CALLBACK (choice_toggled_cb), self);
  g_ptr_array_add (self->choices, check);
  return row;
}

static void
choose_all (LadderMergeDialog *self,
            LadderMergeChoice  choice)
{
  for (guint i = 0; i < ladder_merge_get_n_conflicts (self->merge); i++)
    ladder_merge_dialog_choose (self, i, choice);
}

static void
keep_all_cb (LadderMergeDialog *self)
{
  choose_all (self, LADDER_MERGE_KEEP_HELD);
}

static void
take_all_cb (LadderMergeDialog *self)
{
  choose_all (self, LADDER_MERGE_TAKE_INCOMING);
}

static void
apply_cb (LadderMergeDialog *self)
{
  ladder_merge_dialog_respond (self, TRUE);
}

static void
cancel_cb (LadderMergeDialog *self)
{
  ladder_merge_dialog_respond (self, FALSE);
}

static gboolean
close_request_cb (LadderMergeDialog *self)
{
  if (!self->responded)
    {
      self->responded = TRUE;
      g_signal_emit (self, signals[SIGNAL_RESPONSE], 0, FALSE);
    }
  return FALSE;
}

static void
ladder_merge_dialog_dispose (GObject *object)
{
  LadderMergeDialog *self = LADDER_MERGE_DIALOG (object);

  g_clear_pointer (&self->merge, ladder_merge_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_merge_dialog_parent_class)->dispose (object);
}

static void
ladder_merge_dialog_class_init (LadderMergeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_merge_dialog_dispose;

  /**
   * LadderMergeDialog::response:
   * @apply: whether to add the answers with the choices made
   *
   * The reviewer pressed Add Answers, or cancelled or closed the window.
   */
  signals[SIGNAL_RESPONSE] = g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                           NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
ladder_merge_dialog_init (LadderMergeDialog *self)
{
  self->choices = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), "Choose Which Answers to Keep");
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

static void
add_notes (LadderMergeDialog *self,
           GtkBox            *box)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint f = 0; f < ladder_merge_get_n_files (self->merge); f++)
    {
      GPtrArray *notes = ladder_merge_get_file_notes (self->merge, f);

      for (guint n = 0; notes != NULL && n < notes->len; n++)
        g_string_append_printf (text, "%s• %s", text->len > 0 ? "\n" : "", (char *) notes->pdata[n]);
    }
  if (text->len > 0)
    gtk_box_append (box, ladder_text_label_new (text->str, NULL));
}

/**
 * ladder_merge_dialog_new:
 * @parent: the window it belongs to
 * @merge: answers brought in from copies, with differences to settle
 *
 * Returns: (transfer floating): the dialog, not yet shown.
 */
LadderMergeDialog *
ladder_merge_dialog_new (GtkWindow   *parent,
                         LadderMerge *merge)
{
  LadderMergeDialog *self = g_object_new (LADDER_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_label ("Cancel");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *all = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *keep = gtk_button_new_with_label ("Keep All in the Review");
  GtkWidget *take = gtk_button_new_with_label ("Take All from the Copies");
  guint n = ladder_merge_get_n_conflicts (merge);
  g_autofree char *intro = g_strdup_printf (n == 1 ? "%u answer in the copies differs from the one already held. "
                                                     "Choose which to keep. Nothing is added until you press "
                                                     "Add Answers, and Undo takes it all out again."
                                                   : "%u answers in the copies differ from those already held. "
                                                     "Choose which to keep for each. Nothing is added until you "
                                                     "press Add Answers, and Undo takes it all out again.", n);

  self->merge = ladder_merge_ref (merge);
  self->apply = gtk_button_new_with_label ("Add Answers");
  gtk_widget_add_css_class (self->apply, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->apply);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_cb), self);
  g_signal_connect_swapped (self->apply, "clicked", G_CALLBACK (apply_cb), self);
  g_signal_connect_swapped (keep, "clicked", G_CALLBACK (keep_all_cb), self);
  g_signal_connect_swapped (take, "clicked", G_CALLBACK (take_all_cb), self);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), ladder_text_label_new (intro, NULL));
  add_notes (self, GTK_BOX (box));
  gtk_box_append (GTK_BOX (all), keep);
  gtk_box_append (GTK_BOX (all), take);
  gtk_box_append (GTK_BOX (box), all);
  for (guint i = 0; i < n; i++)
    {
      const LadderMergeConflict *conflict = ladder_merge_get_conflict (merge, i);
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *title = g_strdup_printf ("%s: %s", conflict->person,
                                                conflict->question != NULL ? conflict->question->statement
                                                                           : conflict->question_id);
      g_autofree char *held_from = conflict->held_from != NULL ? g_strdup_printf ("In %s", conflict->held_from)
                                                               : g_strdup ("In the review");
      g_autofree char *incoming_from = g_strdup_printf ("In %s", conflict->file);
      GtkWidget *held = choice_row (self, i, LADDER_MERGE_KEEP_HELD, held_from, conflict->held, NULL);
      GtkCheckButton *first = self->choices->pdata[self->choices->len - 1];

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), held);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 choice_row (self, i, LADDER_MERGE_TAKE_INCOMING, incoming_from,
                                             conflict->incoming, first));
      gtk_box_append (GTK_BOX (box), group);
    }
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (self), content);
  update_apply (self);
  return self;
}

/**
 * ladder_merge_dialog_get_merge:
 * @self: the dialog
 *
 * Returns: (transfer none): the merge, with the choices made so far.
 */
LadderMerge *
ladder_merge_dialog_get_merge (LadderMergeDialog *self)
{
  g_return_val_if_fail (LADDER_IS_MERGE_DIALOG (self), NULL);
  return self->merge;
}

/**
 * ladder_merge_dialog_choose:
 * @self: the dialog
 * @conflict: which difference
 * @choice: keep the answer held, or take the copy's
 *
 * Chooses as a click on its radio button does.
 */
void
ladder_merge_dialog_choose (LadderMergeDialog *self,
                            guint              conflict,
                            LadderMergeChoice  choice)
{
  g_return_if_fail (LADDER_IS_MERGE_DIALOG (self));
  g_return_if_fail (conflict * 2 + 1 < self->choices->len);
  g_return_if_fail (choice == LADDER_MERGE_KEEP_HELD || choice == LADDER_MERGE_TAKE_INCOMING);

  gtk_check_button_set_active (self->choices->pdata[conflict * 2 + (choice == LADDER_MERGE_TAKE_INCOMING)], TRUE);
}

/**
 * ladder_merge_dialog_respond:
 * @self: the dialog
 * @apply: %TRUE for Add Answers (only once every difference has a choice)
 *
 * Answers as the buttons do, and closes the dialog.
 */
void
ladder_merge_dialog_respond (LadderMergeDialog *self,
                             gboolean           apply)
{
  g_return_if_fail (LADDER_IS_MERGE_DIALOG (self));

  if (self->responded || (apply && !ladder_merge_is_resolved (self->merge)))
    return;
  self->responded = TRUE;
  g_signal_emit (self, signals[SIGNAL_RESPONSE], 0, apply);
  gtk_window_destroy (GTK_WINDOW (self));
}
