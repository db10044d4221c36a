/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for answers against the figures: each rule of mismatches.json
 * fired by figures made for it and not by the same figures beside another
 * rating, missing and withheld figures never counted, the evidence log,
 * stable ids, broken rules files, and a twelve-person review against the
 * real LAIT table. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "assessment-spec.h"
#include "ladder-mismatch.h"
#include "ladder-statistics.h"
#include "review-fixture.h"
#include "test-fixtures.h"

/* Linked from im-workforce only; im-caseloads-supervision has the second. */
#define CODE "Work_Force_TO_Rate"
#define OTHER_CODE "Work_Force_SWAbsence"
#define QUESTION "im-workforce"
#define N_YEARS 5
#define FIRST_YEAR 2020
#define SUBJECT 901

static LadderContent *content;

static guint
period_of (LadderDataset *dataset,
           int            year)
{
  g_autofree char *label = g_strdup_printf ("%d", year);

  return ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, label, strlen (label)));
}

static guint
area_of (LadderDataset *dataset,
         int            number)
{
  g_autofree char *text = g_strdup_printf ("%d", number);
  guint area;

  g_assert_true (ladder_dataset_find_area (dataset, text, &area));
  return area;
}

static guint
add_measure (LadderDataset  *dataset,
             const char     *code,
             LadderPolarity  polarity)
{
  guint m = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));
  LadderMeasure *info = ladder_dataset_get_measure (dataset, m);

  info->polarity = polarity;
  info->decimals = 1;
  info->quartiles_allowed = TRUE;
  info->chart_title = ladder_dataset_intern (dataset, "Social worker turnover (%)", strlen ("Social worker turnover (%)"));
  return m;
}

/* Sixteen fictional councils, 2020 to 2024. Council 901's figures are
 * @subject (NAN: no row); its ten neighbours, 902 to 911, have 10 every
 * year and the other five 40, so 901 is in band D at 50, band C between 10
 * and 40 and band A below 10 when lower is better. */
static LadderDataset *
make_dataset (const double    subject[N_YEARS],
              LadderPolarity  polarity)
{
  LadderDataset *dataset = ladder_dataset_new ();
  LadderNeighbour neighbours[LADDER_MAX_NEIGHBOURS];
  guint source = ladder_dataset_add_source (dataset, "made-up.csv");
  guint measure;

  for (int n = SUBJECT; n < SUBJECT + 16; n++)
    {
      g_autofree char *name = g_strdup_printf ("Fictional council %d", n);

      ladder_dataset_ensure_area (dataset, n, ladder_dataset_intern (dataset, name, strlen (name)));
    }
  ladder_dataset_ensure_area (dataset, 970, ladder_dataset_intern (dataset, "England", 7));
  measure = add_measure (dataset, CODE, polarity);
  add_measure (dataset, OTHER_CODE, LADDER_POLARITY_HIGH);
  for (int y = 0; y < N_YEARS; y++)
    {
      guint period = period_of (dataset, FIRST_YEAR + y);

      for (int n = SUBJECT; n < SUBJECT + 16; n++)
        {
          double value = n == SUBJECT ? subject[y] : n <= SUBJECT + 10 ? 10 : 40;

          if (!isnan (value))
            ladder_dataset_set_cell (dataset, measure, area_of (dataset, n), period, LADDER_CELL_VALUE, value,
                                     source, NULL);
        }
    }
  for (guint i = 0; i < LADDER_MAX_NEIGHBOURS; i++)
    neighbours[i] = (LadderNeighbour) { area_of (dataset, SUBJECT + 1 + i), "Close" };
  ladder_dataset_set_neighbours (dataset, area_of (dataset, SUBJECT), neighbours, LADDER_MAX_NEIGHBOURS);
  return dataset;
}

static void
set_state (LadderDataset   *dataset,
           int              number,
           int              year,
           LadderCellState  state)
{
  guint measure;

  g_assert_true (ladder_dataset_find_measure (dataset, CODE, &measure));
  ladder_dataset_set_cell (dataset, measure, area_of (dataset, number), period_of (dataset, year), state, NAN, 0,
                           NULL);
}

/* One person at service level rating im-workforce @rating. */
static LadderAssessment *
rated (int rating)
{
  g_autofree char *spec = g_strdup_printf ("level=service " QUESTION "=%d", rating);
  const char *people[] = { spec, NULL };

  return spec_assessment (content, people, NULL);
}

static GPtrArray *
find (LadderAssessment *assessment,
      LadderDataset    *dataset,
      int               council)
{
  g_autoptr(LadderRecommendation) advice = ladder_recommend_without_changes (content, assessment);
  g_autoptr(GError) error = NULL;
  GPtrArray *checks = ladder_checks_find (content, assessment, advice, dataset, council, &error);

  g_assert_no_error (error);
  g_assert_nonnull (checks);
  return checks;
}

/* The checks for council 901 with im-workforce rated @rating, about CODE
 * only (the question's other indicators are not in the made-up data). */
static GPtrArray *
find_rated (LadderDataset *dataset,
            int            rating)
{
  g_autoptr(LadderAssessment) assessment = rated (rating);
  g_autoptr(GPtrArray) all = find (assessment, dataset, area_of (dataset, SUBJECT));
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_check_free);

  for (guint i = 0; i < all->len; i++)
    {
      LadderCheck *check = all->pdata[i];

      g_assert_true (strstr (check->sentence, check->question->statement) != NULL);
      if (g_strcmp0 (check->indicator, CODE) == 0)
        g_ptr_array_add (checks, g_steal_pointer (&all->pdata[i]));
      else
        /* Not loaded, so not counted, and said so. */
        g_assert_cmpint (check->kind, ==, LADDER_CHECK_NOT_COUNTED);
    }
  return checks;
}

/* The checks' ids and kinds in order: "mismatch im-workforce/...;...". */
static char *
summarise (GPtrArray *checks)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < checks->len; i++)
    {
      LadderCheck *check = checks->pdata[i];

      g_string_append_printf (out, "%s%s %s", i > 0 ? ";" : "", ladder_check_kind_get_id (check->kind), check->id);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_sentence_has (LadderCheck *check,
                     const char  *text)
{
  if (strstr (check->sentence, text) == NULL)
    g_error ("“%s” is not in the sentence: %s", text, check->sentence);
}

/* @subject beside each rating: which checks each brings. */
static void
assert_ratings (const double    subject[N_YEARS],
                LadderPolarity  polarity,
                const char     *expected[4])
{
  g_autoptr(LadderDataset) dataset = make_dataset (subject, polarity);

  for (int rating = 1; rating <= 4; rating++)
    {
      g_autoptr(GPtrArray) checks = find_rated (dataset, rating);
      g_autofree char *found = summarise (checks);

      g_test_message ("rated %d: %s", rating, found);
      g_assert_cmpstr (found, ==, expected[rating - 1]);
    }
}

static void
test_default_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderMismatchRules) rules = ladder_mismatch_rules_get_default (&error);
  static const char * const ids[] = {
    "in-place-but-band-d", "in-place-but-worsening", "in-place-but-behind-neighbours",
    "not-in-place-but-band-a-improving",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (ladder_mismatch_rules_get_n_rules (rules), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (ladder_mismatch_rules_get_rule_id (rules, i), ==, ids[i]);
  g_assert_cmpfloat (ladder_mismatch_rules_get_in_place_from (rules), ==, 3.0);
  g_assert_cmpfloat (ladder_mismatch_rules_get_not_in_place_up_to (rules), ==, 1.5);
}

static void
test_band_d (void)
{
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  const char *expected[4] = { "", "", "mismatch " QUESTION "/in-place-but-band-d/" CODE,
                              "mismatch " QUESTION "/in-place-but-band-d/" CODE };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = find_rated (dataset, 4);
  LadderCheck *check = checks->pdata[0];

  assert_ratings (subject, LADDER_POLARITY_LOW, expected);
  g_assert_cmpstr (check->rule, ==, "in-place-but-band-d");
  g_assert_cmpstr (check->indicator, ==, CODE);
  g_assert_null (check->evidence);
  g_assert_false (check->private_entry);
  g_assert_cmpstr (check->question->id, ==, QUESTION);
  assert_sentence_has (check, "is rated fully in place (4.0), but “Social worker turnover (%)” was in band D in "
                       "2024 (50.0%; worse than three in four councils, ranked 16 of 16)");
}

static void
test_worsening (void)
{
  /* Worse each year since 2021, but closer to the neighbours than in 2020. */
  static const double subject[N_YEARS] = { 13, 11, 11.5, 12, 12.5 };
  const char *expected[4] = { "", "", "mismatch " QUESTION "/in-place-but-worsening/" CODE,
                              "mismatch " QUESTION "/in-place-but-worsening/" CODE };
  const char *none[4] = { "", "", "", "" };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = find_rated (dataset, 3);

  assert_ratings (subject, LADDER_POLARITY_LOW, expected);
  assert_sentence_has (checks->pdata[0], "is rated largely in place (3.0), but “Social worker turnover (%)” has got "
                       "worse period after period: 11.5% in 2022, 12.0% in 2023, 12.5% in 2024.");
  /* Where higher is better the same figures are improving (and ahead of
   * the neighbours), so nothing is amiss. */
  assert_ratings (subject, LADDER_POLARITY_HIGH, none);
}

static void
test_behind_neighbours (void)
{
  /* Band C, and the last change worse but the one before better; the gap
   * to the neighbours' 10 grows from 1 to 5. */
  static const double subject[N_YEARS] = { 11, 11, 13, 12.5, 15 };
  const char *expected[4] = { "", "", "mismatch " QUESTION "/in-place-but-behind-neighbours/" CODE,
                              "mismatch " QUESTION "/in-place-but-behind-neighbours/" CODE };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = find_rated (dataset, 4);

  assert_ratings (subject, LADDER_POLARITY_LOW, expected);
  assert_sentence_has (checks->pdata[0], "was 15.0% in 2024, worse than the statistical neighbours’ average of 10.0% "
                       "(10 of 10 reporting), and the gap is widening: 1.0 worse in 2020, 5.0 worse in 2024.");

  /* With six neighbours' latest figures withheld the average rests on
   * four: not counted, and said so. */
  for (int n = SUBJECT + 1; n <= SUBJECT + 6; n++)
    set_state (dataset, n, 2024, LADDER_CELL_SUPPRESSED);
  {
    g_autoptr(GPtrArray) thin = find_rated (dataset, 4);
    g_autofree char *found = summarise (thin);

    g_assert_cmpstr (found, ==, "not-counted " QUESTION "/in-place-but-behind-neighbours/" CODE);
    assert_sentence_has (thin->pdata[0], "the comparison with statistical neighbours of “Social worker turnover (%)” "
                         "is not counted, because only 4 of 10 statistical neighbours have a figure for 2024.");
  }
}

static void
test_reverse (void)
{
  static const double subject[N_YEARS] = { 9, 8.5, 8, 7, 5 };
  /* Band A, but worse than the year before. */
  static const double slipping[N_YEARS] = { 9, 8.5, 8, 5, 6 };
  const char *expected[4] = { "mismatch " QUESTION "/not-in-place-but-band-a-improving/" CODE, "", "", "" };
  const char *none[4] = { "", "", "", "" };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = find_rated (dataset, 1);

  assert_ratings (subject, LADDER_POLARITY_LOW, expected);
  assert_sentence_has (checks->pdata[0], "is rated not in place (1.0), but “Social worker turnover (%)” was in band "
                       "A in 2024 (5.0%; better than three in four councils, ranked 1 of 16) and improving: 7.0% in "
                       "2023, 5.0% in 2024.");
  assert_ratings (slipping, LADDER_POLARITY_LOW, none);
}

static void
test_latest_missing (void)
{
  /* Band D every year the figure is there, but 2024's is withheld (and,
   * in the second dataset, not published at all). */
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  static const double absent[N_YEARS] = { 50, 50, 50, 50, NAN };
  /* Every rating a rule concerns says so; "emerging" concerns none. */
  const char *expected[4] = { "not-counted " QUESTION "/no-figure/" CODE, "",
                              "not-counted " QUESTION "/no-figure/" CODE,
                              "not-counted " QUESTION "/no-figure/" CODE };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(LadderDataset) missing = make_dataset (absent, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) absent_checks = find_rated (missing, 4);

  set_state (dataset, SUBJECT, 2024, LADDER_CELL_SUPPRESSED);
  checks = find_rated (dataset, 4);
  g_assert_cmpuint (checks->len, ==, 1);
  assert_sentence_has (checks->pdata[0], "“Social worker turnover (%)” has no figure for Fictional council 901 for "
                       "2024 (withheld), so it is not counted.");
  g_assert_cmpuint (absent_checks->len, ==, 1);
  assert_sentence_has (absent_checks->pdata[0], "for 2024 (not in the files), so it is not counted.");
  {
    g_autoptr(LadderDataset) again = make_dataset (subject, LADDER_POLARITY_LOW);

    set_state (again, SUBJECT, 2024, LADDER_CELL_SUPPRESSED);
    for (int rating = 1; rating <= 4; rating++)
      {
        g_autoptr(GPtrArray) each = find_rated (again, rating);
        g_autofree char *found = summarise (each);

        g_assert_cmpstr (found, ==, expected[rating - 1]);
      }
  }
}

static void
test_trend_missing (void)
{
  /* Worse in 2024 than in 2023, and 2022 withheld: the trend and the gap
   * to the neighbours cannot be told, so neither counts. */
  static const double subject[N_YEARS] = { 11, 11, 0, 12, 12.5 };
  /* Band A and better in 2024 than 2022, but 2023 withheld. */
  static const double best[N_YEARS] = { 9, 8.5, 8, 0, 5 };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(LadderDataset) best_dataset = make_dataset (best, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) best_checks = NULL;
  g_autofree char *found = NULL;
  g_autofree char *best_found = NULL;

  set_state (dataset, SUBJECT, 2022, LADDER_CELL_SUPPRESSED);
  checks = find_rated (dataset, 4);
  found = summarise (checks);
  g_assert_cmpstr (found, ==, "not-counted " QUESTION "/in-place-but-worsening/" CODE ";"
                   "not-counted " QUESTION "/in-place-but-behind-neighbours/" CODE);
  assert_sentence_has (checks->pdata[0], "the trend check of “Social worker turnover (%)” is not counted, because "
                       "there is no figure for Fictional council 901 for 2022 (withheld).");
  assert_sentence_has (checks->pdata[1], "because there is no figure for Fictional council 901 for 2022 (withheld).");

  /* Missing figures do not count the other way either. */
  set_state (best_dataset, SUBJECT, 2023, LADDER_CELL_DASH);
  best_checks = find_rated (best_dataset, 1);
  best_found = summarise (best_checks);
  g_assert_cmpstr (best_found, ==, "not-counted " QUESTION "/not-in-place-but-band-a-improving/" CODE);
  assert_sentence_has (best_checks->pdata[0], "for 2023 (withheld or missing).");
}

static void
test_cannot_judge (void)
{
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_NONE);
  g_autoptr(LadderDataset) unbanded = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(GPtrArray) checks = find_rated (dataset, 4);
  g_autoptr(GPtrArray) unbanded_checks = NULL;
  g_autofree char *found = summarise (checks);
  g_autofree char *unbanded_found = NULL;
  guint measure;

  g_assert_cmpstr (found, ==, "not-counted " QUESTION "/indicator/" CODE);
  assert_sentence_has (checks->pdata[0], "is not counted, because the Department does not say whether higher or lower "
                       "is better.");

  g_assert_true (ladder_dataset_find_measure (unbanded, CODE, &measure));
  ladder_dataset_get_measure (unbanded, measure)->quartiles_allowed = FALSE;
  unbanded_checks = find_rated (unbanded, 4);
  unbanded_found = summarise (unbanded_checks);
  g_assert_cmpstr (unbanded_found, ==, "not-counted " QUESTION "/in-place-but-band-d/" CODE);
  assert_sentence_has (unbanded_checks->pdata[0], "the Department does not band this measure");
}

static void
test_no_council (void)
{
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(LadderAssessment) assessment = rated (4);
  g_autoptr(LadderRecommendation) advice = ladder_recommend_without_changes (content, assessment);
  g_autoptr(GPtrArray) no_council = find (assessment, dataset, -1);
  g_autoptr(GPtrArray) no_data = find (assessment, NULL, 3);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  LadderEvidence entry = { .question = QUESTION, .kind = LADDER_EVIDENCE_STAFF, .found = "Caseloads are high.",
                           .bearing = LADDER_BEARING_CONTRADICTS };
  g_autofree char *id = NULL;
  g_autofree char *found = NULL;

  g_assert_cmpuint (no_council->len, ==, 0);
  g_assert_cmpuint (no_data->len, ==, 0);

  /* England is not a council; nor is an area the data lacks. */
  g_assert_null (ladder_checks_find (content, assessment, advice, dataset, area_of (dataset, 970), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "England"));
  g_clear_error (&error);
  g_assert_null (ladder_checks_find (content, assessment, advice, dataset, 999, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* The evidence log needs no council. */
  id = ladder_assessment_add_evidence (assessment, &entry, &error);
  g_assert_no_error (error);
  checks = find (assessment, dataset, -1);
  found = summarise (checks);
  g_assert_cmpstr (found, ==, "mismatch " QUESTION "/evidence/e1");
}

static char *
add_evidence (LadderAssessment   *assessment,
              const char         *question,
              LadderEvidenceKind  kind,
              const char         *date,
              const char         *found,
              LadderBearing       bearing,
              gboolean            private_entry)
{
  LadderEvidence entry = { .question = (char *) question, .kind = kind, .date = (char *) date,
                           .found = (char *) found, .bearing = bearing, .private_entry = private_entry };
  g_autoptr(GError) error = NULL;
  char *id = ladder_assessment_add_evidence (assessment, &entry, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_evidence (void)
{
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  const char *people[] = { "level=service " QUESTION "=4 sa-listen-to-staff=2", NULL };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(LadderAssessment) assessment = spec_assessment (content, people, NULL);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  g_autofree char *e1 = add_evidence (assessment, QUESTION, LADDER_EVIDENCE_CASE_FILE_AUDIT, "2026-10-02",
                                      "Eight of ten files had a change of social worker this year.",
                                      LADDER_BEARING_CONTRADICTS, FALSE);
  g_autofree char *e2 = add_evidence (assessment, "sa-listen-to-staff", LADDER_EVIDENCE_STAFF, NULL,
                                      "Staff say the survey led to nothing.", LADDER_BEARING_SUPPORTS, TRUE);
  g_autofree char *e3 = add_evidence (assessment, "st-clear-priorities", LADDER_EVIDENCE_REPORT, "2026-03-01",
                                      "The monitoring visit found priorities unclear.", LADDER_BEARING_CONTRADICTS,
                                      FALSE);
  g_autofree char *e4 = add_evidence (assessment, "sa-listen-to-staff", LADDER_EVIDENCE_FRONTLINE_VISIT,
                                      "2026-09-14", "Teams named three changes made after they spoke up.",
                                      LADDER_BEARING_CONTRADICTS, FALSE);
  g_autofree char *e5 = add_evidence (assessment, "no-such-question", LADDER_EVIDENCE_DATA, NULL,
                                      "Kept, but about no question in the bank.", LADDER_BEARING_SUPPORTS, FALSE);
  const char *expected = "mismatch sa-listen-to-staff/evidence/e4;"
                         "mismatch " QUESTION "/in-place-but-band-d/" CODE ";"
                         "mismatch " QUESTION "/evidence/e1;"
                         "support sa-listen-to-staff/evidence/e2;"
                         "not-counted st-clear-priorities/evidence/e3";

  checks = find (assessment, dataset, area_of (dataset, SUBJECT));
  for (guint i = 0; i < checks->len; i++)
    {
      LadderCheck *check = checks->pdata[i];

      /* The question's other indicators, not in the data, are not counted. */
      if (check->kind == LADDER_CHECK_NOT_COUNTED && check->evidence == NULL)
        {
          g_assert_cmpstr (check->rule, ==, LADDER_CHECK_RULE_NOT_LOADED);
          continue;
        }
      g_string_append_printf (found, "%s%s %s", found->len > 0 ? ";" : "", ladder_check_kind_get_id (check->kind),
                              check->id);
      g_assert_nonnull (strstr (check->sentence, check->question->statement));
      if (check->evidence != NULL)
        {
          const LadderEvidence *entry = ladder_assessment_find_evidence (assessment, check->evidence);

          g_assert_cmpstr (check->rule, ==, LADDER_CHECK_RULE_EVIDENCE);
          g_assert_null (check->indicator);
          g_assert_cmpint (check->private_entry, ==, entry->private_entry);
          g_assert_nonnull (strstr (check->sentence, entry->found));
        }
    }
  g_assert_cmpstr (found->str, ==, expected);
  for (guint i = 0; i < checks->len; i++)
    {
      LadderCheck *check = checks->pdata[i];

      if (g_strcmp0 (check->evidence, e1) == 0)
        assert_sentence_has (check, "is rated fully in place (4.0), but a case file audit (2026-10-02) points the "
                             "other way: “Eight of ten files had a change of social worker this year.”");
      else if (g_strcmp0 (check->evidence, e2) == 0)
        {
          g_assert_true (check->private_entry);
          assert_sentence_has (check, "is rated emerging (2.0), and what staff said bears it out: “Staff say");
        }
      else if (g_strcmp0 (check->evidence, e3) == 0)
        assert_sentence_has (check, "has no rating yet, so an inspection or monitoring report (2026-03-01) is not "
                             "weighed against one");
      else
        g_assert_false (check->private_entry);
    }
  g_assert_nonnull (e5);
}

static void
test_ids_stable (void)
{
  static const double subject[N_YEARS] = { 50, 50, 50, 50, 50 };
  const char *people[] = { "level=service " QUESTION "=4", NULL };
  g_autoptr(LadderDataset) dataset = make_dataset (subject, LADDER_POLARITY_LOW);
  g_autoptr(LadderAssessment) assessment = spec_assessment (content, people, NULL);
  g_autofree char *e1 = add_evidence (assessment, QUESTION, LADDER_EVIDENCE_STAFF, NULL, "First.",
                                      LADDER_BEARING_SUPPORTS, FALSE);
  g_autofree char *e2 = add_evidence (assessment, QUESTION, LADDER_EVIDENCE_STAFF, NULL, "Second.",
                                      LADDER_BEARING_CONTRADICTS, FALSE);
  g_autoptr(GPtrArray) first = find (assessment, dataset, area_of (dataset, SUBJECT));
  g_autoptr(GPtrArray) again = find (assessment, dataset, area_of (dataset, SUBJECT));
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first_ids = summarise (first);
  g_autofree char *again_ids = summarise (again);
  g_autofree char *later_ids = NULL;

  g_assert_cmpstr (first_ids, ==, again_ids);
  for (guint i = 0; i < first->len; i++)
    {
      LadderCheck *check = first->pdata[i];

      g_assert_true (g_hash_table_add (ids, check->id));
      g_assert_true (g_str_has_prefix (check->id, QUESTION "/"));
    }
  /* Another answer, and the first entry gone: the rest keep their ids. */
  ladder_assessment_set_answer (assessment, ladder_assessment_get_respondent (assessment, 0)->id,
                                "sa-listen-to-staff", LADDER_RATING_EMERGING, NULL, FALSE);
  g_assert_true (ladder_assessment_remove_evidence (assessment, e1));
  later = find (assessment, dataset, area_of (dataset, SUBJECT));
  later_ids = summarise (later);
  g_assert_nonnull (strstr (later_ids, "mismatch " QUESTION "/in-place-but-band-d/" CODE));
  g_assert_nonnull (strstr (later_ids, QUESTION "/evidence/e2"));
  g_assert_null (strstr (later_ids, QUESTION "/evidence/e1"));
  g_assert_cmpstr (e2, ==, "e2");
}

static GBytes *
rules_text (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : ".", "..",
                                            "resources", "content", "mismatches.json", NULL);
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (text, length);
}

/* The line of the first place @needle stands in @text. */
static guint
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

static void
test_broken_rules (void)
{
  static const struct
  {
    const char *from, *to, *message;
  } cases[] = {
    { "\"band\": [\"D\"]", "\"band\": [\"E\"]", "“E” is not a band" },
    { "\"band\": [\"D\"]", "\"band\": []", "lists no band" },
    { "\"worsening-periods\": 3", "\"worsening-periods\": 9", "from 2 to 5" },
    { "\"worsening-periods\": 3", "\"worsening-periods\": 2.5", "from 2 to 5" },
    { "\"improving-periods\": 2", "\"improving-periods\": 2, \"worsening-periods\": 2", "both worsening and improving" },
    { "({figure}; worse", "({figur}; worse", "“{figur}” is not a placeholder this text can use" },
    { "period after period: {run}", "period after period: {rank}", "“{rank}” is not a placeholder" },
    { "\"rated\": \"“{question}” is rated", "\"rated\": \"“The question” is rated", "must name the question" },
    { "\"id\": \"in-place-but-worsening\"", "\"id\": \"in-place-but-band-d\"", "already taken" },
    { "\"id\": \"in-place-but-worsening\"", "\"id\": \"In place\"", "lower-case letters" },
    { "\"why\":", "\"whY\":", "“whY” is not something this file can contain here" },
    { "\"rated\": \"in-place\"", "\"rated\": \"half\"", "“half” is not “in-place” or “not-in-place”" },
    { "\"not-in-place-up-to\": 1.5", "\"not-in-place-up-to\": 3.5", "must be below" },
    { "\"blank\": \"left blank\",", "", "“blank” is missing" },
    { "\"staff\": \"what staff said\",", "", "“staff” is missing" },
    { "\"min-periods\": 3,", "", "“min-periods” is missing" },
    { "\"format\": \"ladder-mismatch-rules\"", "\"format\": \"ladder-rules\"", "expected the format" },
    { "\"version\": 1", "\"version\": 2", "only version 1" },
    { "\"when\": \" ({date})\"", "\"when\": \" ({date)\"", "never closed" },
    { "\"figures\": {\n        \"band\": [\"D\"]\n      }", "\"figures\": {}", "asks nothing of the figures" },
  };
  g_autoptr(GBytes) original = rules_text ();
  const char *text = g_bytes_get_data (original, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderMismatchRules) rules = ladder_mismatch_rules_load (original, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) broken = g_string_new (text);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LadderMismatchRules) none = NULL;
      g_autofree char *line = g_strdup_printf ("mismatches.json, line %u,", line_of (text, cases[i].from));

      g_test_message ("%s -> %s", cases[i].from, cases[i].to);
      g_assert_cmpuint (g_string_replace (broken, cases[i].from, cases[i].to, 1), ==, 1);
      bytes = g_bytes_new (broken->str, broken->len);
      none = ladder_mismatch_rules_load (bytes, &error);
      g_assert_null (none);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      /* Named by file and line: the place itself, or the object that
       * lacks a member. */
      g_assert_true (g_str_has_prefix (error->message, "mismatches.json, line "));
      if (*cases[i].to != '\0')
        g_assert_true (g_str_has_prefix (error->message, line));
      g_clear_error (&error);
    }
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": ", 11);
    g_autoptr(LadderMismatchRules) none = ladder_mismatch_rules_load (bytes, &error);

    g_assert_null (none);
    g_assert_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_SYNTAX);
    g_assert_true (g_str_has_prefix (error->message, "mismatches.json"));
  }
}

static void
assert_checks_sound (GPtrArray  *checks,
                     GHashTable *fired)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint c = 0; c < checks->len; c++)
    {
      LadderCheck *check = checks->pdata[c];

      if (strstr (check->sentence, check->question->statement) == NULL)
        g_error ("the sentence does not name its question: %s", check->sentence);
      if (strstr (check->sentence, "(nan") != NULL || strstr (check->sentence, " nan") != NULL ||
          strstr (check->sentence, "inf%") != NULL)
        g_error ("the sentence has a figure that is not a number: %s", check->sentence);
      g_assert_true (g_hash_table_add (ids, check->id));
      g_assert_true (c == 0 || check->kind >= ((LadderCheck *) checks->pdata[c - 1])->kind);
      g_hash_table_add (fired, g_strdup_printf ("%s %s", ladder_check_kind_get_id (check->kind), check->rule));
    }
}

/* The twelve-person review against the first council in the table with
 * an LA number and against Barking and Dagenham, whose figures
 * lait-rules.md works through; then every council with every question
 * rated fully in place, and not in place, which between them bring every
 * rule to bear on the real figures. */
static void
test_real_data (void)
{
  const char *files[] = { "lait/bds_long.csv", "lait/lait_data_dictionary.csv", "lait/sn_may_2025.csv" };
  const char *all_in_place[] = { "level=service sa=4 st=4 im=4 healthy", NULL };
  const char *none_in_place[] = { "level=service sa=1 st=1 im=1 persistence=1 spread=1 grip=1 governance=1", NULL };
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderAssessment) assessment = NULL;
  g_autoptr(LadderRecommendation) advice = NULL;
  g_autoptr(GHashTable) fired = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(LadderMismatchRules) rules = ladder_mismatch_rules_get_default (NULL);
  guint councils[2] = { G_MAXUINT, G_MAXUINT };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture_real_data (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = NULL;

      if (path == NULL)
        return;
      report = ladder_data_import_file (dataset, path, NULL, &error);
      g_assert_no_error (error);
    }
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset) && councils[0] == G_MAXUINT; a++)
    if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_COUNCIL &&
        ladder_dataset_get_area (dataset, a)->la_number >= 0)
      councils[0] = a;
  g_assert_cmpuint (councils[0], !=, G_MAXUINT);
  g_assert_true (ladder_dataset_find_area (dataset, "Barking and Dagenham", &councils[1]));

  assessment = review_fixture_new (content);
  advice = ladder_recommend (content, assessment);
  for (guint i = 0; i < G_N_ELEMENTS (councils); i++)
    {
      LadderArea *area = ladder_dataset_get_area (dataset, councils[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) checks = NULL;

      ladder_assessment_set_council (assessment, area->name, area->ons_code);
      checks = ladder_checks_find (content, assessment, advice, dataset, councils[i], &error);
      g_assert_no_error (error);
      g_assert_nonnull (checks);
      for (guint c = 0; c < checks->len; c++)
        g_test_message ("%s: %s", ((LadderCheck *) checks->pdata[c])->id, ((LadderCheck *) checks->pdata[c])->sentence);
      assert_checks_sound (checks, fired);
      /* One question is rated largely in place on average, so its
       * indicators are looked at one way or the other. */
      g_assert_cmpuint (checks->len, >, 0);
    }

  for (guint p = 0; p < 2; p++)
    {
      g_autoptr(LadderAssessment) each = spec_assessment (content, p == 0 ? all_in_place : none_in_place, NULL);
      g_autoptr(LadderRecommendation) each_advice = ladder_recommend_without_changes (content, each);
      guint n = 0;

      for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) checks = NULL;

          if (ladder_dataset_get_area (dataset, a)->kind != LADDER_AREA_COUNCIL)
            continue;
          checks = ladder_checks_find (content, each, each_advice, dataset, a, &error);
          g_assert_no_error (error);
          assert_checks_sound (checks, fired);
          n += checks->len;
        }
      g_test_message ("%s: %u checks over every council", p == 0 ? "all in place" : "none in place", n);
    }
  for (guint r = 0; r < ladder_mismatch_rules_get_n_rules (rules); r++)
    {
      g_autofree char *key = g_strdup_printf ("mismatch %s", ladder_mismatch_rules_get_rule_id (rules, r));

      g_test_message ("%s", key);
      g_assert_true (g_hash_table_contains (fired, key));
    }
  /* Old councils (Cumbria, Northamptonshire) have no recent figures. */
  g_assert_true (g_hash_table_contains (fired, "not-counted " LADDER_CHECK_RULE_NO_FIGURE));
  g_assert_true (g_hash_table_contains (fired, "not-counted " LADDER_CHECK_RULE_INDICATOR));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  content = ladder_content_get_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/mismatch/default-rules", test_default_rules);
  g_test_add_func ("/mismatch/band-d", test_band_d);
  g_test_add_func ("/mismatch/worsening", test_worsening);
  g_test_add_func ("/mismatch/behind-neighbours", test_behind_neighbours);
  g_test_add_func ("/mismatch/reverse", test_reverse);
  g_test_add_func ("/mismatch/latest-missing", test_latest_missing);
  g_test_add_func ("/mismatch/trend-missing", test_trend_missing);
  g_test_add_func ("/mismatch/cannot-judge", test_cannot_judge);
  g_test_add_func ("/mismatch/no-council", test_no_council);
  g_test_add_func ("/mismatch/evidence", test_evidence);
  g_test_add_func ("/mismatch/ids-stable", test_ids_stable);
  g_test_add_func ("/mismatch/broken-rules", test_broken_rules);
  g_test_add_func ("/mismatch/real-data", test_real_data);

  status = g_test_run ();
  ladder_content_unref (content);
  return status;
}
