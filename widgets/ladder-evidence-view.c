/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Evidence step's charts: choose an indicator, by topic and name or by
 * typing, and see the council over time against its neighbours, region
 * and England, beside its neighbours, and among every council; or open the
 * scorecard of the indicators the walkthrough links to. Each chart comes
 * with its table, export, summary sentence, period and source files.
 *
 * The charts are made when the indicator, the council or the data change,
 * and only for the page on show: the scorecard waits until it is opened.
 * The panels themselves are built after the window's first frame. */
#include "config.h"

#include "ladder-chart-panel.h"
#include "ladder-evidence-view.h"
#include "ladder-glossary-button.h"
#include "ladder-search.h"
#include "ladder-search-drop-down.h"
#include "ladder-text.h"

enum
{
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_INDICATOR_CHARTS 3

struct _LadderEvidenceView
{
  GtkBox            parent_instance;

  LadderDataset    *dataset;
  char             *council_code;   /* DfE number or ONS code asked for, or NULL */
  char             *council_name;   /* the name asked for, or NULL */
  char             *no_charts;      /* why the indicator has no charts, or NULL */
  char             *first_code;     /* the indicator to open on, or NULL */
  gboolean          automatic;      /* the indicator on show was chosen by the view, not the user */
  GStrv             scorecard_codes; /* the walkthrough's indicators, or NULL */
  gboolean          scorecard_stale;
  gboolean          charts_stale;   /* made when the view is next shown */
  GtkLabel         *heading;
  GtkStack         *pages;
  LadderSearchDropDown *indicator;
  GArray           *measures;       /* measure index per drop-down item */
  LadderChartPanel *panels[N_INDICATOR_CHARTS];  /* trend, neighbours, distribution */
  LadderChartPanel *scorecard;
  GtkBox           *indicator_page;
  GtkBox           *scorecard_page;
};

G_DEFINE_FINAL_TYPE (LadderEvidenceView, ladder_evidence_view, GTK_TYPE_BOX)

/* The council asked for, and never another in its place: when it is not
 * in the data, @why says so, with the councils most like it. */
static gboolean
find_council (LadderEvidenceView  *self,
              guint               *area,
              char               **why)
{
  const char *asked;
  g_autofree char *suggestion = NULL;

  if (self->dataset == NULL)
    {
      *why = g_strdup ("No data is loaded.");
      return FALSE;
    }
  if (ladder_dataset_find_council_or_suggest (self->dataset, self->council_code, self->council_name, area, &asked,
                                              &suggestion))
    return TRUE;
  if (asked == NULL)
    {
      *why = g_strdup ("Choose the council on the Start step to see its figures.");
      return FALSE;
    }
  *why = g_strdup_printf ("%s is not in the data loaded, so no figures are shown. %s Choose the council on "
                          "the Start step, or load data that includes it.", asked, suggestion);
  return FALSE;
}

static void
show_scorecard (LadderEvidenceView *self)
{
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  LadderChart *chart = NULL;
  g_autofree char *why = NULL;
  guint council;

  self->scorecard_stale = FALSE;
  if (!find_council (self, &council, &why))
    {
      ladder_chart_panel_set_chart (self->scorecard, NULL, why);
      return;
    }
  /* The walkthrough's indicators that the data has; failing those, all. */
  for (guint i = 0; self->scorecard_codes != NULL && self->scorecard_codes[i] != NULL; i++)
    {
      guint measure;

      if (ladder_dataset_find_measure (self->dataset, self->scorecard_codes[i], &measure))
        g_array_append_val (measures, measure);
    }
  if (measures->len == 0)
    g_array_append_vals (measures, self->measures->data, self->measures->len);
  chart = ladder_chart_new (self->dataset, LADDER_CHART_SCORECARD, (const guint *) measures->data, measures->len,
                            council, &error);
  ladder_chart_panel_set_chart (self->scorecard, chart, error != NULL ? error->message : NULL);
}

static void
show_charts (LadderEvidenceView *self)
{
  guint item = ladder_search_drop_down_get_selected (self->indicator);
  g_autofree char *why = NULL;
  guint council;

  self->scorecard_stale = TRUE;
  /* Nothing is made before the panels are built: the data often arrives
   * before the window's first frame, which should not wait for charts. */
  self->charts_stale = self->scorecard == NULL;
  if (self->charts_stale)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "scorecard") == 0)
    show_scorecard (self);
  if (!find_council (self, &council, &why) ||
      item == GTK_INVALID_LIST_POSITION || item >= self->measures->len)
    {
      g_free (self->no_charts);
      self->no_charts = g_strdup (why != NULL ? why : "The data loaded has no indicators.");
      gtk_label_set_text (self->heading, "Figures");
      for (guint k = 0; k < N_INDICATOR_CHARTS; k++)
        ladder_chart_panel_set_chart (self->panels[k], NULL, k > 0 ? NULL : self->no_charts);
      return;
    }
  g_clear_pointer (&self->no_charts, g_free);
  {
    g_autofree char *heading = g_strdup_printf ("Figures for %s",
                                                ladder_dataset_get_area (self->dataset, council)->name);

    gtk_label_set_text (self->heading, heading);
  }
  for (guint k = 0; k < N_INDICATOR_CHARTS; k++)
    {
      g_autoptr(GError) error = NULL;
      guint measure = g_array_index (self->measures, guint, item);
      LadderChart *chart = ladder_chart_new (self->dataset, (LadderChartKind) k, &measure, 1, council, &error);

      ladder_chart_panel_set_chart (self->panels[k], chart, error != NULL ? error->message : NULL);
    }
}

static void
mapped_cb (LadderEvidenceView *self)
{
  ladder_evidence_view_build (self);
  if (self->charts_stale)
    show_charts (self);
}

static void
page_changed_cb (LadderEvidenceView *self)
{
  if (self->scorecard != NULL && self->scorecard_stale && g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "scorecard") == 0)
    show_scorecard (self);
}

static void
toast_cb (LadderChartPanel   *panel,
          const char         *message,
          LadderEvidenceView *self)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}

static int
compare_measures (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  LadderDataset *dataset = user_data;
  LadderMeasure *x = ladder_dataset_get_measure (dataset, *(const guint *) a);
  LadderMeasure *y = ladder_dataset_get_measure (dataset, *(const guint *) b);
  int topic = g_strcmp0 (x->topic, y->topic);

  return topic != 0 ? topic : g_utf8_collate (x->name != NULL ? x->name : x->code, y->name != NULL ? y->name : y->code);
}

/* Someone chose an indicator: the view stops choosing for them. */
static void
indicator_chosen_cb (LadderEvidenceView *self)
{
  self->automatic = FALSE;
}

static void
fill_indicators (LadderEvidenceView *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) search_texts = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;
  g_autofree char *previous = NULL;
  guint old = ladder_search_drop_down_get_selected (self->indicator);

  if (old != GTK_INVALID_LIST_POSITION && old < self->measures->len && self->dataset != NULL)
    previous = g_strdup (ladder_search_drop_down_get_label (self->indicator, old));
  g_array_set_size (self->measures, 0);
  for (guint m = 0; self->dataset != NULL && m < ladder_dataset_get_n_measures (self->dataset); m++)
    if (!ladder_dataset_get_measure (self->dataset, m)->discontinued)
      g_array_append_val (self->measures, m);
  if (self->dataset != NULL)
    g_array_sort_with_data (self->measures, compare_measures, self->dataset);
  for (guint i = 0; i < self->measures->len; i++)
    {
      LadderMeasure *measure = ladder_dataset_get_measure (self->dataset, g_array_index (self->measures, guint, i));
      char *label = measure->topic != NULL
        ? g_strdup_printf ("%s: %s", measure->topic, measure->name != NULL ? measure->name : measure->code)
        : g_strdup (measure->name != NULL ? measure->name : measure->code);

      if (previous != NULL && !self->automatic && g_strcmp0 (label, previous) == 0)
        selected = i;
      else if ((previous == NULL || self->automatic) && g_strcmp0 (measure->code, self->first_code) == 0)
        selected = i;
      g_ptr_array_add (labels, label);
      g_ptr_array_add (search_texts, ladder_search_measure_text (measure));
    }
  if (previous == NULL)
    self->automatic = TRUE;
  g_signal_handlers_block_by_func (self->indicator, show_charts, self);
  g_signal_handlers_block_by_func (self->indicator, indicator_chosen_cb, self);
  ladder_search_drop_down_set_items (self->indicator, (const char * const *) labels->pdata,
                                     (const char * const *) search_texts->pdata, labels->len);
  ladder_search_drop_down_set_selected (self->indicator, self->measures->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  g_signal_handlers_unblock_by_func (self->indicator, indicator_chosen_cb, self);
  g_signal_handlers_unblock_by_func (self->indicator, show_charts, self);
}

static void
ladder_evidence_view_dispose (GObject *object)
{
  LadderEvidenceView *self = LADDER_EVIDENCE_VIEW (object);

  g_clear_pointer (&self->dataset, ladder_dataset_unref);
  g_clear_pointer (&self->council_code, g_free);
  g_clear_pointer (&self->council_name, g_free);
  g_clear_pointer (&self->no_charts, g_free);
  g_clear_pointer (&self->first_code, g_free);
  g_clear_pointer (&self->scorecard_codes, g_strfreev);
  g_clear_pointer (&self->measures, g_array_unref);

  G_OBJECT_CLASS (ladder_evidence_view_parent_class)->dispose (object);
}

static void
ladder_evidence_view_class_init (LadderEvidenceViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_evidence_view_dispose;

  /**
   * LadderEvidenceView::toast:
   * @message: what happened
   *
   * A chart was saved, or could not be.
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static LadderChartPanel *
panel_new (LadderEvidenceView *self,
           GtkBox             *box)
{
  LadderChartPanel *panel = LADDER_CHART_PANEL (ladder_chart_panel_new ());

  g_signal_connect (panel, "toast", G_CALLBACK (toast_cb), self);
  gtk_box_append (box, GTK_WIDGET (panel));
  return panel;
}

static void
ladder_evidence_view_init (LadderEvidenceView *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Indicator");
  GtkWidget *indicator_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *scorecard_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *switcher = gtk_stack_switcher_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->measures = g_array_new (FALSE, FALSE, sizeof (guint));
  self->heading = GTK_LABEL (ladder_text_heading_new ("Figures", "title-4"));
  /* Typing finds an indicator by any word or part of a word of its code,
   * topic or name. */
  self->indicator = LADDER_SEARCH_DROP_DOWN (ladder_search_drop_down_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->indicator), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->indicator));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->indicator), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  ladder_search_drop_down_set_name (self->indicator, "Indicator");
  g_signal_connect_swapped (self->indicator, "notify::selected", G_CALLBACK (indicator_chosen_cb), self);
  g_signal_connect_swapped (self->indicator, "notify::selected", G_CALLBACK (show_charts), self);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->indicator));
  gtk_box_append (GTK_BOX (indicator_page), row);
  gtk_box_append (GTK_BOX (scorecard_page),
                  ladder_text_label_new ("The latest figure for each indicator the questions link to: its band "
                                         "among all councils (A is the best quarter), its rank, the change since "
                                         "the period before, and its recent trend.", NULL));
  self->indicator_page = GTK_BOX (indicator_page);
  self->scorecard_page = GTK_BOX (scorecard_page);

  self->pages = GTK_STACK (gtk_stack_new ());
  /* Both pages take the taller's height: in GTK 4.8 a stack whose pages
   * differ in height asks for a width of over 1100 pixels, which stops the
   * window narrowing. */
  gtk_stack_add_titled (self->pages, indicator_page, "indicator", "One Indicator");
  gtk_stack_add_titled (self->pages, scorecard_page, "scorecard", "Scorecard");
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->pages);
  gtk_widget_set_halign (switcher, GTK_ALIGN_START);
  g_signal_connect_swapped (self->pages, "notify::visible-child", G_CALLBACK (page_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);

  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (self), ladder_glossary_button_new ());
  gtk_box_append (GTK_BOX (self), switcher);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->pages));
}

GtkWidget *
ladder_evidence_view_new (void)
{
  return g_object_new (LADDER_TYPE_EVIDENCE_VIEW, NULL);
}

/**
 * ladder_evidence_view_build:
 * @self: the view
 *
 * Builds the chart panels and makes the charts, which the view leaves until
 * it is first shown or this is called (the window calls it when idle after
 * its first frame).
 *
 * Returns: whether anything was built.
 */
gboolean
ladder_evidence_view_build (LadderEvidenceView *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), FALSE);

  if (self->scorecard != NULL)
    return FALSE;
  for (guint k = 0; k < N_INDICATOR_CHARTS; k++)
    self->panels[k] = panel_new (self, self->indicator_page);
  /* Tall enough to read, in a page that scrolls. */
  gtk_widget_set_size_request (GTK_WIDGET (ladder_chart_panel_get_view (self->panels[0])), -1, 320);
  self->scorecard = panel_new (self, self->scorecard_page);
  show_charts (self);
  return TRUE;
}

/**
 * ladder_evidence_view_set_dataset:
 * @self: the view
 * @dataset: (nullable): the data loaded
 */
void
ladder_evidence_view_set_dataset (LadderEvidenceView *self,
                                  LadderDataset      *dataset)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));

  g_clear_pointer (&self->dataset, ladder_dataset_unref);
  self->dataset = dataset != NULL ? ladder_dataset_ref (dataset) : NULL;
  fill_indicators (self);
  show_charts (self);
}

/**
 * ladder_evidence_view_set_council:
 * @self: the view
 * @code: (nullable): the council's DfE number or ONS code
 * @name: (nullable): its name
 *
 * Chooses the council whose figures are shown. When the data lacks it, the
 * view says so and offers the closest names; it never shows another.
 */
void
ladder_evidence_view_set_council (LadderEvidenceView *self,
                                  const char         *code,
                                  const char         *name)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));

  if (g_strcmp0 (self->council_code, code) == 0 && g_strcmp0 (self->council_name, name) == 0)
    return;
  g_free (self->council_code);
  g_free (self->council_name);
  self->council_code = g_strdup (code);
  self->council_name = g_strdup (name);
  show_charts (self);
}

/**
 * ladder_evidence_view_set_scorecard_codes:
 * @self: the view
 * @codes: (nullable): the measures the scorecard lists, in order; those
 *   the data lacks are left out, and with none at all every measure is
 *   listed
 */
void
ladder_evidence_view_set_scorecard_codes (LadderEvidenceView *self,
                                          const char * const *codes)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));

  g_strfreev (self->scorecard_codes);
  self->scorecard_codes = g_strdupv ((char **) codes);
  self->scorecard_stale = TRUE;
  page_changed_cb (self);
}

/**
 * ladder_evidence_view_set_first_measure:
 * @self: the view
 * @code: (nullable): the indicator to open on
 *
 * Names the indicator worth showing first (see ladder_first_indicator()).
 * The view moves to it until someone chooses another.
 */
void
ladder_evidence_view_set_first_measure (LadderEvidenceView *self,
                                        const char         *code)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));

  if (g_strcmp0 (self->first_code, code) == 0)
    return;
  g_free (self->first_code);
  self->first_code = g_strdup (code);
  if (!self->automatic || self->dataset == NULL)
    return;
  for (guint i = 0; code != NULL && i < self->measures->len; i++)
    if (g_strcmp0 (ladder_dataset_get_measure (self->dataset, g_array_index (self->measures, guint, i))->code,
                   code) == 0)
      {
        g_signal_handlers_block_by_func (self->indicator, indicator_chosen_cb, self);
        ladder_search_drop_down_set_selected (self->indicator, i);
        g_signal_handlers_unblock_by_func (self->indicator, indicator_chosen_cb, self);
        return;
      }
}

/**
 * ladder_evidence_view_show_measure:
 * @self: the view
 * @code: a measure's code
 *
 * Shows the charts of that measure.
 *
 * Returns: %FALSE when the data has no such measure.
 */
gboolean
ladder_evidence_view_show_measure (LadderEvidenceView *self,
                                   const char         *code)
{
  guint measure;

  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), FALSE);

  if (self->dataset == NULL || !ladder_dataset_find_measure (self->dataset, code, &measure))
    return FALSE;
  for (guint i = 0; i < self->measures->len; i++)
    if (g_array_index (self->measures, guint, i) == measure)
      {
        gtk_stack_set_visible_child_name (self->pages, "indicator");
        ladder_search_drop_down_set_selected (self->indicator, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * ladder_evidence_view_show_scorecard:
 * @self: the view
 */
void
ladder_evidence_view_show_scorecard (LadderEvidenceView *self)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));
  gtk_stack_set_visible_child_name (self->pages, "scorecard");
}

/**
 * ladder_evidence_view_get_panel:
 * @self: the view
 * @kind: which chart
 *
 * Returns: (transfer none): the panel of that chart.
 */
LadderChartPanel *
ladder_evidence_view_get_panel (LadderEvidenceView *self,
                                LadderChartKind     kind)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), NULL);
  ladder_evidence_view_build (self);
  return kind == LADDER_CHART_SCORECARD ? self->scorecard : self->panels[kind];
}

/**
 * ladder_evidence_view_get_summary:
 * @self: the view
 *
 * Returns: the trend's summary sentence, or why there is no chart.
 */
const char *
ladder_evidence_view_get_summary (LadderEvidenceView *self)
{
  LadderChart *chart;

  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), NULL);
  if (self->panels[0] == NULL)
    return "";
  chart = ladder_chart_view_get_chart (ladder_chart_panel_get_view (self->panels[0]));
  if (chart != NULL)
    return ladder_chart_get_summary (chart);
  return self->no_charts != NULL ? self->no_charts : "";
}
