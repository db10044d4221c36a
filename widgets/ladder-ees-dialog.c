/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Get Data from the Department: a search of the Department for Education's
 * statistics, a chosen publication's data sets, and a download of one into
 * the cache, told to the window by the "downloaded" signal.
 *
 * Every call to the client is made on a worker thread, and only one at a
 * time: each worker holds client_lock while it uses the client. A worker
 * never touches a widget; it hands back its result, and the download's
 * progress goes to the main thread through an idle. A search or a listing
 * replaces the one before (browse_cancellable); a download or a check for
 * updates runs alone (transfer_cancellable), and Cancel stops it. A result
 * whose cancellable is no longer current is dropped, so one from a closed
 * dialog never reaches its widgets. */
#include "config.h"

#include "ladder-ees-client.h"
#include "ladder-ees-dialog.h"

/* A download's progress, shared by the worker that reports it and the idle
 * that shows it; at most one idle is queued at a time. */
typedef struct
{
  gatomicrefcount ref;
  GMutex          lock;
  GWeakRef        dialog;
  guint64         received;
  guint64         total;
  gboolean        queued;
} Progress;

typedef enum
{
  JOB_SEARCH,
  JOB_LIST_DATA_SETS,
  JOB_DOWNLOAD,
  JOB_CHECK_UPDATES,
} JobKind;

/* What a worker is asked to do. The dialog is not referenced here: the
 * task's callback holds it until the worker has finished. */
typedef struct
{
  JobKind                 kind;
  struct _LadderEesDialog *self;
  char                   *text;       /* the search, or the publication's id */
  char                   *title;      /* the publication's or data set's title */
  GPtrArray              *data_sets;  /* holds @data_set while it downloads */
  const LadderEesDataSet *data_set;
  Progress               *progress;
} Job;

struct _LadderEesDialog
{
  AdwWindow        parent_instance;

  LadderEesClient *client;
  GMutex           client_lock;

  GtkWidget       *back_button;
  GtkWidget       *search_entry;
  GtkWidget       *spinner;
  GtkWidget       *status_label;
  GtkWidget       *stack;
  GtkWidget       *start_group;
  GtkWidget       *results_box;
  GtkWidget       *results_group;
  GtkWidget       *data_sets_box;
  GtkWidget       *data_sets_heading;
  GtkWidget       *data_sets_group;
  GtkWidget       *transfer_box;
  GtkWidget       *transfer_label;
  GtkWidget       *progress_bar;
  GtkWidget       *cancel_button;

  GCancellable    *browse_cancellable;    /* the search or listing under way */
  GCancellable    *transfer_cancellable;  /* the download or check under way */
  Progress        *progress;              /* the download's, while it runs */
  guint            pulse_id;
  char            *searched;              /* the words last searched for */
  gboolean         search_failed;
  GPtrArray       *publications;          /* LadderEesPublication, as listed */
  GPtrArray       *data_sets;             /* LadderEesDataSet, as listed */
};

G_DEFINE_FINAL_TYPE (LadderEesDialog, ladder_ees_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_DOWNLOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_search (LadderEesDialog *self,
                          const char      *text);

static Progress *
progress_new (LadderEesDialog *self)
{
  Progress *progress = g_new0 (Progress, 1);

  g_atomic_ref_count_init (&progress->ref);
  g_mutex_init (&progress->lock);
  g_weak_ref_init (&progress->dialog, self);
  return progress;
}

static Progress *
progress_ref (Progress *progress)
{
  g_atomic_ref_count_inc (&progress->ref);
  return progress;
}

static void
progress_unref (Progress *progress)
{
  if (!g_atomic_ref_count_dec (&progress->ref))
    return;
  g_weak_ref_clear (&progress->dialog);
  g_mutex_clear (&progress->lock);
  g_free (progress);
}

static void
job_free (Job *job)
{
  g_free (job->text);
  g_free (job->title);
  g_clear_pointer (&job->data_sets, g_ptr_array_unref);
  g_clear_pointer (&job->progress, progress_unref);
  g_free (job);
}

/* Messages ------------------------------------------------------------------ */

static void
show_status (LadderEesDialog *self,
             const char      *text,
             gboolean         is_error)
{
  gtk_label_set_text (GTK_LABEL (self->status_label), text != NULL ? text : "");
  gtk_widget_set_visible (self->status_label, text != NULL && *text != '\0');
  if (is_error)
    gtk_widget_add_css_class (self->status_label, "error");
  else
    gtk_widget_remove_css_class (self->status_label, "error");
}

static void
set_browsing (LadderEesDialog *self,
              gboolean         browsing)
{
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), browsing);
  gtk_widget_set_visible (self->spinner, browsing);
}

/* Ends whatever search or listing is under way; its result is dropped. */
static void
cancel_browse (LadderEesDialog *self)
{
  if (self->browse_cancellable != NULL)
    g_cancellable_cancel (self->browse_cancellable);
  g_clear_object (&self->browse_cancellable);
  set_browsing (self, FALSE);
}

static void
update_transfer_actions (LadderEesDialog *self)
{
  gboolean transferring = self->transfer_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ees.download", !transferring);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ees.check-updates", !transferring);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ees.cancel", transferring);
  gtk_widget_set_visible (self->cancel_button, transferring);
  gtk_widget_set_visible (self->progress_bar, transferring);
}

static void
show_transfer (LadderEesDialog *self,
               const char      *text,
               gboolean         is_error)
{
  gtk_label_set_text (GTK_LABEL (self->transfer_label), text);
  if (is_error)
    gtk_widget_add_css_class (self->transfer_label, "error");
  else
    gtk_widget_remove_css_class (self->transfer_label, "error");
  gtk_widget_set_visible (self->transfer_box, TRUE);
}

static void
transfer_finished (LadderEesDialog *self)
{
  g_clear_object (&self->transfer_cancellable);
  g_clear_pointer (&self->progress, progress_unref);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  update_transfer_actions (self);
}

/* The periods a data set covers, its version and its status, in a line. */
static char *
describe_data_set (const LadderEesDataSet *data_set)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (data_set->first_period != NULL && data_set->last_period != NULL &&
      g_strcmp0 (data_set->first_period, data_set->last_period) != 0)
    g_string_append_printf (text, "%s to %s", data_set->first_period, data_set->last_period);
  else if (data_set->first_period != NULL || data_set->last_period != NULL)
    g_string_append (text, data_set->first_period != NULL ? data_set->first_period : data_set->last_period);
  else
    g_string_append (text, "Periods not given");
  g_string_append_printf (text, " · Version %s", data_set->version);
  if (data_set->status != NULL)
    g_string_append_printf (text, " · %s", data_set->status);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Progress ------------------------------------------------------------------ */

/* On the main thread: the latest progress, if the download is still shown. */
static gboolean
progress_show_cb (gpointer data)
{
  Progress *progress = data;
  g_autoptr(LadderEesDialog) self = g_weak_ref_get (&progress->dialog);
  guint64 received, total;
  g_autofree char *got = NULL;
  g_autofree char *text = NULL;

  g_mutex_lock (&progress->lock);
  received = progress->received;
  total = progress->total;
  progress->queued = FALSE;
  g_mutex_unlock (&progress->lock);
  if (self == NULL || self->progress != progress)
    return G_SOURCE_REMOVE;

  got = g_format_size (received);
  if (total > 0)
    {
      g_autofree char *all = g_format_size (total);

      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), MIN (1.0, (double) received / total));
      text = g_strdup_printf ("%s of %s", got, all);
    }
  else
    {
      gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
      text = g_strdup_printf ("%s so far", got);
    }
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), text);
  return G_SOURCE_REMOVE;
}

/* On the worker: keep the figures, and queue an idle if none is waiting. */
static void
progress_cb (guint64  received,
             guint64  total,
             gpointer data)
{
  Progress *progress = data;
  gboolean queue;

  g_mutex_lock (&progress->lock);
  progress->received = received;
  progress->total = total;
  queue = !progress->queued;
  progress->queued = TRUE;
  g_mutex_unlock (&progress->lock);
  if (queue)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_show_cb, progress_ref (progress),
                                (GDestroyNotify) progress_unref);
}

/* The worker ---------------------------------------------------------------- */

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  LadderEesClient *client = job->self->client;
  g_autoptr(GError) error = NULL;
  gpointer result = NULL;
  GDestroyNotify free_result = (GDestroyNotify) g_ptr_array_unref;

  g_mutex_lock (&job->self->client_lock);
  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    switch (job->kind)
      {
      case JOB_SEARCH:
        result = ladder_ees_client_search (client, job->text, cancellable, &error);
        break;
      case JOB_LIST_DATA_SETS:
        result = ladder_ees_client_list_data_sets (client, job->text, cancellable, &error);
        break;
      case JOB_DOWNLOAD:
        result = ladder_ees_client_download (client, job->data_set, progress_cb, job->progress, cancellable,
                                             &error);
        free_result = g_free;
        break;
      case JOB_CHECK_UPDATES:
        result = ladder_ees_client_check_updates (client, cancellable, &error);
        break;
      default:
        g_assert_not_reached ();
      }
  g_mutex_unlock (&job->self->client_lock);
  /* From here the dialog may be finalized at any moment: leave it alone. */
  g_assert (result != NULL || error != NULL);
  if (result != NULL)
    g_task_return_pointer (task, result, free_result);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
run_job (LadderEesDialog     *self,
         Job                 *job,
         GCancellable        *cancellable,
         GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = NULL;

  job->self = self;
  /* No source object: the last reference to a task can be dropped on the
   * worker, and a window must be finalized on the main thread. The
   * callback's own reference is dropped there. */
  task = g_task_new (NULL, cancellable, done, g_object_ref (self));
  g_task_set_source_tag (task, run_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

/* Lists --------------------------------------------------------------------- */

/* Replaces the group in @slot with a new, empty one. */
static GtkWidget *
replace_group (GtkWidget  *box,
               GtkWidget **slot,
               const char *title)
{
  if (*slot != NULL)
    gtk_box_remove (GTK_BOX (box), *slot);
  *slot = adw_preferences_group_new ();
  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (*slot), title);
  gtk_box_append (GTK_BOX (box), *slot);
  return *slot;
}

static GtkWidget *
list_row_new (const char *title,
              const char *subtitle,
              gboolean    opens)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (opens)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  return row;
}

static void
starting_row_activated_cb (AdwActionRow    *row,
                           LadderEesDialog *self)
{
  const char *phrase = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  /* The entry's own delayed search then finds these words already searched. */
  start_search (self, phrase);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), phrase);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

static void list_data_sets (LadderEesDialog            *self,
                            const LadderEesPublication *publication);

static void
publication_row_activated_cb (AdwActionRow    *row,
                              LadderEesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  g_return_if_fail (self->publications != NULL && index < self->publications->len);
  list_data_sets (self, self->publications->pdata[index]);
}

static void
show_publications (LadderEesDialog *self,
                   GPtrArray       *publications)
{
  GtkWidget *group = replace_group (self->results_box, &self->results_group, "Publications");
  g_autofree char *found = NULL;

  g_clear_pointer (&self->publications, g_ptr_array_unref);
  self->publications = g_ptr_array_ref (publications);
  for (guint i = 0; i < publications->len; i++)
    {
      const LadderEesPublication *publication = publications->pdata[i];
      GtkWidget *row = list_row_new (publication->title, NULL, TRUE);

      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (publication_row_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_widget_set_visible (group, publications->len > 0);
  if (publications->len == 0)
    found = g_strdup_printf ("No publications match “%s”. Try fewer words, or words from a publication’s title.",
                             self->searched);
  else
    found = g_strdup_printf (publications->len == 1 ? "%u publication matches “%s”. Choose it to see its data sets."
                                                    : "%u publications match “%s”. Choose one to see its data sets.",
                             publications->len, self->searched);
  show_status (self, found, FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "results");
  gtk_widget_set_visible (self->back_button, FALSE);
}

static void
show_data_sets (LadderEesDialog *self,
                const char      *publication,
                GPtrArray       *data_sets)
{
  GtkWidget *group = replace_group (self->data_sets_box, &self->data_sets_group, NULL);

  g_clear_pointer (&self->data_sets, g_ptr_array_unref);
  self->data_sets = g_ptr_array_ref (data_sets);
  gtk_label_set_text (GTK_LABEL (self->data_sets_heading), publication);
  for (guint i = 0; i < data_sets->len; i++)
    {
      const LadderEesDataSet *data_set = data_sets->pdata[i];
      g_autofree char *about = describe_data_set (data_set);
      g_autofree char *name = g_strdup_printf ("Download %s", data_set->title);
      GtkWidget *row = list_row_new (data_set->title, about, FALSE);
      GtkWidget *button = gtk_button_new_with_label ("Download");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_tooltip_text (button, name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ees.download");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (data_set->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      if (data_set->summary != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        data_set->summary, -1);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_widget_set_visible (group, data_sets->len > 0);
  show_status (self, data_sets->len == 0 ? "This publication has no data sets that can be downloaded yet."
                                         : "Download a data set to import it into Ladder.", FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "data-sets");
  gtk_widget_set_visible (self->back_button, TRUE);
}

/* Searching and listing ----------------------------------------------------- */

/* Starts a search or a listing: the one the dialog now waits for. */
static void
start_browse (LadderEesDialog     *self,
              Job                 *job,
              const char          *status,
              GAsyncReadyCallback  done)
{
  show_status (self, status, FALSE);
  set_browsing (self, TRUE);
  self->browse_cancellable = g_cancellable_new ();
  run_job (self, job, self->browse_cancellable, done);
}

/* Whether @result is the search or listing the dialog waits for; if so,
 * it is over. A replaced one is ignored. */
static gboolean
take_browse (LadderEesDialog *self,
             GAsyncResult    *result)
{
  if (g_task_get_cancellable (G_TASK (result)) != self->browse_cancellable)
    return FALSE;
  g_clear_object (&self->browse_cancellable);
  set_browsing (self, FALSE);
  return TRUE;
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadderEesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = g_task_propagate_pointer (G_TASK (result), &error);

  if (!take_browse (self, result))
    return;
  if (found == NULL)
    {
      self->search_failed = TRUE;
      show_status (self, error->message, TRUE);
      return;
    }
  show_publications (self, found);
}

static void
start_search (LadderEesDialog *self,
              const char      *text)
{
  g_autofree char *words = g_strstrip (g_strdup (text));
  g_autofree char *searching = NULL;
  Job *job;

  cancel_browse (self);
  g_free (self->searched);
  self->searched = g_strdup (words);
  self->search_failed = FALSE;
  if (*words == '\0')
    {
      show_status (self, NULL, FALSE);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "start");
      gtk_widget_set_visible (self->back_button, FALSE);
      return;
    }
  searching = g_strdup_printf (self->transfer_cancellable != NULL
                               ? "Searching for “%s” once the download has finished…" : "Searching for “%s”…",
                               words);
  job = g_new0 (Job, 1);
  job->kind = JOB_SEARCH;
  job->text = g_steal_pointer (&words);
  start_browse (self, job, searching, search_done_cb);
}

static void
search_changed_cb (GtkSearchEntry  *entry,
                   LadderEesDialog *self)
{
  g_autofree char *words = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (g_strcmp0 (words, self->searched) != 0)
    start_search (self, words);
}

/* Enter searches again after a failure, as well as for new words. */
static void
search_activate_cb (GtkSearchEntry  *entry,
                    LadderEesDialog *self)
{
  g_autofree char *words = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (self->search_failed || g_strcmp0 (words, self->searched) != 0)
    start_search (self, words);
}

/* Escape clears the search, and closes the dialog when it is empty. */
static void
stop_search_cb (GtkSearchEntry  *entry,
                LadderEesDialog *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    gtk_window_close (GTK_WINDOW (self));
  else
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
list_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LadderEesDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = g_task_propagate_pointer (G_TASK (result), &error);

  if (!take_browse (self, result))
    return;
  if (found == NULL)
    show_status (self, error->message, TRUE);
  else
    show_data_sets (self, job->title, found);
}

static void
list_data_sets (LadderEesDialog            *self,
                const LadderEesPublication *publication)
{
  g_autofree char *listing = g_strdup_printf ("Finding the data sets in “%s”…", publication->title);
  Job *job = g_new0 (Job, 1);

  cancel_browse (self);
  job->kind = JOB_LIST_DATA_SETS;
  job->text = g_strdup (publication->id);
  job->title = g_strdup (publication->title);
  start_browse (self, job, listing, list_done_cb);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (widget);

  cancel_browse (self);
  show_status (self, NULL, FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->publications != NULL ? "results" : "start");
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_grab_focus (self->search_entry);
}

/* Downloading and checking for updates ------------------------------------- */

/* Whether @result is the transfer the dialog waits for and it succeeded.
 * A replaced one is ignored; the dialog's own is over, and when it was
 * cancelled (@cancelled says so) or failed, that is said. */
static gboolean
take_transfer (LadderEesDialog *self,
               GAsyncResult    *result,
               gboolean         done,
               const GError    *error,
               const char      *cancelled)
{
  if (g_task_get_cancellable (G_TASK (result)) != self->transfer_cancellable)
    return FALSE;
  transfer_finished (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_transfer (self, cancelled, FALSE);
  else if (!done)
    show_transfer (self, error->message, TRUE);
  return done;
}

static void
download_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(LadderEesDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *cancelled = g_strdup_printf ("The download of “%s” was cancelled. Nothing was changed.",
                                                job->title);
  g_autofree char *message = NULL;

  if (!take_transfer (self, result, path != NULL, error, cancelled))
    return;
  message = g_strdup_printf ("Downloaded “%s”.", job->title);
  show_transfer (self, message, FALSE);
  g_signal_emit (self, signals[SIGNAL_DOWNLOADED], 0, path);
}

static void
begin_transfer (LadderEesDialog *self,
                const char      *text,
                const char      *bar_text,
                const char      *cancel_name)
{
  self->transfer_cancellable = g_cancellable_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cancel_name, -1);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  /* The client is used by one worker at a time: a search goes first. */
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), self->browse_cancellable != NULL
                                                                    ? "Waiting for the search to finish" : bar_text);
  show_transfer (self, text, FALSE);
  update_transfer_actions (self);
}

static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *downloading = NULL;
  Job *job;

  if (self->transfer_cancellable != NULL || self->data_sets == NULL)
    return;
  for (guint i = 0; i < self->data_sets->len; i++)
    {
      const LadderEesDataSet *data_set = self->data_sets->pdata[i];

      if (g_strcmp0 (data_set->id, id) != 0)
        continue;
      downloading = g_strdup_printf ("Downloading “%s”…", data_set->title);
      begin_transfer (self, downloading, "Starting", "Cancel the download");
      self->progress = progress_new (self);
      job = g_new0 (Job, 1);
      job->kind = JOB_DOWNLOAD;
      job->title = g_strdup (data_set->title);
      job->data_sets = g_ptr_array_ref (self->data_sets);
      job->data_set = data_set;
      job->progress = progress_ref (self->progress);
      run_job (self, job, self->transfer_cancellable, download_done_cb);
      return;
    }
}

static gboolean
pulse_cb (gpointer data)
{
  LadderEesDialog *self = data;

  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
  return G_SOURCE_CONTINUE;
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LadderEesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) updated = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  if (!take_transfer (self, result, updated != NULL, error, "The check for updates was cancelled."))
    return;
  if (updated->len == 0)
    message = g_strdup ("No downloaded data set has a newer version.");
  else if (updated->len == 1 && ((LadderEesCached *) updated->pdata[0])->title != NULL)
    message = g_strdup_printf ("1 data set was updated: “%s”.", ((LadderEesCached *) updated->pdata[0])->title);
  else if (updated->len == 1)
    message = g_strdup ("1 data set was updated.");
  else
    message = g_strdup_printf ("%u data sets were updated.", updated->len);
  show_transfer (self, message, FALSE);
  for (guint i = 0; i < updated->len; i++)
    g_signal_emit (self, signals[SIGNAL_DOWNLOADED], 0, ((LadderEesCached *) updated->pdata[i])->path);
}

static void
check_updates_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (widget);
  Job *job;

  if (self->transfer_cancellable != NULL)
    return;
  begin_transfer (self, "Checking the data sets downloaded before for newer versions…", "Checking",
                  "Cancel the check for updates");
  self->pulse_id = g_timeout_add (150, pulse_cb, self);
  job = g_new0 (Job, 1);
  job->kind = JOB_CHECK_UPDATES;
  run_job (self, job, self->transfer_cancellable, check_done_cb);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (widget);

  /* The worker stops at its next read and reports the cancellation. */
  if (self->transfer_cancellable != NULL)
    g_cancellable_cancel (self->transfer_cancellable);
}

/* The object ---------------------------------------------------------------- */

/* Closing the dialog stops its work: a window is only disposed of when
 * its last reference goes, and the workers hold one until they end. */
static void
cancel_all (LadderEesDialog *self)
{
  if (self->browse_cancellable != NULL)
    g_cancellable_cancel (self->browse_cancellable);
  if (self->transfer_cancellable != NULL)
    g_cancellable_cancel (self->transfer_cancellable);
}

static void
ladder_ees_dialog_unmap (GtkWidget *widget)
{
  cancel_all (LADDER_EES_DIALOG (widget));

  GTK_WIDGET_CLASS (ladder_ees_dialog_parent_class)->unmap (widget);
}

static void
ladder_ees_dialog_dispose (GObject *object)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (object);

  cancel_all (self);
  g_clear_object (&self->browse_cancellable);
  g_clear_object (&self->transfer_cancellable);
  g_clear_pointer (&self->progress, progress_unref);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->publications, g_ptr_array_unref);
  g_clear_pointer (&self->data_sets, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_ees_dialog_parent_class)->dispose (object);
}

static void
ladder_ees_dialog_finalize (GObject *object)
{
  LadderEesDialog *self = LADDER_EES_DIALOG (object);

  g_clear_pointer (&self->client, ladder_ees_client_free);
  g_mutex_clear (&self->client_lock);
  g_free (self->searched);

  G_OBJECT_CLASS (ladder_ees_dialog_parent_class)->finalize (object);
}

static void
ladder_ees_dialog_class_init (LadderEesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_ees_dialog_dispose;
  object_class->finalize = ladder_ees_dialog_finalize;
  widget_class->unmap = ladder_ees_dialog_unmap;

  /**
   * LadderEesDialog::downloaded:
   * @path: the downloaded CSV, in the cache
   *
   * A data set was downloaded, or a newer version of one downloaded
   * before; the file is ready to import.
   */
  signals[SIGNAL_DOWNLOADED] = g_signal_new ("downloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                             NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "ees.download", "s", download_action);
  gtk_widget_class_install_action (widget_class, "ees.check-updates", NULL, check_updates_action);
  gtk_widget_class_install_action (widget_class, "ees.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "ees.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-ees-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, start_group);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, results_box);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, data_sets_box);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, data_sets_heading);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, transfer_box);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, transfer_label);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LadderEesDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
ladder_ees_dialog_init (LadderEesDialog *self)
{
  const char * const *phrases = ladder_ees_starting_list ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_mutex_init (&self->client_lock);
  for (guint i = 0; phrases != NULL && phrases[i] != NULL; i++)
    {
      GtkWidget *row = list_row_new (phrases[i], NULL, TRUE);

      g_signal_connect (row, "activated", G_CALLBACK (starting_row_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->start_group), row);
    }
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), GTK_WIDGET (self));
  update_transfer_actions (self);
  gtk_widget_grab_focus (self->search_entry);
}

/**
 * ladder_ees_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): the dialog, not yet shown, using the
 *   Department's service and the user's download cache. GTK holds it
 *   until it is closed.
 */
LadderEesDialog *
ladder_ees_dialog_new (GtkWindow *parent)
{
  return ladder_ees_dialog_new_for_service (parent, NULL, NULL);
}

/**
 * ladder_ees_dialog_new_for_service:
 * @parent: (nullable): the window it belongs to
 * @base_url: (nullable): the API's root, as ladder_ees_client_new() takes it
 * @cache_dir: (nullable): where downloads are kept
 *
 * Returns: (transfer none): the dialog, not yet shown, with its own
 *   client of the service at @base_url. GTK holds it until it is closed.
 */
LadderEesDialog *
ladder_ees_dialog_new_for_service (GtkWindow  *parent,
                                   const char *base_url,
                                   const char *cache_dir)
{
  LadderEesDialog *self = g_object_new (LADDER_TYPE_EES_DIALOG, "transient-for", parent, NULL);

  self->client = ladder_ees_client_new (base_url, cache_dir);
  return self;
}
