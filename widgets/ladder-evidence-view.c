/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Evidence step's chart: choose an indicator, by topic and name or by
 * typing, and see the council's trend against its neighbours, region and
 * England, with the summary sentence and where the figures came from. */
#include "config.h"

#include "ladder-evidence-view.h"
#include "ladder-text.h"
#include "ladder-trend-view.h"

struct _LadderEvidenceView
{
  GtkBox         parent_instance;

  LadderDataset *dataset;
  char          *council;        /* LA number or name asked for, or NULL */
  GtkLabel      *heading;
  GtkDropDown   *indicator;
  GtkStringList *names;
  GArray        *measures;       /* measure index per drop-down item */
  LadderTrendView *chart;
  GtkLabel      *summary;
  GtkLabel      *sources;
};

G_DEFINE_FINAL_TYPE (LadderEvidenceView, ladder_evidence_view, GTK_TYPE_BOX)

/* The council asked for, or the first council in the data. */
static gboolean
find_council (LadderEvidenceView *self,
              guint              *area,
              gboolean           *chosen)
{
  *chosen = self->council != NULL && ladder_dataset_find_area (self->dataset, self->council, area) &&
            ladder_dataset_get_area (self->dataset, *area)->kind == LADDER_AREA_COUNCIL;
  if (*chosen)
    return TRUE;
  for (guint a = 0; a < ladder_dataset_get_n_areas (self->dataset); a++)
    if (ladder_dataset_get_area (self->dataset, a)->kind == LADDER_AREA_COUNCIL)
      {
        *area = a;
        return TRUE;
      }
  return FALSE;
}

static void
show_chart (LadderEvidenceView *self)
{
  guint item = gtk_drop_down_get_selected (self->indicator);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GString) sources = NULL;
  LadderTrendData *data;
  g_autofree char *summary = NULL;
  gboolean chosen;
  guint council;

  if (self->dataset == NULL || item == GTK_INVALID_LIST_POSITION || item >= self->measures->len ||
      !find_council (self, &council, &chosen))
    {
      ladder_trend_view_set_data (self->chart, NULL);
      gtk_label_set_text (self->summary, "There are no councils in the data loaded.");
      gtk_label_set_text (self->sources, "");
      return;
    }
  {
    g_autofree char *heading = g_strdup_printf (chosen ? "Figures for %s" : "Figures for %s (no council is chosen "
                                                "on the Start step, so the first in the data is shown)",
                                                ladder_dataset_get_area (self->dataset, council)->name);

    gtk_label_set_text (self->heading, heading);
  }
  data = ladder_trend_data_new (self->dataset, g_array_index (self->measures, guint, item), council, FALSE, &error);
  if (data == NULL)
    {
      ladder_trend_view_set_data (self->chart, NULL);
      gtk_label_set_text (self->summary, error->message);
      gtk_label_set_text (self->sources, "");
      return;
    }
  /* Every figure states its period (on the chart and in the summary) and
   * its source file (here). */
  summary = ladder_trend_data_summary (data);
  files = g_hash_table_new (g_str_hash, g_str_equal);
  sources = g_string_new ("Council figures from: ");
  for (guint i = 0; i < data->n_points; i++)
    if (data->points[i].source != NULL && g_hash_table_add (files, (gpointer) data->points[i].source))
      g_string_append_printf (sources, "%s%s", g_hash_table_size (files) > 1 ? ", " : "", data->points[i].source);
  gtk_label_set_text (self->summary, summary);
  gtk_label_set_text (self->sources, g_hash_table_size (files) > 0 ? sources->str : "");
  ladder_trend_view_set_data (self->chart, data);
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

static void
fill_indicators (LadderEvidenceView *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;
  const char *previous = NULL;
  guint old = gtk_drop_down_get_selected (self->indicator);

  if (old != GTK_INVALID_LIST_POSITION && old < self->measures->len && self->dataset != NULL)
    previous = gtk_string_list_get_string (self->names, old);
  g_array_set_size (self->measures, 0);
  for (guint m = 0; self->dataset != NULL && m < ladder_dataset_get_n_measures (self->dataset); m++)
    g_array_append_val (self->measures, m);
  if (self->dataset != NULL)
    g_array_sort_with_data (self->measures, compare_measures, self->dataset);
  for (guint i = 0; i < self->measures->len; i++)
    {
      LadderMeasure *measure = ladder_dataset_get_measure (self->dataset, g_array_index (self->measures, guint, i));
      char *label = measure->topic != NULL
        ? g_strdup_printf ("%s: %s", measure->topic, measure->name != NULL ? measure->name : measure->code)
        : g_strdup (measure->name != NULL ? measure->name : measure->code);

      if (previous != NULL && g_strcmp0 (label, previous) == 0)
        selected = i;
      g_ptr_array_add (labels, label);
    }
  g_ptr_array_add (labels, NULL);
  g_signal_handlers_block_by_func (self->indicator, show_chart, self);
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->indicator, self->measures->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  g_signal_handlers_unblock_by_func (self->indicator, show_chart, self);
}

static void
ladder_evidence_view_dispose (GObject *object)
{
  LadderEvidenceView *self = LADDER_EVIDENCE_VIEW (object);

  g_clear_pointer (&self->dataset, ladder_dataset_unref);
  g_clear_pointer (&self->council, g_free);
  g_clear_pointer (&self->measures, g_array_unref);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (ladder_evidence_view_parent_class)->dispose (object);
}

static void
ladder_evidence_view_class_init (LadderEvidenceViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_evidence_view_dispose;
}

static void
ladder_evidence_view_init (LadderEvidenceView *self)
{
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Indicator");

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->measures = g_array_new (FALSE, FALSE, sizeof (guint));
  self->names = gtk_string_list_new (NULL);
  self->heading = GTK_LABEL (ladder_text_heading_new ("Figures", "title-4"));
  self->indicator = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->names)), NULL));
  /* Typing finds an indicator by any words of its topic or name. */
  gtk_drop_down_set_enable_search (self->indicator, TRUE);
  gtk_drop_down_set_expression (self->indicator, expression);
  gtk_drop_down_set_factory (self->indicator, factory);
  gtk_widget_set_hexpand (GTK_WIDGET (self->indicator), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->indicator));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->indicator), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  g_signal_connect_swapped (self->indicator, "notify::selected", G_CALLBACK (show_chart), self);
  self->chart = LADDER_TREND_VIEW (ladder_trend_view_new ());
  /* Tall enough to read, in a page that scrolls. */
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), -1, 320);
  self->summary = GTK_LABEL (ladder_text_label_new ("", NULL));
  gtk_label_set_selectable (self->summary, TRUE);
  self->sources = GTK_LABEL (ladder_text_label_new ("", "dim-label"));

  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->indicator));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (self), row);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->chart));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->sources));
}

GtkWidget *
ladder_evidence_view_new (void)
{
  return g_object_new (LADDER_TYPE_EVIDENCE_VIEW, NULL);
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
  show_chart (self);
}

/**
 * ladder_evidence_view_set_council:
 * @self: the view
 * @council: (nullable): the council's LA number or name; %NULL for the
 *   first council in the data
 */
void
ladder_evidence_view_set_council (LadderEvidenceView *self,
                                  const char         *council)
{
  g_return_if_fail (LADDER_IS_EVIDENCE_VIEW (self));

  if (g_strcmp0 (self->council, council) == 0)
    return;
  g_free (self->council);
  self->council = g_strdup (council);
  show_chart (self);
}

/**
 * ladder_evidence_view_show_measure:
 * @self: the view
 * @code: a measure's code
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
        gtk_drop_down_set_selected (self->indicator, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * ladder_evidence_view_get_chart:
 * @self: the view
 *
 * Returns: (transfer none): the trend chart.
 */
LadderTrendView *
ladder_evidence_view_get_chart (LadderEvidenceView *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), NULL);
  return self->chart;
}

/**
 * ladder_evidence_view_get_summary:
 * @self: the view
 *
 * Returns: the summary sentence on show.
 */
const char *
ladder_evidence_view_get_summary (LadderEvidenceView *self)
{
  g_return_val_if_fail (LADDER_IS_EVIDENCE_VIEW (self), NULL);
  return gtk_label_get_text (self->summary);
}
