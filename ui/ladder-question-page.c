/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The questions of one section, answered by the person answering now. */
#include "config.h"

#include "ladder-question-page.h"
#include "ladder-text.h"

struct _LadderQuestionPage
{
  GtkBox            parent_instance;

  GtkLabel         *answering_label;
  GPtrArray        *rows;              /* of LadderRatingRow, not owned */
  LadderAssessment *assessment;
  char             *respondent;
  gulong            changed_id;
};

G_DEFINE_FINAL_TYPE (LadderQuestionPage, ladder_question_page, GTK_TYPE_BOX)

static void
refresh (LadderQuestionPage *self)
{
  const LadderRespondent *respondent = NULL;
  g_autofree char *answering = NULL;

  if (self->assessment != NULL && self->respondent != NULL)
    respondent = ladder_assessment_find_respondent (self->assessment, self->respondent);
  if (respondent != NULL && respondent->name != NULL)
    answering = g_strdup_printf ("Answering as %s%s%s. Choose who is answering on the Start step.",
                                 respondent->name, respondent->role != NULL ? ", " : "",
                                 respondent->role != NULL ? respondent->role : "");
  else
    answering = g_strdup ("Answering as the first person taking part. Name the people taking part, "
                          "and choose who is answering, on the Start step.");
  gtk_label_set_text (self->answering_label, answering);

  for (guint i = 0; i < self->rows->len; i++)
    {
      LadderRatingRow *row = self->rows->pdata[i];
      const LadderAnswer *answer = respondent == NULL ? NULL
        : ladder_assessment_get_answer (self->assessment, respondent->id, ladder_rating_row_get_question (row)->id);

      ladder_rating_row_set_answer (row, answer != NULL ? answer->rating : LADDER_RATING_NONE,
                                    answer != NULL ? answer->note : NULL,
                                    answer != NULL && answer->private_note);
    }
}

static void
answer_changed_cb (LadderRatingRow    *row,
                   LadderQuestionPage *self)
{
  if (self->assessment == NULL || self->respondent == NULL)
    return;
  ladder_assessment_set_answer (self->assessment, self->respondent, ladder_rating_row_get_question (row)->id,
                                ladder_rating_row_get_rating (row), ladder_rating_row_get_note (row),
                                ladder_rating_row_get_private (row));
}

static void
ladder_question_page_dispose (GObject *object)
{
  LadderQuestionPage *self = LADDER_QUESTION_PAGE (object);

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->changed_id, self->assessment);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->respondent, g_free);

  G_OBJECT_CLASS (ladder_question_page_parent_class)->dispose (object);
}

static void
ladder_question_page_class_init (LadderQuestionPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_question_page_dispose;
}

static void
ladder_question_page_init (LadderQuestionPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->rows = g_ptr_array_new ();
}

/**
 * ladder_question_page_new:
 * @content: the question bank
 * @section: which section to show
 *
 * Returns: (transfer floating): the page, with no assessment yet.
 */
GtkWidget *
ladder_question_page_new (LadderContent *content,
                          LadderSection  section)
{
  LadderQuestionPage *self = g_object_new (LADDER_TYPE_QUESTION_PAGE, NULL);
  const LadderSectionInfo *info = ladder_content_get_section (content, section);
  GtkWidget *intro, *hint;

  intro = ladder_text_label_new (info->intro, NULL);
  gtk_box_append (GTK_BOX (self), intro);
  self->answering_label = GTK_LABEL (ladder_text_label_new ("", "dim-label"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->answering_label));
  hint = ladder_text_label_new ("Keys: 1 to 4 rate the question you are in, 0 means “don’t know”, "
                                "Delete clears the rating.", "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self), hint);
  for (guint i = 0; i < info->questions->len; i++)
    {
      GtkWidget *row = ladder_rating_row_new (info->questions->pdata[i]);

      g_signal_connect (row, "answer-changed", G_CALLBACK (answer_changed_cb), self);
      gtk_box_append (GTK_BOX (self), row);
      g_ptr_array_add (self->rows, row);
    }
  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * ladder_question_page_set_assessment:
 * @self: the page
 * @assessment: (nullable): where answers go
 * @respondent_id: (nullable): who is answering
 *
 * Shows that person's answers, and keeps them in step with the assessment
 * (after an undo, for example).
 */
void
ladder_question_page_set_assessment (LadderQuestionPage *self,
                                     LadderAssessment   *assessment,
                                     const char         *respondent_id)
{
  g_return_if_fail (LADDER_IS_QUESTION_PAGE (self));

  if (self->assessment != assessment)
    {
      if (self->assessment != NULL)
        g_clear_signal_handler (&self->changed_id, self->assessment);
      g_set_object (&self->assessment, assessment);
      if (assessment != NULL)
        self->changed_id = g_signal_connect_swapped (assessment, "changed", G_CALLBACK (refresh), self);
    }
  g_free (self->respondent);
  self->respondent = g_strdup (respondent_id);
  refresh (self);
}

guint
ladder_question_page_get_n_rows (LadderQuestionPage *self)
{
  g_return_val_if_fail (LADDER_IS_QUESTION_PAGE (self), 0);
  return self->rows->len;
}

/**
 * ladder_question_page_get_row:
 * @self: the page
 * @index: a question's position in the section
 *
 * Returns: (transfer none): its row.
 */
LadderRatingRow *
ladder_question_page_get_row (LadderQuestionPage *self,
                              guint               index)
{
  g_return_val_if_fail (LADDER_IS_QUESTION_PAGE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return self->rows->pdata[index];
}

/**
 * ladder_question_page_set_evidence:
 * @self: the page
 * @dataset: (nullable): the data loaded
 * @council: the council's area in @dataset, or -1 when none is chosen
 */
void
ladder_question_page_set_evidence (LadderQuestionPage *self,
                                   LadderDataset      *dataset,
                                   int                 council)
{
  for (guint i = 0; i < self->rows->len; i++)
    ladder_rating_row_set_evidence (self->rows->pdata[i], dataset, council);
}
