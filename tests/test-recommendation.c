/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the content, the scoring and the rules: one scenario for every
 * rule, and confidence, reasons and sensitivity (engine, no display). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-recommendation.h"

/* Ratings for the three capacity sections and the six facets of the
 * difficulties; 0 leaves them unanswered. */
typedef struct
{
  const char *name;
  int         capacities[3];
  int         facets[6];      /* persistence, spread, grip, political, corporate, partnership */
  gboolean    new_leadership;
  const char *ofsted_date;    /* with the review date 2026-11-24 */
  gboolean    intervention;
  LadderStage stage;
  const char *rule;
  const char *primary;        /* NULL: no recommendation */
  int         max_confidence; /* -1: no expectation */
  const char *package_form;   /* a form the package must include, or NULL */
} Scenario;

#define HEALTHY { 4, 4, 4, 4, 4, 4 }

static const Scenario scenarios[] = {
  { "nothing-answered", { 0, 0, 0 }, { 0 }, FALSE, NULL, FALSE, 0,
    "not-enough-answers", NULL, LADDER_CONFIDENCE_LOW, NULL },
  { "none-in-place-persistent-failure", { 1, 1, 1 }, { 1, 1, 1, 2, 2, 2 }, FALSE, NULL, TRUE, 0,
    "none-in-place-systemic", "alternative-delivery", -1, "external-scrutiny" },
  { "none-in-place-not-entrenched", { 1, 1, 2 }, { 4, 4, 2, 3, 3, 3 }, FALSE, NULL, FALSE, 0,
    "none-in-place", "external-scrutiny", LADDER_CONFIDENCE_MEDIUM, "sector-led" },
  { "self-assessment-missing", { 1, 3, 3 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "self-assessment-missing", "external-scrutiny", LADDER_CONFIDENCE_LOW, "sector-led" },
  { "strategy-missing", { 3, 1, 3 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "strategy-missing", "sector-led", -1, NULL },
  { "governance-dysfunctional-good-service-leaders", { 4, 4, 3 }, { 4, 4, 4, 1, 3, 3 }, FALSE, NULL, FALSE, 0,
    "governance-dysfunctional", "external-scrutiny", -1, NULL },
  { "implementation-blocked", { 4, 3, 2 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "implementation-blocked", "external-scrutiny", -1, "sector-led" },
  { "systemic-problems-capable-leaders", { 4, 4, 4 }, { 1, 3, 3, 3, 3, 3 }, FALSE, NULL, FALSE, 0,
    "systemic-with-capacity", "external-scrutiny", LADDER_CONFIDENCE_MEDIUM, "sector-led" },
  { "contained-weakness-strong-leaders", { 4, 4, 4 }, { 4, 3, 2, 4, 4, 4 }, FALSE, NULL, FALSE, 0,
    "contained-weakness", "external-scrutiny", -1, "sector-led" },
  { "all-in-place-new-leader", { 4, 4, 4 }, HEALTHY, TRUE, NULL, FALSE, 0,
    "in-place-new-start", "sector-led", -1, NULL },
  { "all-in-place-recent-inspection", { 4, 4, 3 }, HEALTHY, FALSE, "2026-08-01", FALSE, 0,
    "in-place-new-start", "sector-led", -1, NULL },
  { "all-in-place-old-inspection", { 4, 4, 3 }, HEALTHY, FALSE, "2024-08-01", FALSE, 0,
    "in-place", "sector-led", -1, NULL },
  { "all-in-place-at-transition", { 4, 4, 4 }, HEALTHY, FALSE, NULL, FALSE, LADDER_STAGE_FAIR_TO_GOOD,
    "in-place-transition", "sector-led", -1, NULL },
  { "all-in-place-steady", { 4, 3, 4 }, HEALTHY, FALSE, NULL, FALSE, LADDER_STAGE_POOR_TO_FAIR,
    "in-place", "sector-led", -1, NULL },
  { "all-in-place-difficulties-unanswered", { 4, 4, 4 }, { 0 }, FALSE, NULL, FALSE, 0,
    "in-place", "sector-led", LADDER_CONFIDENCE_MEDIUM, NULL },
  { "partly-in-place", { 3, 2, 2 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "partly-in-place", "sector-led", LADDER_CONFIDENCE_MEDIUM, "external-scrutiny" },
  { "mixed-one-capacity-missing", { 3, 2, 1 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "mixed", "external-scrutiny", LADDER_CONFIDENCE_LOW, "sector-led" },
  { "only-one-section-answered", { 4, 0, 0 }, HEALTHY, FALSE, NULL, FALSE, 0,
    "not-enough-answers", NULL, LADDER_CONFIDENCE_LOW, NULL },
};

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *content = ladder_content_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

static void
answer_scenario (LadderContent    *bank,
                 LadderAssessment *assessment,
                 const char       *respondent,
                 const Scenario   *scenario)
{
  for (guint q = 0; q < ladder_content_get_n_questions (bank); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (bank, q);
      int rating = question->section < LADDER_N_CAPACITIES ? scenario->capacities[question->section]
                                                           : scenario->facets[question->facet - 1];

      if (rating > 0)
        ladder_assessment_set_answer (assessment, respondent, question->id, rating, NULL, FALSE);
    }
}

static LadderAssessment *
scenario_assessment (LadderContent  *bank,
                     const Scenario *scenario)
{
  LadderAssessment *assessment = ladder_assessment_new ();
  const char *respondent = ladder_assessment_add_respondent (assessment, "A. Tester", "Director",
                                                             LADDER_LEADERSHIP_SERVICE);

  ladder_assessment_set_review_date (assessment, "2026-11-24");
  ladder_assessment_set_new_leadership (assessment, scenario->new_leadership);
  ladder_assessment_set_ofsted_date (assessment, scenario->ofsted_date);
  ladder_assessment_set_formal_intervention (assessment, scenario->intervention);
  ladder_assessment_set_stage (assessment, scenario->stage);
  answer_scenario (bank, assessment, respondent, scenario);
  return assessment;
}

static gboolean
package_has_form (LadderRecommendation *recommendation,
                  const char           *form)
{
  for (guint i = 0; i < recommendation->package->len; i++)
    if (g_strcmp0 (((LadderPackageItem *) recommendation->package->pdata[i])->form, form) == 0)
      return TRUE;
  return FALSE;
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);

  g_assert_cmpstr (recommendation->rule->id, ==, scenario->rule);
  if (scenario->primary == NULL)
    g_assert_null (recommendation->primary);
  else
    g_assert_cmpstr (recommendation->primary->id, ==, scenario->primary);
  if (scenario->max_confidence >= 0)
    g_assert_cmpint (recommendation->confidence, <=, scenario->max_confidence);
  if (scenario->package_form != NULL)
    g_assert_true (package_has_form (recommendation, scenario->package_form));
  /* Never a silent result: every outcome explains itself. */
  g_assert_cmpuint (recommendation->reasons->len, >, 0);
  g_assert_cmpuint (recommendation->package->len, >, 0);
  g_assert_cmpuint (recommendation->confidence_reasons->len, >, 0);
  if (scenario->intervention)
    {
      gboolean mentioned = FALSE;

      for (guint i = 0; i < recommendation->caveats->len; i++)
        mentioned |= strstr (((LadderStatement *) recommendation->caveats->pdata[i])->text,
                             "formal intervention") != NULL;
      g_assert_true (mentioned);
    }
}

/* Every rule in rules.json is reached by some scenario above. */
static void
test_every_rule_has_a_scenario (void)
{
  g_autoptr(LadderContent) bank = content ();
  LadderRules *rules = ladder_content_get_rules (bank);

  g_assert_cmpuint (G_N_ELEMENTS (scenarios), >=, 14);
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const LadderRule *rule = rules->rules->pdata[i];
      gboolean found = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
        found |= strcmp (scenarios[s].rule, rule->id) == 0;
      if (!found)
        g_error ("no scenario reaches the rule “%s”", rule->id);
    }
}

static void
test_content_loads (void)
{
  g_autoptr(LadderContent) bank = content ();
  guint n = 0;

  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      const LadderSectionInfo *section = ladder_content_get_section (bank, s);

      g_assert_cmpuint (section->questions->len, >=, 6);
      g_assert_cmpuint (section->questions->len, <=, 8);
      n += section->questions->len;
    }
  g_assert_cmpuint (n, ==, ladder_content_get_n_questions (bank));
  g_assert_nonnull (ladder_content_find_form (bank, "sector-led"));
  g_assert_nonnull (ladder_content_find_form (bank, "external-scrutiny"));
  g_assert_nonnull (ladder_content_find_form (bank, "alternative-delivery"));
  g_assert_cmpstr (ladder_content_find_form (bank, "adm-new-organisation")->kind_of, ==, "alternative-delivery");
  g_assert_cmpstr (ladder_content_find_form (bank, "adm-executive-leadership")->kind_of, ==, "alternative-delivery");
  g_assert_nonnull (ladder_content_find_case_study (bank, "cornwall"));
  g_assert_nonnull (ladder_content_find_finding (bank, "strategy-know-how"));
  /* The resources question carries the workforce indicators. */
  {
    const LadderQuestion *workforce = ladder_content_find_question (bank, "im-workforce");
    g_autoptr(GString) codes = g_string_new (NULL);

    g_assert_nonnull (workforce);
    for (guint i = 0; i < workforce->indicators->len; i++)
      g_string_append_printf (codes, "%s ", ((LadderIndicatorLink *) workforce->indicators->pdata[i])->lait);
    g_assert_nonnull (strstr (codes->str, "Work_Force_TO_Rate"));
    g_assert_nonnull (strstr (codes->str, "Work_Force_Agecy_Rate"));
    g_assert_nonnull (strstr (codes->str, "Work_Force_Vac_Rate"));
    g_assert_nonnull (strstr (codes->str, "Work_Force_AvgNumCase_SW"));
  }
}

/* Breaking the content in various ways fails with a message that names
 * the file, the line and column, and the fault. */
typedef struct
{
  const char *file;           /* which of the three to break */
  const char *find;
  const char *replace;
  const char *expected;       /* in the message */
} Breakage;

static const Breakage breakages[] = {
  { "questions.json", "\"sa-listen-to-staff\"", "\"sa-children-and-families\"", "two questions are called" },
  { "questions.json", "\"statement\"", "\"statment\"", "“statment” is not something" },
  { "questions.json", "\"findings\": [", "\"findings\": [\"no-such-finding\", ", "there is no finding called “no-such-finding”" },
  { "questions.json", "\"facet\": \"grip\"", "\"facet\": \"grasp\"", "“grasp” is not a facet" },
  { "questions.json", "\"levels\": [", "\"levels\": [\"royal\", ", "“royal” is not a leadership level" },
  { "library.json", "\"id\": \"sector-led\"", "\"id\": \"sector-lead\"", "there is no form of support called “sector-led”" },
  { "library.json", "\"source\": \"isos-2017\"", "\"source\": \"isos-2018\"", "there is no source called" },
  { "rules.json", "\"primary\": \"sector-led\"", "\"primary\": \"peer-magic\"", "there is no form of support called “peer-magic”" },
  { "rules.json", "\"because\": [\"strategy\"", "\"because\": [\"stratagem\"", "“stratagem” is not one of" },
  { "rules.json", "\"self-assessment\": [\"not-in-place\"]", "\"self-assessment\": [\"absent\"]", "“absent” is not one of" },
  { "rules.json", "\"when\": {},", "\"when\": { \"stage\": [\"good-to-great\"] },", "the last rule must have no conditions" },
  { "rules.json", "\"in-place-from\": 3.0", "\"in-place-from\": 1.0", "“partly-from” must be below" },
  { "rules.json", "{\n  \"format\"", "{\n  \"format\": 1, \"format\"", "appears twice" },
};

static GBytes *
read_content_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "content", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static void
test_broken_content (gconstpointer data)
{
  const Breakage *breakage = data;
  const char *names[] = { "questions.json", "library.json", "rules.json" };
  GBytes *bytes[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) broken = NULL;

  for (guint i = 0; i < 3; i++)
    {
      bytes[i] = read_content_file (names[i]);
      if (strcmp (names[i], breakage->file) == 0)
        {
          g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes[i], NULL), g_bytes_get_size (bytes[i]));

          g_assert_cmpuint (g_string_replace (text, breakage->find, breakage->replace, 1), ==, 1);
          g_bytes_unref (bytes[i]);
          bytes[i] = g_string_free_to_bytes (g_steal_pointer (&text));
        }
    }
  broken = ladder_content_load (bytes[0], bytes[1], bytes[2], &error);
  for (guint i = 0; i < 3; i++)
    g_bytes_unref (bytes[i]);
  g_assert_null (broken);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, breakage->file));
  g_assert_nonnull (strstr (error->message, ", line "));
  g_assert_nonnull (strstr (error->message, ", column "));
  g_assert_nonnull (strstr (error->message, breakage->expected));
}

/* Don't know is never a rating: it leaves the score alone and lowers
 * confidence. */
static void
test_dont_know (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario base = { "dk", { 4, 4, 4 }, HEALTHY, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &base);
  const LadderSectionInfo *strategy = ladder_content_get_section (bank, LADDER_SECTION_STRATEGY);
  g_autoptr(LadderRecommendation) before = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) after = NULL;
  const char *respondent = ladder_assessment_get_respondent (assessment, 0)->id;

  g_assert_cmpint (before->confidence, ==, LADDER_CONFIDENCE_HIGH);
  /* Four of 32 answers: above the tenth that lowers confidence. */
  for (guint i = 0; i < 4; i++)
    ladder_assessment_set_answer (assessment, respondent,
                                  ((LadderQuestion *) strategy->questions->pdata[i])->id,
                                  LADDER_RATING_DONT_KNOW, NULL, FALSE);
  after = ladder_recommend (bank, assessment);
  g_assert_cmpfloat (after->capacities[LADDER_SECTION_STRATEGY].score, ==, 4.0);
  g_assert_cmpuint (after->capacities[LADDER_SECTION_STRATEGY].n_answered, ==, strategy->questions->len - 4);
  g_assert_cmpuint (after->n_dont_know, ==, 4);
  g_assert_cmpint (after->confidence, <, LADDER_CONFIDENCE_HIGH);
  g_assert_cmpstr (after->primary->id, ==, before->primary->id);
  {
    gboolean said = FALSE;

    for (guint i = 0; i < after->confidence_reasons->len; i++)
      said |= strstr (after->confidence_reasons->pdata[i], "don’t know") != NULL;
    g_assert_true (said);
  }
}

/* Two people who disagree: the same average, but less confidence, and the
 * reason names the question. */
static void
test_disagreement (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario high = { "high", { 4, 4, 4 }, HEALTHY, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  Scenario low = { "low", { 2, 4, 4 }, HEALTHY, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &high);
  g_autoptr(LadderRecommendation) alone = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) together = NULL;
  const char *second = ladder_assessment_add_respondent (assessment, "B. Other", "Lead member",
                                                         LADDER_LEADERSHIP_POLITICAL);
  const LadderQuestion *first_question = ladder_content_get_question (bank, 0);
  gboolean named = FALSE;

  answer_scenario (bank, assessment, second, &low);
  together = ladder_recommend (bank, assessment);
  g_assert_cmpint (alone->confidence, ==, LADDER_CONFIDENCE_HIGH);
  g_assert_cmpint (together->confidence, ==, LADDER_CONFIDENCE_LOW);
  g_assert_cmpuint (together->disagreements->len, ==,
                    ladder_content_get_section (bank, LADDER_SECTION_SELF_ASSESSMENT)->questions->len);
  g_assert_cmpfloat (together->questions[0].score, ==, 3.0);
  g_assert_cmpint (together->questions[0].lowest, ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (together->questions[0].highest, ==, LADDER_RATING_FULLY_IN_PLACE);
  for (guint i = 0; i < together->confidence_reasons->len; i++)
    named |= strstr (together->confidence_reasons->pdata[i], first_question->statement) != NULL &&
             strstr (together->confidence_reasons->pdata[i], "disagree") != NULL;
  g_assert_true (named);
}

/* Reasons carry the answers behind them: the weakest for a weakness. */
static void
test_reasons_cite_answers (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario scenario = { "sa", { 3, 3, 3 }, HEALTHY, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenario);
  g_autoptr(LadderRecommendation) recommendation = NULL;
  const LadderSectionInfo *sa = ladder_content_get_section (bank, LADDER_SECTION_SELF_ASSESSMENT);
  const char *respondent = ladder_assessment_get_respondent (assessment, 0)->id;
  const LadderQuestion *weakest = sa->questions->pdata[5];
  LadderReason *first;

  /* Self-assessment not in place, with one answer lower than the rest. */
  for (guint i = 0; i < sa->questions->len; i++)
    ladder_assessment_set_answer (assessment, respondent, ((LadderQuestion *) sa->questions->pdata[i])->id,
                                  i == 5 ? LADDER_RATING_NOT_IN_PLACE : LADDER_RATING_EMERGING, NULL, FALSE);
  ladder_assessment_set_answer (assessment, respondent, ((LadderQuestion *) sa->questions->pdata[0])->id,
                                LADDER_RATING_NOT_IN_PLACE, NULL, FALSE);
  recommendation = ladder_recommend (bank, assessment);
  g_assert_cmpstr (recommendation->rule->id, ==, "self-assessment-missing");
  first = recommendation->reasons->pdata[0];
  g_assert_true (first->statement->because & LADDER_BASIS_SELF_ASSESSMENT);
  g_assert_cmpuint (first->answers->len, >, 0);
  /* The two "not in place" answers come first, in bank order. */
  g_assert_true (((LadderQuestionResult *) first->answers->pdata[0])->question == sa->questions->pdata[0]);
  g_assert_true (((LadderQuestionResult *) first->answers->pdata[1])->question == weakest);
  for (guint i = 0; i < recommendation->reasons->len; i++)
    {
      LadderReason *reason = recommendation->reasons->pdata[i];

      g_assert_nonnull (reason->statement->findings[0]);
      for (guint f = 0; reason->statement->findings[f] != NULL; f++)
        g_assert_nonnull (ladder_content_find_finding (bank, reason->statement->findings[f]));
    }
}

/* On a boundary, moving one answer by one point changes the form, the
 * change says so, and confidence drops. */
static void
test_sensitivity_single_change (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario scenario = { "edge", { 4, 4, 3 }, HEALTHY, TRUE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) changed = NULL;
  const LadderAdviceChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpstr (recommendation->rule->id, ==, "in-place-new-start");
  g_assert_cmpuint (recommendation->changes->len, >, 0);
  change = recommendation->changes->pdata[0];
  g_assert_cmpuint (change->n_answers, ==, 1);
  g_assert_cmpint (change->answers[0]->question->section, ==, LADDER_SECTION_IMPLEMENTATION);
  g_assert_cmpint (change->to[0], ==, LADDER_RATING_EMERGING);
  g_assert_cmpstr (change->rule->id, ==, "implementation-blocked");
  g_assert_cmpint (recommendation->confidence, ==, LADDER_CONFIDENCE_MEDIUM);
  text = ladder_recommendation_describe_change (recommendation, change);
  g_assert_nonnull (strstr (text, change->answers[0]->question->statement));
  g_assert_nonnull (strstr (text, "External scrutiny"));
  /* Making that change really changes the advice. */
  ladder_assessment_set_answer (assessment, ladder_assessment_get_respondent (assessment, 0)->id,
                                change->answers[0]->question->id, change->to[0], NULL, FALSE);
  changed = ladder_recommend (bank, assessment);
  g_assert_cmpstr (changed->rule->id, ==, change->rule->id);
}

/* Far from a boundary: only a large change of one answer alters the form,
 * and confidence stays high. */
static void
test_sensitivity_far (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario scenario = { "far", { 4, 4, 4 }, HEALTHY, TRUE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);

  g_assert_cmpint (recommendation->confidence, ==, LADDER_CONFIDENCE_HIGH);
  g_assert_cmpuint (recommendation->changes->len, >, 0);
  for (guint i = 0; i < recommendation->changes->len; i++)
    {
      const LadderAdviceChange *change = recommendation->changes->pdata[i];

      g_assert_cmpuint (change->n_answers, ==, 1);
      g_assert_cmpfloat (fabs (change->answers[0]->score - change->to[0]), >=, 2.0);
      g_assert_cmpstr (change->rule->primary, !=, "sector-led");
    }
}

/* When no single answer can change the form, pairs are searched: here both
 * the persistence and the spread of the problems must be seen differently. */
static void
test_sensitivity_pairs (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario scenario = { "pairs", { 1, 1, 1 }, { 1, 1, 1, 1, 1, 1 }, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  const LadderAdviceChange *change;

  g_assert_cmpstr (recommendation->rule->id, ==, "none-in-place-systemic");
  g_assert_cmpuint (recommendation->changes->len, >, 0);
  change = recommendation->changes->pdata[0];
  g_assert_cmpuint (change->n_answers, ==, 2);
  g_assert_cmpstr (change->rule->id, ==, "none-in-place");
  g_assert_cmpint (change->answers[0]->question->facet, ==, LADDER_FACET_PERSISTENCE);
  g_assert_cmpint (change->to[0], ==, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpint (change->answers[1]->question->facet, ==, LADDER_FACET_SPREAD);
  g_assert_cmpint (change->to[1], ==, LADDER_RATING_EMERGING);
}

/* With nothing answered, no one or two answers can lead to advice: the
 * list is empty (and the pair search has run over every pair). */
static void
test_sensitivity_none (void)
{
  g_autoptr(LadderContent) bank = content ();
  Scenario scenario = { "none", { 0, 0, 0 }, { 0 }, FALSE, NULL, FALSE, 0, NULL, NULL, -1, NULL };
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);

  g_assert_cmpstr (recommendation->rule->id, ==, "not-enough-answers");
  g_assert_cmpuint (recommendation->changes->len, ==, 0);
  g_assert_cmpint (recommendation->confidence, ==, LADDER_CONFIDENCE_LOW);
}

/* The same answers give the same result every time. */
static void
test_deterministic (void)
{
  g_autoptr(LadderContent) bank = content ();
  const Scenario *scenario = &scenarios[15];
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, scenario);
  g_autoptr(LadderRecommendation) a = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) b = ladder_recommend (bank, assessment);

  g_assert_true (a->rule == b->rule);
  g_assert_cmpuint (a->changes->len, ==, b->changes->len);
  for (guint i = 0; i < a->changes->len; i++)
    {
      g_autofree char *ta = ladder_recommendation_describe_change (a, a->changes->pdata[i]);
      g_autofree char *tb = ladder_recommendation_describe_change (b, b->changes->pdata[i]);

      g_assert_cmpstr (ta, ==, tb);
    }
}

static void
test_undo (void)
{
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  const char *r = ladder_assessment_add_respondent (assessment, "A", NULL, 0);
  g_autofree char *undone = NULL;

  ladder_assessment_set_modified (assessment, FALSE);
  g_assert_false (ladder_assessment_get_can_undo (assessment));
  ladder_assessment_set_answer (assessment, r, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  ladder_assessment_set_answer (assessment, r, "sa-data-and-audits", LADDER_RATING_EMERGING, "N", FALSE);
  ladder_assessment_set_answer (assessment, r, "sa-data-and-audits", LADDER_RATING_EMERGING, "No", FALSE);
  ladder_assessment_set_answer (assessment, r, "sa-data-and-audits", LADDER_RATING_EMERGING, "Note", FALSE);
  g_assert_true (ladder_assessment_get_modified (assessment));
  /* The note, typed in three steps, goes back in one. */
  g_assert_true (ladder_assessment_undo (assessment, &undone));
  g_assert_cmpstr (undone, ==, "sa-data-and-audits");
  g_assert_null (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits")->note);
  g_assert_cmpint (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits")->rating, ==,
                   LADDER_RATING_EMERGING);
  g_assert_true (ladder_assessment_undo (assessment, NULL));
  g_assert_null (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits"));
  g_assert_false (ladder_assessment_undo (assessment, NULL));
  g_assert_false (ladder_assessment_get_can_undo (assessment));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/loads", test_content_loads);
  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/content/broken/%u", i);

      g_test_add_data_func (path, &breakages[i], test_broken_content);
    }
  g_test_add_func ("/recommendation/every-rule-has-a-scenario", test_every_rule_has_a_scenario);
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/recommendation/scenario/%s", scenarios[i].name);

      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/recommendation/dont-know", test_dont_know);
  g_test_add_func ("/recommendation/disagreement", test_disagreement);
  g_test_add_func ("/recommendation/reasons-cite-answers", test_reasons_cite_answers);
  g_test_add_func ("/recommendation/sensitivity/single", test_sensitivity_single_change);
  g_test_add_func ("/recommendation/sensitivity/far", test_sensitivity_far);
  g_test_add_func ("/recommendation/sensitivity/pairs", test_sensitivity_pairs);
  g_test_add_func ("/recommendation/sensitivity/none", test_sensitivity_none);
  g_test_add_func ("/recommendation/deterministic", test_deterministic);
  g_test_add_func ("/assessment/undo", test_undo);

  return g_test_run ();
}
