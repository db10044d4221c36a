/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for bringing answers back from people's own copies of a review,
 * and for writing those copies. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-merge.h"

#define SAM_PRIVATE "Sam's private worry about the audit backlog"
#define ALEX_NOTE "Alex saw the scrutiny minutes"

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *bank = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return bank;
}

/* The id of the bank's question at @index. */
static const char *
question (guint index)
{
  static LadderContent *bank;

  if (bank == NULL)
    bank = content ();
  return ladder_content_get_question (bank, index)->id;
}

/* Ashmoor, three people: Sam (r1) has rated the first question 3 with a
 * private note, Alex (r2) has a shared note on the second, the director
 * (r3, listed by role) has answered nothing. */
static LadderAssessment *
make_review (void)
{
  LadderAssessment *review = ladder_assessment_new ();

  ladder_assessment_set_council (review, "Ashmoor (fictional)", "601");
  g_assert_cmpstr (ladder_assessment_add_respondent (review, "Sam Jones", "Team manager", LADDER_LEADERSHIP_SERVICE),
                   ==, "r1");
  g_assert_cmpstr (ladder_assessment_add_respondent (review, "Alex Kim", "Lead member", LADDER_LEADERSHIP_POLITICAL),
                   ==, "r2");
  g_assert_cmpstr (ladder_assessment_add_respondent (review, "Jo Secret", "Director", LADDER_LEADERSHIP_SERVICE),
                   ==, "r3");
  ladder_assessment_update_respondent (review, "r3", "Jo Secret", "Director", LADDER_LEADERSHIP_SERVICE, TRUE);
  ladder_assessment_set_answer (review, "r1", question (0), LADDER_RATING_LARGELY_IN_PLACE, SAM_PRIVATE, TRUE);
  ladder_assessment_set_answer (review, "r2", question (1), LADDER_RATING_EMERGING, ALEX_NOTE, FALSE);
  return review;
}

/* A copy for @id, as Prepare Copies makes it. */
static LadderAssessment *
copy_for (LadderAssessment *review,
          const char       *id)
{
  LadderAssessment *copy = ladder_assessment_copy_for_respondent (review, id);

  g_assert_nonnull (copy);
  return copy;
}

static void
answer (LadderAssessment *copy,
        guint             index,
        LadderRating      rating)
{
  const char *id = ladder_assessment_get_respondent (copy, 0)->id;

  ladder_assessment_set_answer (copy, id, question (index), rating, NULL, FALSE);
}

static LadderRespondent *
find (GPtrArray  *people,
      const char *id)
{
  for (guint i = 0; i < people->len; i++)
    if (strcmp (((LadderRespondent *) people->pdata[i])->id, id) == 0)
      return people->pdata[i];
  return NULL;
}

static LadderRating
rating_in (GPtrArray  *people,
           const char *id,
           const char *question_id)
{
  LadderRespondent *person = find (people, id);
  const LadderAnswer *held;

  g_assert_nonnull (person);
  held = g_hash_table_lookup (person->answers, question_id);
  return held != NULL ? held->rating : LADDER_RATING_NONE;
}

static guint
count_answers (GPtrArray *people)
{
  guint n = 0;

  for (guint i = 0; i < people->len; i++)
    n += g_hash_table_size (((LadderRespondent *) people->pdata[i])->answers);
  return n;
}

/* Every note of every accepted copy, one per line. */
static char *
all_notes (LadderMerge *merge)
{
  GString *text = g_string_new (NULL);

  for (guint f = 0; f < ladder_merge_get_n_files (merge); f++)
    {
      GPtrArray *notes = ladder_merge_get_file_notes (merge, f);

      for (guint n = 0; n < notes->len; n++)
        g_string_append_printf (text, "%s\n", (char *) notes->pdata[n]);
    }
  return g_string_free (text, FALSE);
}

static void
assert_unique_people (GPtrArray *people)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < people->len; i++)
    {
      LadderRespondent *person = people->pdata[i];

      g_assert_true (g_hash_table_add (ids, person->id));
      g_assert_true (g_hash_table_add (uids, person->uid));
    }
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ladder-merge-XXXXXX", &error);

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
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static char *
save (LadderAssessment *assessment,
      const char       *dir,
      const char       *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (ladder_assessment_save_file (assessment, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Three people each answer their own copy; everything comes back, with no
 * choices to make and the review itself untouched. */
static void
test_clean (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) sam = copy_for (review, "r1");
  g_autoptr(LadderAssessment) alex = copy_for (review, "r2");
  g_autoptr(LadderAssessment) director = copy_for (review, "r3");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *sam_path = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *summary = NULL;

  answer (sam, 1, LADDER_RATING_EMERGING);
  answer (sam, 2, LADDER_RATING_FULLY_IN_PLACE);
  answer (alex, 2, LADDER_RATING_NOT_IN_PLACE);
  for (guint q = 0; q < 5; q++)
    answer (director, q, LADDER_RATING_DONT_KNOW);
  sam_path = save (sam, dir, "sam.ladder");

  g_assert_false (ladder_merge_changes_anything (merge));
  g_assert_true (ladder_merge_add_file (merge, sam_path, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_merge_add_copy (merge, alex, "alex.ladder", &error));
  g_assert_true (ladder_merge_add_copy (merge, director, "director.ladder", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (ladder_merge_get_n_files (merge), ==, 3);
  g_assert_cmpstr (ladder_merge_get_file_name (merge, 0), ==, "sam.ladder");
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 0);
  g_assert_true (ladder_merge_is_resolved (merge));
  g_assert_true (ladder_merge_changes_anything (merge));
  result = ladder_merge_dup_result (merge);
  g_assert_cmpuint (result->len, ==, 3);
  g_assert_cmpuint (count_answers (result), ==, 2 + 2 + 1 + 5);
  g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_LARGELY_IN_PLACE);
  g_assert_cmpint (rating_in (result, "r1", question (2)), ==, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpint (rating_in (result, "r2", question (2)), ==, LADDER_RATING_NOT_IN_PLACE);
  g_assert_cmpint (rating_in (result, "r3", question (4)), ==, LADDER_RATING_DONT_KNOW);
  assert_unique_people (result);

  notes = all_notes (merge);
  g_assert_nonnull (strstr (notes, "Sam Jones, Team manager: 2 answers added from sam.ladder (1 already held).\n"));
  g_assert_nonnull (strstr (notes, "Alex Kim, Lead member: 1 answer added from alex.ladder (1 already held).\n"));
  /* Listed by role: the name never appears. */
  g_assert_nonnull (strstr (notes, "Director: 5 answers added from director.ladder.\n"));
  g_assert_null (strstr (notes, "Jo Secret"));
  summary = ladder_merge_describe (merge);
  g_assert_cmpstr (summary, ==, "Added answers from 3 copies: 8 answers");

  /* The review is not touched. */
  g_assert_null (ladder_assessment_get_answer (review, "r1", question (1)));
  g_assert_cmpuint (ladder_assessment_get_n_respondents (review), ==, 3);
  remove_dir (dir);
}

/* A copy that says otherwise: the choice goes either way, one by one or
 * all at once, and an undecided one keeps the answer held. */
static void
test_conflicts (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) sam = copy_for (review, "r1");
  g_autoptr(LadderAssessment) alex = copy_for (review, "r2");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GError) error = NULL;
  const LadderMergeConflict *conflict;
  g_autofree char *how = NULL;
  g_autofree char *notes = NULL;

  answer (sam, 0, LADDER_RATING_EMERGING);
  /* Alex keeps the rating but rewrites the note. */
  ladder_assessment_set_answer (alex, "r2", question (1), LADDER_RATING_EMERGING, "Changed my mind", FALSE);
  g_assert_true (ladder_merge_add_copy (merge, sam, "sam.ladder", &error));
  g_assert_true (ladder_merge_add_copy (merge, alex, "alex.ladder", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 2);
  g_assert_false (ladder_merge_is_resolved (merge));
  conflict = ladder_merge_get_conflict (merge, 0);
  g_assert_cmpstr (conflict->file, ==, "sam.ladder");
  g_assert_null (conflict->held_from);
  g_assert_cmpstr (conflict->respondent_id, ==, "r1");
  g_assert_cmpstr (conflict->respondent_uid, ==, ladder_assessment_get_respondent (review, 0)->uid);
  g_assert_cmpstr (conflict->person, ==, "Sam Jones, Team manager");
  g_assert_cmpstr (conflict->question_id, ==, question (0));
  g_assert_true (conflict->question == ladder_content_find_question (bank, question (0)));
  g_assert_cmpint (conflict->held->rating, ==, LADDER_RATING_LARGELY_IN_PLACE);
  g_assert_cmpstr (conflict->held->note, ==, SAM_PRIVATE);
  g_assert_cmpint (conflict->incoming->rating, ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (conflict->choice, ==, LADDER_MERGE_UNDECIDED);
  how = ladder_merge_conflict_describe (conflict);
  g_assert_cmpstr (how, ==, "the review has 3 Largely in place, the copy has 2 Emerging");
  g_clear_pointer (&how, g_free);
  how = ladder_merge_conflict_describe (ladder_merge_get_conflict (merge, 1));
  g_assert_cmpstr (how, ==, "the review and the copy both have 2 Emerging but different notes");
  notes = all_notes (merge);
  g_assert_nonnull (strstr (notes, "Sam Jones, Team manager: 1 answer in sam.ladder differs from the answer "
                                   "held and needs a choice.\n"));

  /* Undecided: the answers held stay. */
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_LARGELY_IN_PLACE);
    g_assert_false (ladder_merge_changes_anything (merge));
  }
  /* One taken, one kept. */
  ladder_merge_resolve (merge, 0, LADDER_MERGE_TAKE_INCOMING);
  g_assert_false (ladder_merge_is_resolved (merge));
  ladder_merge_resolve (merge, 1, LADDER_MERGE_KEEP_HELD);
  g_assert_true (ladder_merge_is_resolved (merge));
  g_assert_true (ladder_merge_changes_anything (merge));
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);
    g_autofree char *summary = ladder_merge_describe (merge);
    LadderAnswer *kept = g_hash_table_lookup (find (result, "r2")->answers, question (1));

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_EMERGING);
    g_assert_cmpstr (kept->note, ==, ALEX_NOTE);
    g_assert_cmpstr (summary, ==, "Added answers from 2 copies: 2 choices made");
  }
  /* All kept, then all taken. */
  ladder_merge_resolve_all (merge, LADDER_MERGE_KEEP_HELD);
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_LARGELY_IN_PLACE);
    g_assert_false (ladder_merge_changes_anything (merge));
  }
  ladder_merge_resolve_all (merge, LADDER_MERGE_TAKE_INCOMING);
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);
    LadderAnswer *taken = g_hash_table_lookup (find (result, "r2")->answers, question (1));

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_EMERGING);
    g_assert_cmpstr (taken->note, ==, "Changed my mind");
  }
  /* The review is not touched by any of it. */
  g_assert_cmpint (ladder_assessment_get_answer (review, "r1", question (0))->rating, ==,
                   LADDER_RATING_LARGELY_IN_PLACE);
}

/* A copy of another council's review is refused, naming both councils,
 * and changes nothing; the name alone is compared without case. */
static void
test_wrong_council (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) other = copy_for (review, "r1");
  g_autoptr(LadderAssessment) by_name = copy_for (review, "r2");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GError) error = NULL;

  ladder_assessment_set_council (other, "Brookfield (fictional)", "602");
  answer (other, 3, LADDER_RATING_EMERGING);
  answer (other, 0, LADDER_RATING_EMERGING);
  g_assert_false (ladder_merge_add_copy (merge, other, "brookfield.ladder", &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OTHER_COUNCIL);
  g_assert_nonnull (strstr (error->message, "brookfield.ladder"));
  g_assert_nonnull (strstr (error->message, "Brookfield (fictional)"));
  g_assert_nonnull (strstr (error->message, "Ashmoor (fictional)"));
  g_assert_cmpuint (ladder_merge_get_n_files (merge), ==, 0);
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 0);
  g_assert_false (ladder_merge_changes_anything (merge));
  g_clear_error (&error);

  /* The same code under another name is the same council. */
  ladder_assessment_set_council (other, "Ashmoor Borough", "601");
  g_assert_true (ladder_merge_add_copy (merge, other, "renamed.ladder", &error));
  g_assert_no_error (error);
  /* Without a code, the names decide, whatever their case. */
  ladder_assessment_set_council (by_name, "ASHMOOR (Fictional)", NULL);
  g_assert_true (ladder_merge_add_copy (merge, by_name, "by-name.ladder", &error));
  g_assert_no_error (error);
  ladder_assessment_set_council (by_name, "Brookfield (fictional)", NULL);
  g_assert_false (ladder_merge_add_copy (merge, by_name, "by-name.ladder", &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OTHER_COUNCIL);
}

/* The same copy twice: the second time there is nothing new, and a
 * difference already waiting for a choice is not asked about again. */
static void
test_added_twice (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) sam = copy_for (review, "r1");
  g_autoptr(LadderAssessment) alex = copy_for (review, "r2");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) result = NULL;
  GPtrArray *notes;

  answer (sam, 1, LADDER_RATING_EMERGING);
  answer (sam, 2, LADDER_RATING_EMERGING);
  answer (alex, 1, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_true (ladder_merge_add_copy (merge, sam, "sam.ladder", &error));
  g_assert_true (ladder_merge_add_copy (merge, sam, "sam.ladder", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 0);
  notes = ladder_merge_get_file_notes (merge, 1);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (notes->pdata[0], ==, "Sam Jones, Team manager: the answers in sam.ladder are already added: "
                                        "nothing new.");
  result = ladder_merge_dup_result (merge);
  g_assert_cmpuint (count_answers (result), ==, 2 + 2);

  g_assert_true (ladder_merge_add_copy (merge, alex, "alex.ladder", &error));
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 1);
  g_assert_true (ladder_merge_add_copy (merge, alex, "alex.ladder", &error));
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 1);
  notes = ladder_merge_get_file_notes (merge, 3);
  g_assert_nonnull (strstr (notes->pdata[0], "already added: nothing new"));
}

/* Files that are no copy at all: unreadable, from a newer Ladder, or the
 * review itself; each is refused with its name and nothing changes. */
static void
test_refused_files (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *newer = g_build_filename (dir, "newer.ladder", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.ladder", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.ladder", NULL);
  g_autofree char *own = save (review, dir, "review.ladder");
  g_autofree char *renamed = g_build_filename (dir, "review-renamed.ladder", NULL);

  g_assert_true (g_file_set_contents (newer, "{\"format\": \"ladder-assessment\", \"version\": 99}", -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"ladder-assessment\",\n \"version\": 2,\n [}", -1, NULL));

  g_assert_false (ladder_merge_add_file (merge, newer, &error));
  g_assert_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NEWER_VERSION);
  g_assert_true (g_str_has_prefix (error->message, "newer.ladder was saved by a newer version of Ladder"));
  g_clear_error (&error);

  g_assert_false (ladder_merge_add_file (merge, broken, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.ladder, line 3, column 2: "));
  g_clear_error (&error);

  g_assert_false (ladder_merge_add_file (merge, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "missing.ladder could not be opened"));
  g_clear_error (&error);

  /* The review's own file, found by its path... */
  ladder_merge_set_review_path (merge, own);
  g_assert_false (ladder_merge_add_file (merge, own, &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OWN_REVIEW);
  g_assert_true (g_str_has_prefix (error->message, "review.ladder is this review’s own file"));
  g_clear_error (&error);
  /* ...or, under another name, by holding everyone with the same review id. */
  g_assert_cmpint (g_rename (own, renamed), ==, 0);
  g_assert_false (ladder_merge_add_file (merge, renamed, &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OWN_REVIEW);
  g_assert_nonnull (strstr (error->message, "review-renamed.ladder"));
  g_clear_error (&error);
  g_assert_false (ladder_merge_add_copy (merge, review, "itself.ladder", &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OWN_REVIEW);

  g_assert_cmpuint (ladder_merge_get_n_files (merge), ==, 0);
  g_assert_false (ladder_merge_changes_anything (merge));
  {
    g_autofree char *summary = ladder_merge_describe (merge);

    g_assert_cmpstr (summary, ==, "No copies added");
  }
  remove_dir (dir);
}

/* A copy made with another question bank: answers to questions this
 * version lacks are kept, and a note says so. */
static void
test_unknown_questions (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) sam = copy_for (review, "r1");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  LadderAnswer *kept;

  ladder_assessment_set_answer (sam, "r1", "zz-retired-question", LADDER_RATING_EMERGING, "Still true", FALSE);
  answer (sam, 4, LADDER_RATING_EMERGING);
  g_assert_true (ladder_merge_add_copy (merge, sam, "sam.ladder", &error));
  g_assert_no_error (error);
  result = ladder_merge_dup_result (merge);
  kept = g_hash_table_lookup (find (result, "r1")->answers, "zz-retired-question");
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept->note, ==, "Still true");
  notes = all_notes (merge);
  g_assert_nonnull (strstr (notes, "Sam Jones, Team manager: 2 answers added from sam.ladder"));
  g_assert_nonnull (strstr (notes, "Sam Jones, Team manager: 1 answer in sam.ladder is to a question this "
                                   "version of Ladder does not ask; it is kept in the file, though this "
                                   "version does not ask it.\n"));
}

/* Someone the review no longer lists, and someone from another review of
 * the council whose id clashes: both join with fresh ids, uids kept. */
static void
test_new_person (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) other = ladder_assessment_new ();
  g_autoptr(LadderAssessment) pat = NULL;
  g_autoptr(LadderAssessment) stranger = NULL;
  g_autoptr(LadderMerge) merge = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *pat_uid = NULL;
  LadderRespondent *added;

  ladder_assessment_add_respondent (review, "Pat Lee", "Partner", LADDER_LEADERSHIP_PARTNERSHIP);
  pat = copy_for (review, "r4");
  pat_uid = g_strdup (ladder_assessment_get_respondent (pat, 0)->uid);
  answer (pat, 0, LADDER_RATING_EMERGING);
  ladder_assessment_remove_respondent (review, "r4");

  ladder_assessment_set_council (other, "Ashmoor (fictional)", "601");
  ladder_assessment_add_respondent (other, "Chris Stone", "Head of service", LADDER_LEADERSHIP_SERVICE);
  stranger = copy_for (other, "r1");
  answer (stranger, 0, LADDER_RATING_FULLY_IN_PLACE);

  merge = ladder_merge_new (bank, review);
  g_assert_true (ladder_merge_add_copy (merge, pat, "pat.ladder", &error));
  g_assert_true (ladder_merge_add_copy (merge, stranger, "chris.ladder", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 0);
  result = ladder_merge_dup_result (merge);
  g_assert_cmpuint (result->len, ==, 5);
  assert_unique_people (result);

  added = result->pdata[3];
  g_assert_cmpstr (added->uid, ==, pat_uid);
  g_assert_cmpstr (added->name, ==, "Pat Lee");
  g_assert_cmpstr (added->role, ==, "Partner");
  g_assert_cmpint (added->level, ==, LADDER_LEADERSHIP_PARTNERSHIP);
  g_assert_cmpint (rating_in (result, added->id, question (0)), ==, LADDER_RATING_EMERGING);
  added = result->pdata[4];
  g_assert_cmpstr (added->name, ==, "Chris Stone");
  g_assert_cmpstr (added->uid, ==, ladder_assessment_get_respondent (other, 0)->uid);
  g_assert_cmpstr (added->id, !=, "r1");
  g_assert_cmpint (rating_in (result, added->id, question (0)), ==, LADDER_RATING_FULLY_IN_PLACE);
  /* Sam, who really is r1, is untouched. */
  g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_LARGELY_IN_PLACE);

  notes = all_notes (merge);
  g_assert_nonnull (strstr (notes, "Pat Lee, Partner was not in the review and has been added, with 1 answer "
                                   "from pat.ladder.\n"));
  g_assert_nonnull (strstr (notes, "chris.ladder was not made from this review file but from another review of "
                                   "Ashmoor (fictional)"));
  g_assert_nonnull (strstr (notes, "Chris Stone, Head of service was not in the review and has been added"));
  summary = ladder_merge_describe (merge);
  g_assert_cmpstr (summary, ==, "Added answers from 2 copies: 2 answers, 2 people added");
}

/* A review read from a file without identifiers cannot be matched by its
 * copies, and the note says to save it before preparing them. */
static void
test_review_without_ids (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": {}, "
                     "\"council\": {\"name\": \"Ashmoor (fictional)\", \"code\": \"601\"}, "
                     "\"respondents\": [{\"id\": \"r1\", \"name\": \"Sam Jones\"}], \"answers\": []}";
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) first = ladder_assessment_load_data (text, strlen (text), "r.ladder", NULL, &error);
  g_autoptr(LadderAssessment) again = ladder_assessment_load_data (text, strlen (text), "r.ladder", NULL, &error);
  g_autoptr(LadderAssessment) sam = copy_for (first, "r1");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, again);
  g_autofree char *notes = NULL;

  g_assert_no_error (error);
  answer (sam, 0, LADDER_RATING_EMERGING);
  g_assert_true (ladder_merge_add_copy (merge, sam, "sam.ladder", &error));
  g_assert_no_error (error);
  notes = all_notes (merge);
  g_assert_true (g_str_has_prefix (notes, "This review was read from a file without the identifiers that match "
                                          "people to their copies, so the people in sam.ladder could not be "
                                          "matched and are added as new people. Save the review before "
                                          "preparing copies, then send those.\n"));
  g_assert_null (strstr (notes, "another review"));
}

/* Two copies for one person: the later one is weighed against what the
 * earlier brought in, and only one copy's answer can be taken. */
static void
test_two_copies_for_one_person (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(LadderAssessment) first = copy_for (review, "r1");
  g_autoptr(LadderAssessment) second = copy_for (review, "r1");
  g_autoptr(LadderMerge) merge = ladder_merge_new (bank, review);
  g_autoptr(GError) error = NULL;
  const LadderMergeConflict *conflict;
  g_autofree char *how = NULL;

  answer (first, 5, LADDER_RATING_EMERGING);
  answer (second, 5, LADDER_RATING_FULLY_IN_PLACE);
  answer (first, 0, LADDER_RATING_EMERGING);
  answer (second, 0, LADDER_RATING_NOT_IN_PLACE);
  g_assert_true (ladder_merge_add_copy (merge, first, "sam-monday.ladder", &error));
  g_assert_true (ladder_merge_add_copy (merge, second, "sam-friday.ladder", &error));
  g_assert_no_error (error);

  /* Question 0 against the review twice; question 5 against Monday's copy. */
  g_assert_cmpuint (ladder_merge_get_n_conflicts (merge), ==, 3);
  conflict = ladder_merge_get_conflict (merge, 2);
  g_assert_cmpstr (conflict->file, ==, "sam-friday.ladder");
  g_assert_cmpstr (conflict->question_id, ==, question (5));
  g_assert_cmpstr (conflict->held_from, ==, "sam-monday.ladder");
  g_assert_cmpint (conflict->held->rating, ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (conflict->incoming->rating, ==, LADDER_RATING_FULLY_IN_PLACE);
  how = ladder_merge_conflict_describe (conflict);
  g_assert_cmpstr (how, ==, "sam-monday.ladder, added earlier, has 2 Emerging, the copy has 4 Fully in place");
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);

    g_assert_cmpint (rating_in (result, "r1", question (5)), ==, LADDER_RATING_EMERGING);
  }
  g_assert_cmpstr (ladder_merge_get_conflict (merge, 0)->file, ==, "sam-monday.ladder");
  g_assert_cmpstr (ladder_merge_get_conflict (merge, 1)->file, ==, "sam-friday.ladder");
  ladder_merge_resolve (merge, 0, LADDER_MERGE_TAKE_INCOMING);
  ladder_merge_resolve (merge, 1, LADDER_MERGE_TAKE_INCOMING);
  g_assert_cmpint (ladder_merge_get_conflict (merge, 0)->choice, ==, LADDER_MERGE_KEEP_HELD);
  ladder_merge_resolve (merge, 2, LADDER_MERGE_TAKE_INCOMING);
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_NOT_IN_PLACE);
    g_assert_cmpint (rating_in (result, "r1", question (5)), ==, LADDER_RATING_FULLY_IN_PLACE);
    assert_unique_people (result);
  }
  ladder_merge_resolve (merge, 0, LADDER_MERGE_TAKE_INCOMING);
  {
    g_autoptr(GPtrArray) result = ladder_merge_dup_result (merge);

    g_assert_cmpint (rating_in (result, "r1", question (0)), ==, LADDER_RATING_EMERGING);
  }
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Each person's copy holds their own answers and private notes and no one
 * else's; the names are safe, and no file is ever replaced. */
static void
test_write_copies (void)
{
  g_autoptr(LadderAssessment) review = make_review ();
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *precious = g_build_filename (dir, "Ashmoor (fictional) – Alex Kim, Lead member.ladder", NULL);
  const char *ids[] = { "r1", "r2", "r3", NULL };
  g_autofree char *sam_text = NULL;

  g_assert_true (g_file_set_contents (precious, "precious", -1, NULL));
  g_assert_true (ladder_merge_write_copies (review, ids, dir, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 3);
  {
    g_autofree char *name0 = g_path_get_basename (written->pdata[0]);
    g_autofree char *name1 = g_path_get_basename (written->pdata[1]);
    g_autofree char *name2 = g_path_get_basename (written->pdata[2]);
    g_autofree char *kept = read_file (precious);

    g_assert_cmpstr (name0, ==, "Ashmoor (fictional) – Sam Jones, Team manager.ladder");
    g_assert_cmpstr (name1, ==, "Ashmoor (fictional) – Alex Kim, Lead member (2).ladder");
    /* Listed by role: the file name leaves the name out as well. */
    g_assert_cmpstr (name2, ==, "Ashmoor (fictional) – Director.ladder");
    g_assert_cmpstr (kept, ==, "precious");
  }
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *text = read_file (written->pdata[i]);
      g_autoptr(LadderAssessment) copy = ladder_assessment_load_file (written->pdata[i], NULL, &error);
      const LadderRespondent *own = ladder_assessment_find_respondent (review, ids[i]);

      g_assert_no_error (error);
      g_assert_cmpuint (ladder_assessment_get_n_respondents (copy), ==, 1);
      g_assert_cmpstr (ladder_assessment_get_respondent (copy, 0)->uid, ==, own->uid);
      g_assert_cmpstr (ladder_assessment_get_copy_for (copy), ==, own->uid);
      g_assert_cmpstr (ladder_assessment_get_review_id (copy), ==, ladder_assessment_get_review_id (review));
      /* Nobody else's answers, notes or names. */
      for (guint j = 0; j < 3; j++)
        {
          const LadderRespondent *person = ladder_assessment_get_respondent (review, j);

          if (j == i)
            continue;
          g_assert_null (strstr (text, person->name));
          g_assert_null (strstr (text, person->uid));
        }
      if (i != 0)
        g_assert_null (strstr (text, SAM_PRIVATE));
      if (i != 1)
        g_assert_null (strstr (text, ALEX_NOTE));
    }
  /* Sam's own private note is in Sam's copy: it is theirs. */
  sam_text = read_file (written->pdata[0]);
  g_assert_nonnull (strstr (sam_text, SAM_PRIVATE));

  /* Again into the same folder: new names, the first copies unchanged. */
  {
    g_autofree char *before = read_file (written->pdata[0]);
    g_autofree char *name = NULL;
    g_autofree char *after = NULL;

    ladder_assessment_set_answer (review, "r1", question (7), LADDER_RATING_EMERGING, NULL, FALSE);
    g_assert_true (ladder_merge_write_copies (review, ids, dir, &again, &error));
    g_assert_no_error (error);
    name = g_path_get_basename (again->pdata[0]);
    g_assert_cmpstr (name, ==, "Ashmoor (fictional) – Sam Jones, Team manager (2).ladder");
    g_clear_pointer (&name, g_free);
    name = g_path_get_basename (again->pdata[1]);
    g_assert_cmpstr (name, ==, "Ashmoor (fictional) – Alex Kim, Lead member (3).ladder");
    after = read_file (written->pdata[0]);
    g_assert_cmpstr (after, ==, before);
  }
  remove_dir (dir);
}

/* Names that would make a bad file name, no council, and a person who does
 * not exist. */
static void
test_write_copies_names (void)
{
  g_autoptr(LadderAssessment) review = ladder_assessment_new ();
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", NULL);
  const char *tricky = ladder_assessment_add_respondent (review, "..A/B: C?\u202e\n", "x", 0);
  const char *ids[] = { tricky, NULL };
  const char *nobody[] = { tricky, "r99", NULL };

  g_assert_true (ladder_merge_write_copies (review, ids, dir, &written, &error));
  g_assert_no_error (error);
  {
    g_autofree char *name = g_path_get_basename (written->pdata[0]);

    g_assert_cmpstr (name, ==, "Assessment – ..A-B- C---, x.ladder");
  }
  /* A file without identifiers still gets its copies: the ones made up
   * as it was read are in them, and the window reminds the user to save. */
  {
    const char *text = "{\"format\": \"ladder-assessment\", \"version\": 2, \"context\": {}, "
                       "\"respondents\": [{\"id\": \"p\", \"name\": \"Old\"}], \"answers\": []}";
    g_autoptr(LadderAssessment) old = ladder_assessment_load_data (text, strlen (text), "old.ladder", NULL, &error);
    g_autoptr(GPtrArray) old_written = NULL;
    const char *old_ids[] = { "p", NULL };

    g_assert_no_error (error);
    g_assert_true (ladder_assessment_get_ids_made_up (old));
    g_assert_true (ladder_merge_write_copies (old, old_ids, dir, &old_written, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (old_written->len, ==, 1);
    g_assert_true (g_str_has_suffix (old_written->pdata[0], "/Assessment – Old.ladder"));
  }
  g_assert_false (ladder_merge_write_copies (review, nobody, dir, NULL, &error));
  g_assert_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_NO_PERSON);
  g_clear_error (&error);
  g_assert_false (ladder_merge_write_copies (review, ids, missing, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/clean", test_clean);
  g_test_add_func ("/merge/conflicts", test_conflicts);
  g_test_add_func ("/merge/wrong-council", test_wrong_council);
  g_test_add_func ("/merge/added-twice", test_added_twice);
  g_test_add_func ("/merge/refused-files", test_refused_files);
  g_test_add_func ("/merge/unknown-questions", test_unknown_questions);
  g_test_add_func ("/merge/new-person", test_new_person);
  g_test_add_func ("/merge/review-without-ids", test_review_without_ids);
  g_test_add_func ("/merge/two-copies-for-one-person", test_two_copies_for_one_person);
  g_test_add_func ("/merge/write-copies", test_write_copies);
  g_test_add_func ("/merge/write-copies-names", test_write_copies_names);

  return g_test_run ();
}
