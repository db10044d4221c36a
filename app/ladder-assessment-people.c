/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people of an assessment and their answers: adding, editing and
 * removing them, how each is named on screen and on paper, and the copy a
 * person answers on their own. */
#include "config.h"

#include <string.h>

#include "ladder-assessment-private.h"

/**
 * ladder_answer_copy:
 * @answer: an answer
 *
 * Returns: (transfer full): a copy, freed with ladder_answer_free().
 */
LadderAnswer *
ladder_answer_copy (const LadderAnswer *answer)
{
  LadderAnswer *copy = g_new0 (LadderAnswer, 1);

  copy->rating = answer->rating;
  copy->note = g_strdup (answer->note);
  copy->private_note = answer->private_note;
  return copy;
}

void
ladder_answer_free (LadderAnswer *answer)
{
  if (answer == NULL)
    return;
  g_free (answer->note);
  g_free (answer);
}

/**
 * ladder_answer_equal:
 * @a: (nullable): an answer
 * @b: (nullable): another
 *
 * Returns: whether the two say the same, rating, note and privacy; two
 *   missing answers are equal.
 */
gboolean
ladder_answer_equal (const LadderAnswer *a,
                     const LadderAnswer *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->rating == b->rating && g_strcmp0 (a->note, b->note) == 0 &&
         a->private_note == b->private_note;
}

static GHashTable *
new_answer_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) ladder_answer_free);
}

/**
 * ladder_respondent_copy:
 * @respondent: a person and their answers
 *
 * Returns: (transfer full): a deep copy, freed with ladder_respondent_free().
 */
LadderRespondent *
ladder_respondent_copy (const LadderRespondent *respondent)
{
  LadderRespondent *copy = g_new0 (LadderRespondent, 1);
  GHashTableIter iter;
  gpointer key, value;

  copy->id = g_strdup (respondent->id);
  copy->uid = g_strdup (respondent->uid);
  copy->name = g_strdup (respondent->name);
  copy->role = g_strdup (respondent->role);
  copy->level = respondent->level;
  copy->by_role = respondent->by_role;
  copy->answers = new_answer_table ();
  g_hash_table_iter_init (&iter, respondent->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->answers, g_strdup (key), ladder_answer_copy (value));
  return copy;
}

void
ladder_respondent_free (LadderRespondent *respondent)
{
  if (respondent == NULL)
    return;
  g_free (respondent->id);
  g_free (respondent->uid);
  g_free (respondent->name);
  g_free (respondent->role);
  g_clear_pointer (&respondent->answers, g_hash_table_unref);
  g_free (respondent);
}

/**
 * ladder_respondent_shows_name:
 * @respondent: a person
 *
 * Returns: whether the person's name may be shown: they have one and have
 *   not asked to be listed by their role only.
 */
gboolean
ladder_respondent_shows_name (const LadderRespondent *respondent)
{
  return respondent->name != NULL && !respondent->by_role;
}

guint
ladder_assessment_get_n_respondents (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), 0);
  return self->respondents->len;
}

/**
 * ladder_assessment_get_respondent:
 * @self: an assessment
 * @index: a position in the list of respondents
 *
 * Returns: (transfer none): the respondent.
 */
const LadderRespondent *
ladder_assessment_get_respondent (LadderAssessment *self,
                                  guint             index)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (index < self->respondents->len, NULL);
  return self->respondents->pdata[index];
}

static LadderRespondent *
find_respondent (LadderAssessment *self,
                 const char       *id,
                 guint            *index)
{
  for (guint i = 0; id != NULL && i < self->respondents->len; i++)
    {
      LadderRespondent *respondent = self->respondents->pdata[i];

      if (strcmp (respondent->id, id) == 0)
        {
          if (index != NULL)
            *index = i;
          return respondent;
        }
    }
  return NULL;
}

/**
 * ladder_assessment_find_respondent:
 * @self: an assessment
 * @id: a respondent's identifier
 *
 * Returns: (transfer none) (nullable): the respondent called @id.
 */
const LadderRespondent *
ladder_assessment_find_respondent (LadderAssessment *self,
                                   const char       *id)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return find_respondent (self, id, NULL);
}

/**
 * ladder_assessment_find_respondent_by_uid:
 * @self: an assessment
 * @uid: the identifier a person keeps in every copy of the review
 *
 * Returns: (transfer none) (nullable): the respondent.
 */
const LadderRespondent *
ladder_assessment_find_respondent_by_uid (LadderAssessment *self,
                                          const char       *uid)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  for (guint i = 0; i < self->respondents->len; i++)
    {
      const LadderRespondent *respondent = self->respondents->pdata[i];

      if (g_strcmp0 (respondent->uid, uid) == 0)
        return respondent;
    }
  return NULL;
}

static char *
next_id (LadderAssessment *self)
{
  char *id;

  /* Identifiers read from a file may already use the next number. */
  do
    id = g_strdup_printf ("r%u", self->next_respondent++);
  while (find_respondent (self, id, NULL) != NULL && (g_free (id), TRUE));
  return id;
}

/**
 * ladder_assessment_add_respondent:
 * @self: an assessment
 * @name: (nullable): the person's name
 * @role: (nullable): their role, such as "Lead member for children"
 * @level: the leadership level they speak for, or 0
 *
 * Returns: (transfer none): the new respondent's identifier, unique
 *   within the assessment.
 */
const char *
ladder_assessment_add_respondent (LadderAssessment      *self,
                                  const char            *name,
                                  const char            *role,
                                  LadderLeadershipLevels level)
{
  g_autofree char *id = NULL;
  g_autofree char *uid = g_uuid_string_random ();
  LadderRespondent *respondent;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  id = next_id (self);
  respondent = ladder_assessment_insert_respondent (self, id, uid, name, role, level, FALSE);
  ladder_assessment_emit_changed (self);
  return respondent->id;
}

/**
 * ladder_assessment_update_respondent:
 * @self: an assessment
 * @id: a respondent's identifier
 * @name: (nullable): the person's name
 * @role: (nullable): their role
 * @level: the leadership level they speak for, or 0
 * @by_role: whether everything shared lists them by role only
 *
 * Returns: %FALSE when there is no respondent called @id.
 */
gboolean
ladder_assessment_update_respondent (LadderAssessment      *self,
                                     const char            *id,
                                     const char            *name,
                                     const char            *role,
                                     LadderLeadershipLevels level,
                                     gboolean               by_role)
{
  LadderRespondent *respondent;
  gboolean any;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);

  respondent = find_respondent (self, id, NULL);
  if (respondent == NULL)
    return FALSE;
  any = ladder_assessment_replace_string (&respondent->name, name);
  any |= ladder_assessment_replace_string (&respondent->role, role);
  if (respondent->level != level || respondent->by_role != !!by_role)
    {
      respondent->level = level;
      respondent->by_role = !!by_role;
      any = TRUE;
    }
  if (any)
    ladder_assessment_emit_changed (self);
  return TRUE;
}

/**
 * ladder_assessment_remove_respondent:
 * @self: an assessment
 * @id: a respondent's identifier
 *
 * Removes the person and every answer they gave.
 *
 * Returns: %FALSE when there is no respondent called @id.
 */
gboolean
ladder_assessment_remove_respondent (LadderAssessment *self,
                                     const char       *id)
{
  guint index;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);

  if (find_respondent (self, id, &index) == NULL)
    return FALSE;
  g_ptr_array_remove_index (self->respondents, index);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

/**
 * ladder_assessment_dup_respondents:
 * @self: an assessment
 *
 * Returns: (transfer full) (element-type LadderRespondent): a deep copy of
 *   everyone and their answers, to change or to keep for undo.
 */
GPtrArray *
ladder_assessment_dup_respondents (LadderAssessment *self)
{
  GPtrArray *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  copy = g_ptr_array_new_full (self->respondents->len, (GDestroyNotify) ladder_respondent_free);
  for (guint i = 0; i < self->respondents->len; i++)
    g_ptr_array_add (copy, ladder_respondent_copy (self->respondents->pdata[i]));
  return copy;
}

/**
 * ladder_assessment_set_respondents:
 * @self: an assessment
 * @respondents: (element-type LadderRespondent): everyone and their answers
 *
 * Replaces the people and answers with a copy of @respondents, as one
 * change. Identifiers must be unique.
 */
void
ladder_assessment_set_respondents (LadderAssessment *self,
                                   GPtrArray        *respondents)
{
  g_return_if_fail (LADDER_IS_ASSESSMENT (self));
  g_return_if_fail (respondents != NULL);

  g_ptr_array_set_size (self->respondents, 0);
  for (guint i = 0; i < respondents->len; i++)
    {
      const LadderRespondent *respondent = respondents->pdata[i];

      g_return_if_fail (find_respondent (self, respondent->id, NULL) == NULL);
      g_ptr_array_add (self->respondents, ladder_respondent_copy (respondent));
    }
  ladder_assessment_emit_changed (self);
}

/**
 * ladder_assessment_new_respondent_id:
 * @self: an assessment
 *
 * Returns: (transfer full): an identifier no one in @self has, for a person
 *   about to be added with ladder_assessment_set_respondents().
 */
char *
ladder_assessment_new_respondent_id (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return next_id (self);
}

/* Shown by role when they asked for it or gave no name. */
static gboolean
listed_by_role (const LadderRespondent *respondent)
{
  return !ladder_respondent_shows_name (respondent) && respondent->role != NULL;
}

/**
 * ladder_assessment_dup_person_label:
 * @self: an assessment
 * @respondent: one of its people
 * @with_role: whether a named person's role follows their name
 *
 * How a person is named on screen and in anything shared: by name (and
 * role), or for someone listed by role only (or without a name) by that
 * role, numbered when several share it ("Team manager 2"), or else by
 * their place in the list ("Person 3"). A role-only person's name is
 * never part of the label.
 *
 * Returns: (transfer full): the label.
 */
char *
ladder_assessment_dup_person_label (LadderAssessment       *self,
                                    const LadderRespondent *respondent,
                                    gboolean                with_role)
{
  guint position = 0, number = 0, sharing = 0;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (respondent != NULL, NULL);

  if (ladder_respondent_shows_name (respondent))
    return with_role && respondent->role != NULL ? g_strdup_printf ("%s, %s", respondent->name, respondent->role)
                                                 : g_strdup (respondent->name);
  for (guint i = 0; i < self->respondents->len; i++)
    {
      const LadderRespondent *other = self->respondents->pdata[i];
      gboolean same = strcmp (other->id, respondent->id) == 0;

      if (same)
        position = i + 1;
      if (respondent->role != NULL && listed_by_role (other) && g_utf8_collate (other->role, respondent->role) == 0)
        {
          sharing++;
          if (same)
            number = sharing;
        }
    }
  if (respondent->role == NULL)
    return g_strdup_printf ("Person %u", position);
  return sharing > 1 ? g_strdup_printf ("%s %u", respondent->role, number) : g_strdup (respondent->role);
}

/**
 * ladder_assessment_get_answer:
 * @self: an assessment
 * @respondent_id: who answered
 * @question_id: the question
 *
 * Returns: (transfer none) (nullable): the answer, or %NULL when there is none.
 */
const LadderAnswer *
ladder_assessment_get_answer (LadderAssessment *self,
                              const char       *respondent_id,
                              const char       *question_id)
{
  LadderRespondent *respondent;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  respondent = find_respondent (self, respondent_id, NULL);
  return respondent != NULL ? g_hash_table_lookup (respondent->answers, question_id) : NULL;
}

static void
store_answer (LadderRespondent   *respondent,
              const char         *question_id,
              const LadderAnswer *answer)
{
  if (answer == NULL)
    g_hash_table_remove (respondent->answers, question_id);
  else
    g_hash_table_replace (respondent->answers, g_strdup (question_id), ladder_answer_copy (answer));
}

/**
 * ladder_assessment_set_answer:
 * @self: an assessment
 * @respondent_id: who answers; must exist
 * @question_id: the question
 * @rating: the rating, %LADDER_RATING_DONT_KNOW, or %LADDER_RATING_NONE
 * @note: (nullable): the evidence note
 * @private_note: whether the note must stay out of shared documents
 *
 * Records an answer; one with no rating and no note is removed. Undo is
 * the document's business (#LadderDocument).
 *
 * Returns: whether anything changed.
 */
gboolean
ladder_assessment_set_answer (LadderAssessment *self,
                              const char       *respondent_id,
                              const char       *question_id,
                              LadderRating      rating,
                              const char       *note,
                              gboolean          private_note)
{
  LadderRespondent *respondent;
  LadderAnswer answer = { rating, NULL, !!private_note };
  gboolean empty;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (rating <= LADDER_RATING_DONT_KNOW, FALSE);

  respondent = find_respondent (self, respondent_id, NULL);
  g_return_val_if_fail (respondent != NULL, FALSE);

  if (note != NULL && *note != '\0')
    answer.note = (char *) note;
  empty = rating == LADDER_RATING_NONE && answer.note == NULL;
  if (ladder_answer_equal (g_hash_table_lookup (respondent->answers, question_id), empty ? NULL : &answer))
    return FALSE;
  store_answer (respondent, question_id, empty ? NULL : &answer);
  ladder_assessment_emit_changed (self);
  return TRUE;
}

/**
 * ladder_assessment_get_review_id:
 * @self: an assessment
 *
 * Returns: the identifier of the review, the same in every copy made for
 *   its people, so that their answers can be brought back.
 */
const char *
ladder_assessment_get_review_id (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->review_id;
}

/**
 * ladder_assessment_get_copy_for:
 * @self: an assessment
 *
 * Returns: (nullable): for a copy made for one person to answer, that
 *   person's uid; %NULL for a review.
 */
const char *
ladder_assessment_get_copy_for (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);
  return self->copy_for;
}

/**
 * ladder_assessment_get_ids_made_up:
 * @self: an assessment
 *
 * Returns: whether the file it came from lacked the identifiers that
 *   copies rely on, so that they exist only until it is saved.
 */
gboolean
ladder_assessment_get_ids_made_up (LadderAssessment *self)
{
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  return self->ids_made_up;
}

/**
 * ladder_assessment_copy_for_respondent:
 * @self: a review
 * @respondent_id: one of its people
 *
 * A file for one person to answer on their own: the council, the context
 * and that person with their own answers so far, and no one else's
 * answers or notes, the plan or the data.
 *
 * Returns: (transfer full) (nullable): the copy, not modified, or %NULL
 *   when there is no such person.
 */
LadderAssessment *
ladder_assessment_copy_for_respondent (LadderAssessment *self,
                                       const char       *respondent_id)
{
  LadderRespondent *respondent;
  LadderAssessment *copy;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  respondent = find_respondent (self, respondent_id, NULL);
  if (respondent == NULL)
    return NULL;
  copy = ladder_assessment_new ();
  ladder_assessment_set_ids (copy, self->review_id, respondent->uid);
  ladder_assessment_set_council (copy, self->council_name, self->council_code);
  ladder_assessment_set_review_date (copy, self->review_date);
  for (LadderJudgement j = 0; j < LADDER_N_JUDGEMENTS; j++)
    ladder_assessment_set_judgement (copy, j, self->grades[j], self->grade_dates[j]);
  ladder_assessment_set_intervention (copy, self->intervention);
  ladder_assessment_set_new_leadership (copy, self->new_leadership);
  ladder_assessment_set_stage (copy, self->stage);
  ladder_assessment_set_strong_partner (copy, self->strong_partner);
  ladder_assessment_set_new_model_by_choice (copy, self->new_model_by_choice);
  g_ptr_array_add (copy->respondents, ladder_respondent_copy (respondent));
  ladder_assessment_set_modified (copy, FALSE);
  return copy;
}

/**
 * ladder_assessment_set_ids:
 * @self: an assessment being read, or a new copy
 * @review_id: (nullable): the review's identifier; %NULL makes one up
 * @copy_for: (nullable): the uid of the person a copy is for
 */
void
ladder_assessment_set_ids (LadderAssessment *self,
                           const char       *review_id,
                           const char       *copy_for)
{
  g_free (self->review_id);
  self->review_id = review_id != NULL ? g_strdup (review_id) : g_uuid_string_random ();
  self->ids_made_up |= review_id == NULL;
  ladder_assessment_replace_string (&self->copy_for, copy_for);
}

/**
 * ladder_assessment_insert_respondent:
 * @self: an assessment being read from a file
 * @id: the respondent's identifier in the file
 * @uid: (nullable): their identifier across copies; %NULL makes one up
 * @name: (nullable): the person's name
 * @role: (nullable): their role
 * @level: the leadership level they speak for, or 0
 * @by_role: whether they are listed by role only
 *
 * Returns: (transfer none) (nullable): the respondent, or %NULL when @id or
 *   @uid is already taken.
 */
LadderRespondent *
ladder_assessment_insert_respondent (LadderAssessment      *self,
                                     const char            *id,
                                     const char            *uid,
                                     const char            *name,
                                     const char            *role,
                                     LadderLeadershipLevels level,
                                     gboolean               by_role)
{
  LadderRespondent *respondent;

  if (find_respondent (self, id, NULL) != NULL ||
      (uid != NULL && ladder_assessment_find_respondent_by_uid (self, uid) != NULL))
    return NULL;
  respondent = g_new0 (LadderRespondent, 1);
  respondent->id = g_strdup (id);
  respondent->uid = uid != NULL ? g_strdup (uid) : g_uuid_string_random ();
  self->ids_made_up |= uid == NULL;
  respondent->name = g_strdup (name);
  respondent->role = g_strdup (role);
  respondent->level = level;
  respondent->by_role = !!by_role;
  respondent->answers = new_answer_table ();
  g_ptr_array_add (self->respondents, respondent);
  return respondent;
}

/**
 * ladder_assessment_put_answer:
 * @respondent: a respondent of an assessment being read
 * @question_id: the question
 * @rating: the rating
 * @note: (nullable): the note
 * @private_note: whether the note is private
 *
 * Stores an answer read from a file: not a change.
 */
void
ladder_assessment_put_answer (LadderRespondent *respondent,
                              const char       *question_id,
                              LadderRating      rating,
                              const char       *note,
                              gboolean          private_note)
{
  LadderAnswer answer = { rating, (char *) note, private_note };

  store_answer (respondent, question_id, &answer);
}
