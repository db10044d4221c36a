/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of a recommendation share and nobody else should use. */
#pragma once

#include "ladder-recommendation.h"

G_BEGIN_DECLS

/* Means of whole ratings over a few respondents are not always exact in
 * binary: 3 must count as 3. */
#define LADDER_RECOMMENDATION_EPSILON 1e-9

gboolean ladder_recommendation_below              (double                      value,
                                                   double                      threshold);
double   ladder_recommendation_change_size        (const LadderQuestionResult *result,
                                                   LadderRating                rating);
void     ladder_recommendation_assess_confidence  (LadderRecommendation       *self,
                                                   LadderAssessment           *assessment);
void     ladder_recommendation_note_context       (LadderRecommendation       *self,
                                                   LadderAssessment           *assessment);

G_END_DECLS
