/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bringing back the answers people gave in their own copies of a review.
 * The merge works on its own copy of the review's people: each copy's
 * person is found by uid (or added), answers the review lacks are taken,
 * equal ones are skipped and differing ones wait for a choice. Nothing is
 * dropped, and the review itself is never touched. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-merge.h"

typedef struct
{
  char      *name;
  GPtrArray *notes;                  /* of char *, plain sentences */
} MergeFile;

struct _LadderMerge
{
  LadderContent    *content;
  char             *review_id;
  char             *council_name;
  char             *council_code;
  char             *review_path;
  gboolean          review_ids_made_up; /* its file lacked them: copies cannot match it */

  GPtrArray        *people;          /* of LadderRespondent: the result so far, undecided */
  LadderAssessment *scratch;         /* the same people, for labels and fresh ids */
  GHashTable       *brought_by;      /* "id\nquestion" -> the file an answer came from */
  GPtrArray        *files;           /* of MergeFile, accepted only */
  GPtrArray        *conflicts;       /* of LadderMergeConflict */
  guint             n_answers_added;
  guint             n_people_added;
};

G_DEFINE_QUARK (ladder-merge-error-quark, ladder_merge_error)

static void
merge_file_free (MergeFile *file)
{
  g_free (file->name);
  g_ptr_array_unref (file->notes);
  g_free (file);
}

static void
conflict_free (LadderMergeConflict *conflict)
{
  g_free (conflict->file);
  g_free (conflict->held_from);
  g_free (conflict->respondent_id);
  g_free (conflict->respondent_uid);
  g_free (conflict->person);
  g_free (conflict->question_id);
  ladder_answer_free (conflict->held);
  ladder_answer_free (conflict->incoming);
  g_free (conflict);
}

static void
merge_clear (LadderMerge *self)
{
  g_clear_pointer (&self->content, ladder_content_unref);
  g_free (self->review_id);
  g_free (self->council_name);
  g_free (self->council_code);
  g_free (self->review_path);
  g_ptr_array_unref (self->people);
  g_object_unref (self->scratch);
  g_hash_table_unref (self->brought_by);
  g_ptr_array_unref (self->files);
  g_ptr_array_unref (self->conflicts);
}

static const char *
plural (guint       n,
        const char *one,
        const char *many)
{
  return n == 1 ? one : many;
}

/* A council as a sentence names it. */
static char *
council_label (const char *name,
               const char *code)
{
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  if (code != NULL && *code != '\0')
    return g_strdup_printf ("the council with code %s", code);
  return g_strdup ("no council");
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_utf8_collate (fa, fb) == 0;
}

/* The council code decides when both have one; otherwise the names. A copy
 * or review with no council says nothing either way. */
static gboolean
same_council (LadderMerge      *self,
              LadderAssessment *copy)
{
  const char *name = ladder_assessment_get_council_name (copy);
  const char *code = ladder_assessment_get_council_code (copy);

  if (has_text (self->council_code) && has_text (code))
    return strcmp (self->council_code, code) == 0;
  if (has_text (self->council_name) && has_text (name))
    return same_name (self->council_name, name);
  return TRUE;
}

/* Whether two paths name one file: by device and inode when both exist. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  return g_strcmp0 (a, b) == 0;
}

static LadderRespondent *
find_by_uid (GPtrArray  *people,
             const char *uid)
{
  for (guint i = 0; uid != NULL && i < people->len; i++)
    {
      LadderRespondent *respondent = people->pdata[i];

      if (g_strcmp0 (respondent->uid, uid) == 0)
        return respondent;
    }
  return NULL;
}

static LadderRespondent *
find_by_id (GPtrArray  *people,
            const char *id)
{
  for (guint i = 0; i < people->len; i++)
    {
      LadderRespondent *respondent = people->pdata[i];

      if (strcmp (respondent->id, id) == 0)
        return respondent;
    }
  return NULL;
}

static char *
dup_label (LadderMerge            *self,
           const LadderRespondent *respondent)
{
  const LadderRespondent *listed = ladder_assessment_find_respondent (self->scratch, respondent->id);

  g_assert (listed != NULL);
  return ladder_assessment_dup_person_label (self->scratch, listed, TRUE);
}

static char *
answer_key (const char *respondent_id,
            const char *question_id)
{
  return g_strconcat (respondent_id, "\n", question_id, NULL);
}

/* Questions in the order the bank asks them; unknown ones after, by id. */
static int
compare_questions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  LadderContent *content = user_data;
  const char *qa = *(const char * const *) a;
  const char *qb = *(const char * const *) b;
  const LadderQuestion *question_a = ladder_content_find_question (content, qa);
  const LadderQuestion *question_b = ladder_content_find_question (content, qb);
  guint ia = question_a != NULL ? question_a->index : G_MAXUINT;
  guint ib = question_b != NULL ? question_b->index : G_MAXUINT;

  if (ia != ib)
    return ia < ib ? -1 : 1;
  return strcmp (qa, qb);
}

/* An earlier copy already asked for the same choice. */
static gboolean
already_in_conflict (LadderMerge        *self,
                     const char         *respondent_id,
                     const char         *question_id,
                     const LadderAnswer *incoming)
{
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      const LadderMergeConflict *conflict = self->conflicts->pdata[i];

      if (strcmp (conflict->respondent_id, respondent_id) == 0 &&
          strcmp (conflict->question_id, question_id) == 0 &&
          ladder_answer_equal (conflict->incoming, incoming))
        return TRUE;
    }
  return FALSE;
}

/* A person in a copy whom the review lacks joins with a fresh id, their
 * uid and details kept, and no answers yet. */
static LadderRespondent *
add_person (LadderMerge            *self,
            const LadderRespondent *incoming)
{
  LadderRespondent *person = ladder_respondent_copy (incoming);

  g_free (person->id);
  person->id = ladder_assessment_new_respondent_id (self->scratch);
  g_hash_table_remove_all (person->answers);
  g_ptr_array_add (self->people, person);
  ladder_assessment_set_respondents (self->scratch, self->people);
  self->n_people_added++;
  return person;
}

typedef struct
{
  guint n_answers;
  guint added;
  guint conflicts;
  guint unknown;
} PersonCounts;

static void
merge_answers (LadderMerge            *self,
               MergeFile              *file,
               LadderRespondent       *held,
               const LadderRespondent *incoming,
               PersonCounts           *counts)
{
  g_autofree gpointer *questions = NULL;
  guint n;

  questions = g_hash_table_get_keys_as_array (incoming->answers, &n);
  g_qsort_with_data (questions, n, sizeof *questions, compare_questions, self->content);
  counts->n_answers = n;
  for (guint i = 0; i < n; i++)
    {
      const char *question_id = questions[i];
      const LadderAnswer *answer = g_hash_table_lookup (incoming->answers, question_id);
      const LadderAnswer *current = g_hash_table_lookup (held->answers, question_id);
      const LadderQuestion *question = ladder_content_find_question (self->content, question_id);
      g_autofree char *key = answer_key (held->id, question_id);
      LadderMergeConflict *conflict;

      if (question == NULL)
        counts->unknown++;
      if (current == NULL)
        {
          g_hash_table_insert (held->answers, g_strdup (question_id), ladder_answer_copy (answer));
          g_hash_table_insert (self->brought_by, g_steal_pointer (&key), g_strdup (file->name));
          counts->added++;
          continue;
        }
      if (ladder_answer_equal (current, answer) ||
          already_in_conflict (self, held->id, question_id, answer))
        continue;
      conflict = g_new0 (LadderMergeConflict, 1);
      conflict->file = g_strdup (file->name);
      conflict->held_from = g_strdup (g_hash_table_lookup (self->brought_by, key));
      conflict->respondent_id = g_strdup (held->id);
      conflict->respondent_uid = g_strdup (held->uid);
      conflict->person = dup_label (self, held);
      conflict->question_id = g_strdup (question_id);
      conflict->question = question;
      conflict->held = ladder_answer_copy (current);
      conflict->incoming = ladder_answer_copy (answer);
      conflict->choice = LADDER_MERGE_UNDECIDED;
      g_ptr_array_add (self->conflicts, conflict);
      counts->conflicts++;
    }
  self->n_answers_added += counts->added;
}

static void
note (MergeFile  *file,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (MergeFile  *file,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (file->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
note_person (MergeFile          *file,
             const char         *label,
             gboolean            is_new,
             const PersonCounts *counts)
{
  g_autoptr(GString) text = g_string_new (label);
  guint same = counts->n_answers - counts->added - counts->conflicts;

  if (is_new)
    {
      g_string_append (text, " was not in the review and has been added");
      if (counts->added > 0)
        g_string_append_printf (text, ", with %u %s from %s", counts->added,
                                plural (counts->added, "answer", "answers"), file->name);
      else
        g_string_append_printf (text, " from %s, with no answers yet", file->name);
    }
  else if (counts->n_answers == 0)
    g_string_append_printf (text, ": %s has no answers yet, so nothing was added", file->name);
  else if (counts->added == 0 && counts->conflicts == 0)
    g_string_append_printf (text, ": the answers in %s are already added: nothing new", file->name);
  else if (counts->added == 0)
    g_string_append_printf (text, ": %u %s in %s %s from the %s held and %s a choice", counts->conflicts,
                            plural (counts->conflicts, "answer", "answers"), file->name,
                            plural (counts->conflicts, "differs", "differ"),
                            plural (counts->conflicts, "answer", "answers"),
                            plural (counts->conflicts, "needs", "need"));
  else
    {
      g_string_append_printf (text, ": %u %s added from %s", counts->added,
                              plural (counts->added, "answer", "answers"), file->name);
      if (same > 0)
        g_string_append_printf (text, " (%u already held)", same);
      if (counts->conflicts > 0)
        g_string_append_printf (text, "; %u %s from the %s held and %s a choice", counts->conflicts,
                                plural (counts->conflicts, "differs", "differ"),
                                plural (counts->conflicts, "answer", "answers"),
                                plural (counts->conflicts, "needs", "need"));
    }
  g_string_append_c (text, '.');
  g_ptr_array_add (file->notes, g_string_free (g_steal_pointer (&text), FALSE));
  if (counts->unknown > 0)
    note (file, "%s: %u %s in %s %s this version of Ladder does not ask; %s kept in the file, though "
          "this version does not ask %s.", label, counts->unknown, plural (counts->unknown, "answer", "answers"),
          file->name, plural (counts->unknown, "is to a question", "are to questions"),
          plural (counts->unknown, "it is", "they are"), plural (counts->unknown, "it", "them"));
}

/**
 * ladder_merge_new:
 * @content: the question bank, to order and name questions
 * @review: the review whose people's answers are brought back
 *
 * Starts a merge on a private copy of @review's people; @review itself is
 * never changed. Apply the result with ladder_document_replace_respondents().
 *
 * Returns: (transfer full): the merge, freed with ladder_merge_unref().
 */
LadderMerge *
ladder_merge_new (LadderContent    *content,
                  LadderAssessment *review)
{
  LadderMerge *self;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (review), NULL);

  self = g_rc_box_new0 (LadderMerge);
  self->content = ladder_content_ref (content);
  self->review_id = g_strdup (ladder_assessment_get_review_id (review));
  self->council_name = g_strdup (ladder_assessment_get_council_name (review));
  self->council_code = g_strdup (ladder_assessment_get_council_code (review));
  self->review_ids_made_up = ladder_assessment_get_ids_made_up (review);
  self->people = ladder_assessment_dup_respondents (review);
  self->scratch = ladder_assessment_new ();
  ladder_assessment_set_respondents (self->scratch, self->people);
  self->brought_by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) merge_file_free);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_free);
  return self;
}

/**
 * ladder_merge_ref:
 * @self: a merge
 *
 * Returns: (transfer full): @self
 */
LadderMerge *
ladder_merge_ref (LadderMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

/**
 * ladder_merge_unref:
 * @self: (transfer full): a merge
 *
 * Drops a reference, freeing the merge with the last.
 */
void
ladder_merge_unref (LadderMerge *self)
{
  g_return_if_fail (self != NULL);
  g_rc_box_release_full (self, (GDestroyNotify) merge_clear);
}

/**
 * ladder_merge_set_review_path:
 * @self: a merge
 * @path: (nullable): the file the review was read from, if any
 *
 * Lets ladder_merge_add_file() refuse the review's own file.
 */
void
ladder_merge_set_review_path (LadderMerge *self,
                              const char  *path)
{
  g_return_if_fail (self != NULL);
  g_free (self->review_path);
  self->review_path = g_strdup (path);
}

static gboolean
refuse_own_review (const char  *display_name,
                   GError     **error)
{
  g_set_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OWN_REVIEW,
               "%s is this review’s own file, not a copy made for one person, so there is "
               "nothing to bring in from it. Choose the copies people sent back.", display_name);
  return FALSE;
}

/**
 * ladder_merge_add_file:
 * @self: a merge
 * @path: a copy a person sent back
 * @error: return location for a message naming the file, what is wrong and
 *   what to do
 *
 * Reads @path and brings in its answers as ladder_merge_add_copy() does.
 *
 * Returns: %FALSE, with nothing changed, when the file cannot be read, is
 *   from a newer Ladder, is for another council or is the review itself.
 */
gboolean
ladder_merge_add_file (LadderMerge  *self,
                       const char   *path,
                       GError      **error)
{
  g_autofree char *name = NULL;
  g_autoptr(LadderAssessment) copy = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  if (self->review_path != NULL && same_file (path, self->review_path))
    return refuse_own_review (name, error);
  copy = ladder_assessment_load_file (path, NULL, error);
  if (copy == NULL)
    return FALSE;
  return ladder_merge_add_copy (self, copy, name, error);
}

/**
 * ladder_merge_add_copy:
 * @self: a merge
 * @copy: a copy a person sent back, already read
 * @display_name: its name in notes and messages, such as "sam.ladder"
 * @error: return location for a message naming the copy
 *
 * Brings in the answers of each person in @copy, found in the review by
 * uid or else added as a new person. An answer the review lacks is taken;
 * one that differs from the answer held (the review's, or one an earlier
 * copy brought in) becomes a conflict to resolve; nothing held is dropped.
 *
 * Returns: %FALSE, with nothing changed, when @copy is for another council
 *   or is the review itself.
 */
gboolean
ladder_merge_add_copy (LadderMerge       *self,
                       LadderAssessment  *copy,
                       const char        *display_name,
                       GError           **error)
{
  const char *review_id;
  gboolean other_review;
  MergeFile *file;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (copy), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (!same_council (self, copy))
    {
      g_autofree char *theirs = council_label (ladder_assessment_get_council_name (copy),
                                               ladder_assessment_get_council_code (copy));
      g_autofree char *ours = council_label (self->council_name, self->council_code);

      g_set_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_OTHER_COUNCIL,
                   "%s is for %s, but this review is for %s, so its answers cannot be brought in. "
                   "Check that you chose the right file: only copies of a review of %s belong here.",
                   display_name, theirs, ours, ours);
      return FALSE;
    }
  review_id = ladder_assessment_get_review_id (copy);
  if (g_strcmp0 (review_id, self->review_id) == 0 && ladder_assessment_get_n_respondents (copy) > 1)
    return refuse_own_review (display_name, error);

  file = g_new0 (MergeFile, 1);
  file->name = g_strdup (display_name);
  file->notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->files, file);
  /* A file without identifiers has them made up as it is read, so a copy
   * of it, or of a review read that way, can match no one. */
  other_review = g_strcmp0 (review_id, self->review_id) != 0;
  if (ladder_assessment_get_n_respondents (copy) == 0)
    note (file, "%s holds no one’s answers, so nothing was added from it.", file->name);
  else if (other_review && self->review_ids_made_up)
    note (file, "This review was read from a file without the identifiers that match people to their "
          "copies, so the people in %s could not be matched and are added as new people. Save the review "
          "before preparing copies, then send those.", file->name);
  else if (ladder_assessment_get_ids_made_up (copy))
    note (file, "%s was not made with Prepare Copies for Respondents, so its people could not be "
          "matched to the review’s and are added as new people.", file->name);
  else if (other_review)
    {
      g_autofree char *council = council_label (self->council_name, self->council_code);

      note (file, "%s was not made from this review file but from another review of %s; its answers "
            "were brought in all the same, so check it is the copy you meant.", file->name, council);
    }

  for (guint i = 0; i < ladder_assessment_get_n_respondents (copy); i++)
    {
      const LadderRespondent *incoming = ladder_assessment_get_respondent (copy, i);
      LadderRespondent *held = find_by_uid (self->people, incoming->uid);
      gboolean is_new = held == NULL;
      PersonCounts counts = { 0, };
      g_autofree char *label = NULL;

      if (is_new)
        held = add_person (self, incoming);
      merge_answers (self, file, held, incoming, &counts);
      label = dup_label (self, held);
      note_person (file, label, is_new, &counts);
    }
  return TRUE;
}

/**
 * ladder_merge_get_n_files:
 * @self: a merge
 *
 * Returns: the number of copies accepted so far.
 */
guint
ladder_merge_get_n_files (LadderMerge *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->files->len;
}

/**
 * ladder_merge_get_file_name:
 * @self: a merge
 * @index: an accepted copy, in the order added
 *
 * Returns: (transfer none): its display name.
 */
const char *
ladder_merge_get_file_name (LadderMerge *self,
                            guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->files->len, NULL);
  return ((MergeFile *) self->files->pdata[index])->name;
}

/**
 * ladder_merge_get_file_notes:
 * @self: a merge
 * @index: an accepted copy, in the order added
 *
 * Returns: (transfer none) (element-type utf8): plain sentences on what
 *   the copy brought, such as "Sam Jones, Team manager: 23 answers added
 *   from sam.ladder."
 */
GPtrArray *
ladder_merge_get_file_notes (LadderMerge *self,
                             guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->files->len, NULL);
  return ((MergeFile *) self->files->pdata[index])->notes;
}

/**
 * ladder_merge_get_n_conflicts:
 * @self: a merge
 *
 * Returns: the number of answers on which a copy and the answer held differ.
 */
guint
ladder_merge_get_n_conflicts (LadderMerge *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->conflicts->len;
}

/**
 * ladder_merge_get_conflict:
 * @self: a merge
 * @index: a conflict, in the order found (copy by copy, question by question)
 *
 * Returns: (transfer none): the conflict, valid while @self lives.
 */
const LadderMergeConflict *
ladder_merge_get_conflict (LadderMerge *self,
                           guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);
  return self->conflicts->pdata[index];
}

/**
 * ladder_merge_resolve:
 * @self: a merge
 * @index: a conflict
 * @choice: keep the answer held, take the copy's, or undecided again
 *
 * Decides one conflict. Where several copies differ on the same person's
 * answer, taking one copy's answer means keeping the held answer against
 * the others.
 */
void
ladder_merge_resolve (LadderMerge       *self,
                      guint              index,
                      LadderMergeChoice  choice)
{
  LadderMergeConflict *chosen;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->conflicts->len);
  g_return_if_fail (choice <= LADDER_MERGE_TAKE_INCOMING);

  chosen = self->conflicts->pdata[index];
  chosen->choice = choice;
  if (choice != LADDER_MERGE_TAKE_INCOMING)
    return;
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      LadderMergeConflict *other = self->conflicts->pdata[i];

      if (other != chosen && other->choice == LADDER_MERGE_TAKE_INCOMING &&
          strcmp (other->respondent_id, chosen->respondent_id) == 0 &&
          strcmp (other->question_id, chosen->question_id) == 0)
        other->choice = LADDER_MERGE_KEEP_HELD;
    }
}

/**
 * ladder_merge_resolve_all:
 * @self: a merge
 * @choice: the decision for every conflict
 *
 * Decides every conflict alike. Taking the copies' answers where several
 * copies differ on one answer takes the copy added last.
 */
void
ladder_merge_resolve_all (LadderMerge       *self,
                          LadderMergeChoice  choice)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->conflicts->len; i++)
    ladder_merge_resolve (self, i, choice);
}

/**
 * ladder_merge_is_resolved:
 * @self: a merge
 *
 * Returns: whether every conflict has been decided (true when there are none).
 */
gboolean
ladder_merge_is_resolved (LadderMerge *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->conflicts->len; i++)
    if (((LadderMergeConflict *) self->conflicts->pdata[i])->choice == LADDER_MERGE_UNDECIDED)
      return FALSE;
  return TRUE;
}

static char *
describe_rating (LadderRating rating)
{
  if (rating == LADDER_RATING_NONE)
    return g_strdup ("no rating");
  if (rating == LADDER_RATING_DONT_KNOW)
    return g_strdup (ladder_rating_get_label (rating));
  return g_strdup_printf ("%d %s", (int) rating, ladder_rating_get_label (rating));
}

/**
 * ladder_merge_conflict_describe:
 * @conflict: a conflict
 *
 * Says how the two answers differ without quoting any note, which may be
 * private: "the review has 3 Largely in place, the copy has 2 Emerging".
 *
 * Returns: (transfer full): the clause.
 */
char *
ladder_merge_conflict_describe (const LadderMergeConflict *conflict)
{
  g_autofree char *held = NULL;
  g_autofree char *incoming = NULL;
  g_autofree char *holder = NULL;

  g_return_val_if_fail (conflict != NULL, NULL);

  held = describe_rating (conflict->held->rating);
  incoming = describe_rating (conflict->incoming->rating);
  holder = conflict->held_from != NULL ? g_strdup_printf ("%s, added earlier,", conflict->held_from)
                                       : g_strdup ("the review");
  if (conflict->held->rating != conflict->incoming->rating)
    return g_strdup_printf ("%s has %s, the copy has %s", holder, held, incoming);
  if (g_strcmp0 (conflict->held->note, conflict->incoming->note) != 0)
    return g_strdup_printf ("%s and the copy both have %s but different notes", holder, held);
  return g_strdup_printf ("%s and the copy both have %s, but the copy marks the note %s", holder, held,
                          conflict->incoming->private_note ? "private" : "not private");
}

/**
 * ladder_merge_dup_result:
 * @self: a merge
 *
 * Returns: (transfer full) (element-type LadderRespondent): everyone with
 *   every decision applied (an undecided conflict keeps the answer held),
 *   for ladder_document_replace_respondents().
 */
GPtrArray *
ladder_merge_dup_result (LadderMerge *self)
{
  GPtrArray *result;

  g_return_val_if_fail (self != NULL, NULL);

  result = g_ptr_array_new_full (self->people->len, (GDestroyNotify) ladder_respondent_free);
  for (guint i = 0; i < self->people->len; i++)
    g_ptr_array_add (result, ladder_respondent_copy (self->people->pdata[i]));
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      const LadderMergeConflict *conflict = self->conflicts->pdata[i];
      LadderRespondent *person;

      if (conflict->choice != LADDER_MERGE_TAKE_INCOMING)
        continue;
      person = find_by_id (result, conflict->respondent_id);
      g_assert (person != NULL);
      g_hash_table_replace (person->answers, g_strdup (conflict->question_id),
                            ladder_answer_copy (conflict->incoming));
    }
  return result;
}

static guint
count_choices (LadderMerge       *self,
               LadderMergeChoice  choice)
{
  guint n = 0;

  for (guint i = 0; i < self->conflicts->len; i++)
    if (((LadderMergeConflict *) self->conflicts->pdata[i])->choice == choice)
      n++;
  return n;
}

/**
 * ladder_merge_changes_anything:
 * @self: a merge
 *
 * Returns: whether the result differs from the review: answers or people
 *   added, or a copy's answer chosen over the review's.
 */
gboolean
ladder_merge_changes_anything (LadderMerge *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->n_answers_added > 0 || self->n_people_added > 0 ||
         count_choices (self, LADDER_MERGE_TAKE_INCOMING) > 0;
}

/**
 * ladder_merge_describe:
 * @self: a merge
 *
 * Returns: (transfer full): one sentence for a notification and the undo
 *   label, such as "Added answers from 3 copies: 58 answers, 2 choices made".
 */
char *
ladder_merge_describe (LadderMerge *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = NULL;
  guint n_files, n_decided, n_undecided;

  g_return_val_if_fail (self != NULL, NULL);

  n_files = self->files->len;
  n_undecided = count_choices (self, LADDER_MERGE_UNDECIDED);
  n_decided = self->conflicts->len - n_undecided;
  if (n_files == 0)
    return g_strdup ("No copies added");
  parts = g_ptr_array_new_with_free_func (g_free);
  if (self->n_answers_added > 0)
    g_ptr_array_add (parts, g_strdup_printf ("%u %s", self->n_answers_added,
                                             plural (self->n_answers_added, "answer", "answers")));
  if (self->n_people_added > 0)
    g_ptr_array_add (parts, g_strdup_printf ("%u %s added", self->n_people_added,
                                             plural (self->n_people_added, "person", "people")));
  if (n_decided > 0)
    g_ptr_array_add (parts, g_strdup_printf ("%u %s made", n_decided, plural (n_decided, "choice", "choices")));
  if (n_undecided > 0)
    g_ptr_array_add (parts, g_strdup_printf ("%u %s left as held", n_undecided,
                                             plural (n_undecided, "difference", "differences")));
  g_string_append_printf (text, ladder_merge_changes_anything (self) ? "Added answers from %u %s"
                                                                     : "Nothing new in %u %s",
                          n_files, plural (n_files, "copy", "copies"));
  for (guint i = 0; i < parts->len; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? ": " : ", ", (char *) parts->pdata[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
