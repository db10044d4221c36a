/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes a copy of an assessment with an evidence log and an action plan
 * filled in (a dozen findings, two of them private, and ten actions linked
 * to questions, success factors and mismatches, some overdue), for
 * build-aux/bench-report-review to time the board paper's new parts. */
#include "config.h"

#include "ladder-assessment-file.h"

#define N_EVIDENCE 12
#define N_ACTIONS  10

static const char * const findings[] = {
  "Eight of twelve plans sampled had no review date, and three had not been updated since the child's "
  "circumstances changed (fictional).",
  "Social workers on the duty team described supervision as regular and reflective (fictional).",
  "Partners said the safeguarding board's sub-groups had not met since the spring (fictional).",
  "The latest monitoring visit found management oversight strengthened in the front door (fictional).",
};
static const char * const descriptions[] = {
  "Audit every plan without a review date and set one",
  "Bring the safeguarding board's sub-groups back to a regular cycle",
  "Report the audit findings to the improvement board each month",
  "Agree the terms of reference for an independent improvement chair",
  "Train team managers in reflective supervision",
};
static const char * const owners[] = {
  "Head of service", "Director of Children's Services", "Chief executive", "Principal social worker",
};

static gboolean
fill (LadderContent    *content,
      LadderAssessment *assessment,
      GError          **error)
{
  const LadderForm *form = g_ptr_array_index (ladder_content_get_forms (content), 0);
  guint n_questions = ladder_content_get_n_questions (content);

  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, (i * 5) % n_questions);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 10, 3 + i);
      LadderEvidence entry = {
        .question = question->id, .kind = i % LADDER_N_EVIDENCE_KINDS, .date = i % 4 == 3 ? NULL : date,
        .found = (char *) findings[i % G_N_ELEMENTS (findings)], .bearing = i % 3 == 0,
        .private_entry = i % 6 == 5,
      };
      g_autofree char *id = ladder_assessment_add_evidence (assessment, &entry, error);

      if (id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < N_ACTIONS; i++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, (i * 7) % n_questions);
      const LadderChecklistItem *factor = form->success_factors->pdata[i % form->success_factors->len];
      g_autofree char *due = g_strdup_printf ("%u-%02u-28", i % 2 == 0 ? 2026 : 2027, 1 + (i * 5) % 12);
      g_autofree char *mismatch = g_strdup_printf ("%s/rule-%u/indicator-%u", question->id, i, i);
      LadderAction action = {
        .description = (char *) descriptions[i % G_N_ELEMENTS (descriptions)],
        .owner = i % 5 == 4 ? NULL : (char *) owners[i % G_N_ELEMENTS (owners)],
        .due = i % 5 == 3 ? NULL : due, .status = i % LADDER_N_ACTION_STATUSES, .link_kind = 1 + i % 3,
      };
      g_autofree char *id = NULL;

      action.link = action.link_kind == LADDER_LINK_QUESTION ? question->id
                    : action.link_kind == LADDER_LINK_SUCCESS_FACTOR ? factor->id : mismatch;
      id = ladder_assessment_add_action (assessment, &action, error);
      if (id == NULL)
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: make-plan-fixture IN.ladder OUT.ladder\n");
      return 2;
    }
  content = ladder_content_get_default (&error);
  if (content != NULL)
    assessment = ladder_assessment_load_file (argv[1], NULL, &error);
  if (assessment == NULL || !fill (content, assessment, &error) ||
      !ladder_assessment_save_file (assessment, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
