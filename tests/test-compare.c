/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the comparison of two reviews: a follow-up made in code from
 * an earlier review, answered differently, with its plan brought up to
 * date, and a small dataset made in memory. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "assessment-spec.h"
#include "ladder-compare.h"
#include "ladder-recommend-command.h"

#define EARLIER_DATE "2026-05-01"
#define LATER_DATE   "2026-11-24"
#define HIDDEN_NAME  "Hidden Harriet"
#define HIDDEN_ROLE  "Director of children's services"

/* Everyone rates every capacity question 2 then; now 3, with
 * sa-data-and-audits at 4 (up 2), st-credible-plan at 1 (down 1),
 * st-clear-priorities moved by the councillor alone (up 0.25, too little
 * to count) and im-partner-resources left unrated. */
static const char * const then_specs[] = {
  "level=political sa=2 st=2 im=2 healthy",
  "level=corporate sa=2 st=2 im=2 healthy",
  "level=service sa=2 st=2 im=2 healthy",
  "level=partnership sa=2 st=2 im=2 healthy",
};
static const char * const now_specs[] = {
  "sa=3 st=3 im=3 healthy sa-data-and-audits=4 st-credible-plan=1 im-partner-resources=0",
  "sa=3 st=3 im=3 healthy sa-data-and-audits=4 st-credible-plan=1 im-partner-resources=0 st-clear-priorities=2",
  "sa=3 st=3 im=3 healthy sa-data-and-audits=4 st-credible-plan=1 im-partner-resources=0 st-clear-priorities=2",
  "sa=3 st=3 im=3 healthy sa-data-and-audits=4 st-credible-plan=1 im-partner-resources=0 st-clear-priorities=2",
};

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *bank = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return bank;
}

/* Gives a person who already takes part the ratings of @spec. */
static void
apply_spec (LadderContent    *bank,
            LadderAssessment *assessment,
            const char       *respondent_id,
            const char       *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);

  for (guint q = 0; q < ladder_content_get_n_questions (bank); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (bank, q);

      ladder_assessment_set_answer (assessment, respondent_id, question->id, spec_rating (words, question),
                                    NULL, FALSE);
    }
}

static char *
add_action (LadderAssessment   *assessment,
            const char         *description,
            const char         *owner,
            LadderActionStatus  status)
{
  g_autoptr(GError) error = NULL;
  LadderAction action = {
    .description = (char *) description, .owner = (char *) owner, .due = (char *) "2026-09-30",
    .status = status, .link_kind = LADDER_LINK_NONE,
  };
  char *id = ladder_assessment_add_action (assessment, &action, &error);

  g_assert_no_error (error);
  return id;
}

/* The earlier review: four people, one of them listed by role only, an
 * answer to a question this version's bank lacks, and two actions. */
static LadderAssessment *
make_earlier (LadderContent *bank)
{
  LadderAssessment *earlier = spec_assessment (bank, then_specs, NULL);
  const LadderRespondent *director = ladder_assessment_get_respondent (earlier, 1);

  ladder_assessment_set_council (earlier, "Ashmoor (fictional)", "601");
  ladder_assessment_set_review_date (earlier, EARLIER_DATE);
  ladder_assessment_update_respondent (earlier, director->id, HIDDEN_NAME, HIDDEN_ROLE, LADDER_LEADERSHIP_CORPORATE,
                                       TRUE);
  ladder_assessment_set_answer (earlier, "r1", "sa-retired-question", LADDER_RATING_EMERGING, NULL, FALSE);
  g_free (add_action (earlier, "Audit every plan with " HIDDEN_NAME, HIDDEN_NAME, LADDER_ACTION_ON_TRACK));
  g_free (add_action (earlier, "Recruit a principal social worker", "Head of service", LADDER_ACTION_NOT_STARTED));
  return earlier;
}

static JsonNode *
advice_of (LadderContent    *bank,
           LadderAssessment *assessment)
{
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);

  return ladder_recommendation_to_json (recommendation);
}

/* The follow-up of @earlier carrying @advice, answered with now_specs, the
 * first action done, the second dropped and a third added. */
static LadderAssessment *
make_later (LadderContent    *bank,
            LadderAssessment *earlier,
            JsonNode         *advice)
{
  LadderAssessment *later = ladder_assessment_new_follow_up (earlier, "earlier.ladder", advice, LATER_DATE);
  g_autoptr(LadderAction) done = ladder_action_copy (ladder_assessment_find_action (later, "a1"));
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;

  for (guint p = 0; p < G_N_ELEMENTS (now_specs); p++)
    apply_spec (bank, later, ladder_assessment_get_respondent (later, p)->id, now_specs[p]);
  done->status = LADDER_ACTION_DONE;
  g_assert_true (ladder_assessment_update_action (later, done, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_assessment_remove_action (later, "a2"));
  added = add_action (later, "Review \x1b[2Jcaseloads monthly", "Principal social worker", LADDER_ACTION_AT_RISK);
  g_assert_cmpstr (added, ==, "a3");
  return later;
}

static LadderComparison *
compare (LadderContent    *bank,
         LadderAssessment *later,
         LadderDataset    *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) earlier = ladder_assessment_dup_earlier (later, &error);
  LadderComparison *comparison;

  g_assert_no_error (error);
  comparison = ladder_comparison_new (bank, earlier, ladder_assessment_get_earlier_advice (later), later, dataset,
                                      &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static const LadderUnmatchedQuestion *
find_unmatched (LadderComparison *comparison,
                const char       *id)
{
  GPtrArray *unmatched = ladder_comparison_get_unmatched (comparison);

  for (guint i = 0; i < unmatched->len; i++)
    if (strcmp (((LadderUnmatchedQuestion *) unmatched->pdata[i])->question_id, id) == 0)
      return unmatched->pdata[i];
  return NULL;
}

static gboolean
listed (GPtrArray  *questions,
        const char *id)
{
  for (guint i = 0; i < questions->len; i++)
    if (strcmp (((LadderQuestionComparison *) questions->pdata[i])->question->id, id) == 0)
      return TRUE;
  return FALSE;
}

/* Levels then and now, overall and at each leadership level, agree with
 * each review's own advice: self-assessment and implementation rose to in
 * place; strategy stayed not in place, held down by the corporate leaders
 * (a 1 and a 2 among their answers now). */
static void
test_levels (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderComparison) comparison = compare (bank, later, NULL);
  g_autoptr(LadderRecommendation) then = ladder_recommend (bank, earlier);
  g_autoptr(LadderRecommendation) now = ladder_recommend (bank, later);

  g_assert_cmpstr (ladder_comparison_get_council_name (comparison), ==, "Ashmoor (fictional)");
  g_assert_cmpstr (ladder_comparison_get_review_date (comparison, LADDER_COMPARISON_THEN), ==, EARLIER_DATE);
  g_assert_cmpstr (ladder_comparison_get_review_date (comparison, LADDER_COMPARISON_NOW), ==, LATER_DATE);
  g_assert_cmpuint (ladder_comparison_get_notes (comparison)->len, ==, 0);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    ladder_comparison_write_text (comparison, text);
    g_test_message ("%s", text->str);
  }
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityComparison *capacity = ladder_comparison_get_capacity (comparison, c);

      g_assert_cmpint (capacity->level[LADDER_COMPARISON_THEN], ==, then->capacities[c].level);
      g_assert_cmpint (capacity->level[LADDER_COMPARISON_NOW], ==, now->capacities[c].level);
      g_assert_cmpint (capacity->level[LADDER_COMPARISON_THEN], ==, LADDER_LEVEL_NOT_IN_PLACE);
      g_assert_cmpint (capacity->level[LADDER_COMPARISON_NOW], ==, c == LADDER_SECTION_STRATEGY
                       ? LADDER_LEVEL_NOT_IN_PLACE : LADDER_LEVEL_IN_PLACE);
      g_assert_cmpfloat_with_epsilon (capacity->score[LADDER_COMPARISON_THEN], 2.0, 1e-9);
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          g_assert_cmpint (capacity->by_level[LADDER_COMPARISON_THEN][l], ==, then->capacities[c].by_level[l].level);
          g_assert_cmpint (capacity->by_level[LADDER_COMPARISON_NOW][l], ==, now->capacities[c].by_level[l].level);
        }
    }
  /* The service leaders' view of strategy: 2 then, about 2.6 now (one 1,
   * a 2 and the rest 3). */
  g_assert_cmpint (ladder_comparison_get_capacity (comparison, LADDER_SECTION_STRATEGY)->by_level
                   [LADDER_COMPARISON_THEN][2], ==, LADDER_LEVEL_NOT_IN_PLACE);
  g_assert_cmpint (ladder_comparison_get_capacity (comparison, LADDER_SECTION_STRATEGY)->by_level
                   [LADDER_COMPARISON_NOW][2], ==, LADDER_LEVEL_PARTLY);
}

/* The questions that moved by half a point or more, largest first, with
 * then and now; a smaller move is not listed. */
static void
test_questions (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderComparison) comparison = compare (bank, later, NULL);
  GPtrArray *improved = ladder_comparison_get_improved (comparison);
  GPtrArray *declined = ladder_comparison_get_declined (comparison);
  const LadderQuestionComparison *first, *second, *fallen;

  first = improved->pdata[0];
  g_assert_cmpstr (first->question->id, ==, "sa-data-and-audits");
  g_assert_cmpfloat_with_epsilon (first->score[LADDER_COMPARISON_THEN], 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (first->score[LADDER_COMPARISON_NOW], 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (first->change, 2.0, 1e-9);
  /* Then the rises of one point, in question bank order. */
  second = improved->pdata[1];
  g_assert_cmpstr (second->question->id, ==, "sa-listen-to-staff");
  g_assert_cmpfloat_with_epsilon (second->change, 1.0, 1e-9);
  for (guint i = 1; i < improved->len; i++)
    {
      const LadderQuestionComparison *a = improved->pdata[i - 1];
      const LadderQuestionComparison *b = improved->pdata[i];

      g_assert_cmpfloat (a->change, >=, b->change - 1e-9);
      if (fabs (a->change - b->change) < 1e-9)
        g_assert_cmpuint (a->question->index, <, b->question->index);
    }

  g_assert_cmpuint (declined->len, ==, 1);
  fallen = declined->pdata[0];
  g_assert_cmpstr (fallen->question->id, ==, "st-credible-plan");
  g_assert_cmpfloat_with_epsilon (fallen->score[LADDER_COMPARISON_THEN], 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fallen->score[LADDER_COMPARISON_NOW], 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fallen->change, -1.0, 1e-9);

  g_assert_false (listed (improved, "st-clear-priorities"));
  g_assert_false (listed (declined, "st-clear-priorities"));
  /* Unrated now: not compared, but listed. */
  g_assert_false (listed (improved, "im-partner-resources"));
  g_assert_cmpint (find_unmatched (comparison, "im-partner-resources")->kind, ==, LADDER_UNMATCHED_RATED_THEN_ONLY);
}

/* An answer to a question this version's bank lacks is listed first,
 * with the review that has it. */
static void
test_unmatched (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderComparison) comparison = compare (bank, later, NULL);
  GPtrArray *unmatched = ladder_comparison_get_unmatched (comparison);
  const LadderUnmatchedQuestion *retired = unmatched->pdata[0];
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpstr (retired->question_id, ==, "sa-retired-question");
  g_assert_cmpint (retired->kind, ==, LADDER_UNMATCHED_NOT_IN_BANK);
  g_assert_null (retired->question);
  g_assert_true (retired->answered[LADDER_COMPARISON_THEN]);
  g_assert_false (retired->answered[LADDER_COMPARISON_NOW]);
  g_assert_cmpuint (unmatched->len, ==, 2);

  ladder_comparison_write_text (comparison, text);
  g_assert_nonnull (strstr (text->str, "\nQuestions not compared\n  sa-retired-question: answered in the earlier "
                                       "review, but this version's question bank has no such question\n"
                                       "  im-partner-resources: rated in the earlier review only\n"));
}

/* The advice then and now: the stored advice is used as it was, not
 * worked out again, and said so. */
static void
test_advice (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = NULL;
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(LadderComparison) recomputed = NULL;
  g_autoptr(LadderRecommendation) then = ladder_recommend (bank, earlier);
  g_autoptr(LadderRecommendation) now = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *stored = json_node_get_object (advice);
  const LadderComparisonAdvice *advice_then, *advice_now;

  /* As an older version of the rules gave it. */
  json_object_set_string_member (stored, "rule", "an-older-rule");
  json_object_set_string_member (stored, "title", "An older rule");
  json_object_set_string_member (json_object_get_object_member (json_object_get_object_member (stored, "capacities"),
                                                                "self-assessment"), "level", "partly");
  json_object_set_string_member (json_object_get_object_member (stored, "confidence"), "level", "high");
  later = make_later (bank, earlier, advice);
  now = ladder_recommend (bank, later);
  comparison = compare (bank, later, NULL);

  advice_then = ladder_comparison_get_advice (comparison, LADDER_COMPARISON_THEN);
  g_assert_true (advice_then->stored);
  g_assert_cmpstr (advice_then->rule, ==, "an-older-rule");
  g_assert_cmpstr (advice_then->title, ==, "An older rule");
  g_assert_cmpstr (advice_then->primary, ==, then->primary->id);
  g_assert_cmpstr (advice_then->primary_name, ==, then->primary->name);
  g_assert_cmpint (advice_then->confidence, ==, LADDER_CONFIDENCE_HIGH);
  g_assert_cmpint (ladder_comparison_get_capacity (comparison, LADDER_SECTION_SELF_ASSESSMENT)->level
                   [LADDER_COMPARISON_THEN], ==, LADDER_LEVEL_PARTLY);
  g_assert_nonnull (strstr (ladder_comparison_get_advice_note (comparison), then->rule->id));

  advice_now = ladder_comparison_get_advice (comparison, LADDER_COMPARISON_NOW);
  g_assert_false (advice_now->stored);
  g_assert_cmpstr (advice_now->rule, ==, now->rule->id);
  g_assert_cmpstr (advice_now->primary_name, ==, ladder_recommendation_get_primary_name (now));
  g_assert_cmpint (advice_now->confidence, ==, now->confidence);
  g_assert_cmpstr (advice_then->primary, !=, advice_now->primary);
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autofree char *expected = g_strdup_printf ("\n  Then: %s (rule an-older-rule: An older rule); confidence high "
                                                 "(as given at the time)\n", then->primary->name);

    ladder_comparison_write_text (comparison, text);
    g_assert_nonnull (strstr (text->str, expected));
  }

  /* With no stored advice, it is worked out again. */
  {
    g_autoptr(LadderAssessment) copy = ladder_assessment_dup_earlier (later, &error);

    g_assert_no_error (error);
    recomputed = ladder_comparison_new (bank, copy, NULL, later, NULL, &error);
    g_assert_no_error (error);
  }
  advice_then = ladder_comparison_get_advice (recomputed, LADDER_COMPARISON_THEN);
  g_assert_false (advice_then->stored);
  g_assert_cmpstr (advice_then->rule, ==, then->rule->id);
  g_assert_cmpint (ladder_comparison_get_capacity (recomputed, LADDER_SECTION_SELF_ASSESSMENT)->level
                   [LADDER_COMPARISON_THEN], ==, LADDER_LEVEL_NOT_IN_PLACE);
}

/* Stored advice that cannot be read is worked out again, and the reader
 * told why. */
static void
test_advice_unreadable (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = NULL;
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(LadderRecommendation) then = ladder_recommend (bank, earlier);
  const LadderComparisonAdvice *advice_then;

  json_object_set_string_member (json_object_get_object_member (json_object_get_object_member (
    json_node_get_object (advice), "capacities"), "strategy"), "level", "splendid");
  later = make_later (bank, earlier, advice);
  comparison = compare (bank, later, NULL);
  advice_then = ladder_comparison_get_advice (comparison, LADDER_COMPARISON_THEN);
  g_assert_false (advice_then->stored);
  g_assert_cmpstr (advice_then->rule, ==, then->rule->id);
  g_assert_nonnull (strstr (ladder_comparison_get_advice_note (comparison), "cannot be read (it gives no level for "
                                                                           "strategy)"));
}

/* Actions then and their status now: changed, dropped and new; the
 * role-only owner named by role, in the text and the JSON. */
static void
test_actions (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderComparison) comparison = compare (bank, later, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) json = ladder_comparison_to_json (comparison);
  g_autofree char *json_text = NULL;
  const LadderActionComparison *audit, *recruit, *review;

  g_assert_cmpuint (ladder_comparison_get_actions (comparison)->len, ==, 3);
  audit = ladder_comparison_get_actions (comparison)->pdata[0];
  g_assert_cmpstr (audit->id, ==, "a1");
  g_assert_cmpint (audit->fate, ==, LADDER_ACTION_FATE_CARRIED);
  g_assert_cmpint (audit->status[LADDER_COMPARISON_THEN], ==, LADDER_ACTION_ON_TRACK);
  g_assert_cmpint (audit->status[LADDER_COMPARISON_NOW], ==, LADDER_ACTION_DONE);
  g_assert_cmpstr (audit->owner, ==, HIDDEN_ROLE);
  g_assert_cmpstr (audit->description, ==, "Audit every plan with " HIDDEN_ROLE);
  g_assert_null (audit->description_then);
  recruit = ladder_comparison_find_action (comparison, "a2");
  g_assert_cmpint (recruit->fate, ==, LADDER_ACTION_FATE_DROPPED);
  g_assert_cmpint (recruit->status[LADDER_COMPARISON_THEN], ==, LADDER_ACTION_NOT_STARTED);
  review = ladder_comparison_get_actions (comparison)->pdata[2];
  g_assert_cmpstr (review->id, ==, "a3");
  g_assert_cmpint (review->fate, ==, LADDER_ACTION_FATE_NEW);
  g_assert_cmpint (review->status[LADDER_COMPARISON_NOW], ==, LADDER_ACTION_AT_RISK);

  ladder_comparison_write_text (comparison, text);
  g_assert_nonnull (strstr (text->str, "  a1 “Audit every plan with " HIDDEN_ROLE "” (" HIDDEN_ROLE ", due "
                                       "2026-09-30): On track then, Done now\n"));
  g_assert_nonnull (strstr (text->str, "  a2 “Recruit a principal social worker” (Head of service, due "
                                       "2026-09-30): Not started then; dropped from the later plan\n"));
  g_assert_nonnull (strstr (text->str, "  a3 “Review \xef\xbf\xbd[2Jcaseloads monthly” (Principal social worker, "
                                       "due 2026-09-30): new since the earlier review; At risk now\n"));
  g_assert_null (strstr (text->str, HIDDEN_NAME));
  g_assert_null (strchr (text->str, '\x1b'));

  json_generator_set_root (generator, json);
  json_text = json_generator_to_data (generator, NULL);
  g_assert_nonnull (strstr (json_text, "\"fate\":\"dropped\""));
  g_assert_nonnull (strstr (json_text, "\"status-then\":\"on-track\",\"status-now\":\"done\""));
  g_assert_null (strstr (json_text, HIDDEN_NAME));
  g_assert_null (strstr (json_text, "\\u001b"));
}

/* Two councils, or a later review older than the earlier: refused, with
 * both named. A missing date is allowed and noted. */
static void
test_refusals (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, NULL);
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  ladder_assessment_set_council (later, "Brookfield (fictional)", "602");
  g_assert_null (ladder_comparison_new (bank, earlier, NULL, later, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Ashmoor (fictional) (code 601)"));
  g_assert_nonnull (strstr (error->message, "Brookfield (fictional) (code 602)"));
  g_clear_error (&error);

  /* Without codes, the names decide (whatever their case). */
  ladder_assessment_set_council (later, "Brookfield (fictional)", NULL);
  g_assert_null (ladder_comparison_new (bank, earlier, NULL, later, NULL, &error));
  g_assert_nonnull (strstr (error->message, "different councils"));
  g_clear_error (&error);
  ladder_assessment_set_council (later, "ASHMOOR (fictional)", NULL);
  comparison = ladder_comparison_new (bank, earlier, NULL, later, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&comparison, ladder_comparison_unref);

  ladder_assessment_set_review_date (later, "2026-01-10");
  g_assert_null (ladder_comparison_new (bank, earlier, NULL, later, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "2026-01-10"));
  g_assert_nonnull (strstr (error->message, EARLIER_DATE));
  g_assert_nonnull (strstr (error->message, "older"));
  g_clear_error (&error);

  ladder_assessment_set_review_date (later, NULL);
  comparison = ladder_comparison_new (bank, earlier, NULL, later, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_comparison_get_notes (comparison)->len, ==, 1);
  g_assert_nonnull (strstr (ladder_comparison_get_notes (comparison)->pdata[0], "later review has no date"));
  g_assert_null (ladder_comparison_get_review_date (comparison, LADDER_COMPARISON_NOW));
}

static guint
data_period (LadderDataset *dataset,
             const char    *label)
{
  return ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, label, strlen (label)));
}

static guint
data_measure (LadderDataset  *dataset,
              const char     *code,
              LadderPolarity  polarity)
{
  guint m = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));

  ladder_dataset_get_measure (dataset, m)->polarity = polarity;
  ladder_dataset_get_measure (dataset, m)->decimals = 1;
  return m;
}

static void
data_set (LadderDataset   *dataset,
          guint            measure,
          guint            area,
          const char      *label,
          LadderCellState  state,
          double           value)
{
  ladder_dataset_set_cell (dataset, measure, area, data_period (dataset, label), state, value, 0, NULL);
}

/* Ashmoor (601) and a neighbour, with figures for four of the indicators
 * the questions link to:
 * - assessments on time (split years): 80.0 in 2024-25, the latest over by
 *   1 May 2026, and 85.5 in 2025-26, over by 24 November 2026; 2026-27 is
 *   not over by either;
 * - social worker turnover (calendar years): 2025 is the latest over by
 *   both reviews, so there is nothing newer;
 * - children looked after: withheld in 2025-26;
 * - re-referrals: one period that cannot be placed in time, so the latest
 *   stands for now and the one before it for then. */
static LadderDataset *
make_dataset (void)
{
  LadderDataset *dataset = ladder_dataset_new ();
  guint council, other, m;

  ladder_dataset_add_source (dataset, "made-up.csv");
  council = ladder_dataset_ensure_area (dataset, 601, ladder_dataset_intern (dataset, "Ashmoor (fictional)", 19));
  other = ladder_dataset_ensure_area (dataset, 602, ladder_dataset_intern (dataset, "Brookfield (fictional)", 22));

  m = data_measure (dataset, "Continue_Assess_Comp", LADDER_POLARITY_HIGH);
  data_set (dataset, m, council, "2023-24", LADDER_CELL_VALUE, 78.0);
  data_set (dataset, m, council, "2024-25", LADDER_CELL_VALUE, 80.0);
  data_set (dataset, m, council, "2025-26", LADDER_CELL_VALUE, 85.5);
  data_set (dataset, m, council, "2026-27", LADDER_CELL_VALUE, 99.0);
  data_set (dataset, m, other, "2025-26", LADDER_CELL_VALUE, 70.0);

  m = data_measure (dataset, "Work_Force_TO_Rate", LADDER_POLARITY_LOW);
  data_set (dataset, m, council, "2024", LADDER_CELL_VALUE, 18.0);
  data_set (dataset, m, council, "2025", LADDER_CELL_VALUE, 16.5);
  data_set (dataset, m, council, "2026", LADDER_CELL_VALUE, 12.0);

  m = data_measure (dataset, "LAC", LADDER_POLARITY_NONE);
  data_set (dataset, m, council, "2024-25", LADDER_CELL_VALUE, 51.0);
  data_set (dataset, m, council, "2025-26", LADDER_CELL_SUPPRESSED, NAN);

  m = data_measure (dataset, "ReReferral", LADDER_POLARITY_LOW);
  data_set (dataset, m, council, "0", LADDER_CELL_VALUE, 30.0);
  data_set (dataset, m, council, "2024-25", LADDER_CELL_VALUE, 20.0);
  data_set (dataset, m, council, "2025-26", LADDER_CELL_VALUE, 17.5);
  return dataset;
}

static void
test_indicators (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderDataset) dataset = make_dataset ();
  g_autoptr(LadderComparison) comparison = compare (bank, later, dataset);
  g_autoptr(LadderComparison) without = compare (bank, later, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  const LadderIndicatorComparison *assessments, *turnover, *looked_after, *rereferrals, *reviews;

  g_assert_true (ladder_comparison_has_indicators (comparison));
  g_assert_cmpstr (ladder_comparison_get_data_council (comparison), ==, "Ashmoor (fictional)");

  assessments = ladder_comparison_find_indicator (comparison, "Continue_Assess_Comp");
  g_assert_true (assessments->in_data);
  g_assert_false (assessments->by_order);
  g_assert_cmpstr (assessments->period[LADDER_COMPARISON_THEN], ==, "2024-25");
  g_assert_cmpstr (assessments->period[LADDER_COMPARISON_NOW], ==, "2025-26");
  g_assert_cmpfloat (assessments->value[LADDER_COMPARISON_THEN], ==, 80.0);
  g_assert_cmpfloat (assessments->value[LADDER_COMPARISON_NOW], ==, 85.5);
  g_assert_true (assessments->has_change);
  g_assert_cmpfloat_with_epsilon (assessments->change, 5.5, 1e-9);
  g_assert_null (assessments->note);
  g_assert_true (g_strv_contains ((const char * const *) assessments->questions, "sa-data-and-audits"));
  g_assert_true (g_strv_contains ((const char * const *) assessments->questions, "di-grip-referrals"));

  turnover = ladder_comparison_find_indicator (comparison, "Work_Force_TO_Rate");
  g_assert_cmpstr (turnover->period[LADDER_COMPARISON_THEN], ==, "2025");
  g_assert_cmpstr (turnover->period[LADDER_COMPARISON_NOW], ==, "2025");
  g_assert_false (turnover->has_change);
  g_assert_nonnull (strstr (turnover->note, "no newer figure"));

  /* A withheld figure is said plainly and is no change. */
  looked_after = ladder_comparison_find_indicator (comparison, "LAC");
  g_assert_cmpint (looked_after->state[LADDER_COMPARISON_THEN], ==, LADDER_CELL_VALUE);
  g_assert_cmpint (looked_after->state[LADDER_COMPARISON_NOW], ==, LADDER_CELL_SUPPRESSED);
  g_assert_true (isnan (looked_after->value[LADDER_COMPARISON_NOW]));
  g_assert_false (looked_after->has_change);
  g_assert_nonnull (strstr (looked_after->note, "The council's figure for 2025-26 (now): withheld to protect "
                                               "confidentiality (c)."));
  g_assert_nonnull (strstr (looked_after->note, "No change can be worked out."));

  rereferrals = ladder_comparison_find_indicator (comparison, "ReReferral");
  g_assert_true (rereferrals->by_order);
  g_assert_cmpstr (rereferrals->period[LADDER_COMPARISON_THEN], ==, "2024-25");
  g_assert_cmpstr (rereferrals->period[LADDER_COMPARISON_NOW], ==, "2025-26");
  g_assert_cmpfloat_with_epsilon (rereferrals->change, -2.5, 1e-9);
  g_assert_nonnull (strstr (rereferrals->note, "cannot all be placed in time"));

  reviews = ladder_comparison_find_indicator (comparison, "RevCP");
  g_assert_false (reviews->in_data);
  g_assert_false (reviews->has_change);

  ladder_comparison_write_text (comparison, text);
  g_test_message ("%s", text->str);
  g_assert_nonnull (strstr (text->str, "  Continue_Assess_Comp: 80.0 in 2024-25 → 85.5 in 2025-26: up 5.5 "
                                       "(better)\n"));
  g_assert_nonnull (strstr (text->str, "  LAC: 51.0 in 2024-25 → withheld to protect confidentiality (c) in "
                                       "2025-26\n"));
  g_assert_nonnull (strstr (text->str, "  ReReferral: 20.0 in 2024-25 → 17.5 in 2025-26: down 2.5 (better)\n"));

  /* No data, or a council the data lacks: the part is left out, saying why. */
  g_assert_false (ladder_comparison_has_indicators (without));
  g_assert_cmpuint (ladder_comparison_get_indicators (without)->len, ==, 0);
  g_assert_nonnull (strstr (ladder_comparison_get_indicators_note (without), "No data"));
  {
    g_autoptr(LadderComparison) elsewhere = NULL;
    g_autoptr(LadderAssessment) copy = NULL;
    g_autoptr(GError) error = NULL;

    ladder_assessment_set_council (later, "Carrow (fictional)", "603");
    copy = ladder_assessment_dup_earlier (later, &error);
    ladder_assessment_set_council (copy, "Carrow (fictional)", "603");
    elsewhere = ladder_comparison_new (bank, copy, NULL, later, dataset, &error);
    g_assert_no_error (error);
    g_assert_false (ladder_comparison_has_indicators (elsewhere));
    g_assert_nonnull (strstr (ladder_comparison_get_indicators_note (elsewhere), "not in the data"));
  }
}

/* Periods are placed by order when a review has no date. */
static void
test_indicators_undated (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, NULL);
  g_autoptr(LadderDataset) dataset = make_dataset ();
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  const LadderIndicatorComparison *assessments;

  ladder_assessment_set_review_date (earlier, NULL);
  comparison = ladder_comparison_new (bank, earlier, NULL, later, dataset, &error);
  g_assert_no_error (error);
  assessments = ladder_comparison_find_indicator (comparison, "Continue_Assess_Comp");
  g_assert_true (assessments->by_order);
  g_assert_cmpstr (assessments->period[LADDER_COMPARISON_THEN], ==, "2025-26");
  g_assert_cmpstr (assessments->period[LADDER_COMPARISON_NOW], ==, "2026-27");
  g_assert_nonnull (strstr (assessments->note, "A review has no date"));
}

/* The JSON carries every part. */
static void
test_json (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) earlier = make_earlier (bank);
  g_autoptr(JsonNode) advice = advice_of (bank, earlier);
  g_autoptr(LadderAssessment) later = make_later (bank, earlier, advice);
  g_autoptr(LadderDataset) dataset = make_dataset ();
  g_autoptr(LadderComparison) comparison = compare (bank, later, dataset);
  g_autoptr(JsonNode) json = ladder_comparison_to_json (comparison);
  JsonObject *root = json_node_get_object (json);
  JsonObject *strategy, *first, *indicators;

  g_assert_cmpstr (json_object_get_string_member (root, "council-code"), ==, "601");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (
    json_object_get_object_member (root, "advice"), "then"), "as-given-then"));
  strategy = json_object_get_object_member (json_object_get_object_member (root, "capacities"), "strategy");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (strategy, "then"), "level"), ==,
                   "not-in-place");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (
    json_object_get_object_member (strategy, "now"), "by-level"), "service"), "level"), ==, "partly");
  first = json_array_get_object_element (json_object_get_array_member (root, "improved"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "question"), ==, "sa-data-and-audits");
  g_assert_cmpfloat (json_object_get_double_member (first, "change"), ==, 2.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "declined")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
    json_object_get_array_member (root, "not-compared"), 0), "why"), ==, "not-in-question-bank");
  indicators = json_object_get_object_member (root, "indicators");
  g_assert_true (json_object_get_boolean_member (indicators, "compared"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (indicators, "items")), ==,
                    ladder_comparison_get_indicators (comparison)->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/levels", test_levels);
  g_test_add_func ("/compare/questions", test_questions);
  g_test_add_func ("/compare/unmatched", test_unmatched);
  g_test_add_func ("/compare/advice", test_advice);
  g_test_add_func ("/compare/advice-unreadable", test_advice_unreadable);
  g_test_add_func ("/compare/actions", test_actions);
  g_test_add_func ("/compare/refusals", test_refusals);
  g_test_add_func ("/compare/indicators", test_indicators);
  g_test_add_func ("/compare/indicators-undated", test_indicators_undated);
  g_test_add_func ("/compare/json", test_json);
  return g_test_run ();
}
