/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Start step: the council, the review's context and the people taking
 * part, written straight into the assessment. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ladder-people-editor.h"
#include "ladder-search.h"
#include "ladder-search-drop-down.h"
#include "ladder-start-page.h"
#include "ladder-text.h"

struct _LadderStartPage
{
  GtkBox            parent_instance;

  LadderSearchDropDown *council_dropdown;
  AdwEntryRow      *review_date_row;
  GtkSwitch        *leadership_switch;
  AdwComboRow      *stage_row;
  AdwComboRow      *intervention_row;
  AdwComboRow      *inspection_kind_row;
  AdwComboRow      *grade_rows[LADDER_N_JUDGEMENTS];
  AdwEntryRow      *date_rows[LADDER_N_JUDGEMENTS];
  AdwComboRow      *partner_row;
  GtkSwitch        *by_choice_switch;
  GtkLabel         *context_effect_label;
  LadderPeopleEditor *people_editor;

  LadderDocument   *document;
  LadderAssessment *assessment;        /* the document's, as last shown */
  GPtrArray        *council_codes;     /* per drop-down item; NULL for "none" */
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (LadderStartPage, ladder_start_page, GTK_TYPE_BOX)

#define NO_COUNCIL "None: exploring without a council"

static gboolean
valid_date (const char *text)
{
  int year, month, day, end = 0;

  return strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &end) == 3 &&
         end == 10 && g_date_valid_dmy (day, month, year);
}

enum
{
  INSPECTION_NONE,
  INSPECTION_OVERALL,
  INSPECTION_JUDGEMENTS,
};

static int
judgement_of_date_row (LadderStartPage *self,
                       AdwEntryRow     *row)
{
  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    if (self->date_rows[j] == row)
      return j;
  return -1;
}

/* A date is stored only when it is a real one (and, for an overall grade,
 * one from before Ofsted stopped giving them); meanwhile the row says what
 * is wrong, in words as well as in colour. */
static void
date_changed_cb (AdwEntryRow     *row,
                 LadderStartPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  int judgement = judgement_of_date_row (self, row);
  gboolean valid = *text == '\0' || valid_date (text);
  gboolean too_late = valid && judgement == LADDER_JUDGEMENT_OVERALL && *text != '\0' &&
                      strcmp (text, LADDER_OVERALL_GRADE_ENDED) >= 0;
  g_autofree char *base = judgement < 0 ? g_strdup ("Date of the review")
                          : g_strdup_printf ("%s: date", ladder_judgement_get_label (judgement));
  g_autofree char *title = NULL;

  if (!valid)
    title = g_strdup_printf ("%s: not a date (use YYYY-MM-DD)", base);
  else if (too_late)
    title = g_strdup_printf ("%s: Ofsted gave no overall grades from April 2026; record four judgements", base);
  else
    title = g_strdup (base);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (valid && !too_late)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  if (self->filling || self->assessment == NULL || !valid || too_late)
    return;
  if (judgement < 0)
    ladder_assessment_set_review_date (self->assessment, text);
  else
    ladder_assessment_set_judgement (self->assessment, judgement,
                                     adw_combo_row_get_selected (self->grade_rows[judgement]), text);
}

static void
show_inspection_rows (LadderStartPage *self)
{
  guint kind = adw_combo_row_get_selected (self->inspection_kind_row);

  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      gboolean visible = j == LADDER_JUDGEMENT_OVERALL ? kind == INSPECTION_OVERALL : kind == INSPECTION_JUDGEMENTS;

      gtk_widget_set_visible (GTK_WIDGET (self->grade_rows[j]), visible);
      gtk_widget_set_visible (GTK_WIDGET (self->date_rows[j]), visible);
    }
}

static void
inspection_kind_changed_cb (LadderStartPage *self)
{
  show_inspection_rows (self);
  if (self->filling || self->assessment == NULL)
    return;
  /* Saying there is no inspection clears what was recorded; choosing one
   * kind keeps the other's record, out of sight. */
  if (adw_combo_row_get_selected (self->inspection_kind_row) == INSPECTION_NONE)
    for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
      ladder_assessment_set_judgement (self->assessment, j, LADDER_GRADE_NONE, NULL);
}

static void
grade_changed_cb (LadderStartPage *self)
{
  if (self->filling || self->assessment == NULL)
    return;
  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      const char *date;

      ladder_assessment_get_judgement (self->assessment, j, &date);
      ladder_assessment_set_judgement (self->assessment, j, adw_combo_row_get_selected (self->grade_rows[j]), date);
    }
}

static void
council_selected_cb (LadderStartPage *self)
{
  guint index = ladder_search_drop_down_get_selected (self->council_dropdown);
  const char *name;

  if (self->filling || self->assessment == NULL || index == GTK_INVALID_LIST_POSITION)
    return;
  if (index == 0)
    {
      ladder_assessment_set_council (self->assessment, NULL, NULL);
      return;
    }
  name = ladder_search_drop_down_get_label (self->council_dropdown, index);
  ladder_assessment_set_council (self->assessment, name, self->council_codes->pdata[index]);
}

static void
context_changed_cb (LadderStartPage *self)
{
  if (self->filling || self->assessment == NULL)
    return;
  ladder_assessment_set_intervention (self->assessment, adw_combo_row_get_selected (self->intervention_row));
  ladder_assessment_set_new_leadership (self->assessment, gtk_switch_get_active (self->leadership_switch));
  ladder_assessment_set_stage (self->assessment, adw_combo_row_get_selected (self->stage_row));
  ladder_assessment_set_strong_partner (self->assessment, adw_combo_row_get_selected (self->partner_row));
  ladder_assessment_set_new_model_by_choice (self->assessment, gtk_switch_get_active (self->by_choice_switch));
}

static void
set_factory (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();

  adw_combo_row_set_factory (row, factory);
}

static void
select_council (LadderStartPage *self)
{
  const char *code = self->assessment != NULL ? ladder_assessment_get_council_code (self->assessment) : NULL;
  const char *name = self->assessment != NULL ? ladder_assessment_get_council_name (self->assessment) : NULL;
  guint selected = 0;

  for (guint i = 1; i < self->council_codes->len && selected == 0; i++)
    if (code != NULL && g_strcmp0 (self->council_codes->pdata[i], code) == 0)
      selected = i;
  /* By name, however it is written: "Leeds City Council" is "Leeds". */
  if (selected == 0 && name != NULL)
    {
      g_autofree char *key = ladder_search_council_key (name);

      for (guint i = 1; i < self->council_codes->len && selected == 0; i++)
        {
          g_autofree char *label_key =
            ladder_search_council_key (ladder_search_drop_down_get_label (self->council_dropdown, i));

          if (*key != '\0' && strcmp (key, label_key) == 0)
            selected = i;
        }
    }
  /* A council missing from the data loaded is kept and shown. */
  if (selected == 0 && name != NULL)
    {
      ladder_search_drop_down_append (self->council_dropdown, name, NULL);
      g_ptr_array_add (self->council_codes, g_strdup (code));
      selected = self->council_codes->len - 1;
    }
  ladder_search_drop_down_set_selected (self->council_dropdown, selected);
}

static void
fill (LadderStartPage *self)
{
  LadderAssessment *a = self->assessment;

  self->filling = TRUE;
  select_council (self);
  gtk_editable_set_text (GTK_EDITABLE (self->review_date_row),
                         a != NULL && ladder_assessment_get_review_date (a) ? ladder_assessment_get_review_date (a) : "");
  {
    guint kind = INSPECTION_NONE;

    for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
      {
        const char *date = NULL;
        LadderGrade grade = a != NULL ? ladder_assessment_get_judgement (a, j, &date) : LADDER_GRADE_NONE;

        adw_combo_row_set_selected (self->grade_rows[j], grade);
        gtk_editable_set_text (GTK_EDITABLE (self->date_rows[j]), date != NULL ? date : "");
        if (grade != LADDER_GRADE_NONE || date != NULL)
          kind = j == LADDER_JUDGEMENT_OVERALL ? MAX (kind, INSPECTION_OVERALL) : INSPECTION_JUDGEMENTS;
      }
    adw_combo_row_set_selected (self->inspection_kind_row, kind);
    show_inspection_rows (self);
  }
  adw_combo_row_set_selected (self->intervention_row, a != NULL ? ladder_assessment_get_intervention (a) : 0);
  gtk_switch_set_active (self->leadership_switch, a != NULL && ladder_assessment_get_new_leadership (a));
  adw_combo_row_set_selected (self->stage_row, a != NULL ? ladder_assessment_get_stage (a) : 0);
  adw_combo_row_set_selected (self->partner_row, a != NULL ? ladder_assessment_get_strong_partner (a) : 0);
  gtk_switch_set_active (self->by_choice_switch, a != NULL && ladder_assessment_get_new_model_by_choice (a));
  self->filling = FALSE;
}

static void
ladder_start_page_dispose (GObject *object)
{
  LadderStartPage *self = LADDER_START_PAGE (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->council_codes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_START_PAGE);

  G_OBJECT_CLASS (ladder_start_page_parent_class)->dispose (object);
}

static void
ladder_start_page_class_init (LadderStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_start_page_dispose;

  g_type_ensure (LADDER_TYPE_PEOPLE_EDITOR);
  g_type_ensure (LADDER_TYPE_SEARCH_DROP_DOWN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ladder/Ladder/ladder-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, council_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, review_date_row);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, leadership_switch);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, intervention_row);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, inspection_kind_row);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, partner_row);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, by_choice_switch);
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, context_effect_label);
  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      static const char * const names[LADDER_N_JUDGEMENTS] = { "overall", "help", "care", "leavers", "leaders" };
      g_autofree char *grade = g_strdup_printf ("%s_grade_row", names[j]);
      g_autofree char *date = g_strdup_printf ("%s_date_row", names[j]);

      gtk_widget_class_bind_template_child_full (widget_class, grade, FALSE,
                                                 G_STRUCT_OFFSET (LadderStartPage, grade_rows) + j * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, date, FALSE,
                                                 G_STRUCT_OFFSET (LadderStartPage, date_rows) + j * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, people_editor);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
}

static void
ladder_start_page_init (LadderStartPage *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->council_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->council_codes, NULL);
  ladder_search_drop_down_set_items (self->council_dropdown, (const char * const []) { NO_COUNCIL }, NULL, 1);
  ladder_search_drop_down_set_name (self->council_dropdown, "Council");

  for (guint j = 0; j < LADDER_N_JUDGEMENTS; j++)
    {
      g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);

      gtk_string_list_append (grades, "Not recorded");
      for (LadderGrade g = LADDER_GRADE_OUTSTANDING; g < LADDER_N_GRADES; g++)
        gtk_string_list_append (grades, ladder_grade_get_label (g));
      set_factory (self->grade_rows[j]);
      adw_combo_row_set_model (self->grade_rows[j], G_LIST_MODEL (grades));
      g_signal_connect_swapped (self->grade_rows[j], "notify::selected", G_CALLBACK (grade_changed_cb), self);
    }
  {
    static const char * const kinds[] = {
      "No inspection recorded", "One overall grade (before April 2026)", "Four judgements (from April 2026)", NULL,
    };
    static const char * const partners[] = { "Not known", "No", "Yes", NULL };
    g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);
    g_autoptr(GtkStringList) partner_list = gtk_string_list_new (partners);
    g_autoptr(GtkStringList) interventions = gtk_string_list_new (NULL);

    for (LadderIntervention i = 0; i < LADDER_N_INTERVENTIONS; i++)
      gtk_string_list_append (interventions, ladder_intervention_get_label (i));
    set_factory (self->inspection_kind_row);
    set_factory (self->partner_row);
    set_factory (self->intervention_row);
    adw_combo_row_set_model (self->inspection_kind_row, G_LIST_MODEL (kind_list));
    adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (partner_list));
    adw_combo_row_set_model (self->intervention_row, G_LIST_MODEL (interventions));
  }
  set_factory (self->stage_row);
  for (guint s = 0; s < LADDER_N_STAGES; s++)
    gtk_string_list_append (stages, ladder_stage_get_label (s));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  show_inspection_rows (self);

  g_signal_connect_swapped (self->council_dropdown, "notify::selected", G_CALLBACK (council_selected_cb), self);
  g_signal_connect_swapped (self->inspection_kind_row, "notify::selected", G_CALLBACK (inspection_kind_changed_cb),
                            self);
  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (context_changed_cb), self);
  g_signal_connect_swapped (self->intervention_row, "notify::selected", G_CALLBACK (context_changed_cb), self);
  g_signal_connect_swapped (self->partner_row, "notify::selected", G_CALLBACK (context_changed_cb), self);
  g_signal_connect_swapped (self->leadership_switch, "notify::active", G_CALLBACK (context_changed_cb), self);
  g_signal_connect_swapped (self->by_choice_switch, "notify::active", G_CALLBACK (context_changed_cb), self);
}

GtkWidget *
ladder_start_page_new (void)
{
  return g_object_new (LADDER_TYPE_START_PAGE, NULL);
}

/* Another assessment is shown in full; a change within the same one is
 * already on the page, since the page made it or undo touches only
 * answers and people, which the people editor follows. */
static void
document_changed_cb (LadderStartPage *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);

  if (assessment != self->assessment)
    {
      g_set_object (&self->assessment, assessment);
      fill (self);
    }
  ladder_start_page_show_advice (self, ladder_document_get_advice (self->document));
}

/**
 * ladder_start_page_set_document:
 * @self: the page
 * @document: the document to show and edit
 *
 * Shows the document's assessment; from now on, edits go into it.
 */
void
ladder_start_page_set_document (LadderStartPage *self,
                                LadderDocument  *document)
{
  g_return_if_fail (LADDER_IS_START_PAGE (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_clear_object (&self->assessment);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
  ladder_people_editor_set_document (self->people_editor, document);
  document_changed_cb (self);
}

/**
 * ladder_start_page_get_people_editor:
 * @self: the page
 *
 * Returns: (transfer none): the list of people taking part.
 */
LadderPeopleEditor *
ladder_start_page_get_people_editor (LadderStartPage *self)
{
  g_return_val_if_fail (LADDER_IS_START_PAGE (self), NULL);
  return self->people_editor;
}

static int
compare_area_names (gconstpointer a,
                    gconstpointer b)
{
  return g_utf8_collate ((*(LadderArea * const *) a)->name, (*(LadderArea * const *) b)->name);
}

/**
 * ladder_start_page_set_dataset:
 * @self: the page
 * @dataset: (nullable): the data loaded, whose councils are offered
 */
void
ladder_start_page_set_dataset (LadderStartPage *self,
                               LadderDataset   *dataset)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(GPtrArray) search_texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree const char **names = NULL;

  g_return_if_fail (LADDER_IS_START_PAGE (self));

  for (guint i = 0; dataset != NULL && i < ladder_dataset_get_n_areas (dataset); i++)
    {
      LadderArea *area = ladder_dataset_get_area (dataset, i);

      if (area->kind == LADDER_AREA_COUNCIL)
        g_ptr_array_add (areas, area);
    }
  g_ptr_array_sort (areas, compare_area_names);
  self->filling = TRUE;
  g_ptr_array_set_size (self->council_codes, 1);
  names = g_new0 (const char *, areas->len + 2);
  names[0] = NO_COUNCIL;
  /* A council is found by its DfE number or ONS code too; "none" by its
   * own words. */
  g_ptr_array_add (search_texts, ladder_search_fold (NO_COUNCIL));
  for (guint i = 0; i < areas->len; i++)
    {
      LadderArea *area = areas->pdata[i];

      names[i + 1] = area->name;
      g_ptr_array_add (search_texts, ladder_search_area_text (area));
      g_ptr_array_add (self->council_codes, area->la_number >= 0 ? g_strdup_printf ("%d", area->la_number) : NULL);
    }
  ladder_search_drop_down_set_items (self->council_dropdown, names, (const char * const *) search_texts->pdata,
                                     areas->len + 1);
  select_council (self);
  self->filling = FALSE;
}

/**
 * ladder_start_page_show_advice:
 * @self: the page
 * @advice: the advice for the assessment as it is now
 *
 * Says how the context shapes the advice and who has answered so far, at
 * which leadership levels.
 */
void
ladder_start_page_show_advice (LadderStartPage      *self,
                               LadderRecommendation *advice)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint levels = 0;

  g_return_if_fail (LADDER_IS_START_PAGE (self));
  g_return_if_fail (advice != NULL);

  for (guint i = 0; i < advice->context_notes->len; i++)
    g_string_append_printf (text, "• %s\n", (char *) advice->context_notes->pdata[i]);
  if (advice->context_notes->len == 0)
    g_string_append (text, "Nothing recorded here changes the advice: it rests on the answers.\n");
  g_string_append (text, "\nPeople who have rated questions so far: ");
  for (guint p = 0; p < LADDER_N_PERSPECTIVES; p++)
    if (advice->perspectives[p].n_people > 0)
      g_string_append_printf (text, "%s%u at the %s level", levels++ > 0 ? ", " : "",
                              advice->perspectives[p].n_people, ladder_perspective_get_name (&advice->perspectives[p]));
  if (levels == 0)
    g_string_append (text, "nobody yet");
  if (advice->view_gaps->len > 0)
    g_string_append_printf (text, ". People at different levels are two points or more apart on %u of the three "
                            "capacities: see “Where views differ” on the Recommendation step",
                            advice->view_gaps->len);
  g_string_append (text, levels == 1 ? ". Ask people at other leadership levels to answer too: each level’s view "
                                       "counts once, and the advice compares them."
                                     : ".");
  gtk_label_set_text (self->context_effect_label, text->str);
}
