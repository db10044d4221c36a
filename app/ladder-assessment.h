/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One review of a council: its context, the people answering and their
 * answers, the plan checklists and the data it used. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

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

/* What a reviewer saw, beside the answers: the evidence log. */
typedef enum
{
  LADDER_EVIDENCE_CASE_FILE_AUDIT,
  LADDER_EVIDENCE_FRONTLINE_VISIT,
  LADDER_EVIDENCE_CHILDREN_AND_FAMILIES,
  LADDER_EVIDENCE_STAFF,
  LADDER_EVIDENCE_PARTNERS,
  LADDER_EVIDENCE_REPORT,          /* an inspection or monitoring report */
  LADDER_EVIDENCE_DATA,
  LADDER_N_EVIDENCE_KINDS
} LadderEvidenceKind;

typedef enum
{
  LADDER_BEARING_SUPPORTS,         /* bears out the rating */
  LADDER_BEARING_CONTRADICTS,      /* points the other way */
  LADDER_N_BEARINGS
} LadderBearing;

typedef struct
{
  char              *id;           /* unique in the file, given by the assessment */
  char              *question;     /* a question id */
  LadderEvidenceKind kind;
  char              *date;         /* YYYY-MM-DD, or NULL */
  char              *found;        /* what was found, required */
  LadderBearing      bearing;
  gboolean           private_entry; /* kept out of anything shared */
} LadderEvidence;

typedef enum
{
  LADDER_ACTION_NOT_STARTED,
  LADDER_ACTION_ON_TRACK,
  LADDER_ACTION_AT_RISK,
  LADDER_ACTION_DONE,
  LADDER_N_ACTION_STATUSES
} LadderActionStatus;

/* What an action answers: a question, a success factor or a mismatch
 * between an answer and the evidence. */
typedef enum
{
  LADDER_LINK_NONE,
  LADDER_LINK_QUESTION,
  LADDER_LINK_SUCCESS_FACTOR,
  LADDER_LINK_MISMATCH,
  LADDER_N_LINK_KINDS
} LadderLinkKind;

typedef struct
{
  char              *id;           /* unique in the file, given by the assessment */
  char              *description;  /* required */
  char              *owner;
  char              *due;          /* YYYY-MM-DD, or NULL */
  LadderActionStatus status;
  LadderLinkKind     link_kind;
  char              *link;         /* a question id, a checklist item id or a mismatch id */
} LadderAction;

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

guint                   ladder_assessment_get_n_evidence       (LadderAssessment *self);
const LadderEvidence   *ladder_assessment_get_evidence         (LadderAssessment *self,
                                                                guint             index);
const LadderEvidence   *ladder_assessment_find_evidence        (LadderAssessment *self,
                                                                const char       *id);
char                   *ladder_assessment_add_evidence         (LadderAssessment *self,
                                                                const LadderEvidence *entry,
                                                                GError          **error);
gboolean                ladder_assessment_update_evidence      (LadderAssessment *self,
                                                                const LadderEvidence *entry,
                                                                GError          **error);
gboolean                ladder_assessment_remove_evidence      (LadderAssessment *self,
                                                                const char       *id);
GPtrArray              *ladder_assessment_dup_evidence_list    (LadderAssessment *self);
void                    ladder_assessment_set_evidence_list    (LadderAssessment *self,
                                                                GPtrArray        *entries);

guint                   ladder_assessment_get_n_actions        (LadderAssessment *self);
const LadderAction     *ladder_assessment_get_action           (LadderAssessment *self,
                                                                guint             index);
const LadderAction     *ladder_assessment_find_action          (LadderAssessment *self,
                                                                const char       *id);
char                   *ladder_assessment_add_action           (LadderAssessment *self,
                                                                const LadderAction *action,
                                                                GError          **error);
gboolean                ladder_assessment_update_action        (LadderAssessment *self,
                                                                const LadderAction *action,
                                                                GError          **error);
gboolean                ladder_assessment_remove_action        (LadderAssessment *self,
                                                                const char       *id);
GPtrArray              *ladder_assessment_dup_action_list      (LadderAssessment *self);
void                    ladder_assessment_set_action_list      (LadderAssessment *self,
                                                                GPtrArray        *actions);

gboolean                ladder_assessment_has_earlier          (LadderAssessment *self);
const char             *ladder_assessment_get_earlier_path     (LadderAssessment *self);
LadderAssessment       *ladder_assessment_dup_earlier          (LadderAssessment *self,
                                                                GError          **error);
JsonNode               *ladder_assessment_get_earlier_advice   (LadderAssessment *self);
JsonNode               *ladder_assessment_get_earlier_review   (LadderAssessment *self);
void                    ladder_assessment_set_earlier          (LadderAssessment *self,
                                                                const char       *path,
                                                                JsonNode         *review,
                                                                JsonNode         *advice);
LadderAssessment       *ladder_assessment_new_follow_up        (LadderAssessment *earlier,
                                                                const char       *earlier_path,
                                                                JsonNode         *advice_then,
                                                                const char       *today);

gboolean                ladder_date_is_valid                   (const char       *text);
const char             *ladder_evidence_kind_get_id            (LadderEvidenceKind kind);
const char             *ladder_evidence_kind_get_label         (LadderEvidenceKind kind);
gboolean                ladder_evidence_kind_from_id           (const char       *id,
                                                                LadderEvidenceKind *kind);
const char             *ladder_bearing_get_id                  (LadderBearing     bearing);
const char             *ladder_bearing_get_label               (LadderBearing     bearing);
gboolean                ladder_bearing_from_id                 (const char       *id,
                                                                LadderBearing    *bearing);
const char             *ladder_action_status_get_id            (LadderActionStatus status);
const char             *ladder_action_status_get_label         (LadderActionStatus status);
gboolean                ladder_action_status_from_id           (const char       *id,
                                                                LadderActionStatus *status);
const char             *ladder_link_kind_get_id                (LadderLinkKind    kind);
gboolean                ladder_link_kind_from_id               (const char       *id,
                                                                LadderLinkKind   *kind);
gboolean                ladder_action_is_overdue               (const LadderAction *action,
                                                                const char       *today);
LadderEvidence         *ladder_evidence_copy                   (const LadderEvidence *entry);
void                    ladder_evidence_free                   (LadderEvidence   *entry);
LadderAction           *ladder_action_copy                     (const LadderAction *action);
void                    ladder_action_free                     (LadderAction     *action);

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
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderEvidence, ladder_evidence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderAction, ladder_action_free)

G_END_DECLS
