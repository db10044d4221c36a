/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper from the window: its author, report number and
 * protective marking on the Plan and paper step (kept with the window, not
 * in the assessment's file), the indicators chosen for it, then Export
 * Board Paper writes the PDF on a worker thread with a progress bar, and a
 * toast offers to open it; Print sends the same pages to a printer.
 *
 * The worker gets its own copy of the assessment (written out and read
 * back, which also drops nothing: private notes stay flagged and are left
 * out by the paper), so answering on while it runs changes nothing it
 * reads. The data is never changed once loaded, so it is shared. */
#include "config.h"

#include "ladder-chart-data.h"
#include "ladder-choice-list.h"

#include "ladder-assessment-file.h"
#include "ladder-atomic-file.h"
#include "ladder-report.h"
#include "ladder-text.h"
#include "ladder-window-private.h"

typedef struct
{
  GWeakRef      window;
  LadderReport *report;
  char         *path;
  double        fraction;
} Export;

static void
export_free (Export *job)
{
  g_weak_ref_clear (&job->window);
  ladder_report_free (job->report);
  g_free (job->path);
  g_free (job);
}

/* A copy of the assessment as it stands, for another thread or a print. */
static LadderReport *
report_now (LadderWindow *self)
{
  gsize length;
  g_autofree char *data = ladder_assessment_to_data (ladder_document_get_assessment (self->document), NULL, &length);
  g_autoptr(LadderAssessment) copy = ladder_assessment_load_data (data, length, "the assessment", NULL, NULL);

  LadderReport *report;

  g_return_val_if_fail (copy != NULL, NULL);
  report = ladder_report_new (ladder_document_get_content (self->document), copy, ladder_window_get_dataset (self));
  ladder_report_set_options (report, self->paper_options);
  return report;
}

static void
show_progress (LadderWindow *self,
               gboolean      busy,
               double        fraction)
{
  if (self->paper_progress == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->paper_progress), busy);
  gtk_progress_bar_set_fraction (self->paper_progress, fraction);
}

static gboolean
progress_idle (gpointer data)
{
  Export *job = data;
  g_autoptr(LadderWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL)
    show_progress (self, TRUE, job->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Export *job = user_data;

  job->fraction = fraction;
  g_main_context_invoke (NULL, progress_idle, job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *job = task_data;
  GError *error = NULL;
  g_autoptr(GBytes) pdf = ladder_report_render_pdf (job->report, progress_cb, job, cancellable, &error);

  if (pdf != NULL && ladder_file_write_atomic (job->path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
open_paper_cb (AdwToast     *toast,
               LadderWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LadderWindow *self = LADDER_WINDOW (source);
  Export *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (job->path);

  g_clear_object (&self->paper_cancellable);
  show_progress (self, FALSE, 0);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf ("Board paper saved as %s", name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_button_label (toast, "Open");
      g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (job->path), g_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (open_paper_cb), self);
      ladder_window_show_toast (self, toast);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf ("Could not write the board paper: %s", error->message);

      ladder_window_add_toast (self, message);
    }
  g_signal_emit_by_name (self, "paper-exported", job->path, error == NULL);
}

/**
 * ladder_window_export_paper:
 * @self: the window
 * @path: where to write the PDF
 *
 * Writes the board paper of the assessment as it stands on a worker
 * thread; the window stays usable and shows progress. When it is done the
 * window emits "paper-exported" and a toast offers to open the file.
 *
 * Returns: %FALSE when a paper is already being written.
 */
gboolean
ladder_window_export_paper (LadderWindow *self,
                            const char   *path)
{
  g_autoptr(GTask) task = NULL;
  Export *job;

  if (self->paper_cancellable != NULL)
    {
      ladder_window_add_toast (self, "A board paper is already being written");
      return FALSE;
    }
  job = g_new0 (Export, 1);
  g_weak_ref_init (&job->window, self);
  job->report = report_now (self);
  job->path = g_strdup (path);
  self->paper_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->paper_cancellable, export_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_free);
  show_progress (self, TRUE, 0);
  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path == NULL)
        ladder_window_add_toast (self, "The board paper can only be saved to a file on this computer");
      else
        {
          g_autofree char *lower = g_ascii_strdown (path, -1);
          g_autofree char *pdf = g_str_has_suffix (lower, ".pdf") ? g_strdup (path) : g_strconcat (path, ".pdf", NULL);

          ladder_window_export_paper (self, pdf);
        }
    }
  g_object_unref (dialog);
}

static void
export_paper_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LadderWindow *self = LADDER_WINDOW (user_data);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new ("Export Board Paper", GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, "Export", "Cancel");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *council = ladder_assessment_get_council_name (ladder_document_get_assessment (self->document));
  g_autofree char *name = g_strdup_printf ("Board paper – %s.pdf", council != NULL ? council : "assessment");

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  gtk_file_filter_set_name (filter, "PDF documents");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LadderReport      *report)
{
  ladder_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

/**
 * ladder_window_print_operation_new:
 * @self: the window
 *
 * Returns: (transfer full): a print operation for the board paper as it
 *   stands: A4, in points, the same pages as the PDF.
 */
GtkPrintOperation *
ladder_window_print_operation_new (LadderWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  LadderReport *report = report_now (self);
  const char *council = ladder_assessment_get_council_name (ladder_document_get_assessment (self->document));
  g_autofree char *name = g_strdup_printf ("Board paper – %s", council != NULL ? council : "assessment");

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_n_pages (operation, ladder_report_get_n_pages (report));
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), report,
                         (GClosureNotify) (void (*) (void)) ladder_report_free, 0);
  return operation;
}

static void
print_paper_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LadderWindow *self = LADDER_WINDOW (user_data);
  g_autoptr(GtkPrintOperation) operation = ladder_window_print_operation_new (self);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf ("Could not print: %s", error->message);

      ladder_window_add_toast (self, message);
    }
}

static const GActionEntry paper_actions[] = {
  { .name = "export-paper", .activate = export_paper_action },
  { .name = "print-paper", .activate = print_paper_action },
};

void
ladder_window_paper_init (LadderWindow *self)
{
  self->paper_options = ladder_report_options_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), paper_actions, G_N_ELEMENTS (paper_actions), self);
}

void
ladder_window_paper_dispose (LadderWindow *self)
{
  if (self->paper_cancellable != NULL)
    g_cancellable_cancel (self->paper_cancellable);
  g_clear_object (&self->paper_cancellable);
  g_clear_pointer (&self->paper_options, ladder_report_options_free);
}

/* The protective markings a board paper takes, as the Government Security
 * Classifications name them; the first is none. */
static const char * const markings[] = { "No marking", "OFFICIAL", "OFFICIAL-SENSITIVE", NULL };

static void
paper_field_changed_cb (LadderWindow *self)
{
  guint marking;

  if (self->paper_options == NULL)
    return;
  g_free (self->paper_options->author);
  self->paper_options->author = g_strdup (gtk_editable_get_text (self->paper_author));
  g_free (self->paper_options->report_number);
  self->paper_options->report_number = g_strdup (gtk_editable_get_text (self->paper_number));
  marking = adw_combo_row_get_selected (self->paper_marking);
  g_free (self->paper_options->marking);
  self->paper_options->marking = marking > 0 && marking < G_N_ELEMENTS (markings) - 1
                                 ? g_strdup (markings[marking]) : NULL;
}

static GtkEditable *
entry_row (LadderWindow *self,
           GtkWidget    *list,
           const char   *title,
           const char   *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (paper_field_changed_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

/* The paper's author, report number and marking, as a boxed list. */
static GtkWidget *
paper_fields_new (LadderWindow *self)
{
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (markings);
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  const char *marking = self->paper_options->marking;
  guint selected = 0;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->paper_author = entry_row (self, list, "Author", self->paper_options->author);
  self->paper_number = entry_row (self, list, "Report number", self->paper_options->report_number);
  self->paper_marking = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paper_marking), "Protective marking");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->paper_marking), "At the top and foot of every page");
  adw_combo_row_set_factory (self->paper_marking, factory);
  adw_combo_row_set_model (self->paper_marking, G_LIST_MODEL (names));
  for (guint i = 1; marking != NULL && markings[i] != NULL; i++)
    if (g_strcmp0 (markings[i], marking) == 0)
      selected = i;
  adw_combo_row_set_selected (self->paper_marking, selected);
  g_signal_connect_swapped (self->paper_marking, "notify::selected", G_CALLBACK (paper_field_changed_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->paper_marking));
  return list;
}

/* Sections ----------------------------------------------------------------- */

static void
sections_changed_cb (LadderWindow *self)
{
  g_auto(GStrv) checked = ladder_choice_list_dup_checked (LADDER_CHOICE_LIST (self->paper_sections));
  guint n = 0;

  while (ladder_report_get_section_id (n) != NULL)
    n++;
  g_strfreev (self->paper_options->sections);
  self->paper_options->sections = g_strv_length (checked) == n ? NULL : g_steal_pointer (&checked);
}

static GtkWidget *
sections_list_new (LadderWindow *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) id_list = NULL, title_list = NULL;

  for (guint i = 0; ladder_report_get_section_id (i) != NULL; i++)
    {
      g_strv_builder_add (ids, ladder_report_get_section_id (i));
      g_strv_builder_add (titles, ladder_report_get_section_title (i));
    }
  id_list = g_strv_builder_end (ids);
  title_list = g_strv_builder_end (titles);
  self->paper_sections = ladder_choice_list_new ("Sections");
  ladder_choice_list_set (LADDER_CHOICE_LIST (self->paper_sections), (const char * const *) id_list,
                          (const char * const *) title_list,
                          self->paper_options->sections != NULL ? (const char * const *) self->paper_options->sections
                                                                : (const char * const *) id_list);
  g_signal_connect_swapped (self->paper_sections, "changed", G_CALLBACK (sections_changed_cb), self);
  return self->paper_sections;
}

/* Indicators ---------------------------------------------------------------- */

/* The measures the questions link to that the data has, in the questions'
 * order, each once. */
static void
indicator_candidates (LadderWindow  *self,
                      LadderDataset *dataset,
                      GStrvBuilder  *ids,
                      GStrvBuilder  *titles)
{
  LadderContent *content = ladder_document_get_content (self->document);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint measure;

  for (LadderSection s = 0; s < LADDER_N_SECTIONS; s++)
    {
      GPtrArray *questions = ladder_content_get_section (content, s)->questions;

      for (guint q = 0; q < questions->len; q++)
        {
          GPtrArray *links = ((LadderQuestion *) questions->pdata[q])->indicators;

          for (guint i = 0; i < links->len; i++)
            {
              const LadderIndicatorLink *link = links->pdata[i];
              const char *code = link->lait != NULL ? link->lait : link->ees;

              if (!ladder_dataset_find_measure (dataset, code, &measure) || !g_hash_table_add (seen, (gpointer) code))
                continue;
              g_strv_builder_add (ids, code);
              g_strv_builder_add (titles, ladder_chart_measure_title (ladder_dataset_get_measure (dataset, measure)));
            }
        }
    }
}

static void
refresh_indicators (LadderWindow *self)
{
  LadderAssessment *assessment = ladder_document_get_assessment (self->document);
  LadderDataset *dataset = ladder_window_get_dataset (self);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) id_list = NULL, title_list = NULL, checked = NULL;
  gboolean chosen = ladder_assessment_get_indicators (assessment)[0] != NULL;

  if (self->paper_indicators == NULL)
    return;
  if (dataset != NULL)
    indicator_candidates (self, dataset, ids, titles);
  id_list = g_strv_builder_end (ids);
  title_list = g_strv_builder_end (titles);
  checked = chosen ? g_strdupv ((char **) ladder_assessment_get_indicators (assessment))
                   : ladder_report_choose_indicators (ladder_document_get_advice (self->document), assessment,
                                                      dataset);
  ladder_choice_list_set (LADDER_CHOICE_LIST (self->paper_indicators), (const char * const *) id_list,
                          (const char * const *) title_list, (const char * const *) checked);
  ladder_choice_list_set_note (LADDER_CHOICE_LIST (self->paper_indicators),
                               dataset == NULL ? "no data is loaded"
                               : chosen ? "your choice, kept with the assessment"
                               : "Ladder’s choice, from the weakest answers");
  gtk_widget_set_sensitive (self->paper_reset, chosen);
}

static void
indicators_changed_cb (LadderWindow *self)
{
  g_auto(GStrv) checked = ladder_choice_list_dup_checked (LADDER_CHOICE_LIST (self->paper_indicators));

  /* The document's "changed" refreshes the list. */
  ladder_assessment_set_indicators (ladder_document_get_assessment (self->document), (const char * const *) checked);
}

static void
reset_indicators_cb (LadderWindow *self)
{
  ladder_assessment_set_indicators (ladder_document_get_assessment (self->document), (const char * const[]) { NULL });
  ladder_window_add_toast (self, "The paper shows Ladder’s choice of indicators again");
}

static GtkWidget *
indicators_list_new (LadderWindow *self)
{
  self->paper_indicators = ladder_choice_list_new ("Indicators");
  self->paper_reset = ladder_text_button_new ("Let Ladder Choose");
  gtk_widget_add_css_class (self->paper_reset, "flat");
  g_signal_connect_swapped (self->paper_reset, "clicked", G_CALLBACK (reset_indicators_cb), self);
  ladder_choice_list_add_action (LADDER_CHOICE_LIST (self->paper_indicators), self->paper_reset);
  g_signal_connect_swapped (self->paper_indicators, "changed", G_CALLBACK (indicators_changed_cb), self);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (refresh_indicators), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::assessment", G_CALLBACK (refresh_indicators), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::dataset", G_CALLBACK (refresh_indicators), NULL);
  refresh_indicators (self);
  return self->paper_indicators;
}

/* The Plan and paper step's board paper section. */
GtkWidget *
ladder_window_paper_section_new (LadderWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new ("The board paper");
  GtkWidget *text = gtk_label_new ("A PDF for a cabinet or improvement board: what the board is asked to do, the "
                                   "recommendation with every reason, the evidence charts with their figures, and "
                                   "every answer. Notes marked private are left out. Screen readers can follow "
                                   "its headings, lists, tables and charts.");
  GtkWidget *export = ladder_text_button_new ("Export Board Paper…");
  GtkWidget *print = ladder_text_button_new ("Print Board Paper…");

  gtk_widget_add_css_class (label, "title-4");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 18);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "win.export-paper");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "win.print-paper");
  gtk_widget_add_css_class (export, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), export);
  gtk_box_append (GTK_BOX (buttons), print);
  self->paper_progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_text (self->paper_progress, "Writing the board paper");
  gtk_progress_bar_set_show_text (self->paper_progress, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_progress), self->paper_cancellable != NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), paper_fields_new (self));
  gtk_box_append (GTK_BOX (box), sections_list_new (self));
  gtk_box_append (GTK_BOX (box), indicators_list_new (self));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->paper_progress));
  return box;
}
