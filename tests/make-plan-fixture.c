/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes a follow-up of an assessment with every part of the board paper
 * filled in, for build-aux/bench-report-review to time the paper's later
 * parts:
 *
 *   make-plan-fixture IN.ladder OUT.ladder [DATA.csv...]
 *
 * IN gets ten actions linked to questions, success factors and mismatches,
 * some overdue; OUT is its follow-up six months on (made as the window
 * makes one, so it carries IN, its advice and its plan), answered as IN
 * was, with a dozen findings in its evidence log (two private), the plan
 * brought up to date (some actions done, one dropped, one added), and,
 * given the data files, every question whose linked figures would make a
 * mismatch with a rating of fully in place rated so by everyone. */
#include "config.h"

#include "ladder-assessment-file.h"
#include "ladder-data-import.h"
#include "ladder-mismatch.h"
#include "ladder-recommend-command.h"

#define N_EVIDENCE 12
#define N_ACTIONS  10
#define FOLLOW_UP_DATE "2027-05-24"

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
fill_evidence (LadderContent    *content,
               LadderAssessment *assessment,
               GError          **error)
{
  guint n_questions = ladder_content_get_n_questions (content);

  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, (i * 5) % n_questions);
      g_autofree char *date = g_strdup_printf ("2027-%02u-%02u", 1 + i % 4, 3 + i);
      LadderEvidence entry = {
        .question = question->id, .kind = i % LADDER_N_EVIDENCE_KINDS, .date = i % 4 == 3 ? NULL : date,
        .found = (char *) findings[i % G_N_ELEMENTS (findings)], .bearing = i % 3 == 0,
        .private_entry = i % 6 == 5,
      };
      g_autofree char *id = ladder_assessment_add_evidence (assessment, &entry, error);

      if (id == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_actions (LadderContent    *content,
              LadderAssessment *assessment,
              GError          **error)
{
  const LadderForm *form = g_ptr_array_index (ladder_content_get_forms (content), 0);
  guint n_questions = ladder_content_get_n_questions (content);

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

/* Since the earlier review: every third action done, the last dropped,
 * one new. */
static gboolean
update_actions (LadderAssessment *assessment,
                GError          **error)
{
  LadderAction added = {
    .description = (char *) "Commission an independent audit of the front door", .owner = (char *) owners[0],
    .due = (char *) "2027-09-30", .status = LADDER_ACTION_NOT_STARTED,
  };
  g_autofree char *id = NULL;

  for (guint i = 0; i < ladder_assessment_get_n_actions (assessment); i += 3)
    {
      g_autoptr(LadderAction) action = ladder_action_copy (ladder_assessment_get_action (assessment, i));

      action->status = LADDER_ACTION_DONE;
      if (!ladder_assessment_update_action (assessment, action, error))
        return FALSE;
    }
  ladder_assessment_remove_action (assessment,
                                   ladder_assessment_get_action (assessment,
                                                                 ladder_assessment_get_n_actions (assessment) - 1)->id);
  id = ladder_assessment_add_action (assessment, &added, error);
  return id != NULL;
}

static void
rate_by_everyone (LadderAssessment *assessment,
                  const char       *question,
                  LadderRating      rating)
{
  for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
    ladder_assessment_set_answer (assessment, ladder_assessment_get_respondent (assessment, i)->id, question, rating,
                                  NULL, FALSE);
}

/* Rates fully in place, by everyone, each question whose figures for the
 * council would then not bear that out: @probe, a copy of the answers to
 * try that on, tells which. */
static gboolean
add_mismatches (LadderContent    *content,
                LadderAssessment *probe,
                LadderAssessment *assessment,
                LadderDataset    *dataset,
                GError          **error)
{
  g_autoptr(LadderRecommendation) advice = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  guint council, n = 0;

  if (!ladder_dataset_find_area (dataset, ladder_assessment_get_council_code (assessment), &council))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The council is not in the data given");
      return FALSE;
    }
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);

      if (question->indicators->len > 0)
        rate_by_everyone (probe, question->id, LADDER_RATING_FULLY_IN_PLACE);
    }
  advice = ladder_recommend (content, probe);
  checks = ladder_checks_find (content, probe, advice, dataset, council, error);
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < checks->len; i++)
    {
      const LadderCheck *check = checks->pdata[i];

      if (check->kind == LADDER_CHECK_MISMATCH && check->indicator != NULL)
        {
          rate_by_everyone (assessment, check->question->id, LADDER_RATING_FULLY_IN_PLACE);
          n++;
        }
    }
  if (n == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "No rating would make a mismatch with the data given");
      return FALSE;
    }
  return TRUE;
}

static LadderAssessment *
make_follow_up (LadderContent    *content,
                LadderAssessment *earlier,
                const char       *earlier_path,
                GError          **error)
{
  g_autoptr(LadderRecommendation) then = ladder_recommend (content, earlier);
  g_autoptr(JsonNode) advice = ladder_recommendation_to_json (then);
  g_autoptr(LadderAssessment) later = ladder_assessment_new_follow_up (earlier, earlier_path, advice,
                                                                       FOLLOW_UP_DATE);

  for (guint i = 0; i < ladder_assessment_get_n_respondents (earlier); i++)
    {
      const char *id = ladder_assessment_get_respondent (earlier, i)->id;

      for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
        {
          const char *question = ladder_content_get_question (content, q)->id;
          const LadderAnswer *answer = ladder_assessment_get_answer (earlier, id, question);

          if (answer != NULL)
            ladder_assessment_set_answer (later, id, question, answer->rating, answer->note, answer->private_note);
        }
    }
  if (!fill_evidence (content, later, error) || !update_actions (later, error))
    return NULL;
  return g_steal_pointer (&later);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = NULL;
  g_autoptr(LadderAssessment) earlier = NULL;
  g_autoptr(LadderAssessment) later = NULL;
  g_autoptr(LadderAssessment) probe = NULL;
  g_autoptr(LadderDataset) dataset = NULL;

  if (argc < 3)
    {
      g_printerr ("usage: make-plan-fixture IN.ladder OUT.ladder [DATA.csv...]\n");
      return 2;
    }
  content = ladder_content_get_default (&error);
  if (content != NULL)
    earlier = ladder_assessment_load_file (argv[1], NULL, &error);
  if (earlier != NULL && argc > 3)
    {
      probe = ladder_assessment_load_file (argv[1], NULL, &error);
      dataset = ladder_dataset_new ();
      for (int i = 3; i < argc && error == NULL; i++)
        {
          LadderImportReport *report = ladder_data_import_file (dataset, argv[i], NULL, &error);

          g_clear_pointer (&report, ladder_import_report_free);
        }
    }
  if (earlier == NULL || error != NULL || !fill_actions (content, earlier, &error) ||
      (later = make_follow_up (content, earlier, argv[1], &error)) == NULL ||
      (dataset != NULL && !add_mismatches (content, probe, later, dataset, &error)) ||
      !ladder_assessment_save_file (later, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
