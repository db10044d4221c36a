/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision rules, read from resources/content/rules.json: which form of
 * support fits which combination of capacities, difficulties and context. */
#pragma once

#include "ladder-json.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_LEVEL_UNKNOWN,            /* too few answers to judge */
  LADDER_LEVEL_NOT_IN_PLACE,
  LADDER_LEVEL_PARTLY,
  LADDER_LEVEL_IN_PLACE,
  LADDER_N_LEVELS
} LadderLevel;

typedef enum
{
  LADDER_FLAG_STATE_UNKNOWN,
  LADDER_FLAG_STATE_NO,
  LADDER_FLAG_STATE_YES,
  LADDER_N_FLAG_STATES
} LadderFlagState;

typedef enum
{
  LADDER_FLAG_SYSTEMIC,
  LADDER_FLAG_CONTAINED_WEAKNESS,
  LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL,
  LADDER_N_FLAGS
} LadderFlag;

typedef enum
{
  LADDER_CONTEXT_NEW_LEADERSHIP      = 1 << 0,
  LADDER_CONTEXT_RECENT_INSPECTION   = 1 << 1,
  LADDER_CONTEXT_FORMAL_INTERVENTION = 1 << 2,
} LadderContextFlags;

typedef enum
{
  LADDER_STAGE_NONE,
  LADDER_STAGE_POOR_TO_FAIR,
  LADDER_STAGE_FAIR_TO_GOOD,
  LADDER_STAGE_GOOD_TO_GREAT,
  LADDER_N_STAGES
} LadderStage;

typedef enum
{
  LADDER_CONFIDENCE_LOW,
  LADDER_CONFIDENCE_MEDIUM,
  LADDER_CONFIDENCE_HIGH,
} LadderConfidence;

/* What a reason rests on: bits 0-2 the capacities, 3-5 the flags, then
 * the context. */
typedef enum
{
  LADDER_BASIS_SELF_ASSESSMENT          = 1 << 0,
  LADDER_BASIS_STRATEGY                 = 1 << 1,
  LADDER_BASIS_IMPLEMENTATION           = 1 << 2,
  LADDER_BASIS_SYSTEMIC                 = 1 << 3,
  LADDER_BASIS_CONTAINED_WEAKNESS       = 1 << 4,
  LADDER_BASIS_GOVERNANCE_DYSFUNCTIONAL = 1 << 5,
  LADDER_BASIS_NEW_LEADERSHIP           = 1 << 6,
  LADDER_BASIS_RECENT_INSPECTION        = 1 << 7,
  LADDER_BASIS_FORMAL_INTERVENTION      = 1 << 8,
  LADDER_BASIS_STAGE                    = 1 << 9,
} LadderBasis;

/* Everything a rule can test. */
typedef struct
{
  LadderLevel     levels[3];
  LadderFlagState flags[LADDER_N_FLAGS];
  guint           context;         /* LadderContextFlags */
  LadderStage     stage;
} LadderRuleState;

/* Each mask is a set of allowed values (bit 1 << value); 0 allows all. */
typedef struct
{
  guint levels[3];
  guint any_capacity;
  guint all_capacities;
  guint flags[LADDER_N_FLAGS];
  guint any_context;
  guint stages;
} LadderCondition;

typedef struct
{
  char            *form;           /* nullable: a step that is no form */
  char            *text;
  LadderCondition  when;
} LadderPackageItem;

typedef enum
{
  LADDER_ANSWERS_BY_LEVEL,         /* strongest for a strength, weakest otherwise */
  LADDER_ANSWERS_STRONGEST,
  LADDER_ANSWERS_WEAKEST,
} LadderAnswerChoice;

typedef struct
{
  char              *text;
  guint              because;      /* LadderBasis */
  LadderAnswerChoice answers;      /* which answers illustrate it */
  char           **findings;
  LadderCondition  when;
} LadderStatement;

typedef struct
{
  char            *id;
  char            *title;
  char            *summary;
  LadderCondition  when;
  char            *primary;        /* a form id, or NULL for no recommendation */
  int              confidence_cap; /* a LadderConfidence, or -1 */
  GPtrArray       *package;        /* of LadderPackageItem */
  GPtrArray       *reasons;        /* of LadderStatement */
  GPtrArray       *caveats;        /* of LadderStatement */
} LadderRule;

struct _LadderRules
{
  double     in_place_from;
  double     partly_from;
  double     minimum_coverage;
  double     disagreement_spread;

  double     systemic_persistence_below;
  double     systemic_spread_below;
  double     contained_grip_below;
  double     contained_spread_from;
  double     dysfunctional_governance_below;

  double     medium_answered_below;
  double     low_answered_below;
  double     medium_dont_know_from;
  double     low_dont_know_from;
  double     medium_disagreements_from;
  double     low_disagreements_from;
  double     medium_single_change_size;   /* 0: never */

  GPtrArray *rules;                /* of LadderRule, in order of priority */
  GPtrArray *caveats;              /* of LadderStatement, for every rule */
};

typedef struct _LadderRules LadderRules;

LadderRules      *ladder_rules_parse         (LadderJsonDoc          *doc,
                                              GError                **error);
void              ladder_rules_free          (LadderRules            *rules);
gboolean          ladder_condition_matches   (const LadderCondition  *condition,
                                              const LadderRuleState  *state);
const LadderRule *ladder_rules_match         (const LadderRules      *rules,
                                              const LadderRuleState  *state);

const char       *ladder_level_get_id        (LadderLevel             level);
const char       *ladder_level_get_label     (LadderLevel             level);
const char       *ladder_flag_get_id         (LadderFlag              flag);
const char       *ladder_flag_state_get_id   (LadderFlagState         state);
const char       *ladder_stage_get_id        (LadderStage             stage);
gboolean          ladder_stage_from_id       (const char             *id,
                                              LadderStage            *stage);
const char       *ladder_stage_get_label     (LadderStage             stage);
const char       *ladder_confidence_get_id   (LadderConfidence        confidence);
const char       *ladder_basis_get_id        (LadderBasis             basis);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderRules, ladder_rules_free)

G_END_DECLS
