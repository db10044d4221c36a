/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From answers to advice (docs/decision-model.md has the reasoning).
 *
 * A question's score is the mean of the views of the leadership levels
 * whose people rated it, each level's view being the mean of its people's
 * ratings (1 to 4; "don't know" is not a rating), so one councillor counts
 * as much as six team managers. A capacity is judged at each of the four
 * leadership levels from the questions about that level's part, and its
 * level is the weakest of them: strong service leaders cannot make up for
 * councillors without a grip, nor the reverse. A capacity is "unknown"
 * below the rules' share of questions answered. When people at two levels
 * are two points or more apart on any capacity, self-assessment cannot
 * count as in place. The difficulties become six yes/no/unknown flags, and
 * the context (inspection, intervention, new leaders, stage, partners)
 * completes what the rules test. Every threshold is in rules.json. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-recommendation-private.h"

#define EPSILON LADDER_RECOMMENDATION_EPSILON

/* Enough examples for a person to act on. */
#define MAX_CHANGES 5
#define MAX_ANSWERS_PER_BASIS 2
#define MAX_ANSWERS_PER_REASON 4
#define CACHE_SIZE 512

/* Sums behind the scores, so a changed answer costs a subtraction. */
typedef struct
{
  double  level_sum[LADDER_N_CAPACITIES][LADDER_N_LEADERSHIP_LEVELS];
  guint   level_count[LADDER_N_CAPACITIES][LADDER_N_LEADERSHIP_LEVELS];
  guint   answered[LADDER_N_SECTIONS];
  guint   total[LADDER_N_SECTIONS];
  double  facet_sum[LADDER_N_FACETS];
  guint   facet_count[LADDER_N_FACETS];
  double *scores;                      /* per question; NAN when unrated */
} Aggregates;

typedef struct
{
  guint             key;               /* the state's key plus one; 0 for empty */
  const LadderRule *rule;
} CacheEntry;

/* What stays fixed while answers are tried: the rules, the context, the
 * views of each level, and the rule found for each state so far. */
typedef struct
{
  const LadderRules *rules;
  LadderContent     *content;
  LadderRuleState    fixed;            /* context, and whether views differ */
  gboolean           new_leadership;
  GArray            *grip_questions;   /* of guint, question indexes */
  CacheEntry         cache[CACHE_SIZE];
} Evaluator;

static double
mean (double sum,
      guint  count)
{
  return count == 0 ? NAN : sum / count;
}

/**
 * ladder_recommendation_below:
 * @value: a score, or NAN
 * @threshold: a threshold from the rules
 *
 * Returns: whether @value is known and below @threshold.
 */
gboolean
ladder_recommendation_below (double value,
                             double threshold)
{
  return !isnan (value) && value + EPSILON < threshold;
}

/* A flag raised when a score falls below its threshold, unknown without one. */
static LadderFlagState
flag_below (double value,
            double threshold)
{
  if (isnan (value))
    return LADDER_FLAG_STATE_UNKNOWN;
  return ladder_recommendation_below (value, threshold) ? LADDER_FLAG_STATE_YES : LADDER_FLAG_STATE_NO;
}


static LadderLevel
level_of_score (const LadderRules *rules,
                double             score)
{
  if (isnan (score))
    return LADDER_LEVEL_UNKNOWN;
  if (score + EPSILON >= rules->in_place_from)
    return LADDER_LEVEL_IN_PLACE;
  if (score + EPSILON >= rules->partly_from)
    return LADDER_LEVEL_PARTLY;
  return LADDER_LEVEL_NOT_IN_PLACE;
}

/**
 * ladder_leadership_level_get_index:
 * @level: one leadership level, or 0
 *
 * Returns: its index (0 political to 3 partnership), or the index of the
 *   perspective "level not given" for 0.
 */
int
ladder_leadership_level_get_index (LadderLeadershipLevels level)
{
  return level == 0 ? LADDER_N_LEADERSHIP_LEVELS : g_bit_nth_lsf (level, -1);
}

/* The capacity's level from the sums, and the details when @out is given. */
static LadderLevel
capacity_level (const Evaluator      *ev,
                const Aggregates     *agg,
                guint                 capacity,
                LadderCapacityResult *out)
{
  const LadderRules *rules = ev->rules;
  LadderLevel weakest = LADDER_LEVEL_UNKNOWN;
  double weakest_score = NAN;
  int weakest_index = -1;

  for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
    {
      double score = mean (agg->level_sum[capacity][l], agg->level_count[capacity][l]);
      LadderLevel level = level_of_score (rules, score);

      if (out != NULL)
        {
          out->by_level[l].score = score;
          out->by_level[l].level = level;
          out->by_level[l].n_answered = agg->level_count[capacity][l];
        }
      if (level == LADDER_LEVEL_UNKNOWN || (rules->deciding_levels[capacity] & (1u << l)) == 0)
        continue;
      if (weakest_index < 0 || level < weakest || (level == weakest && score < weakest_score))
        {
          weakest = level;
          weakest_score = score;
          weakest_index = l;
        }
    }
  if (out != NULL)
    {
      out->weakest = weakest_index;
      out->score = weakest_score;
      out->lowered = FALSE;
    }
  if (agg->total[capacity] == 0 ||
      (double) agg->answered[capacity] / agg->total[capacity] + EPSILON < rules->minimum_coverage)
    return LADDER_LEVEL_UNKNOWN;
  /* Leaders who see the service so differently are not assessing it
   * accurately, whatever each of them says. */
  if (capacity == LADDER_SECTION_SELF_ASSESSMENT && weakest == LADDER_LEVEL_IN_PLACE &&
      ev->fixed.flags[LADDER_FLAG_VIEWS_DIFFER] == LADDER_FLAG_STATE_YES)
    {
      if (out != NULL)
        out->lowered = TRUE;
      return LADDER_LEVEL_PARTLY;
    }
  return weakest;
}

static double
weakest_grip (const Evaluator  *ev,
              const Aggregates *agg)
{
  double lowest = NAN;

  for (guint i = 0; i < ev->grip_questions->len; i++)
    {
      double score = agg->scores[g_array_index (ev->grip_questions, guint, i)];

      if (!isnan (score) && (isnan (lowest) || score < lowest))
        lowest = score;
    }
  return lowest;
}

static void
compute_state (const Evaluator  *ev,
               const Aggregates *agg,
               LadderRuleState  *state)
{
  const LadderRules *rules = ev->rules;
  double persistence = mean (agg->facet_sum[LADDER_FACET_PERSISTENCE], agg->facet_count[LADDER_FACET_PERSISTENCE]);
  double spread = mean (agg->facet_sum[LADDER_FACET_SPREAD], agg->facet_count[LADDER_FACET_SPREAD]);
  double grip = weakest_grip (ev, agg);
  gboolean governance_known = TRUE, dysfunctional = FALSE;

  *state = ev->fixed;
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    state->levels[c] = capacity_level (ev, agg, c, NULL);

  if (ladder_recommendation_below (persistence, rules->systemic_persistence_below) ||
      ladder_recommendation_below (spread, rules->systemic_spread_below))
    state->flags[LADDER_FLAG_SYSTEMIC] = LADDER_FLAG_STATE_YES;
  else
    state->flags[LADDER_FLAG_SYSTEMIC] = !isnan (persistence) && !isnan (spread) ? LADDER_FLAG_STATE_NO
                                                                                  : LADDER_FLAG_STATE_UNKNOWN;
  state->flags[LADDER_FLAG_REPEATED_DECLINE] = flag_below (persistence, rules->systemic_persistence_below);
  state->flags[LADDER_FLAG_AREA_GRIP_LOST] = flag_below (grip, rules->grip_lost_below);
  for (guint f = LADDER_FACET_GOVERNANCE_POLITICAL; f <= LADDER_FACET_GOVERNANCE_PARTNERSHIP; f++)
    {
      double score = mean (agg->facet_sum[f], agg->facet_count[f]);

      governance_known &= !isnan (score);
      dysfunctional |= ladder_recommendation_below (score, rules->dysfunctional_governance_below);
    }
  /* Partners who lack a capacity that they do not decide are not playing
   * their part: the research's case for scrutiny to bring them in. */
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      guint partners = ladder_leadership_level_get_index (LADDER_LEADERSHIP_PARTNERSHIP);

      if ((rules->deciding_levels[c] & LADDER_LEADERSHIP_PARTNERSHIP) == 0)
        dysfunctional |= ladder_recommendation_below (mean (agg->level_sum[c][partners],
                                                             agg->level_count[c][partners]),
                                                       rules->dysfunctional_partnership_level_below);
    }
  state->flags[LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL] = dysfunctional ? LADDER_FLAG_STATE_YES
    : governance_known ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_UNKNOWN;

  /* New leaders show early grip when, at the service level they lead,
   * judging the service and setting a strategy are at least partly there. */
  state->flags[LADDER_FLAG_EARLY_GRIP] = LADDER_FLAG_STATE_UNKNOWN;
  if (ev->new_leadership)
    {
      guint service = ladder_leadership_level_get_index (LADDER_LEADERSHIP_SERVICE);
      LadderLevel sees = level_of_score (rules, mean (agg->level_sum[LADDER_SECTION_SELF_ASSESSMENT][service],
                                                      agg->level_count[LADDER_SECTION_SELF_ASSESSMENT][service]));
      LadderLevel plans = level_of_score (rules, mean (agg->level_sum[LADDER_SECTION_STRATEGY][service],
                                                       agg->level_count[LADDER_SECTION_STRATEGY][service]));

      if (sees == LADDER_LEVEL_NOT_IN_PLACE || plans == LADDER_LEVEL_NOT_IN_PLACE)
        state->flags[LADDER_FLAG_EARLY_GRIP] = LADDER_FLAG_STATE_NO;
      else if (sees != LADDER_LEVEL_UNKNOWN && plans != LADDER_LEVEL_UNKNOWN)
        state->flags[LADDER_FLAG_EARLY_GRIP] = LADDER_FLAG_STATE_YES;
    }
}

/* The rule for a state, remembered: the context is fixed, so levels and
 * flags are the key. */
static const LadderRule *
cached_rule (Evaluator             *ev,
             const LadderRuleState *state)
{
  guint key = 0;
  CacheEntry *entry;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    key = key * LADDER_N_LEVELS + state->levels[c];
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    key = key * LADDER_N_FLAG_STATES + state->flags[f];
  entry = &ev->cache[(key * 2654435761u) >> 23 & (CACHE_SIZE - 1)];
  if (entry->key != key + 1)
    {
      entry->key = key + 1;
      entry->rule = ladder_rules_match (ev->rules, state);
    }
  return entry->rule;
}

/* Puts @score (NAN for none) in place of @question's current score. */
static void
set_score (Aggregates           *agg,
           const LadderQuestion *question,
           double                score)
{
  double old = agg->scores[question->index];

  for (guint pass = 0; pass < 2; pass++)
    {
      double value = pass == 0 ? old : score;
      double sign = pass == 0 ? -1 : 1;
      int step = pass == 0 ? -1 : 1;

      if (isnan (value))
        continue;
      if (question->section < LADDER_N_CAPACITIES)
        for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
          if (question->levels & (1u << l))
            {
              agg->level_sum[question->section][l] += sign * value;
              agg->level_count[question->section][l] += step;
            }
      agg->answered[question->section] += step;
      if (question->facet != LADDER_FACET_NONE)
        {
          agg->facet_sum[question->facet] += sign * value;
          agg->facet_count[question->facet] += step;
        }
    }
  agg->scores[question->index] = score;
}

/**
 * ladder_recommendation_change_size:
 * @result: a question's combined answer
 * @rating: a rating it might be given
 *
 * Returns: how many points the change is; answering an unanswered
 *   question counts as one.
 */
double
ladder_recommendation_change_size (const LadderQuestionResult *result,
                                   LadderRating                rating)
{
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
    sa += ladder_recommendation_change_size (ca->answers[i], ca->to[i]);
  for (guint i = 0; i < cb->n_answers; i++)
    sb += ladder_recommendation_change_size (cb->answers[i], cb->to[i]);
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

static const LadderRule *
rule_with (Evaluator                  *ev,
           Aggregates                 *agg,
           const LadderQuestionResult *result,
           LadderRating                rating)
{
  LadderRuleState state;

  set_score (agg, result->question, rating);
  compute_state (ev, agg, &state);
  return cached_rule (ev, &state);
}

static void
add_change (LadderRecommendation       *self,
            const LadderQuestionResult *first,
            LadderRating                to_first,
            const LadderQuestionResult *second,
            LadderRating                to_second,
            const LadderRule           *rule)
{
  LadderAdviceChange *change = g_new0 (LadderAdviceChange, 1);

  change->n_answers = second != NULL ? 2 : 1;
  change->answers[0] = first;
  change->to[0] = to_first;
  change->answers[1] = second;
  change->to[1] = to_second;
  change->rule = rule;
  g_ptr_array_add (self->changes, change);
}

/* The smallest changes of answer that lead to a different primary form:
 * every single change first, then pairs only when no single one does.
 * "Everyone rates this question so" sets its score; the views of each
 * level are held as they are, since they never change the primary form. */
static void
find_changes (LadderRecommendation *self,
              Aggregates           *agg,
              Evaluator            *ev)
{
  const char *primary = self->rule->primary;

  for (guint q = 0; q < self->n_questions; q++)
    for (LadderRating r = LADDER_RATING_NOT_IN_PLACE; r <= LADDER_RATING_FULLY_IN_PLACE; r++)
      {
        const LadderQuestionResult *result = &self->questions[q];
        const LadderRule *rule;

        if (rating_is_current (result, r))
          continue;
        rule = rule_with (ev, agg, result, r);
        set_score (agg, result->question, result->score);
        if (g_strcmp0 (rule->primary, primary) != 0)
          add_change (self, result, r, NULL, 0, rule);
      }

  for (guint q1 = 0; self->changes->len == 0 && q1 < self->n_questions; q1++)
    for (LadderRating r1 = LADDER_RATING_NOT_IN_PLACE; r1 <= LADDER_RATING_FULLY_IN_PLACE; r1++)
      {
        const LadderQuestionResult *first = &self->questions[q1];

        if (rating_is_current (first, r1))
          continue;
        set_score (agg, first->question, r1);
        for (guint q2 = q1 + 1; q2 < self->n_questions; q2++)
          for (LadderRating r2 = LADDER_RATING_NOT_IN_PLACE; r2 <= LADDER_RATING_FULLY_IN_PLACE; r2++)
            {
              const LadderQuestionResult *second = &self->questions[q2];
              const LadderRule *rule;

              if (rating_is_current (second, r2))
                continue;
              rule = rule_with (ev, agg, second, r2);
              set_score (agg, second->question, second->score);
              if (g_strcmp0 (rule->primary, primary) != 0)
                add_change (self, first, r1, second, r2, rule);
            }
        set_score (agg, first->question, first->score);
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
question_bears_on (LadderRecommendation       *self,
                   const LadderQuestionResult *result,
                   LadderBasis                 basis)
{
  const LadderQuestion *question = result->question;

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
    case LADDER_BASIS_REPEATED_DECLINE:
      return question->facet == LADDER_FACET_PERSISTENCE;
    case LADDER_BASIS_AREA_GRIP_LOST:
      return question->facet == LADDER_FACET_GRIP;
    case LADDER_BASIS_GOVERNANCE_DYSFUNCTIONAL:
      return question->facet >= LADDER_FACET_GOVERNANCE_POLITICAL;
    case LADDER_BASIS_VIEWS_DIFFER:
      return g_ptr_array_find (self->disagreements, result, NULL);
    case LADDER_BASIS_EARLY_GRIP:
      return question->section <= LADDER_SECTION_STRATEGY && (question->levels & LADDER_LEADERSHIP_SERVICE) != 0;
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
  int bit = g_bit_nth_lsf (basis, -1);

  if (bit < LADDER_N_CAPACITIES)
    return self->state.levels[bit] == LADDER_LEVEL_IN_PLACE;
  if (basis == LADDER_BASIS_EARLY_GRIP)
    return self->state.flags[LADDER_FLAG_EARLY_GRIP] == LADDER_FLAG_STATE_YES;
  return self->state.flags[bit - LADDER_N_CAPACITIES] != LADDER_FLAG_STATE_YES;
}

/* Ties each reason to the answers that produced it. */
static LadderReason *
make_reason (LadderRecommendation  *self,
             const LadderStatement *statement)
{
  LadderReason *reason = g_new0 (LadderReason, 1);

  reason->statement = statement;
  reason->answers = g_ptr_array_new ();
  for (guint bit = 0; bit < LADDER_N_ANSWER_BASES; bit++)
    {
      LadderBasis basis = 1u << bit;
      g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
      gboolean strongest;

      if ((statement->because & basis) == 0)
        continue;
      for (guint q = 0; q < self->n_questions; q++)
        if (self->questions[q].n_ratings > 0 && question_bears_on (self, &self->questions[q], basis))
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

/* Each question's score and each level's views, from everyone's answers. */
static void
score_answers (LadderRecommendation *self,
               LadderAssessment     *assessment)
{
  const LadderRules *rules = ladder_content_get_rules (self->content);
  guint n_respondents = ladder_assessment_get_n_respondents (assessment);
  double view_sum[LADDER_N_PERSPECTIVES][LADDER_N_CAPACITIES] = { { 0 } };
  guint view_count[LADDER_N_PERSPECTIVES][LADDER_N_CAPACITIES] = { { 0 } };
  g_autofree gboolean *rated = g_new0 (gboolean, n_respondents);

  for (guint q = 0; q < self->n_questions; q++)
    {
      LadderQuestionResult *result = &self->questions[q];
      double sum[LADDER_N_PERSPECTIVES] = { 0 };
      guint count[LADDER_N_PERSPECTIVES] = { 0 };
      double total = 0;
      guint n_views = 0;

      result->question = ladder_content_get_question (self->content, q);
      for (guint r = 0; r < n_respondents; r++)
        {
          const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, r);
          const LadderAnswer *answer = g_hash_table_lookup (respondent->answers, result->question->id);
          int p = ladder_leadership_level_get_index (respondent->level);

          if (answer == NULL || answer->rating == LADDER_RATING_NONE)
            continue;
          self->n_answers++;
          if (answer->rating == LADDER_RATING_DONT_KNOW)
            {
              result->n_dont_know++;
              self->n_dont_know++;
              continue;
            }
          rated[r] = TRUE;
          sum[p] += answer->rating;
          count[p]++;
          result->lowest = result->n_ratings == 0 ? answer->rating : MIN (result->lowest, answer->rating);
          result->highest = MAX (result->highest, answer->rating);
          result->n_ratings++;
        }
      for (guint p = 0; p < LADDER_N_PERSPECTIVES; p++)
        if (count[p] > 0)
          {
            double view = sum[p] / count[p];

            total += view;
            n_views++;
            if (result->question->section < LADDER_N_CAPACITIES)
              {
                view_sum[p][result->question->section] += view;
                view_count[p][result->question->section]++;
              }
          }
      result->score = mean (total, n_views);
      if (result->n_ratings == 0)
        continue;
      self->n_answered++;
      if (result->highest - result->lowest + EPSILON >= rules->disagreement_spread)
        g_ptr_array_add (self->disagreements, result);
    }

  for (guint r = 0; r < n_respondents; r++)
    if (rated[r])
      {
        const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, r);

        self->perspectives[ladder_leadership_level_get_index (respondent->level)].n_people++;
        self->n_people++;
        self->sole_respondent = self->n_people == 1 ? respondent : NULL;
      }
  for (guint p = 0; p < LADDER_N_PERSPECTIVES; p++)
    {
      self->perspectives[p].level = p < LADDER_N_LEADERSHIP_LEVELS ? 1u << p : 0;
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        self->perspectives[p].views[c] = mean (view_sum[p][c], view_count[p][c]);
    }
}

/* Where people at two levels are far apart, capacity by capacity. */
static LadderFlagState
find_view_gaps (LadderRecommendation *self)
{
  const LadderRules *rules = ladder_content_get_rules (self->content);
  gboolean compared = FALSE;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      int high = -1, low = -1;

      for (guint p = 0; p < LADDER_N_LEADERSHIP_LEVELS; p++)
        {
          double view = self->perspectives[p].views[c];

          if (isnan (view))
            continue;
          if (high < 0 || view > self->perspectives[high].views[c])
            high = p;
          if (low < 0 || view < self->perspectives[low].views[c])
            low = p;
        }
      if (high < 0 || high == low)
        continue;
      compared = TRUE;
      if (self->perspectives[high].views[c] - self->perspectives[low].views[c] + EPSILON >= rules->views_differ_by)
        {
          LadderViewGap gap = { c, high, low };

          g_array_append_val (self->view_gaps, gap);
        }
    }
  if (self->view_gaps->len > 0)
    return LADDER_FLAG_STATE_YES;
  return compared ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_UNKNOWN;
}

static void
add_package (LadderRecommendation *self,
             GPtrArray            *items,
             int                   lead)
{
  for (guint i = 0; i < items->len; i++)
    {
      LadderPackageItem *item = items->pdata[i];

      if ((lead < 0 || item->lead == lead) && ladder_condition_matches (&item->when, &self->state))
        g_ptr_array_add (self->package, item);
    }
}

static LadderRecommendation *
recommend (LadderContent    *content,
           LadderAssessment *assessment,
           gboolean          with_changes)
{
  LadderRecommendation *self;
  const LadderRules *rules;
  Evaluator *ev;
  Aggregates agg = { { { 0 } } };

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);

  rules = ladder_content_get_rules (content);
  self = g_new0 (LadderRecommendation, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->content = ladder_content_ref (content);
  self->n_questions = ladder_content_get_n_questions (content);
  self->questions = g_new0 (LadderQuestionResult, self->n_questions);
  self->view_gaps = g_array_new (FALSE, FALSE, sizeof (LadderViewGap));
  self->package = g_ptr_array_new ();
  self->reasons = g_ptr_array_new_with_free_func (reason_free);
  self->caveats = g_ptr_array_new ();
  self->context_notes = g_ptr_array_new_with_free_func (g_free);
  self->confidence_reasons = g_ptr_array_new_with_free_func (g_free);
  self->disagreements = g_ptr_array_new ();
  self->changes = g_ptr_array_new_with_free_func (g_free);

  score_answers (self, assessment);

  ev = g_new0 (Evaluator, 1);
  ev->rules = rules;
  ev->content = content;
  ev->grip_questions = g_array_new (FALSE, FALSE, sizeof (guint));
  ladder_assessment_fill_context (assessment, &ev->fixed);
  ev->fixed.flags[LADDER_FLAG_VIEWS_DIFFER] = find_view_gaps (self);
  ev->new_leadership = (ev->fixed.context & LADDER_CONTEXT_NEW_LEADERSHIP) != 0;

  agg.scores = g_new (double, self->n_questions);
  for (guint q = 0; q < self->n_questions; q++)
    {
      const LadderQuestion *question = self->questions[q].question;

      agg.scores[q] = NAN;
      agg.total[question->section]++;
      if (question->facet == LADDER_FACET_GRIP)
        g_array_append_val (ev->grip_questions, q);
      for (guint l = 0; question->section < LADDER_N_CAPACITIES && l < LADDER_N_LEADERSHIP_LEVELS; l++)
        if (question->levels & (1u << l))
          self->capacities[question->section].by_level[l].n_questions++;
      if (self->questions[q].n_ratings > 0)
        set_score (&agg, question, self->questions[q].score);
    }

  compute_state (ev, &agg, &self->state);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      LadderCapacityResult *capacity = &self->capacities[c];

      capacity->level = capacity_level (ev, &agg, c, capacity);
      capacity->n_questions = agg.total[c];
      capacity->n_answered = agg.answered[c];
      if (capacity->level == LADDER_LEVEL_UNKNOWN)
        {
          guint needed = (guint) ceil (rules->minimum_coverage * agg.total[c] - EPSILON);

          self->needs[c] = needed > agg.answered[c] ? needed - agg.answered[c] : 0;
        }
    }
  for (guint f = 0; f < LADDER_N_FACETS; f++)
    self->facets[f] = mean (agg.facet_sum[f], agg.facet_count[f]);
  self->facets[LADDER_FACET_GRIP] = weakest_grip (ev, &agg);

  self->rule = cached_rule (ev, &self->state);
  self->primary = self->rule->primary != NULL ? ladder_content_find_form (content, self->rule->primary) : NULL;

  /* The rules-wide items complete a recommendation; with too few answers
   * there is none to complete. */
  if (self->rule->primary != NULL)
    add_package (self, rules->package, TRUE);
  add_package (self, self->rule->package, -1);
  if (self->rule->primary != NULL)
    add_package (self, rules->package, FALSE);
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

  /* With too few answers the block is the missing answers, not one change. */
  if (with_changes && self->rule->primary != NULL)
    find_changes (self, &agg, ev);
  g_free (agg.scores);
  g_array_unref (ev->grip_questions);
  g_free (ev);
  ladder_recommendation_note_context (self, assessment);
  ladder_recommendation_assess_confidence (self, assessment);
  return self;
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
  return recommend (content, assessment, TRUE);
}

/**
 * ladder_recommend_without_changes:
 * @content: the question bank, library and rules
 * @assessment: the answers and context
 *
 * As ladder_recommend(), without looking for the answers that would change
 * the advice (the slowest part), for callers that ask many times.
 *
 * Returns: (transfer full): the recommendation, with no changes listed.
 */
LadderRecommendation *
ladder_recommend_without_changes (LadderContent    *content,
                                  LadderAssessment *assessment)
{
  return recommend (content, assessment, FALSE);
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
  g_array_unref (self->view_gaps);
  g_ptr_array_unref (self->package);
  g_ptr_array_unref (self->reasons);
  g_ptr_array_unref (self->caveats);
  g_ptr_array_unref (self->context_notes);
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
 * ladder_recommendation_get_severity:
 * @self: a recommendation
 *
 * How heavy the advice is, for comparing two: eight times the primary
 * form's place in the order of escalation (0 for none), plus the place of
 * the heaviest form in the package. The same measure ladder_rules_check()
 * proves never falls as answers worsen.
 *
 * Returns: the severity.
 */
int
ladder_recommendation_get_severity (LadderRecommendation *self)
{
  int primary = ladder_content_get_form_rank (self->content, self->rule->primary);
  int heaviest = primary;

  for (guint i = 0; i < self->package->len; i++)
    heaviest = MAX (heaviest, ladder_content_get_form_rank (self->content,
                                                             ((LadderPackageItem *) self->package->pdata[i])->form));
  return primary * 8 + heaviest;
}

