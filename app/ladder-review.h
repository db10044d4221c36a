/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everyone's answers side by side: the people ordered by leadership level,
 * each question's ratings from each of them with the spread, and what the
 * people at each level make of each capacity. The Review step, the board
 * paper and "ladder review" all read it. */
#pragma once

#include <json-glib/json-glib.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-recommendation.h"
/* ladder_text_sanitise() lived here; what includes this header still has it. */
#include "ladder-sanitise.h"

G_BEGIN_DECLS

/* Ratings this far apart, or more, mean people see a question differently. */
#define LADDER_REVIEW_DIFFERS_BY 2

typedef struct
{
  char *id;                      /* the respondent's id in the assessment */
  char *label;                   /* as shown everywhere: never a role-only person's name */
  int   level;                   /* leadership level index 0-3, or 4 when not given */
  guint n_answered;              /* ratings 1-4 and "don't know" */
} LadderReviewPerson;

typedef struct
{
  const LadderQuestion *question;
  LadderRating         *ratings; /* per person in review order; NONE when unanswered */
  char                **notes;   /* per person: the note, or NULL; private notes too (see private_notes) */
  gboolean             *private_notes;
  guint                 n_rated; /* ratings 1-4 */
  guint                 n_dont_know;
  LadderRating          lowest;  /* NONE when nobody rated it 1-4 */
  LadderRating          highest;
  guint                 spread;  /* highest - lowest; 0 with fewer than two ratings */
  gboolean              differs; /* spread >= LADDER_REVIEW_DIFFERS_BY */
} LadderReviewRow;

typedef struct _LadderReview LadderReview;

LadderReview          *ladder_review_new               (LadderContent        *content,
                                                        LadderAssessment     *assessment,
                                                        LadderRecommendation *recommendation);
LadderReview          *ladder_review_ref               (LadderReview         *self);
void                   ladder_review_unref             (LadderReview         *self);

guint                  ladder_review_get_n_people      (LadderReview         *self);
const LadderReviewPerson *ladder_review_get_person     (LadderReview         *self,
                                                        guint                 index);
guint                  ladder_review_get_n_rows        (LadderReview         *self);
const LadderReviewRow *ladder_review_get_row           (LadderReview         *self,
                                                        guint                 index);
guint                  ladder_review_get_n_differing   (LadderReview         *self);
guint                 *ladder_review_sort_by_spread    (LadderReview         *self);

char                  *ladder_review_dup_summary       (LadderReview         *self,
                                                        guint                 capacity);
GPtrArray             *ladder_review_dup_view_gaps     (LadderReview         *self);
char                  *ladder_review_describe_people   (LadderReview         *self);
char                  *ladder_review_describe_cell     (LadderReview         *self,
                                                        guint                 row,
                                                        guint                 person);

const char            *ladder_review_get_person_label_with_role (LadderReview *self,
                                                        guint                 index);
const char            *ladder_review_level_get_plural  (int                   level);
const char            *ladder_review_level_get_singular (int                  level);
const char            *ladder_review_get_rating_mark   (LadderRating          rating);

void                   ladder_review_write_text        (LadderReview         *self,
                                                        GString              *out);
JsonNode              *ladder_review_to_json           (LadderReview         *self);
JsonNode              *ladder_review_disagreements_to_json (LadderReview     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReview, ladder_review_unref)

G_END_DECLS
