/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the commands that work across files: `ladder merge` and
 * `ladder compare`. */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-fixtures.h"
#include "ladder-assessment-file.h"
#include "ladder-recommend-command.h"
#include "test-fixtures.h"

/* ladder merge: a review of Ashmoor with Sam and Alex, and each one's copy
 * saved beside it. Sam's copy rates sa-data-and-audits 2 where the review
 * has 3; Alex's rates st-credible-plan 4 where the review has 1 and adds an
 * answer the review lacks. */
typedef struct
{
  char *dir;
  char *review;
  char *sam;
  char *alex;
  char *out;
} MergeFiles;

static void
save_assessment (LadderAssessment *assessment,
                 const char       *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ladder_assessment_save_file (assessment, path, &error));
  g_assert_no_error (error);
}

static void
merge_files_init (MergeFiles *files)
{
  g_autoptr(LadderAssessment) review = ladder_assessment_new ();
  g_autoptr(LadderAssessment) sam = NULL;
  g_autoptr(LadderAssessment) alex = NULL;

  files->dir = g_dir_make_tmp ("ladder-cli-merge-XXXXXX", NULL);
  files->review = g_build_filename (files->dir, "review.ladder", NULL);
  files->sam = g_build_filename (files->dir, "sam.ladder", NULL);
  files->alex = g_build_filename (files->dir, "alex.ladder", NULL);
  files->out = g_build_filename (files->dir, "merged.ladder", NULL);
  ladder_assessment_set_council (review, "Ashmoor (fictional)", "601");
  ladder_assessment_add_respondent (review, "Sam Jones", "Team manager", LADDER_LEADERSHIP_SERVICE);
  /* Text from a file must not reach the terminal as an escape sequence. */
  ladder_assessment_add_respondent (review, "Alex \x1b[2JKim", "Lead member", LADDER_LEADERSHIP_POLITICAL);
  ladder_assessment_set_answer (review, "r1", "sa-data-and-audits", LADDER_RATING_LARGELY_IN_PLACE, NULL, FALSE);
  ladder_assessment_set_answer (review, "r2", "st-credible-plan", LADDER_RATING_NOT_IN_PLACE, NULL, FALSE);
  sam = ladder_assessment_copy_for_respondent (review, "r1");
  alex = ladder_assessment_copy_for_respondent (review, "r2");
  ladder_assessment_set_answer (sam, "r1", "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  ladder_assessment_set_answer (alex, "r2", "st-credible-plan", LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE);
  ladder_assessment_set_answer (alex, "r2", "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  save_assessment (review, files->review);
  save_assessment (sam, files->sam);
  save_assessment (alex, files->alex);
}

static void
merge_files_clear (MergeFiles *files)
{
  g_unlink (files->review);
  g_unlink (files->sam);
  g_unlink (files->alex);
  g_unlink (files->out);
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->review);
  g_free (files->sam);
  g_free (files->alex);
  g_free (files->out);
}

static LadderRating
merged_rating (const char *path,
               const char *respondent_id,
               const char *question_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) merged = ladder_assessment_load_file (path, NULL, &error);
  const LadderAnswer *answer;

  g_assert_no_error (error);
  answer = ladder_assessment_get_answer (merged, respondent_id, question_id);
  return answer != NULL ? answer->rating : LADDER_RATING_NONE;
}

/* Differences and no --prefer: a line for each, what to do, and nothing
 * written. */
static void
test_merge_conflicts (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  MergeFiles files;

  merge_files_init (&files);
  g_assert_cmpint (run (out, err, "merge", files.review, files.sam, files.alex, "-o", files.out, NULL),
                   ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (out->str, ==, "");
  lines = g_strsplit (err->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "sam.ladder: Sam Jones, Team manager, sa-data-and-audits: the review has "
                                 "3 Largely in place, the copy has 2 Emerging");
  g_assert_cmpstr (lines[1], ==, "alex.ladder: Alex \xef\xbf\xbd[2JKim, Lead member, st-credible-plan: the review "
                                 "has 1 Not in place, the copy has 4 Fully in place");
  g_assert_true (g_str_has_prefix (lines[2], "ladder: merge: 2 answers differ"));
  g_assert_nonnull (strstr (lines[2], "--prefer review"));
  g_assert_nonnull (strstr (lines[2], "--prefer copies"));
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_false (g_file_test (files.out, G_FILE_TEST_EXISTS));

  /* Nor over one of the copies, whatever --prefer says. */
  g_assert_cmpint (run (out, err, "merge", files.review, files.sam, "-o", files.sam, "--prefer", "copies", NULL),
                   ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "is one of the copies"));
  g_assert_cmpint (merged_rating (files.sam, "r1", "sa-data-and-audits"), ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (run (out, err, "merge", files.review, files.sam, "-o", files.out, "--prefer", "mine", NULL),
                   ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "merge", files.review, "-o", files.out, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_false (g_file_test (files.out, G_FILE_TEST_EXISTS));
  merge_files_clear (&files);
}

/* --prefer copies: the copies' answers win, the review file is left alone,
 * and what happened is said on standard output. */
static void
test_merge_prefer_copies (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MergeFiles files;

  merge_files_init (&files);
  g_assert_true (g_file_get_contents (files.review, &before, NULL, NULL));
  g_assert_cmpint (run (out, err, "merge", files.review, files.sam, files.alex, "-o", files.out,
                        "--prefer", "copies", NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_cmpint (merged_rating (files.out, "r1", "sa-data-and-audits"), ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (merged_rating (files.out, "r2", "st-credible-plan"), ==, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpint (merged_rating (files.out, "r2", "sa-data-and-audits"), ==, LADDER_RATING_EMERGING);
  g_assert_true (g_file_get_contents (files.review, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (out->str, "Alex \xef\xbf\xbd[2JKim, Lead member: 1 answer added from alex.ladder; "
                                      "1 differs from the answer held and needs a choice.\n"));
  g_assert_null (strchr (out->str, '\x1b'));
  g_assert_nonnull (strstr (out->str, "\nAdded answers from 2 copies: 1 answer, 2 choices made.\n"));
  {
    g_autofree char *last = g_strdup_printf ("\nWrote the merged review to %s\n", files.out);

    g_assert_true (g_str_has_suffix (out->str, last));
  }
  merge_files_clear (&files);
}

/* --prefer review: the review's answers stay, new ones still come in; and
 * -o may name the review itself. */
static void
test_merge_prefer_review (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  MergeFiles files;

  merge_files_init (&files);
  g_assert_cmpint (run (out, err, "merge", files.review, files.sam, files.alex, "-o", files.review,
                        "--prefer", "review", NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_cmpint (merged_rating (files.review, "r1", "sa-data-and-audits"), ==, LADDER_RATING_LARGELY_IN_PLACE);
  g_assert_cmpint (merged_rating (files.review, "r2", "st-credible-plan"), ==, LADDER_RATING_NOT_IN_PLACE);
  g_assert_cmpint (merged_rating (files.review, "r2", "sa-data-and-audits"), ==, LADDER_RATING_EMERGING);
  g_assert_nonnull (strstr (out->str, "Added answers from 2 copies: 1 answer, 2 choices made.\n"));
  merge_files_clear (&files);
}

/* A copy for another council: named, both councils said, nothing written. */
static void
test_merge_wrong_council (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(LadderAssessment) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *brookfield = NULL;
  MergeFiles files;

  merge_files_init (&files);
  brookfield = g_build_filename (files.dir, "brookfield.ladder", NULL);
  other = ladder_assessment_load_file (files.sam, NULL, &error);
  g_assert_no_error (error);
  ladder_assessment_set_council (other, "Brookfield (fictional)", "602");
  save_assessment (other, brookfield);

  g_assert_cmpint (run (out, err, "merge", files.review, brookfield, files.alex, "-o", files.out,
                        "--prefer", "copies", NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_true (g_str_has_prefix (err->str, "ladder: merge: brookfield.ladder is for Brookfield (fictional), "
                                             "but this review is for Ashmoor (fictional)"));
  g_assert_true (g_str_has_suffix (err->str, "nothing was written\n"));
  g_assert_false (g_file_test (files.out, G_FILE_TEST_EXISTS));
  g_unlink (brookfield);
  merge_files_clear (&files);
}

/* ladder compare: a review of Ashmoor on 1 May 2026, its follow-up on 24
 * November (sa-data-and-audits up from 2 to 4, the action done) saved with
 * the review inside, and a review of Brookfield. */
typedef struct
{
  char *dir;
  char *earlier;
  char *later;
  char *other;
} CompareFiles;

static void
compare_files_init (CompareFiles *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) bank = ladder_content_get_default (&error);
  g_autoptr(LadderAssessment) earlier = ladder_assessment_new ();
  g_autoptr(LadderAssessment) later = NULL;
  g_autoptr(LadderRecommendation) advice = NULL;
  g_autoptr(JsonNode) advice_json = NULL;
  g_autoptr(LadderAction) done = NULL;
  LadderAction action = {
    .description = (char *) "Audit every plan without a review date", .owner = (char *) "Head of service",
    .status = LADDER_ACTION_ON_TRACK,
  };

  g_assert_no_error (error);
  files->dir = g_dir_make_tmp ("ladder-cli-compare-XXXXXX", NULL);
  files->earlier = g_build_filename (files->dir, "earlier.ladder", NULL);
  files->later = g_build_filename (files->dir, "follow-up.ladder", NULL);
  files->other = g_build_filename (files->dir, "brookfield.ladder", NULL);
  ladder_assessment_set_council (earlier, "Ashmoor (fictional)", "601");
  ladder_assessment_set_review_date (earlier, "2026-05-01");
  ladder_assessment_add_respondent (earlier, "Sam Jones", "Team manager", LADDER_LEADERSHIP_SERVICE);
  ladder_assessment_set_answer (earlier, "r1", "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  ladder_assessment_set_answer (earlier, "r1", "st-credible-plan", LADDER_RATING_LARGELY_IN_PLACE, NULL, FALSE);
  g_free (ladder_assessment_add_action (earlier, &action, &error));
  g_assert_no_error (error);
  save_assessment (earlier, files->earlier);

  advice = ladder_recommend (bank, earlier);
  advice_json = ladder_recommendation_to_json (advice);
  later = ladder_assessment_new_follow_up (earlier, files->earlier, advice_json, "2026-11-24");
  ladder_assessment_set_answer (later, "r1", "sa-data-and-audits", LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE);
  ladder_assessment_set_answer (later, "r1", "st-credible-plan", LADDER_RATING_LARGELY_IN_PLACE, NULL, FALSE);
  done = ladder_action_copy (ladder_assessment_get_action (later, 0));
  done->status = LADDER_ACTION_DONE;
  g_assert_true (ladder_assessment_update_action (later, done, &error));
  save_assessment (later, files->later);

  ladder_assessment_set_council (earlier, "Brookfield (fictional)", "602");
  save_assessment (earlier, files->other);
}

static void
compare_files_clear (CompareFiles *files)
{
  g_unlink (files->earlier);
  g_unlink (files->later);
  g_unlink (files->other);
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->earlier);
  g_free (files->later);
  g_free (files->other);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Two files: text and JSON; the earlier advice is worked out again. */
static void
test_compare (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  CompareFiles files;
  JsonObject *root, *improved;

  compare_files_init (&files);
  g_assert_cmpint (run (out, err, "compare", files.earlier, files.later, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_str_has_prefix (out->str, "Comparison of two reviews of Ashmoor (fictional)\n"
                                             "  Then: the review of 2026-05-01\n"
                                             "  Now:  the review of 2026-11-24\n"));
  for (const char *heading = "\nThe advice\n\0\nThe three capacities\0\nQuestions that improved\0"
                             "\nQuestions that declined\0\nActions then and their status now\n\0\nIndicators\n\0";
       *heading != '\0'; heading += strlen (heading) + 1)
    g_assert_nonnull (strstr (out->str, heading));
  g_assert_nonnull (strstr (out->str, "\n  sa-data-and-audits: 2.0 → 4.0 (+2.0): “"));
  g_assert_nonnull (strstr (out->str, "\n  a1 “Audit every plan without a review date” (Head of service): "
                                      "On track then, Done now\n"));
  g_assert_nonnull (strstr (out->str, "worked out again"));

  g_assert_cmpint (run (out, err, "compare", "--json", files.earlier, files.later, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  root = parse_object (parser, out->str);
  g_assert_cmpstr (json_object_get_string_member (root, "council"), ==, "Ashmoor (fictional)");
  g_assert_cmpstr (json_object_get_string_member (root, "date-then"), ==, "2026-05-01");
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (
    json_object_get_object_member (root, "advice"), "then"), "as-given-then"));
  improved = json_array_get_object_element (json_object_get_array_member (root, "improved"), 0);
  g_assert_cmpstr (json_object_get_string_member (improved, "question"), ==, "sa-data-and-audits");
  g_assert_cmpfloat (json_object_get_double_member (improved, "then"), ==, 2.0);
  g_assert_cmpfloat (json_object_get_double_member (improved, "now"), ==, 4.0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
    json_object_get_array_member (root, "actions"), 0), "status-now"), ==, "done");
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (root, "indicators"), "compared"));
  compare_files_clear (&files);
}

/* One follow-up: compared with the review it carries, whose stored advice
 * is the advice then; with the demonstration data for the indicators. */
static void
test_compare_follow_up (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autofree char *dictionary = fixture_demo_file ("fictional-lait-dictionary.csv");
  CompareFiles files;
  JsonObject *root, *indicators;

  compare_files_init (&files);
  g_assert_cmpint (run (out, err, "compare", files.later, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_nonnull (strstr (out->str, "\n  sa-data-and-audits: 2.0 → 4.0 (+2.0): “"));
  g_assert_nonnull (strstr (out->str, " (as given at the time)\n"));

  g_assert_cmpint (run (out, err, "compare", files.later, "--json", "--data", table, dictionary, NULL), ==,
                   LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  root = parse_object (parser, out->str);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (
    json_object_get_object_member (root, "advice"), "then"), "as-given-then"));
  indicators = json_object_get_object_member (root, "indicators");
  g_assert_true (json_object_get_boolean_member (indicators, "compared"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (indicators, "items")), >, 0);

  /* A review that follows none cannot be compared on its own. */
  g_assert_cmpint (run (out, err, "compare", files.earlier, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_true (g_str_has_prefix (err->str, "ladder: compare: earlier.ladder is not a follow-up review"));
  g_assert_cmpstr (out->str, ==, "");
  compare_files_clear (&files);
}

/* Wrong input: status 2 and one line naming the file and the problem. */
static void
test_compare_refuses (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  CompareFiles files;

  compare_files_init (&files);
  g_assert_cmpint (run (out, err, "compare", files.earlier, files.other, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_true (g_str_has_prefix (err->str, "ladder: compare: earlier.ladder and brookfield.ladder: "));
  g_assert_nonnull (strstr (err->str, "Ashmoor (fictional)"));
  g_assert_nonnull (strstr (err->str, "Brookfield (fictional)"));
  g_assert_cmpstr (out->str, ==, "");

  /* The later review given first. */
  g_assert_cmpint (run (out, err, "compare", files.later, files.earlier, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "older than the earlier"));

  g_assert_cmpint (run (out, err, "compare", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "compare", files.earlier, files.later, files.other, NULL), ==,
                   LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "compare", "--csv", files.later, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'--csv'"));
  g_assert_cmpint (run (out, err, "compare", files.later, "--data", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "compare", files.earlier, "/nonexistent/gone.ladder", NULL), ==,
                   LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "gone.ladder"));
  compare_files_clear (&files);
}

/* The real program, with no display in its environment: a subcommand must
 * neither need nor try to open one. */
int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/merge/conflicts", test_merge_conflicts);
  g_test_add_func ("/cli/merge/prefer-copies", test_merge_prefer_copies);
  g_test_add_func ("/cli/merge/prefer-review", test_merge_prefer_review);
  g_test_add_func ("/cli/merge/wrong-council", test_merge_wrong_council);
  g_test_add_func ("/cli/compare/two-files", test_compare);
  g_test_add_func ("/cli/compare/follow-up", test_compare_follow_up);
  g_test_add_func ("/cli/compare/refuses", test_compare_refuses);

  return g_test_run ();
}
