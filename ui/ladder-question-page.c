/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The questions of one section, answered by the person answering now. */
#include "config.h"

#include "ladder-evidence-list.h"
#include "ladder-question-page.h"
#include "ladder-respondent-chooser.h"
#include "ladder-step-page.h"
#include "ladder-text.h"

struct _LadderQuestionPage
{
  GtkBox            parent_instance;

  GtkWidget        *chooser;
  GPtrArray        *rows;              /* of LadderRatingRow, not owned */
  GPtrArray        *evidence;          /* of LadderEvidenceList, parallel to rows, not owned */
  LadderDocument   *document;
  gboolean          advance;
};

G_DEFINE_FINAL_TYPE (LadderQuestionPage, ladder_question_page, GTK_TYPE_BOX)

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ADVANCE_AFTER_RATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh (LadderQuestionPage *self)
{
  LadderAssessment *assessment = self->document != NULL ? ladder_document_get_assessment (self->document) : NULL;
  const char *respondent = self->document != NULL ? ladder_document_get_respondent (self->document) : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      LadderRatingRow *row = self->rows->pdata[i];
      const LadderAnswer *answer = respondent == NULL ? NULL
        : ladder_assessment_get_answer (assessment, respondent, ladder_rating_row_get_question (row)->id);

      ladder_rating_row_set_answer (row, answer != NULL ? answer->rating : LADDER_RATING_NONE,
                                    answer != NULL ? answer->note : NULL,
                                    answer != NULL && answer->private_note);
    }
}

static void
answer_changed_cb (LadderRatingRow    *row,
                   LadderQuestionPage *self)
{
  if (self->document == NULL)
    return;
  ladder_document_set_answer (self->document, ladder_rating_row_get_question (row)->id,
                              ladder_rating_row_get_rating (row), ladder_rating_row_get_note (row),
                              ladder_rating_row_get_private (row));
}

/* A number key rated the question: with the setting on, the next
 * question's choices take the focus, placed where the eye rests; after the
 * last question, the button to the next step does. */
static void
rated_by_key_cb (LadderRatingRow    *row,
                 LadderQuestionPage *self)
{
  guint index;
  LadderRatingRow *next;

  if (!self->advance || !g_ptr_array_find (self->rows, row, &index))
    return;
  /* After the last question, on to the next step's button. */
  if (index + 1 >= self->rows->len)
    {
      GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), LADDER_TYPE_STEP_PAGE);

      if (page != NULL)
        ladder_step_page_focus_next (LADDER_STEP_PAGE (page));
      return;
    }
  next = self->rows->pdata[index + 1];
  if (ladder_rating_row_focus_choices (next))
    ladder_text_scroll_to_reading_place (GTK_WIDGET (next));
}

static void
toast_cb (LadderQuestionPage *self,
          const char         *message,
          gboolean            undoable)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message, undoable);
}

static void
ladder_question_page_dispose (GObject *object)
{
  LadderQuestionPage *self = LADDER_QUESTION_PAGE (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_question_page_parent_class)->dispose (object);
}

static void
ladder_question_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LadderQuestionPage *self = LADDER_QUESTION_PAGE (object);

  if (prop_id == PROP_ADVANCE_AFTER_RATING)
    g_value_set_boolean (value, self->advance);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ladder_question_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderQuestionPage *self = LADDER_QUESTION_PAGE (object);

  if (prop_id == PROP_ADVANCE_AFTER_RATING)
    self->advance = g_value_get_boolean (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ladder_question_page_class_init (LadderQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_question_page_dispose;
  object_class->get_property = ladder_question_page_get_property;
  object_class->set_property = ladder_question_page_set_property;

  /**
   * LadderQuestionPage:advance-after-rating:
   *
   * Whether rating a question with a number key moves the focus on to the
   * next question.
   */
  properties[PROP_ADVANCE_AFTER_RATING] =
    g_param_spec_boolean ("advance-after-rating", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderQuestionPage::toast:
   * @message: what happened
   * @undoable: whether Undo reverses it
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ladder_question_page_init (LadderQuestionPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->rows = g_ptr_array_new ();
  self->evidence = g_ptr_array_new ();
  self->advance = TRUE;
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
  self->chooser = ladder_respondent_chooser_new ();
  gtk_box_append (GTK_BOX (self), self->chooser);
  hint = ladder_text_label_new ("Keys: Tab moves from question to question and the arrow keys between "
                                "answers; 1 to 4 rate the question you are in, 0 means “don’t know” and "
                                "Delete clears the rating.", "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self), hint);
  for (guint i = 0; i < info->questions->len; i++)
    {
      GtkWidget *row = ladder_rating_row_new (info->questions->pdata[i]);

      GtkWidget *evidence = ladder_evidence_list_new (info->questions->pdata[i]);

      g_signal_connect (row, "answer-changed", G_CALLBACK (answer_changed_cb), self);
      g_signal_connect (row, "rated-by-key", G_CALLBACK (rated_by_key_cb), self);
      g_signal_connect_swapped (evidence, "toast", G_CALLBACK (toast_cb), self);
      ladder_rating_row_set_extra (LADDER_RATING_ROW (row), evidence);
      gtk_box_append (GTK_BOX (self), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->evidence, evidence);
    }
  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * ladder_question_page_set_document:
 * @self: the page
 * @document: where answers go
 *
 * Shows the answers of the person answering, and keeps them in step with
 * the document (after an undo, or when someone else answers).
 */
void
ladder_question_page_set_document (LadderQuestionPage *self,
                                   LadderDocument     *document)
{
  g_return_if_fail (LADDER_IS_QUESTION_PAGE (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (document, "notify::respondent", G_CALLBACK (refresh), self);
  ladder_respondent_chooser_set_document (LADDER_RESPONDENT_CHOOSER (self->chooser), document);
  for (guint i = 0; i < self->evidence->len; i++)
    ladder_evidence_list_set_document (self->evidence->pdata[i], document);
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
 * ladder_question_page_get_evidence_list:
 * @self: the page
 * @index: a question's position in the section
 *
 * Returns: (transfer none): the evidence seen for it.
 */
LadderEvidenceList *
ladder_question_page_get_evidence_list (LadderQuestionPage *self,
                                        guint               index)
{
  g_return_val_if_fail (LADDER_IS_QUESTION_PAGE (self), NULL);
  g_return_val_if_fail (index < self->evidence->len, NULL);
  return self->evidence->pdata[index];
}

/**
 * ladder_question_page_set_evidence:
 * @self: the page
 * @dataset: (nullable): the data loaded
 * @council: the council's area in @dataset, or -1 when none is chosen or
 *   the data lacks it
 * @no_council: (nullable): when @council is -1, why, in a sentence
 */
void
ladder_question_page_set_evidence (LadderQuestionPage *self,
                                   LadderDataset      *dataset,
                                   int                 council,
                                   const char         *no_council)
{
  for (guint i = 0; i < self->rows->len; i++)
    ladder_rating_row_set_evidence (self->rows->pdata[i], dataset, council, no_council);
}
