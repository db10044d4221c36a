/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the .ladder file: round trip, every malformed or hostile file,
 * atomic saving under SIGKILL, links and permissions, autosave (engine). */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <utime.h>
#include <unistd.h>

#include "ladder-assessment-file.h"
#include "ladder-atomic-file.h"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ladder-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = g_build_filename (path, name, NULL);

      g_unlink (full);
    }
  g_rmdir (path);
}

static LadderAssessment *
full_assessment (void)
{
  LadderAssessment *assessment = ladder_assessment_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_data_file_ref_free);
  const char *indicators[] = { "Work_Force_TO_Rate", "LAC", NULL };
  const char *a, *b;

  ladder_assessment_set_council (assessment, "Ashmoor (fictional) – “quoted” ✓", "601");
  ladder_assessment_set_review_date (assessment, "2026-11-24");
  ladder_assessment_set_judgement (assessment, LADDER_JUDGEMENT_OVERALL, LADDER_GRADE_INADEQUATE, "2025-02-28");
  ladder_assessment_set_judgement (assessment, LADDER_JUDGEMENT_CARE_LEAVERS, LADDER_GRADE_GOOD, "2026-06-30");
  ladder_assessment_set_judgement (assessment, LADDER_JUDGEMENT_LEADERS, LADDER_GRADE_NONE, "2026-06-30");
  ladder_assessment_set_intervention (assessment, LADDER_INTERVENTION_STATUTORY_DIRECTION);
  ladder_assessment_set_new_leadership (assessment, TRUE);
  ladder_assessment_set_stage (assessment, LADDER_STAGE_POOR_TO_FAIR);
  ladder_assessment_set_strong_partner (assessment, LADDER_FLAG_STATE_NO);
  ladder_assessment_set_new_model_by_choice (assessment, TRUE);
  a = ladder_assessment_add_respondent (assessment, "Sam", "Director", LADDER_LEADERSHIP_SERVICE);
  b = ladder_assessment_add_respondent (assessment, NULL, NULL, 0);
  ladder_assessment_set_answer (assessment, a, "sa-data-and-audits", LADDER_RATING_EMERGING,
                                "Line one\nline two, with \"quotes\" and \\ and tab\t.", FALSE);
  ladder_assessment_set_answer (assessment, a, "st-credible-plan", LADDER_RATING_DONT_KNOW, NULL, FALSE);
  ladder_assessment_set_answer (assessment, b, "sa-data-and-audits", LADDER_RATING_FULLY_IN_PLACE,
                                "Not for the paper", TRUE);
  ladder_assessment_set_answer (assessment, b, "future-question", LADDER_RATING_NONE, "Only a note", FALSE);
  ladder_assessment_set_plan_item (assessment, "es-independent-chair", TRUE);
  ladder_assessment_set_indicators (assessment, indicators);
  g_ptr_array_add (files, ladder_data_file_ref_new ("bds_long.csv",
                                                    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                                                    "2025-10-01"));
  g_ptr_array_add (files, ladder_data_file_ref_new ("other.csv", NULL, NULL));
  ladder_assessment_set_data_files (assessment, files);
  return assessment;
}

static void
test_round_trip (void)
{
  g_autoptr(LadderAssessment) original = full_assessment ();
  g_autoptr(LadderAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "review.ladder", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *copy_of = NULL;
  const LadderAnswer *answer;
  GPtrArray *files;

  g_assert_true (ladder_assessment_get_modified (original));
  g_assert_true (ladder_assessment_save_file (original, path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_assessment_get_modified (original));

  loaded = ladder_assessment_load_file (path, &copy_of, &error);
  g_assert_no_error (error);
  g_assert_null (copy_of);
  g_assert_false (ladder_assessment_get_modified (loaded));
  g_assert_cmpstr (ladder_assessment_get_council_name (loaded), ==, "Ashmoor (fictional) – “quoted” ✓");
  g_assert_cmpstr (ladder_assessment_get_council_code (loaded), ==, "601");
  g_assert_cmpstr (ladder_assessment_get_review_date (loaded), ==, "2026-11-24");
  {
    const char *date;

    g_assert_cmpint (ladder_assessment_get_judgement (loaded, LADDER_JUDGEMENT_OVERALL, &date), ==,
                     LADDER_GRADE_INADEQUATE);
    g_assert_cmpstr (date, ==, "2025-02-28");
    g_assert_cmpint (ladder_assessment_get_judgement (loaded, LADDER_JUDGEMENT_CARE_LEAVERS, &date), ==,
                     LADDER_GRADE_GOOD);
    g_assert_cmpstr (date, ==, "2026-06-30");
    /* A date kept without a grade survives too. */
    g_assert_cmpint (ladder_assessment_get_judgement (loaded, LADDER_JUDGEMENT_LEADERS, &date), ==,
                     LADDER_GRADE_NONE);
    g_assert_cmpstr (date, ==, "2026-06-30");
    g_assert_cmpint (ladder_assessment_get_judgement (loaded, LADDER_JUDGEMENT_CHILDREN_IN_CARE, &date), ==,
                     LADDER_GRADE_NONE);
    g_assert_null (date);
    /* The latest inspection is the later one: its worst judgement counts. */
    g_assert_cmpint (ladder_assessment_get_latest_grade (loaded, &date, NULL), ==, LADDER_GRADE_GOOD);
    g_assert_cmpstr (date, ==, "2026-06-30");
  }
  g_assert_cmpint (ladder_assessment_get_intervention (loaded), ==, LADDER_INTERVENTION_STATUTORY_DIRECTION);
  g_assert_true (ladder_assessment_get_new_leadership (loaded));
  g_assert_cmpint (ladder_assessment_get_strong_partner (loaded), ==, LADDER_FLAG_STATE_NO);
  g_assert_true (ladder_assessment_get_new_model_by_choice (loaded));
  g_assert_cmpuint (ladder_assessment_get_format_version (loaded), ==, 2);
  g_assert_cmpint (ladder_assessment_get_stage (loaded), ==, LADDER_STAGE_POOR_TO_FAIR);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (loaded), ==, 2);
  g_assert_cmpstr (ladder_assessment_get_respondent (loaded, 0)->name, ==, "Sam");
  g_assert_cmpint (ladder_assessment_get_respondent (loaded, 0)->level, ==, LADDER_LEADERSHIP_SERVICE);
  g_assert_null (ladder_assessment_get_respondent (loaded, 1)->name);
  answer = ladder_assessment_get_answer (loaded, "r1", "sa-data-and-audits");
  g_assert_cmpint (answer->rating, ==, LADDER_RATING_EMERGING);
  g_assert_cmpstr (answer->note, ==, "Line one\nline two, with \"quotes\" and \\ and tab\t.");
  g_assert_cmpint (ladder_assessment_get_answer (loaded, "r1", "st-credible-plan")->rating, ==, LADDER_RATING_DONT_KNOW);
  g_assert_true (ladder_assessment_get_answer (loaded, "r2", "sa-data-and-audits")->private_note);
  /* A question this version does not know survives the round trip. */
  g_assert_cmpstr (ladder_assessment_get_answer (loaded, "r2", "future-question")->note, ==, "Only a note");
  g_assert_true (ladder_assessment_get_plan_item (loaded, "es-independent-chair"));
  g_assert_cmpstrv (ladder_assessment_get_indicators (loaded), ((const char *[]) { "Work_Force_TO_Rate", "LAC", NULL }));
  files = ladder_assessment_get_data_files (loaded);
  g_assert_cmpuint (files->len, ==, 2);
  g_assert_cmpstr (((LadderDataFileRef *) files->pdata[0])->as_at, ==, "2025-10-01");
  g_assert_null (((LadderDataFileRef *) files->pdata[1])->sha256);

  /* Saving what was loaded gives the same bytes. */
  first = ladder_assessment_to_data (original, NULL, NULL);
  second = ladder_assessment_to_data (loaded, NULL, NULL);
  g_assert_cmpstr (first, ==, second);
  /* Exploring without a council is saved as null and read back. */
  {
    g_autoptr(LadderAssessment) exploring = ladder_assessment_new ();
    g_autoptr(LadderAssessment) back = NULL;
    g_autofree char *text = ladder_assessment_to_data (exploring, NULL, NULL);

    g_assert_nonnull (strstr (text, "\"council\" : null"));
    back = ladder_assessment_load_data (text, strlen (text), "exploring.ladder", NULL, &error);
    g_assert_no_error (error);
    g_assert_null (ladder_assessment_get_council_name (back));
  }
  /* A new respondent does not reuse an identifier from the file. */
  g_assert_cmpstr (ladder_assessment_add_respondent (loaded, "C", NULL, 0), ==, "r3");
  remove_dir (dir);
}

typedef struct
{
  const char *name;
  const char *text;           /* NULL: built by the test */
  const char *expected;
  gboolean    located;        /* the message has a line and column */
} BadFile;

#define VALID_START "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": {}, \"respondents\": [{\"id\": \"r1\"}], "
#define V2_CONTEXT(context) "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": " context ", " \
                            "\"respondents\": [], \"answers\": []}"

static const BadFile bad_files[] = {
  { "empty", "", "the file is empty", TRUE },
  { "spaces", "  \n\n ", "the file is empty", TRUE },
  { "not-json", "council: Ashmoor\n", "expected a value", TRUE },
  { "two-values", "{}{}", "there is more after the end", TRUE },
  { "deep", NULL, "nests more than", TRUE },
  { "infinite", VALID_START "\"answers\": [], \"x\": 1e999}", "is too large", TRUE },
  { "huge-integer", VALID_START "\"answers\": [], \"x\": 123456789012345678901234567890}", "too large", TRUE },
  { "nul-escape", VALID_START "\"answers\": [{\"respondent\": \"r1\", \"question\": \"q\", \"note\": \"a\\u0000b\"}]}",
    "\\u0000", TRUE },
  { "lone-surrogate", "{\"format\": \"\\ud800\"}", "no second half", TRUE },
  { "low-surrogate", "{\"format\": \"\\udc00x\"}", "no first half", TRUE },
  { "bad-escape", "{\"format\": \"\\q\"}", "not a valid escape", TRUE },
  { "unclosed", "{\"format\": \"ladder", "never closed", TRUE },
  { "control-character", "{\"format\": \"a\tb\"}", "control character", TRUE },
  { "invalid-utf8", "{\"format\": \"\xff\"}", "not valid UTF-8", TRUE },
  { "repeated-name", "{\"format\": \"ladder-assessment\", \"format\": \"x\"}", "appears twice", TRUE },
  { "trailing-comma", "{\"format\": \"ladder-assessment\",}", "expected a name", TRUE },
  { "not-object", "[1, 2]", "not a Ladder assessment", FALSE },
  { "other-format", "{\"format\": \"ladder-rules\", \"version\": 1}", "not a Ladder assessment", FALSE },
  { "no-format", "{\"version\": 1}", "not a Ladder assessment", FALSE },
  { "newer", "{\"format\": \"ladder-assessment\", \"version\": 3, \"something-new\": []}", "newer version of Ladder", FALSE },
  { "version-text", "{\"format\": \"ladder-assessment\", \"version\": \"1\"}", "“version” must be a number", TRUE },
  { "version-fraction", "{\"format\": \"ladder-assessment\", \"version\": 0.5}", "whole number", TRUE },
  { "unknown-member", VALID_START "\"answers\": [], \"answerz\": []}", "“answerz” is not something", TRUE },
  { "missing-answers", VALID_START "\"plan\": {}}", "“answers” is missing", TRUE },
  { "bad-rating", VALID_START "\"answers\": [{\"respondent\": \"r1\", \"question\": \"q\", \"rating\": \"great\"}]}",
    "“great” is not a rating", TRUE },
  { "rating-number", VALID_START "\"answers\": [{\"respondent\": \"r1\", \"question\": \"q\", \"rating\": 3}]}",
    "“rating” must be text", TRUE },
  { "unknown-respondent", VALID_START "\"answers\": [{\"respondent\": \"r9\", \"question\": \"q\"}]}",
    "no respondent has the id “r9”", TRUE },
  { "twice", VALID_START "\"answers\": [{\"respondent\": \"r1\", \"question\": \"q\"}, {\"respondent\": \"r1\", \"question\": \"q\"}]}",
    "answers “q” twice", TRUE },
  { "same-respondent", "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": {}, "
    "\"respondents\": [{\"id\": \"r1\"}, {\"id\": \"r1\"}], \"answers\": []}", "two respondents", TRUE },
  { "bad-level", "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": {}, "
    "\"respondents\": [{\"id\": \"r1\", \"level\": \"royal\"}], \"answers\": []}", "not a leadership level", TRUE },
  { "bad-date", VALID_START "\"answers\": [], \"review-date\": \"2026-02-30\"}", "not a date", TRUE },
  { "bad-judgement", "{\"format\": \"ladder-assessment\", \"version\": 1, \"context\": {\"ofsted-judgement\": \"poor\"}, "
    "\"respondents\": [], \"answers\": []}", "not an Ofsted judgement", TRUE },
  { "bad-stage", "{\"format\": \"ladder-assessment\", \"version\": 1, \"context\": {\"stage\": \"great\"}, "
    "\"respondents\": [], \"answers\": []}", "not a stage", TRUE },
  { "v1-member-in-v2", V2_CONTEXT ("{\"ofsted-judgement\": \"good\"}"), "“ofsted-judgement” is not something", TRUE },
  { "v2-member-in-v1", "{\"format\": \"ladder-assessment\", \"version\": 1, \"context\": {\"intervention\": \"none\"}, "
    "\"respondents\": [], \"answers\": []}", "“intervention” is not something", TRUE },
  { "bad-grade", V2_CONTEXT ("{\"inspection\": {\"leaders\": {\"grade\": \"excellent\", \"date\": \"2026-06-01\"}}}"),
    "“excellent” is not an Ofsted grade", TRUE },
  { "unknown-judgement", V2_CONTEXT ("{\"inspection\": {\"safeguarding\": null}}"), "“safeguarding” is not something", TRUE },
  { "judgement-bad-date", V2_CONTEXT ("{\"inspection\": {\"overall\": {\"grade\": \"good\", \"date\": \"2025-13-01\"}}}"),
    "not a date", TRUE },
  { "bad-intervention", V2_CONTEXT ("{\"intervention\": \"special-measures\"}"), "not a kind of intervention", TRUE },
  { "bad-partner", V2_CONTEXT ("{\"strong-partner\": \"maybe\"}"), "is not “yes”, “no” or null", TRUE },
  { "bad-checksum", VALID_START "\"answers\": [], \"data-files\": [{\"name\": \"a.csv\", \"sha256\": \"XYZ\"}]}",
    "64 lower-case", TRUE },
  { "answers-not-list", VALID_START "\"answers\": {}}", "must be a list", TRUE },
  { "answer-not-object", VALID_START "\"answers\": [3]}", "must be an object", TRUE },
  { "long-note", NULL, "longer than", TRUE },
};

static char *
deep_text (void)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  return g_string_free (text, FALSE);
}

static char *
long_note_text (void)
{
  g_autofree char *note = g_strnfill (20001, 'x');

  return g_strconcat (VALID_START "\"answers\": [{\"respondent\": \"r1\", \"question\": \"q\", \"note\": \"",
                      note, "\"}]}", NULL);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *built = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;
  const char *text = bad->text;

  if (strcmp (bad->name, "deep") == 0)
    text = built = deep_text ();
  else if (strcmp (bad->name, "long-note") == 0)
    text = built = long_note_text ();
  assessment = ladder_assessment_load_data (text, strlen (text), "bad.ladder", NULL, &error);
  g_assert_null (assessment);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.ladder"));
  g_assert_nonnull (strstr (error->message, bad->expected));
  g_assert_null (strchr (error->message, '\n'));
  if (bad->located)
    g_assert_true (g_regex_match_simple ("^bad\\.ladder, line [0-9]+, column [0-9]+: ", error->message, 0, 0));
}

/* The line and column point at the value that is wrong. */
static void
test_error_position (void)
{
  const char *text = "{\n  \"format\": \"ladder-assessment\",\n  \"version\": 2,\n  \"context\": {},\n"
                     "  \"respondents\": [ { \"id\": \"r1\" } ],\n  \"answers\": [\n"
                     "    { \"respondent\": \"r1\", \"question\": \"q\", \"rating\": \"greatish\" }\n  ]\n}\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (ladder_assessment_load_data (text, strlen (text), "pos.ladder", NULL, &error));
  g_assert_cmpstr (error->message, ==, "pos.ladder, line 7, column 54: “greatish” is not a rating "
                   "(not-in-place, emerging, largely-in-place, fully-in-place or dont-know)");
}

static void
test_too_large (void)
{
  gsize length = LADDER_ASSESSMENT_MAX_SIZE + 1;
  g_autofree char *text = g_malloc (length);
  g_autoptr(GError) error = NULL;

  memset (text, ' ', length);
  g_assert_null (ladder_assessment_load_data (text, length, "big.ladder", NULL, &error));
  g_assert_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_TOO_LARGE);
}

/* A newer file is refused with its own error, and left as it was. */
static void
test_newer_untouched (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 3, \"answers\": \"kept as is\"}\n";
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "newer.ladder", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  g_assert_null (ladder_assessment_load_file (path, NULL, &error));
  g_assert_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "file format 3"));
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, text);
  remove_dir (dir);
}

/* A version 1 file opens, converted in memory: the overall grade and its
 * date, and "formal intervention" as an intervention of a kind not
 * recorded. The file itself is untouched until the user saves, and saving
 * writes version 2, which reads back the same. */
static void
test_version_1_converted (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 1, \"council\": {\"name\": \"Ashmoor\", "
                     "\"code\": \"601\"}, \"review-date\": \"2026-11-24\", \"context\": {\"ofsted-judgement\": "
                     "\"requires-improvement\", \"ofsted-date\": \"2025-06-12\", \"formal-intervention\": true, "
                     "\"new-leadership\": true, \"stage\": \"fair-to-good\"}, \"respondents\": [{\"id\": \"r1\", "
                     "\"name\": \"Sam\", \"level\": \"service\"}], \"answers\": [{\"respondent\": \"r1\", "
                     "\"question\": \"sa-data-and-audits\", \"rating\": \"emerging\", \"note\": \"kept\", "
                     "\"private\": false}]}\n";
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "old.ladder", NULL);
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) old = NULL;
  g_autoptr(LadderAssessment) reread = NULL;
  const char *date;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  old = ladder_assessment_load_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_assessment_get_format_version (old), ==, 1);
  g_assert_false (ladder_assessment_get_modified (old));
  g_assert_cmpint (ladder_assessment_get_judgement (old, LADDER_JUDGEMENT_OVERALL, &date), ==,
                   LADDER_GRADE_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (date, ==, "2025-06-12");
  g_assert_cmpint (ladder_assessment_get_intervention (old), ==, LADDER_INTERVENTION_UNSPECIFIED);
  g_assert_true (ladder_assessment_get_new_leadership (old));
  g_assert_cmpint (ladder_assessment_get_stage (old), ==, LADDER_STAGE_FAIR_TO_GOOD);
  g_assert_cmpint (ladder_assessment_get_strong_partner (old), ==, LADDER_FLAG_STATE_UNKNOWN);
  g_assert_cmpstr (ladder_assessment_get_answer (old, "r1", "sa-data-and-audits")->note, ==, "kept");
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, text);

  g_assert_true (ladder_assessment_save_file (old, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &saved, NULL, NULL);
  g_assert_nonnull (strstr (saved, "\"version\" : 2"));
  g_assert_nonnull (strstr (saved, "\"intervention\" : \"unspecified\""));
  g_assert_null (strstr (saved, "ofsted-judgement"));
  reread = ladder_assessment_load_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_assessment_get_format_version (reread), ==, 2);
  g_assert_cmpint (ladder_assessment_get_judgement (reread, LADDER_JUDGEMENT_OVERALL, NULL), ==,
                   LADDER_GRADE_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (ladder_assessment_get_intervention (reread), ==, LADDER_INTERVENTION_UNSPECIFIED);
  remove_dir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (ladder_assessment_load_file ("/nonexistent/review.ladder", NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (error->message, "review.ladder could not be opened"));
}

/* Saving through a link replaces the file it points at, keeps the link,
 * and keeps the file's permissions. */
static void
test_link_and_permissions (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.ladder", NULL);
  g_autofree char *link = g_build_filename (dir, "link.ladder", NULL);
  g_autoptr(LadderAssessment) assessment = full_assessment ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct stat info;

  g_file_set_contents (target, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.ladder", link), ==, 0);
  g_assert_true (ladder_assessment_save_file (assessment, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_file_get_contents (target, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "{"));
  g_assert_cmpint (g_stat (target, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  remove_dir (dir);
}

/* In a forked child, stops a save at one stage, tells the parent through
 * a pipe, and waits there to be killed. */
typedef struct
{
  LadderFileSaveStage stage;
  int                 fd;
} StopAt;

static void
stop_at_stage (LadderFileSaveStage  stage,
               const char          *path,
               gpointer             user_data)
{
  const StopAt *stop = user_data;
  char byte = (char) stage;

  if (stage != stop->stage)
    return;
  if (write (stop->fd, &byte, 1) != 1)
    _exit (3);
  for (;;)
    pause ();
}

/* How many of the save's temporaries for @path are in @dir. */
static guint
count_temporaries (const char *dir,
                   const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strdup_printf (".%s.save-", base);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

/* The file holds @expected, whole, and loads. */
static void
assert_holds (const char *path,
              const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) loaded = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  loaded = ladder_assessment_load_file (path, NULL, &error);
  g_assert_no_error (error);
}

/* Two versions big enough that a save takes a while. */
static void
make_two_versions (LadderAssessment *a,
                   LadderAssessment *b)
{
  g_autoptr(GString) long_note = g_string_new (NULL);

  for (int i = 0; i < 2000; i++)
    g_string_append (long_note, "evidence ");
  for (guint q = 0; q < 10; q++)
    {
      g_autofree char *question = g_strdup_printf ("q%u", q);

      ladder_assessment_set_answer (a, "r1", question, LADDER_RATING_EMERGING, long_note->str, FALSE);
      ladder_assessment_set_answer (b, "r1", question, LADDER_RATING_NOT_IN_PLACE, long_note->str, TRUE);
    }
}

/* Kills a save at each stage it reports (the writer stops there and says
 * so, so the kill lands there however fast or slow the build): before the
 * rename the file holds the old version, from the rename on the new, both
 * whole; what a kill leaves behind is recognised and removed. */
static void
test_kill_during_save (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kill.ladder", NULL);
  g_autoptr(LadderAssessment) a = full_assessment ();
  g_autoptr(LadderAssessment) b = full_assessment ();
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  make_two_versions (a, b);
  text_a = ladder_assessment_to_data (a, NULL, NULL);
  text_b = ladder_assessment_to_data (b, NULL, NULL);

  for (guint round = 0; round < 4; round++)
    for (LadderFileSaveStage stage = LADDER_FILE_STAGE_TEMP_CREATED;
         stage <= LADDER_FILE_STAGE_DONE; stage++)
      {
        LadderAssessment *from = round % 2 ? b : a, *to = round % 2 ? a : b;
        const char *text_from = round % 2 ? text_b : text_a, *text_to = round % 2 ? text_a : text_b;
        gboolean renamed = stage >= LADDER_FILE_STAGE_RENAMED;
        StopAt stop = { stage, -1 };
        int fds[2], status;
        char byte;
        pid_t child;

        g_assert_true (ladder_assessment_save_file (from, path, NULL));
        g_assert_cmpint (pipe (fds), ==, 0);
        child = fork ();
        g_assert_cmpint (child, >=, 0);
        if (child == 0)
          {
            close (fds[0]);
            stop.fd = fds[1];
            ladder_file_set_stage_hook (stop_at_stage, &stop);
            ladder_assessment_save_file (to, path, NULL);
            _exit (2);
          }
        close (fds[1]);
        /* Blocks until the child is at the stage; EOF if it never got there. */
        g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
        close (fds[0]);
        g_assert_cmpint (byte, ==, (char) stage);
        kill (child, SIGKILL);
        g_assert_cmpint (waitpid (child, &status, 0), ==, child);
        g_assert_true (WIFSIGNALED (status));

        assert_holds (path, renamed ? text_to : text_from);
        g_assert_cmpuint (count_temporaries (dir, path), ==, renamed ? 0 : 1);
        g_assert_cmpuint (ladder_file_clean_temporaries (path, 0), ==, renamed ? 0 : 1);
        g_assert_cmpuint (count_temporaries (dir, path), ==, 0);
      }
  remove_dir (dir);
}

/* Kills a process saving two versions in turn at random moments, spread
 * over a measured save's time (so as many land after a rename in a slow
 * build as in a fast one): every time, the file holds one version or the
 * other, whole. */
static void
test_kill_at_random (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kill.ladder", NULL);
  g_autoptr(LadderAssessment) a = full_assessment ();
  g_autoptr(LadderAssessment) b = full_assessment ();
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  guint iterations = g_test_slow () ? 1000 : 60;
  guint saw_a = 0, saw_b = 0;
  gint64 save_time;

  make_two_versions (a, b);
  text_a = ladder_assessment_to_data (a, NULL, NULL);
  text_b = ladder_assessment_to_data (b, NULL, NULL);
  save_time = g_get_monotonic_time ();
  for (guint n = 0; n < 4; n++)
    g_assert_true (ladder_assessment_save_file (n % 2 ? a : b, path, NULL));
  save_time = MAX ((g_get_monotonic_time () - save_time) / 4, 100);
  g_test_message ("one save takes %" G_GINT64_FORMAT " microseconds", save_time);

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *contents = NULL;
      int fds[2], status;
      char byte;
      pid_t child;

      g_assert_cmpint (pipe (fds), ==, 0);
      child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          close (fds[0]);
          /* The clock starts when the child is ready, not at fork(). */
          if (write (fds[1], "r", 1) != 1)
            _exit (3);
          for (guint n = 0;; n++)
            ladder_assessment_save_file (n % 2 ? a : b, path, NULL);
        }
      close (fds[1]);
      g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
      close (fds[0]);
      g_usleep (g_random_int_range (0, (gint32) MIN (save_time * 3, G_MAXINT32)));
      kill (child, SIGKILL);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (WIFSIGNALED (status));

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      if (strcmp (contents, text_a) == 0)
        saw_a++;
      else if (strcmp (contents, text_b) == 0)
        saw_b++;
      else
        g_error ("after kill %u the file is neither version (%zu bytes)", i, strlen (contents));
      /* What a kill leaves behind, the next save clears. */
      ladder_file_clean_temporaries (path, 0);
    }
  g_test_message ("%u kills: version A %u times, version B %u times", iterations, saw_a, saw_b);
  g_assert_cmpuint (saw_a + saw_b, ==, iterations);
  g_assert_cmpuint (count_temporaries (dir, path), ==, 0);
  remove_dir (dir);
}

static void
test_clean_temporaries (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.ladder", NULL);
  g_autofree char *stale = g_build_filename (dir, ".x.ladder.save-a1B2c3", NULL);
  g_autofree char *other = g_build_filename (dir, ".y.ladder.save-a1B2c3", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".x.ladder.save-zzzzzz", NULL);
  struct utimbuf old = { 1000, 1000 };

  g_file_set_contents (stale, "", 0, NULL);
  g_file_set_contents (other, "", 0, NULL);
  g_file_set_contents (fresh, "", 0, NULL);
  g_assert_cmpint (g_utime (stale, &old), ==, 0);
  g_assert_cmpuint (ladder_file_clean_temporaries (path, 60), ==, 1);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

static void
test_autosave (void)
{
  g_autoptr(LadderAssessment) assessment = full_assessment ();
  g_autofree char *autosave = ladder_autosave_new_path ();
  g_autofree char *autosave_dir = ladder_autosave_get_dir ();
  g_autofree char *copy_of = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(LadderAssessment) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *leftover = g_build_filename (autosave_dir, ".session-1.ladder.save-abcdef", NULL);

  g_assert_true (g_str_has_prefix (autosave, g_get_user_data_dir ()));
  g_assert_true (ladder_autosave_write (assessment, autosave, "/home/someone/review.ladder", &error));
  g_assert_no_error (error);
  /* Autosaving does not count as saving. */
  g_assert_true (ladder_assessment_get_modified (assessment));
  g_file_set_contents (leftover, "", 0, NULL);
  {
    struct utimbuf old = { 1000, 1000 };

    g_assert_cmpint (g_utime (leftover, &old), ==, 0);
  }

  found = ladder_autosave_find ();
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (found, autosave, g_str_equal, NULL));
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  recovered = ladder_assessment_load_file (autosave, &copy_of, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy_of, ==, "/home/someone/review.ladder");
  g_assert_cmpstr (ladder_assessment_get_council_code (recovered), ==, "601");
  g_unlink (autosave);
}

/* Whatever is not an ordinary file is refused at once, by what it is:
 * a named pipe's open would otherwise wait for a writer for ever. */
static void
test_not_a_file (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *folder_name = g_path_get_basename (dir);
  g_autofree char *fifo = g_build_filename (dir, "pipe.ladder", NULL);
  g_autofree char *folder_message = g_strdup_printf ("%s is a folder, not a file", folder_name);
  const struct { const char *path; const char *message; } cases[] = {
    { fifo, "pipe.ladder is a named pipe, not a file" },
    { dir, folder_message },
    { "/dev/null", "/dev/null is a device, not a file" },
    { "/dev/zero", "/dev/zero is a device, not a file" },
    { "", "No file was named: the path is empty" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* Before the fix, the pipe's open never returned: fail instead of hanging. */
  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (ladder_assessment_load_file (cases[i].path, NULL, &error));
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
  alarm (0);
  remove_dir (dir);
}

/* Read into memory, not mapped: a file cut short while it is read (here,
 * as soon as it appears among this process's mappings, or after a moment)
 * gives a result or an error, never SIGBUS. */
typedef struct
{
  const char *path;
  gint        done;
} Truncator;

static gpointer
truncate_while_read (gpointer data)
{
  Truncator *truncator = data;

  for (guint i = 0; i < 200 && !g_atomic_int_get (&truncator->done); i++)
    {
      g_autofree char *maps = NULL;

      if (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL) &&
          strstr (maps, truncator->path) != NULL)
        break;
    }
  g_assert_cmpint (truncate (truncator->path, 0), ==, 0);
  return NULL;
}

static void
test_cut_short_while_read (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cut.ladder", NULL);
  gsize length = 12 * 1024 * 1024;
  g_autofree char *text = g_malloc (length);
  const char *body = "{\"format\": \"ladder-assessment\", \"version\": 2}\n";

  /* Whitespace first, so that the whole file must be read. */
  memset (text, ' ', length);
  memcpy (text + length - strlen (body), body, strlen (body));
  for (guint round = 0; round < 3; round++)
    {
      Truncator truncator = { path, 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderAssessment) assessment = NULL;
      GThread *thread;

      g_assert_true (g_file_set_contents (path, text, length, NULL));
      thread = g_thread_new ("truncate", truncate_while_read, &truncator);
      assessment = ladder_assessment_load_file (path, NULL, &error);
      g_atomic_int_set (&truncator.done, 1);
      g_thread_join (thread);
      g_assert_true ((assessment == NULL) != (error == NULL));
    }
  remove_dir (dir);
}

/* Too large a file is refused from its size, saying the limit; sparse, so
 * it takes no disk space. */
static void
test_too_large_file (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.ladder", NULL);
  g_autofree char *limit = g_format_size (LADDER_ASSESSMENT_MAX_SIZE);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_cmpint (truncate (path, G_GUINT64_CONSTANT (50) * 1000 * 1000 * 1000), ==, 0);
  g_assert_null (ladder_assessment_load_file (path, NULL, &error));
  g_assert_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.ladder is too large to be a Ladder assessment: it is 50"));
  g_assert_nonnull (strstr (error->message, limit));
  remove_dir (dir);
}

/* A file name with a line break or an escape sequence reaches the message
 * as one line of inert text. */
static void
test_strange_name (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a\nb\x1b[2J\xff.ladder", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "[]", -1, NULL));
  g_assert_null (ladder_assessment_load_file (path, NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "a\uFFFDb\uFFFD[2J\uFFFD.ladder is not a Ladder assessment"));
  remove_dir (dir);
}

/* Every control character a name or note can hold comes back from its own
 * file: json-glib 1.6 wrote U+001F raw, which no JSON reader accepts, so a
 * saved assessment could not be opened again (found by fuzzing). */
static void
test_control_characters_round_trip (void)
{
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(LadderAssessment) back = NULL;
  g_autoptr(GString) text = g_string_new ("Note");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *who;
  gsize length;

  for (gunichar c = 1; c < 0x20; c++)
    g_string_append_unichar (text, c);
  g_string_append (text, "\x7f" "\xc2\x85" "end");
  ladder_assessment_set_council (assessment, text->str, NULL);
  who = ladder_assessment_add_respondent (assessment, text->str, NULL, 0);
  g_assert_true (ladder_assessment_set_answer (assessment, who, "sa-data-and-audits", LADDER_RATING_EMERGING,
                                               text->str, FALSE));
  data = ladder_assessment_to_data (assessment, NULL, &length);
  g_assert_null (memchr (data, 0x1f, length));
  back = ladder_assessment_load_data (data, length, "round-trip.ladder", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_assessment_get_council_name (back), ==, text->str);
  g_assert_cmpstr (ladder_assessment_get_answer (back, who, "sa-data-and-audits")->note, ==, text->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment-file/round-trip", test_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment-file/bad/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/assessment-file/error-position", test_error_position);
  g_test_add_func ("/assessment-file/too-large", test_too_large);
  g_test_add_func ("/assessment-file/newer-untouched", test_newer_untouched);
  g_test_add_func ("/assessment-file/missing", test_missing_file);
  g_test_add_func ("/assessment-file/not-a-file", test_not_a_file);
  g_test_add_func ("/assessment-file/cut-short-while-read", test_cut_short_while_read);
  g_test_add_func ("/assessment-file/too-large-file", test_too_large_file);
  g_test_add_func ("/assessment-file/strange-name", test_strange_name);
  g_test_add_func ("/assessment-file/version-1-converted", test_version_1_converted);
  g_test_add_func ("/assessment-file/link-and-permissions", test_link_and_permissions);
  g_test_add_func ("/assessment-file/kill-during-save", test_kill_during_save);
  g_test_add_func ("/assessment-file/kill-at-random", test_kill_at_random);
  g_test_add_func ("/assessment-file/clean-temporaries", test_clean_temporaries);
  g_test_add_func ("/assessment-file/autosave", test_autosave);
  g_test_add_func ("/assessment-file/control-characters", test_control_characters_round_trip);

  return g_test_run ();
}
