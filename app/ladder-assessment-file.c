/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The .ladder assessment file (JSON): reading with every check, atomic
 * saving, and the autosaved copies kept for recovery after a crash.
 * The format is described for other tools in docs/assessment-file.md. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-assessment-file.h"
#include "ladder-assessment-file-private.h"
#include "ladder-assessment-private.h"
#include "ladder-atomic-file.h"
#include "ladder-input.h"
#include "ladder-json.h"

/* A note longer than this is not a note; it is a pasted document. */
#define MAX_TEXT_LENGTH 20000

G_DEFINE_QUARK (ladder-assessment-error-quark, ladder_assessment_error)

gboolean
ladder_assessment_file_check_date (LadderJsonDoc *doc,
                                   const char    *path,
                                   const char    *member,
                                   const char    *text,
                                   GError       **error)
{
  int year, month, day, end = 0;

  if (text == NULL)
    return TRUE;
  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &end) != 3 ||
      end != 10 || !g_date_valid_dmy (day, month, year))
    {
      g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

      ladder_json_doc_set_error (doc, error, at, "“%s” is not a date written as YYYY-MM-DD", text);
      return FALSE;
    }
  return TRUE;
}

gboolean
ladder_assessment_file_get_text (LadderJsonDoc *doc,
                                 JsonObject    *object,
                                 const char    *path,
                                 const char    *member,
                                 gboolean       required,
                                 const char   **out,
                                 GError       **error)
{
  if (!ladder_json_get_string (doc, object, path, member, required, out, error))
    return FALSE;
  if (*out != NULL && g_utf8_strlen (*out, -1) > MAX_TEXT_LENGTH)
    {
      g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

      ladder_json_doc_set_error (doc, error, at, "“%s” is longer than %d characters", member, MAX_TEXT_LENGTH);
      return FALSE;
    }
  return TRUE;
}

/* Version 1 recorded one Ofsted grade and a yes-or-no "formal
 * intervention"; it becomes the overall grade and an intervention of a
 * kind not recorded. */
static gboolean
read_context_v1 (LadderJsonDoc    *doc,
                 JsonObject       *context,
                 LadderAssessment *self,
                 GError          **error)
{
  static const char * const allowed[] = {
    "ofsted-judgement", "ofsted-date", "formal-intervention", "new-leadership", "stage", NULL,
  };
  const char *judgement = NULL, *date = NULL;
  gboolean intervention = FALSE;
  LadderGrade grade = LADDER_GRADE_NONE;

  if (!ladder_json_check_members (doc, context, "/context", allowed, error) ||
      !ladder_json_get_string (doc, context, "/context", "ofsted-judgement", FALSE, &judgement, error) ||
      !ladder_json_get_string (doc, context, "/context", "ofsted-date", FALSE, &date, error) ||
      !ladder_assessment_file_check_date (doc, "/context", "ofsted-date", date, error) ||
      !ladder_json_get_boolean (doc, context, "/context", "formal-intervention", FALSE, &intervention, error))
    return FALSE;
  if (judgement != NULL && (!ladder_grade_from_id (judgement, &grade) || grade == LADDER_GRADE_NONE))
    {
      ladder_json_doc_set_error (doc, error, "/context/ofsted-judgement", "“%s” is not an Ofsted judgement "
                                 "(outstanding, good, requires-improvement or inadequate)", judgement);
      return FALSE;
    }
  /* A date with no grade said when the last inspection was; keep it. */
  ladder_assessment_set_judgement (self, LADDER_JUDGEMENT_OVERALL, grade, date);
  ladder_assessment_set_intervention (self, intervention ? LADDER_INTERVENTION_UNSPECIFIED
                                                         : LADDER_INTERVENTION_NONE);
  return TRUE;
}

static gboolean
read_inspection (LadderJsonDoc    *doc,
                 JsonObject       *context,
                 LadderAssessment *self,
                 GError          **error)
{
  const char *allowed[LADDER_N_JUDGEMENTS + 1] = { NULL };
  JsonObject *inspection;

  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    allowed[j] = ladder_judgement_get_id (j);
  if (!ladder_json_get_object (doc, context, "/context", "inspection", FALSE, &inspection, error))
    return FALSE;
  if (inspection == NULL)
    return TRUE;
  if (!ladder_json_check_members (doc, inspection, "/context/inspection", allowed, error))
    return FALSE;
  for (LadderJudgement j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      static const char * const allowed_judgement[] = { "grade", "date", NULL };
      g_autofree char *path = g_strdup_printf ("/context/inspection/%s", ladder_judgement_get_id (j));
      const char *grade_id, *date;
      JsonObject *judgement;
      LadderGrade grade = LADDER_GRADE_NONE;

      if (!ladder_json_get_object (doc, inspection, "/context/inspection", ladder_judgement_get_id (j), FALSE,
                                   &judgement, error))
        return FALSE;
      if (judgement == NULL)
        continue;
      if (!ladder_json_check_members (doc, judgement, path, allowed_judgement, error) ||
          !ladder_json_get_string (doc, judgement, path, "grade", FALSE, &grade_id, error) ||
          !ladder_json_get_string (doc, judgement, path, "date", FALSE, &date, error) ||
          !ladder_assessment_file_check_date (doc, path, "date", date, error))
        return FALSE;
      if (grade_id != NULL && (!ladder_grade_from_id (grade_id, &grade) || grade == LADDER_GRADE_NONE))
        {
          g_autofree char *at = g_strdup_printf ("%s/grade", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not an Ofsted grade (outstanding, good, "
                                     "requires-improvement or inadequate)", grade_id);
          return FALSE;
        }
      ladder_assessment_set_judgement (self, j, grade, date);
    }
  return TRUE;
}

static gboolean
read_context (LadderJsonDoc    *doc,
              JsonObject       *root,
              guint             version,
              LadderAssessment *self,
              GError          **error)
{
  static const char * const allowed[] = {
    "inspection", "intervention", "new-leadership", "stage", "strong-partner", "new-model-by-choice", NULL,
  };
  const char *stage_id = NULL, *intervention_id = NULL, *partner = NULL;
  gboolean new_leadership = FALSE, by_choice = FALSE;
  JsonObject *context;
  LadderStage stage = LADDER_STAGE_NONE;
  LadderIntervention intervention = LADDER_INTERVENTION_NONE;
  LadderFlagState willing = LADDER_FLAG_STATE_UNKNOWN;

  if (!ladder_json_get_object (doc, root, "", "context", TRUE, &context, error))
    return FALSE;
  if (version == 1)
    {
      if (!read_context_v1 (doc, context, self, error))
        return FALSE;
    }
  else if (!ladder_json_check_members (doc, context, "/context", allowed, error) ||
           !read_inspection (doc, context, self, error) ||
           !ladder_json_get_string (doc, context, "/context", "intervention", FALSE, &intervention_id, error) ||
           !ladder_json_get_string (doc, context, "/context", "strong-partner", FALSE, &partner, error) ||
           !ladder_json_get_boolean (doc, context, "/context", "new-model-by-choice", FALSE, &by_choice, error))
    return FALSE;
  if (!ladder_json_get_boolean (doc, context, "/context", "new-leadership", FALSE, &new_leadership, error) ||
      !ladder_json_get_string (doc, context, "/context", "stage", FALSE, &stage_id, error))
    return FALSE;
  if (intervention_id != NULL && !ladder_intervention_from_id (intervention_id, &intervention))
    {
      ladder_json_doc_set_error (doc, error, "/context/intervention", "“%s” is not a kind of intervention "
                                 "(none, improvement-notice, statutory-direction or unspecified)", intervention_id);
      return FALSE;
    }
  if (partner != NULL)
    {
      if (strcmp (partner, "yes") == 0)
        willing = LADDER_FLAG_STATE_YES;
      else if (strcmp (partner, "no") == 0)
        willing = LADDER_FLAG_STATE_NO;
      else
        {
          ladder_json_doc_set_error (doc, error, "/context/strong-partner", "“%s” is not “yes”, “no” or null",
                                     partner);
          return FALSE;
        }
    }
  if (stage_id != NULL && (!ladder_stage_from_id (stage_id, &stage) || stage == LADDER_STAGE_NONE))
    {
      ladder_json_doc_set_error (doc, error, "/context/stage", "“%s” is not a stage of the journey "
                                 "(poor-to-fair, fair-to-good or good-to-great)", stage_id);
      return FALSE;
    }
  if (version > 1)
    {
      ladder_assessment_set_intervention (self, intervention);
      ladder_assessment_set_strong_partner (self, willing);
      ladder_assessment_set_new_model_by_choice (self, by_choice);
    }
  ladder_assessment_set_new_leadership (self, new_leadership);
  ladder_assessment_set_stage (self, stage);
  return TRUE;
}

/* Identifiers made by g_uuid_string_random(); anything else in their place
 * is a wrong file, not a person. */
static gboolean
check_uid (LadderJsonDoc *doc,
           const char    *path,
           const char    *member,
           const char    *uid,
           GError       **error)
{
  g_autofree char *at = NULL;

  if (uid == NULL || g_uuid_string_is_valid (uid))
    return TRUE;
  at = g_strdup_printf ("%s/%s", path, member);
  ladder_json_doc_set_error (doc, error, at, "“%s” must be an identifier such as "
                             "“0b8e2a4c-5d1f-4a8e-9c3b-2f6d7e8a9b0c”", member);
  return FALSE;
}

static gboolean
read_respondents (LadderJsonDoc    *doc,
                  JsonObject       *root,
                  LadderAssessment *self,
                  GError          **error)
{
  static const char * const allowed[] = { "id", "uid", "name", "role", "level", "by-role", NULL };
  JsonArray *array;

  if (!ladder_json_get_array (doc, root, "", "respondents", TRUE, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/respondents/%u", i);
      const char *id, *uid, *name, *role, *level_id;
      LadderLeadershipLevels level = 0;
      gboolean by_role = FALSE;
      JsonObject *object;

      if (!ladder_json_element_object (doc, array, "/respondents", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed, error) ||
          !ladder_json_get_string (doc, object, path, "id", TRUE, &id, error) ||
          !ladder_json_get_string (doc, object, path, "uid", FALSE, &uid, error) ||
          !check_uid (doc, path, "uid", uid, error) ||
          !ladder_json_get_boolean (doc, object, path, "by-role", FALSE, &by_role, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "name", FALSE, &name, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "role", FALSE, &role, error) ||
          !ladder_json_get_string (doc, object, path, "level", FALSE, &level_id, error))
        return FALSE;
      if (*id == '\0' || strlen (id) > 64)
        {
          g_autofree char *at = g_strdup_printf ("%s/id", path);

          ladder_json_doc_set_error (doc, error, at, "a respondent's “id” must be 1 to 64 characters");
          return FALSE;
        }
      if (level_id != NULL && !ladder_leadership_level_from_id (level_id, &level))
        {
          g_autofree char *at = g_strdup_printf ("%s/level", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a leadership level (political, "
                                     "corporate, service or partnership)", level_id);
          return FALSE;
        }
      if (ladder_assessment_insert_respondent (self, id, uid, name, role, level, by_role) == NULL)
        {
          ladder_json_doc_set_error (doc, error, path, "two respondents have the id “%s” or the uid “%s”",
                                     id, uid != NULL ? uid : "");
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_answers (LadderJsonDoc    *doc,
              JsonObject       *root,
              LadderAssessment *self,
              GError          **error)
{
  static const char * const allowed[] = { "respondent", "question", "rating", "note", "private", NULL };
  JsonArray *array;

  if (!ladder_json_get_array (doc, root, "", "answers", TRUE, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/answers/%u", i);
      const char *respondent_id, *question_id, *rating_id, *note;
      LadderRating rating = LADDER_RATING_NONE;
      gboolean private_note = FALSE;
      LadderRespondent *respondent;
      JsonObject *object;

      if (!ladder_json_element_object (doc, array, "/answers", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed, error) ||
          !ladder_json_get_string (doc, object, path, "respondent", TRUE, &respondent_id, error) ||
          !ladder_json_get_string (doc, object, path, "question", TRUE, &question_id, error) ||
          !ladder_json_get_string (doc, object, path, "rating", FALSE, &rating_id, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "note", FALSE, &note, error) ||
          !ladder_json_get_boolean (doc, object, path, "private", FALSE, &private_note, error))
        return FALSE;
      respondent = (LadderRespondent *) ladder_assessment_find_respondent (self, respondent_id);
      if (respondent == NULL)
        {
          g_autofree char *at = g_strdup_printf ("%s/respondent", path);

          ladder_json_doc_set_error (doc, error, at, "no respondent has the id “%s”", respondent_id);
          return FALSE;
        }
      if (rating_id != NULL && !ladder_rating_from_id (rating_id, &rating))
        {
          g_autofree char *at = g_strdup_printf ("%s/rating", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a rating (not-in-place, emerging, "
                                     "largely-in-place, fully-in-place or dont-know)", rating_id);
          return FALSE;
        }
      if (g_hash_table_contains (respondent->answers, question_id))
        {
          ladder_json_doc_set_error (doc, error, path, "“%s” answers “%s” twice", respondent_id, question_id);
          return FALSE;
        }
      /* A question this version does not know is kept, not judged: it may
       * come from a newer question bank, and saving must not lose it. */
      ladder_assessment_put_answer (respondent, question_id, rating, note, private_note);
    }
  return TRUE;
}

static gboolean
read_data_files (LadderJsonDoc    *doc,
                 JsonObject       *root,
                 LadderAssessment *self,
                 GError          **error)
{
  static const char * const allowed[] = { "name", "sha256", "as-at", NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_data_file_ref_free);
  JsonArray *array;

  if (!ladder_json_get_array (doc, root, "", "data-files", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/data-files/%u", i);
      const char *name, *sha256, *as_at;
      JsonObject *object;

      if (!ladder_json_element_object (doc, array, "/data-files", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "name", TRUE, &name, error) ||
          !ladder_json_get_string (doc, object, path, "sha256", FALSE, &sha256, error) ||
          !ladder_json_get_string (doc, object, path, "as-at", FALSE, &as_at, error) ||
          !ladder_assessment_file_check_date (doc, path, "as-at", as_at, error))
        return FALSE;
      if (sha256 != NULL && (strlen (sha256) != 64 || strspn (sha256, "0123456789abcdef") != 64))
        {
          g_autofree char *at = g_strdup_printf ("%s/sha256", path);

          ladder_json_doc_set_error (doc, error, at, "“sha256” must be 64 lower-case hexadecimal digits");
          return FALSE;
        }
      g_ptr_array_add (files, ladder_data_file_ref_new (name, sha256, as_at));
    }
  ladder_assessment_set_data_files (self, files);
  return TRUE;
}

static gboolean
read_version (LadderJsonDoc *doc,
              JsonObject    *root,
              guint         *out,
              GError       **error)
{
  const char *format;
  double version;

  if (!ladder_json_get_string (doc, root, "", "format", FALSE, &format, error))
    return FALSE;
  if (format == NULL || strcmp (format, LADDER_ASSESSMENT_FORMAT) != 0)
    {
      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NOT_ASSESSMENT,
                   "%s is not a Ladder assessment (it has no “format”: “%s”)",
                   ladder_json_doc_get_filename (doc), LADDER_ASSESSMENT_FORMAT);
      return FALSE;
    }
  if (!ladder_json_get_number (doc, root, "", "version", TRUE, &version, error))
    return FALSE;
  if (version != (int) version || version < 1)
    {
      ladder_json_doc_set_error (doc, error, "/version", "the version must be a whole number from 1");
      return FALSE;
    }
  /* Refused before anything else is checked: a newer file may hold things
   * this version has never heard of, and must not be rewritten without them. */
  if (version > LADDER_ASSESSMENT_VERSION)
    {
      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NEWER_VERSION,
                   "%s was saved by a newer version of Ladder (file format %d; this version "
                   "reads up to %d). Open it with a newer Ladder; this one has left it untouched.",
                   ladder_json_doc_get_filename (doc), (int) version, LADDER_ASSESSMENT_VERSION);
      return FALSE;
    }
  *out = version;
  return TRUE;
}

/**
 * ladder_assessment_load_data:
 * @data: the bytes of a .ladder file
 * @length: the number of bytes
 * @display_name: the file's name for messages
 * @autosave_of: (out) (optional) (transfer full) (nullable): for an
 *   autosaved copy, the file it is a copy of ("" for a file never saved)
 * @error: return location for an error naming the file, line and column
 *
 * Reads an assessment. Files from a newer version are refused with
 * %LADDER_ASSESSMENT_ERROR_NEWER_VERSION.
 *
 * Returns: (transfer full) (nullable): the assessment, not modified.
 */
LadderAssessment *
ladder_assessment_load_data (const char  *data,
                             gsize        length,
                             const char  *display_name,
                             char       **autosave_of,
                             GError     **error)
{
  static const char * const allowed[] = {
    "format", "version", "review-id", "copy-for", "council", "review-date", "context", "respondents",
    "answers", "plan", "indicators", "data-files", "evidence", "actions", "earlier", "autosave-of", NULL,
  };
  g_autoptr(LadderJsonDoc) doc = NULL;
  g_autoptr(LadderAssessment) self = ladder_assessment_new ();
  g_auto(GStrv) indicators = NULL;
  g_auto(GStrv) done = NULL;
  const char *review_date, *copy_of, *name = NULL, *code = NULL, *review_id, *copy_for;
  JsonObject *root, *council, *plan;
  JsonNode *root_node;
  const char *kind;
  guint version;

  g_return_val_if_fail (display_name != NULL, NULL);

  if (autosave_of != NULL)
    *autosave_of = NULL;
  if (length > LADDER_ASSESSMENT_MAX_SIZE)
    {
      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_TOO_LARGE,
                   "%s is too large to be a Ladder assessment (%" G_GSIZE_FORMAT " bytes)",
                   display_name, length);
      return NULL;
    }
  if (ladder_input_recognise ((const guchar *) data, length, &kind) != LADDER_INPUT_TEXT)
    {
      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NOT_ASSESSMENT,
                   "%s looks like %s, not a Ladder assessment", display_name, kind);
      return NULL;
    }
  doc = ladder_json_doc_parse (data, length, display_name, error);
  if (doc == NULL)
    return NULL;
  root_node = ladder_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_NOT_ASSESSMENT,
                   "%s is not a Ladder assessment (it does not hold an object in braces)", display_name);
      return NULL;
    }
  root = json_node_get_object (root_node);
  if (!read_version (doc, root, &version, error) ||
      !ladder_json_check_members (doc, root, "", allowed, error) ||
      !ladder_json_get_object (doc, root, "", "council", FALSE, &council, error) ||
      !ladder_json_get_string (doc, root, "", "review-date", FALSE, &review_date, error) ||
      !ladder_assessment_file_check_date (doc, "", "review-date", review_date, error) ||
      !ladder_json_get_string (doc, root, "", "autosave-of", FALSE, &copy_of, error) ||
      !ladder_json_get_string (doc, root, "", "review-id", FALSE, &review_id, error) ||
      !check_uid (doc, "", "review-id", review_id, error) ||
      !ladder_json_get_string (doc, root, "", "copy-for", FALSE, &copy_for, error) ||
      !check_uid (doc, "", "copy-for", copy_for, error))
    return NULL;
  ladder_assessment_set_ids (self, review_id, copy_for);
  if (council != NULL)
    {
      static const char * const allowed_council[] = { "name", "code", NULL };

      if (!ladder_json_check_members (doc, council, "/council", allowed_council, error) ||
          !ladder_assessment_file_get_text (doc, council, "/council", "name", FALSE, &name, error) ||
          !ladder_json_get_string (doc, council, "/council", "code", FALSE, &code, error))
        return NULL;
    }
  ladder_assessment_set_council (self, name, code);
  ladder_assessment_set_review_date (self, review_date);
  if (!read_context (doc, root, version, self, error) ||
      !read_respondents (doc, root, self, error) ||
      !read_answers (doc, root, self, error) ||
      !ladder_json_get_object (doc, root, "", "plan", FALSE, &plan, error) ||
      !ladder_json_get_strv (doc, root, "", "indicators", FALSE, &indicators, error) ||
      !read_data_files (doc, root, self, error) ||
      !ladder_assessment_read_plan (doc, root, self, error))
    return NULL;
  if (plan != NULL)
    {
      static const char * const allowed_plan[] = { "done", NULL };

      if (!ladder_json_check_members (doc, plan, "/plan", allowed_plan, error) ||
          !ladder_json_get_strv (doc, plan, "/plan", "done", FALSE, &done, error))
        return NULL;
      for (guint i = 0; done != NULL && done[i] != NULL; i++)
        ladder_assessment_set_plan_item (self, done[i], TRUE);
    }
  if (indicators != NULL)
    ladder_assessment_set_indicators (self, (const char * const *) indicators);

  if (autosave_of != NULL)
    *autosave_of = g_strdup (copy_of);
  /* Converted in memory only: the file itself changes when the user saves. */
  if (copy_for != NULL && (ladder_assessment_get_n_respondents (self) != 1 ||
                           g_strcmp0 (ladder_assessment_get_respondent (self, 0)->uid, copy_for) != 0))
    {
      ladder_json_doc_set_error (doc, error, "/copy-for", "a copy for one person must hold that person "
                                 "and no one else");
      return NULL;
    }
  ladder_assessment_set_format_version (self, version);
  ladder_assessment_set_modified (self, FALSE);
  return g_steal_pointer (&self);
}

/**
 * ladder_assessment_load_file:
 * @path: a .ladder file
 * @autosave_of: (out) (optional) (transfer full) (nullable): see
 *   ladder_assessment_load_data()
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the assessment.
 */
LadderAssessment *
ladder_assessment_load_file (const char  *path,
                             char       **autosave_of,
                             GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  guint64 size = 0;
  gsize length = 0;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (autosave_of != NULL)
    *autosave_of = NULL;
  name = ladder_input_display_name (path);
  fd = ladder_input_open (path, name, &size, error);
  if (fd < 0)
    return NULL;
  /* Read into memory, not mapped: a file rewritten while it is read must
   * give an error at worst, never a crash. The size is checked before
   * reading, and no more than the limit is read if the file grows. */
  if (size <= LADDER_ASSESSMENT_MAX_SIZE)
    data = ladder_input_read (fd, name, LADDER_ASSESSMENT_MAX_SIZE, &length, error);
  g_close (fd, NULL);
  if (size > LADDER_ASSESSMENT_MAX_SIZE || (data != NULL && length > LADDER_ASSESSMENT_MAX_SIZE))
    {
      g_autofree char *shown = g_format_size (MAX (size, length));
      g_autofree char *limit = g_format_size (LADDER_ASSESSMENT_MAX_SIZE);

      g_set_error (error, LADDER_ASSESSMENT_ERROR, LADDER_ASSESSMENT_ERROR_TOO_LARGE,
                   "%s is too large to be a Ladder assessment: it is %s, and an assessment "
                   "is at most %s (one with many people and long notes is still far smaller)",
                   name, shown, limit);
      return NULL;
    }
  if (data == NULL)
    return NULL;
  ladder_file_clean_temporaries (path, 60);
  return ladder_assessment_load_data (data, length, name, autosave_of, error);
}

void
ladder_assessment_file_add_string (JsonBuilder *builder,
                                   const char  *member,
                                   const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
build_answers (JsonBuilder      *builder,
               LadderAssessment *self)
{
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint r = 0; r < ladder_assessment_get_n_respondents (self); r++)
    {
      const LadderRespondent *respondent = ladder_assessment_get_respondent (self, r);
      g_autofree gpointer *keys = NULL;
      guint n;

      /* Sorted, so that saving twice gives the same bytes. */
      keys = g_hash_table_get_keys_as_array (respondent->answers, &n);
      qsort (keys, n, sizeof *keys, compare_strings);
      for (guint i = 0; i < n; i++)
        {
          const LadderAnswer *answer = g_hash_table_lookup (respondent->answers, keys[i]);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "respondent");
          json_builder_add_string_value (builder, respondent->id);
          json_builder_set_member_name (builder, "question");
          json_builder_add_string_value (builder, keys[i]);
          ladder_assessment_file_add_string (builder, "rating",
                               answer->rating == LADDER_RATING_NONE ? NULL : ladder_rating_get_id (answer->rating));
          ladder_assessment_file_add_string (builder, "note", answer->note);
          json_builder_set_member_name (builder, "private");
          json_builder_add_boolean_value (builder, answer->private_note);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
}

/**
 * ladder_assessment_to_data:
 * @self: an assessment
 * @autosave_of: (nullable): for an autosaved copy, the file it copies
 *   ("" for one never saved); %NULL for the file itself
 * @length: (out) (optional): the number of bytes
 *
 * Returns: (transfer full): the assessment as a .ladder file.
 */
char *
ladder_assessment_to_data (LadderAssessment *self,
                           const char       *autosave_of,
                           gsize            *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) plan = NULL;
  LadderStage stage = ladder_assessment_get_stage (self);
  LadderFlagState partner;
  GPtrArray *files;
  char *data;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LADDER_ASSESSMENT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LADDER_ASSESSMENT_VERSION);
  if (autosave_of != NULL)
    ladder_assessment_file_add_string (builder, "autosave-of", autosave_of);
  ladder_assessment_file_add_string (builder, "review-id", ladder_assessment_get_review_id (self));
  if (ladder_assessment_get_copy_for (self) != NULL)
    ladder_assessment_file_add_string (builder, "copy-for", ladder_assessment_get_copy_for (self));

  json_builder_set_member_name (builder, "council");
  if (ladder_assessment_get_council_name (self) == NULL && ladder_assessment_get_council_code (self) == NULL)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      ladder_assessment_file_add_string (builder, "name", ladder_assessment_get_council_name (self));
      ladder_assessment_file_add_string (builder, "code", ladder_assessment_get_council_code (self));
      json_builder_end_object (builder);
    }
  ladder_assessment_file_add_string (builder, "review-date", ladder_assessment_get_review_date (self));

  json_builder_set_member_name (builder, "context");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "inspection");
  json_builder_begin_object (builder);
  for (LadderJudgement j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      const char *date;
      LadderGrade grade = ladder_assessment_get_judgement (self, j, &date);

      json_builder_set_member_name (builder, ladder_judgement_get_id (j));
      if (grade == LADDER_GRADE_NONE && date == NULL)
        {
          json_builder_add_null_value (builder);
          continue;
        }
      json_builder_begin_object (builder);
      ladder_assessment_file_add_string (builder, "grade", grade == LADDER_GRADE_NONE ? NULL : ladder_grade_get_id (grade));
      ladder_assessment_file_add_string (builder, "date", date);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  ladder_assessment_file_add_string (builder, "intervention", ladder_intervention_get_id (ladder_assessment_get_intervention (self)));
  json_builder_set_member_name (builder, "new-leadership");
  json_builder_add_boolean_value (builder, ladder_assessment_get_new_leadership (self));
  ladder_assessment_file_add_string (builder, "stage", stage == LADDER_STAGE_NONE ? NULL : ladder_stage_get_id (stage));
  partner = ladder_assessment_get_strong_partner (self);
  ladder_assessment_file_add_string (builder, "strong-partner", partner == LADDER_FLAG_STATE_UNKNOWN ? NULL
                       : ladder_flag_state_get_id (partner));
  json_builder_set_member_name (builder, "new-model-by-choice");
  json_builder_add_boolean_value (builder, ladder_assessment_get_new_model_by_choice (self));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "respondents");
  json_builder_begin_array (builder);
  for (guint r = 0; r < ladder_assessment_get_n_respondents (self); r++)
    {
      const LadderRespondent *respondent = ladder_assessment_get_respondent (self, r);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, respondent->id);
      ladder_assessment_file_add_string (builder, "uid", respondent->uid);
      ladder_assessment_file_add_string (builder, "name", respondent->name);
      ladder_assessment_file_add_string (builder, "role", respondent->role);
      ladder_assessment_file_add_string (builder, "level", respondent->level == 0 ? NULL
                           : ladder_leadership_level_get_id (respondent->level));
      json_builder_set_member_name (builder, "by-role");
      json_builder_add_boolean_value (builder, respondent->by_role);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  build_answers (builder, self);

  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "done");
  json_builder_begin_array (builder);
  plan = ladder_assessment_get_plan_items (self);
  for (GList *l = plan; l != NULL; l = l->next)
    json_builder_add_string_value (builder, l->data);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (const char * const *code = ladder_assessment_get_indicators (self); *code != NULL; code++)
    json_builder_add_string_value (builder, *code);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "data-files");
  json_builder_begin_array (builder);
  files = ladder_assessment_get_data_files (self);
  for (guint i = 0; i < files->len; i++)
    {
      LadderDataFileRef *ref = files->pdata[i];

      json_builder_begin_object (builder);
      ladder_assessment_file_add_string (builder, "name", ref->name);
      ladder_assessment_file_add_string (builder, "sha256", ref->sha256);
      ladder_assessment_file_add_string (builder, "as-at", ref->as_at);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  ladder_assessment_build_plan (builder, self);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  data = ladder_json_to_data (root, TRUE, length);
  /* End with a line feed, as text files do. */
  if (length != NULL)
    {
      data = g_realloc (data, *length + 2);
      data[(*length)++] = '\n';
      data[*length] = '\0';
    }
  else
    {
      char *with_newline = g_strconcat (data, "\n", NULL);

      g_free (data);
      data = with_newline;
    }
  return data;
}

/**
 * ladder_assessment_save_file:
 * @self: an assessment
 * @path: where to save
 * @error: return location for an error
 *
 * Saves atomically (see ladder_file_write_atomic()) and marks @self as
 * not modified.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_assessment_save_file (LadderAssessment *self,
                             const char       *path,
                             GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = ladder_assessment_to_data (self, NULL, &length);
  ladder_file_clean_temporaries (path, 60);
  if (!ladder_file_write_atomic (path, data, length, error))
    return FALSE;
  ladder_assessment_set_modified (self, FALSE);
  return TRUE;
}

/**
 * ladder_autosave_get_dir:
 *
 * Returns: (transfer full): the folder of autosaved copies, in the user's
 *   data folder.
 */
char *
ladder_autosave_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "ladder", "autosave", NULL);
}

/**
 * ladder_autosave_new_path:
 *
 * Returns: (transfer full): a file name for this session's autosaved copy.
 */
char *
ladder_autosave_new_path (void)
{
  g_autofree char *dir = ladder_autosave_get_dir ();
  g_autofree char *name = g_strdup_printf ("session-%" G_GINT64_FORMAT "-%d.ladder",
                                           g_get_real_time (), (int) getpid ());

  return g_build_filename (dir, name, NULL);
}

/**
 * ladder_autosave_write:
 * @self: an assessment
 * @autosave_path: the autosaved copy to write
 * @original_path: (nullable): the file the user works on, or %NULL if it
 *   has never been saved
 * @error: return location for an error
 *
 * Writes a copy for recovery. Does not change whether @self is modified.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_autosave_write (LadderAssessment *self,
                       const char       *autosave_path,
                       const char       *original_path,
                       GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (autosave_path);
  g_autofree char *data = NULL;
  gsize length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "The folder for recovery copies could not be made: %s", g_strerror (saved_errno));
      return FALSE;
    }
  data = ladder_assessment_to_data (self, original_path != NULL ? original_path : "", &length);
  return ladder_file_write_atomic (autosave_path, data, length, error);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GStatBuf sa, sb;
  const char *pa = *(const char * const *) a, *pb = *(const char * const *) b;

  if (g_stat (pa, &sa) != 0 || g_stat (pb, &sb) != 0)
    return strcmp (pa, pb);
  return (sb.st_mtime > sa.st_mtime) - (sb.st_mtime < sa.st_mtime);
}

/**
 * ladder_autosave_find:
 *
 * Lists autosaved copies left by sessions that ended without closing
 * cleanly, newest first, and removes temporaries their saves left behind.
 * Only call this when no other Ladder is running (the application is
 * single-instance, so at start-up).
 *
 * Returns: (transfer full) (element-type filename): their paths.
 */
GPtrArray *
ladder_autosave_find (void)
{
  g_autofree char *dir_path = ladder_autosave_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = g_build_filename (dir_path, name, NULL);

      if (name[0] == '.' && strstr (name, ".save-") != NULL)
        {
          /* Only what an interrupted save left: a save in progress elsewhere
           * has a younger file. */
          GStatBuf info;

          if (g_stat (full, &info) == 0 && g_get_real_time () / G_USEC_PER_SEC - (gint64) info.st_mtime >= 60)
            g_unlink (full);
        }
      else if (g_str_has_suffix (name, ".ladder"))
        g_ptr_array_add (found, g_steal_pointer (&full));
    }
  g_ptr_array_sort (found, compare_newest_first);
  return found;
}
