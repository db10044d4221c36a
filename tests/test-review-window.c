/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GUI tests for the commissioner's review: people added, chosen and
 * removed with undo; a twelve-person Review step with its filters, sort,
 * keyboard grid and updates; copies prepared and their answers brought
 * back, with a conflict chosen and undone. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-merge-dialog.h"
#include "ladder-people-editor.h"
#include "ladder-question-page.h"
#include "ladder-respondent-chooser.h"
#include "ladder-review.h"
#include "ladder-review-view.h"
#include "ladder-start-page.h"
#include "review-fixture.h"
#include "window-fixtures.h"
#include "widget-fixtures.h"

static const char *
first_question (GtkWidget *page)
{
  return ladder_rating_row_get_question (ladder_question_page_get_row (LADDER_QUESTION_PAGE (page), 0))->id;
}

static void
answer_dialog (const char *heading,
               const char *response)
{
  AdwMessageDialog *dialog;

  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
test_people (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  LadderStartPage *start = LADDER_START_PAGE (ladder_window_get_start_page (window));
  LadderPeopleEditor *editor = ladder_start_page_get_people_editor (start);
  GtkWidget *page = ladder_window_get_question_page (window, LADDER_SECTION_SELF_ASSESSMENT);
  LadderRespondentChooser *chooser = LADDER_RESPONDENT_CHOOSER (find_descendant (page, LADDER_TYPE_RESPONDENT_CHOOSER));
  g_autofree char *first = g_strdup (ladder_document_get_respondent (document));
  g_autofree char *second = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "start"));
  g_assert_cmpuint (ladder_people_editor_get_n_rows (editor), ==, 1);

  /* Adding a person leaves the same person answering. */
  ladder_people_editor_add_person (editor);
  g_assert_cmpuint (ladder_people_editor_get_n_rows (editor), ==, 2);
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, first);
  second = g_strdup (ladder_assessment_get_respondent (assessment, 1)->id);
  wait_for_paint (GTK_WIDGET (window));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "people.png"), >, 20);

  /* One drop-down chooses who answers, here and on every question page. */
  g_assert_cmpuint (gtk_drop_down_get_selected (ladder_respondent_chooser_get_dropdown (chooser)), ==, 0);
  gtk_drop_down_set_selected (ladder_respondent_chooser_get_dropdown (chooser), 1);
  g_assert_cmpstr (ladder_document_get_respondent (document), ==, second);
  ladder_document_set_answer (document, first_question (page), LADDER_RATING_EMERGING, "seen", FALSE);
  g_assert_cmpint (ladder_rating_row_get_rating (ladder_question_page_get_row (LADDER_QUESTION_PAGE (page), 0)), ==,
                   LADDER_RATING_EMERGING);
  ladder_document_set_respondent (document, first);
  g_assert_cmpuint (gtk_drop_down_get_selected (ladder_respondent_chooser_get_dropdown (chooser)), ==, 0);
  g_assert_cmpint (ladder_rating_row_get_rating (ladder_question_page_get_row (LADDER_QUESTION_PAGE (page), 0)), ==,
                   LADDER_RATING_NONE);

  /* Removing someone who has answered asks first; Cancel keeps them. */
  ladder_people_editor_remove_person (editor, second);
  answer_dialog ("Remove Person 2?", "cancel");
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 2);
  ladder_people_editor_remove_person (editor, second);
  answer_dialog ("Remove Person 2?", "remove");
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, 1);
  g_assert_cmpuint (ladder_people_editor_get_n_rows (editor), ==, 1);
  g_assert_cmpstr (ladder_window_get_last_toast (window), ==, "Removed Person 2");

  /* Undo, as the toast's button does, puts them back with their answer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (ladder_people_editor_get_n_rows (editor), ==, 2);
  g_assert_cmpint (ladder_assessment_get_answer (assessment, second, first_question (page))->rating, ==,
                   LADDER_RATING_EMERGING);
  g_assert_cmpstr (ladder_window_get_last_toast (window), ==, "Person 2 is back, with their answers");

  ladder_document_discard_changes (document);
  close_window (window);
}

static gboolean
review_built (gpointer data)
{
  return ladder_review_view_get_built (data);
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  g_assert_not_reached ();
}

static void
press (LadderReviewView *view,
       guint             keyval,
       GdkModifierType   state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (ladder_review_view_get_grid (view)), "key-pressed", keyval, 0, state,
                         &handled);
  g_assert_true (handled);
}

static void
assert_focus (LadderWindow     *window,
              LadderReviewView *view,
              guint             row,
              guint             column)
{
  guint at_row, at_column;

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == ladder_review_view_get_cell (view, row, column));
  g_assert_true (ladder_review_view_get_focus_cell (view, &at_row, &at_column));
  g_assert_cmpuint (at_row, ==, row);
  g_assert_cmpuint (at_column, ==, column);
}

/* No text in the grid names the person listed by role only. */
static void
assert_name_hidden (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_LABEL (widget))
    g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (widget)), REVIEW_FIXTURE_HIDDEN_NAME));
  g_assert_true (tooltip == NULL || strstr (tooltip, REVIEW_FIXTURE_HIDDEN_NAME) == NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    assert_name_hidden (child);
}

/* The questions stay at the left while the cells scroll: each row's
 * question and cells must line up. */
static void
assert_rows_aligned (LadderReviewView *view,
                     guint             n_rows)
{
  for (guint r = 0; r < n_rows; r++)
    {
      graphene_rect_t header, cell;

      g_assert_true (gtk_widget_compute_bounds (ladder_review_view_get_row_header (view, r), GTK_WIDGET (view),
                                                &header));
      g_assert_true (gtk_widget_compute_bounds (ladder_review_view_get_cell (view, r, 0), GTK_WIDGET (view),
                                                &cell));
      g_assert_cmpfloat_with_epsilon (header.origin.y, cell.origin.y, 1.0);
      if (ABS (header.size.height - cell.size.height) > 1.0)
        {
          int min, nat, hmin, hnat;
          GtkWidget *h = ladder_review_view_get_row_header (view, r);
          gtk_widget_measure (h, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          gtk_widget_measure (h, GTK_ORIENTATION_VERTICAL, -1, &hmin, &hnat, NULL, NULL);
          g_printerr ("row %u: %s w %g (min %d nat %d) h %g (min %d nat %d) cell h %g\n", r, gtk_label_get_text (GTK_LABEL (h)), header.size.width, min, nat, header.size.height, hmin, hnat, cell.size.height);
        }
      g_assert_cmpfloat_with_epsilon (header.size.height, cell.size.height, 1.0);
    }
}

static void
test_twelve_people (void)
{
  LadderWindow *window = open_window (1280, 800);
  LadderDocument *document = ladder_window_get_document (window);
  g_autoptr(LadderAssessment) fixture = review_fixture_new (ladder_document_get_content (document));
  g_autoptr(LadderReview) review = NULL;
  LadderReviewView *view;
  GtkWidget *cell, *before;
  guint n_questions, last_column;
  g_autofree char *tooltip = NULL;

  ladder_document_set_assessment (document, fixture, NULL);
  review = ladder_review_new (ladder_document_get_content (document), fixture, ladder_document_get_advice (document));
  n_questions = ladder_review_get_n_rows (review);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "review"));
  view = LADDER_REVIEW_VIEW (ladder_window_get_review_view (window));
  wait_until (review_built, view);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (ladder_review_view_get_n_columns (view), ==, REVIEW_FIXTURE_N_PEOPLE);
  g_assert_cmpuint (ladder_review_view_get_n_visible_rows (view), ==, n_questions);
  g_assert_nonnull (strstr (ladder_review_view_get_summary_text (view), "12 people"));
  g_assert_cmpuint (save_screenshot (window, "review-twelve.png"), >, 20);
  assert_rows_aligned (view, n_questions);

  /* Each cell says who, at which level, the question and the rating. */
  cell = ladder_review_view_get_cell (view, 0, 0);
  tooltip = g_strdup (gtk_widget_get_tooltip_text (cell));
  g_assert_nonnull (strstr (tooltip, "Cllr Ada Fenn (fictional)"));
  g_assert_nonnull (strstr (tooltip, ladder_content_get_question (ladder_document_get_content (document), 0)->statement));
  assert_name_hidden (GTK_WIDGET (view));

  /* Opening a cell shows its note (the first person's first answer has
   * one), and the focus comes back to the cell when it closes. */
  {
    GtkWidget *popover = gtk_widget_get_last_child (GTK_WIDGET (view));
    GtkWidget *text;

    g_assert_true (GTK_IS_POPOVER (popover));
    g_assert_true (gtk_widget_grab_focus (cell));
    g_signal_emit_by_name (cell, "clicked");
    /* It opens once the cell has been scrolled into sight. */
    wait_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, popover);
    text = find_descendant (popover, GTK_TYPE_LABEL);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (text)), "Note: Seen in the audit"));
    gtk_popover_popdown (GTK_POPOVER (popover));
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == cell);
  }

  /* The arrow keys, Home and End move from cell to cell; the grid is one
   * Tab stop. */
  g_assert_true (gtk_widget_grab_focus (cell));
  assert_focus (window, view, 0, 0);
  press (view, GDK_KEY_Right, 0);
  assert_focus (window, view, 0, 1);
  g_assert_false (gtk_widget_get_focusable (cell));
  press (view, GDK_KEY_Down, 0);
  assert_focus (window, view, 1, 1);
  press (view, GDK_KEY_End, 0);
  last_column = REVIEW_FIXTURE_N_PEOPLE - 1;
  assert_focus (window, view, 1, last_column);
  press (view, GDK_KEY_Right, 0);
  assert_focus (window, view, 1, last_column);
  press (view, GDK_KEY_End, GDK_CONTROL_MASK);
  assert_focus (window, view, n_questions - 1, last_column);
  press (view, GDK_KEY_Home, GDK_CONTROL_MASK);
  assert_focus (window, view, 0, 0);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "review-grid.png"), >, 20);

  /* Filters: where people differ, someone does not know, one level. */
  ladder_review_view_set_filter (view, LADDER_REVIEW_FILTER_DIFFERING);
  g_assert_cmpuint (ladder_review_view_get_n_visible_rows (view), ==, ladder_review_get_n_differing (review));
  g_assert_cmpuint (ladder_review_get_n_differing (review), >, 0);
  ladder_review_view_set_filter (view, LADDER_REVIEW_FILTER_DONT_KNOW);
  {
    guint with_dont_know = 0;

    for (guint i = 0; i < n_questions; i++)
      with_dont_know += ladder_review_get_row (review, i)->n_dont_know > 0;
    g_assert_cmpuint (ladder_review_view_get_n_visible_rows (view), ==, with_dont_know);
  }
  ladder_review_view_set_filter (view, LADDER_REVIEW_FILTER_SERVICE);
  g_assert_cmpuint (ladder_review_view_get_n_columns (view), ==, 4);
  g_assert_cmpuint (ladder_review_view_get_n_visible_rows (view), ==, n_questions);
  ladder_review_view_set_filter (view, LADDER_REVIEW_FILTER_ALL);

  /* Sorted by spread, the widest gap comes first. */
  ladder_review_view_set_sort_by_spread (view, TRUE);
  {
    g_autofree guint *order = ladder_review_sort_by_spread (review);
    guint top = ladder_review_get_row (review, order[0])->spread;
    const char *first = gtk_widget_get_tooltip_text (ladder_review_view_get_cell (view, 0, 0));

    g_assert_nonnull (strstr (first, ladder_review_get_row (review, order[0])->question->statement));
    for (guint i = 0; i < n_questions; i++)
      g_assert_cmpuint (ladder_review_get_row (review, i)->spread, <=, top);
  }
  ladder_review_view_set_sort_by_spread (view, FALSE);

  /* One answer changed: its cell updates in place, nothing is rebuilt. */
  before = ladder_review_view_get_cell (view, 0, 0);
  ladder_document_set_respondent (document, ladder_review_get_person (review, 0)->id);
  ladder_document_set_answer (document, ladder_content_get_question (ladder_document_get_content (document), 0)->id,
                              LADDER_RATING_NOT_IN_PLACE, "Changed after the meeting (fictional).", FALSE);
  g_assert_true (ladder_review_view_get_cell (view, 0, 0) == before);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (before), "1, Not in place"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (before), "Changed after the meeting"));

  /* Someone new: the grid is built again with their column. */
  ladder_document_add_respondent (document, "Lee Vale (fictional)", "Virtual school head",
                                  LADDER_LEADERSHIP_SERVICE, FALSE);
  wait_until (review_built, view);
  g_assert_cmpuint (ladder_review_view_get_n_columns (view), ==, REVIEW_FIXTURE_N_PEOPLE + 1);

  ladder_document_discard_changes (document);
  close_window (window);
}

/* The demo review on its Review step, for the README's picture. */
static void
test_demo_review (void)
{
  LadderWindow *window = open_window (1280, 800);
  LadderReviewView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", "review"));
  view = LADDER_REVIEW_VIEW (ladder_window_get_review_view (window));
  wait_until (review_built, view);
  g_assert_cmpuint (ladder_review_view_get_n_columns (view), ==, 5);
  g_assert_nonnull (strstr (ladder_review_view_get_summary_text (view), "5 people took part"));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "review-demo.png"), >, 20);
  /* The summary and the grid's first rows, as a reader scrolls to them. */
  ladder_review_view_set_sort_by_spread (view, TRUE);
  g_assert_true (gtk_widget_grab_focus (ladder_review_view_get_cell (view, 0, 0)));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpuint (save_screenshot (window, "review-demo-grid.png"), >, 20);
  ladder_document_discard_changes (ladder_window_get_document (window));
  close_window (window);
}

static gboolean
merge_dialog_open (gpointer data)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (LADDER_IS_MERGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return TRUE;
    }
  return FALSE;
}

static void
test_copies_and_answers_back (void)
{
  LadderWindow *window = open_window (1100, 800);
  LadderDocument *document = ladder_window_get_document (window);
  LadderContent *content = ladder_document_get_content (document);
  g_autoptr(LadderAssessment) fixture = review_fixture_new (content);
  g_autofree char *folder = g_dir_make_tmp ("ladder-copies-XXXXXX", NULL);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  /* The first person rated question 1; the sixth left question 19. */
  const char *question = ladder_content_get_question (content, 1)->id;
  const char *second_question = ladder_content_get_question (content, 19)->id;
  g_autofree char *id0 = NULL;
  g_autofree char *id1 = NULL;
  const char *ids[3];
  g_autofree char *other = g_build_filename (folder, "other council.ladder", NULL);
  LadderAssessment *assessment;
  GtkWindow *dialog;
  GDir *dir;
  const char *name;

  ladder_document_set_assessment (document, fixture, NULL);
  assessment = ladder_document_get_assessment (document);
  /* Copied: bringing answers back replaces the people's records. */
  ids[0] = id0 = g_strdup (ladder_assessment_get_respondent (assessment, 0)->id);
  ids[1] = id1 = g_strdup (ladder_assessment_get_respondent (assessment, 5)->id);
  ids[2] = NULL;
  g_assert_true (ladder_window_prepare_copies (window, ids, folder));
  g_assert_true (g_str_has_prefix (ladder_window_get_last_toast (window), "Wrote 2 copies in "));

  /* Both people answer in their copies: one changes an answer the review
   * already holds, the other answers a question they had left. */
  g_assert_cmpint (review_fixture_rating (0, 1), !=, 0);
  g_assert_null (ladder_assessment_get_answer (assessment, ids[1], second_question));
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(LadderAssessment) copy = ladder_assessment_load_file (path, NULL, &error);
      const LadderRespondent *person;

      g_assert_no_error (error);
      g_assert_cmpuint (ladder_assessment_get_n_respondents (copy), ==, 1);
      person = ladder_assessment_get_respondent (copy, 0);
      if (g_strcmp0 (person->id, ids[0]) == 0)
        ladder_assessment_set_answer (copy, person->id, question,
                                      ladder_assessment_get_answer (assessment, ids[0], question)->rating == 4 ? 1 : 4,
                                      "Thought again (fictional).", FALSE);
      else
        ladder_assessment_set_answer (copy, person->id, second_question, LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE);
      g_assert_true (ladder_assessment_save_file (copy, path, &error));
      g_ptr_array_add (written, g_steal_pointer (&path));
    }
  g_dir_close (dir);
  g_assert_cmpuint (written->len, ==, 2);

  /* A copy for another council is refused, named, and changes nothing. */
  {
    g_autoptr(LadderAssessment) wrong = ladder_assessment_copy_for_respondent (assessment, ids[0]);

    ladder_assessment_set_council (wrong, "Northmere (fictional)", "602");
    g_assert_true (ladder_assessment_save_file (wrong, other, &error));
  }
  g_ptr_array_add (written, g_strdup (other));
  g_ptr_array_add (written, NULL);

  dialog = ladder_window_add_answer_files (window, (const char * const *) written->pdata);
  wait_until (message_dialog_shown, NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_message_dialog ()), "other council.ladder"));
  answer_dialog ("Could Not Add a File", "close");

  /* The changed answer is shown both ways; taking the copy's adds all. */
  g_assert_nonnull (dialog);
  g_assert_true (merge_dialog_open (NULL));
  g_assert_cmpuint (ladder_merge_get_n_conflicts (ladder_merge_dialog_get_merge (LADDER_MERGE_DIALOG (dialog))), ==, 1);
  ladder_merge_dialog_choose (LADDER_MERGE_DIALOG (dialog), 0, LADDER_MERGE_TAKE_INCOMING);
  ladder_merge_dialog_respond (LADDER_MERGE_DIALOG (dialog), TRUE);
  g_assert_cmpstr (ladder_assessment_get_answer (assessment, ids[0], question)->note, ==, "Thought again (fictional).");
  g_assert_cmpint (ladder_assessment_get_answer (assessment, ids[1], second_question)->rating, ==,
                   LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpstr (ladder_window_get_current_step (window), ==, "review");

  /* The whole merge is one step back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (ladder_assessment_get_answer (assessment, ids[0], question)->note, !=, "Thought again (fictional).");
  g_assert_cmpint (ladder_assessment_get_answer (assessment, ids[1], second_question) != NULL
                     ? ladder_assessment_get_answer (assessment, ids[1], second_question)->rating
                     : LADDER_RATING_NONE, !=, LADDER_RATING_FULLY_IN_PLACE);

  for (guint i = 0; i + 1 < written->len; i++)
    g_unlink (written->pdata[i]);
  g_rmdir (folder);
  ladder_document_discard_changes (document);
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("ladder-review-window-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/review-window/people", test_people);
  g_test_add_func ("/review-window/twelve-people", test_twelve_people);
  g_test_add_func ("/review-window/copies-and-answers-back", test_copies_and_answers_back);
  g_test_add_func ("/review-window/demo-review", test_demo_review);

  status = g_test_run ();
  {
    g_autofree char *quoted = g_shell_quote (data_home);
    g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

    if (system (command) != 0)
      g_printerr ("could not remove %s\n", data_home);
  }
  return status;
}
