/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Who is answering": a labelled drop-down of the people taking part,
 * following the document's respondent both ways. */
#include "config.h"

#include "ladder-respondent-chooser.h"
#include "ladder-text.h"

struct _LadderRespondentChooser
{
  GtkBox          parent_instance;

  GtkDropDown    *dropdown;
  GtkStringList  *labels;
  GPtrArray      *ids;             /* parallel to labels */
  LadderDocument *document;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (LadderRespondentChooser, ladder_respondent_chooser, GTK_TYPE_BOX)

/**
 * ladder_respondent_chooser_dup_item_label:
 * @assessment: an assessment
 * @respondent: one of its people
 *
 * Returns: (transfer full): how the person appears in the list: their
 *   label, with their leadership level when it is given.
 */
char *
ladder_respondent_chooser_dup_item_label (LadderAssessment       *assessment,
                                          const LadderRespondent *respondent)
{
  g_autofree char *label = ladder_assessment_dup_person_label (assessment, respondent, TRUE);

  if (respondent->level == 0)
    return g_steal_pointer (&label);
  return g_strdup_printf ("%s (%s)", label, ladder_leadership_level_get_label (respondent->level));
}

static void
refill (LadderRespondentChooser *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);
  const char *current = ladder_document_get_respondent (self->document);
  guint n = ladder_assessment_get_n_respondents (assessment);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean same = n == self->ids->len;
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, i);

      g_ptr_array_add (labels, ladder_respondent_chooser_dup_item_label (assessment, respondent));
      same = same && g_strcmp0 (self->ids->pdata[i], respondent->id) == 0 &&
             g_strcmp0 (gtk_string_list_get_string (self->labels, i), labels->pdata[i]) == 0;
      if (g_strcmp0 (respondent->id, current) == 0)
        selected = i;
    }
  self->filling = TRUE;
  /* Rebuilding the list while someone types a name would close the list
   * and move the selection; only a real change rebuilds it. */
  if (!same)
    {
      g_ptr_array_add (labels, NULL);
      g_ptr_array_set_size (self->ids, 0);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->ids, g_strdup (ladder_assessment_get_respondent (assessment, i)->id));
      gtk_string_list_splice (self->labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->labels)),
                              (const char * const *) labels->pdata);
    }
  gtk_drop_down_set_selected (self->dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->dropdown), n > 1);
  self->filling = FALSE;
}

static void
selected_cb (LadderRespondentChooser *self)
{
  guint index = gtk_drop_down_get_selected (self->dropdown);

  if (self->filling || self->document == NULL || index >= self->ids->len)
    return;
  ladder_document_set_respondent (self->document, self->ids->pdata[index]);
}

static void
ladder_respondent_chooser_dispose (GObject *object)
{
  LadderRespondentChooser *self = LADDER_RESPONDENT_CHOOSER (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (ladder_respondent_chooser_parent_class)->dispose (object);
}

static void
ladder_respondent_chooser_class_init (LadderRespondentChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_respondent_chooser_dispose;
}

static void
ladder_respondent_chooser_init (LadderRespondentChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  GtkWidget *label = gtk_label_new ("Who is answering");

  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->labels = gtk_string_list_new (NULL);
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->labels)), NULL));
  gtk_drop_down_set_factory (self->dropdown, factory);
  gtk_widget_set_hexpand (GTK_WIDGET (self->dropdown), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->dropdown), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dropdown),
                               "Answers go to this person. Add people on the Start step.");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, "Who is answering", -1);
  ladder_text_name_drop_down (self->dropdown, "Who is answering");
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (self), label);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->dropdown));
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self);
}

/**
 * ladder_respondent_chooser_new:
 *
 * Returns: (transfer floating): a chooser with no document yet.
 */
GtkWidget *
ladder_respondent_chooser_new (void)
{
  return g_object_new (LADDER_TYPE_RESPONDENT_CHOOSER, NULL);
}

/**
 * ladder_respondent_chooser_set_document:
 * @self: a chooser
 * @document: the document whose respondent it chooses
 */
void
ladder_respondent_chooser_set_document (LadderRespondentChooser *self,
                                        LadderDocument          *document)
{
  g_return_if_fail (LADDER_IS_RESPONDENT_CHOOSER (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (refill), self);
  g_signal_connect_swapped (document, "notify::respondent", G_CALLBACK (refill), self);
  refill (self);
}

/**
 * ladder_respondent_chooser_get_dropdown:
 * @self: a chooser
 *
 * Returns: (transfer none): the drop-down, for tests.
 */
GtkDropDown *
ladder_respondent_chooser_get_dropdown (LadderRespondentChooser *self)
{
  g_return_val_if_fail (LADDER_IS_RESPONDENT_CHOOSER (self), NULL);
  return self->dropdown;
}
