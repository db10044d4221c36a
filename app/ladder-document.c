/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The assessment being worked on, as the window, its pages, the paper and
 * the command line all see it.
 *
 * Nothing typed is lost: a change marks the document modified and, after a
 * short pause, writes a recovery copy to the user's data folder; a save or
 * an explicit discard removes it; a document closed while modified keeps
 * it, to be offered back next time. Undo covers answers (typing a note is
 * one step) and changes to who takes part (adding or removing a person, or
 * bringing in answers from copies), each of which is one step however many
 * answers it moves. The advice is worked out once per change, when first
 * asked for, however many views show it. */
#include "config.h"

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-document-private.h"

/* Enough to step back through a long session, small enough not to matter. */
#define MAX_UNDO 200

G_DEFINE_FINAL_TYPE (LadderDocument, ladder_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_PATH,
  PROP_MODIFIED,
  PROP_RESPONDENT,
  PROP_CAN_UNDO,
  N_PROPS
};

enum {
  CHANGED,
  AUTOSAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
ladder_document_change_free (Change *change)
{
  g_free (change->respondent_id);
  g_free (change->question_id);
  ladder_answer_free (change->previous);
  g_clear_pointer (&change->people, g_ptr_array_unref);
  g_clear_pointer (&change->evidence, g_ptr_array_unref);
  g_clear_pointer (&change->actions, g_ptr_array_unref);
  g_free (change->answering);
  g_free (change->undone);
  g_free (change);
}

void
ladder_document_push_change (LadderDocument *self,
                             Change         *change)
{
  gboolean could_undo = !g_queue_is_empty (&self->undo);

  g_queue_push_head (&self->undo, change);
  if (g_queue_get_length (&self->undo) > MAX_UNDO)
    ladder_document_change_free (g_queue_pop_tail (&self->undo));
  if (!could_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

static void
clear_undo (LadderDocument *self)
{
  if (g_queue_is_empty (&self->undo))
    return;
  g_queue_clear_full (&self->undo, (GDestroyNotify) ladder_document_change_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

static void
set_respondent (LadderDocument *self,
                const char     *respondent_id)
{
  if (g_strcmp0 (self->respondent, respondent_id) == 0)
    return;
  g_free (self->respondent);
  self->respondent = g_strdup (respondent_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT]);
}

/* Someone is always answering, and it is someone who takes part. */
static void
check_respondent (LadderDocument *self)
{
  if (self->respondent != NULL && ladder_assessment_find_respondent (self->assessment, self->respondent) != NULL)
    return;
  set_respondent (self, ladder_assessment_get_n_respondents (self->assessment) > 0
                        ? ladder_assessment_get_respondent (self->assessment, 0)->id : NULL);
}

/* Autosave --------------------------------------------------------------- */

static void
remove_autosave (LadderDocument *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->autosave_path != NULL)
    g_unlink (self->autosave_path);
}

static gboolean
autosave_cb (gpointer user_data)
{
  LadderDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_id = 0;
  if (!ladder_document_autosave_now (self, &error))
    {
      g_autofree char *message = g_strdup_printf ("No recovery copy could be kept: %s", error->message);

      g_signal_emit (self, signals[AUTOSAVE_FAILED], 0, message);
    }
  return G_SOURCE_REMOVE;
}

/* The assessment --------------------------------------------------------- */

static void
assessment_changed_cb (LadderDocument *self)
{
  g_clear_pointer (&self->advice, ladder_recommendation_unref);
  check_respondent (self);
  if (self->autosave_id == 0 && self->autosave_delay > 0)
    self->autosave_id = g_timeout_add (self->autosave_delay, autosave_cb, self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
modified_cb (LadderDocument *self)
{
  if (!ladder_assessment_get_modified (self->assessment))
    remove_autosave (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
disconnect_assessment (LadderDocument *self)
{
  if (self->assessment == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->assessment);
  g_clear_signal_handler (&self->modified_id, self->assessment);
}

static LadderAssessment *
blank_assessment (void)
{
  LadderAssessment *assessment = ladder_assessment_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  ladder_assessment_add_respondent (assessment, NULL, NULL, 0);
  ladder_assessment_set_review_date (assessment, today);
  ladder_assessment_set_modified (assessment, FALSE);
  return assessment;
}

/* GObject ---------------------------------------------------------------- */

static void
ladder_document_dispose (GObject *object)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  disconnect_assessment (self);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->advice, ladder_recommendation_unref);
  g_queue_clear_full (&self->undo, (GDestroyNotify) ladder_document_change_free);

  G_OBJECT_CLASS (ladder_document_parent_class)->dispose (object);
}

static void
ladder_document_finalize (GObject *object)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  g_clear_pointer (&self->content, ladder_content_unref);
  g_free (self->path);
  g_free (self->respondent);
  g_free (self->autosave_path);

  G_OBJECT_CLASS (ladder_document_parent_class)->finalize (object);
}

static void
ladder_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ladder_document_get_modified (self));
      break;
    case PROP_RESPONDENT:
      g_value_set_string (value, self->respondent);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ladder_document_get_can_undo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_RESPONDENT:
      ladder_document_set_respondent (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_document_class_init (LadderDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_document_dispose;
  object_class->finalize = ladder_document_finalize;
  object_class->get_property = ladder_document_get_property;
  object_class->set_property = ladder_document_set_property;

  /**
   * LadderDocument:assessment:
   *
   * The assessment; another replaces it when a file is opened.
   */
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, LADDER_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LadderDocument:path:
   *
   * The file it was opened from or last saved to; %NULL before then.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LadderDocument:modified:
   *
   * Whether there are changes that have not been saved.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LadderDocument:respondent:
   *
   * The identifier of the person answering now: the first person until
   * someone else is chosen, and never someone who has been removed.
   */
  properties[PROP_RESPONDENT] =
    g_param_spec_string ("respondent", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LadderDocument:can-undo:
   *
   * Whether there is a change to undo.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderDocument::changed:
   *
   * Anything in the assessment changed, or another assessment replaced it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * LadderDocument::autosave-failed:
   * @message: what went wrong, in a sentence
   *
   * The recovery copy could not be written; the work itself is unharmed.
   */
  signals[AUTOSAVE_FAILED] = g_signal_new ("autosave-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ladder_document_init (LadderDocument *self)
{
  self->autosave_delay = LADDER_DOCUMENT_AUTOSAVE_DELAY_MS;
}

/* Public ----------------------------------------------------------------- */

/**
 * ladder_document_new:
 * @content: the question bank and rules
 *
 * Returns: (transfer full): a document holding a new, empty assessment
 *   dated today, with one person to answer.
 */
LadderDocument *
ladder_document_new (LadderContent *content)
{
  LadderDocument *self;

  g_return_val_if_fail (content != NULL, NULL);

  self = g_object_new (LADDER_TYPE_DOCUMENT, NULL);
  self->content = ladder_content_ref (content);
  ladder_document_new_assessment (self);
  return self;
}

LadderContent *
ladder_document_get_content (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->content;
}

/**
 * ladder_document_get_assessment:
 * @self: a document
 *
 * Returns: (transfer none): the assessment. Read it freely; change answers
 *   and people through the document, so that they can be undone.
 */
LadderAssessment *
ladder_document_get_assessment (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->assessment;
}

const char *
ladder_document_get_path (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->path;
}

/**
 * ladder_document_dup_title:
 * @self: a document
 *
 * Returns: (transfer full): the file's name for display, or "Unsaved
 *   assessment".
 */
char *
ladder_document_dup_title (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->path != NULL ? g_filename_display_basename (self->path) : g_strdup ("Unsaved assessment");
}

gboolean
ladder_document_get_modified (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  return ladder_assessment_get_modified (self->assessment);
}

/**
 * ladder_document_get_advice:
 * @self: a document
 *
 * Returns: (transfer none): the advice for the assessment as it is now,
 *   worked out at most once per change.
 */
LadderRecommendation *
ladder_document_get_advice (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  if (self->advice == NULL)
    {
      self->advice = ladder_recommend (self->content, self->assessment);
      self->n_advice_computed++;
    }
  return self->advice;
}

/**
 * ladder_document_get_n_advice_computed:
 * @self: a document
 *
 * Returns: how many times the advice has been worked out, which tests and
 *   benchmarks read to show that views share one result.
 */
guint
ladder_document_get_n_advice_computed (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), 0);
  return self->n_advice_computed;
}

/**
 * ladder_document_set_assessment:
 * @self: a document
 * @assessment: the assessment to work on
 * @path: (nullable): its file, or %NULL when it has none yet
 *
 * Replaces the assessment without asking: callers ask about unsaved
 * changes first. The old one's recovery copy and undo history go with it;
 * the first person answers.
 */
void
ladder_document_set_assessment (LadderDocument   *self,
                                LadderAssessment *assessment,
                                const char       *path)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (LADDER_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    {
      disconnect_assessment (self);
      remove_autosave (self);
    }
  g_set_object (&self->assessment, assessment);
  g_clear_pointer (&self->advice, ladder_recommendation_unref);
  clear_undo (self);
  /* A file may name nobody; answers need someone to belong to. */
  if (ladder_assessment_get_n_respondents (assessment) == 0)
    {
      gboolean modified = ladder_assessment_get_modified (assessment);

      ladder_assessment_add_respondent (assessment, NULL, NULL, 0);
      ladder_assessment_set_modified (assessment, modified);
    }
  set_respondent (self, ladder_assessment_get_respondent (assessment, 0)->id);
  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
    }
  self->changed_id = g_signal_connect_swapped (assessment, "changed", G_CALLBACK (assessment_changed_cb), self);
  self->modified_id = g_signal_connect_swapped (assessment, "notify::modified", G_CALLBACK (modified_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * ladder_document_new_assessment:
 * @self: a document
 *
 * Replaces the assessment with a new, empty one dated today.
 */
void
ladder_document_new_assessment (LadderDocument *self)
{
  g_autoptr(LadderAssessment) assessment = blank_assessment ();

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  ladder_document_set_assessment (self, assessment, NULL);
}

/**
 * ladder_document_open:
 * @self: a document
 * @path: a .ladder file
 * @error: return location for an error naming the file and the problem
 *
 * Replaces the assessment with the one in @path, without asking. A file
 * that cannot be read, including one from a newer Ladder, changes nothing.
 * An older file is converted in memory and changes only when saved.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_document_open (LadderDocument *self,
                      const char     *path,
                      GError        **error)
{
  g_autoptr(LadderAssessment) assessment = NULL;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  assessment = ladder_assessment_load_file (path, NULL, error);
  if (assessment == NULL)
    return FALSE;
  ladder_document_set_assessment (self, assessment, path);
  return TRUE;
}

/**
 * ladder_document_save:
 * @self: a document
 * @path: (nullable): where to save; %NULL for the document's own file
 * @error: return location for an error
 *
 * Saves atomically and makes @path the document's file. On failure
 * nothing changes: the document stays modified and its recovery copy
 * stays.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_document_save (LadderDocument *self,
                      const char     *path,
                      GError        **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  if (path == NULL)
    path = self->path;
  g_return_val_if_fail (path != NULL, FALSE);

  if (!ladder_assessment_save_file (self->assessment, path, error))
    return FALSE;
  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
    }
  remove_autosave (self);
  return TRUE;
}

/**
 * ladder_document_discard_changes:
 * @self: a document
 *
 * The user chose to lose the changes: the document counts as unchanged
 * and its recovery copy goes.
 */
void
ladder_document_discard_changes (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  ladder_assessment_set_modified (self->assessment, FALSE);
  remove_autosave (self);
}

/**
 * ladder_document_set_autosave_delay:
 * @self: a document
 * @milliseconds: the pause after a change before the recovery copy is
 *   written; 0 writes it only when asked
 */
void
ladder_document_set_autosave_delay (LadderDocument *self,
                                    guint           milliseconds)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  self->autosave_delay = milliseconds;
}

/**
 * ladder_document_get_autosave_path:
 * @self: a document
 *
 * Returns: (nullable): the recovery copy's file, or %NULL before one was
 *   first written.
 */
const char *
ladder_document_get_autosave_path (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->autosave_path;
}

/**
 * ladder_document_autosave_now:
 * @self: a document
 * @error: return location for an error
 *
 * Writes the recovery copy now, if there are unsaved changes.
 *
 * Returns: %FALSE when it could not be written.
 */
gboolean
ladder_document_autosave_now (LadderDocument *self,
                              GError        **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!ladder_assessment_get_modified (self->assessment))
    return TRUE;
  if (self->autosave_path == NULL)
    self->autosave_path = ladder_autosave_new_path ();
  return ladder_autosave_write (self->assessment, self->autosave_path, self->path, error);
}

/**
 * ladder_document_recover:
 * @self: a document
 * @autosave_path: a recovery copy left by a session that ended unsaved
 * @error: return location for an error
 *
 * Takes the copy's assessment as unsaved work on the file it copied, if
 * any. The document's own recovery copy replaces the old one, which is
 * removed. A copy that cannot be read changes nothing and is kept.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_document_recover (LadderDocument *self,
                         const char     *autosave_path,
                         GError        **error)
{
  g_autoptr(LadderAssessment) recovered = NULL;
  g_autofree char *original = NULL;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  recovered = ladder_assessment_load_file (autosave_path, &original, error);
  if (recovered == NULL)
    return FALSE;
  ladder_document_set_assessment (self, recovered, original != NULL && *original != '\0' ? original : NULL);
  ladder_assessment_set_modified (recovered, TRUE);
  if (!ladder_document_autosave_now (self, error))
    return TRUE;
  if (g_strcmp0 (autosave_path, self->autosave_path) != 0)
    g_unlink (autosave_path);
  return TRUE;
}

/**
 * ladder_document_close:
 * @self: a document
 *
 * The window showing it is going. Unsaved changes here mean it went
 * without asking (the session ended): the recovery copy is written and
 * kept. Otherwise it is removed.
 */
void
ladder_document_close (LadderDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  if (!ladder_assessment_get_modified (self->assessment))
    remove_autosave (self);
  else if (!ladder_document_autosave_now (self, &error))
    g_warning ("Unsaved work could not be kept for recovery: %s", error->message);
}

const char *
ladder_document_get_respondent (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  return self->respondent;
}

/**
 * ladder_document_set_respondent:
 * @self: a document
 * @respondent_id: the person who answers from now on
 */
void
ladder_document_set_respondent (LadderDocument *self,
                                const char     *respondent_id)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (respondent_id != NULL);
  g_return_if_fail (ladder_assessment_find_respondent (self->assessment, respondent_id) != NULL);

  set_respondent (self, respondent_id);
}

/* Keeps everyone as they are, to be put back by undo. */
static void
record_people (LadderDocument *self,
               char           *undone)
{
  Change *change = g_new0 (Change, 1);

  change->kind = CHANGE_PEOPLE;
  change->people = ladder_assessment_dup_respondents (self->assessment);
  change->answering = g_strdup (self->respondent);
  change->undone = undone;
  ladder_document_push_change (self, change);
}

/**
 * ladder_document_add_respondent:
 * @self: a document
 * @name: (nullable): the person's name
 * @role: (nullable): their role
 * @level: the leadership level they speak for, or 0
 * @by_role: whether anything shared lists them by role only
 *
 * Adds a person, who does not become the one answering. Undoable.
 *
 * Returns: (transfer none): their identifier.
 */
const char *
ladder_document_add_respondent (LadderDocument        *self,
                                const char            *name,
                                const char            *role,
                                LadderLeadershipLevels level,
                                gboolean               by_role)
{
  const char *id;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  record_people (self, g_strdup ("The person just added is taken out again"));
  id = ladder_assessment_add_respondent (self->assessment, name, role, level);
  if (by_role)
    ladder_assessment_update_respondent (self->assessment, id, name, role, level, TRUE);
  return id;
}

/**
 * ladder_document_count_answers:
 * @self: a document
 * @respondent_id: a person
 *
 * Returns: how many answers or notes the person has given.
 */
guint
ladder_document_count_answers (LadderDocument *self,
                               const char     *respondent_id)
{
  const LadderRespondent *respondent;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), 0);

  respondent = ladder_assessment_find_respondent (self->assessment, respondent_id);
  return respondent != NULL ? g_hash_table_size (respondent->answers) : 0;
}

/**
 * ladder_document_remove_respondent:
 * @self: a document
 * @respondent_id: a person
 *
 * Removes the person and their answers, as one step that undo puts back.
 * The last person cannot be removed: answers need someone to belong to.
 * When the person answering goes, the first person answers.
 *
 * Returns: whether the person was removed.
 */
gboolean
ladder_document_remove_respondent (LadderDocument *self,
                                   const char     *respondent_id)
{
  const LadderRespondent *respondent;
  g_autofree char *label = NULL;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  respondent = ladder_assessment_find_respondent (self->assessment, respondent_id);
  if (respondent == NULL || ladder_assessment_get_n_respondents (self->assessment) < 2)
    return FALSE;
  label = ladder_assessment_dup_person_label (self->assessment, respondent, FALSE);
  record_people (self, g_strdup_printf ("%s is back, with their answers", label));
  return ladder_assessment_remove_respondent (self->assessment, respondent_id);
}

/**
 * ladder_document_replace_respondents:
 * @self: a document
 * @respondents: (element-type LadderRespondent): everyone and their answers
 * @undo_label: what undoing it will mean, in a sentence
 *
 * Replaces everyone at once (answers brought in from copies, say), as one
 * step that undo reverses.
 */
void
ladder_document_replace_respondents (LadderDocument *self,
                                     GPtrArray      *respondents,
                                     const char     *undo_label)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (respondents != NULL && respondents->len > 0);

  record_people (self, g_strdup (undo_label));
  ladder_assessment_set_respondents (self->assessment, respondents);
}

/**
 * ladder_document_set_answer:
 * @self: a document
 * @question_id: the question
 * @rating: the rating, %LADDER_RATING_DONT_KNOW, or %LADDER_RATING_NONE
 * @note: (nullable): the evidence note
 * @private_note: whether the note must stay out of shared documents
 *
 * Records the answer of the person answering, so that it can be undone.
 * Edits to the note alone of the same answer, one after another, are
 * undone together, so typing a note is one step.
 */
void
ladder_document_set_answer (LadderDocument *self,
                            const char     *question_id,
                            LadderRating    rating,
                            const char     *note,
                            gboolean        private_note)
{
  const LadderAnswer *old;
  g_autoptr(LadderAnswer) previous = NULL;
  Change *top;
  gboolean note_only;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (question_id != NULL);
  g_return_if_fail (self->respondent != NULL);

  old = ladder_assessment_get_answer (self->assessment, self->respondent, question_id);
  previous = old != NULL ? ladder_answer_copy (old) : NULL;
  if (!ladder_assessment_set_answer (self->assessment, self->respondent, question_id, rating, note, private_note))
    return;

  note_only = previous != NULL && rating != LADDER_RATING_NONE && previous->rating == rating;
  note_only |= previous != NULL && rating == LADDER_RATING_NONE && previous->rating == LADDER_RATING_NONE &&
               note != NULL && *note != '\0';
  top = g_queue_peek_head (&self->undo);
  if (note_only && top != NULL && top->kind == CHANGE_ANSWER && top->note_only &&
      g_strcmp0 (top->respondent_id, self->respondent) == 0 && g_strcmp0 (top->question_id, question_id) == 0)
    return;
  {
    Change *change = g_new0 (Change, 1);

    change->kind = CHANGE_ANSWER;
    change->respondent_id = g_strdup (self->respondent);
    change->question_id = g_strdup (question_id);
    change->previous = g_steal_pointer (&previous);
    change->note_only = note_only;
    ladder_document_push_change (self, change);
  }
}

gboolean
ladder_document_get_can_undo (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

/**
 * ladder_document_undo:
 * @self: a document
 *
 * Puts back what the last change altered.
 *
 * Returns: (transfer full) (nullable): what was put back, in a sentence
 *   for a toast, or %NULL when there was nothing to undo.
 */
char *
ladder_document_undo (LadderDocument *self)
{
  Change *change;
  char *message;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  change = g_queue_pop_head (&self->undo);
  if (change == NULL)
    return NULL;
  if (g_queue_is_empty (&self->undo))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);

  if (change->kind == CHANGE_PLAN)
    {
      ladder_assessment_set_evidence_list (self->assessment, change->evidence);
      ladder_assessment_set_action_list (self->assessment, change->actions);
      message = g_strdup (change->undone);
    }
  else if (change->kind == CHANGE_PEOPLE)
    {
      ladder_assessment_set_respondents (self->assessment, change->people);
      if (change->answering != NULL &&
          ladder_assessment_find_respondent (self->assessment, change->answering) != NULL)
        set_respondent (self, change->answering);
      message = g_strdup (change->undone);
    }
  else
    {
      const LadderQuestion *question = ladder_content_find_question (self->content, change->question_id);
      const LadderAnswer *previous = change->previous;

      if (ladder_assessment_find_respondent (self->assessment, change->respondent_id) != NULL)
        ladder_assessment_set_answer (self->assessment, change->respondent_id, change->question_id,
                                      previous != NULL ? previous->rating : LADDER_RATING_NONE,
                                      previous != NULL ? previous->note : NULL,
                                      previous != NULL && previous->private_note);
      message = g_strdup_printf ("Answer put back: %s", question != NULL ? question->statement : change->question_id);
    }
  ladder_document_change_free (change);
  return message;
}
