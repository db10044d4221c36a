/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The councils the two research reports describe, against the advice.
 *
 * Each file in tests/case-studies/ answers only what the report's text
 * supports about one council at the moment a decision about support was
 * made (docs/case-studies.md says what, and where). No report says enough
 * to answer half of any section, so on the text alone Ladder asks for more
 * answers, and the first test checks that it does, saying how many, rather
 * than inventing advice.
 *
 * The second test completes the unanswered questions in every way that
 * fits the research's account of that council: where the report
 * characterises a capacity ("the new director was robust"), only ratings
 * that agree with it; where it is silent, any rating. Every completion
 * goes through the whole engine, and the set of primary forms that results
 * is compared with the research's verdict. Run with LADDER_UPDATE_DOCS=1
 * to write the comparison table into docs/case-studies.md. */
#include "config.h"

#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-assessment-private.h"
#include "ladder-recommendation.h"

typedef struct
{
  const char *id;
  const char *fills;          /* group=ratings; see the comment on groups */
  const char *verdict;        /* the forms the research describes as used or fitting */
  const char *expected;       /* the primary forms the completions give, in escalation order */
  const char *kind;           /* a kind of new model every such completion must name, or NULL */
  const char *verdict_text;
  const char *open_text;      /* what the research leaves open */
} CaseStudy;

/* Groups: "sa", "st", "im" for a capacity's unanswered questions, or
 * "sa@service" and "st@service" for those about the service level when the
 * research speaks of the director in particular; "systemic" for the
 * persistence and spread questions, "grip" and "governance". */
static const CaseStudy cases[] = {
  { "cornwall",
    /* New leaders had analysed why the service failed (Isos, Cornwall). */
    "sa=34 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "sector-led", "external-scrutiny", NULL,
    "Sector-led: a rigorous peer review as the new leaders' baseline, then partnerships with Hertfordshire and Essex",
    "strategy, implementation, and how widespread the weaknesses were" },
  { "rochdale",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "sector-led,external-scrutiny", "external-scrutiny,alternative-delivery", NULL,
    "Sector-led and scrutiny together: a peer review as new leaders arrived, and an independently chaired board",
    "every capacity and the nature of the difficulties" },
  { "torbay",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "sector-led,external-scrutiny", "external-scrutiny,alternative-delivery", NULL,
    "Sector-led and scrutiny: Hampshire as strategic partner, its chief executive as commissioner",
    "every capacity (beyond an inward-looking culture) and the difficulties" },
  { "devon",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny", "external-scrutiny,alternative-delivery", NULL,
    "External scrutiny: an independently chaired improvement board",
    "everything about the council itself" },
  { "dudley",
    /* The new director found serious weaknesses, as Ofsted later did
     * (Isos, Devon and Dudley): leaders judged the service accurately and
     * grip on practice was lacking. */
    "sa=34 st=1234 im=1234 systemic=1234 grip=12 governance=1234",
    "external-scrutiny", "external-scrutiny", NULL,
    "External scrutiny sought by the council: an independently chaired board before inspection",
    "strategy, implementation, oversight, and how widespread and lasting the problems were" },
  { "northamptonshire",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny", "external-scrutiny,alternative-delivery", NULL,
    "External scrutiny: an independently chaired board, used as the council's own tool",
    "everything but the council's openness to challenge" },
  { "doncaster",
    /* Councils with new models said these had created the stability of
     * leadership, workforce and vision they had not managed before (Isos,
     * alternative delivery models: potential benefits). */
    "sa=1234 st=12 im=12 systemic=1234 grip=1234 governance=1234",
    "alternative-delivery", "external-scrutiny,alternative-delivery", "adm-new-organisation",
    "A new organisation (the trust), by direction, after a cycle of improvement and decline",
    "whether leaders could judge the service accurately" },
  { "isle-of-wight",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "alternative-delivery", "external-scrutiny,alternative-delivery", "adm-executive-leadership",
    "Executive leadership by Hampshire, a strong council willing to lead, under a direction",
    "everything about the island's own leaders" },
  { "walsall",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny,alternative-delivery", "external-scrutiny,alternative-delivery", NULL,
    "A direction, with education functions contracted out to a private provider",
    "the leaders' capacities (the report lists inspection weaknesses)" },
  { "waltham-forest",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny,alternative-delivery", "external-scrutiny,alternative-delivery", NULL,
    "A direction, with many education functions contracted out",
    "the leaders' capacities and whether the problems had lasted" },
  { "swindon",
    "sa=1234 st=1234 im=1234 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny,alternative-delivery", "external-scrutiny,alternative-delivery", NULL,
    "A direction: the top tiers of education management contracted out under an independent board",
    "self-assessment, most of strategy and implementation" },
  { "north-east-lincolnshire",
    /* Ofsted judged its capacity to improve poor (OPM, Appendix C). */
    "sa=12 st=12 im=12 systemic=1234 grip=1234 governance=1234",
    "alternative-delivery,external-scrutiny", "alternative-delivery", NULL,
    "A direction: a strategic partner running the whole of children's services with interim senior managers",
    "whether the problems had lasted" },
  { "plymouth",
    /* The new director was judged robust but needed time-limited help in
     * key areas and to fill vacancies (OPM, Appendix C). */
    "sa@service=34 sa=1234 st@service=34 st=1234 im=12 systemic=1234 grip=1234 governance=1234",
    "external-scrutiny", "external-scrutiny", NULL,
    "A direction with a lighter partner model, because the new director was robust",
    "councillors, the corporate centre and partners" },
};

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *content = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return content;
}

static LadderAssessment *
load_case (const char *id)
{
  g_autofree char *name = g_strdup_printf ("%s.ladder", id);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "case-studies", name, NULL);
  g_autoptr(GError) error = NULL;
  LadderAssessment *assessment = ladder_assessment_load_file (path, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

/* On the text alone, no council has enough answers: Ladder says so and
 * says how many more each section needs, and notes the context. */
static void
test_text_alone (gconstpointer data)
{
  const CaseStudy *study = data;
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) assessment = load_case (study->id);
  g_autoptr(LadderRecommendation) rec = ladder_recommend (bank, assessment);
  guint needs = 0;

  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_cmpstr (rec->rule->id, ==, "not-enough-answers");
  g_assert_null (rec->primary);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    needs += rec->needs[c];
  g_assert_cmpuint (needs, >, 0);
  /* Every answer says where in the research it comes from. */
  for (guint q = 0; q < ladder_content_get_n_questions (bank); q++)
    {
      const LadderAnswer *answer = ladder_assessment_get_answer (assessment, "r1",
                                                                 ladder_content_get_question (bank, q)->id);

      if (answer != NULL)
        g_assert_true (strstr (answer->note, "seed lines") != NULL);
    }
  /* An inadequate judgement is always named as the Department's decision. */
  if (rec->state.inspection == LADDER_GRADE_INADEQUATE)
    {
      gboolean named = FALSE;

      for (guint i = 0; i < rec->context_notes->len; i++)
        named |= strstr (rec->context_notes->pdata[i], "the Department for Education decides") != NULL;
      g_assert_true (named);
    }
}

typedef struct
{
  char   *key;
  char   *ratings;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->key);
  g_free (group->ratings);
  g_free (group);
}

static GPtrArray *
parse_fills (const char *fills)
{
  g_auto(GStrv) words = g_strsplit (fills, " ", -1);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (words[i], "=", 2);
      Group *group = g_new0 (Group, 1);

      group->key = g_strdup (pair[0]);
      group->ratings = g_strdup (pair[1]);
      g_ptr_array_add (groups, group);
    }
  return groups;
}

static int
group_of (GPtrArray            *groups,
          const LadderQuestion *question)
{
  static const char * const sections[] = { "sa", "st", "im" };
  g_autofree char *service = NULL;
  const char *key;

  if (question->section < LADDER_N_CAPACITIES)
    {
      service = g_strdup_printf ("%s@service", sections[question->section]);
      for (guint g = 0; g < groups->len; g++)
        if ((question->levels & LADDER_LEADERSHIP_SERVICE) &&
            strcmp (((Group *) groups->pdata[g])->key, service) == 0)
          return g;
      key = sections[question->section];
    }
  else if (question->facet == LADDER_FACET_PERSISTENCE || question->facet == LADDER_FACET_SPREAD)
    key = "systemic";
  else if (question->facet == LADDER_FACET_GRIP)
    key = "grip";
  else
    key = "governance";
  for (guint g = 0; g < groups->len; g++)
    if (strcmp (((Group *) groups->pdata[g])->key, key) == 0)
      return g;
  g_error ("no group fills %s", question->id);
}

typedef struct
{
  guint counts[4];            /* completions by the rank of their primary form */
  guint n;
  guint verdict_in_package;   /* completions whose primary or package has every verdict form */
  guint kind_missing;         /* new-model completions without the expected kind */
} Outcome;

static gboolean
gives_form (LadderRecommendation *rec,
            const char           *form)
{
  if (rec->primary != NULL && strcmp (rec->primary->id, form) == 0)
    return TRUE;
  for (guint i = 0; i < rec->package->len; i++)
    if (g_strcmp0 (((LadderPackageItem *) rec->package->pdata[i])->form, form) == 0)
      return TRUE;
  return FALSE;
}

static void
complete (LadderContent    *bank,
          const CaseStudy  *study,
          Outcome          *outcome)
{
  g_autoptr(LadderAssessment) assessment = load_case (study->id);
  g_autoptr(GPtrArray) groups = parse_fills (study->fills);
  g_auto(GStrv) verdict = g_strsplit (study->verdict, ",", -1);
  LadderRespondent *person = (LadderRespondent *) ladder_assessment_get_respondent (assessment, 0);
  guint n_questions = ladder_content_get_n_questions (bank);
  g_autofree int *group = g_new (int, n_questions);
  g_autofree guint *position = g_new0 (guint, groups->len);

  for (guint q = 0; q < n_questions; q++)
    {
      const LadderQuestion *question = ladder_content_get_question (bank, q);

      group[q] = g_hash_table_contains (person->answers, question->id) ? -1 : group_of (groups, question);
    }
  memset (outcome, 0, sizeof *outcome);
  for (;;)
    {
      g_autoptr(LadderRecommendation) rec = NULL;
      gboolean all = TRUE;
      int g;

      for (guint q = 0; q < n_questions; q++)
        if (group[q] >= 0)
          ladder_assessment_put_answer (person, ladder_content_get_question (bank, q)->id,
                                        ((Group *) groups->pdata[group[q]])->ratings[position[group[q]]] - '0',
                                        NULL, FALSE);
      rec = ladder_recommend_without_changes (bank, assessment);
      g_assert_nonnull (rec->primary);
      outcome->counts[ladder_content_get_form_rank (bank, rec->primary->id)]++;
      outcome->n++;
      for (guint v = 0; verdict[v] != NULL; v++)
        all &= gives_form (rec, verdict[v]);
      outcome->verdict_in_package += all;
      if (study->kind != NULL && strcmp (rec->primary->id, "alternative-delivery") == 0 && !gives_form (rec, study->kind))
        outcome->kind_missing++;

      for (g = groups->len - 1; g >= 0; g--)
        {
          if (++position[g] < strlen (((Group *) groups->pdata[g])->ratings))
            break;
          position[g] = 0;
        }
      if (g < 0)
        break;
    }
}

static char *
forms_given (LadderContent *bank,
             const Outcome *outcome)
{
  LadderRules *rules = ladder_content_get_rules (bank);
  GString *out = g_string_new (NULL);

  for (guint r = 1; r < 4; r++)
    if (outcome->counts[r] > 0)
      g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "", rules->escalation[r - 1]);
  return g_string_free (out, FALSE);
}

/* Agreement with the verdict: "agrees" when every completion's primary
 * form is one the research describes; "partly" when some are; "in the
 * package" when none is but every package holds what the research
 * describes; "differs" otherwise. */
static const char *
agreement (LadderContent   *bank,
           const CaseStudy *study,
           const Outcome   *outcome)
{
  g_auto(GStrv) verdict = g_strsplit (study->verdict, ",", -1);
  guint matching = 0;

  for (guint v = 0; verdict[v] != NULL; v++)
    matching += outcome->counts[ladder_content_get_form_rank (bank, verdict[v])];
  if (matching == outcome->n)
    return "agrees";
  if (matching > 0)
    return "partly";
  return outcome->verdict_in_package == outcome->n ? "in the package" : "differs";
}

static void
test_completions (gconstpointer data)
{
  const CaseStudy *study = data;
  g_autoptr(LadderContent) bank = content ();
  g_autofree char *given = NULL;
  Outcome outcome;

  complete (bank, study, &outcome);
  given = forms_given (bank, &outcome);
  g_test_message ("%s: %u completions: sector-led %u, scrutiny %u, new model %u; %s", study->id, outcome.n,
                  outcome.counts[1], outcome.counts[2], outcome.counts[3], agreement (bank, study, &outcome));
  g_assert_cmpstr (given, ==, study->expected);
  g_assert_cmpuint (outcome.kind_missing, ==, 0);
}

static const char *
council_name (const char *id)
{
  static const struct { const char *id; const char *name; } names[] = {
    { "cornwall", "Cornwall" }, { "rochdale", "Rochdale" }, { "torbay", "Torbay" }, { "devon", "Devon" },
    { "dudley", "Dudley" }, { "northamptonshire", "Northamptonshire" }, { "doncaster", "Doncaster" },
    { "isle-of-wight", "Isle of Wight" }, { "walsall", "Walsall" }, { "waltham-forest", "Waltham Forest" },
    { "swindon", "Swindon" }, { "north-east-lincolnshire", "North East Lincolnshire" }, { "plymouth", "Plymouth" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].id, id) == 0)
      return names[i].name;
  g_assert_not_reached ();
}

/* The table in docs/case-studies.md is this test's own output. */
static void
test_document_current (void)
{
  static const char *start = "<!-- comparison: made by tests/test-case-studies.c -->\n";
  static const char *end = "<!-- end of comparison -->\n";
  g_autoptr(LadderContent) bank = content ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "case-studies.md", NULL);
  g_autoptr(GString) table = g_string_new (start);
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  const char *from, *to;

  g_string_append (table, "| council | the research's verdict | what the research leaves open | completions | "
                          "Ladder's primary form across them | agreement |\n"
                          "| --- | --- | --- | --- | --- | --- |\n");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Outcome outcome;
      g_autoptr(GString) spread = g_string_new (NULL);
      static const char * const names[] = { "", "sector-led", "external scrutiny", "a new model" };

      complete (bank, &cases[i], &outcome);
      for (guint r = 1; r < 4; r++)
        if (outcome.counts[r] > 0)
          g_string_append_printf (spread, "%s%s %u%%", spread->len > 0 ? ", " : "", names[r],
                                  (outcome.counts[r] * 100 + outcome.n / 2) / outcome.n);
      g_string_append_printf (table, "| %s | %s | %s | %u | %s | %s |\n", council_name (cases[i].id),
                              cases[i].verdict_text, cases[i].open_text, outcome.n, spread->str,
                              agreement (bank, &cases[i], &outcome));
    }
  g_string_append (table, end);

  g_assert_true (g_file_get_contents (path, &document, NULL, &error));
  g_assert_no_error (error);
  from = strstr (document, start);
  to = strstr (document, end);
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  if (g_getenv ("LADDER_UPDATE_DOCS") != NULL)
    {
      g_autoptr(GString) updated = g_string_new_len (document, from - document);

      g_string_append (updated, table->str);
      g_string_append (updated, to + strlen (end));
      g_file_set_contents (path, updated->str, -1, &error);
      g_assert_no_error (error);
      return;
    }
  if (strncmp (from, table->str, table->len) != 0)
    g_error ("the comparison in docs/case-studies.md is out of date: run LADDER_UPDATE_DOCS=1 %s\n%s",
             g_get_prgname (), table->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("/case-studies/text-alone/%s", cases[i].id);
      g_autofree char *completions = g_strdup_printf ("/case-studies/completions/%s", cases[i].id);

      g_test_add_data_func (text, &cases[i], test_text_alone);
      g_test_add_data_func (completions, &cases[i], test_completions);
    }
  g_test_add_func ("/case-studies/document-current", test_document_current);

  return g_test_run ();
}
