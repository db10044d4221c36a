/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision rules, read from resources/content/rules.json: which form of
 * support fits which combination of capacities, difficulties and context,
 * and the properties every rules file must have (docs/decision-model.md). */
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

/* What the answers say beyond the three capacities. For every flag but
 * the last, "yes" is the worse news; for early grip it is the better. */
typedef enum
{
  LADDER_FLAG_SYSTEMIC,            /* long-running or widespread problems */
  LADDER_FLAG_REPEATED_DECLINE,    /* a cycle of improvement and decline */
  LADDER_FLAG_AREA_GRIP_LOST,      /* grip slipped on a key area of practice */
  LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL,
  LADDER_FLAG_VIEWS_DIFFER,        /* leadership levels two points apart */
  LADDER_FLAG_EARLY_GRIP,          /* new leaders already have some grip */
  LADDER_N_FLAGS
} LadderFlag;

typedef enum
{
  LADDER_CONTEXT_NEW_LEADERSHIP      = 1 << 0,
  LADDER_CONTEXT_RECENT_INSPECTION   = 1 << 1,
  LADDER_CONTEXT_NEW_MODEL_BY_CHOICE = 1 << 2,
} LadderContextFlags;

#define LADDER_N_CONTEXT_FLAGS 3

typedef enum
{
  LADDER_STAGE_NONE,
  LADDER_STAGE_POOR_TO_FAIR,
  LADDER_STAGE_FAIR_TO_GOOD,
  LADDER_STAGE_GOOD_TO_GREAT,
  LADDER_N_STAGES
} LadderStage;

/* Ofsted's four grades, worst last; NONE when nothing is recorded. */
typedef enum
{
  LADDER_GRADE_NONE,
  LADDER_GRADE_OUTSTANDING,
  LADDER_GRADE_GOOD,
  LADDER_GRADE_REQUIRES_IMPROVEMENT,
  LADDER_GRADE_INADEQUATE,
  LADDER_N_GRADES
} LadderGrade;

/* Formal intervention by the Department for Education. UNSPECIFIED is what
 * a version 1 file said ("in formal intervention") without saying how. */
typedef enum
{
  LADDER_INTERVENTION_NONE,
  LADDER_INTERVENTION_IMPROVEMENT_NOTICE,
  LADDER_INTERVENTION_STATUTORY_DIRECTION,
  LADDER_INTERVENTION_UNSPECIFIED,
  LADDER_N_INTERVENTIONS
} LadderIntervention;

typedef enum
{
  LADDER_CONFIDENCE_LOW,
  LADDER_CONFIDENCE_MEDIUM,
  LADDER_CONFIDENCE_HIGH,
} LadderConfidence;

/* What a reason rests on: the capacities, the flags, then the context. */
typedef enum
{
  LADDER_BASIS_SELF_ASSESSMENT          = 1 << 0,
  LADDER_BASIS_STRATEGY                 = 1 << 1,
  LADDER_BASIS_IMPLEMENTATION           = 1 << 2,
  LADDER_BASIS_SYSTEMIC                 = 1 << 3,
  LADDER_BASIS_REPEATED_DECLINE         = 1 << 4,
  LADDER_BASIS_AREA_GRIP_LOST           = 1 << 5,
  LADDER_BASIS_GOVERNANCE_DYSFUNCTIONAL = 1 << 6,
  LADDER_BASIS_VIEWS_DIFFER             = 1 << 7,
  LADDER_BASIS_EARLY_GRIP               = 1 << 8,
  LADDER_BASIS_NEW_LEADERSHIP           = 1 << 9,
  LADDER_BASIS_RECENT_INSPECTION        = 1 << 10,
  LADDER_BASIS_NEW_MODEL_BY_CHOICE      = 1 << 11,
  LADDER_BASIS_INSPECTION               = 1 << 12,
  LADDER_BASIS_INTERVENTION             = 1 << 13,
  LADDER_BASIS_STAGE                    = 1 << 14,
  LADDER_BASIS_STRONG_PARTNER           = 1 << 15,
} LadderBasis;

#define LADDER_N_BASES 16
/* The bases that answers stand behind: capacities and flags. */
#define LADDER_N_ANSWER_BASES (3 + LADDER_N_FLAGS)

/* Everything a rule can test. */
typedef struct
{
  LadderLevel        levels[3];
  LadderFlagState    flags[LADDER_N_FLAGS];
  guint              context;         /* LadderContextFlags */
  LadderStage        stage;
  LadderGrade        inspection;      /* the worst grade of the latest inspection */
  LadderIntervention intervention;
  LadderFlagState    strong_partner;  /* a strong council willing and able to lead */
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
  guint inspection;
  guint intervention;
  guint strong_partner;
} LadderCondition;

typedef struct
{
  char            *form;           /* nullable: a step that is no form */
  char            *text;
  LadderCondition  when;
  gboolean         lead;           /* rules-wide items only: put before the rule's own */
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
  char             **findings;
  LadderCondition    when;
} LadderStatement;

typedef struct
{
  char            *id;
  char            *path;           /* its JSON pointer in the rules file */
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
  double     views_differ_by;
  double     disagreement_spread;
  guint      deciding_levels[3];   /* per capacity, LadderLeadershipLevels whose weakest decides it */

  double     systemic_persistence_below;
  double     systemic_spread_below;
  double     grip_lost_below;
  double     dysfunctional_governance_below;
  double     dysfunctional_partnership_level_below;

  double     medium_answered_below;
  double     low_answered_below;
  double     medium_dont_know_from;
  double     low_dont_know_from;
  double     medium_disagreements_from;
  double     low_disagreements_from;
  double     medium_single_change_size;   /* 0: never */

  char     **escalation;           /* form ids, lightest first */
  GPtrArray *rules;                /* of LadderRule, in order of priority */
  GPtrArray *package;              /* of LadderPackageItem, for every rule */
  GPtrArray *caveats;              /* of LadderStatement, for every rule */
};

typedef struct _LadderRules LadderRules;

/* What ladder_rules_check() looked at. */
struct _LadderRulesCheckStats
{
  guint64 n_states;                /* combinations of the rules' inputs tried */
  guint   n_contexts;              /* context combinations (or classes) */
  guint64 n_moves;                 /* one-step changes of answers compared */
};

typedef struct _LadderRulesCheckStats LadderRulesCheckStats;

LadderRules      *ladder_rules_parse         (LadderJsonDoc          *doc,
                                              GError                **error);
gboolean          ladder_rules_check         (LadderRules            *rules,
                                              LadderJsonDoc          *doc,
                                              GHashTable             *form_ranks,
                                              gboolean                every_context,
                                              LadderRulesCheckStats  *stats,
                                              GError                **error);
void              ladder_rules_free          (LadderRules            *rules);
gboolean          ladder_condition_matches   (const LadderCondition  *condition,
                                              const LadderRuleState  *state);
const LadderRule *ladder_rules_match         (const LadderRules      *rules,
                                              const LadderRuleState  *state);
int               ladder_rules_get_rank      (const LadderRules      *rules,
                                              const char             *form);

const char       *ladder_level_get_id        (LadderLevel             level);
const char       *ladder_level_get_label     (LadderLevel             level);
const char       *ladder_flag_get_id         (LadderFlag              flag);
const char       *ladder_flag_state_get_id   (LadderFlagState         state);
const char       *ladder_stage_get_id        (LadderStage             stage);
gboolean          ladder_stage_from_id       (const char             *id,
                                              LadderStage            *stage);
const char       *ladder_stage_get_label     (LadderStage             stage);
const char       *ladder_grade_get_id        (LadderGrade             grade);
gboolean          ladder_grade_from_id       (const char             *id,
                                              LadderGrade            *grade);
const char       *ladder_grade_get_label     (LadderGrade             grade);
const char       *ladder_intervention_get_id (LadderIntervention      intervention);
gboolean          ladder_intervention_from_id (const char            *id,
                                               LadderIntervention    *intervention);
const char       *ladder_intervention_get_label (LadderIntervention   intervention);
const char       *ladder_confidence_get_id   (LadderConfidence        confidence);
const char       *ladder_basis_get_id        (LadderBasis             basis);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderRules, ladder_rules_free)

G_END_DECLS
