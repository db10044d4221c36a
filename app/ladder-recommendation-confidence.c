/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How confident the advice is, and how the context shaped it: the
 * sentences that go with a recommendation (docs/decision-model.md,
 * sections 7 and 10). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-recommendation-private.h"

static void
lower_confidence (LadderRecommendation *self,
                  LadderConfidence      to,
                  char                 *why)
{
  self->confidence = MIN (self->confidence, to);
  g_ptr_array_add (self->confidence_reasons, why);
}

/* A role-only person is named by role alone, as everywhere else. */
static char *
respondent_description (LadderAssessment       *assessment,
                        const LadderRespondent *respondent)
{
  g_autofree char *who = ladder_assessment_dup_person_label (assessment, respondent, TRUE);
  g_autofree char *level = respondent->level != 0
    ? g_utf8_strdown (ladder_leadership_level_get_label (respondent->level), -1) : NULL;

  return level != NULL ? g_strdup_printf ("%s (%s level)", who, level) : g_steal_pointer (&who);
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

/**
 * ladder_recommendation_assess_confidence:
 * @self: a recommendation being made
 * @assessment: the assessment it comes from
 *
 * Works out how confident the advice is, with a sentence for each reason
 * it is less than high.
 */
void
ladder_recommendation_assess_confidence (LadderRecommendation *self,
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
  if (self->n_dont_know > 0 && dont_know + LADDER_RECOMMENDATION_EPSILON >= rules->medium_dont_know_from)
    lower_confidence (self, dont_know + LADDER_RECOMMENDATION_EPSILON >= rules->low_dont_know_from ? LADDER_CONFIDENCE_LOW
                      : LADDER_CONFIDENCE_MEDIUM,
                      g_strdup_printf ("%u of the %u answers are “don’t know”.", self->n_dont_know, self->n_answers));
  if (self->n_people == 1)
    {
      g_autofree char *who = respondent_description (assessment, self->sole_respondent);

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
                                           ladder_perspective_get_name (&self->perspectives[only])));
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
  if (disagreements > 0 && disagreements + LADDER_RECOMMENDATION_EPSILON >= rules->medium_disagreements_from)
    {
      const LadderQuestionResult *first = self->disagreements->pdata[0];

      lower_confidence (self, disagreements + LADDER_RECOMMENDATION_EPSILON >= rules->low_disagreements_from ? LADDER_CONFIDENCE_LOW
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
                                    ladder_capacity_get_short_title (c), ladder_perspective_get_name (&self->perspectives[l]));
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
          ladder_recommendation_change_size (smallest->answers[0], smallest->to[0]) <= rules->medium_single_change_size + LADDER_RECOMMENDATION_EPSILON)
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
/**
 * ladder_recommendation_note_context:
 * @self: a recommendation being made
 * @assessment: the assessment it comes from
 *
 * Writes a sentence for each way the context shaped the advice.
 */
void
ladder_recommendation_note_context (LadderRecommendation *self,
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
