/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What follows the answers in a review: the evidence log (what the
 * reviewer saw that bears on each answer), the action plan, and, for a
 * follow-up, the earlier review carried whole inside the file. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-assessment-private.h"

/* Long enough for a paragraph of findings; the file reader allows the
 * same. */
#define MAX_ENTRY_TEXT 20000

static const char * const kind_ids[LADDER_N_EVIDENCE_KINDS] = {
  "case-file-audit", "frontline-visit", "children-and-families", "staff", "partners", "report", "data",
};
static const char * const kind_labels[LADDER_N_EVIDENCE_KINDS] = {
  "Case file audit", "Frontline visit", "Children and families", "Staff", "Partners",
  "Inspection or monitoring report", "Data",
};
static const char * const bearing_ids[LADDER_N_BEARINGS] = { "supports", "contradicts" };
static const char * const bearing_labels[LADDER_N_BEARINGS] = {
  "Supports the rating", "Contradicts the rating",
};
static const char * const status_ids[LADDER_N_ACTION_STATUSES] = {
  "not-started", "on-track", "at-risk", "done",
};
static const char * const status_labels[LADDER_N_ACTION_STATUSES] = {
  "Not started", "On track", "At risk", "Done",
};
static const char * const link_ids[LADDER_N_LINK_KINDS] = {
  "none", "question", "success-factor", "mismatch",
};

static int
find_id (const char * const *ids,
         guint               n,
         const char         *id)
{
  for (guint i = 0; id != NULL && i < n; i++)
    if (strcmp (ids[i], id) == 0)
      return (int) i;
  return -1;
}

const char *
ladder_evidence_kind_get_id (LadderEvidenceKind kind)
{
  g_return_val_if_fail (kind < LADDER_N_EVIDENCE_KINDS, NULL);
  return kind_ids[kind];
}

const char *
ladder_evidence_kind_get_label (LadderEvidenceKind kind)
{
  g_return_val_if_fail (kind < LADDER_N_EVIDENCE_KINDS, NULL);
  return kind_labels[kind];
}

gboolean
ladder_evidence_kind_from_id (const char         *id,
                              LadderEvidenceKind *kind)
{
  int i = find_id (kind_ids, LADDER_N_EVIDENCE_KINDS, id);

  if (i < 0)
    return FALSE;
  *kind = i;
  return TRUE;
}

const char *
ladder_bearing_get_id (LadderBearing bearing)
{
  g_return_val_if_fail (bearing < LADDER_N_BEARINGS, NULL);
  return bearing_ids[bearing];
}

const char *
ladder_bearing_get_label (LadderBearing bearing)
{
  g_return_val_if_fail (bearing < LADDER_N_BEARINGS, NULL);
  return bearing_labels[bearing];
}

gboolean
ladder_bearing_from_id (const char    *id,
                        LadderBearing *bearing)
{
  int i = find_id (bearing_ids, LADDER_N_BEARINGS, id);

  if (i < 0)
    return FALSE;
  *bearing = i;
  return TRUE;
}

const char *
ladder_action_status_get_id (LadderActionStatus status)
{
  g_return_val_if_fail (status < LADDER_N_ACTION_STATUSES, NULL);
  return status_ids[status];
}

const char *
ladder_action_status_get_label (LadderActionStatus status)
{
  g_return_val_if_fail (status < LADDER_N_ACTION_STATUSES, NULL);
  return status_labels[status];
}

gboolean
ladder_action_status_from_id (const char         *id,
                              LadderActionStatus *status)
{
  int i = find_id (status_ids, LADDER_N_ACTION_STATUSES, id);

  if (i < 0)
    return FALSE;
  *status = i;
  return TRUE;
}

const char *
ladder_link_kind_get_id (LadderLinkKind kind)
{
  g_return_val_if_fail (kind < LADDER_N_LINK_KINDS, NULL);
  return link_ids[kind];
}

gboolean
ladder_link_kind_from_id (const char     *id,
                          LadderLinkKind *kind)
{
  int i = find_id (link_ids, LADDER_N_LINK_KINDS, id);

  if (i < 0)
    return FALSE;
  *kind = i;
  return TRUE;
}

/**
 * ladder_date_is_valid:
 * @text: (nullable): a date
 *
 * Returns: whether @text is a real date written YYYY-MM-DD.
 */
gboolean
ladder_date_is_valid (const char *text)
{
  int year, month, day, end = 0;

  return text != NULL && strlen (text) == 10 &&
         sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &end) == 3 && end == 10 &&
         g_date_valid_dmy (day, month, year);
}

/**
 * ladder_action_is_overdue:
 * @action: an action
 * @today: today's date, YYYY-MM-DD
 *
 * Returns: whether it is not done and its due date has passed.
 */
gboolean
ladder_action_is_overdue (const LadderAction *action,
                          const char         *today)
{
  g_return_val_if_fail (action != NULL, FALSE);
  return action->status != LADDER_ACTION_DONE && action->due != NULL && today != NULL &&
         strcmp (action->due, today) < 0;
}

LadderEvidence *
ladder_evidence_copy (const LadderEvidence *entry)
{
  LadderEvidence *copy = g_new0 (LadderEvidence, 1);

  copy->id = g_strdup (entry->id);
  copy->question = g_strdup (entry->question);
  copy->kind = entry->kind;
  copy->date = g_strdup (entry->date);
  copy->found = g_strdup (entry->found);
  copy->bearing = entry->bearing;
  copy->private_entry = entry->private_entry;
  return copy;
}

void
ladder_evidence_free (LadderEvidence *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->question);
  g_free (entry->date);
  g_free (entry->found);
  g_free (entry);
}

LadderAction *
ladder_action_copy (const LadderAction *action)
{
  LadderAction *copy = g_new0 (LadderAction, 1);

  copy->id = g_strdup (action->id);
  copy->description = g_strdup (action->description);
  copy->owner = g_strdup (action->owner);
  copy->due = g_strdup (action->due);
  copy->status = action->status;
  copy->link_kind = action->link_kind;
  copy->link = g_strdup (action->link);
  return copy;
}

void
ladder_action_free (LadderAction *action)
{
  if (action == NULL)
    return;
  g_free (action->id);
  g_free (action->description);
  g_free (action->owner);
  g_free (action->due);
  g_free (action->link);
  g_free (action);
}

void
ladder_assessment_init_plan (LadderAssessment *self)
{
  self->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_evidence_free);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_action_free);
  self->next_evidence = 1;
  self->next_action = 1;
}

void
ladder_assessment_finalize_plan (LadderAssessment *self)
{
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->earlier_path, g_free);
  g_clear_pointer (&self->earlier_review, json_node_unref);
  g_clear_pointer (&self->earlier_advice, json_node_unref);
}

/* Empty text, or only spaces, counts as none. */
static gboolean
blank (const char *text)
{
  for (const char *c = text; c != NULL && *c != '\0'; c++)
    if (!g_ascii_isspace (*c))
      return FALSE;
  return TRUE;
}

static gboolean
check_text (const char *what,
            const char *text,
            gboolean    required,
            GError    **error)
{
  if (required && blank (text))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Say %s", what);
      return FALSE;
    }
  if (text != NULL && g_utf8_strlen (text, -1) > MAX_ENTRY_TEXT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "The %s is longer than %d characters", what,
                   MAX_ENTRY_TEXT);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_date (const char *what,
            const char *date,
            GError    **error)
{
  if (date == NULL || ladder_date_is_valid (date))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "The %s “%s” is not a real date written as year, month and day, such as 2026-11-24", what, date);
  return FALSE;
}

static gboolean
check_evidence (const LadderEvidence *entry,
                GError              **error)
{
  if (entry->question == NULL || entry->kind >= LADDER_N_EVIDENCE_KINDS || entry->bearing >= LADDER_N_BEARINGS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "An evidence entry needs a question, a kind "
                   "and whether it supports the rating");
      return FALSE;
    }
  return check_text ("what was found", entry->found, TRUE, error) && check_date ("date", entry->date, error);
}

static gboolean
check_action (const LadderAction *action,
              GError            **error)
{
  if (action->status >= LADDER_N_ACTION_STATUSES || action->link_kind >= LADDER_N_LINK_KINDS ||
      (action->link_kind != LADDER_LINK_NONE && blank (action->link)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "An action needs a status, and a link needs "
                   "what it links to");
      return FALSE;
    }
  return check_text ("action", action->description, TRUE, error) &&
         check_text ("owner", action->owner, FALSE, error) && check_date ("due date", action->due, error);
}

static int
find_entry (GPtrArray  *array,
            const char *id)
{
  for (guint i = 0; id != NULL && i < array->len; i++)
    if (strcmp (*(char **) array->pdata[i], id) == 0)
      return (int) i;
  return -1;
}

/* Evidence ---------------------------------------------------------------- */

guint
ladder_assessment_get_n_evidence (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), 0);
  return self->evidence->len;
}

/**
 * ladder_assessment_get_evidence:
 * @self: an assessment
 * @index: a position in the evidence log
 *
 * Returns: (transfer none): the entry.
 */
const LadderEvidence *
ladder_assessment_get_evidence (LadderAssessment *self,
                                guint             index)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->evidence->len, NULL);
  return self->evidence->pdata[index];
}

/**
 * ladder_assessment_find_evidence:
 * @self: an assessment
 * @id: an entry's identifier
 *
 * Returns: (transfer none) (nullable): the entry.
 */
const LadderEvidence *
ladder_assessment_find_evidence (LadderAssessment *self,
                                 const char       *id)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  i = find_entry (self->evidence, id);
  return i < 0 ? NULL : self->evidence->pdata[i];
}

/**
 * ladder_assessment_add_evidence:
 * @self: an assessment
 * @entry: what was seen; its id is ignored
 * @error: return location for what is wrong with it
 *
 * Returns: (transfer full) (nullable): the new entry's identifier, or
 *   %NULL when the entry is refused (no finding, an impossible date).
 */
char *
ladder_assessment_add_evidence (LadderAssessment     *self,
                                const LadderEvidence *entry,
                                GError              **error)
{
  LadderEvidence *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (!check_evidence (entry, error))
    return NULL;
  copy = ladder_evidence_copy (entry);
  do
    {
      g_free (copy->id);
      copy->id = g_strdup_printf ("e%u", self->next_evidence++);
    }
  while (find_entry (self->evidence, copy->id) >= 0);
  g_ptr_array_add (self->evidence, copy);
  ladder_assessment_emit_changed (self);
  return g_strdup (copy->id);
}

/**
 * ladder_assessment_update_evidence:
 * @self: an assessment
 * @entry: the entry as it should now be, with the id of the one it replaces
 * @error: return location for what is wrong with it
 *
 * Returns: %FALSE when it is refused or there is no entry with its id.
 */
gboolean
ladder_assessment_update_evidence (LadderAssessment     *self,
                                   const LadderEvidence *entry,
                                   GError              **error)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  i = find_entry (self->evidence, entry->id);
  if (i < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no evidence entry “%s”", entry->id);
      return FALSE;
    }
  if (!check_evidence (entry, error))
    return FALSE;
  ladder_evidence_free (self->evidence->pdata[i]);
  self->evidence->pdata[i] = ladder_evidence_copy (entry);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

gboolean
ladder_assessment_remove_evidence (LadderAssessment *self,
                                   const char       *id)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);

  i = find_entry (self->evidence, id);
  if (i < 0)
    return FALSE;
  g_ptr_array_remove_index (self->evidence, i);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

/**
 * ladder_assessment_dup_evidence_list:
 * @self: an assessment
 *
 * Returns: (transfer full) (element-type LadderEvidence): a copy of the
 *   whole log, to keep for undo.
 */
GPtrArray *
ladder_assessment_dup_evidence_list (LadderAssessment *self)
{
  GPtrArray *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_evidence_free);
  for (guint i = 0; i < self->evidence->len; i++)
    g_ptr_array_add (copy, ladder_evidence_copy (self->evidence->pdata[i]));
  return copy;
}

/**
 * ladder_assessment_set_evidence_list:
 * @self: an assessment
 * @entries: (element-type LadderEvidence): the whole log, as kept for undo
 */
void
ladder_assessment_set_evidence_list (LadderAssessment *self,
                                     GPtrArray        *entries)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  g_ptr_array_set_size (self->evidence, 0);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (self->evidence, ladder_evidence_copy (entries->pdata[i]));
  ladder_assessment_emit_changed (self);
}

/* Read from a file: its id kept, no change. */
gboolean
ladder_assessment_insert_evidence (LadderAssessment *self,
                                   LadderEvidence   *entry)
{
  if (find_entry (self->evidence, entry->id) >= 0)
    return FALSE;
  g_ptr_array_add (self->evidence, entry);
  return TRUE;
}

/* Actions ----------------------------------------------------------------- */

guint
ladder_assessment_get_n_actions (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), 0);
  return self->actions->len;
}

/**
 * ladder_assessment_get_action:
 * @self: an assessment
 * @index: a position in the action plan
 *
 * Returns: (transfer none): the action.
 */
const LadderAction *
ladder_assessment_get_action (LadderAssessment *self,
                              guint             index)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->actions->len, NULL);
  return self->actions->pdata[index];
}

/**
 * ladder_assessment_find_action:
 * @self: an assessment
 * @id: an action's identifier
 *
 * Returns: (transfer none) (nullable): the action.
 */
const LadderAction *
ladder_assessment_find_action (LadderAssessment *self,
                               const char       *id)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  i = find_entry (self->actions, id);
  return i < 0 ? NULL : self->actions->pdata[i];
}

/**
 * ladder_assessment_add_action:
 * @self: an assessment
 * @action: the action; its id is ignored
 * @error: return location for what is wrong with it
 *
 * Returns: (transfer full) (nullable): the new action's identifier, or
 *   %NULL when it is refused (no description, an impossible date).
 */
char *
ladder_assessment_add_action (LadderAssessment   *self,
                              const LadderAction *action,
                              GError            **error)
{
  LadderAction *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (action != NULL, NULL);

  if (!check_action (action, error))
    return NULL;
  copy = ladder_action_copy (action);
  do
    {
      g_free (copy->id);
      copy->id = g_strdup_printf ("a%u", self->next_action++);
    }
  while (find_entry (self->actions, copy->id) >= 0);
  g_ptr_array_add (self->actions, copy);
  ladder_assessment_emit_changed (self);
  return g_strdup (copy->id);
}

/**
 * ladder_assessment_update_action:
 * @self: an assessment
 * @action: the action as it should now be, with the id of the one it
 *   replaces
 * @error: return location for what is wrong with it
 *
 * Returns: %FALSE when it is refused or there is no action with its id.
 */
gboolean
ladder_assessment_update_action (LadderAssessment   *self,
                                 const LadderAction *action,
                                 GError            **error)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  i = find_entry (self->actions, action->id);
  if (i < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no action “%s”", action->id);
      return FALSE;
    }
  if (!check_action (action, error))
    return FALSE;
  ladder_action_free (self->actions->pdata[i]);
  self->actions->pdata[i] = ladder_action_copy (action);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

gboolean
ladder_assessment_remove_action (LadderAssessment *self,
                                 const char       *id)
{
  int i;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);

  i = find_entry (self->actions, id);
  if (i < 0)
    return FALSE;
  g_ptr_array_remove_index (self->actions, i);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

/**
 * ladder_assessment_dup_action_list:
 * @self: an assessment
 *
 * Returns: (transfer full) (element-type LadderAction): a copy of the whole
 *   plan, to keep for undo.
 */
GPtrArray *
ladder_assessment_dup_action_list (LadderAssessment *self)
{
  GPtrArray *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_action_free);
  for (guint i = 0; i < self->actions->len; i++)
    g_ptr_array_add (copy, ladder_action_copy (self->actions->pdata[i]));
  return copy;
}

/**
 * ladder_assessment_set_action_list:
 * @self: an assessment
 * @actions: (element-type LadderAction): the whole plan, as kept for undo
 */
void
ladder_assessment_set_action_list (LadderAssessment *self,
                                   GPtrArray        *actions)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  g_ptr_array_set_size (self->actions, 0);
  for (guint i = 0; i < actions->len; i++)
    g_ptr_array_add (self->actions, ladder_action_copy (actions->pdata[i]));
  ladder_assessment_emit_changed (self);
}

/* Read from a file: its id kept, no change. */
gboolean
ladder_assessment_insert_action (LadderAssessment *self,
                                 LadderAction     *action)
{
  if (find_entry (self->actions, action->id) >= 0)
    return FALSE;
  g_ptr_array_add (self->actions, action);
  return TRUE;
}

/* The earlier review ------------------------------------------------------ */

gboolean
ladder_assessment_has_earlier (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return self->earlier_review != NULL;
}

/**
 * ladder_assessment_get_earlier_path:
 * @self: a follow-up review
 *
 * Returns: (nullable): the earlier review's file, when it had one.
 */
const char *
ladder_assessment_get_earlier_path (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->earlier_path;
}

/**
 * ladder_assessment_get_earlier_review:
 * @self: a follow-up review
 *
 * Returns: (transfer none) (nullable): the earlier review whole, as its
 *   file held it; read-only.
 */
JsonNode *
ladder_assessment_get_earlier_review (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->earlier_review;
}

/**
 * ladder_assessment_get_earlier_advice:
 * @self: a follow-up review
 *
 * Returns: (transfer none) (nullable): the earlier review's advice as it
 *   was then (`ladder recommend --json`), whatever the rules say now.
 */
JsonNode *
ladder_assessment_get_earlier_advice (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->earlier_advice;
}

/**
 * ladder_assessment_set_earlier:
 * @self: an assessment
 * @path: (nullable): the earlier review's file
 * @review: (nullable): the earlier review whole; %NULL for none
 * @advice: (nullable): its advice then
 *
 * Used by the file reader and by ladder_assessment_new_follow_up(); the
 * nodes are copied.
 */
void
ladder_assessment_set_earlier (LadderAssessment *self,
                               const char       *path,
                               JsonNode         *review,
                               JsonNode         *advice)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));

  ladder_assessment_replace_string (&self->earlier_path, path);
  g_clear_pointer (&self->earlier_review, json_node_unref);
  g_clear_pointer (&self->earlier_advice, json_node_unref);
  self->earlier_review = review != NULL && !JSON_NODE_HOLDS_NULL (review) ? json_node_copy (review) : NULL;
  self->earlier_advice = advice != NULL && !JSON_NODE_HOLDS_NULL (advice) ? json_node_copy (advice) : NULL;
}

/**
 * ladder_assessment_dup_earlier:
 * @self: a follow-up review
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the earlier review as an assessment
 *   of its own, not modified, or %NULL when there is none or it cannot be
 *   read (the error says why).
 */
LadderAssessment *
ladder_assessment_dup_earlier (LadderAssessment *self,
                               GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  if (self->earlier_review == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "This review does not follow an earlier one");
      return NULL;
    }
  /* Pretty, so that no line is long: the reader counts columns along each. */
  data = ladder_json_to_data (self->earlier_review, TRUE, &length);
  return ladder_assessment_load_data (data, length, "the earlier review", NULL, error);
}

/**
 * ladder_assessment_new_follow_up:
 * @earlier: the review to follow up
 * @earlier_path: (nullable): its file
 * @advice_then: its advice, as `ladder recommend --json` gives it
 * @today: the new review's date, YYYY-MM-DD
 *
 * A new review of the same council with the same people (no answers) and
 * context, its own review id, the earlier action plan carried over to be
 * brought up to date, and the earlier review, its advice and plan kept
 * whole and read-only inside it, so that the file stands alone.
 *
 * Returns: (transfer full): the follow-up, modified (it has no file yet).
 */
LadderAssessment *
ladder_assessment_new_follow_up (LadderAssessment *earlier,
                                 const char       *earlier_path,
                                 JsonNode         *advice_then,
                                 const char       *today)
{
  LadderAssessment *self;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (earlier), NULL);

  self = ladder_assessment_new ();
  ladder_assessment_set_council (self, earlier->council_name, earlier->council_code);
  ladder_assessment_set_review_date (self, today);
  for (LadderJudgement j = 0; j < LADDER_N_JUDGEMENTS; j++)
    ladder_assessment_set_judgement (self, j, earlier->grades[j], earlier->grade_dates[j]);
  ladder_assessment_set_intervention (self, earlier->intervention);
  /* A year on, the leaders are no longer new; the rest carries over until
   * someone says otherwise. */
  ladder_assessment_set_new_leadership (self, FALSE);
  ladder_assessment_set_stage (self, earlier->stage);
  ladder_assessment_set_strong_partner (self, earlier->strong_partner);
  ladder_assessment_set_new_model_by_choice (self, earlier->new_model_by_choice);
  ladder_assessment_set_indicators (self, (const char * const *) earlier->indicators);
  for (guint i = 0; i < earlier->respondents->len; i++)
    {
      const LadderRespondent *person = earlier->respondents->pdata[i];

      ladder_assessment_insert_respondent (self, person->id, person->uid, person->name, person->role,
                                           person->level, person->by_role);
    }
  for (guint i = 0; i < earlier->actions->len; i++)
    ladder_assessment_insert_action (self, ladder_action_copy (earlier->actions->pdata[i]));
  self->next_action = earlier->next_action;

  data = ladder_assessment_to_data (earlier, NULL, &length);
  if (json_parser_load_from_data (parser, data, length, NULL))
    {
      JsonNode *root = json_parser_get_root (parser);

      /* A follow-up of a follow-up carries only the review before it. */
      if (JSON_NODE_HOLDS_OBJECT (root))
        json_object_remove_member (json_node_get_object (root), "earlier");
      ladder_assessment_set_earlier (self, earlier_path, root, advice_then);
    }
  ladder_assessment_emit_changed (self);
  return self;
}
