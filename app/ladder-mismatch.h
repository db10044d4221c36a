/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Answers against the figures: where a question's rating and the published
 * figures (or the evidence log) point different ways, by the rules in
 * resources/content/mismatches.json (docs/mismatch-rules.md). */
#pragma once

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_CHECK_MISMATCH,           /* the rating and the figures or evidence disagree */
  LADDER_CHECK_SUPPORT,            /* an evidence entry bears the rating out */
  LADDER_CHECK_NOT_COUNTED,        /* a figure is missing or cannot be judged, so it counts neither way */
  LADDER_N_CHECK_KINDS
} LadderCheckKind;

typedef struct
{
  char                 *id;        /* stable: "question/rule/indicator" or "question/evidence/entry" */
  const LadderQuestion *question;  /* in the content the checks were found with */
  LadderCheckKind       kind;
  char                 *rule;      /* a rule id, "evidence", or why an indicator is not counted */
  char                 *indicator; /* a measure code, or NULL */
  char                 *evidence;  /* an evidence entry id, or NULL */
  gboolean              private_entry;  /* from a private evidence entry: never in anything shared */
  char                 *sentence;  /* plain English, naming the question */
} LadderCheck;

/* The rule ids of checks that are not a rule of the file. */
#define LADDER_CHECK_RULE_EVIDENCE   "evidence"
#define LADDER_CHECK_RULE_NOT_LOADED "not-loaded"
#define LADDER_CHECK_RULE_NO_FIGURE  "no-figure"
#define LADDER_CHECK_RULE_INDICATOR  "indicator"

typedef struct _LadderMismatchRules LadderMismatchRules;

LadderMismatchRules *ladder_mismatch_rules_get_default (GError              **error);
LadderMismatchRules *ladder_mismatch_rules_load        (GBytes               *bytes,
                                                        GError              **error);
LadderMismatchRules *ladder_mismatch_rules_ref         (LadderMismatchRules  *self);
void                 ladder_mismatch_rules_unref       (LadderMismatchRules  *self);
guint                ladder_mismatch_rules_get_n_rules (LadderMismatchRules  *self);
const char          *ladder_mismatch_rules_get_rule_id (LadderMismatchRules  *self,
                                                        guint                 index);
double               ladder_mismatch_rules_get_in_place_from (LadderMismatchRules *self);
double               ladder_mismatch_rules_get_not_in_place_up_to (LadderMismatchRules *self);

GPtrArray           *ladder_checks_find                (LadderContent        *content,
                                                        LadderAssessment     *assessment,
                                                        LadderRecommendation *advice,
                                                        LadderDataset        *dataset,
                                                        int                   council,
                                                        GError              **error);
GPtrArray           *ladder_checks_find_with_rules     (LadderMismatchRules  *rules,
                                                        LadderContent        *content,
                                                        LadderAssessment     *assessment,
                                                        LadderRecommendation *advice,
                                                        LadderDataset        *dataset,
                                                        int                   council,
                                                        GError              **error);
void                 ladder_check_free                 (LadderCheck          *check);
const char          *ladder_check_kind_get_id          (LadderCheckKind       kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderMismatchRules, ladder_mismatch_rules_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderCheck, ladder_check_free)

G_END_DECLS
