/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two reviews of one council side by side. The earlier review's advice is
 * taken as it was given when it is stored with a follow-up (the rules may
 * have changed since); everything else is worked out from the answers.
 * Questions are matched by id and anything that cannot be matched is
 * listed, never dropped. Texts keep what the files said, with the names of
 * people listed by role only replaced by their role; the writers in
 * ladder-compare-command.c sanitise them for the terminal. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-compare-private.h"

struct _LadderComparison
{
  gatomicrefcount           ref_count;
  LadderContent            *content;
  char                     *council_name;
  char                     *council_code;
  char                     *dates[LADDER_COMPARISON_N_SIDES];
  GPtrArray                *notes;        /* of char * */

  LadderComparisonAdvice    advice[LADDER_COMPARISON_N_SIDES];
  char                     *advice_note;
  LadderCapacityComparison  capacities[LADDER_N_CAPACITIES];
  GPtrArray                *improved;     /* of LadderQuestionComparison, largest change first */
  GPtrArray                *declined;
  GPtrArray                *unmatched;    /* of LadderUnmatchedQuestion */
  GPtrArray                *actions;      /* of LadderActionComparison */

  gboolean                  has_indicators;
  char                     *indicators_note;
  char                     *data_council;
  GPtrArray                *indicators;   /* of LadderIndicatorComparison */
};

/* A role-only person's name and what to say instead. */
typedef struct
{
  GRegex *name;
  char   *label;
} HiddenName;

static void
unmatched_free (gpointer data)
{
  LadderUnmatchedQuestion *entry = data;

  g_free (entry->question_id);
  g_free (entry);
}

static void
action_free (gpointer data)
{
  LadderActionComparison *entry = data;

  g_free (entry->id);
  g_free (entry->description);
  g_free (entry->description_then);
  g_free (entry->owner);
  g_free (entry->due);
  g_free (entry);
}

static void
advice_clear (LadderComparisonAdvice *advice)
{
  g_clear_pointer (&advice->rule, g_free);
  g_clear_pointer (&advice->title, g_free);
  g_clear_pointer (&advice->primary, g_free);
  g_clear_pointer (&advice->primary_name, g_free);
}

static void
hidden_name_free (gpointer data)
{
  HiddenName *hidden = data;

  g_regex_unref (hidden->name);
  g_free (hidden->label);
  g_free (hidden);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Councils ------------------------------------------------------------------ */

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_utf8_collate (fa, fb) == 0;
}

static char *
describe_council (LadderAssessment *assessment)
{
  const char *name = ladder_assessment_get_council_name (assessment);
  const char *code = ladder_assessment_get_council_code (assessment);

  if (has_text (name) && has_text (code))
    return g_strdup_printf ("%s (code %s)", name, code);
  if (has_text (name))
    return g_strdup (name);
  if (has_text (code))
    return g_strdup_printf ("the council with code %s", code);
  return g_strdup ("no council named");
}

/* The codes decide when both reviews have one, else the names; a review
 * naming no council says nothing either way. */
static gboolean
check_council (LadderAssessment  *earlier,
               LadderAssessment  *later,
               GError           **error)
{
  const char *code_then = ladder_assessment_get_council_code (earlier);
  const char *code_now = ladder_assessment_get_council_code (later);
  const char *name_then = ladder_assessment_get_council_name (earlier);
  const char *name_now = ladder_assessment_get_council_name (later);
  gboolean same = TRUE;

  if (has_text (code_then) && has_text (code_now))
    same = strcmp (code_then, code_now) == 0;
  else if (has_text (name_then) && has_text (name_now))
    same = same_name (name_then, name_now);
  if (!same)
    {
      g_autofree char *then = describe_council (earlier);
      g_autofree char *now = describe_council (later);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "the reviews are of two different councils: the earlier review is of %s, the later one of %s",
                   then, now);
    }
  return same;
}

/* The reviews' dates: a later review older than the earlier is refused; a
 * missing date is allowed and noted. */
static gboolean
take_dates (LadderComparison  *self,
            LadderAssessment  *earlier,
            LadderAssessment  *later,
            GError           **error)
{
  LadderAssessment *reviews[LADDER_COMPARISON_N_SIDES] = { earlier, later };
  static const char * const which[LADDER_COMPARISON_N_SIDES] = { "earlier", "later" };

  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    {
      const char *date = ladder_assessment_get_review_date (reviews[s]);

      if (date != NULL && ladder_date_is_valid (date))
        self->dates[s] = g_strdup (date);
      else
        g_ptr_array_add (self->notes, g_strdup_printf ("The %s review has no %sdate, so the order of the two "
                                                       "cannot be checked.", which[s],
                                                       date != NULL ? "readable " : ""));
    }
  if (self->dates[0] != NULL && self->dates[1] != NULL && strcmp (self->dates[1], self->dates[0]) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "the later review (%s) is older than the earlier one (%s); give the earlier review first",
                   self->dates[1], self->dates[0]);
      return FALSE;
    }
  return TRUE;
}

/* Role-only names ------------------------------------------------------------ */

static void
collect_hidden_names (GPtrArray        *hidden,
                      LadderAssessment *assessment)
{
  for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
    {
      const LadderRespondent *person = ladder_assessment_get_respondent (assessment, i);
      g_autofree char *escaped = NULL;
      HiddenName *entry;
      GRegex *regex;

      if (ladder_respondent_shows_name (person) || !has_text (person->name))
        continue;
      escaped = g_regex_escape_string (person->name, -1);
      regex = g_regex_new (escaped, G_REGEX_CASELESS, 0, NULL);
      if (regex == NULL)
        continue;
      entry = g_new0 (HiddenName, 1);
      entry->name = regex;
      entry->label = ladder_assessment_dup_person_label (assessment, person, FALSE);
      g_ptr_array_add (hidden, entry);
    }
}

static int
compare_hidden_names (gconstpointer a,
                      gconstpointer b)
{
  const HiddenName *x = *(HiddenName * const *) a;
  const HiddenName *y = *(HiddenName * const *) b;
  size_t lx = strlen (g_regex_get_pattern (x->name));
  size_t ly = strlen (g_regex_get_pattern (y->name));

  /* Longest first, so "Ann Lee-Smith" goes before "Ann Lee" can split it. */
  return lx < ly ? 1 : lx > ly ? -1 : 0;
}

/* @text with every role-only person's name replaced by their label. */
static char *
hide_names (GPtrArray  *hidden,
            const char *text)
{
  char *result;

  if (text == NULL)
    return NULL;
  result = g_strdup (text);
  for (guint i = 0; i < hidden->len; i++)
    {
      const HiddenName *entry = hidden->pdata[i];
      char *replaced = g_regex_replace_literal (entry->name, result, -1, 0, entry->label, 0, NULL);

      if (replaced != NULL)
        {
          g_free (result);
          result = replaced;
        }
    }
  return result;
}

/* The advice ---------------------------------------------------------------- */

static void
advice_from_recommendation (LadderComparisonAdvice *advice,
                            LadderRecommendation   *recommendation)
{
  advice->rule = g_strdup (recommendation->rule->id);
  advice->title = g_strdup (recommendation->rule->title);
  advice->primary = recommendation->primary != NULL ? g_strdup (recommendation->primary->id) : NULL;
  advice->primary_name = g_strdup (ladder_recommendation_get_primary_name (recommendation));
  advice->confidence = recommendation->confidence;
  advice->stored = FALSE;
}

static void
capacities_from_recommendation (LadderComparison     *self,
                                LadderComparisonSide  side,
                                LadderRecommendation *recommendation)
{
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      LadderCapacityComparison *capacity = &self->capacities[c];
      const LadderCapacityResult *result = &recommendation->capacities[c];

      capacity->level[side] = result->level;
      capacity->score[side] = result->score;
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          capacity->by_level[side][l] = result->by_level[l].level;
          capacity->by_level_score[side][l] = result->by_level[l].score;
        }
    }
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A string member; null counts only when @nullable. */
static gboolean
member_string (JsonObject  *object,
               const char  *member,
               gboolean     nullable,
               const char **value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *value = NULL;
      return nullable;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *value = json_node_get_string (node);
  return TRUE;
}

static double
member_score (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE || type == G_TYPE_INT64)
    return json_node_get_double (node);
  return NAN;
}

static gboolean
member_level (JsonObject  *object,
              LadderLevel *level)
{
  const char *id;

  if (!member_string (object, "level", FALSE, &id))
    return FALSE;
  for (LadderLevel l = 0; l < LADDER_N_LEVELS; l++)
    if (strcmp (ladder_level_get_id (l), id) == 0)
      {
        *level = l;
        return TRUE;
      }
  return FALSE;
}

/* The earlier review's advice as `ladder recommend --json` gave it then.
 * All of it or none: a part that cannot be read is named in @error. */
static gboolean
read_stored_advice (LadderComparison *self,
                    JsonNode         *stored,
                    GError          **error)
{
  LadderComparisonAdvice *advice = &self->advice[LADDER_COMPARISON_THEN];
  LadderCapacityComparison capacities[LADDER_N_CAPACITIES];
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (stored) ? json_node_get_object (stored) : NULL;
  JsonObject *confidence = member_object (root, "confidence");
  const char *rule, *title = NULL, *primary, *confidence_id;
  int confidence_level = -1;

  if (!member_string (root, "rule", FALSE, &rule))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it names no rule");
      return FALSE;
    }
  if (!member_string (root, "primary", TRUE, &primary))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it names no form of support");
      return FALSE;
    }
  if (!member_string (root, "title", TRUE, &title))
    title = NULL;
  if (!member_string (confidence, "level", FALSE, &confidence_id))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it gives no confidence");
      return FALSE;
    }
  for (LadderConfidence c = LADDER_CONFIDENCE_LOW; c <= LADDER_CONFIDENCE_HIGH; c++)
    if (strcmp (ladder_confidence_get_id (c), confidence_id) == 0)
      confidence_level = c;

  memcpy (capacities, self->capacities, sizeof capacities);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const char *section = ladder_section_get_id (c);
      JsonObject *capacity = member_object (member_object (root, "capacities"), section);
      JsonObject *by_level = member_object (capacity, "by-level");

      if (!member_level (capacity, &capacities[c].level[LADDER_COMPARISON_THEN]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it gives no level for %s", section);
          return FALSE;
        }
      capacities[c].score[LADDER_COMPARISON_THEN] = member_score (capacity, "score");
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          const char *level_id = ladder_leadership_level_get_id (1u << l);
          JsonObject *at_level = member_object (by_level, level_id);

          if (!member_level (at_level, &capacities[c].by_level[LADDER_COMPARISON_THEN][l]))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it gives no level for %s at the %s level",
                           section, level_id);
              return FALSE;
            }
          capacities[c].by_level_score[LADDER_COMPARISON_THEN][l] = member_score (at_level, "score");
        }
    }

  memcpy (self->capacities, capacities, sizeof capacities);
  advice->rule = g_strdup (rule);
  advice->primary = g_strdup (primary);
  advice->confidence = confidence_level;
  advice->stored = TRUE;
  {
    /* The title as stored: the rule may since have been renamed or gone. */
    const LadderForm *form = primary != NULL ? ladder_content_find_form (self->content, primary) : NULL;

    advice->title = g_strdup (title);
    advice->primary_name = g_strdup (primary == NULL ? "No recommendation yet" : form != NULL ? form->name : primary);
  }
  return TRUE;
}

static void
take_advice (LadderComparison     *self,
             JsonNode             *stored,
             LadderRecommendation *then,
             LadderRecommendation *now)
{
  g_autoptr(GError) error = NULL;

  advice_from_recommendation (&self->advice[LADDER_COMPARISON_NOW], now);
  capacities_from_recommendation (self, LADDER_COMPARISON_NOW, now);
  capacities_from_recommendation (self, LADDER_COMPARISON_THEN, then);
  if (stored == NULL)
    {
      advice_from_recommendation (&self->advice[LADDER_COMPARISON_THEN], then);
      self->advice_note = g_strdup ("The advice then is worked out again from the earlier review's answers with "
                                    "this version's rules.");
      return;
    }
  if (!read_stored_advice (self, stored, &error))
    {
      advice_clear (&self->advice[LADDER_COMPARISON_THEN]);
      advice_from_recommendation (&self->advice[LADDER_COMPARISON_THEN], then);
      self->advice_note = g_strdup_printf ("The advice stored with the earlier review cannot be read (%s), so the "
                                           "advice then is worked out again from its answers with this version's "
                                           "rules.", error->message);
      return;
    }
  if (g_strcmp0 (self->advice[LADDER_COMPARISON_THEN].rule, then->rule->id) != 0)
    self->advice_note = g_strdup_printf ("The advice then is as it was given. With this version's rules the "
                                         "earlier answers would lead to: %s (rule %s).",
                                         ladder_recommendation_get_primary_name (then), then->rule->id);
}

/* Questions ----------------------------------------------------------------- */

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const LadderQuestionComparison *x = *(LadderQuestionComparison * const *) a;
  const LadderQuestionComparison *y = *(LadderQuestionComparison * const *) b;
  double dx = fabs (x->change), dy = fabs (y->change);

  /* Equal changes (to rounding: means of thirds and fifths differ in the
   * last bit) keep the question bank's order. */
  if (fabs (dx - dy) > 1e-9)
    return dx < dy ? 1 : -1;
  return x->question->index < y->question->index ? -1 : x->question->index > y->question->index;
}

static void
compare_questions (LadderComparison     *self,
                   LadderRecommendation *then,
                   LadderRecommendation *now)
{
  g_assert (then->n_questions == now->n_questions);

  for (guint q = 0; q < then->n_questions; q++)
    {
      const LadderQuestionResult *before = &then->questions[q];
      const LadderQuestionResult *after = &now->questions[q];
      LadderQuestionComparison *change;
      gboolean rated_then = !isnan (before->score), rated_now = !isnan (after->score);

      if (rated_then != rated_now)
        {
          LadderUnmatchedQuestion *entry = g_new0 (LadderUnmatchedQuestion, 1);

          entry->kind = rated_then ? LADDER_UNMATCHED_RATED_THEN_ONLY : LADDER_UNMATCHED_RATED_NOW_ONLY;
          entry->question_id = g_strdup (before->question->id);
          entry->question = before->question;
          entry->answered[LADDER_COMPARISON_THEN] = rated_then;
          entry->answered[LADDER_COMPARISON_NOW] = rated_now;
          g_ptr_array_add (self->unmatched, entry);
          continue;
        }
      /* A tolerance, so that 3.5 - 3.0 computed from means still counts. */
      if (!rated_then || fabs (after->score - before->score) < LADDER_COMPARISON_MIN_CHANGE - 1e-9)
        continue;
      change = g_new0 (LadderQuestionComparison, 1);
      change->question = before->question;
      change->score[LADDER_COMPARISON_THEN] = before->score;
      change->score[LADDER_COMPARISON_NOW] = after->score;
      change->change = after->score - before->score;
      g_ptr_array_add (change->change > 0 ? self->improved : self->declined, change);
    }
  g_ptr_array_sort (self->improved, compare_changes);
  g_ptr_array_sort (self->declined, compare_changes);
}

static int
compare_unmatched_ids (gconstpointer a,
                       gconstpointer b)
{
  const LadderUnmatchedQuestion *x = *(LadderUnmatchedQuestion * const *) a;
  const LadderUnmatchedQuestion *y = *(LadderUnmatchedQuestion * const *) b;

  return strcmp (x->question_id, y->question_id);
}

/* Answers to questions this version's bank does not have, from either
 * review, before the questions rated in one review only. */
static void
find_unknown_questions (LadderComparison *self,
                        LadderAssessment *earlier,
                        LadderAssessment *later)
{
  LadderAssessment *reviews[LADDER_COMPARISON_N_SIDES] = { earlier, later };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();

  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    for (guint i = 0; i < ladder_assessment_get_n_respondents (reviews[s]); i++)
      {
        const LadderRespondent *person = ladder_assessment_get_respondent (reviews[s], i);
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, person->answers);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            LadderUnmatchedQuestion *entry;

            if (ladder_content_find_question (self->content, key) != NULL)
              continue;
            entry = g_hash_table_lookup (seen, key);
            if (entry == NULL)
              {
                entry = g_new0 (LadderUnmatchedQuestion, 1);
                entry->kind = LADDER_UNMATCHED_NOT_IN_BANK;
                entry->question_id = g_strdup (key);
                g_hash_table_insert (seen, entry->question_id, entry);
                g_ptr_array_add (unknown, entry);
              }
            entry->answered[s] = TRUE;
          }
      }
  g_ptr_array_sort (unknown, compare_unmatched_ids);
  for (guint i = 0; i < unknown->len; i++)
    g_ptr_array_add (self->unmatched, unknown->pdata[i]);
}

/* Actions ------------------------------------------------------------------- */

static LadderActionComparison *
new_action (GPtrArray          *hidden,
            LadderActionFate    fate,
            const LadderAction *action)
{
  LadderActionComparison *entry = g_new0 (LadderActionComparison, 1);

  entry->fate = fate;
  entry->id = g_strdup (action->id);
  entry->description = hide_names (hidden, action->description);
  entry->owner = hide_names (hidden, action->owner);
  entry->due = g_strdup (action->due);
  return entry;
}

static void
compare_actions (LadderComparison *self,
                 GPtrArray        *hidden,
                 LadderAssessment *earlier,
                 LadderAssessment *later)
{
  for (guint i = 0; i < ladder_assessment_get_n_actions (earlier); i++)
    {
      const LadderAction *then = ladder_assessment_get_action (earlier, i);
      const LadderAction *now = ladder_assessment_find_action (later, then->id);
      LadderActionComparison *entry;

      if (now == NULL)
        {
          entry = new_action (hidden, LADDER_ACTION_FATE_DROPPED, then);
          entry->status[LADDER_COMPARISON_THEN] = then->status;
          g_ptr_array_add (self->actions, entry);
          continue;
        }
      entry = new_action (hidden, LADDER_ACTION_FATE_CARRIED, now);
      entry->status[LADDER_COMPARISON_THEN] = then->status;
      entry->status[LADDER_COMPARISON_NOW] = now->status;
      if (g_strcmp0 (then->description, now->description) != 0)
        entry->description_then = hide_names (hidden, then->description);
      g_ptr_array_add (self->actions, entry);
    }
  for (guint i = 0; i < ladder_assessment_get_n_actions (later); i++)
    {
      const LadderAction *now = ladder_assessment_get_action (later, i);
      LadderActionComparison *entry;

      if (ladder_assessment_find_action (earlier, now->id) != NULL)
        continue;
      entry = new_action (hidden, LADDER_ACTION_FATE_NEW, now);
      entry->status[LADDER_COMPARISON_NOW] = now->status;
      g_ptr_array_add (self->actions, entry);
    }
}

/* Public -------------------------------------------------------------------- */

/**
 * ladder_comparison_new:
 * @content: the question bank and rules
 * @earlier: the earlier review
 * @earlier_advice: (nullable): its advice as it was given
 *   (`ladder recommend --json`), as a follow-up stores it; %NULL to work it
 *   out again from its answers with this version's rules
 * @later: the later review
 * @dataset: (nullable): the published figures, for the indicators
 * @error: return location for an error
 *
 * Compares two reviews of one council. Refused, with both named, when they
 * are of different councils (by code when both have one, else by name) or
 * the later review is dated before the earlier; a missing date is noted.
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL with
 *   @error set.
 */
LadderComparison *
ladder_comparison_new (LadderContent     *content,
                       LadderAssessment  *earlier,
                       JsonNode          *earlier_advice,
                       LadderAssessment  *later,
                       LadderDataset     *dataset,
                       GError           **error)
{
  g_autoptr(LadderComparison) self = NULL;
  g_autoptr(LadderRecommendation) then = NULL;
  g_autoptr(LadderRecommendation) now = NULL;
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (hidden_name_free);

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (earlier), NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (later), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_council (earlier, later, error))
    return NULL;

  self = g_new0 (LadderComparison, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->content = ladder_content_ref (content);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->improved = g_ptr_array_new_with_free_func (g_free);
  self->declined = g_ptr_array_new_with_free_func (g_free);
  self->unmatched = g_ptr_array_new_with_free_func (unmatched_free);
  self->actions = g_ptr_array_new_with_free_func (action_free);
  self->indicators = g_ptr_array_new ();
  if (!take_dates (self, earlier, later, error))
    return NULL;
  {
    const char *name = ladder_assessment_get_council_name (later);
    const char *code = ladder_assessment_get_council_code (later);

    self->council_name = g_strdup (has_text (name) ? name : ladder_assessment_get_council_name (earlier));
    self->council_code = g_strdup (has_text (code) ? code : ladder_assessment_get_council_code (earlier));
  }

  if (g_strcmp0 (ladder_assessment_get_review_id (earlier), ladder_assessment_get_review_id (later)) == 0)
    g_ptr_array_add (self->notes, g_strdup ("Both files hold the same review (the same review id): they are "
                                            "copies of one review, not an earlier review and a later one."));

  collect_hidden_names (hidden, earlier);
  collect_hidden_names (hidden, later);
  g_ptr_array_sort (hidden, compare_hidden_names);

  then = ladder_recommend_without_changes (content, earlier);
  now = ladder_recommend_without_changes (content, later);
  take_advice (self, earlier_advice, then, now);
  find_unknown_questions (self, earlier, later);
  compare_questions (self, then, now);
  compare_actions (self, hidden, earlier, later);
  g_ptr_array_unref (self->indicators);
  self->indicators = ladder_comparison_gather_indicators (content, dataset, later, self->dates, &self->data_council,
                                                          &self->indicators_note);
  self->has_indicators = self->indicators_note == NULL;
  return g_steal_pointer (&self);
}

/**
 * ladder_comparison_ref:
 * @self: a comparison
 *
 * Returns: (transfer full): @self
 */
LadderComparison *
ladder_comparison_ref (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ladder_comparison_unref:
 * @self: (transfer full): a comparison
 *
 * Drops a reference, freeing the comparison with the last.
 */
void
ladder_comparison_unref (LadderComparison *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  ladder_content_unref (self->content);
  g_free (self->council_name);
  g_free (self->council_code);
  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    {
      g_free (self->dates[s]);
      advice_clear (&self->advice[s]);
    }
  g_ptr_array_unref (self->notes);
  g_free (self->advice_note);
  g_ptr_array_unref (self->improved);
  g_ptr_array_unref (self->declined);
  g_ptr_array_unref (self->unmatched);
  g_ptr_array_unref (self->actions);
  g_free (self->indicators_note);
  g_free (self->data_council);
  g_ptr_array_unref (self->indicators);
  g_free (self);
}

/**
 * ladder_comparison_get_content:
 * @self: a comparison
 *
 * Returns: (transfer none): the question bank and rules it used.
 */
LadderContent *
ladder_comparison_get_content (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->content;
}

/**
 * ladder_comparison_get_council_name:
 * @self: a comparison
 *
 * Returns: (nullable): the council, as the later review names it (or the
 *   earlier, when the later does not).
 */
const char *
ladder_comparison_get_council_name (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->council_name;
}

/**
 * ladder_comparison_get_council_code:
 * @self: a comparison
 *
 * Returns: (nullable): the council's code, as for the name.
 */
const char *
ladder_comparison_get_council_code (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->council_code;
}

/**
 * ladder_comparison_get_review_date:
 * @self: a comparison
 * @side: which review
 *
 * Returns: (nullable): its date, YYYY-MM-DD, or %NULL when it has none.
 */
const char *
ladder_comparison_get_review_date (LadderComparison     *self,
                                   LadderComparisonSide  side)
{
  g_return_val_if_fail (self != NULL && side < LADDER_COMPARISON_N_SIDES, NULL);
  return self->dates[side];
}

/**
 * ladder_comparison_get_notes:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type utf8): what the reader should know
 *   about the comparison as a whole, such as a review with no date.
 */
GPtrArray *
ladder_comparison_get_notes (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes;
}

/**
 * ladder_comparison_get_advice:
 * @self: a comparison
 * @side: which review
 *
 * Returns: (transfer none): the advice that review gave.
 */
const LadderComparisonAdvice *
ladder_comparison_get_advice (LadderComparison     *self,
                              LadderComparisonSide  side)
{
  g_return_val_if_fail (self != NULL && side < LADDER_COMPARISON_N_SIDES, NULL);
  return &self->advice[side];
}

/**
 * ladder_comparison_get_advice_note:
 * @self: a comparison
 *
 * Returns: (nullable): where the advice then comes from, when it is worth
 *   saying: worked out again, unreadable as stored, or stored and
 *   different from what this version's rules would give.
 */
const char *
ladder_comparison_get_advice_note (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->advice_note;
}

/**
 * ladder_comparison_get_capacity:
 * @self: a comparison
 * @capacity: a capacity, 0 to 2
 *
 * Returns: (transfer none): its levels then and now.
 */
const LadderCapacityComparison *
ladder_comparison_get_capacity (LadderComparison *self,
                                guint             capacity)
{
  g_return_val_if_fail (self != NULL && capacity < LADDER_N_CAPACITIES, NULL);
  return &self->capacities[capacity];
}

/**
 * ladder_comparison_get_improved:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type LadderQuestionComparison): the questions whose score rose by
 *   LADDER_COMPARISON_MIN_CHANGE or more, the largest rise first (equal
 *   rises in question bank order).
 */
GPtrArray *
ladder_comparison_get_improved (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->improved;
}

/**
 * ladder_comparison_get_declined:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type LadderQuestionComparison): the questions whose score fell by
 *   as much, the largest fall first.
 */
GPtrArray *
ladder_comparison_get_declined (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->declined;
}

/**
 * ladder_comparison_get_unmatched:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type LadderUnmatchedQuestion): the questions that cannot be
 *   compared, answers to questions the bank lacks first.
 */
GPtrArray *
ladder_comparison_get_unmatched (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unmatched;
}

/**
 * ladder_comparison_get_actions:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type LadderActionComparison): the earlier plan's actions in
 *   order, each with its status now, then those new since.
 */
GPtrArray *
ladder_comparison_get_actions (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->actions;
}

/**
 * ladder_comparison_find_action:
 * @self: a comparison
 * @id: an action's id
 *
 * Returns: (transfer none) (nullable): the action, or %NULL.
 */
const LadderActionComparison *
ladder_comparison_find_action (LadderComparison *self,
                               const char       *id)
{
  g_return_val_if_fail (self != NULL && id != NULL, NULL);

  for (guint i = 0; i < self->actions->len; i++)
    if (strcmp (((LadderActionComparison *) self->actions->pdata[i])->id, id) == 0)
      return self->actions->pdata[i];
  return NULL;
}

/**
 * ladder_comparison_has_indicators:
 * @self: a comparison
 *
 * Returns: whether the indicators were compared: there was data and the
 *   council is in it.
 */
gboolean
ladder_comparison_has_indicators (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->has_indicators;
}

/**
 * ladder_comparison_get_indicators_note:
 * @self: a comparison
 *
 * Returns: (nullable): why the indicators are not compared, or %NULL when
 *   they are.
 */
const char *
ladder_comparison_get_indicators_note (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->indicators_note;
}

/**
 * ladder_comparison_get_data_council:
 * @self: a comparison
 *
 * Returns: (nullable): the council as the data names it, when found.
 */
const char *
ladder_comparison_get_data_council (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->data_council;
}

/**
 * ladder_comparison_get_indicators:
 * @self: a comparison
 *
 * Returns: (transfer none) (element-type LadderIndicatorComparison): the indicators the questions
 *   link to, in the order the bank first links to them; empty when they
 *   are not compared.
 */
GPtrArray *
ladder_comparison_get_indicators (LadderComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->indicators;
}

/**
 * ladder_comparison_find_indicator:
 * @self: a comparison
 * @code: a LAIT code
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL.
 */
const LadderIndicatorComparison *
ladder_comparison_find_indicator (LadderComparison *self,
                                  const char       *code)
{
  g_return_val_if_fail (self != NULL && code != NULL, NULL);

  for (guint i = 0; i < self->indicators->len; i++)
    if (strcmp (((LadderIndicatorComparison *) self->indicators->pdata[i])->code, code) == 0)
      return self->indicators->pdata[i];
  return NULL;
}
