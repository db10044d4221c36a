/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From answers to advice: capacity scores, the rule that applies, its
 * reasons, caveats, confidence and the answers that would change it.
 *
 * Scoring (also in ARCHITECTURE.md): a question's score is the mean of the
 * ratings its respondents gave, 1 (not in place) to 4 (fully in place);
 * "don't know" is not a rating and only lowers confidence. A capacity's
 * score is the mean of its answered questions' scores, and its level is
 * "unknown" when fewer than the rules' minimum share of its questions are
 * answered, otherwise in place, partly or not in place by the thresholds
 * in rules.json. The difficulties are scored the same way, facet by facet,
 * and turned into three yes/no/unknown flags. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-recommendation.h"

/* Means of whole ratings over a few respondents are not always exact in
 * binary: 3 must count as 3. */
#define EPSILON 1e-9

/* Enough examples for a person to act on. */
#define MAX_CHANGES 5
#define MAX_ANSWERS_PER_BASIS 2
#define MAX_ANSWERS_PER_REASON 4

/* Sums behind the scores, so a changed answer costs a subtraction. */
typedef struct
{
  double sum[LADDER_N_SECTIONS];
  guint  count[LADDER_N_SECTIONS];
  guint  total[LADDER_N_SECTIONS];
  double facet_sum[LADDER_N_FACETS];
  guint  facet_count[LADDER_N_FACETS];
} Aggregates;

/* The rule for each combination of levels and flags, found once. */
#define N_STATES (LADDER_N_LEVELS * LADDER_N_LEVELS * LADDER_N_LEVELS * \
                  LADDER_N_FLAG_STATES * LADDER_N_FLAG_STATES * LADDER_N_FLAG_STATES)

typedef struct
{
  const LadderRules *rules;
  guint              context;
  LadderStage        stage;
  const LadderRule  *by_state[N_STATES];
} RuleCache;

static double
mean (double sum,
      guint  count)
{
  return count == 0 ? NAN : sum / count;
}

static LadderLevel
level_for (const LadderRules *rules,
           const Aggregates  *agg,
           guint              section)
{
  double score;

  if (agg->total[section] == 0 ||
      (double) agg->count[section] / agg->total[section] + EPSILON < rules->minimum_coverage)
    return LADDER_LEVEL_UNKNOWN;
  score = agg->sum[section] / agg->count[section];
  if (score + EPSILON >= rules->in_place_from)
    return LADDER_LEVEL_IN_PLACE;
  if (score + EPSILON >= rules->partly_from)
    return LADDER_LEVEL_PARTLY;
  return LADDER_LEVEL_NOT_IN_PLACE;
}

static gboolean
below (double value,
       double threshold)
{
  return !isnan (value) && value + EPSILON < threshold;
}

static void
compute_state (const LadderRules *rules,
               const Aggregates  *agg,
               guint              context,
               LadderStage        stage,
               LadderRuleState   *state)
{
  double persistence = mean (agg->facet_sum[LADDER_FACET_PERSISTENCE], agg->facet_count[LADDER_FACET_PERSISTENCE]);
  double spread = mean (agg->facet_sum[LADDER_FACET_SPREAD], agg->facet_count[LADDER_FACET_SPREAD]);
  double grip = mean (agg->facet_sum[LADDER_FACET_GRIP], agg->facet_count[LADDER_FACET_GRIP]);
  gboolean systemic, governance_known = TRUE, dysfunctional = FALSE;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    state->levels[c] = level_for (rules, agg, c);

  systemic = below (persistence, rules->systemic_persistence_below) ||
             below (spread, rules->systemic_spread_below);
  state->flags[LADDER_FLAG_SYSTEMIC] = systemic ? LADDER_FLAG_STATE_YES
    : (!isnan (persistence) && !isnan (spread)) ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_UNKNOWN;

  /* Grip lost somewhere while the rest is sound: a contained weakness. */
  if (systemic)
    state->flags[LADDER_FLAG_CONTAINED_WEAKNESS] = LADDER_FLAG_STATE_NO;
  else if (!isnan (grip) && !below (grip, rules->contained_grip_below))
    state->flags[LADDER_FLAG_CONTAINED_WEAKNESS] = LADDER_FLAG_STATE_NO;
  else if (below (spread, rules->contained_spread_from))
    state->flags[LADDER_FLAG_CONTAINED_WEAKNESS] = LADDER_FLAG_STATE_NO;
  else if (!isnan (grip) && !isnan (spread))
    state->flags[LADDER_FLAG_CONTAINED_WEAKNESS] = LADDER_FLAG_STATE_YES;
  else
    state->flags[LADDER_FLAG_CONTAINED_WEAKNESS] = LADDER_FLAG_STATE_UNKNOWN;

  for (guint f = LADDER_FACET_GOVERNANCE_POLITICAL; f <= LADDER_FACET_GOVERNANCE_PARTNERSHIP; f++)
    {
      double score = mean (agg->facet_sum[f], agg->facet_count[f]);

      governance_known &= !isnan (score);
      dysfunctional |= below (score, rules->dysfunctional_governance_below);
    }
  state->flags[LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL] = dysfunctional ? LADDER_FLAG_STATE_YES
    : governance_known ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_UNKNOWN;

  state->context = context;
  state->stage = stage;
}

static const LadderRule *
cached_rule (RuleCache             *cache,
             const LadderRuleState *state)
{
  guint key = 0;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    key = key * LADDER_N_LEVELS + state->levels[c];
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    key = key * LADDER_N_FLAG_STATES + state->flags[f];
  if (cache->by_state[key] == NULL)
    cache->by_state[key] = ladder_rules_match (cache->rules, state);
  return cache->by_state[key];
}

static void
aggregate_add (Aggregates           *agg,
               const LadderQuestion *question,
               double                score,
               double                sign)
{
  agg->sum[question->section] += sign * score;
  agg->count[question->section] += sign > 0 ? 1 : -1;
  if (question->facet != LADDER_FACET_NONE)
    {
      agg->facet_sum[question->facet] += sign * score;
      agg->facet_count[question->facet] += sign > 0 ? 1 : -1;
    }
}

/* The rule that would apply with @question's score set to @rating. */
static void
apply_change (Aggregates                 *agg,
              const LadderQuestionResult *result,
              LadderRating                rating,
              double                      sign)
{
  if (sign > 0)
    {
      if (result->n_ratings > 0)
        aggregate_add (agg, result->question, result->score, -1);
      aggregate_add (agg, result->question, rating, +1);
    }
  else
    {
      aggregate_add (agg, result->question, rating, -1);
      if (result->n_ratings > 0)
        aggregate_add (agg, result->question, result->score, +1);
    }
}

static double
change_size (const LadderQuestionResult *result,
             LadderRating                rating)
{
  /* Answering an unanswered question counts as one step. */
  return result->n_ratings == 0 ? 1.0 : fabs (result->score - rating);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const LadderAdviceChange *ca = *(const LadderAdviceChange * const *) a;
  const LadderAdviceChange *cb = *(const LadderAdviceChange * const *) b;
  double sa = 0, sb = 0;

  for (guint i = 0; i < ca->n_answers; i++)
    sa += change_size (ca->answers[i], ca->to[i]);
  for (guint i = 0; i < cb->n_answers; i++)
    sb += change_size (cb->answers[i], cb->to[i]);
  if (sa != sb)
    return sa < sb ? -1 : 1;
  for (guint i = 0; i < MIN (ca->n_answers, cb->n_answers); i++)
    if (ca->answers[i] != cb->answers[i])
      return ca->answers[i]->question->index < cb->answers[i]->question->index ? -1 : 1;
  return (int) ca->to[0] - (int) cb->to[0];
}

static gboolean
rating_is_current (const LadderQuestionResult *result,
                   LadderRating                rating)
{
  return result->n_ratings > 0 && fabs (result->score - rating) < EPSILON;
}

/* The smallest changes of answer that lead to a different primary form:
 * every single change first, then pairs only when no single one does. */
static void
find_changes (LadderRecommendation *self,
              Aggregates           *agg,
              RuleCache            *cache)
{
  const char *primary = self->rule->primary;
  LadderRuleState state;

  for (guint q = 0; q < self->n_questions; q++)
    for (LadderRating r = LADDER_RATING_NOT_IN_PLACE; r <= LADDER_RATING_FULLY_IN_PLACE; r++)
      {
        const LadderQuestionResult *result = &self->questions[q];
        const LadderRule *rule;

        if (rating_is_current (result, r))
          continue;
        apply_change (agg, result, r, +1);
        compute_state (cache->rules, agg, cache->context, cache->stage, &state);
        rule = cached_rule (cache, &state);
        apply_change (agg, result, r, -1);
        if (g_strcmp0 (rule->primary, primary) != 0)
          {
            LadderAdviceChange *change = g_new0 (LadderAdviceChange, 1);

            change->n_answers = 1;
            change->answers[0] = result;
            change->to[0] = r;
            change->rule = rule;
            g_ptr_array_add (self->changes, change);
          }
      }

  for (guint q1 = 0; self->changes->len == 0 && q1 < self->n_questions; q1++)
    for (LadderRating r1 = LADDER_RATING_NOT_IN_PLACE; r1 <= LADDER_RATING_FULLY_IN_PLACE; r1++)
      {
        const LadderQuestionResult *first = &self->questions[q1];

        if (rating_is_current (first, r1))
          continue;
        apply_change (agg, first, r1, +1);
        for (guint q2 = q1 + 1; q2 < self->n_questions; q2++)
          for (LadderRating r2 = LADDER_RATING_NOT_IN_PLACE; r2 <= LADDER_RATING_FULLY_IN_PLACE; r2++)
            {
              const LadderQuestionResult *second = &self->questions[q2];
              const LadderRule *rule;

              if (rating_is_current (second, r2))
                continue;
              apply_change (agg, second, r2, +1);
              compute_state (cache->rules, agg, cache->context, cache->stage, &state);
              rule = cached_rule (cache, &state);
              apply_change (agg, second, r2, -1);
              if (g_strcmp0 (rule->primary, primary) != 0)
                {
                  LadderAdviceChange *change = g_new0 (LadderAdviceChange, 1);

                  change->n_answers = 2;
                  change->answers[0] = first;
                  change->answers[1] = second;
                  change->to[0] = r1;
                  change->to[1] = r2;
                  change->rule = rule;
                  g_ptr_array_add (self->changes, change);
                }
            }
        apply_change (agg, first, r1, -1);
      }

  g_ptr_array_sort (self->changes, compare_changes);
  /* The smallest change to each question (or pair) is the one to show. */
  for (guint i = 0; i < self->changes->len; i++)
    {
      const LadderAdviceChange *change = self->changes->pdata[i];
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        {
          const LadderAdviceChange *earlier = self->changes->pdata[j];

          seen = earlier->n_answers == change->n_answers && earlier->answers[0] == change->answers[0] &&
                 (change->n_answers == 1 || earlier->answers[1] == change->answers[1]);
        }
      if (seen)
        g_ptr_array_remove_index (self->changes, i--);
    }
  if (self->changes->len > MAX_CHANGES)
    g_ptr_array_set_size (self->changes, MAX_CHANGES);
}

static int
compare_low_first (gconstpointer a,
                   gconstpointer b)
{
  const LadderQuestionResult *qa = *(const LadderQuestionResult * const *) a;
  const LadderQuestionResult *qb = *(const LadderQuestionResult * const *) b;

  if (qa->score != qb->score)
    return qa->score < qb->score ? -1 : 1;
  return (int) qa->question->index - (int) qb->question->index;
}

static int
compare_high_first (gconstpointer a,
                    gconstpointer b)
{
  return compare_low_first (b, a);
}

static gboolean
question_bears_on (const LadderQuestion *question,
                   LadderBasis           basis)
{
  switch (basis)
    {
    case LADDER_BASIS_SELF_ASSESSMENT:
      return question->section == LADDER_SECTION_SELF_ASSESSMENT;
    case LADDER_BASIS_STRATEGY:
      return question->section == LADDER_SECTION_STRATEGY;
    case LADDER_BASIS_IMPLEMENTATION:
      return question->section == LADDER_SECTION_IMPLEMENTATION;
    case LADDER_BASIS_SYSTEMIC:
      return question->facet == LADDER_FACET_PERSISTENCE || question->facet == LADDER_FACET_SPREAD;
    case LADDER_BASIS_CONTAINED_WEAKNESS:
      return question->facet == LADDER_FACET_GRIP || question->facet == LADDER_FACET_SPREAD;
    case LADDER_BASIS_GOVERNANCE_DYSFUNCTIONAL:
      return question->facet >= LADDER_FACET_GOVERNANCE_POLITICAL;
    default:
      return FALSE;
    }
}

/* Whether the answers behind @basis show strength (so the strongest answers
 * explain it) or weakness (so the weakest do). */
static gboolean
basis_is_strength (LadderRecommendation *self,
                   LadderBasis           basis)
{
  switch (basis)
    {
    case LADDER_BASIS_SELF_ASSESSMENT:
    case LADDER_BASIS_STRATEGY:
    case LADDER_BASIS_IMPLEMENTATION:
      return self->state.levels[g_bit_nth_lsf (basis, -1)] == LADDER_LEVEL_IN_PLACE;
    case LADDER_BASIS_SYSTEMIC:
      return self->state.flags[LADDER_FLAG_SYSTEMIC] != LADDER_FLAG_STATE_YES;
    case LADDER_BASIS_CONTAINED_WEAKNESS:
      return self->state.flags[LADDER_FLAG_CONTAINED_WEAKNESS] != LADDER_FLAG_STATE_YES;
    case LADDER_BASIS_GOVERNANCE_DYSFUNCTIONAL:
      return self->state.flags[LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL] != LADDER_FLAG_STATE_YES;
    default:
      return TRUE;
    }
}

/* Ties each reason to the answers that produced it. */
static LadderReason *
make_reason (LadderRecommendation  *self,
             const LadderStatement *statement)
{
  LadderReason *reason = g_new0 (LadderReason, 1);

  reason->statement = statement;
  reason->answers = g_ptr_array_new ();
  for (guint bit = 0; bit < 6; bit++)
    {
      LadderBasis basis = 1u << bit;
      g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
      gboolean strongest;

      if ((statement->because & basis) == 0)
        continue;
      for (guint q = 0; q < self->n_questions; q++)
        if (self->questions[q].n_ratings > 0 && question_bears_on (self->questions[q].question, basis))
          g_ptr_array_add (candidates, &self->questions[q]);
      if (statement->answers == LADDER_ANSWERS_BY_LEVEL)
        strongest = basis_is_strength (self, basis);
      else
        strongest = statement->answers == LADDER_ANSWERS_STRONGEST;
      g_ptr_array_sort (candidates, strongest ? compare_high_first : compare_low_first);
      for (guint i = 0; i < MIN (candidates->len, MAX_ANSWERS_PER_BASIS); i++)
        if (reason->answers->len < MAX_ANSWERS_PER_REASON &&
            !g_ptr_array_find (reason->answers, candidates->pdata[i], NULL))
          g_ptr_array_add (reason->answers, candidates->pdata[i]);
    }
  return reason;
}

static void
reason_free (gpointer data)
{
  LadderReason *reason = data;

  g_ptr_array_unref (reason->answers);
  g_free (reason);
}

static void
lower_confidence (LadderRecommendation *self,
                  LadderConfidence      to,
                  char                 *why)
{
  self->confidence = MIN (self->confidence, to);
  g_ptr_array_add (self->confidence_reasons, why);
}

static void
assess_confidence (LadderRecommendation *self)
{
  const LadderRules *rules = ladder_content_get_rules (self->content);
  double answered = (double) self->n_answered / self->n_questions;
  double dont_know = self->n_answers == 0 ? 0 : (double) self->n_dont_know / self->n_answers;
  guint disagreements = self->disagreements->len;

  self->confidence = LADDER_CONFIDENCE_HIGH;
  if (answered < rules->medium_answered_below)
    lower_confidence (self, answered < rules->low_answered_below ? LADDER_CONFIDENCE_LOW : LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("%u of the %u questions have no rating yet.",
                                       self->n_questions - self->n_answered, self->n_questions));
  if (self->n_dont_know > 0 && dont_know + EPSILON >= rules->medium_dont_know_from)
    lower_confidence (self, dont_know + EPSILON >= rules->low_dont_know_from ? LADDER_CONFIDENCE_LOW
                      : LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("%u of the %u answers are “don’t know”.", self->n_dont_know, self->n_answers));
  if (disagreements > 0 && disagreements + EPSILON >= rules->medium_disagreements_from)
    {
      const LadderQuestionResult *first = self->disagreements->pdata[0];

      lower_confidence (self, disagreements + EPSILON >= rules->low_disagreements_from ? LADDER_CONFIDENCE_LOW
                        : LADDER_CONFIDENCE_MEDIUM,
                        g_strdup_printf ("Respondents disagree by %g points or more on %u %s, for example "
                                         "“%s” (rated from %s to %s).",
                                         rules->disagreement_spread, disagreements,
                                         disagreements == 1 ? "question" : "questions",
                                         first->question->statement,
                                         ladder_rating_get_label (first->lowest),
                                         ladder_rating_get_label (first->highest)));
    }
  /* A big change of one answer is a different view, not a fragile one; a
   * small one means the answers sit on a boundary. */
  if (self->changes->len > 0 && self->rule->primary != NULL)
    {
      const LadderAdviceChange *smallest = self->changes->pdata[0];

      if (smallest->n_answers == 1 &&
          change_size (smallest->answers[0], smallest->to[0]) <= rules->medium_single_change_size + EPSILON)
        lower_confidence (self, LADDER_CONFIDENCE_MEDIUM,
                          g_strdup_printf ("The answers sit close to a boundary: rating “%s” one point "
                                           "differently would change the recommended form.",
                                           smallest->answers[0]->question->statement));
    }
  if (self->rule->confidence_cap >= 0 && (int) self->confidence > self->rule->confidence_cap)
    lower_confidence (self, self->rule->confidence_cap,
                      g_strdup_printf ("For this pattern of answers (“%s”) Ladder never gives more than %s confidence.",
                                       self->rule->title,
                                       ladder_confidence_get_id (self->rule->confidence_cap)));
  if (self->confidence == LADDER_CONFIDENCE_HIGH)
    g_ptr_array_add (self->confidence_reasons,
                     g_strdup ("Nearly every question has a rating, few answers are “don’t know”, "
                               "respondents broadly agree, and no single answer would change the advice."));
}

/**
 * ladder_recommend:
 * @content: the question bank, library and rules
 * @assessment: the answers and context
 *
 * Works out the recommendation. Deterministic: the same answers always
 * give the same result, in the same order.
 *
 * Returns: (transfer full): the recommendation.
 */
LadderRecommendation *
ladder_recommend (LadderContent    *content,
                  LadderAssessment *assessment)
{
  LadderRecommendation *self;
  const LadderRules *rules;
  RuleCache *cache;
  Aggregates agg = { { 0 } };
  guint n_respondents;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);

  rules = ladder_content_get_rules (content);
  self = g_new0 (LadderRecommendation, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->content = ladder_content_ref (content);
  self->n_questions = ladder_content_get_n_questions (content);
  self->questions = g_new0 (LadderQuestionResult, self->n_questions);
  self->package = g_ptr_array_new ();
  self->reasons = g_ptr_array_new_with_free_func (reason_free);
  self->caveats = g_ptr_array_new ();
  self->confidence_reasons = g_ptr_array_new_with_free_func (g_free);
  self->disagreements = g_ptr_array_new ();
  self->changes = g_ptr_array_new_with_free_func (g_free);

  n_respondents = ladder_assessment_get_n_respondents (assessment);
  for (guint q = 0; q < self->n_questions; q++)
    {
      LadderQuestionResult *result = &self->questions[q];
      double sum = 0;

      result->question = ladder_content_get_question (content, q);
      agg.total[result->question->section]++;
      for (guint r = 0; r < n_respondents; r++)
        {
          const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, r);
          const LadderAnswer *answer = g_hash_table_lookup (respondent->answers, result->question->id);

          if (answer == NULL || answer->rating == LADDER_RATING_NONE)
            continue;
          self->n_answers++;
          if (answer->rating == LADDER_RATING_DONT_KNOW)
            {
              result->n_dont_know++;
              self->n_dont_know++;
              continue;
            }
          sum += answer->rating;
          result->lowest = result->n_ratings == 0 ? answer->rating : MIN (result->lowest, answer->rating);
          result->highest = MAX (result->highest, answer->rating);
          result->n_ratings++;
        }
      result->score = mean (sum, result->n_ratings);
      if (result->n_ratings == 0)
        continue;
      self->n_answered++;
      aggregate_add (&agg, result->question, result->score, +1);
      if (result->highest - result->lowest + EPSILON >= rules->disagreement_spread)
        g_ptr_array_add (self->disagreements, result);
    }

  for (guint s = 0; s < LADDER_N_CAPACITIES; s++)
    {
      self->capacities[s].score = mean (agg.sum[s], agg.count[s]);
      self->capacities[s].n_questions = agg.total[s];
      self->capacities[s].n_answered = agg.count[s];
    }
  for (guint f = 0; f < LADDER_N_FACETS; f++)
    self->facets[f] = mean (agg.facet_sum[f], agg.facet_count[f]);

  cache = g_new0 (RuleCache, 1);
  cache->rules = rules;
  cache->context = ladder_assessment_get_context_flags (assessment);
  cache->stage = ladder_assessment_get_stage (assessment);
  compute_state (rules, &agg, cache->context, cache->stage, &self->state);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    self->capacities[c].level = self->state.levels[c];
  self->rule = cached_rule (cache, &self->state);
  self->primary = self->rule->primary != NULL ? ladder_content_find_form (content, self->rule->primary) : NULL;

  for (guint i = 0; i < self->rule->package->len; i++)
    {
      LadderPackageItem *item = self->rule->package->pdata[i];

      if (ladder_condition_matches (&item->when, &self->state))
        g_ptr_array_add (self->package, item);
    }
  for (guint i = 0; i < self->rule->reasons->len; i++)
    {
      LadderStatement *statement = self->rule->reasons->pdata[i];

      if (ladder_condition_matches (&statement->when, &self->state))
        g_ptr_array_add (self->reasons, make_reason (self, statement));
    }
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *caveats = pass == 0 ? self->rule->caveats : rules->caveats;

      for (guint i = 0; i < caveats->len; i++)
        {
          LadderStatement *statement = caveats->pdata[i];

          if (ladder_condition_matches (&statement->when, &self->state))
            g_ptr_array_add (self->caveats, statement);
        }
    }

  find_changes (self, &agg, cache);
  g_free (cache);
  assess_confidence (self);
  return self;
}

LadderRecommendation *
ladder_recommendation_ref (LadderRecommendation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ladder_recommendation_unref (LadderRecommendation *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->package);
  g_ptr_array_unref (self->reasons);
  g_ptr_array_unref (self->caveats);
  g_ptr_array_unref (self->confidence_reasons);
  g_ptr_array_unref (self->disagreements);
  g_ptr_array_unref (self->changes);
  g_free (self->questions);
  ladder_content_unref (self->content);
  g_free (self);
}

/**
 * ladder_recommendation_get_primary_name:
 * @self: a recommendation
 *
 * Returns: the name of the recommended form, or a phrase saying there is
 *   none yet.
 */
const char *
ladder_recommendation_get_primary_name (LadderRecommendation *self)
{
  return self->primary != NULL ? self->primary->name : "No recommendation yet";
}

/**
 * ladder_recommendation_describe_answer:
 * @answer: a question's combined answer
 *
 * Returns: (transfer full): its rating in words, such as "Emerging" or
 *   "between Emerging and Largely in place (2 ratings, average 2.5)".
 */
char *
ladder_recommendation_describe_answer (const LadderQuestionResult *answer)
{
  if (answer->n_ratings == 0)
    return g_strdup (answer->n_dont_know > 0 ? "Don’t know" : "No answer");
  if (answer->n_ratings == 1)
    return g_strdup (ladder_rating_get_label ((LadderRating) answer->score));
  if (answer->lowest == answer->highest)
    return g_strdup_printf ("%s (all %u ratings)", ladder_rating_get_label (answer->lowest), answer->n_ratings);
  return g_strdup_printf ("between %s and %s (%u ratings, average %.1f)",
                          ladder_rating_get_label (answer->lowest), ladder_rating_get_label (answer->highest),
                          answer->n_ratings, answer->score);
}

/**
 * ladder_recommendation_describe_change:
 * @self: a recommendation
 * @change: one of its changes
 *
 * Returns: (transfer full): the change in plain English.
 */
char *
ladder_recommendation_describe_change (LadderRecommendation *self,
                                       const LadderAdviceChange   *change)
{
  g_autoptr(GString) out = g_string_new ("If ");
  const LadderForm *form = change->rule->primary != NULL
    ? ladder_content_find_form (self->content, change->rule->primary) : NULL;

  for (guint i = 0; i < change->n_answers; i++)
    {
      const LadderQuestionResult *answer = change->answers[i];
      g_autofree char *now = ladder_recommendation_describe_answer (answer);

      if (i > 0)
        g_string_append (out, " and ");
      if (answer->n_ratings <= 1)
        g_string_append_printf (out, "“%s” were rated %s instead of %s", answer->question->statement,
                                ladder_rating_get_label (change->to[i]), now);
      else
        g_string_append_printf (out, "everyone rated “%s” %s (now %s)", answer->question->statement,
                                ladder_rating_get_label (change->to[i]), now);
    }
  if (form != NULL)
    g_string_append_printf (out, ", the advice would become %s (%s).", form->name, change->rule->title);
  else
    g_string_append_printf (out, ", there would be no recommendation (%s).", change->rule->title);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
ladder_confidence_get_label (LadderConfidence confidence)
{
  static const char * const labels[] = { "Low", "Medium", "High" };

  g_return_val_if_fail (confidence <= LADDER_CONFIDENCE_HIGH, NULL);
  return labels[confidence];
}
