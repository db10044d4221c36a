/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One review of a council: its context, the people answering and their
 * answers, the plan checklists and the data it used. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ladder-assessment-private.h"

/* An inspection counts as recent for a year. */
#define RECENT_INSPECTION_DAYS 366

G_DEFINE_FINAL_TYPE (LadderAssessment, ladder_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const judgement_ids[LADDER_N_JUDGEMENTS] = {
  "overall", "help-and-protection", "children-in-care", "care-leavers", "leaders",
};
static const char * const judgement_labels[LADDER_N_JUDGEMENTS] = {
  "Overall effectiveness", "Help and protection", "Children in care", "Care leavers", "Impact of leaders",
};

/* Every change ends here: the document is now different from the file. */
void
ladder_assessment_emit_changed (LadderAssessment *self)
{
  if (!self->modified)
    {
      self->modified = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
ladder_assessment_replace_string (char       **field,
                                  const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
ladder_assessment_finalize (GObject *object)
{
  LadderAssessment *self = LADDER_ASSESSMENT (object);

  g_free (self->council_name);
  g_free (self->review_id);
  g_free (self->copy_for);
  g_free (self->council_code);
  g_free (self->review_date);
  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    g_free (self->grade_dates[j]);
  g_ptr_array_unref (self->respondents);
  g_hash_table_unref (self->plan);
  g_strfreev (self->indicators);
  g_ptr_array_unref (self->data_files);
  ladder_assessment_finalize_plan (self);

  G_OBJECT_CLASS (ladder_assessment_parent_class)->finalize (object);
}

static void
ladder_assessment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadderAssessment *self = LADDER_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_assessment_class_init (LadderAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_assessment_finalize;
  object_class->get_property = ladder_assessment_get_property;

  /**
   * LadderAssessment:modified:
   *
   * Whether there are changes that have not been saved.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderAssessment::changed:
   *
   * Emitted after anything in the assessment changes.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_assessment_init (LadderAssessment *self)
{
  self->respondents = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_respondent_free);
  self->review_id = g_uuid_string_random ();
  self->next_respondent = 1;
  self->plan = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->indicators = g_new0 (char *, 1);
  self->data_files = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_data_file_ref_free);
  self->format_version = 2;
  ladder_assessment_init_plan (self);
}

/**
 * ladder_assessment_new:
 *
 * Returns: (transfer full): an empty assessment, not modified.
 */
LadderAssessment *
ladder_assessment_new (void)
{
  return g_object_new (LADDER_TYPE_ASSESSMENT, NULL);
}

const char *
ladder_assessment_get_council_name (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->council_name;
}

const char *
ladder_assessment_get_council_code (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->council_code;
}

/**
 * ladder_assessment_set_council:
 * @self: an assessment
 * @name: (nullable): the council's name; %NULL when exploring without one
 * @code: (nullable): its LA number
 */
void
ladder_assessment_set_council (LadderAssessment *self,
                               const char       *name,
                               const char       *code)
{
  gboolean any;

  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  any = ladder_assessment_replace_string (&self->council_name, name);
  any |= ladder_assessment_replace_string (&self->council_code, code);
  if (any)
    ladder_assessment_emit_changed (self);
}

const char *
ladder_assessment_get_review_date (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->review_date;
}

/**
 * ladder_assessment_set_review_date:
 * @self: an assessment
 * @date: (nullable): the date of the review, as YYYY-MM-DD
 */
void
ladder_assessment_set_review_date (LadderAssessment *self,
                                   const char       *date)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  if (ladder_assessment_replace_string (&self->review_date, date))
    ladder_assessment_emit_changed (self);
}

/**
 * ladder_assessment_get_judgement:
 * @self: an assessment
 * @which: the overall grade or one of the four judgements
 * @date: (out) (optional) (nullable): its date, YYYY-MM-DD
 *
 * Returns: the grade recorded, or %LADDER_GRADE_NONE.
 */
LadderGrade
ladder_assessment_get_judgement (LadderAssessment *self,
                                 LadderJudgement   which,
                                 const char      **date)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), LADDER_GRADE_NONE);
  g_return_val_if_fail (which < LADDER_N_JUDGEMENTS, LADDER_GRADE_NONE);

  if (date != NULL)
    *date = self->grade_dates[which];
  return self->grades[which];
}

/**
 * ladder_assessment_set_judgement:
 * @self: an assessment
 * @which: the overall grade or one of the four judgements
 * @grade: the grade, or %LADDER_GRADE_NONE to clear it
 * @date: (nullable): the date of the inspection that gave it
 */
void
ladder_assessment_set_judgement (LadderAssessment *self,
                                 LadderJudgement   which,
                                 LadderGrade       grade,
                                 const char       *date)
{
  gboolean any;

  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (which < LADDER_N_JUDGEMENTS);
  g_return_if_fail (grade < LADDER_N_GRADES);

  any = self->grades[which] != grade;
  self->grades[which] = grade;
  any |= ladder_assessment_replace_string (&self->grade_dates[which], date);
  if (any)
    ladder_assessment_emit_changed (self);
}

LadderIntervention
ladder_assessment_get_intervention (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), LADDER_INTERVENTION_NONE);
  return self->intervention;
}

void
ladder_assessment_set_intervention (LadderAssessment   *self,
                                    LadderIntervention  intervention)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (intervention < LADDER_N_INTERVENTIONS);

  if (self->intervention == intervention)
    return;
  self->intervention = intervention;
  ladder_assessment_emit_changed (self);
}

gboolean
ladder_assessment_get_new_leadership (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return self->new_leadership;
}

void
ladder_assessment_set_new_leadership (LadderAssessment *self,
                                      gboolean          value)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  if (self->new_leadership == !!value)
    return;
  self->new_leadership = !!value;
  ladder_assessment_emit_changed (self);
}

LadderStage
ladder_assessment_get_stage (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), LADDER_STAGE_NONE);
  return self->stage;
}

void
ladder_assessment_set_stage (LadderAssessment *self,
                             LadderStage       stage)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (stage < LADDER_N_STAGES);

  if (self->stage == stage)
    return;
  self->stage = stage;
  ladder_assessment_emit_changed (self);
}

LadderFlagState
ladder_assessment_get_strong_partner (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), LADDER_FLAG_STATE_UNKNOWN);
  return self->strong_partner;
}

/**
 * ladder_assessment_set_strong_partner:
 * @self: an assessment
 * @willing: whether a well-run council is willing and able to lead the
 *   service alongside its own
 */
void
ladder_assessment_set_strong_partner (LadderAssessment *self,
                                      LadderFlagState   willing)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (willing < LADDER_N_FLAG_STATES);

  if (self->strong_partner == willing)
    return;
  self->strong_partner = willing;
  ladder_assessment_emit_changed (self);
}

gboolean
ladder_assessment_get_new_model_by_choice (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return self->new_model_by_choice;
}

/**
 * ladder_assessment_set_new_model_by_choice:
 * @self: an assessment
 * @value: whether the council is considering a new way of running the
 *   service by choice, to protect or build on services that work
 */
void
ladder_assessment_set_new_model_by_choice (LadderAssessment *self,
                                           gboolean          value)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  if (self->new_model_by_choice == !!value)
    return;
  self->new_model_by_choice = !!value;
  ladder_assessment_emit_changed (self);
}

/**
 * ladder_assessment_get_format_version:
 * @self: an assessment
 *
 * Returns: the version of the file format it was read from, so that the
 *   window can say when an older file was converted; 2 for a new one.
 */
guint
ladder_assessment_get_format_version (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), 0);
  return self->format_version;
}

void
ladder_assessment_set_format_version (LadderAssessment *self,
                                      guint             version)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  self->format_version = version;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * ladder_assessment_get_latest_grade:
 * @self: an assessment
 * @date: (out) (optional) (nullable): the date of that inspection
 * @which: (out) (optional): the judgement that gave the grade
 *
 * The latest inspection's result: the four judgements when any is
 * recorded no earlier than the overall grade, else the overall grade. Of
 * several judgements the worst counts, since any inadequate judgement
 * brings the Department in.
 *
 * Returns: the grade, or %LADDER_GRADE_NONE when none is recorded.
 */
LadderGrade
ladder_assessment_get_latest_grade (LadderAssessment *self,
                                    const char      **date,
                                    LadderJudgement  *which)
{
  LadderGrade worst = LADDER_GRADE_NONE;
  const char *latest = NULL;
  LadderJudgement worst_which = LADDER_JUDGEMENT_OVERALL;
  gboolean any_judgement = FALSE;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), LADDER_GRADE_NONE);

  /* Dates are YYYY-MM-DD, so they compare as text. A date recorded without
   * a grade still says when the last inspection was. */
  for (LadderJudgement j = LADDER_JUDGEMENT_HELP_AND_PROTECTION; j < LADDER_N_JUDGEMENTS; j++)
    {
      if (self->grades[j] == LADDER_GRADE_NONE && self->grade_dates[j] == NULL)
        continue;
      any_judgement = TRUE;
      if (self->grades[j] > worst)
        {
          worst = self->grades[j];
          worst_which = j;
        }
      if (g_strcmp0 (self->grade_dates[j], latest) > 0)
        latest = self->grade_dates[j];
    }
  if ((self->grades[LADDER_JUDGEMENT_OVERALL] != LADDER_GRADE_NONE ||
       self->grade_dates[LADDER_JUDGEMENT_OVERALL] != NULL) &&
      (!any_judgement || g_strcmp0 (self->grade_dates[LADDER_JUDGEMENT_OVERALL], latest) > 0))
    {
      worst = self->grades[LADDER_JUDGEMENT_OVERALL];
      worst_which = LADDER_JUDGEMENT_OVERALL;
      latest = self->grade_dates[LADDER_JUDGEMENT_OVERALL];
    }
  if (date != NULL)
    *date = latest;
  if (which != NULL)
    *which = worst_which;
  return worst;
}

/**
 * ladder_assessment_get_context_flags:
 * @self: an assessment
 *
 * The switches of the context the rules test. An inspection is recent when
 * the latest was within a year before the review date (or today, when
 * there is no review date).
 *
 * Returns: #LadderContextFlags
 */
guint
ladder_assessment_get_context_flags (LadderAssessment *self)
{
  guint flags = 0;
  GDate review, inspection;
  const char *date = NULL;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), 0);

  if (self->new_leadership)
    flags |= LADDER_CONTEXT_NEW_LEADERSHIP;
  if (self->new_model_by_choice)
    flags |= LADDER_CONTEXT_NEW_MODEL_BY_CHOICE;
  if (!parse_date (self->review_date, &review))
    {
      g_date_clear (&review, 1);
      g_date_set_time_t (&review, time (NULL));
    }
  ladder_assessment_get_latest_grade (self, &date, NULL);
  if (parse_date (date, &inspection))
    {
      int days = g_date_days_between (&inspection, &review);

      if (days >= 0 && days <= RECENT_INSPECTION_DAYS)
        flags |= LADDER_CONTEXT_RECENT_INSPECTION;
    }
  return flags;
}

/**
 * ladder_assessment_fill_context:
 * @self: an assessment
 * @state: the rules' inputs, whose context part is filled in
 */
void
ladder_assessment_fill_context (LadderAssessment *self,
                                LadderRuleState  *state)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  state->context = ladder_assessment_get_context_flags (self);
  state->stage = self->stage;
  state->inspection = ladder_assessment_get_latest_grade (self, NULL, NULL);
  state->intervention = self->intervention;
  state->strong_partner = self->strong_partner;
}

gboolean
ladder_assessment_get_plan_item (LadderAssessment *self,
                                 const char       *item_id)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->plan, item_id));
}

/**
 * ladder_assessment_set_plan_item:
 * @self: an assessment
 * @item_id: a success factor or design checklist item
 * @done: whether it is ticked
 */
void
ladder_assessment_set_plan_item (LadderAssessment *self,
                                 const char       *item_id,
                                 gboolean          done)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  if (ladder_assessment_get_plan_item (self, item_id) == !!done)
    return;
  if (done)
    g_hash_table_replace (self->plan, g_strdup (item_id), GINT_TO_POINTER (TRUE));
  else
    g_hash_table_remove (self->plan, item_id);
  ladder_assessment_emit_changed (self);
}

/**
 * ladder_assessment_get_plan_items:
 * @self: an assessment
 *
 * Returns: (transfer container) (element-type utf8): the ticked items,
 *   sorted so that files come out the same each time.
 */
GList *
ladder_assessment_get_plan_items (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return g_list_sort (g_hash_table_get_keys (self->plan), (GCompareFunc) strcmp);
}

const char * const *
ladder_assessment_get_indicators (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->indicators;
}

/**
 * ladder_assessment_set_indicators:
 * @self: an assessment
 * @codes: (array zero-terminated=1): the indicators chosen for the paper
 */
void
ladder_assessment_set_indicators (LadderAssessment   *self,
                                  const char * const *codes)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (codes != NULL);

  if (g_strv_equal (codes, (const char * const *) self->indicators))
    return;
  g_strfreev (self->indicators);
  self->indicators = g_strdupv ((char **) codes);
  ladder_assessment_emit_changed (self);
}

/**
 * ladder_assessment_get_data_files:
 * @self: an assessment
 *
 * Returns: (transfer none) (element-type LadderDataFileRef): the data files
 *   the assessment was made with.
 */
GPtrArray *
ladder_assessment_get_data_files (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->data_files;
}

/**
 * ladder_assessment_set_data_files:
 * @self: an assessment
 * @files: (transfer none) (element-type LadderDataFileRef): the files
 */
void
ladder_assessment_set_data_files (LadderAssessment *self,
                                  GPtrArray        *files)
{
  gboolean same;

  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  same = files->len == self->data_files->len;
  for (guint i = 0; same && i < files->len; i++)
    {
      LadderDataFileRef *a = files->pdata[i], *b = self->data_files->pdata[i];

      same = g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->sha256, b->sha256) == 0 &&
             g_strcmp0 (a->as_at, b->as_at) == 0;
    }
  if (same)
    return;
  g_ptr_array_set_size (self->data_files, 0);
  for (guint i = 0; i < files->len; i++)
    {
      LadderDataFileRef *ref = files->pdata[i];

      g_ptr_array_add (self->data_files, ladder_data_file_ref_new (ref->name, ref->sha256, ref->as_at));
    }
  ladder_assessment_emit_changed (self);
}

const char *
ladder_judgement_get_id (LadderJudgement which)
{
  g_return_val_if_fail (which < LADDER_N_JUDGEMENTS, NULL);
  return judgement_ids[which];
}

const char *
ladder_judgement_get_label (LadderJudgement which)
{
  g_return_val_if_fail (which < LADDER_N_JUDGEMENTS, NULL);
  return judgement_labels[which];
}

LadderDataFileRef *
ladder_data_file_ref_new (const char *name,
                          const char *sha256,
                          const char *as_at)
{
  LadderDataFileRef *ref = g_new0 (LadderDataFileRef, 1);

  ref->name = g_strdup (name);
  ref->sha256 = g_strdup (sha256);
  ref->as_at = g_strdup (as_at);
  return ref;
}

void
ladder_data_file_ref_free (LadderDataFileRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->name);
  g_free (ref->sha256);
  g_free (ref->as_at);
  g_free (ref);
}

gboolean
ladder_assessment_get_modified (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return self->modified;
}

/**
 * ladder_assessment_set_modified:
 * @self: an assessment
 * @modified: %FALSE after saving or loading
 */
void
ladder_assessment_set_modified (LadderAssessment *self,
                                gboolean          modified)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  if (self->modified == !!modified)
    return;
  self->modified = !!modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

