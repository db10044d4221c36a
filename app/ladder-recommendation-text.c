/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A recommendation in words: answers, changes, view gaps, the answers
 * still needed, and the names of capacities, levels and flags. */
#include "config.h"

#include <math.h>

#include "ladder-recommendation-private.h"

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
        ladder_recommendation_below (self->capacities[c].by_level[partners].score, rules->dysfunctional_partnership_level_below))
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

/* "a", "a and b" or "a, b and c", of the capacities at one level. */
static void
append_capacities (GString     *out,
                   const guint *capacities,
                   guint        n)
{
  static const char * const plain[LADDER_N_CAPACITIES] = {
    "knowing itself accurately", "setting a strategy", "carrying the strategy out",
  };

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", plain[capacities[i]]);
  g_string_append (out, n == 1 ? " is" : " are");
}

/**
 * ladder_recommendation_describe_in_short:
 * @self: a recommendation
 *
 * Returns: (transfer full): the advice in two plain sentences, for the top
 *   of the page and the paper: the form of support and the state of the
 *   three capacities behind it, then how sure Ladder is.
 */
char *
ladder_recommendation_describe_in_short (LadderRecommendation *self)
{
  static const LadderLevel order[] = {
    LADDER_LEVEL_NOT_IN_PLACE, LADDER_LEVEL_PARTLY, LADDER_LEVEL_IN_PLACE, LADDER_LEVEL_UNKNOWN,
  };
  static const char * const phrases[] = {
    " not in place", " only partly in place", " in place", " not yet judged, for want of answers",
  };
  static const char * const sure[] = {
    "Ladder is not sure of this: read the reasons and what would change the advice before relying on it.",
    "Ladder is fairly sure of this; the reasons below say what would make it surer.",
    "Ladder is sure of this: the answers agree and point one way.",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  guint groups = 0;

  if (self->primary == NULL)
    return g_strdup ("There is not yet enough to go on. Answer more of the questions on each capacity, as listed "
                     "under “More answers needed”.");
  g_string_append_printf (out, "%s fits best: of the three things a council needs to improve, ", self->primary->name);
  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      guint at[LADDER_N_CAPACITIES], n = 0;

      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        if (self->capacities[c].level == order[o])
          at[n++] = c;
      if (n == 0)
        continue;
      g_string_append (out, groups == 0 ? "" : ", and ");
      append_capacities (out, at, n);
      g_string_append (out, phrases[o]);
      groups++;
    }
  g_string_append_printf (out, ". %s", sure[self->confidence]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
