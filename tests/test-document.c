/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for LadderDocument without a display: opening, changing, undo,
 * the recovery copy and recovery, and the advice worked out once per
 * change. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-document.h"

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *bank = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return bank;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_new (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  g_autofree char *title = ladder_document_dup_title (document);

  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, ladder_assessment_get_respondent (assessment, 0)->id);
  g_assert_false (ladder_document_get_modified (document));
  g_assert_false (ladder_document_get_can_undo (document));
  g_assert_null (ladder_document_get_path (document));
  g_assert_cmpstr (title, ==, "Unsaved assessment");
  g_assert_nonnull (ladder_assessment_get_review_date (assessment));
  g_assert_true (g_uuid_string_is_valid (ladder_assessment_get_review_id (assessment)));
  g_assert_true (g_uuid_string_is_valid (ladder_assessment_get_respondent (assessment, 0)->uid));
}

/* However many views read the advice, it is worked out once per change. */
static void
test_advice_once_per_change (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  guint changes = 0;
  LadderRecommendation *first;

  ladder_document_set_autosave_delay (document, 0);
  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changes);
  first = ladder_document_get_advice (document);
  g_assert_true (ladder_document_get_advice (document) == first);
  g_assert_cmpuint (ladder_document_get_n_advice_computed (document), ==, 1);

  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (ladder_document_get_n_advice_computed (document), ==, 1);
  for (guint i = 0; i < 5; i++)
    ladder_document_get_advice (document);
  g_assert_cmpuint (ladder_document_get_n_advice_computed (document), ==, 2);
  g_assert_cmpuint (ladder_document_get_advice (document)->n_answers, ==, 1);

  /* The same answer again is no change at all. */
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  g_assert_cmpuint (changes, ==, 1);
  ladder_document_get_advice (document);
  g_assert_cmpuint (ladder_document_get_n_advice_computed (document), ==, 2);
}

static void
test_undo_answers (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  const char *r = ladder_document_get_respondent (document);
  g_autofree char *undone = NULL;
  g_autofree char *undone_again = NULL;

  ladder_document_set_autosave_delay (document, 0);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, "N", FALSE);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, "No", FALSE);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, "Note", FALSE);
  g_assert_true (ladder_document_get_modified (document));
  g_assert_true (ladder_document_get_can_undo (document));

  /* The note, typed in three steps, goes back in one. */
  undone = ladder_document_undo (document);
  g_assert_true (g_str_has_prefix (undone, "Answer put back: "));
  g_assert_null (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits")->note);
  g_assert_cmpint (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits")->rating, ==,
                   LADDER_RATING_EMERGING);
  undone_again = ladder_document_undo (document);
  g_assert_nonnull (undone_again);
  g_assert_null (ladder_assessment_get_answer (assessment, r, "sa-data-and-audits"));
  g_assert_null (ladder_document_undo (document));
  g_assert_false (ladder_document_get_can_undo (document));
}

static void
test_people (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  g_autofree char *first = g_strdup (ladder_document_get_respondent (document));
  g_autofree char *second = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *label = NULL;
  const LadderRespondent *back;

  ladder_document_set_autosave_delay (document, 0);
  /* Adding someone leaves the same person answering. */
  second = g_strdup (ladder_document_add_respondent (document, "Sam Jones", "Team manager",
                                                     LADDER_LEADERSHIP_SERVICE, TRUE));
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, first);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 2);
  label = ladder_assessment_dup_person_label (assessment, ladder_assessment_find_respondent (assessment, second),
                                              TRUE);
  g_assert_cmpstr (label, ==, "Team manager");

  ladder_document_set_respondent (document, second);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_LARGELY_IN_PLACE, "seen", TRUE);
  ladder_document_set_answer (document, "st-credible-plan", LADDER_RATING_DONT_KNOW, NULL, FALSE);
  g_assert_cmpuint (ladder_document_count_answers (document, second), ==, 2);

  /* Removing the one answering hands over to the first; undo puts the
   * person, their answers and who was answering back. */
  g_assert_true (ladder_document_remove_respondent (document, second));
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, first);
  g_assert_false (ladder_document_remove_respondent (document, first));
  undone = ladder_document_undo (document);
  g_assert_cmpstr (undone, ==, "Team manager is back, with their answers");
  back = ladder_assessment_find_respondent (assessment, second);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->name, ==, "Sam Jones");
  g_assert_true (back->by_role);
  g_assert_cmpuint (ladder_document_count_answers (document, second), ==, 2);
  g_assert_cmpstr (ladder_assessment_get_answer (assessment, second, "sa-data-and-audits")->note, ==, "seen");
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, second);

  /* Undoing the answers, then the addition, takes the person out. */
  g_free (ladder_document_undo (document));
  g_free (ladder_document_undo (document));
  g_free (ladder_document_undo (document));
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, first);
  g_assert_false (ladder_document_get_can_undo (document));
}

static void
test_replace_respondents_is_one_step (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *undone = NULL;
  guint changes = 0;

  ladder_document_set_autosave_delay (document, 0);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  people = ladder_assessment_dup_respondents (assessment);
  for (guint i = 0; i < 3; i++)
    {
      LadderRespondent *person = g_new0 (LadderRespondent, 1);

      person->id = g_strdup_printf ("x%u", i);
      person->uid = g_uuid_string_random ();
      person->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) ladder_answer_free);
      g_hash_table_insert (person->answers, g_strdup ("sa-data-and-audits"),
                           ladder_answer_copy (&(LadderAnswer) { LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE }));
      g_ptr_array_add (people, person);
    }
  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changes);
  ladder_document_replace_respondents (document, people, "The answers added are taken out again");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 4);
  undone = ladder_document_undo (document);
  g_assert_cmpstr (undone, ==, "The answers added are taken out again");
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_nonnull (ladder_assessment_get_answer (assessment, ladder_document_get_respondent (document),
                                                  "sa-data-and-audits"));
}

static gboolean
has_autosave_path (gpointer document)
{
  return ladder_document_get_autosave_path (document) != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Runs the main loop until @done or a few seconds pass. */
static gboolean
wait_until (GSourceFunc done,
            gpointer    data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return done (data);
}

static void
test_autosave_and_recovery (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  g_autoptr(LadderDocument) next = ladder_document_new (bank);
  g_autofree char *path = temp_path ("document-autosave.ladder");
  g_autofree char *autosave = NULL;
  g_autofree char *original = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) copy = NULL;
  const char *r;

  ladder_document_set_autosave_delay (document, 20);
  ladder_assessment_set_council (ladder_document_get_assessment (document), "Ashmoor (fictional)", "601");
  g_assert_true (ladder_document_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_modified (document));

  /* A change is copied to the user's data folder after a short pause. */
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, "typed", FALSE);
  g_assert_null (ladder_document_get_autosave_path (document));
  g_assert_true (wait_until (has_autosave_path, document));
  autosave = g_strdup (ladder_document_get_autosave_path (document));
  g_assert_true (wait_until (file_exists, autosave));
  copy = ladder_assessment_load_file (autosave, &original, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (original, ==, path);

  /* A save removes it; so does discarding the changes. */
  g_assert_true (ladder_document_save (document, NULL, &error));
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_NOT_IN_PLACE, "typed", FALSE);
  g_assert_true (ladder_document_autosave_now (document, &error));
  g_assert_true (g_file_test (autosave, G_FILE_TEST_EXISTS));
  ladder_document_discard_changes (document);
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));

  /* Closed with unsaved work (the session ended): the copy stays... */
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_FULLY_IN_PLACE, "lost?", FALSE);
  ladder_document_close (document);
  g_assert_true (g_file_test (autosave, G_FILE_TEST_EXISTS));

  /* ...and a new document takes it back as unsaved work on the file. */
  ladder_document_set_autosave_delay (next, 0);
  g_assert_true (ladder_document_recover (next, autosave, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_document_get_modified (next));
  g_assert_cmpstr (ladder_document_get_path (next), ==, path);
  r = ladder_document_get_respondent (next);
  g_assert_cmpstr (ladder_assessment_get_answer (ladder_document_get_assessment (next), r, "sa-data-and-audits")->note,
                   ==, "lost?");
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ladder_document_get_autosave_path (next));
  g_assert_true (g_file_test (ladder_document_get_autosave_path (next), G_FILE_TEST_EXISTS));
  ladder_document_discard_changes (next);
  g_unlink (path);
}

static void
test_open (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  g_autofree char *good = temp_path ("document-open.ladder");
  g_autofree char *bad = temp_path ("document-bad.ladder");
  g_autofree char *newer = temp_path ("document-newer.ladder");
  g_autoptr(GError) error = NULL;
  LadderAssessment *before;
  guint changes = 0;

  ladder_document_set_autosave_delay (document, 0);
  ladder_assessment_set_council (ladder_document_get_assessment (document), "Ashmoor (fictional)", "601");
  ladder_document_add_respondent (document, "B", NULL, 0, FALSE);
  g_assert_true (ladder_document_save (document, good, &error));
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"ladder-assessment\", \"version\": 2, \"respondents\": [1]}",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (newer, "{\"format\": \"ladder-assessment\", \"version\": 99}", -1, NULL));

  ladder_document_new_assessment (document);
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  before = ladder_document_get_assessment (document);
  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changes);

  /* A file that cannot be read changes nothing. */
  g_assert_false (ladder_document_open (document, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "document-bad.ladder"));
  g_clear_error (&error);
  g_assert_false (ladder_document_open (document, newer, &error));
  g_assert_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NEWER_VERSION);
  g_clear_error (&error);
  g_assert_true (ladder_document_get_assessment (document) == before);
  g_assert_true (ladder_document_get_can_undo (document));
  g_assert_cmpuint (changes, ==, 0);

  /* A good one replaces the assessment, its file and its undo history. */
  g_assert_true (ladder_document_open (document, good, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (ladder_document_get_path (document), ==, good);
  g_assert_false (ladder_document_get_modified (document));
  g_assert_false (ladder_document_get_can_undo (document));
  g_assert_cmpuint (ladder_assessment_get_n_respondents (ladder_document_get_assessment (document)), ==, 2);
  g_unlink (good);
  g_unlink (bad);
  g_unlink (newer);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/new", test_new);
  g_test_add_func ("/document/advice-once-per-change", test_advice_once_per_change);
  g_test_add_func ("/document/undo-answers", test_undo_answers);
  g_test_add_func ("/document/people", test_people);
  g_test_add_func ("/document/replace-respondents", test_replace_respondents_is_one_step);
  g_test_add_func ("/document/autosave-and-recovery", test_autosave_and_recovery);
  g_test_add_func ("/document/open", test_open);
  return g_test_run ();
}
