/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GUI tests for what follows the answers: the evidence log under a
 * question, the action plan on the Plan and paper step (dialogs that
 * refuse an impossible date, filters, overdue, export, undo) and starting
 * a follow-up review. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-action-dialog.h"
#include "ladder-action-plan-view.h"
#include "ladder-evidence-dialog.h"
#include "ladder-evidence-list.h"
#include "ladder-question-page.h"
#include "ladder-review-view.h"
#include "window-fixtures.h"
#include "widget-fixtures.h"

static void
test_evidence (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  LadderQuestionPage *page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window,
                                                                                    LADDER_SECTION_SELF_ASSESSMENT));
  LadderEvidenceList *list = ladder_question_page_get_evidence_list (page, 0);
  const LadderQuestion *question = ladder_rating_row_get_question (ladder_question_page_get_row (page, 0));
  LadderEvidenceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "self-assessment"));
  g_assert_cmpuint (ladder_evidence_list_get_n_entries (list), ==, 0);

  /* An impossible date keeps Save greyed out and says why. */
  dialog = LADDER_EVIDENCE_DIALOG (ladder_evidence_list_add (list));
  ladder_evidence_dialog_fill (dialog, LADDER_EVIDENCE_FRONTLINE_VISIT, "2026-02-30",
                               "Staff could not say what the plan asked of them (fictional).",
                               LADDER_BEARING_CONTRADICTS);
  g_assert_nonnull (strstr (ladder_evidence_dialog_get_problem (dialog), "real one"));
  g_assert_false (ladder_evidence_dialog_save (dialog));
  ladder_evidence_dialog_fill (dialog, LADDER_EVIDENCE_FRONTLINE_VISIT, "2026-02-27", "   ",
                               LADDER_BEARING_CONTRADICTS);
  g_assert_false (ladder_evidence_dialog_save (dialog));
  ladder_evidence_dialog_fill (dialog, LADDER_EVIDENCE_FRONTLINE_VISIT, "2026-02-27",
                               "Staff could not say what the plan asked of them (fictional).",
                               LADDER_BEARING_CONTRADICTS);
  g_assert_null (ladder_evidence_dialog_get_problem (dialog));
  g_assert_true (ladder_evidence_dialog_save (dialog));
  g_assert_cmpuint (ladder_assessment_get_n_evidence (assessment), ==, 1);
  g_assert_cmpstr (ladder_assessment_get_evidence (assessment, 0)->question, ==, question->id);
  g_assert_cmpuint (ladder_evidence_list_get_n_entries (list), ==, 1);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "evidence-log.png"), >, 20);

  /* Removed, with Undo in the toast; Undo brings it back. */
  ladder_evidence_list_remove (list, ladder_assessment_get_evidence (assessment, 0)->id);
  g_assert_cmpuint (ladder_evidence_list_get_n_entries (list), ==, 0);
  g_assert_cmpstr (ladder_window_get_last_toast (window), ==, "Evidence removed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (ladder_evidence_list_get_n_entries (list), ==, 1);

  ladder_document_discard_changes (document);
  close_window (window);
}

static void
add_action (LadderActionPlanView *view,
            const char           *description,
            const char           *owner,
            const char           *due,
            LadderActionStatus    status,
            guint                 link)
{
  LadderActionDialog *dialog = LADDER_ACTION_DIALOG (ladder_action_plan_view_add (view));

  ladder_action_dialog_fill (dialog, description, owner, due, status, link);
  g_assert_true (ladder_action_dialog_save (dialog));
}

static void
test_action_plan (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  g_autofree char *dir = g_dir_make_tmp ("ladder-plan-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *row = NULL;
  LadderActionPlanView *view;
  LadderActionDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "plan"));
  view = LADDER_ACTION_PLAN_VIEW (find_descendant (GTK_WIDGET (window), LADDER_TYPE_ACTION_PLAN_VIEW));
  g_assert_nonnull (view);
  ladder_action_plan_view_set_today (view, "2026-12-06");

  /* The due date is checked as it is typed. */
  dialog = LADDER_ACTION_DIALOG (ladder_action_plan_view_add (view));
  ladder_action_dialog_fill (dialog, "Audit every plan without a review date", "Head of service", "2027-02-29",
                             LADDER_ACTION_NOT_STARTED, 1);
  g_assert_nonnull (strstr (ladder_action_dialog_get_problem (dialog), "real one"));
  g_assert_false (ladder_action_dialog_save (dialog));
  ladder_action_dialog_fill (dialog, "Audit every plan without a review date", "Head of service", "2027-02-28",
                             LADDER_ACTION_NOT_STARTED, 1);
  g_assert_true (ladder_action_dialog_save (dialog));
  add_action (view, "Agree a workforce plan with finance", "Chief executive", "2026-11-30", LADDER_ACTION_AT_RISK, 0);
  add_action (view, "Councillors visit the front door monthly", "Lead member", "2026-10-31", LADDER_ACTION_DONE, 0);
  g_assert_cmpuint (ladder_assessment_get_n_actions (assessment), ==, 3);
  g_assert_cmpint (ladder_assessment_get_action (assessment, 0)->link_kind, ==, LADDER_LINK_QUESTION);

  /* Sorted by due date; the at-risk one is overdue, in words. */
  g_assert_cmpuint (ladder_action_plan_view_get_n_shown (view), ==, 3);
  row = ladder_action_plan_view_dup_row_text (view, 1);
  g_assert_nonnull (strstr (row, "Agree a workforce plan"));
  g_assert_nonnull (strstr (row, "At risk"));
  g_assert_nonnull (strstr (row, "OVERDUE"));
  ladder_action_plan_view_set_filter (view, NULL, LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE);
  g_assert_cmpuint (ladder_action_plan_view_get_n_shown (view), ==, 1);
  ladder_action_plan_view_set_filter (view, "Lead member", LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_OWNER);
  g_assert_cmpuint (ladder_action_plan_view_get_n_shown (view), ==, 1);
  ladder_action_plan_view_set_filter (view, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "action-plan.png"), >, 20);

  /* Exported for a spreadsheet, with a byte-order mark. */
  g_assert_true (ladder_action_plan_view_export (view, csv));
  g_assert_true (g_file_get_contents (csv, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (bytes, "Agree a workforce plan with finance"));
  g_assert_true (g_str_has_prefix (ladder_window_get_last_toast (window), "Action plan saved as plan.csv"));

  /* Undo takes the last action out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (ladder_assessment_get_n_actions (assessment), ==, 2);

  g_unlink (csv);
  g_rmdir (dir);
  ladder_document_discard_changes (document);
  close_window (window);
}

static gboolean
document_follows_up (gpointer document)
{
  return ladder_assessment_has_earlier (ladder_document_get_assessment (document));
}

static void
test_follow_up (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  g_autofree char *council = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  council = g_strdup (ladder_assessment_get_council_name (ladder_document_get_assessment (document)));
  /* The demo is unsaved: the follow-up asks first; Discard goes on. */
  ladder_assessment_set_modified (ladder_document_get_assessment (document), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-follow-up", NULL));
  wait_until (message_dialog_shown, NULL);
  adw_message_dialog_response (find_message_dialog (), "discard");
  gtk_window_close (GTK_WINDOW (find_message_dialog ()));
  wait_until (document_follows_up, document);
  g_assert_cmpstr (ladder_assessment_get_council_name (ladder_document_get_assessment (document)), ==, council);
  g_assert_true (g_str_has_prefix (ladder_window_get_last_toast (window), "Follow-up review started"));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "start");
  g_assert_true (ladder_document_get_modified (document));

  /* The Review step sets it beside the review it follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "review"));
  {
    LadderReviewView *view = LADDER_REVIEW_VIEW (ladder_window_get_review_view (window));
    const char *since = ladder_review_view_get_since_last_text (view);

    g_assert_nonnull (since);
    g_test_message ("%s", since);
    g_assert_nonnull (strstr (since, "Then: the review of 2026-11-24"));
    g_assert_nonnull (strstr (since, "Questions that declined"));
    wait_for_paint (GTK_WIDGET (window));
    g_assert_cmpuint (save_screenshot (window, "review-follow-up.png"), >, 20);
  }
  ladder_document_discard_changes (document);
  close_window (window);
}

/* Every answer "fully in place" on the demo council's figures: where a
 * linked indicator is in band D, the answer and the figures disagree, and
 * it is said under the question and on the Review step. */
static void
test_checks (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  LadderContent *content = ladder_document_get_content (document);
  LadderReviewView *view;
  g_autofree char *checks = NULL;
  guint with_checks = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    ladder_document_set_answer (document, ladder_content_get_question (content, q)->id,
                                LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "review"));
  view = LADDER_REVIEW_VIEW (ladder_window_get_review_view (window));
  checks = ladder_review_view_dup_checks_text (view);
  g_test_message ("%s", checks);
  g_assert_nonnull (strstr (checks, "\nMismatch: "));
  g_assert_null (strstr (checks, "Nothing to check yet"));
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      LadderQuestionPage *page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, s));

      for (guint r = 0; r < ladder_question_page_get_n_rows (page); r++)
        with_checks += ladder_evidence_list_get_n_checks (ladder_question_page_get_evidence_list (page, r)) > 0;
    }
  g_assert_cmpuint (with_checks, >, 0);
  ladder_document_discard_changes (document);
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("ladder-plan-window-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/plan-window/evidence", test_evidence);
  g_test_add_func ("/plan-window/action-plan", test_action_plan);
  g_test_add_func ("/plan-window/follow-up", test_follow_up);
  g_test_add_func ("/plan-window/checks", test_checks);

  status = g_test_run ();
  {
    g_autofree char *quoted = g_shell_quote (data_home);
    g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

    if (system (command) != 0)
      g_printerr ("could not remove %s\n", data_home);
  }
  return status;
}
