/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the board paper: the demo assessment's paper read back with
 * poppler's tools (pages, metadata, embedded fonts, every section, the
 * recommendation, a row of a chart's table, and no private note), the
 * review part (and no role-only person's name anywhere), what the
 * reviewers saw and the action plan, the answers checked against the
 * evidence (no private entry), what has changed since the last review,
 * progress and cancelling, and `ladder report` refusing bad input. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-chart.h"
#include "ladder-cli.h"
#include "ladder-compare.h"
#include "ladder-data-import.h"
#include "ladder-mismatch.h"
#include "ladder-recommend-command.h"
#include "ladder-recommendation.h"
#include "ladder-report.h"
#include "report-fixtures.h"

static int
run (GString *out,
     GString *err,
     GPtrArray *args)
{
  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  return ladder_cli_run (args->len, (char **) args->pdata, out, err);
}

static void
test_demo_paper (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "paper.pdf", NULL);
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autofree char *info = NULL, *fonts = NULL, *raw = NULL, *layout = NULL, *text = NULL, *pages = NULL;
  static const char * const headings[] = {
    "Summary", "The three capacities", "The nature of the difficulties", "The review", "Who took part",
    "What each level makes of each capacity", "Where people differ most",
    "Checking the answers against the evidence", "Mismatches", "The recommendation",
    "What to put in place", "Why", "How confident this is", "What would change it", "Evidence",
    "Appendix: every answer", "Glossary: the forms of support",
  };

  g_ptr_array_add (args, g_strdup ("ladder"));
  g_ptr_array_add (args, g_strdup ("report"));
  g_ptr_array_add (args, g_strdup (assessment_path));
  g_ptr_array_add (args, g_strdup ("-o"));
  g_ptr_array_add (args, g_strdup (pdf));
  g_ptr_array_add (args, g_strdup ("--data"));
  for (guint i = 0; i < G_N_ELEMENTS (report_demo_files); i++)
    g_ptr_array_add (args, fixture_demo_file (report_demo_files[i]));
  g_assert_cmpint (run (out, err, args), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  info = fixture_tool_output ("pdfinfo", pdf, NULL);
  if (info == NULL)
    {
      g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
      return;
    }
  g_assert_true (g_regex_match_simple ("^Title: +Board paper: Ashmoor \\(fictional\\)$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +Sam Ortiz \\(fictional\\)", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Subject: +Recommended: ", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +595.276 x 841.89 pts \\(A4\\)", info, G_REGEX_MULTILINE, 0));
  {
    g_autoptr(GMatchInfo) match = NULL;
    g_autoptr(GRegex) regex = g_regex_new ("^Pages: +(\\d+)$", G_REGEX_MULTILINE, 0, NULL);

    g_assert_true (g_regex_match (regex, info, 0, &match));
    pages = g_match_info_fetch (match, 1);
    g_assert_cmpint (atoi (pages), >=, 8);
  }

  /* Every font embedded: no line of pdffonts says "no" in the emb column. */
  fonts = fixture_tool_output ("pdffonts", pdf, NULL);
  g_assert_true (g_regex_match_simple ("DejaVuSans", fonts, 0, 0));
  g_assert_false (g_regex_match_simple ("^\\S+\\s+.*\\s+no\\s+\\S+\\s+\\S+\\s+\\d+\\s+\\d+$", fonts,
                                        G_REGEX_MULTILINE, 0));
  /* A bookmark for each section, on the page it starts; the parts of a
   * section beneath it. */
  g_assert_true (g_file_get_contents (pdf, &raw, NULL, NULL));
  {
    g_autofree char *xml = fixture_tool_output ("pdftohtml", "-stdout", "-xml", "-i", "-q", pdf, NULL);

    g_assert_true (g_regex_match_simple ("<outline>\\s*<item page=\"2\">Summary</item>", xml, 0, 0));
    g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">Glossary: the forms of support</item>", xml, 0, 0));
    g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">The recommendation</item>\\s*<outline>\\s*"
                                         "<item page=\"\\d+\">What to put in place</item>", xml, 0, 0));
  }

  layout = fixture_tool_output ("pdftotext", "-layout", pdf, "-", NULL);
  text = report_squeeze (layout);
  g_assert_nonnull (strstr (text, "Ashmoor (fictional)"));
  g_assert_nonnull (strstr (text, ladder_recommendation_get_primary_name (advice)));
  g_assert_nonnull (strstr (text, "The council and every figure in this paper are fictional."));
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_test_message ("heading: %s", headings[i]);
      g_assert_nonnull (strstr (layout, headings[i]));
    }
  /* A row of the first chart's table, as it is in the table. */
  {
    g_auto(GStrv) codes = ladder_report_choose_indicators (advice, assessment, dataset);
    guint measure, council;
    g_autoptr(LadderChart) chart = NULL;
    const LadderTable *table;
    g_autoptr(GString) row = g_string_new (NULL);

    g_assert_nonnull (codes[0]);
    g_assert_cmpstr (codes[0], ==, ladder_assessment_get_indicators (assessment)[0]);
    g_assert_true (ladder_dataset_find_measure (dataset, codes[0], &measure));
    g_assert_true (ladder_dataset_find_area (dataset, "Ashmoor (fictional)", &council));
    chart = ladder_chart_new (dataset, LADDER_CHART_TREND, &measure, 1, council, NULL);
    table = ladder_chart_get_table (chart);
    for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
      if (*ladder_table_get (table, 2, c) != '\0')
        g_string_append_printf (row, "%s%s", row->len > 0 ? " " : "", ladder_table_get (table, 2, c));
    g_test_message ("table row: %s", row->str);
    g_assert_nonnull (strstr (text, row->str));
  }
  /* The demo has a private note; it must not be in the paper. */
  g_assert_nonnull (strstr (raw, "%PDF-"));
  g_assert_null (strstr (text, "missed three of the last five board meetings"));
  /* A public note is. */
  g_assert_nonnull (strstr (text, "Monthly staff forums since spring"));

  /* Every page renders. */
  {
    g_autofree char *prefix = g_build_filename (dir, "page", NULL);
    g_autofree char *rendered = fixture_tool_output ("pdftoppm", "-r", "20", "-png", pdf, prefix, NULL);
    g_autofree char *last = g_strdup_printf ("%s-%02d.png", prefix, atoi (pages));
    g_autofree char *first = g_strdup_printf ("%s-%02d.png", prefix, 1);

    g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (last, G_FILE_TEST_IS_REGULAR));
    for (int i = 1; i <= atoi (pages); i++)
      {
        g_autofree char *page = g_strdup_printf ("%s-%02d.png", prefix, i);

        g_unlink (page);
      }
  }
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* Progress rises to 1; cancelling stops the paper and leaves the earlier
 * file as it was; with no data the paper says there are no charts. */
static void
test_progress_cancel_no_data (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *contents = NULL;

  pdf = ladder_report_render (content, assessment, NULL, NULL, progress_cb, seen, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  g_assert_cmpuint (seen->len, >, 3);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
    text = fixture_tool_output ("pdftotext", path, "-", NULL);
    if (text != NULL)
      {
        g_autofree char *flat = report_squeeze (text);

        g_assert_nonnull (strstr (flat, "No data was given, so this paper has no charts."));
      }
  }

  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  g_assert_false (ladder_report_write (content, assessment, NULL, NULL, path, cancel_cb, cancellable, cancellable,
                                       &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
  g_unlink (path);
  g_rmdir (dir);
}

/* The review part: who took part by level, the summaries and the questions
 * people differ on most; a person listed by role only is named by role
 * alone everywhere in the paper, and their private note is left out. */
static void
test_review_part (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *text = NULL, *flat = NULL, *info = NULL;
  const LadderQuestion *clear = ladder_content_find_question (content, "st-clear-priorities");
  const char *hidden = ladder_assessment_add_respondent (assessment, "Hidden Harriet", "Team manager",
                                                         LADDER_LEADERSHIP_SERVICE);
  const char *review, *recommendation, *evil;

  g_assert_true (ladder_assessment_update_respondent (assessment, hidden, "Hidden Harriet", "Team manager",
                                                      LADDER_LEADERSHIP_SERVICE, TRUE));
  g_assert_true (ladder_assessment_set_answer (assessment, hidden, "sa-listen-to-staff", LADDER_RATING_NOT_IN_PLACE,
                                               "Harriet private remark", TRUE));
  g_assert_true (ladder_assessment_set_answer (assessment, hidden, clear->id, LADDER_RATING_NOT_IN_PLACE, NULL,
                                               FALSE));
  evil = ladder_assessment_add_respondent (assessment, "Eve\x1b]0;evil\x07Smith", "Auditor", 0);
  g_assert_true (ladder_assessment_set_answer (assessment, evil, clear->id, LADDER_RATING_DONT_KNOW, NULL, FALSE));

  pdf = ladder_report_render (content, assessment, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  if (text == NULL)
    {
      g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  flat = report_squeeze (text);
  g_test_message ("%s", flat);
  review = strstr (flat, "The review Everyone’s answers side by side");
  recommendation = strstr (flat, "The recommendation Recommended form of support");
  g_assert_nonnull (review);
  g_assert_nonnull (recommendation);
  g_assert_true (review < recommendation);
  /* Two team managers listed by role only are told apart by number. */
  g_assert_nonnull (strstr (review, "7 people took part: 1 councillor (Cllr Priya Lane (fictional), Lead member for "
                                    "children), 1 corporate leader (Dana Whitfield (fictional), Chief executive), "
                                    "3 service leaders (Sam Ortiz (fictional), Director of Children's Services; "
                                    "Team manager 1; Team manager 2), 1 partner (Ruth Cole (fictional), Police "
                                    "partner for safeguarding) and 1 person whose level is not given ("));
  g_assert_nonnull (strstr (review, "Self-assessment: "));
  g_assert_nonnull (strstr (review, "Implementation: "));
  g_assert_nonnull (strstr (review, "People rated 3 questions two or more points apart"));
  /* The key, and the question furthest apart first. */
  g_assert_nonnull (strstr (review, "Team manager 2 (service leader)"));
  g_assert_nonnull (strstr (review, "? don’t know; – no answer"));
  {
    g_auto(GStrv) words = g_strsplit (clear->statement, " ", 4);
    g_autofree char *start = g_strjoin (" ", words[0], words[1], words[2], NULL);
    const char *listen = ladder_content_find_question (content, "sa-listen-to-staff")->statement;
    g_auto(GStrv) listen_words = g_strsplit (listen, " ", 4);
    g_autofree char *listen_start = g_strjoin (" ", listen_words[0], listen_words[1], listen_words[2], NULL);

    g_assert_nonnull (strstr (review, start));
    g_assert_true (strstr (review, start) < strstr (review, listen_start));
  }
  /* Never the role-only person's name, nor their private note, nor a
   * control character from a name. */
  g_assert_null (strstr (flat, "Harriet"));
  g_assert_null (strstr (flat, "\x1b"));
  g_assert_nonnull (strstr (flat, "Eve"));
  info = fixture_tool_output ("pdfinfo", path, NULL);
  g_assert_null (strstr (info, "Harriet"));
  g_assert_nonnull (strstr (info, "Team manager"));

  g_unlink (path);
  g_rmdir (dir);
}

/* The paper of @assessment, with @dataset (or no data), as pdftotext's
 * text with white space squeezed and the bookmarks as pdftohtml lists
 * them; NULL (the test marked skipped) without poppler's tools. */
static char *
paper_text (LadderContent     *content,
            LadderAssessment  *assessment,
            LadderDataset     *dataset,
            char             **outline)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ladder_report_render (content, assessment, dataset, NULL, NULL, NULL, NULL, &error);
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  if (text != NULL && outline != NULL)
    *outline = fixture_tool_output ("pdftohtml", "-stdout", "-xml", "-i", "-q", path, NULL);
  g_unlink (path);
  g_rmdir (dir);
  if (text == NULL)
    {
      g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
      return NULL;
    }
  return report_squeeze (text);
}

static void
add_evidence (LadderAssessment  *assessment,
              const char        *question,
              const char        *date,
              const char        *found,
              LadderBearing      bearing,
              gboolean           private_entry)
{
  LadderEvidence entry = {
    .question = (char *) question, .kind = LADDER_EVIDENCE_CASE_FILE_AUDIT, .date = (char *) date,
    .found = (char *) found, .bearing = bearing, .private_entry = private_entry,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = ladder_assessment_add_evidence (assessment, &entry, &error);

  g_assert_no_error (error);
}

static void
add_action (LadderAssessment   *assessment,
            const char         *description,
            const char         *due,
            LadderActionStatus  status)
{
  LadderAction action = {
    .description = (char *) description, .owner = (char *) "Head of service", .due = (char *) due,
    .status = status, .link_kind = LADDER_LINK_QUESTION, .link = (char *) "sa-data-and-audits",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = ladder_assessment_add_action (assessment, &action, &error);

  g_assert_no_error (error);
}

/* "What the reviewers saw" and "The action plan": where a board would
 * read them, bookmarked, the private entry left out, text from the file
 * sanitised, an overdue action marked in words; and neither part at all
 * when there is nothing to show. */
static void
test_plan_parts (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderAssessment) bare = ladder_assessment_load_file (assessment_path, NULL, NULL);
  const LadderQuestion *audits = ladder_content_find_question (content, "sa-data-and-audits");
  g_autofree char *flat = NULL, *outline = NULL, *bare_flat = NULL;
  const char *factors, *saw, *plan, *evidence, *appendix, *overdue;

  add_evidence (assessment, "sa-data-and-audits", "2026-02-28", "Eight of twelve plans had no review date.",
                LADDER_BEARING_CONTRADICTS, FALSE);
  add_evidence (assessment, "sa-data-and-audits", "2026-03-02", "Whispered doubts about the director.",
                LADDER_BEARING_CONTRADICTS, TRUE);
  add_evidence (assessment, "sa-listen-to-staff", NULL, "Staff\x1b]0;evil\x07 forums\nwell attended.",
                LADDER_BEARING_SUPPORTS, FALSE);
  add_action (assessment, "Clear the audit backlog", "2001-02-03", LADDER_ACTION_AT_RISK);
  add_action (assessment, "Plan the next review", "2999-12-31", LADDER_ACTION_ON_TRACK);
  add_action (assessment, "Appoint a chair", "2001-01-01", LADDER_ACTION_DONE);

  flat = paper_text (content, assessment, NULL, &outline);
  if (flat == NULL)
    return;
  g_test_message ("%s", flat);
  factors = strstr (flat, "What makes ");
  saw = strstr (flat, "What the reviewers saw What the reviewers found");
  plan = strstr (flat, "The action plan 3 actions");
  evidence = strstr (flat, "Evidence No data was given");
  appendix = strstr (flat, "Appendix: every answer Each question");
  g_assert_nonnull (factors);
  g_assert_nonnull (saw);
  g_assert_nonnull (plan);
  g_assert_nonnull (evidence);
  g_assert_nonnull (appendix);
  g_assert_true (factors < saw && saw < plan && plan < evidence && evidence < appendix);
  g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">What the reviewers saw</item>", outline, 0, 0));
  g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">The action plan</item>", outline, 0, 0));

  /* The evidence, grouped under its question, in words. */
  g_assert_nonnull (strstr (saw, "2 findings: 1 supports the ratings given and 1 contradicts them."));
  g_assert_nonnull (strstr (saw, audits->statement));
  g_assert_nonnull (strstr (saw, "Case file audit, 28 February 2026 — contradicts the rating: Eight of twelve "
                                 "plans had no review date."));
  g_assert_nonnull (strstr (saw, "date not given — supports the rating: Staff"));
  g_assert_nonnull (strstr (saw, "forums well attended."));
  g_assert_null (strstr (flat, "Whispered doubts"));
  g_assert_null (strstr (flat, "\x1b"));
  g_assert_null (strstr (flat, "\x07"));

  /* The plan: one overdue (at risk, long past), not the done one nor the
   * one due in the future. */
  g_assert_nonnull (strstr (plan, "1 is done and 1 is overdue"));
  overdue = strstr (plan, "overdue:");
  g_assert_nonnull (overdue);
  g_assert_nonnull (strstr (plan, "At risk, overdue"));
  g_assert_null (strstr (plan, "On track, overdue"));
  g_assert_null (strstr (plan, "Done, overdue"));
  g_assert_nonnull (strstr (plan, "Clear the audit backlog"));
  g_assert_nonnull (strstr (plan, "Head of service"));
  g_assert_nonnull (strstr (plan, "3 February 2001"));
  g_assert_true (strstr (plan, "Appoint a chair") < strstr (plan, "Clear the audit backlog"));
  g_assert_true (strstr (plan, "Clear the audit backlog") < strstr (plan, "Plan the next review"));

  /* Nothing to show: a private entry only and no actions. */
  add_evidence (bare, "sa-data-and-audits", "2026-02-28", "Whispered doubts about the director.",
                LADDER_BEARING_CONTRADICTS, TRUE);
  bare_flat = paper_text (content, bare, NULL, NULL);
  g_assert_nonnull (strstr (bare_flat, "Evidence No data was given"));
  g_assert_null (strstr (bare_flat, "What the reviewers saw"));
  g_assert_null (strstr (bare_flat, "The action plan"));
  g_assert_null (strstr (bare_flat, "Whispered doubts"));
}

/* The text after @start, up to the heading @end (or to the end), as a
 * copy; NULL when @start is not there. */
static char *
part_of (const char *text,
         const char *start,
         const char *end)
{
  const char *from = strstr (text, start);
  const char *to;

  if (from == NULL)
    return NULL;
  to = end != NULL ? strstr (from + strlen (start), end) : NULL;
  return to != NULL ? g_strndup (from, to - from) : g_strdup (from);
}

/* The first mismatch of rule @rule that the engine finds for @assessment
 * (a copy), or NULL. */
static LadderCheck *
find_mismatch (LadderContent    *content,
               LadderAssessment *assessment,
               LadderDataset    *dataset,
               const char       *rule)
{
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  guint council;

  g_assert_true (ladder_dataset_find_area (dataset, "601", &council));
  checks = ladder_checks_find (content, assessment, advice, dataset, council, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < checks->len; i++)
    {
      LadderCheck *check = checks->pdata[i];

      if (check->kind == LADDER_CHECK_MISMATCH && g_strcmp0 (check->rule, rule) == 0)
        return g_ptr_array_steal_index (checks, i);
    }
  return NULL;
}

static void
rate_by_everyone (LadderAssessment *assessment,
                  const char       *question,
                  LadderRating      rating)
{
  for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
    g_assert_true (ladder_assessment_set_answer (assessment, ladder_assessment_get_respondent (assessment, i)->id,
                                                 question, rating, NULL, FALSE));
}

/* "Checking the answers against the evidence", with the demo data: a
 * question linked to an indicator in which Ashmoor is in band D, rated
 * fully in place by everyone, is a mismatch, listed after the review and
 * before the recommendation; a private entry that contradicts the rating
 * never appears, while a shared one does, sanitised; what is not counted
 * says that missing figures count neither way; and a council the data
 * lacks is said in a sentence. */
static void
test_checks_part (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderAssessment) probe = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autoptr(LadderCheck) found = NULL, mismatch = NULL, hidden = NULL;
  g_autofree char *flat = NULL, *outline = NULL, *part = NULL, *start = NULL, *elsewhere = NULL;
  const char *review, *checking, *recommendation, *band_d;

  /* Every question with an indicator fully in place: the engine says
   * which of them Ashmoor's figures put in band D. */
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);

      if (question->indicators->len > 0)
        rate_by_everyone (probe, question->id, LADDER_RATING_FULLY_IN_PLACE);
    }
  found = find_mismatch (content, probe, dataset, "in-place-but-band-d");
  g_assert_nonnull (found);
  g_test_message ("band D: %s", found->id);

  rate_by_everyone (assessment, found->question->id, LADDER_RATING_FULLY_IN_PLACE);
  add_evidence (assessment, found->question->id, "2026-10-01", "Whispered doubts about the duty team.",
                LADDER_BEARING_CONTRADICTS, TRUE);
  add_evidence (assessment, found->question->id, "2026-10-02", "Audit\x1b]0;evil\x07 found gaps in supervision.",
                LADDER_BEARING_CONTRADICTS, FALSE);
  mismatch = find_mismatch (content, assessment, dataset, "in-place-but-band-d");
  g_assert_nonnull (mismatch);
  g_assert_true (mismatch->question == found->question);
  /* The engine does list the private entry: the paper must leave it out. */
  hidden = find_mismatch (content, assessment, dataset, LADDER_CHECK_RULE_EVIDENCE);
  g_assert_nonnull (hidden);
  g_assert_true (hidden->private_entry);

  flat = paper_text (content, assessment, dataset, &outline);
  if (flat == NULL)
    return;
  g_test_message ("%s", flat);
  review = strstr (flat, "The review Everyone’s answers side by side");
  checking = strstr (flat, "Checking the answers against the evidence Each rating beside");
  recommendation = strstr (flat, "The recommendation Recommended form of support");
  g_assert_nonnull (review);
  g_assert_nonnull (checking);
  g_assert_nonnull (recommendation);
  g_assert_true (review < checking && checking < recommendation);
  g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">Checking the answers against the evidence</item>", outline,
                                       0, 0));
  part = part_of (flat, "Checking the answers against the evidence Each rating", "The recommendation Recommended");
  g_assert_nonnull (part);

  /* The mismatch's sentence, up to the band, in the part. */
  band_d = strstr (mismatch->sentence, "was in band D");
  g_assert_nonnull (band_d);
  start = g_strndup (mismatch->sentence, band_d + strlen ("was in band D") - mismatch->sentence);
  g_test_message ("mismatch: %s", start);
  g_assert_nonnull (strstr (part, start));
  g_assert_nonnull (strstr (part, "Mismatches "));
  /* The shared finding is a mismatch too, sanitised; the private one is
   * nowhere in the paper. */
  g_assert_nonnull (strstr (part, "found gaps in supervision."));
  g_assert_true (strstr (part, start) < strstr (part, "found gaps in supervision."));
  g_assert_null (strstr (flat, "Whispered doubts"));
  g_assert_null (strstr (flat, "\x1b"));
  /* Nothing supports a rating here; what is not counted says why. */
  g_assert_nonnull (strstr (part, "What bears the answers out No finding in the evidence log bears out a rating."));
  g_assert_nonnull (strstr (part, "Not counted A figure that is missing or withheld is not counted either way"));
  g_assert_nonnull (strstr (part, "Indicators not in the data given ("));
  g_assert_true (strstr (part, "found gaps in supervision.") < strstr (part, "Not counted"));

  /* A council the data lacks: said, and only the evidence log checked. */
  ladder_assessment_set_council (assessment, "Nowhere (fictional)", "999");
  elsewhere = paper_text (content, assessment, dataset, NULL);
  g_assert_nonnull (strstr (elsewhere, "Checking the answers against the evidence Each rating"));
  g_assert_nonnull (strstr (elsewhere, "The council is not in the data given, so the answers are not compared with "
                                       "the figures; only the evidence log is."));
  g_assert_null (strstr (elsewhere, start));
  g_assert_nonnull (strstr (elsewhere, "found gaps in supervision."));
  g_assert_null (strstr (elsewhere, "Whispered doubts"));
}

/* "Data used" names the files given for the paper, each as at the day it
 * last changed, and those the assessment was made with that were not given;
 * "fictional" only for the demonstration files. A council the data lacks
 * gets no charts, never another council's, and the command refuses it. */
static void
test_data_used_and_council (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) demo = report_demo_dataset ();
  g_autoptr(LadderDataset) renamed = ladder_dataset_new ();
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_data_file_ref_free);
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (dir, "bds_long.csv", NULL);
  g_autofree char *saved = g_build_filename (dir, "elsewhere.ladder", NULL);
  g_autofree char *pdf = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *contents = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gsize length;

  text = paper_text (content, assessment, demo, NULL);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Ladder’s fictional demonstration data (file fictional-lait-table.csv), as at "));
  g_assert_nonnull (strstr (text, "The council and every figure in this paper are fictional."));
  g_clear_pointer (&text, g_free);

  /* The same figures under another name are not the demonstration data. */
  g_assert_true (g_file_get_contents (table, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  ladder_import_report_free (ladder_data_import_file (renamed, copy, NULL, &error));
  g_assert_no_error (error);
  ladder_dataset_set_source_date (renamed, 0, "2026-11-30");
  g_ptr_array_add (refs, ladder_data_file_ref_new ("older-table.csv", NULL, "2025-04-01"));
  ladder_assessment_set_data_files (assessment, refs);
  text = paper_text (content, assessment, renamed, NULL);
  g_assert_nonnull (strstr (text, "Local authority interactive tool (LAIT), Department for Education (file "
                                  "bds_long.csv), as at 30 November 2026"));
  g_assert_null (strstr (text, "fictional-lait-table.csv"));
  g_assert_null (strstr (text, "every figure in this paper are fictional"));
  g_assert_nonnull (strstr (text, "The assessment was made with these files, which were not given for this paper"));
  g_assert_nonnull (strstr (text, "older-table.csv, as at 1 April 2025"));
  g_clear_pointer (&text, g_free);

  /* A council the data lacks: said, with the closest, and no figures. */
  ladder_assessment_set_council (assessment, "Ashmore Borough Council", NULL);
  text = paper_text (content, assessment, demo, NULL);
  g_assert_nonnull (strstr (text, "Ashmore Borough Council is not in the data given, so this paper has no charts"));
  g_assert_nonnull (strstr (text, "Did you mean Ashmoor (fictional)"));
  g_assert_null (strstr (text, "Ashmoor (fictional) was"));
  g_assert_null (strstr (text, "Over time"));

  g_assert_true (ladder_assessment_save_file (assessment, saved, &error));
  g_assert_no_error (error);
  g_ptr_array_add (args, (gpointer) "ladder");
  g_ptr_array_add (args, (gpointer) "report");
  g_ptr_array_add (args, saved);
  g_ptr_array_add (args, (gpointer) "-o");
  g_ptr_array_add (args, pdf);
  g_ptr_array_add (args, (gpointer) "--data");
  g_ptr_array_add (args, table);
  g_assert_cmpint (run (out, err, args), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: report: the council 'Ashmore Borough Council' is not in the data given. "
                                 "Did you mean Ashmoor (fictional)?\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_unlink (saved);
  g_unlink (copy);
  g_rmdir (dir);
}

/* A follow-up of the demo review, made as the window makes it, answered
 * the same but for one question rated up and one down, with one action
 * done since, one dropped and one added: "Since the last review" after the
 * action plan and before the evidence, bookmarked, with each capacity then
 * and now, the questions that moved with their scores, the actions' status
 * now, the figures then and now, and never the role-only person's name. */
static void
test_since_last_review (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) earlier = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderRecommendation) then = ladder_recommend (content, earlier);
  g_autoptr(JsonNode) advice_then = ladder_recommendation_to_json (then);
  g_autoptr(LadderAssessment) later = NULL;
  g_autoptr(LadderRecommendation) now = NULL;
  g_autoptr(LadderAction) done = NULL;
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autoptr(GError) error = NULL;
  g_autofree char *flat = NULL, *outline = NULL, *part = NULL, *improved = NULL, *declined = NULL;
  g_autofree char *capacity = NULL, *status = NULL, *self_then = NULL, *self_now = NULL;
  const LadderQuestionResult *up = NULL, *down = NULL;
  const char *plan, *since, *evidence;
  static const LadderAction actions[] = {
    { .description = (char *) "Clear the audit backlog", .owner = (char *) "Head of service",
      .due = (char *) "2026-12-31", .status = LADDER_ACTION_ON_TRACK },
    { .description = (char *) "Shadow the front door", .owner = (char *) "Alex Byrne (fictional)",
      .due = (char *) "2027-01-31", .status = LADDER_ACTION_NOT_STARTED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *id = ladder_assessment_add_action (earlier, &actions[i], &error);

      g_assert_no_error (error);
    }
  later = ladder_assessment_new_follow_up (earlier, assessment_path, advice_then, "2027-05-24");
  g_assert_true (ladder_assessment_has_earlier (later));
  /* The same answers as before, person by person. */
  for (guint i = 0; i < ladder_assessment_get_n_respondents (earlier); i++)
    {
      const char *id = ladder_assessment_get_respondent (earlier, i)->id;

      g_assert_cmpstr (ladder_assessment_get_respondent (later, i)->id, ==, id);
      for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
        {
          const char *question = ladder_content_get_question (content, q)->id;
          const LadderAnswer *answer = ladder_assessment_get_answer (earlier, id, question);

          if (answer != NULL)
            ladder_assessment_set_answer (later, id, question, answer->rating, answer->note, answer->private_note);
        }
    }
  /* The weakest question rated fully in place, the strongest not in place. */
  for (guint q = 0; q < then->n_questions; q++)
    {
      const LadderQuestionResult *result = &then->questions[q];

      if (isnan (result->score))
        continue;
      if (up == NULL || result->score < up->score)
        up = result;
      if (down == NULL || result->score > down->score)
        down = result;
    }
  g_assert_cmpfloat (up->score, <=, 3.5);
  g_assert_cmpfloat (down->score, >=, 1.5);
  rate_by_everyone (later, up->question->id, LADDER_RATING_FULLY_IN_PLACE);
  rate_by_everyone (later, down->question->id, LADDER_RATING_NOT_IN_PLACE);
  done = ladder_action_copy (ladder_assessment_find_action (later, "a1"));
  done->status = LADDER_ACTION_DONE;
  g_assert_true (ladder_assessment_update_action (later, done, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_assessment_remove_action (later, "a2"));
  {
    LadderAction added = { .description = (char *) "Report to the board monthly", .status = LADDER_ACTION_AT_RISK };
    g_autofree char *id = ladder_assessment_add_action (later, &added, &error);

    g_assert_no_error (error);
  }
  now = ladder_recommend (content, later);

  flat = paper_text (content, later, dataset, &outline);
  if (flat == NULL)
    return;
  g_test_message ("%s", flat);
  plan = strstr (flat, "The action plan ");
  since = strstr (flat, "Since the last review This review follows an earlier one.");
  evidence = strstr (flat, "Evidence The indicators chosen");
  g_assert_nonnull (plan);
  g_assert_nonnull (since);
  g_assert_nonnull (evidence);
  g_assert_true (plan < since && since < evidence);
  g_assert_true (g_regex_match_simple ("<item page=\"\\d+\">Since the last review</item>\\s*<outline>\\s*"
                                       "<item page=\"\\d+\">The three capacities then and now</item>", outline, 0, 0));
  part = part_of (flat, "Since the last review This review", "Evidence The indicators chosen");
  g_assert_nonnull (part);
  g_assert_nonnull (strstr (part, "between the review of 24 November 2026 (then) and this review of 24 May 2027 "
                                  "(now)."));

  /* A capacity's level then and now, from each review's own advice. */
  self_then = g_utf8_strdown (ladder_level_get_label (then->capacities[0].level), -1);
  self_now = g_utf8_strdown (ladder_level_get_label (now->capacities[0].level), -1);
  capacity = g_strdup_printf ("%s: %s then, %s now", ladder_capacity_get_title (0), self_then, self_now);
  g_assert_nonnull (strstr (part, capacity));
  g_assert_nonnull (strstr (part, "Political Corporate Service Partners"));

  /* The questions that moved, with their scores then and now. */
  improved = g_strdup_printf ("Improved • %s: %.1f then, 4.0 now (%+.1f).", up->question->statement, up->score,
                             4.0 - up->score);
  declined = g_strdup_printf ("%s: %.1f then, 1.0 now (%+.1f).", down->question->statement, down->score,
                              1.0 - down->score);
  g_test_message ("%s / %s", improved, declined);
  g_assert_nonnull (strstr (part, improved));
  g_assert_nonnull (strstr (part, declined));
  g_assert_true (strstr (part, "Declined ") < strstr (part, declined));

  /* The actions: done now, dropped, new; the owner listed by role only
   * named by role, here and everywhere. */
  status = g_strdup ("“Clear the audit backlog” (Head of service, due 31 December 2026): carried over; on track "
                     "then, done now.");
  g_assert_nonnull (strstr (part, status));
  g_assert_nonnull (strstr (part, "“Shadow the front door” (Team manager, due 31 January 2027): dropped from this "
                                  "plan; not started then."));
  g_assert_nonnull (strstr (part, "“Report to the board monthly”: new since the last review; at risk now."));
  g_assert_null (strstr (flat, "Alex Byrne"));

  /* The figures, with the demo data. */
  g_assert_nonnull (strstr (part, "The figures then and now Each indicator the questions link to, for Ashmoor "
                                  "(fictional)"));
  g_assert_nonnull (strstr (part, "Not in the data given: "));
}

/* The demo review without data: no checks to show (no evidence log, no
 * figures) and not a follow-up, so neither part appears. */
static void
test_parts_absent (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autofree char *flat = NULL, *outline = NULL;

  g_assert_false (ladder_assessment_has_earlier (assessment));
  flat = paper_text (content, assessment, NULL, &outline);
  if (flat == NULL)
    return;
  g_assert_nonnull (strstr (flat, "The recommendation Recommended form of support"));
  g_assert_null (strstr (flat, "Checking the answers against the evidence"));
  g_assert_null (strstr (flat, "Since the last review"));
  g_assert_null (strstr (outline, "Checking the answers"));
  g_assert_null (strstr (outline, "Since the last review"));
}

static void
expect_refused (const char *first,
                ...)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "ladder");
  g_ptr_array_add (args, (gpointer) "report");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_assert_cmpint (run (out, err, args), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpuint (err->len, >, 0);
  g_assert_null (memchr (err->str, '\n', err->len - 1));
}

static void
test_refused (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *missing = fixture_demo_file ("no-such-file.csv");

  expect_refused (assessment_path, NULL);
  expect_refused (assessment_path, "-o", "paper.png", NULL);
  expect_refused ("no-such.ladder", "-o", "paper.pdf", NULL);
  expect_refused (assessment_path, "-o", "paper.pdf", "--data", missing, NULL);
  expect_refused (assessment_path, "-o", "paper.pdf", "--colour", NULL);
  g_assert_false (g_file_test ("paper.pdf", G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/demo-paper", test_demo_paper);
  g_test_add_func ("/report/progress-cancel-no-data", test_progress_cancel_no_data);
  g_test_add_func ("/report/review-part", test_review_part);
  g_test_add_func ("/report/plan-parts", test_plan_parts);
  g_test_add_func ("/report/checks-part", test_checks_part);
  g_test_add_func ("/report/since-last-review", test_since_last_review);
  g_test_add_func ("/report/parts-absent", test_parts_absent);
  g_test_add_func ("/report/refused", test_refused);
  g_test_add_func ("/report/data-used-and-council", test_data_used_and_council);

  return g_test_run ();
}
