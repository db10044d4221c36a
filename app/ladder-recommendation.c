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

#include "ladder-recommendation.h"

/* Means of whole ratings over a few respondents are not always exact in
 * binary: 3 must count as 3. */
#define EPSILON 1e-9

/* Enough examples for a person to act on. */
#define MAX_CHANGES 5
#define MAX_ANSWERS_PER_BASIS 2
#define MAX_ANSWERS_PER_REASON 4
#define CACHE_SIZE 512

static const char * const capacity_titles[LADDER_N_CAPACITIES] = {
  "Capacity to self-assess", "Capacity to set a strategy", "Capacity to implement",
};
static const char * const capacity_short_titles[LADDER_N_CAPACITIES] = {
  "self-assessment", "strategy", "implementation",
};
static const char * const flag_titles[LADDER_N_FLAGS] = {
  "Problems are long-running or widespread",
  "The service has improved and then slipped back",
  "Grip has slipped on a key area of practice",
  "Oversight by councillors, the corporate centre or partners is not working",
  "People at different leadership levels see the service very differently",
  "New leaders already show some grip",
};
static const char * const perspective_names[LADDER_N_PERSPECTIVES] = {
  "political", "corporate", "service", "partnership", "level not given",
};

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

static gboolean
below (double value,
       double threshold)
{
  return !isnan (value) && value + EPSILON < threshold;
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

  if (below (persistence, rules->systemic_persistence_below) || below (spread, rules->systemic_spread_below))
    state->flags[LADDER_FLAG_SYSTEMIC] = LADDER_FLAG_STATE_YES;
  else
    state->flags[LADDER_FLAG_SYSTEMIC] = !isnan (persistence) && !isnan (spread) ? LADDER_FLAG_STATE_NO
                                                                                  : LADDER_FLAG_STATE_UNKNOWN;
  state->flags[LADDER_FLAG_REPEATED_DECLINE] = isnan (persistence) ? LADDER_FLAG_STATE_UNKNOWN
    : below (persistence, rules->systemic_persistence_below) ? LADDER_FLAG_STATE_YES : LADDER_FLAG_STATE_NO;
  state->flags[LADDER_FLAG_AREA_GRIP_LOST] = isnan (grip) ? LADDER_FLAG_STATE_UNKNOWN
    : below (grip, rules->grip_lost_below) ? LADDER_FLAG_STATE_YES : LADDER_FLAG_STATE_NO;
  for (guint f = LADDER_FACET_GOVERNANCE_POLITICAL; f <= LADDER_FACET_GOVERNANCE_PARTNERSHIP; f++)
    {
      double score = mean (agg->facet_sum[f], agg->facet_count[f]);

      governance_known &= !isnan (score);
      dysfunctional |= below (score, rules->dysfunctional_governance_below);
    }
  /* Partners who lack a capacity that they do not decide are not playing
   * their part: the research's case for scrutiny to bring them in. */
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      guint partners = ladder_leadership_level_get_index (LADDER_LEADERSHIP_PARTNERSHIP);

      if ((rules->deciding_levels[c] & LADDER_LEADERSHIP_PARTNERSHIP) == 0)
        dysfunctional |= below (mean (agg->level_sum[c][partners], agg->level_count[c][partners]),
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
lower_confidence (LadderRecommendation *self,
                  LadderConfidence      to,
                  char                 *why)
{
  self->confidence = MIN (self->confidence, to);
  g_ptr_array_add (self->confidence_reasons, why);
}

static char *
respondent_description (const LadderRespondent *respondent)
{
  const char *who = respondent->name != NULL ? respondent->name
                    : respondent->role != NULL ? respondent->role : "one person, unnamed";
  g_autofree char *level = respondent->level != 0
    ? g_utf8_strdown (ladder_leadership_level_get_label (respondent->level), -1) : NULL;

  if (respondent->name != NULL && respondent->role != NULL)
    return level != NULL ? g_strdup_printf ("%s (%s, %s level)", who, respondent->role, level)
                         : g_strdup_printf ("%s (%s)", who, respondent->role);
  return level != NULL ? g_strdup_printf ("%s (%s level)", who, level) : g_strdup (who);
}

static char *
judgement_phrase (LadderAssessment *assessment)
{
  const char *date = NULL;
  LadderJudgement which;
  LadderGrade grade = ladder_assessment_get_latest_grade (assessment, &date, &which);
  g_autofree char *grade_text = g_utf8_strdown (ladder_grade_get_label (grade), -1);
  g_autofree char *judgement = which == LADDER_JUDGEMENT_OVERALL ? g_strdup ("overall")
    : g_utf8_strdown (ladder_judgement_get_label (which), -1);

  return g_strdup_printf ("%s (%s%s%s)", grade_text, judgement, date != NULL ? ", " : "", date != NULL ? date : "");
}

/* Answers that say the opposite of the latest inspection. */
static char *
contradiction (LadderRecommendation *self,
               LadderAssessment     *assessment)
{
  LadderGrade grade = ladder_assessment_get_latest_grade (assessment, NULL, NULL);
  guint in_place = 0, missing = 0;
  g_autofree char *phrase = NULL;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      in_place += self->state.levels[c] == LADDER_LEVEL_IN_PLACE;
      missing += self->state.levels[c] == LADDER_LEVEL_NOT_IN_PLACE;
    }
  phrase = judgement_phrase (assessment);
  if (grade == LADDER_GRADE_INADEQUATE && in_place == LADDER_N_CAPACITIES)
    return g_strdup_printf ("The answers put all three capacities in place, but Ofsted's latest judgement was %s. "
                            "Either much has changed since, or the answers are kinder than the evidence: test "
                            "them against the inspection report.", phrase);
  if ((grade == LADDER_GRADE_GOOD || grade == LADDER_GRADE_OUTSTANDING) && missing >= 2)
    return g_strdup_printf ("The answers say at least two capacities are not in place, but Ofsted's latest "
                            "judgement was %s. Either the service has declined since, or the answers are harsher "
                            "than the evidence: test them against the inspection report and the published "
                            "figures.", phrase);
  return NULL;
}

static void
assess_confidence (LadderRecommendation *self,
                   LadderAssessment     *assessment)
{
  const LadderRules *rules = ladder_content_get_rules (self->content);
  double answered = (double) self->n_answered / self->n_questions;
  double dont_know = self->n_answers == 0 ? 0 : (double) self->n_dont_know / self->n_answers;
  guint disagreements = self->disagreements->len;
  g_autofree char *against = contradiction (self, assessment);
  const char *overall_date = NULL;

  self->confidence = LADDER_CONFIDENCE_HIGH;
  if (answered < rules->medium_answered_below)
    lower_confidence (self, answered < rules->low_answered_below ? LADDER_CONFIDENCE_LOW : LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("%u of the %u questions have no rating yet.",
                                       self->n_questions - self->n_answered, self->n_questions));
  if (self->n_dont_know > 0 && dont_know + EPSILON >= rules->medium_dont_know_from)
    lower_confidence (self, dont_know + EPSILON >= rules->low_dont_know_from ? LADDER_CONFIDENCE_LOW
                      : LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("%u of the %u answers are “don’t know”.", self->n_dont_know, self->n_answers));
  if (self->n_people == 1)
    {
      g_autofree char *who = respondent_description (self->sole_respondent);

      lower_confidence (self, LADDER_CONFIDENCE_MEDIUM,
                        g_strdup_printf ("The advice rests on one person’s answers: %s. Ask people at other "
                                         "leadership levels to answer separately.", who));
    }
  else if (self->n_people > 1)
    {
      guint levels = 0;
      int only = -1;

      for (guint p = 0; p < LADDER_N_LEADERSHIP_LEVELS; p++)
        if (self->perspectives[p].n_people > 0)
          {
            levels++;
            only = p;
          }
      if (levels == 1 && self->perspectives[LADDER_N_LEADERSHIP_LEVELS].n_people == 0)
        lower_confidence (self, LADDER_CONFIDENCE_MEDIUM,
                          g_strdup_printf ("Everyone who answered is at the %s level; the research asks about "
                                           "leadership at every level, so ask people at others too.",
                                           perspective_names[only]));
    }
  if (self->view_gaps->len > 0)
    {
      gboolean about_self_assessment = FALSE;

      for (guint i = 0; i < self->view_gaps->len; i++)
        about_self_assessment |= g_array_index (self->view_gaps, LadderViewGap, i).capacity ==
                                 LADDER_SECTION_SELF_ASSESSMENT;
      lower_confidence (self, about_self_assessment || self->view_gaps->len > 1 ? LADDER_CONFIDENCE_LOW
                        : LADDER_CONFIDENCE_MEDIUM,
                        g_strdup_printf ("People at different leadership levels are %g points or more apart on "
                                         "%u of the three capacities (see “Where views differ”).",
                                         rules->views_differ_by, self->view_gaps->len));
    }
  if (disagreements > 0 && disagreements + EPSILON >= rules->medium_disagreements_from)
    {
      const LadderQuestionResult *first = self->disagreements->pdata[0];

      lower_confidence (self, disagreements + EPSILON >= rules->low_disagreements_from ? LADDER_CONFIDENCE_LOW
                        : LADDER_CONFIDENCE_MEDIUM,
                        g_strdup_printf ("People disagree by %g points or more on %u %s, for example "
                                         "“%s” (rated from %s to %s).",
                                         rules->disagreement_spread, disagreements,
                                         disagreements == 1 ? "question" : "questions",
                                         first->question->statement,
                                         ladder_rating_get_label (first->lowest),
                                         ladder_rating_get_label (first->highest)));
    }
  {
    g_autoptr(GString) missing = g_string_new (NULL);

    for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
      {
        if (self->state.levels[c] == LADDER_LEVEL_UNKNOWN)
          continue;
        for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
          if (self->capacities[c].by_level[l].level == LADDER_LEVEL_UNKNOWN)
            g_string_append_printf (missing, "%s%s at the %s level", missing->len > 0 ? ", " : "",
                                    capacity_short_titles[c], perspective_names[l]);
      }
    if (missing->len > 0)
      lower_confidence (self, LADDER_CONFIDENCE_MEDIUM,
                        g_strdup_printf ("No question about some levels’ part has a rating, so their grip is "
                                         "not judged: %s.", missing->str));
  }
  if (against != NULL)
    lower_confidence (self, LADDER_CONFIDENCE_LOW, g_steal_pointer (&against));
  if (ladder_assessment_get_judgement (assessment, LADDER_JUDGEMENT_OVERALL, &overall_date) != LADDER_GRADE_NONE &&
      g_strcmp0 (overall_date, LADDER_OVERALL_GRADE_ENDED) >= 0)
    lower_confidence (self, LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("The overall grade recorded is dated %s, but Ofsted has given no overall "
                                       "grade since April 2026: check the record and enter the four judgements.",
                                       overall_date));
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
                      g_strdup_printf ("For this pattern of answers (“%s”) Ladder never gives more than %s "
                                       "confidence.", self->rule->title,
                                       ladder_confidence_get_id (self->rule->confidence_cap)));
  if (self->confidence == LADDER_CONFIDENCE_HIGH)
    g_ptr_array_add (self->confidence_reasons,
                     g_strdup ("Nearly every question has a rating from people at more than one level, few "
                               "answers are “don’t know”, people broadly agree, the answers fit the latest "
                               "inspection, and no single answer would change the advice."));
}

/* How the context shaped the advice, in a sentence each. */
static void
note_context (LadderRecommendation *self,
              LadderAssessment     *assessment)
{
  const LadderRuleState *state = &self->state;
  gboolean new_model = g_strcmp0 (self->rule->primary, "alternative-delivery") == 0;

  if (state->inspection == LADDER_GRADE_INADEQUATE)
    {
      g_autofree char *phrase = judgement_phrase (assessment);

      g_ptr_array_add (self->context_notes,
                       g_strdup_printf ("Ofsted’s latest judgement was %s, so the Department for Education "
                                        "decides on intervention. The advice is at least external scrutiny and "
                                        "says what to prepare for the Department’s commissioner or adviser.",
                                        phrase));
    }
  if (state->intervention != LADDER_INTERVENTION_NONE)
    {
      g_autofree char *kind = g_utf8_strdown (ladder_intervention_get_label (state->intervention), -1);

      g_ptr_array_add (self->context_notes,
                       g_strdup_printf ("The council is under %s, so formal scrutiny is already in place; the "
                                        "advice keeps it.", kind));
    }
  if (state->context & LADDER_CONTEXT_NEW_LEADERSHIP)
    {
      if (state->flags[LADDER_FLAG_EARLY_GRIP] == LADDER_FLAG_STATE_YES && strcmp (self->rule->id, "new-leaders-early-grip") == 0)
        g_ptr_array_add (self->context_notes,
                         g_strdup ("New leaders already show some grip, so the question of a new delivery model "
                                   "waits for the first six-monthly review."));
      else if (new_model)
        g_ptr_array_add (self->context_notes,
                         g_strdup ("New leadership is recorded, but the answers do not yet show the new team’s "
                                   "grip on judging the service and setting a strategy."));
    }
  if (state->context & (LADDER_CONTEXT_NEW_LEADERSHIP | LADDER_CONTEXT_RECENT_INSPECTION))
    g_ptr_array_add (self->context_notes,
                     g_strdup (state->context & LADDER_CONTEXT_NEW_LEADERSHIP
                               ? "A new leader is a moment for a baseline: a peer review is offered whatever the "
                                 "capacities."
                               : "An inspection in the past year is a moment for a baseline: a peer review is "
                                 "offered whatever the capacities."));
  if (strcmp (self->rule->id, "in-place-transition") == 0)
    {
      g_autofree char *stage = g_utf8_strdown (ladder_stage_get_label (state->stage), -1);

      g_ptr_array_add (self->context_notes,
                       g_strdup_printf ("The council is moving %s, so peer challenge at the transition is "
                                        "suggested.", stage));
    }
  if (new_model && state->strong_partner == LADDER_FLAG_STATE_YES)
    g_ptr_array_add (self->context_notes,
                     g_strdup ("A strong council is willing to lead, so shared executive leadership is named as "
                               "the kind of model to test first."));
  if (state->context & LADDER_CONTEXT_NEW_MODEL_BY_CHOICE)
    g_ptr_array_add (self->context_notes,
                     g_strdup ("The council is considering a new model by choice; the package says what to settle "
                               "first."));
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
  note_context (self, assessment);
  assess_confidence (self, assessment);
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
  return g_strdup_printf ("between %s and %s (%u ratings, %.1f when each level counts once)",
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

/**
 * ladder_recommendation_describe_view_gap:
 * @self: a recommendation
 * @gap: one of its view gaps
 *
 * Returns: (transfer full): the gap in plain English, as a finding about
 *   self-assessment.
 */
char *
ladder_recommendation_describe_view_gap (LadderRecommendation *self,
                                         const LadderViewGap  *gap)
{
  const LadderPerspective *high = &self->perspectives[gap->high];
  const LadderPerspective *low = &self->perspectives[gap->low];

  return g_strdup_printf ("On %s, people at the %s level give %.1f on average (%u %s), but people at the %s "
                          "level give %.1f (%u %s). When leaders and staff see the service this differently, "
                          "some of them are not seeing what the others see: a sign that self-assessment is "
                          "weak, whoever is right.",
                          capacity_short_titles[gap->capacity], perspective_names[gap->high],
                          high->views[gap->capacity], high->n_people, high->n_people == 1 ? "person" : "people",
                          perspective_names[gap->low], low->views[gap->capacity], low->n_people,
                          low->n_people == 1 ? "person" : "people");
}

/**
 * ladder_recommendation_describe_needs:
 * @self: a recommendation
 * @capacity: a capacity section
 *
 * Returns: (transfer full) (nullable): how many more answers the section
 *   needs before Ladder can judge it, or %NULL when it has enough.
 */
char *
ladder_recommendation_describe_needs (LadderRecommendation *self,
                                      guint                 capacity)
{
  const LadderCapacityResult *result;

  g_return_val_if_fail (capacity < LADDER_N_CAPACITIES, NULL);

  result = &self->capacities[capacity];
  if (result->level != LADDER_LEVEL_UNKNOWN)
    return NULL;
  return g_strdup_printf ("%s: answer %u more of its %u questions (%u answered so far).",
                          capacity_titles[capacity], self->needs[capacity], result->n_questions, result->n_answered);
}

/**
 * ladder_perspective_get_name:
 * @perspective: the people at one level
 *
 * Returns: the level's name in lower case, as in "the service level".
 */
const char *
ladder_perspective_get_name (const LadderPerspective *perspective)
{
  return perspective_names[ladder_leadership_level_get_index (perspective->level)];
}

const char *
ladder_confidence_get_label (LadderConfidence confidence)
{
  static const char * const labels[] = { "Low", "Medium", "High" };

  g_return_val_if_fail (confidence <= LADDER_CONFIDENCE_HIGH, NULL);
  return labels[confidence];
}

const char *
ladder_capacity_get_title (guint capacity)
{
  g_return_val_if_fail (capacity < LADDER_N_CAPACITIES, NULL);
  return capacity_titles[capacity];
}

const char *
ladder_capacity_get_short_title (guint capacity)
{
  g_return_val_if_fail (capacity < LADDER_N_CAPACITIES, NULL);
  return capacity_short_titles[capacity];
}

/**
 * ladder_flag_get_title:
 * @flag: a flag
 *
 * Returns: the flag as a statement, for "yes", "no" or "not known" after it.
 */
const char *
ladder_flag_get_title (LadderFlag flag)
{
  g_return_val_if_fail (flag < LADDER_N_FLAGS, NULL);
  return flag_titles[flag];
}

/**
 * ladder_flag_state_get_answer:
 * @state: a flag's state
 *
 * Returns: "Yes", "No" or "Not enough answers to say".
 */
const char *
ladder_flag_state_get_answer (LadderFlagState state)
{
  static const char * const answers[LADDER_N_FLAG_STATES] = { "Not enough answers to say", "No", "Yes" };

  g_return_val_if_fail (state < LADDER_N_FLAG_STATES, NULL);
  return answers[state];
}

/**
 * ladder_recommendation_flag_applies:
 * @self: a recommendation
 * @flag: a flag
 *
 * Returns: whether the flag means anything for this assessment: early grip
 *   only does when new leadership is recorded.
 */
gboolean
ladder_recommendation_flag_applies (LadderRecommendation *self,
                                    LadderFlag            flag)
{
  return flag != LADDER_FLAG_EARLY_GRIP || (self->state.context & LADDER_CONTEXT_NEW_LEADERSHIP) != 0;
}

/**
 * ladder_recommendation_describe_partners:
 * @self: a recommendation
 *
 * Returns: (transfer full) (nullable): a sentence naming the capacities
 *   not in place at the partnership level, which count as partners'
 *   oversight not working, or %NULL when there are none.
 */
char *
ladder_recommendation_describe_partners (LadderRecommendation *self)
{
  guint partners = ladder_leadership_level_get_index (LADDER_LEADERSHIP_PARTNERSHIP);
  const LadderRules *rules = ladder_content_get_rules (self->content);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GString) out = NULL;

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    if ((rules->deciding_levels[c] & LADDER_LEADERSHIP_PARTNERSHIP) == 0 &&
        below (self->capacities[c].by_level[partners].score, rules->dysfunctional_partnership_level_below))
      g_ptr_array_add (missing, (gpointer) capacity_short_titles[c]);
  if (missing->len == 0)
    return NULL;
  out = g_string_new ("At the partnership level, ");
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == missing->len ? " and " : ", ",
                            (char *) missing->pdata[i]);
  g_string_append_printf (out, " %s not in place. Partners are not playing their part, which Ladder counts as "
                          "oversight by partners not working.", missing->len == 1 ? "is" : "are");
  return g_string_free (g_steal_pointer (&out), FALSE);
}
