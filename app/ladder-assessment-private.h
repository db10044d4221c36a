/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the assessment's files and its file reader share, and nobody else
 * should use. */
#pragma once

#include "ladder-assessment.h"

G_BEGIN_DECLS

struct _LadderAssessment
{
  GObject      parent_instance;

  char        *review_id;          /* stable across saves; copies carry it */
  char        *copy_for;           /* uid of the one person a copy was made for */
  char        *council_name;
  char        *council_code;
  char        *review_date;
  LadderGrade  grades[LADDER_N_JUDGEMENTS];
  char        *grade_dates[LADDER_N_JUDGEMENTS];
  LadderIntervention intervention;
  gboolean     new_leadership;
  LadderStage  stage;
  LadderFlagState strong_partner;
  gboolean     new_model_by_choice;
  guint        format_version;     /* of the file it was read from */
  gboolean     ids_made_up;        /* the file lacked identifiers: save to keep them */

  GPtrArray   *respondents;        /* of LadderRespondent */
  guint        next_respondent;
  GHashTable  *plan;               /* item id -> GINT_TO_POINTER (done) */
  GStrv        indicators;
  GPtrArray   *data_files;         /* of LadderDataFileRef */
  GPtrArray   *evidence;           /* of LadderEvidence */
  GPtrArray   *actions;            /* of LadderAction */
  guint        next_evidence;
  guint        next_action;
  char        *earlier_path;       /* the earlier review's file, if it had one */
  JsonNode    *earlier_review;     /* the earlier review, whole, as its file held it */
  JsonNode    *earlier_advice;     /* its advice then, as `ladder recommend --json` gives it */

  gboolean     modified;
};

void              ladder_assessment_emit_changed      (LadderAssessment      *self);
gboolean          ladder_assessment_replace_string    (char                 **field,
                                                       const char            *value);
LadderRespondent *ladder_assessment_insert_respondent (LadderAssessment      *self,
                                                       const char            *id,
                                                       const char            *uid,
                                                       const char            *name,
                                                       const char            *role,
                                                       LadderLeadershipLevels level,
                                                       gboolean               by_role);
void              ladder_assessment_put_answer        (LadderRespondent      *respondent,
                                                       const char            *question_id,
                                                       LadderRating           rating,
                                                       const char            *note,
                                                       gboolean               private_note);
void              ladder_assessment_init_plan         (LadderAssessment      *self);
void              ladder_assessment_finalize_plan     (LadderAssessment      *self);
gboolean          ladder_assessment_insert_evidence   (LadderAssessment      *self,
                                                       LadderEvidence        *entry);
gboolean          ladder_assessment_insert_action     (LadderAssessment      *self,
                                                       LadderAction          *action);
void              ladder_assessment_set_ids           (LadderAssessment      *self,
                                                       const char            *review_id,
                                                       const char            *copy_for);

G_END_DECLS
