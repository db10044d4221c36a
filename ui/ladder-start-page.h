/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Start step: the council, the review's context and the people taking
 * part, written straight into the assessment. */
#pragma once

#include <adwaita.h>

#include "ladder-assessment.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

#define LADDER_TYPE_START_PAGE (ladder_start_page_get_type ())
G_DECLARE_FINAL_TYPE (LadderStartPage, ladder_start_page, LADDER, START_PAGE, GtkBox)

GtkWidget  *ladder_start_page_new            (void);
void        ladder_start_page_set_assessment (LadderStartPage  *self,
                                              LadderAssessment *assessment);
void        ladder_start_page_set_dataset    (LadderStartPage  *self,
                                              LadderDataset    *dataset);
const char *ladder_start_page_get_respondent (LadderStartPage  *self);
void        ladder_start_page_set_respondent (LadderStartPage  *self,
                                              const char       *respondent_id);
void        ladder_start_page_show_advice    (LadderStartPage      *self,
                                              LadderRecommendation *advice);

G_END_DECLS
