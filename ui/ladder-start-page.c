/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Start step: the council, the review's context and the people taking
 * part, written straight into the assessment. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ladder-start-page.h"
#include "ladder-text.h"

struct _LadderStartPage
{
  GtkBox            parent_instance;

  GtkDropDown      *council_dropdown;
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
  AdwPreferencesGroup *people_group;

  LadderAssessment *assessment;
  GtkStringList    *council_names;
  GPtrArray        *council_codes;     /* parallel to council_names; NULL for "none" */
  GPtrArray        *person_rows;
  char             *respondent;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (LadderStartPage, ladder_start_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_RESPONDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  guint index = gtk_drop_down_get_selected (self->council_dropdown);
  const char *name;

  if (self->filling || self->assessment == NULL || index == GTK_INVALID_LIST_POSITION)
    return;
  if (index == 0)
    {
      ladder_assessment_set_council (self->assessment, NULL, NULL);
      return;
    }
  name = gtk_string_list_get_string (self->council_names, index);
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

/* People ---------------------------------------------------------------- */

typedef struct
{
  LadderStartPage *page;
  char            *id;
  AdwExpanderRow  *row;
  GtkCheckButton  *answering;
  AdwEntryRow     *name;
  AdwEntryRow     *role;
  AdwComboRow     *level;
} PersonRow;

static void
person_row_free (gpointer data)
{
  PersonRow *person = data;

  g_free (person->id);
  g_free (person);
}

static void
person_title (PersonRow *person,
              guint      position)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (person->name));
  const char *role = gtk_editable_get_text (GTK_EDITABLE (person->role));
  g_autofree char *fallback = g_strdup_printf ("Person %u", position + 1);
  g_autofree char *answering = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->row), *name != '\0' ? name : fallback);
  adw_expander_row_set_subtitle (person->row, role);
  answering = g_strdup_printf ("%s is answering now", *name != '\0' ? name : fallback);
  gtk_accessible_update_property (GTK_ACCESSIBLE (person->answering),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, answering, -1);
  /* The expander row has no name of its own on GTK 4.8's accessibility
   * tree; give it the person's. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (person->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, *name != '\0' ? name : fallback, -1);
}

static void
person_changed_cb (PersonRow *person)
{
  LadderStartPage *self = person->page;
  guint position = 0;

  g_ptr_array_find (self->person_rows, person, &position);
  person_title (person, position);
  if (self->filling || self->assessment == NULL)
    return;
  ladder_assessment_update_respondent (self->assessment, person->id,
                                       gtk_editable_get_text (GTK_EDITABLE (person->name)),
                                       gtk_editable_get_text (GTK_EDITABLE (person->role)),
                                       adw_combo_row_get_selected (person->level) == 0
                                         ? 0 : 1u << (adw_combo_row_get_selected (person->level) - 1));
}

static void
answering_toggled_cb (PersonRow *person)
{
  if (!gtk_check_button_get_active (person->answering))
    return;
  ladder_start_page_set_respondent (person->page, person->id);
}

static void
add_person_row (LadderStartPage        *self,
                const LadderRespondent *respondent)
{
  static const char * const levels[] = {
    "Not stated", "Political", "Corporate", "Service", "Partnership", NULL,
  };
  PersonRow *person = g_new0 (PersonRow, 1);
  guint level_index = respondent->level == 0 ? 0 : (guint) g_bit_nth_lsf (respondent->level, -1) + 1;

  person->page = self;
  person->id = g_strdup (respondent->id);
  person->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  person->answering = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (person->answering), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (person->answering), "Answering now");
  if (self->person_rows->len > 0)
    gtk_check_button_set_group (person->answering,
                                ((PersonRow *) self->person_rows->pdata[0])->answering);
  adw_expander_row_add_prefix (person->row, GTK_WIDGET (person->answering));

  person->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->name), "Name");
  gtk_editable_set_text (GTK_EDITABLE (person->name), respondent->name != NULL ? respondent->name : "");
  person->role = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->role), "Role, such as lead member for children");
  gtk_editable_set_text (GTK_EDITABLE (person->role), respondent->role != NULL ? respondent->role : "");
  person->level = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person->level), "Leadership level they speak for");
  set_factory (person->level);
  adw_combo_row_set_model (person->level, G_LIST_MODEL (gtk_string_list_new (levels)));
  g_object_unref (adw_combo_row_get_model (person->level));
  adw_combo_row_set_selected (person->level, level_index);
  adw_expander_row_add_row (person->row, GTK_WIDGET (person->name));
  adw_expander_row_add_row (person->row, GTK_WIDGET (person->role));
  adw_expander_row_add_row (person->row, GTK_WIDGET (person->level));

  g_ptr_array_add (self->person_rows, person);
  person_title (person, self->person_rows->len - 1);
  g_signal_connect_swapped (person->name, "changed", G_CALLBACK (person_changed_cb), person);
  g_signal_connect_swapped (person->role, "changed", G_CALLBACK (person_changed_cb), person);
  g_signal_connect_swapped (person->level, "notify::selected", G_CALLBACK (person_changed_cb), person);
  g_signal_connect_swapped (person->answering, "toggled", G_CALLBACK (answering_toggled_cb), person);
  adw_preferences_group_add (self->people_group, GTK_WIDGET (person->row));
}

static void
clear_people (LadderStartPage *self)
{
  for (guint i = 0; i < self->person_rows->len; i++)
    adw_preferences_group_remove (self->people_group, GTK_WIDGET (((PersonRow *) self->person_rows->pdata[i])->row));
  g_ptr_array_set_size (self->person_rows, 0);
}

static void
show_respondent (LadderStartPage *self)
{
  for (guint i = 0; i < self->person_rows->len; i++)
    {
      PersonRow *person = self->person_rows->pdata[i];

      if (g_strcmp0 (person->id, self->respondent) == 0)
        gtk_check_button_set_active (person->answering, TRUE);
    }
}

static void
add_person_clicked_cb (LadderStartPage *self)
{
  const char *id;
  PersonRow *person;

  if (self->assessment == NULL)
    return;
  id = ladder_assessment_add_respondent (self->assessment, NULL, NULL, 0);
  add_person_row (self, ladder_assessment_find_respondent (self->assessment, id));
  person = self->person_rows->pdata[self->person_rows->len - 1];
  adw_expander_row_set_expanded (person->row, TRUE);
  ladder_start_page_set_respondent (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (person->name));
}

static void
select_council (LadderStartPage *self)
{
  const char *code = self->assessment != NULL ? ladder_assessment_get_council_code (self->assessment) : NULL;
  const char *name = self->assessment != NULL ? ladder_assessment_get_council_name (self->assessment) : NULL;
  guint selected = 0;

  for (guint i = 1; i < self->council_codes->len; i++)
    if ((code != NULL && g_strcmp0 (self->council_codes->pdata[i], code) == 0) ||
        (code == NULL && name != NULL && g_strcmp0 (gtk_string_list_get_string (self->council_names, i), name) == 0))
      selected = i;
  /* A council missing from the data loaded is kept and shown. */
  if (selected == 0 && name != NULL)
    {
      gtk_string_list_append (self->council_names, name);
      g_ptr_array_add (self->council_codes, g_strdup (code));
      selected = self->council_codes->len - 1;
    }
  gtk_drop_down_set_selected (self->council_dropdown, selected);
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
  clear_people (self);
  for (guint i = 0; a != NULL && i < ladder_assessment_get_n_respondents (a); i++)
    add_person_row (self, ladder_assessment_get_respondent (a, i));
  show_respondent (self);
  self->filling = FALSE;
}

static void
ladder_start_page_dispose (GObject *object)
{
  LadderStartPage *self = LADDER_START_PAGE (object);

  g_clear_object (&self->assessment);
  g_clear_pointer (&self->person_rows, g_ptr_array_unref);
  g_clear_pointer (&self->council_codes, g_ptr_array_unref);
  g_clear_object (&self->council_names);
  g_clear_pointer (&self->respondent, g_free);

  G_OBJECT_CLASS (ladder_start_page_parent_class)->dispose (object);
}

static void
ladder_start_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadderStartPage *self = LADDER_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_RESPONDENT:
      g_value_set_string (value, self->respondent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_start_page_class_init (LadderStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_start_page_dispose;
  object_class->get_property = ladder_start_page_get_property;

  /**
   * LadderStartPage:respondent:
   *
   * The identifier of the person answering the questions now.
   */
  properties[PROP_RESPONDENT] =
    g_param_spec_string ("respondent", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, LadderStartPage, people_group);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_person_clicked_cb);
}

static void
ladder_start_page_init (LadderStartPage *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->person_rows = g_ptr_array_new_with_free_func (person_row_free);
  self->council_names = gtk_string_list_new (NULL);
  self->council_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (self->council_names, NO_COUNCIL);
  g_ptr_array_add (self->council_codes, NULL);
  /* Searching the list needs to know what text each item shows. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->council_dropdown, expression);
  {
    g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();

    gtk_drop_down_set_factory (self->council_dropdown, factory);
  }
  gtk_drop_down_set_model (self->council_dropdown, G_LIST_MODEL (self->council_names));

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

/**
 * ladder_start_page_set_assessment:
 * @self: the page
 * @assessment: the assessment to show and edit
 *
 * Shows @assessment; from now on, edits go into it. The first person is
 * the one answering until another is chosen.
 */
void
ladder_start_page_set_assessment (LadderStartPage  *self,
                                  LadderAssessment *assessment)
{
  g_return_if_fail (LADDER_IS_START_PAGE (self));

  g_set_object (&self->assessment, assessment);
  g_clear_pointer (&self->respondent, g_free);
  if (assessment != NULL && ladder_assessment_get_n_respondents (assessment) > 0)
    self->respondent = g_strdup (ladder_assessment_get_respondent (assessment, 0)->id);
  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT]);
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
  for (guint i = 0; i < areas->len; i++)
    {
      LadderArea *area = areas->pdata[i];

      names[i + 1] = area->name;
      g_ptr_array_add (self->council_codes, area->la_number >= 0 ? g_strdup_printf ("%d", area->la_number) : NULL);
    }
  gtk_string_list_splice (self->council_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->council_names)),
                          names);
  select_council (self);
  self->filling = FALSE;
}

/**
 * ladder_start_page_get_respondent:
 * @self: the page
 *
 * Returns: (nullable): the identifier of the person answering now.
 */
const char *
ladder_start_page_get_respondent (LadderStartPage *self)
{
  g_return_val_if_fail (LADDER_IS_START_PAGE (self), NULL);
  return self->respondent;
}

/**
 * ladder_start_page_set_respondent:
 * @self: the page
 * @respondent_id: the person who will answer the questions now
 */
void
ladder_start_page_set_respondent (LadderStartPage *self,
                                  const char      *respondent_id)
{
  g_return_if_fail (LADDER_IS_START_PAGE (self));

  if (g_strcmp0 (self->respondent, respondent_id) == 0)
    return;
  g_free (self->respondent);
  self->respondent = g_strdup (respondent_id);
  show_respondent (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT]);
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
