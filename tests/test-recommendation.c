/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the content and the decision model: a named scenario for
 * every rule, the leadership levels, views that differ, the context, the
 * property checks on broken rules, confidence, reasons and sensitivity
 * (engine, no display). The exhaustive and random property tests are in
 * test-decision-properties.c. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "assessment-spec.h"
#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-recommendation.h"

typedef struct
{
  const char *name;
  const char *people[4];      /* see assessment-spec.h */
  const char *context;
  const char *rule;
  const char *primary;        /* NULL: no recommendation */
  int         max_confidence; /* -1: no expectation */
  const char *package_form;   /* a form the package must include, or NULL */
  const char *says;           /* words the advice must contain somewhere, or NULL */
} Scenario;

#define FAILING "level=service sa=1 st=1 im=1 persistence=1 spread=1 grip=1 governance=2"
#define STRONG "level=service sa=4 st=4 im=4 healthy"

/* The early-grip case: the service level (where the new director leads)
 * judges the service and plans partly or fully, while councillors and
 * partners do not, so across the levels both capacities are missing. */
#define NEW_TEAM "level=service sa=2 sa-listen-to-staff=4 sa-causes-of-weakness=4 sa-data-and-audits=4 " \
                 "sa-every-level=1 st=3 st-built-with-partners=1 st-council-ownership=1 im=1 " \
                 "persistence=1 spread=1 grip=2 governance=2"

static const Scenario scenarios[] = {
  { "nothing-answered", { "level=service" }, NULL,
    "not-enough-answers", NULL, LADDER_CONFIDENCE_LOW, NULL, "answer 4 more of its 8 questions" },
  { "only-one-section-answered", { "level=service sa=4 healthy" }, NULL,
    "not-enough-answers", NULL, LADDER_CONFIDENCE_LOW, NULL, "Capacity to implement: answer 4 more" },
  { "new-model-cycle-of-decline", { FAILING }, NULL,
    "new-model-question", "alternative-delivery", LADDER_CONFIDENCE_MEDIUM, "adm-new-organisation", "blunt instrument" },
  { "new-model-strong-partner", { "level=service sa=1 st=1 im=1 persistence=3 spread=1 grip=1 governance=2" },
    "partner=yes", "new-model-question", "alternative-delivery", LADDER_CONFIDENCE_MEDIUM,
    "adm-executive-leadership", "strong council is willing to lead" },
  { "new-model-trusts-not-default", { FAILING }, NULL,
    "new-model-question", "alternative-delivery", LADDER_CONFIDENCE_MEDIUM, "external-scrutiny",
    "Do not assume a trust" },
  { "new-leaders-early-grip", { NEW_TEAM }, "new-leadership",
    "new-leaders-early-grip", "external-scrutiny", LADDER_CONFIDENCE_MEDIUM, "alternative-delivery",
    "six-monthly review" },
  { "new-leaders-without-grip", { FAILING }, "new-leadership",
    "new-model-question", "alternative-delivery", LADDER_CONFIDENCE_MEDIUM, "sector-led",
    "do not yet show the new team" },
  { "capacities-missing", { "level=service sa=1 st=1 im=2 persistence=4 spread=4 grip=2 governance=3" }, NULL,
    "capacities-missing", "external-scrutiny", LADDER_CONFIDENCE_MEDIUM, "sector-led", NULL },
  { "self-assessment-missing", { "level=service sa=1 st=3 im=3 healthy" }, NULL,
    "self-assessment-missing", "external-scrutiny", LADDER_CONFIDENCE_LOW, "sector-led", NULL },
  { "strategy-and-delivery-missing", { "level=service sa=3 st=1 im=1 healthy" }, NULL,
    "strategy-and-delivery-missing", "external-scrutiny", -1, "sector-led", "scrutiny alone cannot supply" },
  { "governance-dysfunctional", { "level=service sa=4 st=4 im=3 healthy political-oversight=1" }, NULL,
    "governance-dysfunctional", "external-scrutiny", -1, NULL, "understand the problems and know what to do" },
  { "oversight-all-emerging-counts", { "level=service sa=4 st=4 im=4 healthy governance=2" }, NULL,
    "governance-dysfunctional", "external-scrutiny", -1, NULL, NULL },
  { "systemic-with-capacity", { "level=service sa=4 st=4 im=4 healthy persistence=1" }, NULL,
    "systemic-with-capacity", "external-scrutiny", LADDER_CONFIDENCE_MEDIUM, "sector-led", "does not say" },
  { "area-grip-lost", { "level=service sa=4 st=4 im=4 healthy di-grip-referrals=2" }, NULL,
    "area-grip-lost", "external-scrutiny", -1, "sector-led", NULL },
  { "implementation-blocked", { "level=service sa=4 st=3 im=2 im-partner-resources=3 healthy" }, NULL,
    "implementation-blocked", "external-scrutiny", -1, "sector-led", NULL },
  { "inadequate-overall-grade", { STRONG }, "overall=inadequate@2025-03-01",
    "department-decides", "external-scrutiny", LADDER_CONFIDENCE_LOW, "external-scrutiny",
    "commissioner or adviser to judge early on" },
  { "inadequate-judgement-after-april-2026",
    { "level=service sa=3 st=3 im=3 healthy" },
    "help-and-protection=good@2026-07-01 children-in-care=inadequate@2026-07-01 "
    "care-leavers=requires-improvement@2026-07-01 leaders=requires-improvement@2026-07-01",
    "department-decides", "external-scrutiny", -1, "sector-led", "inadequate (children in care, 2026-07-01)" },
  { "improvement-notice", { STRONG }, "intervention=improvement-notice",
    "formal-intervention", "external-scrutiny", -1, "sector-led", "already part of its support" },
  { "statutory-direction", { STRONG }, "intervention=statutory-direction",
    "formal-intervention", "external-scrutiny", -1, "external-scrutiny", "Under the statutory direction" },
  { "strategy-missing", { "level=service sa=3 st=1 st-built-with-partners=4 im=3 healthy" }, NULL,
    "strategy-missing", "sector-led", -1, "sector-led", NULL },
  { "in-place-new-leader", { STRONG }, "new-leadership",
    "in-place-new-start", "sector-led", -1, "sector-led", "A new leader has arrived" },
  { "in-place-recent-inspection", { STRONG }, "overall=good@2025-12-01",
    "in-place-new-start", "sector-led", -1, "sector-led", "An inspection in the past year" },
  { "in-place-old-inspection", { STRONG }, "overall=good@2024-08-01",
    "in-place", "sector-led", -1, NULL, NULL },
  { "in-place-at-transition", { STRONG }, "stage=fair-to-good",
    "in-place-transition", "sector-led", -1, NULL, "moving from fair to good" },
  { "in-place-difficulties-unanswered", { "level=service sa=4 st=4 im=4" }, NULL,
    "in-place", "sector-led", LADDER_CONFIDENCE_MEDIUM, NULL, "incomplete" },
  { "in-place-new-model-by-choice", { STRONG }, "by-choice",
    "in-place", "sector-led", -1, NULL, "considering a new model by choice" },
  { "partly-in-place", { "level=service sa=2 st=3 im=3 healthy", "level=service sa=3 st=3 im=3 healthy" }, NULL,
    "partly-in-place", "sector-led", LADDER_CONFIDENCE_MEDIUM, "sector-led", "enough to build on" },
  { "partly-because-views-differ",
    { "level=political sa=4 st=4 im=4 healthy", "level=service sa=2 st=2 im=2 healthy" }, NULL,
    "partly-in-place", "sector-led", LADDER_CONFIDENCE_LOW, "sector-led", "whose picture is right" },
  { "leader-four-team-manager-one",
    { "level=political sa=4 st=4 im=4 healthy", "level=service sa=1 st=1 im=1 persistence=1 spread=1 grip=1 governance=1" },
    NULL, "partly-in-place", "sector-led", LADDER_CONFIDENCE_LOW, "sector-led", "see the service this differently" },
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

static LadderAssessment *
scenario_assessment (LadderContent  *bank,
                     const Scenario *scenario)
{
  return spec_assessment (bank, scenario->people, scenario->context);
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

/* Everything the advice says, for looking words up. */
static char *
everything_said (LadderRecommendation *recommendation)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < recommendation->package->len; i++)
    g_string_append_printf (out, "%s\n", ((LadderPackageItem *) recommendation->package->pdata[i])->text);
  for (guint i = 0; i < recommendation->reasons->len; i++)
    g_string_append_printf (out, "%s\n", ((LadderReason *) recommendation->reasons->pdata[i])->statement->text);
  for (guint i = 0; i < recommendation->caveats->len; i++)
    g_string_append_printf (out, "%s\n", ((LadderStatement *) recommendation->caveats->pdata[i])->text);
  for (guint i = 0; i < recommendation->context_notes->len; i++)
    g_string_append_printf (out, "%s\n", (char *) recommendation->context_notes->pdata[i]);
  for (guint i = 0; i < recommendation->confidence_reasons->len; i++)
    g_string_append_printf (out, "%s\n", (char *) recommendation->confidence_reasons->pdata[i]);
  for (guint i = 0; i < recommendation->view_gaps->len; i++)
    {
      g_autofree char *gap = ladder_recommendation_describe_view_gap (recommendation,
                                                                      &g_array_index (recommendation->view_gaps,
                                                                                      LadderViewGap, i));

      g_string_append_printf (out, "%s\n", gap);
    }
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      g_autofree char *needs = ladder_recommendation_describe_needs (recommendation, c);

      if (needs != NULL)
        g_string_append_printf (out, "%s\n", needs);
    }
  return g_string_free (out, FALSE);
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, scenario);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  g_autofree char *said = everything_said (recommendation);

  g_test_message ("%s", said);
  g_assert_cmpstr (recommendation->rule->id, ==, scenario->rule);
  if (scenario->primary == NULL)
    g_assert_null (recommendation->primary);
  else
    g_assert_cmpstr (recommendation->primary->id, ==, scenario->primary);
  if (scenario->max_confidence >= 0)
    g_assert_cmpint (recommendation->confidence, <=, scenario->max_confidence);
  if (scenario->package_form != NULL)
    g_assert_true (package_has_form (recommendation, scenario->package_form));
  if (scenario->says != NULL && strstr (said, scenario->says) == NULL)
    g_error ("the advice does not say “%s”", scenario->says);
  /* Never a silent result: every outcome explains itself. */
  g_assert_cmpuint (recommendation->reasons->len, >, 0);
  g_assert_cmpuint (recommendation->package->len, >, 0);
  g_assert_cmpuint (recommendation->confidence_reasons->len, >, 0);
  /* Every reason and caveat cites a finding the library has. */
  for (guint i = 0; i < recommendation->reasons->len; i++)
    {
      const LadderStatement *statement = ((LadderReason *) recommendation->reasons->pdata[i])->statement;

      g_assert_nonnull (statement->findings[0]);
      for (guint f = 0; statement->findings[f] != NULL; f++)
        g_assert_nonnull (ladder_content_find_finding (bank, statement->findings[f]));
    }
}

/* Every rule in rules.json is reached by some scenario above. */
static void
test_every_rule_has_a_scenario (void)
{
  g_autoptr(LadderContent) bank = content ();
  LadderRules *rules = ladder_content_get_rules (bank);

  g_assert_cmpuint (G_N_ELEMENTS (scenarios), >=, rules->rules->len);
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

static guint
count_of (const char *text,
          const char *words)
{
  guint n = 0;

  for (const char *p = strstr (text, words); p != NULL; p = strstr (p + 1, words))
    n++;
  return n;
}

/* "In short", for every scenario: the form first, each state the
 * capacities are in said once (and only the states they are in), and a
 * closing sentence that matches the confidence, with no sentence more. */
static void
test_in_short (void)
{
  static const char * const states[] = {
    [LADDER_LEVEL_NOT_IN_PLACE] = "are not in place", [LADDER_LEVEL_PARTLY] = "only partly in place",
    [LADDER_LEVEL_IN_PLACE] = "in place", [LADDER_LEVEL_UNKNOWN] = "not yet judged",
  };
  static const char * const sure[] = { "not sure", "fairly sure", "is sure" };
  g_autoptr(LadderContent) bank = content ();

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenarios[i]);
      g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, assessment);
      g_autofree char *text = ladder_recommendation_describe_in_short (rec);

      if (rec->primary == NULL)
        {
          g_assert_true (g_str_has_prefix (text, "There is not yet enough to go on."));
          continue;
        }
      g_assert_true (g_str_has_prefix (text, rec->primary->name));
      g_assert_nonnull (strstr (text, sure[rec->confidence]));
      g_assert_cmpuint (count_of (text, ". "), ==, 1);
      g_assert_true (g_str_has_suffix (text, "."));
      for (LadderLevel l = LADDER_LEVEL_UNKNOWN; l <= LADDER_LEVEL_IN_PLACE; l++)
        {
          gboolean present = FALSE;

          for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
            present |= rec->capacities[c].level == l;
          /* "in place" is also inside the other phrases: count it alone. */
          if (l == LADDER_LEVEL_IN_PLACE)
            g_assert_cmpuint (count_of (text, " in place") - count_of (text, "not in place")
                              - count_of (text, "partly in place"), ==, present ? 1 : 0);
          else if (l == LADDER_LEVEL_NOT_IN_PLACE)
            g_assert_cmpuint (count_of (text, "not in place"), ==, present ? 1 : 0);
          else
            g_assert_cmpuint (count_of (text, states[l]), ==, present ? 1 : 0);
        }
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
  /* The decision model's properties. */
  { "rules.json", "\"when\": { \"self-assessment\": [\"not-in-place\"] },\n      \"primary\": \"external-scrutiny\"",
    "\"when\": { \"self-assessment\": [\"not-in-place\"] },\n      \"primary\": \"sector-led\"",
    "worse answers would bring lighter support: the rule “self-assessment-missing” gives sector-led" },
  { "rules.json", "\"implementation\": [\"not-in-place\", \"partly\"],\n        \"systemic\": [\"yes\"]\n      },\n      \"primary\": \"alternative-delivery\"",
    "\"implementation\": [\"not-in-place\", \"partly\"]\n      },\n      \"primary\": \"alternative-delivery\"",
    "a change of one answer would move the advice two steps up the order of escalation: the rule “new-model-question”" },
  { "rules.json", "\"stage\": [\"fair-to-good\", \"good-to-great\"]", "\"any-context\": [\"new-leadership\", \"recent-inspection\"]",
    "the rule “in-place-transition” can never apply" },
  { "rules.json", "{ \"form\": \"sector-led\", \"text\": \"A focused partnership with a council that is strong",
    "{ \"form\": \"alternative-delivery\", \"text\": \"A focused partnership with a council that is strong",
    "worse answers would take the heaviest form out of the package" },
  { "questions.json", "\"partnership\"\n          ],\n          \"indicators\": [],\n          \"findings\": [\n            \"support-beyond-childrens-services\",\n            \"implementation-resources\"",
    "\"corporate\"\n          ],\n          \"indicators\": [],\n          \"findings\": [\n            \"support-beyond-childrens-services\",\n            \"implementation-resources\"",
    "no question in “Capacity to implement” concerns the partnership level" },
  { "rules.json", "\"inspection\": [\"inadequate\"] }", "\"inspection\": [\"excellent\"] }", "“excellent” is not one of" },
  { "rules.json", "\"escalation\": [\"sector-led\", \"external-scrutiny\", \"alternative-delivery\"]",
    "\"escalation\": [\"sector-led\", \"external-scrutiny\", \"alternative-delivery\", \"adm-new-organisation\"]",
    "“adm-new-organisation” is a kind of “alternative-delivery”" },
  { "rules.json", "\"findings\": [\"adm-not-a-cure\"] }", "\"findings\": [] }", "must cite a finding" },
  { "library.json", "\"where\": \"Isos 2017, section 1, “The enabling role of improvement support”\"\n",
    "\"wherever\": \"\"\n", "“wherever” is not something" },
  /* Form and references. */
  { "questions.json", "\"sa-listen-to-staff\"", "\"sa-children-and-families\"", "two questions are called" },
  { "questions.json", "\"statement\"", "\"statment\"", "“statment” is not something" },
  { "questions.json", "\"findings\": [", "\"findings\": [\"no-such-finding\", ", "there is no finding called “no-such-finding”" },
  { "questions.json", "\"facet\": \"grip\"", "\"facet\": \"grasp\"", "“grasp” is not a facet" },
  { "questions.json", "\"levels\": [", "\"levels\": [\"royal\", ", "“royal” is not a leadership level" },
  { "library.json", "\"id\": \"sector-led\"", "\"id\": \"sector-lead\"", "there is no form of support called “sector-led”" },
  { "library.json", "\"source\": \"isos-2017\"", "\"source\": \"isos-2018\"", "there is no source called" },
  { "rules.json", "\"primary\": \"sector-led\"", "\"primary\": \"peer-magic\"", "“peer-magic” is not in the order of escalation" },
  { "rules.json", "\"because\": [\"strategy\"", "\"because\": [\"stratagem\"", "“stratagem” is not one of" },
  { "rules.json", "\"self-assessment\": [\"not-in-place\"]", "\"self-assessment\": [\"absent\"]", "“absent” is not one of" },
  { "rules.json", "\"when\": {},", "\"when\": { \"stage\": [\"good-to-great\"] },", "the last rule must have no conditions" },
  { "rules.json", "\"in-place-from\": 3.0", "\"in-place-from\": 2.0", "“partly-from” must be below" },
  { "rules.json", "\"version\": 2", "\"version\": 1", "only version 2 of the rules" },
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

/* The weakest leadership level decides: good service leaders do not hide
 * councillors and partners who lack a grip, though the mean would. */
static void
test_weakest_level_decides (void)
{
  const char *people[] = {
    "level=service sa=2 sa-listen-to-staff=4 sa-causes-of-weakness=4 sa-data-and-audits=4 st=4 im=4 healthy", NULL,
  };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, assessment);
  const LadderCapacityResult *sa = &rec->capacities[LADDER_SECTION_SELF_ASSESSMENT];
  int service = ladder_leadership_level_get_index (LADDER_LEADERSHIP_SERVICE);
  double total = 0;

  for (guint q = 0; q < 8; q++)
    total += rec->questions[q].score;
  /* The mean of all eight answers would be "partly in place". */
  g_assert_cmpfloat (total / 8, >=, 2.5);
  g_assert_cmpint (sa->by_level[service].level, ==, LADDER_LEVEL_PARTLY);
  g_assert_cmpint (sa->level, ==, LADDER_LEVEL_NOT_IN_PLACE);
  g_assert_cmpint (sa->by_level[sa->weakest].level, ==, LADDER_LEVEL_NOT_IN_PLACE);
  g_assert_true (sa->weakest == ladder_leadership_level_get_index (LADDER_LEADERSHIP_POLITICAL) ||
                 sa->weakest == ladder_leadership_level_get_index (LADDER_LEADERSHIP_PARTNERSHIP));
  g_assert_cmpfloat (sa->score, ==, sa->by_level[sa->weakest].score);
  g_assert_cmpstr (rec->rule->id, ==, "self-assessment-missing");
}

/* Each leadership level's view counts once: six team managers do not
 * outvote one councillor. */
static void
test_levels_count_once (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(LadderRecommendation) rec = NULL;

  spec_add_person (bank, assessment, "level=political sa=4");
  for (guint i = 0; i < 6; i++)
    spec_add_person (bank, assessment, "level=service sa=2");
  rec = ladder_recommend (bank, assessment);
  g_assert_cmpfloat (rec->questions[0].score, ==, 3.0);
  g_assert_cmpuint (rec->perspectives[ladder_leadership_level_get_index (LADDER_LEADERSHIP_SERVICE)].n_people, ==, 6);
  g_assert_cmpuint (rec->n_people, ==, 7);
}

/* A two-point gap between levels is reported as a finding about
 * self-assessment, holds self-assessment at partly, and lowers confidence;
 * it is never averaged into "a basis to build on". */
static void
test_views_differ (void)
{
  const char *people[] = { "level=political sa=4 st=4 im=4 healthy", "level=service sa=2 st=2 im=2 healthy", NULL };
  const char *close[] = { "level=political sa=4 st=4 im=4 healthy", "level=service sa=3 st=3 im=3 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) apart = spec_assessment (bank, people, NULL);
  g_autoptr(LadderAssessment) near = spec_assessment (bank, close, NULL);
  g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, apart);
  g_autoptr(LadderRecommendation) agreed = ladder_recommend (bank, near);
  const LadderViewGap *gap;
  g_autofree char *text = NULL;

  g_assert_cmpint (rec->state.flags[LADDER_FLAG_VIEWS_DIFFER], ==, LADDER_FLAG_STATE_YES);
  g_assert_cmpuint (rec->view_gaps->len, ==, 3);
  gap = &g_array_index (rec->view_gaps, LadderViewGap, 0);
  g_assert_cmpuint (gap->capacity, ==, LADDER_SECTION_SELF_ASSESSMENT);
  g_assert_cmpint (rec->perspectives[gap->high].level, ==, LADDER_LEADERSHIP_POLITICAL);
  g_assert_cmpint (rec->perspectives[gap->low].level, ==, LADDER_LEADERSHIP_SERVICE);
  text = ladder_recommendation_describe_view_gap (rec, gap);
  g_assert_nonnull (strstr (text, "political level give 4.0"));
  g_assert_nonnull (strstr (text, "service level give 2.0"));
  g_assert_nonnull (strstr (text, "self-assessment is weak"));
  /* The mean is 3, "in place", but self-assessment is held at partly. */
  g_assert_true (rec->capacities[LADDER_SECTION_SELF_ASSESSMENT].lowered);
  g_assert_cmpint (rec->capacities[LADDER_SECTION_SELF_ASSESSMENT].level, ==, LADDER_LEVEL_PARTLY);
  g_assert_cmpint (rec->capacities[LADDER_SECTION_STRATEGY].level, ==, LADDER_LEVEL_IN_PLACE);
  g_assert_cmpint (rec->confidence, ==, LADDER_CONFIDENCE_LOW);
  for (guint i = 0; i < rec->reasons->len; i++)
    g_assert_null (strstr (((LadderReason *) rec->reasons->pdata[i])->statement->text, "enough to build on"));

  g_assert_cmpint (agreed->state.flags[LADDER_FLAG_VIEWS_DIFFER], ==, LADDER_FLAG_STATE_NO);
  g_assert_cmpuint (agreed->view_gaps->len, ==, 0);
  g_assert_false (agreed->capacities[LADDER_SECTION_SELF_ASSESSMENT].lowered);
}

/* Advice resting on one person is at most medium and says whose view it
 * is; people at two levels who agree can reach high confidence. */
static void
test_one_person (void)
{
  const char *one[] = { "level=service sa=4 st=4 im=4 healthy", NULL };
  const char *two[] = { "level=service sa=4 st=4 im=4 healthy", "level=political sa=4 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) alone = spec_assessment (bank, one, NULL);
  g_autoptr(LadderAssessment) pair = spec_assessment (bank, two, NULL);
  g_autoptr(LadderRecommendation) single = ladder_recommend (bank, alone);
  g_autoptr(LadderRecommendation) both = ladder_recommend (bank, pair);
  g_autofree char *said = everything_said (single);

  g_assert_cmpint (single->confidence, ==, LADDER_CONFIDENCE_MEDIUM);
  g_assert_nonnull (strstr (said, "rests on one person’s answers: Person 1 (service level)"));
  g_assert_cmpint (both->confidence, ==, LADDER_CONFIDENCE_HIGH);
}

/* Answers that contradict the latest inspection lower confidence and say
 * so, in both directions. */
static void
test_contradicts_inspection (void)
{
  const char *failing[] = { FAILING, "level=political sa=1 st=1 im=1 persistence=1 spread=1 grip=1 governance=2", NULL };
  const char *strong[] = { STRONG, "level=political sa=4 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) outstanding = spec_assessment (bank, failing, "overall=outstanding@2025-01-10");
  g_autoptr(LadderAssessment) inadequate = spec_assessment (bank, strong,
                                                            "leaders=inadequate@2026-06-01 help-and-protection=good@2026-06-01");
  g_autoptr(LadderRecommendation) harsh = ladder_recommend (bank, outstanding);
  g_autoptr(LadderRecommendation) kind = ladder_recommend (bank, inadequate);
  g_autofree char *harsh_said = everything_said (harsh);
  g_autofree char *kind_said = everything_said (kind);

  g_assert_cmpint (harsh->confidence, ==, LADDER_CONFIDENCE_LOW);
  g_assert_nonnull (strstr (harsh_said, "was outstanding (overall, 2025-01-10)"));
  g_assert_cmpint (kind->confidence, ==, LADDER_CONFIDENCE_LOW);
  g_assert_nonnull (strstr (kind_said, "was inadequate (impact of leaders, 2026-06-01)"));
  g_assert_cmpstr (kind->rule->id, ==, "department-decides");
  /* An inadequate judgement puts the Department first in the package. */
  g_assert_nonnull (strstr (((LadderPackageItem *) kind->package->pdata[0])->text, "Department for Education"));
}

/* An overall grade dated after Ofsted stopped giving them is questioned. */
static void
test_overall_grade_after_april_2026 (void)
{
  const char *people[] = { STRONG, "level=political sa=4 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, "overall=good@2026-05-01");
  g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, assessment);
  g_autofree char *said = everything_said (rec);

  g_assert_cmpint (rec->confidence, <=, LADDER_CONFIDENCE_MEDIUM);
  g_assert_nonnull (strstr (said, "no overall grade since April 2026"));
}

/* The research's complaint cases: worse answers never bring lighter
 * support. */
static void
test_worse_never_lighter (void)
{
  static const char * const pairs[][2] = {
    /* Self-assessment a little lower, the same blocked implementation. */
    { "level=service sa=3 st=3 im=2 healthy", "level=service sa=3 sa-causes-of-weakness=2 st=3 im=2 healthy" },
    /* Largely in place or emerging, with the same persistent problems. */
    { "level=service sa=3 st=3 im=3 healthy persistence=1", "level=service sa=2 st=2 im=2 healthy persistence=1" },
    /* Strategy partly there, then missing, with implementation blocked. */
    { "level=service sa=4 st=3 im=2 healthy", "level=service sa=4 st=1 im=2 healthy" },
  };
  g_autoptr(LadderContent) bank = content ();

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char *better_people[] = { pairs[i][0], NULL };
      const char *worse_people[] = { pairs[i][1], NULL };
      g_autoptr(LadderAssessment) better_assessment = spec_assessment (bank, better_people, NULL);
      g_autoptr(LadderAssessment) worse_assessment = spec_assessment (bank, worse_people, NULL);
      g_autoptr(LadderRecommendation) better = ladder_recommend (bank, better_assessment);
      g_autoptr(LadderRecommendation) worse = ladder_recommend (bank, worse_assessment);

      g_test_message ("%s: %s; %s: %s", pairs[i][0], better->rule->id, pairs[i][1], worse->rule->id);
      g_assert_cmpint (ladder_recommendation_get_severity (worse), >=, ladder_recommendation_get_severity (better));
    }
}

/* With too few answers, the advice says how many more each section needs
 * and lists no changes of answer. */
static void
test_needs (void)
{
  const char *people[] = { "level=service sa=4 st=4 st-clear-priorities=0 st-credible-plan=0 st-know-good-practice=0 "
                           "st-built-with-staff=0 st-built-with-partners=0 im=3 im-workforce=0 im-caseloads-supervision=0 "
                           "im-budget-and-structures=0", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, assessment);
  g_autofree char *strategy = ladder_recommendation_describe_needs (rec, LADDER_SECTION_STRATEGY);
  g_autofree char *self = ladder_recommendation_describe_needs (rec, LADDER_SECTION_SELF_ASSESSMENT);

  g_assert_cmpstr (rec->rule->id, ==, "not-enough-answers");
  g_assert_cmpuint (rec->needs[LADDER_SECTION_STRATEGY], ==, 1);
  g_assert_cmpuint (rec->needs[LADDER_SECTION_IMPLEMENTATION], ==, 0);
  g_assert_cmpuint (rec->capacities[LADDER_SECTION_IMPLEMENTATION].level, !=, LADDER_LEVEL_UNKNOWN);
  g_assert_cmpstr (strategy, ==, "Capacity to set a strategy: answer 1 more of its 8 questions (3 answered so far).");
  g_assert_null (self);
  g_assert_cmpuint (rec->changes->len, ==, 0);
}

/* Don't know is never a rating: it leaves the score alone and lowers
 * confidence. */
static void
test_dont_know (void)
{
  const char *people[] = { STRONG, "level=political sa=4 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  const LadderSectionInfo *strategy = ladder_content_get_section (bank, LADDER_SECTION_STRATEGY);
  g_autoptr(LadderRecommendation) before = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) after = NULL;
  const char *respondent = ladder_assessment_get_respondent (assessment, 0)->id;

  g_assert_cmpint (before->confidence, ==, LADDER_CONFIDENCE_HIGH);
  /* One of two people does not know: the other's ratings still count. */
  for (guint i = 0; i < strategy->questions->len; i++)
    ladder_assessment_set_answer (assessment, respondent, ((LadderQuestion *) strategy->questions->pdata[i])->id,
                                  LADDER_RATING_DONT_KNOW, NULL, FALSE);
  after = ladder_recommend (bank, assessment);
  g_assert_cmpstr (after->rule->id, ==, before->rule->id);
  g_assert_cmpfloat (after->capacities[LADDER_SECTION_STRATEGY].score, ==, 4.0);
  g_assert_cmpuint (after->n_dont_know, ==, strategy->questions->len);
  g_assert_cmpuint (after->n_answered, ==, before->n_answered);
  g_assert_cmpint (after->confidence, <, LADDER_CONFIDENCE_HIGH);
}

/* Two people who disagree on questions: less confidence, and the reason
 * names a question. */
static void
test_disagreement (void)
{
  const char *people[] = { "level=service sa=4 st=4 im=4 healthy", "level=service sa=2 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  g_autoptr(LadderRecommendation) together = ladder_recommend (bank, assessment);
  const LadderQuestion *first_question = ladder_content_get_question (bank, 0);
  gboolean named = FALSE;

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
  const char *people[] = { "level=service sa=2 sa-listen-to-staff=1 sa-matched-inspection=1 st=3 im=3 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  const LadderSectionInfo *sa = ladder_content_get_section (bank, LADDER_SECTION_SELF_ASSESSMENT);
  LadderReason *first;

  g_assert_cmpstr (recommendation->rule->id, ==, "self-assessment-missing");
  first = recommendation->reasons->pdata[0];
  g_assert_true (first->statement->because & LADDER_BASIS_SELF_ASSESSMENT);
  g_assert_cmpuint (first->answers->len, ==, 2);
  /* The two "not in place" answers come first, in bank order. */
  g_assert_true (((LadderQuestionResult *) first->answers->pdata[0])->question == sa->questions->pdata[0]);
  g_assert_true (((LadderQuestionResult *) first->answers->pdata[1])->question == sa->questions->pdata[5]);
}

/* On a boundary, moving one answer by one point changes the form, the
 * change says so, and confidence drops. */
static void
test_sensitivity_single_change (void)
{
  const char *people[] = { "level=service sa=4 st=4 im=3 healthy", "level=political sa=4 st=4 im=3 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, "new-leadership");
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) changed = NULL;
  const LadderAdviceChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpstr (recommendation->rule->id, ==, "in-place-new-start");
  g_assert_cmpuint (recommendation->changes->len, >, 0);
  change = recommendation->changes->pdata[0];
  g_assert_cmpuint (change->n_answers, ==, 1);
  /* Partners' resources is the one question about their part in
   * implementation, so it alone can take the capacity out of place. */
  g_assert_cmpstr (change->answers[0]->question->id, ==, "im-partner-resources");
  g_assert_cmpint (change->to[0], ==, LADDER_RATING_EMERGING);
  g_assert_cmpstr (change->rule->id, ==, "implementation-blocked");
  g_assert_cmpint (recommendation->confidence, ==, LADDER_CONFIDENCE_MEDIUM);
  text = ladder_recommendation_describe_change (recommendation, change);
  g_assert_nonnull (strstr (text, change->answers[0]->question->statement));
  g_assert_nonnull (strstr (text, "External scrutiny"));
  /* Making that change really changes the advice. */
  for (guint r = 0; r < 2; r++)
    ladder_assessment_set_answer (assessment, ladder_assessment_get_respondent (assessment, r)->id,
                                  change->answers[0]->question->id, change->to[0], NULL, FALSE);
  changed = ladder_recommend (bank, assessment);
  g_assert_cmpstr (changed->rule->id, ==, change->rule->id);
}

/* Far from a boundary: only a large change of one answer alters the form,
 * and confidence stays high. */
static void
test_sensitivity_far (void)
{
  const char *people[] = { STRONG, "level=political sa=4 st=4 im=4 healthy", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
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

/* When no single answer can change the form, pairs are searched: here the
 * problems must be seen as neither persistent nor widespread. */
static void
test_sensitivity_pairs (void)
{
  const char *people[] = { "level=service sa=1 st=1 im=1 persistence=1 spread=1 grip=1 governance=1", NULL };
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = spec_assessment (bank, people, NULL);
  g_autoptr(LadderRecommendation) recommendation = ladder_recommend (bank, assessment);
  const LadderAdviceChange *change;

  g_assert_cmpstr (recommendation->rule->id, ==, "new-model-question");
  g_assert_cmpuint (recommendation->changes->len, >, 0);
  change = recommendation->changes->pdata[0];
  g_assert_cmpuint (change->n_answers, ==, 2);
  g_assert_cmpstr (change->rule->id, ==, "capacities-missing");
  g_assert_cmpint (change->answers[0]->question->facet, ==, LADDER_FACET_PERSISTENCE);
  g_assert_cmpint (change->to[0], ==, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpint (change->answers[1]->question->facet, ==, LADDER_FACET_SPREAD);
  g_assert_cmpint (change->to[1], ==, LADDER_RATING_LARGELY_IN_PLACE);
}

/* The same answers give the same result every time. */
static void
test_deterministic (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = scenario_assessment (bank, &scenarios[G_N_ELEMENTS (scenarios) - 1]);
  g_autoptr(LadderRecommendation) a = ladder_recommend (bank, assessment);
  g_autoptr(LadderRecommendation) b = ladder_recommend (bank, assessment);
  g_autofree char *ta = everything_said (a);
  g_autofree char *tb = everything_said (b);

  g_assert_true (a->rule == b->rule);
  g_assert_cmpstr (ta, ==, tb);
  g_assert_cmpuint (a->changes->len, ==, b->changes->len);
  for (guint i = 0; i < a->changes->len; i++)
    {
      g_autofree char *ca = ladder_recommendation_describe_change (a, a->changes->pdata[i]);
      g_autofree char *cb = ladder_recommendation_describe_change (b, b->changes->pdata[i]);

      g_assert_cmpstr (ca, ==, cb);
    }
}

/* One person listed by role only: the confidence sentence gives the role,
 * never the name. */
static void
test_sole_respondent_by_role (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(LadderRecommendation) recommendation = NULL;
  const char *id = ladder_assessment_add_respondent (assessment, "Morgan Quill", "Team manager",
                                                     LADDER_LEADERSHIP_SERVICE);
  gboolean said = FALSE;

  ladder_assessment_update_respondent (assessment, id, "Morgan Quill", "Team manager", LADDER_LEADERSHIP_SERVICE,
                                       TRUE);
  for (guint q = 0; q < ladder_content_get_n_questions (bank); q++)
    ladder_assessment_set_answer (assessment, id, ladder_content_get_question (bank, q)->id,
                                  LADDER_RATING_EMERGING, NULL, FALSE);
  recommendation = ladder_recommend (bank, assessment);
  g_assert_true (recommendation->sole_respondent != NULL);
  for (guint i = 0; i < recommendation->confidence_reasons->len; i++)
    {
      const char *reason = recommendation->confidence_reasons->pdata[i];

      g_assert_null (strstr (reason, "Morgan"));
      said |= strstr (reason, "Team manager (service level)") != NULL;
    }
  g_assert_true (said);
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
  g_test_add_func ("/recommendation/in-short", test_in_short);
  g_test_add_func ("/recommendation/weakest-level-decides", test_weakest_level_decides);
  g_test_add_func ("/recommendation/levels-count-once", test_levels_count_once);
  g_test_add_func ("/recommendation/views-differ", test_views_differ);
  g_test_add_func ("/recommendation/one-person", test_one_person);
  g_test_add_func ("/recommendation/contradicts-inspection", test_contradicts_inspection);
  g_test_add_func ("/recommendation/overall-grade-after-april-2026", test_overall_grade_after_april_2026);
  g_test_add_func ("/recommendation/worse-never-lighter", test_worse_never_lighter);
  g_test_add_func ("/recommendation/needs", test_needs);
  g_test_add_func ("/recommendation/dont-know", test_dont_know);
  g_test_add_func ("/recommendation/disagreement", test_disagreement);
  g_test_add_func ("/recommendation/reasons-cite-answers", test_reasons_cite_answers);
  g_test_add_func ("/recommendation/sensitivity/single", test_sensitivity_single_change);
  g_test_add_func ("/recommendation/sensitivity/far", test_sensitivity_far);
  g_test_add_func ("/recommendation/sensitivity/pairs", test_sensitivity_pairs);
  g_test_add_func ("/recommendation/deterministic", test_deterministic);
  g_test_add_func ("/recommendation/sole-respondent-by-role", test_sole_respondent_by_role);

  return g_test_run ();
}
