/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading and writing what follows the answers: the evidence log, the
 * action plan, and a follow-up's earlier review, carried whole. Every
 * problem names the file, line and column, as the rest of the reader
 * does; an impossible date is refused here as it is at entry. */
#include "config.h"

#include <string.h>

#include "ladder-assessment-file-private.h"
#include "ladder-assessment-file.h"
#include "ladder-assessment-private.h"

static gboolean
check_id (LadderJsonDoc *doc,
          const char    *path,
          const char    *id,
          GError       **error)
{
  g_autofree char *at = NULL;

  if (*id != '\0' && strlen (id) <= 64)
    return TRUE;
  at = g_strdup_printf ("%s/id", path);
  ladder_json_doc_set_error (doc, error, at, "an “id” must be 1 to 64 characters");
  return FALSE;
}

static gboolean
read_evidence (LadderJsonDoc    *doc,
               JsonObject       *root,
               LadderAssessment *self,
               GError          **error)
{
  static const char * const allowed[] = {
    "id", "question", "kind", "date", "found", "bearing", "private", NULL,
  };
  JsonArray *array;

  if (!ladder_json_get_array (doc, root, "", "evidence", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/evidence/%u", i);
      g_autoptr(LadderEvidence) entry = g_new0 (LadderEvidence, 1);
      const char *id, *question, *kind, *date, *found, *bearing;
      gboolean private_entry = FALSE;
      JsonObject *object;

      if (!ladder_json_element_object (doc, array, "/evidence", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed, error) ||
          !ladder_json_get_string (doc, object, path, "id", TRUE, &id, error) ||
          !check_id (doc, path, id, error) ||
          !ladder_json_get_string (doc, object, path, "question", TRUE, &question, error) ||
          !ladder_json_get_string (doc, object, path, "kind", TRUE, &kind, error) ||
          !ladder_json_get_string (doc, object, path, "date", FALSE, &date, error) ||
          !ladder_assessment_file_check_date (doc, path, "date", date, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "found", TRUE, &found, error) ||
          !ladder_json_get_string (doc, object, path, "bearing", TRUE, &bearing, error) ||
          !ladder_json_get_boolean (doc, object, path, "private", FALSE, &private_entry, error))
        return FALSE;
      if (!ladder_evidence_kind_from_id (kind, &entry->kind))
        {
          g_autofree char *at = g_strdup_printf ("%s/kind", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a kind of evidence (case-file-audit, "
                                     "frontline-visit, children-and-families, staff, partners, report or data)",
                                     kind);
          return FALSE;
        }
      if (!ladder_bearing_from_id (bearing, &entry->bearing))
        {
          g_autofree char *at = g_strdup_printf ("%s/bearing", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” must be supports or contradicts", bearing);
          return FALSE;
        }
      entry->id = g_strdup (id);
      entry->question = g_strdup (question);
      entry->date = g_strdup (date);
      entry->found = g_strdup (found);
      entry->private_entry = private_entry;
      if (!ladder_assessment_insert_evidence (self, entry))
        {
          ladder_json_doc_set_error (doc, error, path, "two evidence entries have the id “%s”", id);
          return FALSE;
        }
      g_steal_pointer (&entry);
    }
  return TRUE;
}

static gboolean
read_actions (LadderJsonDoc    *doc,
              JsonObject       *root,
              LadderAssessment *self,
              GError          **error)
{
  static const char * const allowed[] = {
    "id", "description", "owner", "due", "status", "link", NULL,
  };
  static const char * const allowed_link[] = { "kind", "id", NULL };
  JsonArray *array;

  if (!ladder_json_get_array (doc, root, "", "actions", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/actions/%u", i);
      g_autofree char *link_path = g_strdup_printf ("/actions/%u/link", i);
      g_autoptr(LadderAction) action = g_new0 (LadderAction, 1);
      const char *id, *description, *owner, *due, *status, *kind = NULL, *link = NULL;
      JsonObject *object, *link_object;

      if (!ladder_json_element_object (doc, array, "/actions", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed, error) ||
          !ladder_json_get_string (doc, object, path, "id", TRUE, &id, error) ||
          !check_id (doc, path, id, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "description", TRUE, &description, error) ||
          !ladder_assessment_file_get_text (doc, object, path, "owner", FALSE, &owner, error) ||
          !ladder_json_get_string (doc, object, path, "due", FALSE, &due, error) ||
          !ladder_assessment_file_check_date (doc, path, "due", due, error) ||
          !ladder_json_get_string (doc, object, path, "status", TRUE, &status, error) ||
          !ladder_json_get_object (doc, object, path, "link", FALSE, &link_object, error))
        return FALSE;
      if (link_object != NULL &&
          (!ladder_json_check_members (doc, link_object, link_path, allowed_link, error) ||
           !ladder_json_get_string (doc, link_object, link_path, "kind", TRUE, &kind, error) ||
           !ladder_json_get_string (doc, link_object, link_path, "id", TRUE, &link, error)))
        return FALSE;
      if (!ladder_action_status_from_id (status, &action->status))
        {
          g_autofree char *at = g_strdup_printf ("%s/status", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a status (not-started, on-track, at-risk "
                                     "or done)", status);
          return FALSE;
        }
      if (kind != NULL && (!ladder_link_kind_from_id (kind, &action->link_kind) ||
                           action->link_kind == LADDER_LINK_NONE))
        {
          g_autofree char *at = g_strdup_printf ("%s/kind", link_path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not something an action links to (question, "
                                     "success-factor or mismatch)", kind);
          return FALSE;
        }
      action->id = g_strdup (id);
      action->description = g_strdup (description);
      action->owner = g_strdup (owner);
      action->due = g_strdup (due);
      action->link = g_strdup (link);
      if (!ladder_assessment_insert_action (self, action))
        {
          ladder_json_doc_set_error (doc, error, path, "two actions have the id “%s”", id);
          return FALSE;
        }
      g_steal_pointer (&action);
    }
  return TRUE;
}

/* The earlier review is checked as a file of its own would be; it is kept
 * as it was written, so that saving gives the same bytes back. */
static gboolean
read_earlier (LadderJsonDoc    *doc,
              JsonObject       *root,
              LadderAssessment *self,
              GError          **error)
{
  static const char * const allowed[] = { "path", "advice", "review", NULL };
  JsonObject *earlier, *advice, *review;
  const char *path;

  if (!ladder_json_get_object (doc, root, "", "earlier", FALSE, &earlier, error))
    return FALSE;
  if (earlier == NULL)
    return TRUE;
  if (!ladder_json_check_members (doc, earlier, "/earlier", allowed, error) ||
      !ladder_json_get_string (doc, earlier, "/earlier", "path", FALSE, &path, error) ||
      !ladder_json_get_object (doc, earlier, "/earlier", "advice", FALSE, &advice, error) ||
      !ladder_json_get_object (doc, earlier, "/earlier", "review", TRUE, &review, error))
    return FALSE;
  {
    JsonNode *review_node = json_object_get_member (earlier, "review");
    g_autoptr(GError) inner = NULL;
    g_autoptr(LadderAssessment) check = NULL;
    g_autofree char *data = NULL;
    gsize length;

    /* Pretty, so that no line is long: the reader counts columns along each. */
    data = ladder_json_to_data (review_node, TRUE, &length);
    check = ladder_assessment_load_data (data, length, "the earlier review", NULL, &inner);
    if (check == NULL)
      {
        ladder_json_doc_set_error (doc, error, "/earlier/review", "the earlier review it carries cannot be read: %s",
                                   inner->message);
        return FALSE;
      }
    if (ladder_assessment_has_earlier (check))
      {
        ladder_json_doc_set_error (doc, error, "/earlier/review", "the earlier review must not carry one of its own");
        return FALSE;
      }
    ladder_assessment_set_earlier (self, path, review_node, json_object_get_member (earlier, "advice"));
  }
  return TRUE;
}

/**
 * ladder_assessment_read_plan:
 * @doc: the file being read
 * @root: its root object
 * @self: the assessment being filled
 * @error: return location for an error naming the line and column
 *
 * Returns: %FALSE when the evidence log, the action plan or the earlier
 *   review is not as the format says.
 */
gboolean
ladder_assessment_read_plan (LadderJsonDoc    *doc,
                             JsonObject       *root,
                             LadderAssessment *self,
                             GError          **error)
{
  return read_evidence (doc, root, self, error) && read_actions (doc, root, self, error) &&
         read_earlier (doc, root, self, error);
}

/**
 * ladder_assessment_build_plan:
 * @builder: a builder inside the file's root object
 * @self: an assessment
 *
 * Writes the evidence log, the action plan and the earlier review, each
 * only when there is one, so that files without them stay as they were.
 */
void
ladder_assessment_build_plan (JsonBuilder      *builder,
                              LadderAssessment *self)
{
  JsonNode *review = ladder_assessment_get_earlier_review (self);

  if (ladder_assessment_get_n_evidence (self) > 0)
    {
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_array (builder);
      for (guint i = 0; i < ladder_assessment_get_n_evidence (self); i++)
        {
          const LadderEvidence *entry = ladder_assessment_get_evidence (self, i);

          json_builder_begin_object (builder);
          ladder_assessment_file_add_string (builder, "id", entry->id);
          ladder_assessment_file_add_string (builder, "question", entry->question);
          ladder_assessment_file_add_string (builder, "kind", ladder_evidence_kind_get_id (entry->kind));
          ladder_assessment_file_add_string (builder, "date", entry->date);
          ladder_assessment_file_add_string (builder, "found", entry->found);
          ladder_assessment_file_add_string (builder, "bearing", ladder_bearing_get_id (entry->bearing));
          json_builder_set_member_name (builder, "private");
          json_builder_add_boolean_value (builder, entry->private_entry);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  if (ladder_assessment_get_n_actions (self) > 0)
    {
      json_builder_set_member_name (builder, "actions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < ladder_assessment_get_n_actions (self); i++)
        {
          const LadderAction *action = ladder_assessment_get_action (self, i);

          json_builder_begin_object (builder);
          ladder_assessment_file_add_string (builder, "id", action->id);
          ladder_assessment_file_add_string (builder, "description", action->description);
          ladder_assessment_file_add_string (builder, "owner", action->owner);
          ladder_assessment_file_add_string (builder, "due", action->due);
          ladder_assessment_file_add_string (builder, "status", ladder_action_status_get_id (action->status));
          json_builder_set_member_name (builder, "link");
          if (action->link_kind == LADDER_LINK_NONE)
            json_builder_add_null_value (builder);
          else
            {
              json_builder_begin_object (builder);
              ladder_assessment_file_add_string (builder, "kind", ladder_link_kind_get_id (action->link_kind));
              ladder_assessment_file_add_string (builder, "id", action->link);
              json_builder_end_object (builder);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  if (review != NULL)
    {
      JsonNode *advice = ladder_assessment_get_earlier_advice (self);

      json_builder_set_member_name (builder, "earlier");
      json_builder_begin_object (builder);
      ladder_assessment_file_add_string (builder, "path", ladder_assessment_get_earlier_path (self));
      json_builder_set_member_name (builder, "advice");
      if (advice != NULL)
        json_builder_add_value (builder, json_node_copy (advice));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "review");
      json_builder_add_value (builder, json_node_copy (review));
      json_builder_end_object (builder);
    }
}
