/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two reviews of one council side by side: each capacity then and now, the
 * questions that moved, the advice then and now, what became of the
 * actions, and the published figures the questions point to. */
#pragma once

#include <json-glib/json-glib.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

/* A change in a question's score of at least this much counts. */
#define LADDER_COMPARISON_MIN_CHANGE 0.5

/* Which review: the earlier (then) or the later (now). */
typedef enum
{
  LADDER_COMPARISON_THEN,
  LADDER_COMPARISON_NOW,
  LADDER_COMPARISON_N_SIDES
} LadderComparisonSide;

/* One capacity in each review: overall and at each leadership level. */
typedef struct
{
  LadderLevel level[LADDER_COMPARISON_N_SIDES];
  double      score[LADDER_COMPARISON_N_SIDES];      /* NAN when not known */
  LadderLevel by_level[LADDER_COMPARISON_N_SIDES][LADDER_N_LEADERSHIP_LEVELS];
  double      by_level_score[LADDER_COMPARISON_N_SIDES][LADDER_N_LEADERSHIP_LEVELS];
} LadderCapacityComparison;

/* A question whose score moved by LADDER_COMPARISON_MIN_CHANGE or more. */
typedef struct
{
  const LadderQuestion *question;
  double                score[LADDER_COMPARISON_N_SIDES];
  double                change;                     /* now minus then */
} LadderQuestionComparison;

typedef enum
{
  LADDER_UNMATCHED_NOT_IN_BANK,    /* answered, but this version's question bank has no such question */
  LADDER_UNMATCHED_RATED_THEN_ONLY,
  LADDER_UNMATCHED_RATED_NOW_ONLY,
} LadderUnmatchedKind;

/* A question that cannot be compared, listed rather than dropped. */
typedef struct
{
  LadderUnmatchedKind   kind;
  char                 *question_id;                /* as the file has it */
  const LadderQuestion *question;                   /* NULL when not in the bank */
  gboolean              answered[LADDER_COMPARISON_N_SIDES];
} LadderUnmatchedQuestion;

/* The advice one review gave. */
typedef struct
{
  char     *rule;                  /* the rule's id */
  char     *title;                 /* the rule's title, or NULL when not known */
  char     *primary;               /* the form's id, or NULL for no recommendation */
  char     *primary_name;          /* the form's name, "No recommendation yet", or an id this version lacks */
  int       confidence;            /* a LadderConfidence, or -1 when not known */
  gboolean  stored;                /* as stored with the earlier review, not worked out again */
} LadderComparisonAdvice;

typedef enum
{
  LADDER_ACTION_FATE_CARRIED,      /* in both plans */
  LADDER_ACTION_FATE_DROPPED,      /* in the earlier plan only */
  LADDER_ACTION_FATE_NEW,          /* in the later plan only */
} LadderActionFate;

/* An action of either plan, matched by id. People listed by role only are
 * named by their role in the texts. */
typedef struct
{
  LadderActionFate    fate;
  char               *id;
  char               *description; /* the later plan's, or the earlier's for a dropped action */
  char               *description_then;  /* the earlier wording when it has changed, else NULL */
  char               *owner;       /* nullable */
  char               *due;         /* nullable */
  LadderActionStatus  status[LADDER_COMPARISON_N_SIDES];  /* for the plans that have it */
} LadderActionComparison;

/* One indicator a question links to: the council's figure at each review. */
typedef struct
{
  char            *code;           /* the LAIT code */
  char            *name;           /* what the data calls it, or NULL when the data lacks it */
  char           **questions;      /* the ids of the questions that link to it */
  gboolean         in_data;
  gboolean         by_order;       /* placed as latest and the one before, not by the review dates */
  char            *period[LADDER_COMPARISON_N_SIDES];  /* the period's label, or NULL for none */
  LadderCellState  state[LADDER_COMPARISON_N_SIDES];   /* ABSENT when there is no period */
  double           value[LADDER_COMPARISON_N_SIDES];   /* NAN unless state is VALUE */
  gboolean         has_change;     /* both figures there, for different periods */
  double           change;         /* now minus then */
  LadderPolarity   polarity;
  int              decimals;       /* -1 when not known */
  char            *note;           /* plain words on what could not be compared, or NULL */
} LadderIndicatorComparison;

typedef struct _LadderComparison LadderComparison;

LadderComparison       *ladder_comparison_new              (LadderContent        *content,
                                                            LadderAssessment     *earlier,
                                                            JsonNode             *earlier_advice,
                                                            LadderAssessment     *later,
                                                            LadderDataset        *dataset,
                                                            GError              **error);
LadderComparison       *ladder_comparison_ref              (LadderComparison     *self);
void                    ladder_comparison_unref            (LadderComparison     *self);

LadderContent          *ladder_comparison_get_content      (LadderComparison     *self);
const char             *ladder_comparison_get_council_name (LadderComparison     *self);
const char             *ladder_comparison_get_council_code (LadderComparison     *self);
const char             *ladder_comparison_get_review_date  (LadderComparison     *self,
                                                            LadderComparisonSide  side);
GPtrArray              *ladder_comparison_get_notes        (LadderComparison     *self);
const LadderComparisonAdvice *ladder_comparison_get_advice (LadderComparison     *self,
                                                            LadderComparisonSide  side);
const char             *ladder_comparison_get_advice_note  (LadderComparison     *self);
const LadderCapacityComparison *ladder_comparison_get_capacity (LadderComparison *self,
                                                            guint                 capacity);
GPtrArray              *ladder_comparison_get_improved     (LadderComparison     *self);
GPtrArray              *ladder_comparison_get_declined     (LadderComparison     *self);
GPtrArray              *ladder_comparison_get_unmatched    (LadderComparison     *self);
GPtrArray              *ladder_comparison_get_actions      (LadderComparison     *self);
const LadderActionComparison *ladder_comparison_find_action (LadderComparison    *self,
                                                            const char           *id);
gboolean                ladder_comparison_has_indicators   (LadderComparison     *self);
const char             *ladder_comparison_get_indicators_note (LadderComparison  *self);
const char             *ladder_comparison_get_data_council (LadderComparison     *self);
GPtrArray              *ladder_comparison_get_indicators   (LadderComparison     *self);
const LadderIndicatorComparison *ladder_comparison_find_indicator (LadderComparison *self,
                                                            const char           *code);

/* In ladder-compare-indicators.c. */
char                   *ladder_comparison_format_figure    (const LadderIndicatorComparison *indicator,
                                                            LadderComparisonSide  side);

/* Written in ladder-compare-command.c. */
void                    ladder_comparison_write_text       (LadderComparison     *self,
                                                            GString              *out);
JsonNode               *ladder_comparison_to_json          (LadderComparison     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderComparison, ladder_comparison_unref)

G_END_DECLS
