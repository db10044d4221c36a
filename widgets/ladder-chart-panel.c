/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart with everything around it.
 *
 * Above the chart: its title, a Table switch that shows exactly the
 * figures drawn instead of the drawing, and Save As (PNG, SVG, PDF, or the
 * figures as CSV). For a trend, check buttons turn each series on and off,
 * add a faint line per neighbour, or fit the axis to the figures. Below:
 * the summary sentence and the caption naming the period and the files.
 *
 * The table is built only when it is shown, and again when the figures or
 * the series change while it is shown. Saving reports through the "toast"
 * signal, which the window turns into a toast. */
#include "config.h"

#include "ladder-chart-panel.h"
#include "ladder-text.h"

enum
{
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const series_labels[LADDER_N_SERIES] = {
  "This council", "Neighbours’ average", "Region", "England",
};

struct _LadderChartPanel
{
  GtkBox           parent_instance;

  GtkLabel        *title;
  GtkToggleButton *table_toggle;
  GtkMenuButton   *export_button;
  GtkWidget       *options;          /* the trend's check buttons */
  GtkCheckButton  *series[LADDER_N_SERIES];
  GtkCheckButton  *each_neighbour;
  GtkCheckButton  *fitted;
  GtkStack        *stack;
  LadderChartView *view;
  GtkScrolledWindow *table_window;
  GtkWidget       *table;            /* a GtkGrid, or NULL until shown */
  GtkLabel        *summary;
  GtkLabel        *caption;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LadderChartPanel, ladder_chart_panel, GTK_TYPE_BOX)

static LadderChart *
chart_of (LadderChartPanel *self)
{
  return ladder_chart_view_get_chart (self->view);
}

static void
build_table (LadderChartPanel *self)
{
  LadderChart *chart = chart_of (self);
  const LadderTable *table;
  GtkGrid *grid;

  gtk_scrolled_window_set_child (self->table_window, NULL);
  self->table = NULL;
  if (chart == NULL)
    return;
  table = ladder_chart_get_table (chart);
  grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 4);
  gtk_widget_add_css_class (GTK_WIDGET (grid), "chart-table");
  for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
    {
      GtkWidget *label = gtk_label_new (ladder_table_get_header (table, c));

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), ladder_table_is_numeric (table, c) ? 1 : 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_grid_attach (grid, label, c, 0, 1, 1);
    }
  for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
    for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
      {
        const char *text = ladder_table_get (table, r, c);
        GtkWidget *label;

        /* A number the chart could not draw says so in words. */
        if (*text == '\0' && ladder_table_is_numeric (table, c))
          text = "no figure";
        label = gtk_label_new (text);
        gtk_label_set_xalign (GTK_LABEL (label), ladder_table_is_numeric (table, c) ? 1 : 0);
        if (ladder_table_is_numeric (table, c))
          gtk_widget_add_css_class (label, "numeric");
        gtk_grid_attach (grid, label, c, r + 1, 1, 1);
      }
  self->table = GTK_WIDGET (grid);
  gtk_scrolled_window_set_child (self->table_window, self->table);
}

static void
table_toggled_cb (LadderChartPanel *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_toggle);

  if (table && self->table == NULL)
    build_table (self);
  gtk_stack_set_visible_child_name (self->stack, table ? "table" : "chart");
}

static void
options_changed_cb (LadderChartPanel *self)
{
  LadderTrendOptions options = { 0 };

  for (guint s = 0; s < LADDER_N_SERIES; s++)
    if (!gtk_check_button_get_active (self->series[s]))
      options.hidden |= 1u << s;
  options.each_neighbour = gtk_check_button_get_active (self->each_neighbour);
  options.fitted = gtk_check_button_get_active (self->fitted);
  ladder_chart_view_set_trend_options (self->view, &options);
  /* The table lists the series drawn. */
  if (gtk_toggle_button_get_active (self->table_toggle))
    build_table (self);
  else
    {
      gtk_scrolled_window_set_child (self->table_window, NULL);
      self->table = NULL;
    }
}

/**
 * ladder_chart_panel_export:
 * @self: the panel
 * @path: a file name ending .png, .svg, .pdf, .csv or .xlsx
 * @error: return location for an error
 *
 * Saves the chart as shown (the series on, the axis) or its figures.
 *
 * Returns: %TRUE when the file was written.
 */
gboolean
ladder_chart_panel_export (LadderChartPanel  *self,
                           const char        *path,
                           GError           **error)
{
  LadderChart *chart = chart_of (self);

  g_return_val_if_fail (LADDER_IS_CHART_PANEL (self), FALSE);

  if (chart == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no chart to save");
      return FALSE;
    }
  /* A scorecard grows from there to fit its rows. */
  return ladder_chart_save (chart, path, 1000, 600, error);
}

static void
chooser_response_cb (GtkNativeDialog  *dialog,
                     int               response,
                     LadderChartPanel *self)
{
  const char *suffix = g_object_get_data (G_OBJECT (dialog), "suffix");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      if (path == NULL)
        message = g_strdup ("Charts can only be saved to files on this computer");
      else
        {
          g_autofree char *lower = g_ascii_strdown (path, -1);

          /* A name typed without its ending gets the one chosen. */
          if (!g_str_has_suffix (lower, suffix))
            {
              char *with = g_strconcat (path, suffix, NULL);

              g_free (path);
              path = with;
            }
          if (ladder_chart_panel_export (self, path, &error))
            {
              g_autofree char *name = g_path_get_basename (path);

              message = g_strdup_printf ("Saved %s", name);
            }
          else
            message = g_strdup_printf ("Could not save: %s", error->message);
        }
      g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderChartPanel *self = LADDER_CHART_PANEL (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  LadderChart *chart = chart_of (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *suffix = g_strdup_printf (".%s", format);
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (chart == NULL || self->chooser != NULL)
    return;
  title = g_strdup (ladder_chart_get_title (chart));
  g_strdelimit (title, "/\\:*?\"<>|", '-');
  name = g_strconcat (title, suffix, NULL);
  self->chooser = gtk_file_chooser_native_new (g_str_equal (format, "csv") || g_str_equal (format, "xlsx")
                                               ? "Save Figures" : "Save Chart",
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, "Save", "Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, g_str_equal (format, "csv") ? "Figures (CSV)"
                                    : g_str_equal (format, "xlsx") ? "Excel workbook"
                                    : g_str_equal (format, "svg") ? "SVG image"
                                    : g_str_equal (format, "pdf") ? "PDF document" : "PNG image");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "suffix", g_steal_pointer (&suffix), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
ladder_chart_panel_dispose (GObject *object)
{
  LadderChartPanel *self = LADDER_CHART_PANEL (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  G_OBJECT_CLASS (ladder_chart_panel_parent_class)->dispose (object);
}

static void
ladder_chart_panel_class_init (LadderChartPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ladder_chart_panel_dispose;
  gtk_widget_class_install_action (widget_class, "panel.export", "s", export_action);

  /**
   * LadderChartPanel::toast:
   * @message: what happened, in a short sentence
   *
   * A chart was saved, or could not be.
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

/* The switches flow onto more lines in a narrow window; Tab goes to the
 * check buttons themselves, not the flow box's children around them. */
static GtkCheckButton *
option_new (GtkFlowBox       *box,
            const char       *label,
            gboolean          active,
            LadderChartPanel *self)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (options_changed_cb), self);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), check);
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_append (box, child);
  return GTK_CHECK_BUTTON (check);
}

static void
ladder_chart_panel_init (LadderChartPanel *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart-panel");

  self->title = GTK_LABEL (ladder_text_heading_new ("", "heading"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  self->table_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label ("Table"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->table_toggle), "Show the figures as a table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Table of the figures", -1);
  gtk_widget_set_valign (GTK_WIDGET (self->table_toggle), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->table_toggle, "toggled", G_CALLBACK (table_toggled_cb), self);
  g_menu_append (menu, "Image (PNG)", "panel.export::png");
  g_menu_append (menu, "Scalable Image (SVG)", "panel.export::svg");
  g_menu_append (menu, "PDF", "panel.export::pdf");
  g_menu_append (menu, "Figures as a Spreadsheet (CSV)", "panel.export::csv");
  g_menu_append (menu, "Figures as an Excel Workbook (XLSX)", "panel.export::xlsx");
  self->export_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->export_button, "Save As…");
  gtk_menu_button_set_menu_model (self->export_button, G_MENU_MODEL (menu));
  gtk_widget_set_valign (GTK_WIDGET (self->export_button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Save the chart or its figures", -1);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->table_toggle));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->export_button));

  self->options = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->options), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->options), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->options), 12);
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    self->series[s] = option_new (GTK_FLOW_BOX (self->options), series_labels[s], TRUE, self);
  self->each_neighbour = option_new (GTK_FLOW_BOX (self->options), "A line for each neighbour", FALSE, self);
  self->fitted = option_new (GTK_FLOW_BOX (self->options), "Fit the axis to the figures", FALSE, self);

  self->view = LADDER_CHART_VIEW (ladder_chart_view_new ());
  /* The table scrolls across when it is wider than the window, but never
   * up and down: the page around it does that. A scroller of its own
   * would be given only its minimum height in a page that scrolls, and
   * show the heading alone. */
  self->table_window = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->table_window, GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "chart");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->table_window), "table");
  /* Each page its own size: a long table must not stretch the chart. */
  gtk_stack_set_vhomogeneous (self->stack, FALSE);

  self->summary = GTK_LABEL (ladder_text_label_new ("", NULL));
  self->caption = GTK_LABEL (ladder_text_label_new ("", "dim-label"));

  gtk_box_append (GTK_BOX (self), header);
  gtk_box_append (GTK_BOX (self), self->options);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->caption));
  ladder_chart_panel_set_chart (self, NULL, NULL);
}

GtkWidget *
ladder_chart_panel_new (void)
{
  return g_object_new (LADDER_TYPE_CHART_PANEL, NULL);
}

/**
 * ladder_chart_panel_set_chart:
 * @self: the panel
 * @chart: (transfer full) (nullable): the chart
 * @message: (nullable): why there is no chart, when @chart is %NULL
 */
void
ladder_chart_panel_set_chart (LadderChartPanel *self,
                              LadderChart      *chart,
                              const char       *message)
{
  gboolean trend = chart != NULL && ladder_chart_get_kind (chart) == LADDER_CHART_TREND;

  g_return_if_fail (LADDER_IS_CHART_PANEL (self));

  ladder_chart_view_set_chart (self->view, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->stack), chart != NULL);
  gtk_widget_set_visible (self->options, trend);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table_toggle), chart != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), chart != NULL);
  /* Without a chart there is nothing to tabulate or save: only why. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->table_toggle)), chart != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), chart != NULL || (message != NULL && *message != '\0'));
  gtk_label_set_text (self->title, chart != NULL ? ladder_chart_get_title (chart) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title), chart != NULL);
  gtk_label_set_text (self->summary, chart != NULL ? ladder_chart_get_summary (chart)
                                     : message != NULL ? message : "");
  gtk_label_set_text (self->caption, chart != NULL ? ladder_chart_get_caption (chart) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption), chart != NULL);
  if (trend)
    options_changed_cb (self);
  else if (gtk_toggle_button_get_active (self->table_toggle))
    build_table (self);
  else
    {
      gtk_scrolled_window_set_child (self->table_window, NULL);
      self->table = NULL;
    }
}

/**
 * ladder_chart_panel_get_view:
 * @self: the panel
 *
 * Returns: (transfer none): the chart widget.
 */
LadderChartView *
ladder_chart_panel_get_view (LadderChartPanel *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_PANEL (self), NULL);
  return self->view;
}

/**
 * ladder_chart_panel_show_table:
 * @self: the panel
 * @table: the table rather than the drawing
 */
void
ladder_chart_panel_show_table (LadderChartPanel *self,
                               gboolean          table)
{
  g_return_if_fail (LADDER_IS_CHART_PANEL (self));
  gtk_toggle_button_set_active (self->table_toggle, table);
}

/**
 * ladder_chart_panel_get_table:
 * @self: the panel
 *
 * Returns: (transfer none) (nullable): the table's grid, while shown.
 */
GtkWidget *
ladder_chart_panel_get_table (LadderChartPanel *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_PANEL (self), NULL);
  return self->table;
}
