/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What data is loaded, file by file, and the progress of a load. */
#include "config.h"

#include "ladder-data-panel.h"

struct _LadderDataPanel
{
  AdwBin          parent_instance;

  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkLabel       *fictional_label;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkWidget      *problems_box;
  GtkListBox     *problems_list;
  GtkListBox     *files_list;
};

G_DEFINE_FINAL_TYPE (LadderDataPanel, ladder_data_panel, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row of plain text: file contents are never read as markup. */
static GtkWidget *
text_row (const char *title,
          const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_text = g_markup_escape_text (text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  /* The row names itself from its title and subtitle labels. */
  return row;
}

/* A button that takes @path off the list of files to load. */
static GtkWidget *
remove_button (const char *name,
               const char *path)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf ("Remove %s", name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.remove-data-file");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  return button;
}

/* The details of one file, added to its row when it is first expanded:
 * most rows are never opened, and the panel is built at start-up on a page
 * that is not even on show. */
static void
add_file_details (AdwExpanderRow     *row,
                  LadderImportReport *report)
{
  g_autofree char *values = ladder_format_count (report->n_values);
  g_autofree char *missing = ladder_format_count (report->n_missing);
  g_autoptr(GString) figures = g_string_new (NULL);
  g_autofree char *coverage = ladder_import_report_describe_coverage (report);
  g_autofree char *file = g_strdup_printf ("%.1f MB, %s, %s", report->n_bytes / 1e6,
                                           ladder_csv_encoding_to_string (report->encoding),
                                           ladder_csv_delimiter_name (report->delimiter));

  g_string_printf (figures, "%s %s and %s missing", values,
                   report->n_values == 1 ? "figure" : "figures", missing);
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    if (report->n_missing_by_state[s] > 0)
      {
        g_autofree char *n = ladder_format_count (report->n_missing_by_state[s]);
        g_string_append_printf (figures, "; %s %s", n, ladder_cell_state_to_string (s));
      }
  if (report->n_values + report->n_missing > 0)
    adw_expander_row_add_row (row, text_row ("Figures", figures->str));
  adw_expander_row_add_row (row, text_row ("Coverage", coverage));
  adw_expander_row_add_row (row, text_row ("File", file));
  if (report->n_skipped > 0)
    {
      g_autofree char *n = ladder_format_count (report->n_skipped);
      g_autofree char *text = g_strdup_printf ("%s %s: discontinued measures, superseded codes "
                                               "or older neighbour groupings", n,
                                               report->n_skipped == 1 ? "row" : "rows");
      adw_expander_row_add_row (row, text_row ("Left out on purpose", text));
    }
  if (report->n_merged > 0 || report->n_conflicts > 0)
    {
      g_autofree char *merged = ladder_format_count (report->n_merged);
      g_autofree char *conflicts = ladder_format_count (report->n_conflicts);
      g_autofree char *text = g_strdup_printf ("%s the same as an earlier file; %s different, "
                                               "where this file’s figure is used", merged, conflicts);
      adw_expander_row_add_row (row, text_row ("Overlap with earlier files", text));
    }
  if (report->unreadable_periods->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < report->unreadable_periods->len; i++)
        g_string_append_printf (text, "%s“%s”", i > 0 ? ", " : "",
                                (const char *) report->unreadable_periods->pdata[i]);
      adw_expander_row_add_row (row, text_row ("Period labels kept as published", text->str));
    }
  if (report->n_warnings > 0)
    {
      g_autofree char *n = ladder_format_count (report->n_warnings);
      g_autofree char *title = g_strdup_printf ("%s %s%s", n, report->n_warnings == 1 ? "warning" : "warnings",
                                                report->n_warnings > report->warnings->len ? ", the first of them below" : "");
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < report->warnings->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (const char *) report->warnings->pdata[i]);
      adw_expander_row_add_row (row, text_row (title, text->str));
    }
}

static void
file_row_expanded_cb (AdwExpanderRow *row,
                      GParamSpec     *pspec,
                      gpointer        user_data)
{
  LadderImportReport *report = g_object_get_data (G_OBJECT (row), "ladder-report");

  if (!adw_expander_row_get_expanded (row) || report == NULL)
    return;
  add_file_details (row, report);
  g_object_set_data (G_OBJECT (row), "ladder-report", NULL);
  g_signal_handlers_disconnect_by_func (row, file_row_expanded_cb, user_data);
}

/* @report must outlive the row: see ladder_data_panel_show_load(). */
static GtkWidget *
file_row (LadderImportReport *report,
          const char         *path,
          gboolean            removable)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *escaped_name = g_markup_escape_text (report->name, -1);
  g_autofree char *rows = ladder_format_count (report->n_rows);
  g_autofree char *subtitle = g_strdup_printf ("%s, %s %s", ladder_data_format_to_string (report->format),
                                               rows, report->n_rows == 1 ? "row" : "rows");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* Unlike an action row, an expander row does not name itself. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, report->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  g_object_set_data (G_OBJECT (row), "ladder-report", report);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (file_row_expanded_cb), NULL);

  if (removable)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove_button (report->name, path));
  return row;
}

static void
ladder_data_panel_class_init (LadderDataPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-data-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, fictional_label);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, progress_box);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, problems_box);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, problems_list);
  gtk_widget_class_bind_template_child (widget_class, LadderDataPanel, files_list);
}

static void
ladder_data_panel_init (LadderDataPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->title_label, "No Data Loaded");
  gtk_label_set_text (self->summary_label, "Import the Department’s data files to compare councils.");
}

/**
 * ladder_data_panel_new:
 *
 * Returns: (transfer floating): a panel showing no data.
 */
GtkWidget *
ladder_data_panel_new (void)
{
  return g_object_new (LADDER_TYPE_DATA_PANEL, NULL);
}

/**
 * ladder_data_panel_show_load:
 * @self: a panel
 * @load: what is loaded, and what could not be
 * @fictional: whether this is the demonstration data, which says so plainly
 *
 * Shows @load: its title, one row per file (expandable to its counts and
 * warnings, with a button to remove it unless @fictional), and the files
 * left out with the reason. The caller keeps @load alive until the next
 * call or the panel's destruction: the rows read its reports when first
 * expanded.
 */
void
ladder_data_panel_show_load (LadderDataPanel *self,
                             LadderDataLoad  *load,
                             gboolean         fictional)
{
  const char *title;
  g_autofree char *summary = NULL;

  g_return_if_fail (LADDER_IS_DATA_PANEL (self));
  g_return_if_fail (load != NULL);

  title = ladder_dataset_get_title (load->dataset);
  if (title == NULL)
    title = load->files->len > 0 ? "Your Data" : "No Data Loaded";
  gtk_label_set_text (self->title_label, title);
  summary = ladder_data_load_describe (load);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->fictional_label), fictional);

  clear_list (self->files_list);
  for (guint i = 0; i < load->files->len; i++)
    gtk_list_box_append (self->files_list, file_row (load->reports->pdata[i], load->files->pdata[i],
                                                     !fictional));
  gtk_widget_set_visible (GTK_WIDGET (self->files_list), load->files->len > 0);

  clear_list (self->problems_list);
  for (guint i = 0; i < load->failed_files->len; i++)
    {
      g_autofree char *name = g_path_get_basename (load->failed_files->pdata[i]);
      GtkWidget *row = text_row (name, load->problems->pdata[i]);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      "Could not be loaded", -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 remove_button (name, load->failed_files->pdata[i]));
      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (self->problems_box, load->failed_files->len > 0);
}

/**
 * ladder_data_panel_show_progress:
 * @self: a panel
 * @text: what is being read, such as "Reading bds_long.csv (1 of 3)"
 * @fraction: how far through, from 0 to 1
 */
void
ladder_data_panel_show_progress (LadderDataPanel *self,
                                 const char      *text,
                                 double           fraction)
{
  g_return_if_fail (LADDER_IS_DATA_PANEL (self));

  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
  gtk_widget_set_visible (self->progress_box, TRUE);
}

/**
 * ladder_data_panel_hide_progress:
 * @self: a panel
 */
void
ladder_data_panel_hide_progress (LadderDataPanel *self)
{
  g_return_if_fail (LADDER_IS_DATA_PANEL (self));

  gtk_widget_set_visible (self->progress_box, FALSE);
}

/**
 * ladder_data_panel_get_title:
 * @self: a panel
 *
 * Returns: the heading on show, for tests and the window's messages.
 */
const char *
ladder_data_panel_get_title (LadderDataPanel *self)
{
  g_return_val_if_fail (LADDER_IS_DATA_PANEL (self), NULL);

  return gtk_label_get_text (self->title_label);
}
