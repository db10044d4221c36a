/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From answers to advice: each capacity at each leadership level, the
 * rule that applies, its reasons, caveats, confidence, where people at
 * different levels see the service differently, how the context shaped
 * the advice and the answers that would change it. The model is set out
 * in docs/decision-model.md. */
#pragma once

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-rules.h"

G_BEGIN_DECLS

typedef struct
{
  const LadderQuestion *question;
  double                score;         /* 1 to 4, each leadership level's view counting once; NAN for none */
  guint                 n_ratings;
  guint                 n_dont_know;
  LadderRating          lowest;
  LadderRating          highest;
} LadderQuestionResult;

/* One capacity as it stands at one leadership level: the questions about
 * that level's part. */
typedef struct
{
  double      score;                   /* mean of the question scores; NAN for none */
  LadderLevel level;                   /* UNKNOWN when no question about it is rated */
  guint       n_questions;
  guint       n_answered;
} LadderLevelResult;

typedef struct
{
  double            score;             /* the deciding level's score; NAN for none */
  LadderLevel       level;            /* the weakest deciding level's, lowered to partly when views differ */
  guint             n_questions;
  guint             n_answered;        /* questions with at least one rating */
  LadderLevelResult by_level[LADDER_N_LEADERSHIP_LEVELS];
  int               weakest;           /* the leadership level that decided (an index), or -1 */
  gboolean          lowered;           /* self-assessment held at partly because views differ */
} LadderCapacityResult;

/* What the people at one leadership level said, capacity by capacity. */
#define LADDER_N_PERSPECTIVES (LADDER_N_LEADERSHIP_LEVELS + 1)

typedef struct
{
  LadderLeadershipLevels level;        /* 0 for people whose level is not given */
  guint                  n_people;     /* with at least one rating */
  double                 views[LADDER_N_CAPACITIES];   /* mean rating; NAN for none */
} LadderPerspective;

/* People at two leadership levels far apart on one capacity. */
typedef struct
{
  guint capacity;
  guint high;                          /* indexes into perspectives */
  guint low;
} LadderViewGap;

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
  double                facets[LADDER_N_FACETS];  /* NAN when unanswered; grip is the weakest area */
  LadderPerspective     perspectives[LADDER_N_PERSPECTIVES];  /* by level index; the last for "not given" */
  GArray               *view_gaps;     /* of LadderViewGap */
  LadderRuleState       state;

  const LadderRule     *rule;
  const LadderForm     *primary;       /* NULL when there is no recommendation */
  GPtrArray            *package;       /* of LadderPackageItem, not owned */
  GPtrArray            *reasons;       /* of LadderReason */
  GPtrArray            *caveats;       /* of LadderStatement, not owned */
  GPtrArray            *context_notes; /* of char *: how the context shaped the advice */

  LadderConfidence      confidence;
  GPtrArray            *confidence_reasons;   /* of char * */
  guint                 n_answered;
  guint                 n_answers;
  guint                 n_dont_know;
  guint                 n_people;      /* respondents with at least one rating */
  const LadderRespondent *sole_respondent;    /* when exactly one person rated */
  GPtrArray            *disagreements; /* of LadderQuestionResult, not owned */
  guint                 needs[LADDER_N_CAPACITIES];   /* more answers needed to judge each capacity */

  GPtrArray            *changes;       /* of LadderAdviceChange, smallest first */
} LadderRecommendation;

LadderRecommendation *ladder_recommend                 (LadderContent        *content,
                                                        LadderAssessment     *assessment);
LadderRecommendation *ladder_recommend_without_changes (LadderContent        *content,
                                                        LadderAssessment     *assessment);
LadderRecommendation *ladder_recommendation_ref        (LadderRecommendation *self);
void                  ladder_recommendation_unref      (LadderRecommendation *self);

const char           *ladder_recommendation_get_primary_name (LadderRecommendation *self);
int                   ladder_recommendation_get_severity     (LadderRecommendation *self);
char                 *ladder_recommendation_describe_change  (LadderRecommendation *self,
                                                              const LadderAdviceChange   *change);
char                 *ladder_recommendation_describe_answer  (const LadderQuestionResult *answer);
char                 *ladder_recommendation_describe_view_gap (LadderRecommendation *self,
                                                               const LadderViewGap  *gap);
char                 *ladder_recommendation_describe_needs   (LadderRecommendation *self,
                                                              guint                 capacity);
char                 *ladder_recommendation_describe_partners (LadderRecommendation *self);
char                 *ladder_recommendation_describe_in_short (LadderRecommendation *self);
const char           *ladder_perspective_get_name      (const LadderPerspective *perspective);
gboolean              ladder_recommendation_flag_applies (LadderRecommendation *self,
                                                          LadderFlag            flag);
const char           *ladder_flag_get_title            (LadderFlag            flag);
const char           *ladder_flag_state_get_answer     (LadderFlagState       state);
const char           *ladder_confidence_get_label      (LadderConfidence      confidence);
const char           *ladder_capacity_get_title        (guint                 capacity);
const char           *ladder_capacity_get_short_title  (guint                 capacity);
int                   ladder_leadership_level_get_index (LadderLeadershipLevels level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderRecommendation, ladder_recommendation_unref)

G_END_DECLS
