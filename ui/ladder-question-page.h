/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The questions of one section, answered by the person answering now. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-assessment.h"
#include "ladder-document.h"
#include "ladder-evidence-list.h"
#include "ladder-rating-row.h"

G_BEGIN_DECLS

#define LADDER_TYPE_QUESTION_PAGE (ladder_question_page_get_type ())
G_DECLARE_FINAL_TYPE (LadderQuestionPage, ladder_question_page, LADDER, QUESTION_PAGE, GtkBox)

GtkWidget       *ladder_question_page_new            (LadderContent      *content,
                                                      LadderSection       section);
void             ladder_question_page_set_document   (LadderQuestionPage *self,
                                                      LadderDocument     *document);
LadderRatingRow *ladder_question_page_get_row        (LadderQuestionPage *self,
                                                      guint               index);
guint            ladder_question_page_get_n_rows     (LadderQuestionPage *self);
void             ladder_question_page_set_evidence (LadderQuestionPage *self,
                                                    LadderDataset      *dataset,
                                                    int                 council,
                                                    const char         *no_council);

LadderEvidenceList *ladder_question_page_get_evidence_list (LadderQuestionPage *self,
                                                         guint               index);

G_END_DECLS
