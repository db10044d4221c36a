/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pages of the window's assessment: the Start form, the four pages of
 * questions, the review, the recommendation, the plan and the library.
 *
 * A page is built the first time it is needed, and the rest one by one in
 * idle time after the window's first frame: the 32 questions and the
 * library would otherwise cost a third of a second before the window
 * appears. Until then the pointers are NULL. Each page is handed the
 * document as it is built and follows it from then on; this part follows
 * the window's data and current step. */
#include "config.h"

#include "ladder-action-plan-view.h"
#include "ladder-evidence-view.h"
#include "ladder-indicator-choice.h"
#include "ladder-compare-command.h"
#include "ladder-compare.h"
#include "ladder-library-view.h"
#include "ladder-mismatch.h"
#include "ladder-question-page.h"
#include "ladder-recommendation-view.h"
#include "ladder-review-view.h"
#include "ladder-search.h"
#include "ladder-start-page.h"
#include "ladder-step-page.h"
#include "ladder-window-private.h"

static void refresh_recommendation (LadderWindow *self);
static void update_checks          (LadderWindow *self);
static void show_checks_on_page    (LadderWindow *self,
                                    LadderSection section);
static void show_checks_on_review  (LadderWindow *self);
static void update_since_last      (LadderWindow *self);
static void sync_plan              (LadderWindow *self);
static void update_action_links    (LadderWindow *self);

/* The assessment's council in the data loaded, or -1 with why in @why. */
static int
assessment_council (LadderWindow  *self,
                    char         **why)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);
  const char *asked;
  g_autofree char *suggestion = NULL;
  guint area;

  if (ladder_dataset_find_council_or_suggest (ladder_window_get_dataset (self),
                                              ladder_assessment_get_council_code (assessment),
                                              ladder_assessment_get_council_name (assessment), &area, &asked,
                                              &suggestion))
    return (int) area;
  if (suggestion != NULL)
    *why = g_strdup_printf ("%s is not in the data loaded, so its figures cannot be shown. %s", asked, suggestion);
  return -1;
}

/* Each question shows the council's figures for the indicators it links. */
static void
update_question_evidence (LadderWindow *self)
{
  g_autofree char *why = NULL;
  int council = assessment_council (self, &why);

  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    if (self->question_pages[s] != NULL)
      ladder_question_page_set_evidence (LADDER_QUESTION_PAGE (self->question_pages[s]),
                                         ladder_window_get_dataset (self), council, why);
}

static void
people_toast_cb (LadderWindow *self,
                 const char   *message,
                 gboolean      undoable)
{
  AdwToast *toast = adw_toast_new (message);

  if (undoable)
    {
      adw_toast_set_button_label (toast, "Undo");
      adw_toast_set_action_name (toast, "win.undo");
    }
  ladder_window_show_toast (self, toast);
}

static void
plan_item_toggled_cb (GtkCheckButton *check,
                      LadderWindow   *self)
{
  if (g_object_get_data (G_OBJECT (check), "syncing") == NULL)
    ladder_assessment_set_plan_item (ladder_document_get_assessment (self->document),
                                     g_object_get_data (G_OBJECT (check), "item"),
                                     gtk_check_button_get_active (check));
}

static GtkWidget *
plan_page (LadderWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GPtrArray *items = ladder_content_get_design_checklist (ladder_document_get_content (self->document));
  GtkWidget *label;

  label = gtk_label_new ("Designing the support");
  gtk_widget_add_css_class (label, "title-4");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new ("Whatever form the support takes, these conditions made the difference in the research. "
                         "Tick each one when it is in place; the ticks are saved with the assessment. The "
                         "conditions for the recommended form are on the Recommendation step.");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderChecklistItem *item = items->pdata[i];
      GtkWidget *check = gtk_check_button_new_with_label (item->text);
      GtkWidget *text = gtk_widget_get_last_child (check);

      if (GTK_IS_LABEL (text))
        gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      g_object_set_data_full (G_OBJECT (check), "item", g_strdup (item->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (plan_item_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), check);
    }
  self->action_plan_view = ladder_action_plan_view_new ();
  gtk_widget_set_margin_top (self->action_plan_view, 18);
  ladder_action_plan_view_set_document (LADDER_ACTION_PLAN_VIEW (self->action_plan_view), self->document);
  g_signal_connect_swapped (self->action_plan_view, "toast", G_CALLBACK (people_toast_cb), self);
  gtk_box_append (GTK_BOX (box), self->action_plan_view);
  gtk_box_append (GTK_BOX (box), ladder_window_paper_section_new (self));
  return box;
}

static void
ensure_start_page (LadderWindow *self)
{
  if (self->start_page != NULL)
    return;
  self->start_page = ladder_start_page_new ();
  ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[LADDER_STEP_START]), self->start_page);
  ladder_start_page_set_dataset (LADDER_START_PAGE (self->start_page), ladder_window_get_dataset (self));
  ladder_start_page_set_document (LADDER_START_PAGE (self->start_page), self->document);
  g_signal_connect_swapped (ladder_start_page_get_people_editor (LADDER_START_PAGE (self->start_page)), "toast",
                            G_CALLBACK (people_toast_cb), self);
}

/* Builds the content of @step, if it has any and is not built yet.
 * Returns whether anything was built. */
/* The setting "Move to the Next Question After Rating": on unless the
 * user turned it off. */
static gboolean
advance_after_rating (LadderWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "advance-after-rating");
  g_autoptr(GVariant) state = action != NULL ? g_action_get_state (action) : NULL;

  return state == NULL || g_variant_get_boolean (state);
}

static gboolean
ensure_step (LadderWindow *self,
             int           step)
{
  switch (step)
    {
    case LADDER_STEP_START:
      if (self->start_page != NULL)
        return FALSE;
      ensure_start_page (self);
      return TRUE;
    case LADDER_STEP_SELF_ASSESSMENT:
    case LADDER_STEP_STRATEGY:
    case LADDER_STEP_IMPLEMENTATION:
    case LADDER_STEP_DIFFICULTIES:
      {
        LadderSection section = step - LADDER_STEP_SELF_ASSESSMENT;

        if (self->question_pages[section] != NULL)
          return FALSE;
        self->question_pages[section] = ladder_question_page_new (ladder_document_get_content (self->document),
                                                                  section);
        {
          g_autofree char *why = NULL;
          int council = assessment_council (self, &why);

          ladder_question_page_set_evidence (LADDER_QUESTION_PAGE (self->question_pages[section]),
                                             ladder_window_get_dataset (self), council, why);
        }
        ladder_question_page_set_document (LADDER_QUESTION_PAGE (self->question_pages[section]),
                                           self->document);
        show_checks_on_page (self, section);
        g_object_set (self->question_pages[section], "advance-after-rating", advance_after_rating (self), NULL);
        g_signal_connect_swapped (self->question_pages[section], "toast", G_CALLBACK (people_toast_cb), self);
        ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[step]), self->question_pages[section]);
        return TRUE;
      }
    case LADDER_STEP_REVIEW:
      if (self->review_view != NULL)
        return FALSE;
      self->review_view = ladder_review_view_new ();
      ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[step]), self->review_view);
      ladder_review_view_set_document (LADDER_REVIEW_VIEW (self->review_view), self->document);
      show_checks_on_review (self);
      return TRUE;
    case LADDER_STEP_RECOMMENDATION:
      if (self->recommendation_view != NULL)
        return FALSE;
      self->recommendation_view = ladder_recommendation_view_new ();
      ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[step]), self->recommendation_view);
      refresh_recommendation (self);
      return TRUE;
    case LADDER_STEP_PLAN:
      if (self->plan_box != NULL)
        return FALSE;
      self->plan_box = plan_page (self);
      ladder_step_page_set_content (LADDER_STEP_PAGE (self->pages[step]), self->plan_box);
      sync_plan (self);
      update_action_links (self);
      return TRUE;
    case LADDER_STEP_EVIDENCE:
      return ladder_evidence_view_build (LADDER_EVIDENCE_VIEW (self->evidence_view));
    default:
      return FALSE;
    }
}

static gboolean
ensure_library (LadderWindow *self)
{
  GtkWidget *clamp;

  if (self->library_view != NULL)
    return FALSE;
  self->library_view = ladder_library_view_new (ladder_document_get_content (self->document));
  clamp = gtk_widget_get_first_child (gtk_stack_get_child_by_name (self->stack, "library"));
  while (clamp != NULL && !ADW_IS_CLAMP (clamp))
    clamp = gtk_widget_get_first_child (clamp);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->library_view);
  return TRUE;
}

/* One page per call, so that the window stays responsive meanwhile. */
static gboolean
build_next_cb (gpointer user_data)
{
  LadderWindow *self = user_data;

  for (int step = 0; step < LADDER_N_STEPS; step++)
    if (ensure_step (self, step))
      return G_SOURCE_CONTINUE;
  ensure_library (self);
  self->build_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                LadderWindow  *self)
{
  g_clear_signal_handler (&self->first_paint_id, clock);
  if (self->build_idle_id == 0)
    self->build_idle_id = g_idle_add_full (G_PRIORITY_LOW, build_next_cb, self, NULL);
}

static void
mapped_cb (LadderWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL && self->first_paint_id == 0 && self->build_idle_id == 0)
    self->first_paint_id = g_signal_connect_after (clock, "after-paint", G_CALLBACK (first_paint_cb), self);
}

static void
step_shown_cb (LadderWindow *self)
{
  if (self->current_step == NO_STEP)
    return;
  ensure_step (self, self->current_step);
  update_since_last (self);
  if (self->current_step == LADDER_STEP_RECOMMENDATION && self->recommendation_dirty)
    refresh_recommendation (self);
}

/* Evidence opens on the indicator linked to the weakest answer. */
static void
update_first_measure (LadderWindow *self)
{
  LadderDataset *dataset = ladder_window_get_dataset (self);

  if (dataset != NULL)
    ladder_evidence_view_set_first_measure (LADDER_EVIDENCE_VIEW (self->evidence_view),
                                            ladder_first_indicator (ladder_document_get_advice (self->document),
                                                                    ladder_document_get_assessment (self->document),
                                                                    dataset));
}

static void
data_changed_cb (LadderWindow *self)
{
  if (self->start_page != NULL)
    ladder_start_page_set_dataset (LADDER_START_PAGE (self->start_page), ladder_window_get_dataset (self));
  update_first_measure (self);
  ladder_evidence_view_set_dataset (LADDER_EVIDENCE_VIEW (self->evidence_view), ladder_window_get_dataset (self));
  update_question_evidence (self);
  update_checks (self);
  update_since_last (self);
}

/* The scorecard lists every indicator the questions link to, in the
 * order the questions come. */
static void
set_scorecard (LadderWindow *self)
{
  LadderContent *content = ladder_document_get_content (self->document);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);

      for (guint i = 0; i < question->indicators->len; i++)
        {
          const LadderIndicatorLink *link = question->indicators->pdata[i];

          if (link->lait != NULL && !g_ptr_array_find_with_equal_func (codes, link->lait, g_str_equal, NULL))
            g_ptr_array_add (codes, link->lait);
        }
    }
  g_ptr_array_add (codes, NULL);
  ladder_evidence_view_set_scorecard_codes (LADDER_EVIDENCE_VIEW (self->evidence_view),
                                            (const char * const *) codes->pdata);
}

/* The Evidence chart follows the council chosen on the Start step. */
static void
council_changed (LadderWindow *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);

  ladder_evidence_view_set_council (LADDER_EVIDENCE_VIEW (self->evidence_view),
                                    ladder_assessment_get_council_code (assessment),
                                    ladder_assessment_get_council_name (assessment));
  update_question_evidence (self);
}

static void
refresh_recommendation (LadderWindow *self)
{
  if (self->recommendation_view == NULL)
    return;
  ladder_recommendation_view_set (LADDER_RECOMMENDATION_VIEW (self->recommendation_view),
                                  ladder_document_get_advice (self->document),
                                  ladder_document_get_assessment (self->document));
  self->recommendation_dirty = FALSE;
}

/* What an action may answer: the questions, and the conditions for
 * success of the recommended form and of any support. */
static void
update_action_links (LadderWindow *self)
{
  LadderContent *content = ladder_document_get_content (self->document);
  LadderRecommendation *advice = ladder_document_get_advice (self->document);
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *design = ladder_content_get_design_checklist (content);

  if (self->action_plan_view == NULL)
    return;
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);

      g_ptr_array_add (kinds, GUINT_TO_POINTER (LADDER_LINK_QUESTION));
      g_ptr_array_add (ids, question->id);
      g_ptr_array_add (labels, g_strdup_printf ("Question: %s", question->statement));
    }
  for (guint i = 0; advice->primary != NULL && i < advice->primary->success_factors->len; i++)
    {
      const LadderChecklistItem *item = advice->primary->success_factors->pdata[i];

      g_ptr_array_add (kinds, GUINT_TO_POINTER (LADDER_LINK_SUCCESS_FACTOR));
      g_ptr_array_add (ids, item->id);
      g_ptr_array_add (labels, g_strdup_printf ("Success factor: %s", item->text));
    }
  for (guint i = 0; i < design->len; i++)
    {
      const LadderChecklistItem *item = design->pdata[i];

      g_ptr_array_add (kinds, GUINT_TO_POINTER (LADDER_LINK_SUCCESS_FACTOR));
      g_ptr_array_add (ids, item->id);
      g_ptr_array_add (labels, g_strdup_printf ("Designing support: %s", item->text));
    }
  for (guint i = 0; self->mismatches != NULL && i < self->mismatches->len; i++)
    {
      const LadderCheck *check = self->mismatches->pdata[i];

      g_ptr_array_add (kinds, GUINT_TO_POINTER (LADDER_LINK_MISMATCH));
      g_ptr_array_add (ids, check->id);
      g_ptr_array_add (labels, g_strdup_printf ("Mismatch: %s", check->sentence));
    }
  ladder_action_plan_view_set_links (LADDER_ACTION_PLAN_VIEW (self->action_plan_view), kinds, ids, labels);
}

static const char *
check_prefix (LadderCheckKind kind)
{
  switch (kind)
    {
    case LADDER_CHECK_MISMATCH:
      return "Mismatch";
    case LADDER_CHECK_SUPPORT:
      return "Bears it out";
    default:
      return "Not counted";
    }
}

static char *
check_line (const LadderCheck *check)
{
  return g_strdup_printf ("%s: %s", check_prefix (check->kind), check->sentence);
}

/* Puts the checks found last under the questions of a built page. */
static void
show_checks_on_page (LadderWindow *self,
                     LadderSection section)
{
  LadderQuestionPage *page = self->question_pages[section] != NULL
    ? LADDER_QUESTION_PAGE (self->question_pages[section]) : NULL;

  for (guint r = 0; page != NULL && r < ladder_question_page_get_n_rows (page); r++)
    {
      const LadderQuestion *question = ladder_rating_row_get_question (ladder_question_page_get_row (page, r));
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
        if (((LadderCheck *) self->checks->pdata[i])->question == question)
          g_ptr_array_add (lines, check_line (self->checks->pdata[i]));
      ladder_evidence_list_set_checks (ladder_question_page_get_evidence_list (page, r), lines);
    }
}

static void
show_checks_on_review (LadderWindow *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (self->review_view == NULL)
    return;
  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    g_ptr_array_add (lines, check_line (self->checks->pdata[i]));
  ladder_review_view_set_checks (LADDER_REVIEW_VIEW (self->review_view), lines,
                                 self->mismatches != NULL ? self->mismatches->len : 0, self->checks_note);
}

/* The answers against the figures and the evidence log: under each
 * question, on the Review step, and as what an action may answer. Without
 * the council's figures, the evidence log is still checked. */
static void
update_checks (LadderWindow *self)
{
  LadderContent *content = ladder_document_get_content (self->document);
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);
  LadderRecommendation *advice = ladder_document_get_advice (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  int council = assessment_council (self, &why);

  g_clear_pointer (&self->mismatches, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->checks_note, g_free);
  self->checks = ladder_checks_find (content, assessment, advice, ladder_window_get_dataset (self), council, &error);
  if (self->checks == NULL)
    {
      self->checks_note = g_strdup_printf ("The figures could not be used: %s", error->message);
      self->checks = ladder_checks_find (content, assessment, advice, NULL, -1, NULL);
    }
  else if (council < 0 && why != NULL)
    self->checks_note = g_strdup_printf ("%s Only the evidence log is checked.", why);
  else if (council < 0)
    self->checks_note = g_strdup ("No council in the data loaded is chosen on the Start step, so only the "
                                  "evidence log is checked.");
  self->mismatches = g_ptr_array_new ();
  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    if (((LadderCheck *) self->checks->pdata[i])->kind == LADDER_CHECK_MISMATCH)
      g_ptr_array_add (self->mismatches, self->checks->pdata[i]);
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    show_checks_on_page (self, s);
  show_checks_on_review (self);
  update_action_links (self);
}

/* For a follow-up, the comparison with the review it carries, shown on the
 * Review step; worked out only while that step is on show. */
static void
update_since_last (LadderWindow *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);
  g_autoptr(LadderAssessment) earlier = NULL;
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->review_view == NULL || self->current_step != LADDER_STEP_REVIEW)
    return;
  if (!ladder_assessment_has_earlier (assessment))
    {
      ladder_review_view_set_since_last (LADDER_REVIEW_VIEW (self->review_view), NULL);
      return;
    }
  earlier = ladder_assessment_dup_earlier (assessment, &error);
  if (earlier != NULL)
    comparison = ladder_comparison_new (ladder_document_get_content (self->document), earlier,
                                        ladder_assessment_get_earlier_advice (assessment), assessment,
                                        ladder_window_get_dataset (self), &error);
  if (comparison != NULL)
    ladder_comparison_write_text (comparison, text);
  else
    g_string_append_printf (text, "This review cannot be compared with the one it follows: %s", error->message);
  ladder_review_view_set_since_last (LADDER_REVIEW_VIEW (self->review_view), g_strchomp (text->str));
}

static void
sync_plan (LadderWindow *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);

  if (self->plan_box == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (self->plan_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = g_object_get_data (G_OBJECT (child), "item");

      if (id != NULL)
        {
          g_object_set_data (G_OBJECT (child), "syncing", GINT_TO_POINTER (TRUE));
          gtk_check_button_set_active (GTK_CHECK_BUTTON (child), ladder_assessment_get_plan_item (assessment, id));
          g_object_set_data (G_OBJECT (child), "syncing", NULL);
        }
    }
}

/* The recommendation is rebuilt only when on show; other views follow
 * the document themselves. */
static void
document_changed_cb (LadderWindow *self)
{
  sync_plan (self);
  update_checks (self);
  update_since_last (self);
  council_changed (self);
  update_first_measure (self);
  self->recommendation_dirty = TRUE;
  if (self->current_step == LADDER_STEP_RECOMMENDATION)
    refresh_recommendation (self);
}

static void
show_library_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LadderWindow *self = user_data;

  ladder_window_show_library_page (self);
  if (!ladder_library_view_show (ladder_window_get_library_view (self), g_variant_get_string (parameter, NULL)))
    g_warning ("The library has nothing called “%s”", g_variant_get_string (parameter, NULL));
}

static const GActionEntry page_actions[] = {
  { .name = "show-library", .activate = show_library_action, .parameter_type = "s" },
};

static void
advance_setting_changed_cb (LadderWindow *self)
{
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    if (self->question_pages[s] != NULL)
      g_object_set (self->question_pages[s], "advance-after-rating", advance_after_rating (self), NULL);
}

/**
 * ladder_window_pages_add_setting_actions:
 * @self: the window, its settings known
 *
 * Adds the checkable menu item that turns moving on after a rating on and
 * off, remembered in the settings when the window has them.
 */
void
ladder_window_pages_add_setting_actions (LadderWindow *self)
{
  g_autoptr(GAction) action = self->settings != NULL
    ? g_settings_create_action (self->settings, "advance-after-rating")
    : G_ACTION (g_simple_action_new_stateful ("advance-after-rating", NULL, g_variant_new_boolean (TRUE)));

  g_action_map_add_action (G_ACTION_MAP (self), action);
  g_signal_connect_object (action, "notify::state", G_CALLBACK (advance_setting_changed_cb), self,
                           G_CONNECT_SWAPPED);
  advance_setting_changed_cb (self);
}

/* Another assessment in the window: every step begins at its top, not
 * where the last one was left. */
static void
assessment_replaced_cb (LadderWindow *self)
{
  for (guint i = 0; i < LADDER_N_STEPS; i++)
    ladder_step_page_scroll_to_top (LADDER_STEP_PAGE (self->pages[i]));
}

void
ladder_window_pages_init (LadderWindow *self)
{
  g_signal_connect_object (self->document, "notify::assessment", G_CALLBACK (assessment_replaced_cb), self,
                           G_CONNECT_SWAPPED);
  g_action_map_add_action_entries (G_ACTION_MAP (self), page_actions, G_N_ELEMENTS (page_actions), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  g_signal_connect (self, "notify::current-step", G_CALLBACK (step_shown_cb), NULL);
  g_signal_connect (self, "notify::dataset", G_CALLBACK (data_changed_cb), NULL);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  set_scorecard (self);
  document_changed_cb (self);
}

void
ladder_window_pages_dispose (LadderWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_clear_handle_id (&self->build_idle_id, g_source_remove);
  g_clear_pointer (&self->mismatches, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->checks_note, g_free);
  if (clock != NULL)
    g_clear_signal_handler (&self->first_paint_id, clock);
  self->first_paint_id = 0;
}

/**
 * ladder_window_get_question_page:
 * @self: the window
 * @section: a section of questions
 *
 * Returns: (transfer none): the page of that section's questions, built
 *   now if it was not yet.
 */
GtkWidget *
ladder_window_get_question_page (LadderWindow  *self,
                                 LadderSection  section)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (section < LADDER_N_SECTIONS, NULL);

  ensure_step (self, LADDER_STEP_SELF_ASSESSMENT + section);
  return self->question_pages[section];
}

/**
 * ladder_window_get_start_page:
 * @self: the window
 *
 * Returns: (transfer none): the Start step's form.
 */
GtkWidget *
ladder_window_get_start_page (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  ensure_step (self, LADDER_STEP_START);
  return self->start_page;
}

/**
 * ladder_window_get_recommendation_view:
 * @self: the window
 *
 * Returns: (transfer none): the Recommendation step's view.
 */
LadderRecommendationView *
ladder_window_get_recommendation_view (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  ensure_step (self, LADDER_STEP_RECOMMENDATION);
  return LADDER_RECOMMENDATION_VIEW (self->recommendation_view);
}

/**
 * ladder_window_get_review_view:
 * @self: the window
 *
 * Returns: (transfer none): the Review step's grid of everyone's answers,
 *   built now if it was not yet.
 */
GtkWidget *
ladder_window_get_review_view (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  ensure_step (self, LADDER_STEP_REVIEW);
  return self->review_view;
}

/**
 * ladder_window_get_library_view:
 * @self: the window
 *
 * Returns: (transfer none): the library of support.
 */
LadderLibraryView *
ladder_window_get_library_view (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  ensure_library (self);
  return LADDER_LIBRARY_VIEW (self->library_view);
}

/**
 * ladder_window_get_evidence_view:
 * @self: the window
 *
 * Returns: (transfer none): the Evidence step's chart of an indicator.
 */
GtkWidget *
ladder_window_get_evidence_view (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  return self->evidence_view;
}
