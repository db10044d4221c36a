/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From answers to advice: capacity scores, the rule that applies, its
 * reasons, caveats, confidence and the answers that would change it. */
#pragma once

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-rules.h"

G_BEGIN_DECLS

typedef struct
{
  const LadderQuestion *question;
  double                score;         /* mean of the ratings, 1 to 4; NAN for none */
  guint                 n_ratings;
  guint                 n_dont_know;
  LadderRating          lowest;
  LadderRating          highest;
} LadderQuestionResult;

typedef struct
{
  double      score;                   /* mean of the question scores; NAN for none */
  LadderLevel level;
  guint       n_questions;
  guint       n_answered;              /* questions with at least one rating */
} LadderCapacityResult;

typedef struct
{
  const LadderStatement *statement;
  GPtrArray             *answers;      /* of LadderQuestionResult, not owned */
} LadderReason;

/* A change of one or two answers that would lead to another form. */
typedef struct
{
  guint             n_answers;
  const LadderQuestionResult *answers[2];
  LadderRating      to[2];
  const LadderRule *rule;
} LadderAdviceChange;

typedef struct
{
  gatomicrefcount       ref_count;
  LadderContent        *content;

  LadderQuestionResult *questions;     /* in question bank order */
  guint                 n_questions;
  LadderCapacityResult  capacities[LADDER_N_CAPACITIES];
  double                facets[LADDER_N_FACETS];  /* NAN when unanswered */
  LadderRuleState       state;

  const LadderRule     *rule;
  const LadderForm     *primary;       /* NULL when there is no recommendation */
  GPtrArray            *package;       /* of LadderPackageItem, not owned */
  GPtrArray            *reasons;       /* of LadderReason */
  GPtrArray            *caveats;       /* of LadderStatement, not owned */

  LadderConfidence      confidence;
  GPtrArray            *confidence_reasons;   /* of char * */
  guint                 n_answered;
  guint                 n_answers;
  guint                 n_dont_know;
  GPtrArray            *disagreements; /* of LadderQuestionResult, not owned */

  GPtrArray            *changes;       /* of LadderAdviceChange, smallest first */
} LadderRecommendation;

LadderRecommendation *ladder_recommend                 (LadderContent        *content,
                                                        LadderAssessment     *assessment);
LadderRecommendation *ladder_recommendation_ref        (LadderRecommendation *self);
void                  ladder_recommendation_unref      (LadderRecommendation *self);

const char           *ladder_recommendation_get_primary_name (LadderRecommendation *self);
char                 *ladder_recommendation_describe_change  (LadderRecommendation *self,
                                                              const LadderAdviceChange   *change);
char                 *ladder_recommendation_describe_answer  (const LadderQuestionResult *answer);
const char           *ladder_confidence_get_label      (LadderConfidence      confidence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderRecommendation, ladder_recommendation_unref)

G_END_DECLS
