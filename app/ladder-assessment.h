/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One review of a council: its context, the people answering and their
 * answers, the plan checklists and the data it used. */
#pragma once

#include <glib-object.h>

#include "ladder-content.h"
#include "ladder-rules.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ASSESSMENT (ladder_assessment_get_type ())

G_DECLARE_FINAL_TYPE (LadderAssessment, ladder_assessment, LADDER, ASSESSMENT, GObject)

typedef struct
{
  LadderRating  rating;
  char         *note;
  gboolean      private_note;      /* the note stays out of anything shared */
} LadderAnswer;

typedef struct
{
  char                   *id;      /* unique within the file */
  char                   *uid;     /* the same in every copy of the review */
  char                   *name;
  char                   *role;
  LadderLeadershipLevels  level;   /* one level, or 0 when not said */
  gboolean                by_role; /* listed by role only in anything shared */
  GHashTable             *answers; /* question id -> LadderAnswer */
} LadderRespondent;

typedef struct
{
  char *name;
  char *sha256;
  char *as_at;                     /* YYYY-MM-DD, or NULL */
} LadderDataFileRef;

/* The judgements Ofsted gives: one overall grade until April 2026, four
 * separate judgements from then on (and alongside it before). */
typedef enum
{
  LADDER_JUDGEMENT_OVERALL,
  LADDER_JUDGEMENT_HELP_AND_PROTECTION,
  LADDER_JUDGEMENT_CHILDREN_IN_CARE,
  LADDER_JUDGEMENT_CARE_LEAVERS,
  LADDER_JUDGEMENT_LEADERS,
  LADDER_N_JUDGEMENTS
} LadderJudgement;

/* The first day Ofsted gave no overall grade. */
#define LADDER_OVERALL_GRADE_ENDED "2026-04-01"

LadderAssessment       *ladder_assessment_new                  (void);

const char             *ladder_assessment_get_council_name     (LadderAssessment *self);
const char             *ladder_assessment_get_council_code     (LadderAssessment *self);
void                    ladder_assessment_set_council          (LadderAssessment *self,
                                                                const char       *name,
                                                                const char       *code);
const char             *ladder_assessment_get_review_date      (LadderAssessment *self);
void                    ladder_assessment_set_review_date      (LadderAssessment *self,
                                                                const char       *date);
LadderGrade             ladder_assessment_get_judgement        (LadderAssessment *self,
                                                                LadderJudgement   which,
                                                                const char      **date);
void                    ladder_assessment_set_judgement        (LadderAssessment *self,
                                                                LadderJudgement   which,
                                                                LadderGrade       grade,
                                                                const char       *date);
LadderGrade             ladder_assessment_get_latest_grade     (LadderAssessment *self,
                                                                const char      **date,
                                                                LadderJudgement  *which);
LadderIntervention      ladder_assessment_get_intervention     (LadderAssessment *self);
void                    ladder_assessment_set_intervention     (LadderAssessment *self,
                                                                LadderIntervention intervention);
gboolean                ladder_assessment_get_new_leadership   (LadderAssessment *self);
void                    ladder_assessment_set_new_leadership   (LadderAssessment *self,
                                                                gboolean          value);
LadderStage             ladder_assessment_get_stage            (LadderAssessment *self);
void                    ladder_assessment_set_stage            (LadderAssessment *self,
                                                                LadderStage       stage);
LadderFlagState         ladder_assessment_get_strong_partner   (LadderAssessment *self);
void                    ladder_assessment_set_strong_partner   (LadderAssessment *self,
                                                                LadderFlagState   willing);
gboolean                ladder_assessment_get_new_model_by_choice (LadderAssessment *self);
void                    ladder_assessment_set_new_model_by_choice (LadderAssessment *self,
                                                                gboolean          value);
guint                   ladder_assessment_get_context_flags    (LadderAssessment *self);
void                    ladder_assessment_fill_context         (LadderAssessment *self,
                                                                LadderRuleState  *state);
guint                   ladder_assessment_get_format_version   (LadderAssessment *self);
void                    ladder_assessment_set_format_version   (LadderAssessment *self,
                                                                guint             version);

const char             *ladder_assessment_get_review_id        (LadderAssessment *self);
const char             *ladder_assessment_get_copy_for         (LadderAssessment *self);
gboolean                ladder_assessment_get_ids_made_up      (LadderAssessment *self);
LadderAssessment       *ladder_assessment_copy_for_respondent  (LadderAssessment *self,
                                                                const char       *respondent_id);

guint                   ladder_assessment_get_n_respondents    (LadderAssessment *self);
const LadderRespondent *ladder_assessment_get_respondent       (LadderAssessment *self,
                                                                guint             index);
const LadderRespondent *ladder_assessment_find_respondent      (LadderAssessment *self,
                                                                const char       *id);
const LadderRespondent *ladder_assessment_find_respondent_by_uid (LadderAssessment *self,
                                                                const char       *uid);
const char             *ladder_assessment_add_respondent       (LadderAssessment *self,
                                                                const char       *name,
                                                                const char       *role,
                                                                LadderLeadershipLevels level);
gboolean                ladder_assessment_update_respondent    (LadderAssessment *self,
                                                                const char       *id,
                                                                const char       *name,
                                                                const char       *role,
                                                                LadderLeadershipLevels level,
                                                                gboolean          by_role);
gboolean                ladder_assessment_remove_respondent    (LadderAssessment *self,
                                                                const char       *id);
GPtrArray              *ladder_assessment_dup_respondents      (LadderAssessment *self);
void                    ladder_assessment_set_respondents      (LadderAssessment *self,
                                                                GPtrArray        *respondents);
char                   *ladder_assessment_new_respondent_id    (LadderAssessment *self);
char                   *ladder_assessment_dup_person_label     (LadderAssessment *self,
                                                                const LadderRespondent *respondent,
                                                                gboolean          with_role);

const LadderAnswer     *ladder_assessment_get_answer           (LadderAssessment *self,
                                                                const char       *respondent_id,
                                                                const char       *question_id);
gboolean                ladder_assessment_set_answer           (LadderAssessment *self,
                                                                const char       *respondent_id,
                                                                const char       *question_id,
                                                                LadderRating      rating,
                                                                const char       *note,
                                                                gboolean          private_note);

gboolean                ladder_assessment_get_plan_item        (LadderAssessment *self,
                                                                const char       *item_id);
void                    ladder_assessment_set_plan_item        (LadderAssessment *self,
                                                                const char       *item_id,
                                                                gboolean          done);
GList                  *ladder_assessment_get_plan_items       (LadderAssessment *self);

const char * const     *ladder_assessment_get_indicators       (LadderAssessment *self);
void                    ladder_assessment_set_indicators       (LadderAssessment *self,
                                                                const char * const *codes);

GPtrArray              *ladder_assessment_get_data_files       (LadderAssessment *self);
void                    ladder_assessment_set_data_files       (LadderAssessment *self,
                                                                GPtrArray        *files);
const char             *ladder_judgement_get_id                (LadderJudgement   which);
const char             *ladder_judgement_get_label             (LadderJudgement   which);

LadderAnswer           *ladder_answer_copy                     (const LadderAnswer *answer);
void                    ladder_answer_free                     (LadderAnswer     *answer);
gboolean                ladder_answer_equal                    (const LadderAnswer *a,
                                                                const LadderAnswer *b);
LadderRespondent       *ladder_respondent_copy                 (const LadderRespondent *respondent);
void                    ladder_respondent_free                 (LadderRespondent *respondent);
gboolean                ladder_respondent_shows_name           (const LadderRespondent *respondent);

LadderDataFileRef      *ladder_data_file_ref_new               (const char       *name,
                                                                const char       *sha256,
                                                                const char       *as_at);
void                    ladder_data_file_ref_free              (LadderDataFileRef *ref);

gboolean                ladder_assessment_get_modified         (LadderAssessment *self);
void                    ladder_assessment_set_modified         (LadderAssessment *self,
                                                                gboolean          modified);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderRespondent, ladder_respondent_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderAnswer, ladder_answer_free)

G_END_DECLS
