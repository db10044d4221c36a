/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GUI tests for the assessment in the window: the walkthrough by keyboard
 * actions, save and reopen, undo, the unsaved-changes prompt, recovery
 * of autosaved work, a newer file refused, the demo and the library. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-capacity-ladder.h"
#include "ladder-choice-list.h"
#include "ladder-evidence-view.h"
#include "ladder-question-page.h"
#include "ladder-rating-row.h"
#include "ladder-start-page.h"
#include "ladder-window-private.h"
#include "test-fixtures.h"
#include "widget-fixtures.h"
#include "window-fixtures.h"

/* Implementation blocked: leaders see and plan well, but cannot deliver. */
static const int walkthrough_ratings[LADDER_N_SECTIONS] = { 4, 4, 2, 4 };

static char *
temp_path (const char *name)
{
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* Rates every question of @section by keyboard: the focus goes to the row
 * and the row's rating action runs, as the keys 1 to 4 do. */
static void
rate_section (LadderWindow  *window,
              LadderSection  section,
              int            rating)
{
  LadderQuestionPage *page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, section));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s",
                                             ladder_section_get_id (section)));
  for (guint i = 0; i < ladder_question_page_get_n_rows (page); i++)
    {
      LadderRatingRow *row = ladder_question_page_get_row (page, i);

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "rating.set", "i", rating));
      g_assert_cmpint (ladder_rating_row_get_rating (row), ==, rating);
    }
}

static gboolean
has_label (GtkWidget  *widget,
           const char *prefix)
{
  return find_widget (widget, is_label_starting, prefix) != NULL;
}

static const char *
headline (LadderWindow *window)
{
  return ladder_recommendation_view_get_headline (ladder_window_get_recommendation_view (window));
}

static void
test_keyboard_walkthrough (void)
{
  LadderWindow *window = open_window (1000, 700);
  g_autofree char *path = temp_path ("ladder-walkthrough.ladder");
  g_autofree char *rule = NULL;
  g_autoptr(GError) error = NULL;
  LadderAssessment *assessment;
  LadderQuestionPage *page;
  GtkWidget *start;

  /* Start: who is answering, by typing into the form. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "start"));
  start = ladder_window_get_start_page (window);
  g_assert_nonnull (start);
  g_assert_nonnull (ladder_document_get_respondent (ladder_window_get_document (window)));
  assessment = ladder_window_get_assessment (window);
  g_assert_false (ladder_assessment_get_modified (assessment));
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);

  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    rate_section (window, s, walkthrough_ratings[s]);
  g_assert_true (ladder_assessment_get_modified (assessment));

  /* Next come everyone's answers, then the recommendation, which is
   * already up to date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "recommendation");
  g_assert_cmpstr (headline (window), ==, "Recommended: External scrutiny and formal intervention");
  rule = g_strdup (ladder_recommendation_view_get_recommendation (ladder_window_get_recommendation_view (window))->rule->id);
  g_assert_cmpstr (rule, ==, "implementation-blocked");
  /* The advice in two sentences comes first. */
  g_assert_true (has_label (GTK_WIDGET (ladder_window_get_recommendation_view (window)),
                                     "External scrutiny and formal intervention fits best: "));

  /* Live: changing answers on another page changes the advice here. */
  rate_section (window, LADDER_SECTION_IMPLEMENTATION, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "recommendation"));
  g_assert_cmpstr (headline (window), ==, "Recommended: Sector-led improvement");
  /* Undo puts the last answer back, one at a time. */
  page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, LADDER_SECTION_IMPLEMENTATION));
  for (guint i = 0; i < ladder_question_page_get_n_rows (page); i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (ladder_rating_row_get_rating (ladder_question_page_get_row (page, 0)), ==, 2);
  g_assert_cmpstr (headline (window), ==, "Recommended: External scrutiny and formal intervention");

  g_assert_true (ladder_window_save_file (window, path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_assessment_get_modified (assessment));
  g_assert_cmpstr (ladder_window_get_file (window), ==, path);
  /* The file says which data it was made with: the four demo files. */
  {
    GPtrArray *files = ladder_assessment_get_data_files (assessment);
    gboolean table = FALSE;

    g_assert_cmpuint (files->len, ==, 4);
    for (guint i = 0; i < files->len; i++)
      {
        LadderDataFileRef *ref = files->pdata[i];

        g_assert_cmpuint (strlen (ref->sha256), ==, 64);
        g_assert_nonnull (ref->as_at);
        table |= g_strcmp0 (ref->name, "fictional-lait-table.csv") == 0;
      }
    g_assert_true (table);
  }
  close_window (window);

  /* Reopened in a new window: the same answers, the same advice. */
  window = open_window (1000, 700);
  ladder_window_open_file (window, path, &error);
  g_assert_no_error (error);
  page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, LADDER_SECTION_IMPLEMENTATION));
  g_assert_cmpint (ladder_rating_row_get_rating (ladder_question_page_get_row (page, 0)), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "recommendation"));
  g_assert_cmpstr (headline (window), ==, "Recommended: External scrutiny and formal intervention");
  g_assert_cmpstr (ladder_recommendation_view_get_recommendation (ladder_window_get_recommendation_view (window))->rule->id,
                   ==, rule);
  g_assert_false (ladder_assessment_get_modified (ladder_window_get_assessment (window)));
  close_window (window);
  g_unlink (path);
}

static void
respond (const char *heading,
         const char *response)
{
  AdwMessageDialog *dialog;

  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  /* As a click on a button does: answer, then close. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

static gboolean
autosave_written (gpointer data)
{
  LadderWindow *window = data;

  const char *path = ladder_document_get_autosave_path (ladder_window_get_document (window));

  return path != NULL && g_file_test (path, G_FILE_TEST_EXISTS);
}

static guint
count_autosaves (void)
{
  g_autoptr(GPtrArray) found = ladder_autosave_find ();

  return found->len;
}

/* Closing with unsaved changes asks; Cancel keeps the window and the work;
 * Discard closes and leaves no recovery copy behind. */
static gboolean
focus_within (LadderWindow *window,
              GtkWidget    *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* A number key moves on to the next question while the setting is on (its
 * default), and leaves the focus where it was when it is off; the setting
 * is remembered. Moving step with the focus on the list of steps takes the
 * focus ring along. */
static void
test_keyboard_focus (void)
{
  LadderWindow *window = open_window (1000, 700);
  GSettings *settings = ladder_application_get_settings (app);
  LadderQuestionPage *page;
  LadderRatingRow *first, *second;
  GtkWidget *rows;

  g_assert_true (g_settings_get_boolean (settings, "advance-after-rating"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "strategy"));
  page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, LADDER_SECTION_STRATEGY));
  first = ladder_question_page_get_row (page, 0);
  second = ladder_question_page_get_row (page, 1);
  wait_for_paint (GTK_WIDGET (window));

  g_assert_true (ladder_rating_row_focus_choices (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "rating.set", "i", 2));
  g_assert_true (focus_within (window, GTK_WIDGET (second)));
  /* After the last question, the button to the next step. */
  {
    LadderRatingRow *last = ladder_question_page_get_row (page, ladder_question_page_get_n_rows (page) - 1);
    GtkWidget *focus;

    g_assert_true (ladder_rating_row_focus_choices (last));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (last), "rating.set", "i", 4));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.next-step");
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "advance-after-rating", NULL);
  g_assert_false (g_settings_get_boolean (settings, "advance-after-rating"));
  g_assert_true (ladder_rating_row_focus_choices (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "rating.set", "i", 3));
  g_assert_cmpint (ladder_rating_row_get_rating (first), ==, 3);
  g_assert_true (focus_within (window, GTK_WIDGET (first)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "advance-after-rating", NULL);
  g_assert_true (g_settings_get_boolean (settings, "advance-after-rating"));

  /* The note takes several lines, and Tab leaves it rather than typing. */
  {
    GtkTextView *note = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (first), GTK_TYPE_TEXT_VIEW));

    g_assert_nonnull (note);
    g_assert_false (gtk_text_view_get_accepts_tab (note));
    g_assert_cmpint (gtk_text_view_get_wrap_mode (note), !=, GTK_WRAP_NONE);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Audits in May.\nStaff survey in June.", -1);
    g_assert_cmpstr (ladder_rating_row_get_note (first), ==, "Audits in May.\nStaff survey in June.");
    g_assert_cmpstr (ladder_assessment_get_answer (ladder_window_get_assessment (window),
                                                   ladder_document_get_respondent (ladder_window_get_document (window)),
                                                   ladder_rating_row_get_question (first)->id)->note,
                     ==, "Audits in May.\nStaff survey in June.");
  }

  /* Moving step from inside a page: the focus goes to the new page's
   * first control (GTK's own order landed on the page's last button). */
  g_assert_true (ladder_rating_row_focus_choices (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_true (focus_within (window, ladder_window_get_question_page (window, LADDER_SECTION_IMPLEMENTATION)));
  /* One person takes part, so Who is answering is greyed out: the first
   * control is the first question's. */
  g_assert_true (focus_within (window, GTK_WIDGET (ladder_question_page_get_row (
    LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, LADDER_SECTION_IMPLEMENTATION)), 0))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-step", NULL));

  /* Ctrl+Page Down is win.next-step; the ring follows it down the list. */
  rows = template_child (window, "step_list");
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (rows))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "implementation");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (rows))));
  ladder_document_discard_changes (ladder_window_get_document (window));
  close_window (window);
}

static void
test_unsaved_prompt (void)
{
  LadderWindow *window = open_window (1000, 700);
  LadderAssessment *assessment = ladder_window_get_assessment (window);
  guint before = count_autosaves ();

  rate_section (window, LADDER_SECTION_STRATEGY, 3);
  g_assert_true (ladder_assessment_get_modified (assessment));
  gtk_window_close (GTK_WINDOW (window));
  respond ("Save Changes Before Closing?", "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (ladder_assessment_get_modified (assessment));
  /* The recovery copy arrives a moment after the change. */
  wait_until (autosave_written, window);
  g_assert_cmpuint (count_autosaves (), ==, before + 1);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  respond ("Save Changes Before Closing?", "discard");
  wait_until (pointer_cleared, &window);
  g_assert_cmpuint (count_autosaves (), ==, before);
}

/* Work autosaved by a session that died is offered back and recovered. */
static void
test_recovery (void)
{
  g_autoptr(LadderAssessment) lost = ladder_assessment_new ();
  g_autofree char *autosave = ladder_autosave_new_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leftovers = ladder_autosave_find ();
  LadderWindow *window;
  LadderAssessment *recovered;
  const char *r;

  /* Only this test's copy is to be offered. */
  for (guint i = 0; i < leftovers->len; i++)
    g_unlink (leftovers->pdata[i]);
  ladder_assessment_set_council (lost, "Brackenford (fictional)", "602");
  r = ladder_assessment_add_respondent (lost, "Alex", NULL, 0);
  ladder_assessment_set_answer (lost, r, "sa-data-and-audits", LADDER_RATING_EMERGING, "typed before the crash", FALSE);
  ladder_autosave_write (lost, autosave, NULL, &error);
  g_assert_no_error (error);

  window = open_window (1000, 700);
  ladder_window_offer_recovery (window);
  respond ("Recover Unsaved Work?", "recover");
  recovered = ladder_window_get_assessment (window);
  g_assert_cmpstr (ladder_assessment_get_council_name (recovered), ==, "Brackenford (fictional)");
  g_assert_cmpstr (ladder_assessment_get_answer (recovered, r, "sa-data-and-audits")->note, ==, "typed before the crash");
  g_assert_true (ladder_assessment_get_modified (recovered));
  g_assert_null (ladder_window_get_file (window));
  /* The old copy is gone; the window keeps its own in its place. */
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));
  g_assert_true (autosave_written (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  respond ("Save Changes Before Closing?", "discard");
  wait_until (pointer_cleared, &window);
}

/* A file from a newer Ladder is refused with a clear message; the
 * document in the window and the file are both untouched. */
static void
test_newer_file_refused (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 5, \"answers\": []}\n";
  g_autofree char *path = temp_path ("ladder-newer.ladder");
  g_autofree char *after = NULL;
  LadderWindow *window = open_window (1000, 700);
  LadderAssessment *before = ladder_window_get_assessment (window);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  ladder_window_open_path (window, path);
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open ladder-newer.ladder");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer version of Ladder"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (ladder_window_get_assessment (window) == before);
  g_assert_null (ladder_window_get_file (window));
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, text);
  close_window (window);
  g_unlink (path);
}

/* Save on a file someone made read-only is refused with a message saying
 * what to do; the file keeps its contents and the window keeps the change. */
static void
test_read_only_file_kept (void)
{
  g_autofree char *path = temp_path ("ladder-read-only.ladder");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LadderWindow *window = open_window (1000, 700);
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (ladder_window_save_file (window, path, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  rate_section (window, LADDER_SECTION_SELF_ASSESSMENT, 1);
  g_assert_true (ladder_assessment_get_modified (ladder_window_get_assessment (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is read-only, so it was not replaced"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Save As"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (ladder_assessment_get_modified (ladder_window_get_assessment (window)));

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (ladder_window_save_file (window, path, NULL));
  close_window (window);
  g_unlink (path);
}

/* A file that names nobody can still be answered: someone is added to
 * answer as, without marking the file changed. The file is from version 1:
 * the window says it will be updated, and it is, only when saved. */
static void
test_file_without_people (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 1, \"context\": "
                     "{\"formal-intervention\": true}, \"respondents\": [], \"answers\": []}\n";
  g_autofree char *path = temp_path ("ladder-nobody.ladder");
  g_autofree char *untouched = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  LadderWindow *window = open_window (1000, 700);
  LadderAssessment *assessment;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  ladder_window_open_path (window, path);
  while (ladder_window_get_file (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (ladder_window_get_last_toast (window), "made by an earlier Ladder"));
  g_file_get_contents (path, &untouched, NULL, NULL);
  g_assert_cmpstr (untouched, ==, text);
  assessment = ladder_window_get_assessment (window);
  g_assert_cmpint (ladder_assessment_get_intervention (assessment), ==, LADDER_INTERVENTION_UNSPECIFIED);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_false (ladder_assessment_get_modified (assessment));
  rate_section (window, LADDER_SECTION_SELF_ASSESSMENT, 3);
  g_assert_cmpint (ladder_assessment_get_answer (assessment, ladder_assessment_get_respondent (assessment, 0)->id,
                                                 "sa-data-and-audits")->rating, ==, LADDER_RATING_LARGELY_IN_PLACE);
  g_assert_true (ladder_window_save_file (window, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &saved, NULL, NULL);
  g_assert_nonnull (strstr (saved, "\"version\" : 2"));
  g_assert_nonnull (strstr (saved, "\"intervention\" : \"unspecified\""));
  close_window (window);
  g_unlink (path);
}

/* The Start step records the inspection as Ofsted gave it, the
 * intervention and the new-model questions, and says how they shape the
 * advice. */
static void
test_start_context (void)
{
  LadderWindow *window = open_window (1000, 760);
  LadderStartPage *start;
  LadderAssessment *assessment;
  AdwComboRow *kind, *leaders, *partner;
  AdwEntryRow *leaders_date, *overall_date;
  GtkLabel *effect;
  const char *date;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "start"));
  start = LADDER_START_PAGE (ladder_window_get_start_page (window));
  assessment = ladder_window_get_assessment (window);
  kind = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "inspection_kind_row"));
  leaders = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "leaders_grade_row"));
  leaders_date = ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "leaders_date_row"));
  overall_date = ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "overall_date_row"));
  partner = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "partner_row"));
  effect = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (start), LADDER_TYPE_START_PAGE, "context_effect_label"));

  /* The demo's overall grade shows, with the four judgements hidden. */
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (leaders)));
  g_assert_nonnull (strstr (gtk_label_get_text (effect), "1 at the political level, 1 at the corporate level, 2 at the service level, 1 at the partnership level"));

  /* An overall grade dated after March 2026 is refused, in words, and not
   * stored. */
  gtk_editable_set_text (GTK_EDITABLE (overall_date), "2026-05-01");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (overall_date)), "no overall grades"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (overall_date), "error"));
  ladder_assessment_get_judgement (assessment, LADDER_JUDGEMENT_OVERALL, &date);
  g_assert_cmpstr (date, !=, "2026-05-01");
  gtk_editable_set_text (GTK_EDITABLE (overall_date), "2025-06-12");
  ladder_assessment_get_judgement (assessment, LADDER_JUDGEMENT_OVERALL, &date);
  g_assert_cmpstr (date, ==, "2025-06-12");

  /* Four judgements: an inadequate one brings the Department in. */
  adw_combo_row_set_selected (kind, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (leaders)));
  adw_combo_row_set_selected (leaders, LADDER_GRADE_INADEQUATE);
  gtk_editable_set_text (GTK_EDITABLE (leaders_date), "2026-09-30");
  g_assert_cmpint (ladder_assessment_get_judgement (assessment, LADDER_JUDGEMENT_LEADERS, &date), ==,
                   LADDER_GRADE_INADEQUATE);
  g_assert_cmpstr (date, ==, "2026-09-30");
  g_assert_cmpint (ladder_assessment_get_latest_grade (assessment, NULL, NULL), ==, LADDER_GRADE_INADEQUATE);
  g_assert_nonnull (strstr (gtk_label_get_text (effect), "the Department for Education decides on intervention"));
  g_assert_nonnull (strstr (headline (window), "External scrutiny"));

  adw_combo_row_set_selected (partner, LADDER_FLAG_STATE_YES);
  g_assert_cmpint (ladder_assessment_get_strong_partner (assessment), ==, LADDER_FLAG_STATE_YES);
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (start), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    wait_for_paint (GTK_WIDGET (window));
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (kind), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 80);
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
    wait_for_paint (GTK_WIDGET (window));
    save_screenshot (window, "screenshot-start-inspection.png");
  }
  ladder_assessment_set_modified (assessment, FALSE);
  close_window (window);
}

/* The demo opens from the empty state, as an unsaved copy, on its advice;
 * the advice links into the library. */
static void
test_demo_and_library (void)
{
  LadderWindow *window = open_window (1000, 760);
  LadderRecommendationView *view = ladder_window_get_recommendation_view (window);
  LadderLibraryView *library = ladder_window_get_library_view (window);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW, "stack"));
  guint colours;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_cmpstr (ladder_assessment_get_council_name (ladder_window_get_assessment (window)), ==,
                   "Ashmoor (fictional)");
  g_assert_null (ladder_window_get_file (window));
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "recommendation");
  g_assert_true (g_str_has_prefix (headline (window), "Recommended: "));
  g_assert_cmpuint (ladder_recommendation_view_get_recommendation (view)->reasons->len, >, 0);
  colours = save_screenshot (window, "screenshot-recommendation.png");
  g_assert_cmpuint (colours, >, 20);
  {
    /* The capacities at each leadership level, scrolled into view. */
    GtkWidget *ladder = find_descendant (GTK_WIDGET (view), LADDER_TYPE_CAPACITY_LADDER);
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    g_assert_nonnull (ladder);
    g_assert_true (gtk_widget_compute_point (ladder, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 60);
    wait_for_paint (GTK_WIDGET (window));
    save_screenshot (window, "screenshot-recommendation-levels.png");
    gtk_adjustment_set_value (adjustment, 0);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", "s", "finding:scrutiny-fits"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "library");
  g_assert_cmpstr (ladder_library_view_get_topic (library), ==, "findings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", "s", "form:adm-new-organisation"));
  g_assert_cmpstr (ladder_library_view_get_topic (library), ==, "form:adm-new-organisation");
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (window, "screenshot-library.png");
  /* A step takes the page back from the library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "self-assessment"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "self-assessment");
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (window, "screenshot-questions.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "start"));
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (window, "screenshot-start.png");

  /* Evidence follows the assessment's council: the chart of an indicator,
   * its summary, and the file its figures came from. */
  {
    LadderEvidenceView *evidence = LADDER_EVIDENCE_VIEW (ladder_window_get_evidence_view (window));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "evidence"));
    g_assert_true (ladder_evidence_view_show_measure (evidence, "Work_Force_TO_Rate"));
    g_assert_true (g_str_has_prefix (ladder_evidence_view_get_summary (evidence),
                                     "Social worker turnover rate: Ashmoor (fictional) "));
    g_assert_false (ladder_evidence_view_show_measure (evidence, "NO_SUCH_CODE"));
    /* All three charts of the indicator, each saying its period and file. */
    for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_DISTRIBUTION; kind++)
      {
        LadderChartPanel *panel = ladder_evidence_view_get_panel (evidence, kind);
        LadderChart *chart = ladder_chart_view_get_chart (ladder_chart_panel_get_view (panel));

        g_assert_nonnull (chart);
        g_assert_true (g_str_has_prefix (ladder_chart_get_title (chart), kind == LADDER_CHART_TREND ? "Over time: "
                                         : kind == LADDER_CHART_NEIGHBOURS ? "Beside its neighbours: "
                                         : "Among all councils: "));
        g_assert_nonnull (strstr (ladder_chart_get_summary (chart), "Ashmoor (fictional)"));
        g_assert_true (g_regex_match_simple ("^Periods? 20.*\\. Source: Ladder’s fictional demonstration data "
                                             "\\(file fictional-lait-table\\.csv\\)\\.$",
                                             ladder_chart_get_caption (chart), 0, 0));
      }
    wait_for_paint (GTK_WIDGET (window));
    save_screenshot (window, "screenshot-evidence-chart.png");

    /* The scorecard lists the walkthrough's indicators that the data has,
     * in the order the questions link them, and is made when opened. */
    {
      LadderChartPanel *panel = ladder_evidence_view_get_panel (evidence, LADDER_CHART_SCORECARD);
      LadderContent *content = ladder_content_get_default (NULL);
      LadderDataset *dataset = ladder_window_get_dataset (window);
      g_autoptr(GPtrArray) expected = g_ptr_array_new ();
      const LadderScorecardData *scorecard;

      g_assert_null (ladder_chart_view_get_chart (ladder_chart_panel_get_view (panel)));
      ladder_evidence_view_show_scorecard (evidence);
      g_assert_nonnull (ladder_chart_view_get_chart (ladder_chart_panel_get_view (panel)));
      scorecard = ladder_chart_get_scorecard (ladder_chart_view_get_chart (ladder_chart_panel_get_view (panel)));
      for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
        {
          const LadderQuestion *question = ladder_content_get_question (content, q);

          for (guint i = 0; i < question->indicators->len; i++)
            {
              const LadderIndicatorLink *link = question->indicators->pdata[i];
              guint measure;

              if (link->lait != NULL && ladder_dataset_find_measure (dataset, link->lait, &measure) &&
                  !g_ptr_array_find_with_equal_func (expected, link->lait, g_str_equal, NULL))
                g_ptr_array_add (expected, link->lait);
            }
        }
      g_assert_cmpuint (expected->len, >, 5);
      g_assert_cmpuint (scorecard->n_rows, ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        g_assert_cmpstr (scorecard->rows[i].code, ==, expected->pdata[i]);
      wait_for_paint (GTK_WIDGET (window));
      save_screenshot (window, "screenshot-evidence-scorecard.png");
      ladder_content_unref (content);
    }

    /* A council the data lacks: said, with the closest name, and no other
     * council's figures in its place, on the Evidence step and on the
     * questions; found again however its name is written. */
    {
      LadderAssessment *assessment = ladder_window_get_assessment (window);
      g_autofree char *name = g_strdup (ladder_assessment_get_council_name (assessment));
      g_autofree char *code = g_strdup (ladder_assessment_get_council_code (assessment));
      gboolean modified = ladder_assessment_get_modified (assessment);
      const char *summary;

      ladder_evidence_view_show_measure (evidence, "Work_Force_TO_Rate");
      ladder_assessment_set_council (assessment, "Ashmore Borough Council", NULL);
      summary = ladder_evidence_view_get_summary (evidence);
      g_assert_true (g_str_has_prefix (summary, "Ashmore Borough Council is not in the data loaded"));
      g_assert_nonnull (strstr (summary, "Did you mean Ashmoor (fictional)?"));
      for (LadderChartKind kind = LADDER_CHART_TREND; kind <= LADDER_CHART_DISTRIBUTION; kind++)
        g_assert_null (ladder_chart_view_get_chart (
          ladder_chart_panel_get_view (ladder_evidence_view_get_panel (evidence, kind))));
      wait_for_paint (GTK_WIDGET (window));
      save_screenshot (window, "screenshot-evidence-unmatched.png");

      ladder_assessment_set_council (assessment, "ashmoor (fictional) council", NULL);
      g_assert_true (g_str_has_prefix (ladder_evidence_view_get_summary (evidence),
                                       "Social worker turnover rate: Ashmoor (fictional) "));
      ladder_assessment_set_council (assessment, name, code);
      ladder_assessment_set_modified (assessment, modified);
    }
  }
  close_window (window);
}

static gboolean
is_measure_button (GtkWidget     *widget,
                   gconstpointer  unused)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.show-measure") == 0;
}

/* Each question shows the council's latest figure, band and rank for the
 * indicators it links, in words, and its Charts button opens them. */
static void
test_question_figures (void)
{
  LadderWindow *window = open_window (1000, 760);
  LadderDataset *dataset;
  LadderQuestionPage *page;
  GtkWidget *button = NULL;
  LadderRatingRow *row = NULL;
  const char *code;
  guint measure, council;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "difficulties"));
  page = LADDER_QUESTION_PAGE (ladder_window_get_question_page (window, LADDER_SECTION_DIFFICULTIES));
  for (guint i = 0; i < ladder_question_page_get_n_rows (page) && button == NULL; i++)
    {
      row = ladder_question_page_get_row (page, i);
      button = find_widget (GTK_WIDGET (row), is_measure_button, NULL);
    }
  g_assert_nonnull (button);
  code = g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), NULL);
  dataset = ladder_window_get_dataset (window);
  g_assert_true (ladder_dataset_find_measure (dataset, code, &measure));
  g_assert_true (ladder_dataset_find_area (dataset, "Ashmoor (fictional)", &council));

  /* The words beside the button: the figure, period, band and rank that
   * the scorecard works out for the same council and measure. */
  {
    g_autoptr(LadderScorecardData) expected = ladder_scorecard_data_new (dataset, &measure, 1, council);
    const LadderScorecardRow *figures = &expected->rows[0];
    GtkWidget *label = gtk_widget_get_prev_sibling (button);
    g_autofree char *start = g_strdup_printf ("%s: %.*f in %s, band %c, rank %u of %u", figures->name,
                                              figures->decimals, figures->value, figures->period_label,
                                              ladder_band_to_char (figures->band), figures->rank.rank,
                                              figures->rank.n);

    g_assert_true (GTK_IS_LABEL (label));
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), start));
  }
  /* Beside the figures, what band, rank, neighbours and units mean. */
  {
    GtkWidget *glossary = find_descendant (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON);
    GtkWidget *popover;

    g_assert_nonnull (glossary);
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (glossary)), ==, "What the Figures Mean");
    /* Made when first opened, not for every question up front. */
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (glossary)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (glossary));
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (glossary)));
    g_assert_true (gtk_widget_get_visible (popover));
    for (guint i = 0; i < 4; i++)
      g_assert_true (has_label (popover, (const char *[]) { "Band", "Rank", "Statistical neighbours",
                                                                     "Units" }[i]));
    g_assert_true (has_label (popover, "Every council with a figure is sorted"));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (glossary));
    g_assert_nonnull (find_descendant (ladder_window_get_evidence_view (window), GTK_TYPE_MENU_BUTTON));
  }
  gtk_widget_grab_focus (button);
  wait_for_paint (GTK_WIDGET (window));
  {
    /* Scroll the row into view for the screenshot. */
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    g_assert_true (gtk_widget_compute_point (button, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 300);
  }
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (window, "screenshot-question-figures.png");

  /* The button opens the Evidence step on that indicator. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "evidence");
  {
    LadderEvidenceView *evidence = LADDER_EVIDENCE_VIEW (ladder_window_get_evidence_view (window));
    LadderChart *chart = ladder_chart_view_get_chart (
      ladder_chart_panel_get_view (ladder_evidence_view_get_panel (evidence, LADDER_CHART_TREND)));

    g_assert_nonnull (chart);
    g_assert_cmpstr (ladder_chart_get_trend (chart)->measure_code, ==, code);
  }

  /* And a button there goes back to the question, the focus on the
   * Charts button it left from, which is in sight. */
  {
    GtkWidget *back = find_widget (GTK_WIDGET (window), is_button_labelled, "Back to the Question");
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    g_assert_nonnull (back);
    g_assert_true (gtk_widget_get_visible (back));
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == back);
    g_signal_emit_by_name (back, "clicked");
    g_assert_cmpstr (ladder_window_get_current_step (window), ==, "difficulties");
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
    g_assert_false (gtk_widget_get_visible (back));
    wait_for_paint (GTK_WIDGET (window));
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

    /* A new assessment starts every step at its top. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
    g_assert_cmpstr (ladder_window_get_current_step (window), ==, "start");
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  }
  close_window (window);
}

static void
paper_exported_cb (LadderWindow *window,
                   const char   *path,
                   gboolean      written,
                   int          *result)
{
  *result = written ? 1 : 2;
}

static gboolean
exported (gpointer data)
{
  return *(int *) data != 0;
}

/* The number after "Pages:" in what pdfinfo says of @path. */
static int
pdf_pages (const char *path)
{
  g_autofree char *info = fixture_tool_output ("pdfinfo", path, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

/* The check button for @id in a choice list. */
static gboolean
is_choice (GtkWidget     *widget,
           gconstpointer  id)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "id"), id) == 0;
}

static void
set_choice (GtkWidget  *list,
            const char *id,
            gboolean    active)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (find_widget (list, is_choice, id));

  g_assert_nonnull (check);
  gtk_check_button_set_active (check, active);
}

/* Ticks @id and unticks every other choice, as a user would. */
static void
choose_only (GtkWidget  *list,
             const char *id)
{
  g_auto(GStrv) before = ladder_choice_list_dup_checked (LADDER_CHOICE_LIST (list));

  set_choice (list, id, TRUE);
  for (guint i = 0; before[i] != NULL; i++)
    if (g_strcmp0 (before[i], id) != 0)
      set_choice (list, before[i], FALSE);
}

/* Export Board Paper writes the PDF on a worker thread with progress and
 * says when it is done; Print draws the same pages. */
static void
test_board_paper (void)
{
  LadderWindow *window = open_window (1000, 760);
  g_autofree char *dir = g_dir_make_tmp ("ladder-paper-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  int result = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "plan"));
  g_assert_nonnull (window->paper_progress);
  /* The paper's particulars from the step's fields; one indicator ticked
   * in the step's list, and the appendix left out. */
  gtk_editable_set_text (window->paper_author, "Dana Whitfield (fictional)");
  gtk_editable_set_text (window->paper_number, "CYP/2026/14");
  adw_combo_row_set_selected (window->paper_marking, 2);
  {
    /* Ticking changes the ticks, and nothing is rebuilt under the user. */
    GtkWidget *check = find_widget (window->paper_indicators, is_choice, "Work_Force_Vac_Rate");

    choose_only (window->paper_indicators, "Work_Force_Vac_Rate");
    g_assert_true (find_widget (window->paper_indicators, is_choice, "Work_Force_Vac_Rate") == check);
  }
  g_assert_cmpstr (ladder_assessment_get_indicators (ladder_window_get_assessment (window))[0], ==,
                   "Work_Force_Vac_Rate");
  g_assert_null (ladder_assessment_get_indicators (ladder_window_get_assessment (window))[1]);
  g_assert_true (gtk_widget_get_sensitive (window->paper_reset));
  set_choice (window->paper_sections, "appendix", FALSE);
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (window->paper_number), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    wait_for_paint (GTK_WIDGET (window));
    gtk_adjustment_set_value (down, gtk_adjustment_get_upper (down));
    wait_for_paint (GTK_WIDGET (window));
    save_screenshot (window, "screenshot-paper.png");
  }
  g_signal_connect (window, "paper-exported", G_CALLBACK (paper_exported_cb), &result);
  g_assert_true (ladder_window_export_paper (window, path));
  /* Working: the progress bar shows, and a second export waits its turn. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->paper_progress)));
  g_assert_false (ladder_window_export_paper (window, path));
  wait_until (exported, &result);
  g_assert_cmpint (result, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->paper_progress)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *text = fixture_tool_output ("pdftotext", path, "-", NULL);

    if (text != NULL)
      {
        g_assert_nonnull (strstr (text, "Ashmoor (fictional)"));
        g_assert_null (strstr (text, "missed three of the last five board meetings"));
        g_assert_nonnull (strstr (text, "Author: Dana Whitfield (fictional)"));
        g_assert_nonnull (strstr (text, "Report number: CYP/2026/14"));
        g_assert_nonnull (strstr (text, "\nOFFICIAL-SENSITIVE\n"));
        g_assert_nonnull (strstr (text, "Scorecard for Ashmoor (fictional): 1 measure."));
        g_assert_null (strstr (text, "Appendix: every answer"));
      }
  }

  /* Print, sent to a file: the same number of pages, the same words. */
  operation = ladder_window_print_operation_new (window);
  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window),
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  if (g_file_test ("/usr/bin/pdfinfo", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *text = fixture_tool_output ("pdftotext", printed, "-", NULL);

      g_assert_cmpint (pdf_pages (printed), ==, pdf_pages (path));
      g_assert_nonnull (strstr (text, "Glossary: the forms of support"));
      g_assert_null (strstr (text, "missed three of the last five board meetings"));
    }
  /* Let Ladder Choose puts its own choice back. */
  g_signal_emit_by_name (window->paper_reset, "clicked");
  g_assert_null (ladder_assessment_get_indicators (ladder_window_get_assessment (window))[0]);
  g_assert_false (gtk_widget_get_sensitive (window->paper_reset));
  {
    g_auto(GStrv) automatic = ladder_choice_list_dup_checked (LADDER_CHOICE_LIST (window->paper_indicators));

    g_assert_cmpuint (g_strv_length (automatic), >, 1);
  }
  g_unlink (path);
  g_unlink (printed);
  g_rmdir (dir);
  ladder_document_discard_changes (ladder_window_get_document (window));
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("ladder-assessment-window-XXXXXX", NULL);
  int status;

  /* Recovery copies of its own, apart from other tests running alongside. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/assessment-window/keyboard-walkthrough", test_keyboard_walkthrough);
  g_test_add_func ("/assessment-window/keyboard-focus", test_keyboard_focus);
  g_test_add_func ("/assessment-window/unsaved-prompt", test_unsaved_prompt);
  g_test_add_func ("/assessment-window/recovery", test_recovery);
  g_test_add_func ("/assessment-window/newer-file-refused", test_newer_file_refused);
  g_test_add_func ("/assessment-window/read-only-file-kept", test_read_only_file_kept);
  g_test_add_func ("/assessment-window/file-without-people", test_file_without_people);
  g_test_add_func ("/assessment-window/demo-and-library", test_demo_and_library);
  g_test_add_func ("/assessment-window/start-context", test_start_context);
  g_test_add_func ("/assessment-window/question-figures", test_question_figures);
  g_test_add_func ("/assessment-window/board-paper", test_board_paper);

  status = g_test_run ();
  /* The recovery copies and their folders go with the test. */
  {
    g_autofree char *quoted = g_shell_quote (data_home);
    g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

    if (system (command) != 0)
      g_printerr ("could not remove %s\n", data_home);
  }
  return status;
}
