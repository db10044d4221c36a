/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the document's two files share: its state and undo records, for the
 * answers and people (ladder-document.c) and the evidence log, action
 * plan and follow-up (ladder-document-plan.c). */
#pragma once

#include "ladder-document.h"

G_BEGIN_DECLS

typedef enum
{
  CHANGE_ANSWER,
  CHANGE_PEOPLE,
  CHANGE_PLAN,
} ChangeKind;

typedef struct
{
  ChangeKind    kind;
  /* An answer: */
  char         *respondent_id;
  char         *question_id;
  LadderAnswer *previous;          /* NULL when there was no answer */
  gboolean      note_only;
  /* Who takes part: everyone as they were, and what putting them back means. */
  GPtrArray    *people;
  char         *answering;
  char         *undone;
  /* The evidence log and the action plan as they were. */
  GPtrArray    *evidence;
  GPtrArray    *actions;
} Change;

struct _LadderDocument
{
  GObject               parent_instance;

  LadderContent        *content;
  LadderAssessment     *assessment;
  char                 *path;
  gulong                changed_id;
  gulong                modified_id;

  LadderRecommendation *advice;
  guint                 n_advice_computed;
  char                 *respondent;
  GQueue                undo;             /* of Change, newest first */

  guint                 autosave_delay;   /* milliseconds; 0: none */
  guint                 autosave_id;
  char                 *autosave_path;
};


void ladder_document_change_free (Change         *change);
void ladder_document_push_change (LadderDocument *self,
                                  Change         *change);

G_END_DECLS
