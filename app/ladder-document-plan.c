/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document's evidence log and action plan, each edit one undo step,
 * and starting a follow-up review. */
#include "config.h"

#include "ladder-document-private.h"
#include "ladder-recommend-command.h"

/* The evidence log and the action plan ----------------------------------- */

/* Keeps the log and the plan as they are, to be put back by undo. */
static Change *
plan_change (LadderDocument *self,
             char           *undone)
{
  Change *change = g_new0 (Change, 1);

  change->kind = CHANGE_PLAN;
  change->evidence = ladder_assessment_dup_evidence_list (self->assessment);
  change->actions = ladder_assessment_dup_action_list (self->assessment);
  change->undone = undone;
  return change;
}

/* Runs @edit; only a change that happened can be undone. */
static gboolean
edit_plan (LadderDocument *self,
           Change         *change,
           gboolean        done)
{
  if (done)
    ladder_document_push_change (self, change);
  else
    ladder_document_change_free (change);
  return done;
}

/**
 * ladder_document_add_evidence:
 * @self: a document
 * @entry: what the reviewer saw
 * @error: return location for what is wrong with it
 *
 * Adds an entry to the evidence log, undoably.
 *
 * Returns: (transfer full) (nullable): its identifier, or %NULL when it
 *   is refused.
 */
char *
ladder_document_add_evidence (LadderDocument       *self,
                              const LadderEvidence *entry,
                              GError              **error)
{
  Change *change;
  char *id;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  change = plan_change (self, g_strdup ("The evidence just added is taken out again"));
  id = ladder_assessment_add_evidence (self->assessment, entry, error);
  edit_plan (self, change, id != NULL);
  return id;
}

gboolean
ladder_document_update_evidence (LadderDocument       *self,
                                 const LadderEvidence *entry,
                                 GError              **error)
{
  Change *change;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  /* The snapshot first: argument order is the compiler's to choose. */
  change = plan_change (self, g_strdup ("The evidence entry is as it was"));
  return edit_plan (self, change, ladder_assessment_update_evidence (self->assessment, entry, error));
}

gboolean
ladder_document_remove_evidence (LadderDocument *self,
                                 const char     *id)
{
  Change *change;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  /* The snapshot first: argument order is the compiler's to choose. */
  change = plan_change (self, g_strdup ("The evidence entry is back"));
  return edit_plan (self, change, ladder_assessment_remove_evidence (self->assessment, id));
}

/**
 * ladder_document_add_action:
 * @self: a document
 * @action: the action
 * @error: return location for what is wrong with it
 *
 * Adds an action to the plan, undoably.
 *
 * Returns: (transfer full) (nullable): its identifier, or %NULL when it is
 *   refused.
 */
char *
ladder_document_add_action (LadderDocument     *self,
                            const LadderAction *action,
                            GError            **error)
{
  Change *change;
  char *id;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  change = plan_change (self, g_strdup ("The action just added is taken out again"));
  id = ladder_assessment_add_action (self->assessment, action, error);
  edit_plan (self, change, id != NULL);
  return id;
}

gboolean
ladder_document_update_action (LadderDocument     *self,
                               const LadderAction *action,
                               GError            **error)
{
  Change *change;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  /* The snapshot first: argument order is the compiler's to choose. */
  change = plan_change (self, g_strdup ("The action is as it was"));
  return edit_plan (self, change, ladder_assessment_update_action (self->assessment, action, error));
}

gboolean
ladder_document_remove_action (LadderDocument *self,
                               const char     *id)
{
  Change *change;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  /* The snapshot first: argument order is the compiler's to choose. */
  change = plan_change (self, g_strdup ("The action is back"));
  return edit_plan (self, change, ladder_assessment_remove_action (self->assessment, id));
}

/**
 * ladder_document_start_follow_up:
 * @self: a document
 * @today: the new review's date, YYYY-MM-DD
 *
 * Replaces the document's assessment with a follow-up of it: the same
 * council, people and context, the action plan carried over, and the
 * review as it stands, with its advice, kept inside. The follow-up has no
 * file until it is saved; callers ask about unsaved changes first.
 */
void
ladder_document_start_follow_up (LadderDocument *self,
                                 const char     *today)
{
  g_autoptr(JsonNode) advice = NULL;
  g_autoptr(LadderAssessment) follow_up = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  advice = ladder_recommendation_to_json (ladder_document_get_advice (self));
  follow_up = ladder_assessment_new_follow_up (self->assessment, self->path, advice, today);
  ladder_document_set_assessment (self, follow_up, NULL);
}
