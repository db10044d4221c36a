/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading a list of data files into a new dataset off the main thread. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-data-load.h"
#include "ladder-input.h"

#define CHECKSUM_CHUNK (256 * 1024)

typedef struct
{
  char                  **paths;
  char                   *title;
  LadderDataLoadProgress  progress;
  gpointer                progress_data;
  GMainContext           *context;
} Request;

typedef struct
{
  Request *request;
  char    *name;
  guint    index;
  guint    n_files;
  double   fraction;
} Progress;

static void
request_free (Request *request)
{
  g_strfreev (request->paths);
  g_free (request->title);
  g_clear_pointer (&request->context, g_main_context_unref);
  g_free (request);
}

static gboolean
report_progress (gpointer data)
{
  Progress *progress = data;

  progress->request->progress (progress->name, progress->index, progress->n_files,
                               progress->fraction, progress->request->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_free (progress->name);
  g_free (progress);
}

static guint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

/* An assessment records which data it was made with by checksum; worked
 * out here, off the main thread, because the LAIT table takes a quarter of
 * a second. Read, not mapped: a file rewritten meanwhile must not crash
 * the program. Only the bytes the file had when opened are counted. */
static char *
file_sha256 (const char *path)
{
  g_autofree char *name = ladder_input_display_name (path);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (CHECKSUM_CHUNK);
  guint64 remaining = 0;
  int fd = ladder_input_open (path, name, &remaining, NULL);

  if (fd < 0)
    return NULL;
  while (remaining > 0)
    {
      gssize n = read (fd, buffer, MIN (remaining, CHECKSUM_CHUNK));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_checksum_update (checksum, buffer, n);
      remaining -= n;
    }
  g_close (fd, NULL);
  if (remaining > 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

static LadderDataLoad *
load_new (void)
{
  LadderDataLoad *load = g_new0 (LadderDataLoad, 1);

  load->files = g_ptr_array_new_with_free_func (g_free);
  load->checksums = g_ptr_array_new_with_free_func (g_free);
  load->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_import_report_free);
  load->failed_files = g_ptr_array_new_with_free_func (g_free);
  load->problems = g_ptr_array_new_with_free_func (g_free);
  return load;
}

/* Reads @paths in order into a fresh dataset. A file that fails is left
 * out and the dataset is built again without it, because a failed import
 * may have added part of the file; failures are rare, so the cost is
 * only paid then. */
static LadderDataLoad *
load_files (Request       *request,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(LadderDataLoad) load = load_new ();
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint n_files = g_strv_length (request->paths);
  guint64 total = 0;
  gboolean again = TRUE;

  for (guint i = 0; i < n_files; i++)
    {
      g_ptr_array_add (pending, request->paths[i]);
      total += file_size (request->paths[i]);
    }

  while (again)
    {
      guint64 done = 0;

      again = FALSE;
      g_clear_pointer (&load->dataset, ladder_dataset_unref);
      load->dataset = ladder_dataset_new ();
      ladder_dataset_set_title (load->dataset, request->title);
      g_ptr_array_set_size (load->files, 0);
      g_ptr_array_set_size (load->checksums, 0);
      g_ptr_array_set_size (load->reports, 0);

      for (guint i = 0; i < pending->len; i++)
        {
          const char *path = pending->pdata[i];
          g_autoptr(GError) local_error = NULL;
          LadderImportReport *report;

          if (request->progress != NULL)
            {
              Progress *progress = g_new0 (Progress, 1);

              progress->request = request;
              progress->name = ladder_input_display_name (path);
              progress->index = i;
              progress->n_files = pending->len;
              progress->fraction = total > 0 ? (double) done / total : 0.0;
              g_main_context_invoke_full (request->context, G_PRIORITY_DEFAULT, report_progress,
                                          progress, progress_free);
            }

          report = ladder_data_import_file (load->dataset, path, cancellable, &local_error);
          if (report == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (report == NULL)
            {
              g_ptr_array_add (load->failed_files, g_strdup (path));
              g_ptr_array_add (load->problems, g_strdup (local_error->message));
              g_ptr_array_remove_index (pending, i);
              again = TRUE;
              break;
            }
          g_ptr_array_add (load->files, g_strdup (path));
          g_ptr_array_add (load->checksums, file_sha256 (path));
          g_ptr_array_add (load->reports, report);
          done += file_size (path);
        }
    }
  return g_steal_pointer (&load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LadderDataLoad *load = load_files (task_data, cancellable, &error);

  if (load == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, load, (GDestroyNotify) ladder_data_load_free);
}

static Request *
request_new (const char * const *paths,
             const char         *title)
{
  Request *request = g_new0 (Request, 1);

  request->paths = g_strdupv ((char **) paths);
  request->title = g_strdup (title);
  return request;
}

/**
 * ladder_data_load:
 * @paths: the files, in the order their figures should win
 * @title: (nullable): the dataset's title
 * @cancellable: (nullable): to stop
 * @error: set only when cancelled
 *
 * ladder_data_load_async() on this thread, without progress.
 *
 * Returns: (transfer full) (nullable): what could be loaded and what not.
 */
LadderDataLoad *
ladder_data_load (const char * const *paths,
                  const char         *title,
                  GCancellable       *cancellable,
                  GError            **error)
{
  Request *request = request_new (paths, title);
  LadderDataLoad *load = load_files (request, cancellable, error);

  request_free (request);
  return load;
}

/**
 * ladder_data_load_async:
 * @paths: the files, in the order their figures should win
 * @title: (nullable): the dataset's title
 * @cancellable: (nullable): to stop
 * @progress: (nullable): called on this thread's main context as each file starts
 * @progress_data: for @progress
 * @callback: called when done
 * @user_data: for @callback
 *
 * Loads the files into a new dataset on a worker thread. A file that
 * cannot be read is left out whole and its problem kept; the others are
 * loaded. Only cancelling fails the whole load.
 */
void
ladder_data_load_async (const char * const     *paths,
                        const char             *title,
                        GCancellable           *cancellable,
                        LadderDataLoadProgress  progress,
                        gpointer                progress_data,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Request *request = request_new (paths, title);

  request->progress = progress;
  request->progress_data = progress_data;
  request->context = g_main_context_ref_thread_default ();
  g_task_set_source_tag (task, ladder_data_load_async);
  g_task_set_name (task, "ladder-data-load");
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ladder_data_load_finish:
 * @result: the result given to the callback
 * @error: set when the load was cancelled
 *
 * Returns: (transfer full) (nullable): what could be loaded and what not.
 */
LadderDataLoad *
ladder_data_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ladder_data_load_free:
 * @load: (transfer full): a load
 */
void
ladder_data_load_free (LadderDataLoad *load)
{
  if (load == NULL)
    return;
  g_clear_pointer (&load->dataset, ladder_dataset_unref);
  g_ptr_array_unref (load->files);
  g_ptr_array_unref (load->checksums);
  g_ptr_array_unref (load->reports);
  g_ptr_array_unref (load->failed_files);
  g_ptr_array_unref (load->problems);
  g_free (load);
}

/**
 * ladder_data_load_describe:
 * @load: a load
 *
 * Returns: (transfer full): one line saying what is loaded, for a toast
 *   or a heading: "3 files: 434 measures, 170 areas, 65 periods".
 */
char *
ladder_data_load_describe (LadderDataLoad *load)
{
  LadderDataset *dataset = load->dataset;
  guint n = load->files->len;

  if (n == 0)
    return g_strdup ("No data loaded");
  return g_strdup_printf ("%u %s: %u %s, %u %s, %u %s", n, n == 1 ? "file" : "files",
                          ladder_dataset_count_measures (dataset),
                          ladder_dataset_count_measures (dataset) == 1 ? "measure" : "measures",
                          ladder_dataset_get_n_areas (dataset),
                          ladder_dataset_get_n_areas (dataset) == 1 ? "area" : "areas",
                          ladder_dataset_get_n_periods (dataset),
                          ladder_dataset_get_n_periods (dataset) == 1 ? "period" : "periods");
}

/**
 * ladder_demo_data_files:
 *
 * The fictional demonstration files, from the folder named by
 * LADDER_DEMO_DATA_DIR when set (the build folder's scripts set it), else
 * the installed one. Their order matters: the dictionary and code list
 * describe the table, so they come after it.
 *
 * Returns: (transfer full): the paths; empty when the folder is missing.
 */
static const char * const demo_names[] = {
  "fictional-lait-table.csv",
  "fictional-lait-dictionary.csv",
  "fictional-neighbours.csv",
  "fictional-la-codes.csv",
  NULL,
};

char **
ladder_demo_data_files (void)
{
  const char * const *names = demo_names;
  const char *folder = g_getenv ("LADDER_DEMO_DATA_DIR");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (folder == NULL || folder[0] == '\0')
    folder = PACKAGE_DATADIR G_DIR_SEPARATOR_S "demo";
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_strv_builder_add (builder, path);
    }
  return g_strv_builder_end (builder);
}

/**
 * ladder_data_is_demo_file:
 * @name: a file's base name
 *
 * Returns: whether @name is one of Ladder's demonstration files.
 */
gboolean
ladder_data_is_demo_file (const char *name)
{
  return g_strv_contains (demo_names, name);
}

/**
 * ladder_data_is_demo:
 * @dataset: (nullable): data loaded
 *
 * Whether @dataset is Ladder's fictional demonstration data and nothing
 * else: loaded as such, or every file it came from is a demonstration file.
 *
 * Returns: %TRUE when every figure in it is fictional.
 */
gboolean
ladder_data_is_demo (LadderDataset *dataset)
{
  guint n_sources;

  if (dataset == NULL)
    return FALSE;
  if (g_strcmp0 (ladder_dataset_get_title (dataset), LADDER_DEMO_DATA_TITLE) == 0)
    return TRUE;
  n_sources = ladder_dataset_get_n_sources (dataset);
  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *base = g_path_get_basename (ladder_dataset_get_source (dataset, i));

      if (!ladder_data_is_demo_file (base))
        return FALSE;
    }
  return n_sources > 0;
}
