/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the board paper's options and its recommendations to the
 * board: the author and report number on the cover and in the PDF's
 * metadata, the protective marking at the top and foot of every page, only
 * the sections and indicators chosen, what the board is asked to do as it
 * follows from the recommendation and the action plan, and options that
 * are refused with a reason. Read back with pdftotext and pdfinfo. */
#include "config.h"

#include "ladder-assessment-file.h"
#include "ladder-recommendation.h"
#include "report-fixtures.h"

static LadderAssessment *
demo_assessment (void)
{
  g_autofree char *path = fixture_demo_file ("fictional-assessment.ladder");

  return ladder_assessment_load_file (path, NULL, NULL);
}

/* The marking top and foot of every page, the cover's particulars, the
 * number beside each page's, the author as the PDF's author. */
static void
test_cover_and_marking (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = demo_assessment ();
  g_autoptr(LadderReportOptions) options = ladder_report_options_new ();
  g_autofree char *path = NULL, *info = NULL, *cover = NULL;
  int n;

  options->author = g_strdup ("Alex Byrne, Head of Performance (fictional)");
  options->report_number = g_strdup ("CYP/2026/14");
  options->marking = g_strdup ("OFFICIAL-SENSITIVE");
  path = report_write (content, assessment, NULL, options);
  if (!report_have_poppler ())
    {
      report_remove (path);
      return;
    }
  info = fixture_tool_output ("pdfinfo", path, NULL);
  g_assert_true (g_regex_match_simple ("^Author: +Alex Byrne, Head of Performance \\(fictional\\)$", info,
                                       G_REGEX_MULTILINE, 0));
  cover = report_page_text (path, 1);
  g_assert_true (g_regex_match_simple ("^ *Report number: CYP/2026/14$", cover, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ *Author: Alex Byrne, Head of Performance \\(fictional\\)$", cover,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ *Protective marking: OFFICIAL-SENSITIVE$", cover, G_REGEX_MULTILINE, 0));
  n = report_n_pages (path);
  g_assert_cmpint (n, >, 8);
  for (int page = 1; page <= n; page++)
    {
      g_autofree char *text = report_page_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Report CYP/2026/14, page %d", page);
      g_auto(GStrv) lines = g_strsplit (g_strstrip (text), "\n", -1);
      guint last = g_strv_length (lines) - 1;

      g_test_message ("page %d: %s … %s", page, lines[0], lines[last]);
      g_assert_cmpstr (g_strstrip (lines[0]), ==, "OFFICIAL-SENSITIVE");
      g_assert_cmpstr (g_strstrip (lines[last]), ==, "OFFICIAL-SENSITIVE");
      g_assert_nonnull (strstr (text, footer));
    }
  report_remove (path);
}

/* What the board is asked to do, after the summary: note the findings,
 * agree the support recommended, look again at contradicted ratings,
 * the action plan, and when to hear of progress. */
static void
test_board (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = demo_assessment ();
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = report_write (content, assessment, dataset, NULL);
  g_autofree char *planned = NULL, *text = NULL, *flat = NULL, *support = NULL, *plan_text = NULL;
  g_autofree char *plan_flat = NULL, *id = NULL;
  const char *summary, *board, *capacities;
  LadderAction action = {
    .description = (char *) "Appoint an independent chair", .due = (char *) "2001-01-31",
    .status = LADDER_ACTION_NOT_STARTED,
  };

  if (!report_have_poppler ())
    {
      report_remove (path);
      return;
    }
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  flat = report_squeeze (text);
  summary = strstr (flat, "Summary In short: ");
  board = strstr (flat, "Recommendations to the board The board is asked to: 1. note what the self-assessment "
                        "found: the capacity to self-assess is ");
  capacities = strstr (flat, "The three capacities Each capacity");
  g_assert_nonnull (summary);
  g_assert_nonnull (board);
  /* The summary opens with the advice in short; the ladder gives each
   * score; the glossary explains the figures' words. */
  g_assert_true (g_str_has_prefix (summary, "Summary In short: External scrutiny and formal intervention fits best"));
  /* ...and does not say it again in other words before the board's part. */
  {
    g_autofree char *summary_only = g_strndup (summary, board - summary);

    g_assert_null (strstr (summary_only, "capacity to self-assess is"));
  }
  g_assert_nonnull (strstr (flat, "self-assessment, partly in place (2.8 of 4)"));
  g_assert_nonnull (strstr (flat, "Glossary: what the figures mean Band Every council with a figure"));
  g_assert_nonnull (capacities);
  g_assert_true (summary < board && board < capacities);
  support = g_strdup_printf ("2. agree to seek the support this paper recommends, %s (recommended with",
                             advice->primary->name);
  g_assert_nonnull (strstr (board, support));
  /* The demo's figures contradict some ratings; it has no action plan. */
  g_assert_true (g_regex_match_simple ("3\\. ask officers to look again at the \\d+ ratings? that the figures or "
                                       "the reviewers’ findings seem to contradict, before the answers are signed "
                                       "off; 4\\. ask for an action plan", board, 0, 0));
  g_assert_nonnull (strstr (board, "5. agree when it will next hear how the plan is going, and ask for this "
                                   "self-assessment to be repeated then, to show what has changed. "));

  /* With a plan, one action of it overdue. */
  id = ladder_assessment_add_action (assessment, &action, &error);
  g_assert_no_error (error);
  planned = report_write (content, assessment, NULL, NULL);
  plan_text = fixture_tool_output ("pdftotext", planned, "-", NULL);
  plan_flat = report_squeeze (plan_text);
  g_assert_nonnull (strstr (plan_flat, "approve the action plan of 1 action, and ask the owners of the 1 overdue to "
                                       "say when they will be done;"));
  /* Without data nothing is contradicted by figures, so no such ask. */
  g_assert_null (strstr (plan_flat, "ask officers to look again"));
  report_remove (path);
  report_remove (planned);
}

/* Only the sections chosen, after the cover; only the indicators chosen,
 * and those the data lacks said. */
static void
test_sections_and_indicators (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = demo_assessment ();
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autoptr(LadderReportOptions) options = ladder_report_options_new ();
  g_autofree char *full = report_write (content, assessment, dataset, NULL);
  g_autofree char *path = NULL, *text = NULL, *flat = NULL, *outline = NULL;
  static const char * const left_out[] = {
    "The three capacities", "The review", "Checking the answers", "The recommendation", "What makes",
    "Appendix: every answer", "Glossary", "Recommendations to the board",
  };
  static const char * const sections[] = { "summary", "evidence", NULL };
  static const char * const indicators[] = { "Work_Force_Agecy_Rate", "No_Such_Measure", NULL };

  options->sections = g_strdupv ((char **) sections);
  options->indicators = g_strdupv ((char **) indicators);
  path = report_write (content, assessment, dataset, options);
  if (!report_have_poppler ())
    {
      report_remove (full);
      report_remove (path);
      return;
    }
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  flat = report_squeeze (text);
  g_test_message ("%s", flat);
  g_assert_nonnull (strstr (flat, "Support to improve children’s services Ashmoor (fictional)"));
  g_assert_nonnull (strstr (flat, "Summary In short: "));
  g_assert_nonnull (strstr (flat, "Evidence Chosen but not in the data given, so not shown: “No_Such_Measure”. The "
                                  "indicators chosen for this paper"));
  for (guint i = 0; i < G_N_ELEMENTS (left_out); i++)
    g_assert_null (strstr (flat, left_out[i]));
  g_assert_nonnull (strstr (flat, "Scorecard for Ashmoor (fictional): 1 measure."));
  g_assert_nonnull (strstr (flat, "Over time: Agency social worker rate"));
  g_assert_null (strstr (flat, "Over time: Social worker turnover rate"));
  g_assert_cmpint (report_n_pages (path), <, report_n_pages (full) / 2);
  report_remove (full);
  report_remove (path);
}

static void
assert_refused (const LadderReportOptions *options,
                const char                *says)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ladder_report_options_check (options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, says));
}

static void
test_check (void)
{
  g_autoptr(LadderReportOptions) options = ladder_report_options_new ();
  g_autoptr(LadderReportOptions) copy = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const unknown[] = { "summary", "charts", NULL };
  static const char * const none[] = { NULL };

  g_assert_true (ladder_report_options_check (options, &error));
  g_assert_no_error (error);
  for (guint i = 0; ladder_report_get_section_id (i) != NULL; i++)
    g_assert_nonnull (ladder_report_get_section_id (i));
  g_assert_cmpstr (ladder_report_get_section_id (0), ==, "summary");

  options->sections = g_strdupv ((char **) unknown);
  assert_refused (options, "The paper has no section “charts”; its sections are summary, board, capacities, ");
  g_strfreev (options->sections);
  options->sections = g_strdupv ((char **) none);
  assert_refused (options, "Choose at least one section");
  g_clear_pointer (&options->sections, g_strfreev);
  options->marking = g_strnfill (61, 'X');
  assert_refused (options, "The protective marking is longer than 60 characters");
  g_clear_pointer (&options->marking, g_free);
  options->author = g_strdup ("Bad \xff byte");
  assert_refused (options, "must be text");

  copy = ladder_report_options_copy (options);
  g_assert_cmpstr (copy->author, ==, options->author);
  g_assert_null (copy->sections);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-options/cover-and-marking", test_cover_and_marking);
  g_test_add_func ("/report-options/board", test_board);
  g_test_add_func ("/report-options/sections-and-indicators", test_sections_and_indicators);
  g_test_add_func ("/report-options/check", test_check);

  return g_test_run ();
}
