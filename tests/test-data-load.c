/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading a list of files for the application: the demonstration data, a
 * bad file left out whole, progress in order, and cancelling. */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-data-load.h"
#include "test-fixtures.h"

#define HEADER "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"

static void
test_demo_data (void)
{
  g_auto(GStrv) paths = ladder_demo_data_files ();
  g_autoptr(LadderDataLoad) load = NULL;
  g_autofree char *description = NULL;
  const LadderNeighbour *neighbours = NULL;
  guint area;

  g_assert_cmpuint (g_strv_length (paths), ==, 4);
  load = ladder_data_load ((const char * const *) paths, LADDER_DEMO_DATA_TITLE, NULL, NULL);
  g_assert_nonnull (load);
  g_assert_cmpuint (load->files->len, ==, 4);
  g_assert_cmpuint (load->reports->len, ==, 4);
  g_assert_cmpuint (load->failed_files->len, ==, 0);
  /* Each file's checksum, for the assessment to record. */
  g_assert_cmpuint (load->checksums->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *expected = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (load->files->pdata[i], &contents, &length, NULL));
      expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_assert_cmpstr (load->checksums->pdata[i], ==, expected);
    }
  g_assert_cmpstr (ladder_dataset_get_title (load->dataset), ==, "Fictional demonstration data");
  g_assert_cmpuint (ladder_dataset_get_n_measures (load->dataset), ==, 13);
  /* Twenty councils, three regions and England. */
  g_assert_cmpuint (ladder_dataset_get_n_areas (load->dataset), ==, 24);
  area = fixture_area (load->dataset, "Ashmoor (fictional)");
  g_assert_cmpuint (ladder_dataset_get_neighbours (load->dataset, area, &neighbours), ==, 10);

  /* Ten years, labelled three ways by year type (2015-16, 2016, 2016/17). */
  description = ladder_data_load_describe (load);
  g_assert_cmpstr (description, ==, "4 files: 13 measures, 24 areas, 30 periods");
}

/* A file that fails part way is left out whole: none of its rows stay,
 * and the files after it still load. */
static void
test_bad_file_left_out (void)
{
  g_autofree char *good = fixture_write ("ladder-good-XXXXXX.csv",
                                         HEADER "TO,Turnover,2024,Ashmoor,17.2,601,North\n", -1);
  g_autofree char *bad = fixture_write ("ladder-bad-XXXXXX.csv",
                                        HEADER "BAD,Bad,2024,Ashmoor,1,601,North\n"
                                        "BAD,,2025,Ash\"moor,2,601,North\n", -1);
  g_autofree char *later = fixture_write ("ladder-later-XXXXXX.csv",
                                          HEADER "TO,,2025,Ashmoor,14.8,601,North\n", -1);
  g_autofree char *bad_name = g_path_get_basename (bad);
  g_autofree char *expected = g_strdup_printf ("%s: line 3, column 14: a quote mark is out of place", bad_name);
  const char *paths[] = { good, bad, later, NULL };
  g_autoptr(LadderDataLoad) load = ladder_data_load (paths, NULL, NULL, NULL);
  guint measure = 0;

  g_assert_nonnull (load);
  g_assert_cmpuint (load->files->len, ==, 2);
  g_assert_cmpstr (load->files->pdata[0], ==, good);
  g_assert_cmpstr (load->files->pdata[1], ==, later);
  g_assert_cmpuint (load->failed_files->len, ==, 1);
  g_assert_cmpstr (load->failed_files->pdata[0], ==, bad);
  g_assert_true (g_str_has_prefix (load->problems->pdata[0], expected));
  /* The bad file's first, good row did not survive. */
  g_assert_false (ladder_dataset_find_measure (load->dataset, "BAD", &measure));
  g_assert_cmpuint (ladder_dataset_get_n_periods (load->dataset), ==, 2);
  g_assert_cmpuint (ladder_dataset_get_n_sources (load->dataset), ==, 2);
  g_assert_null (ladder_dataset_get_title (load->dataset));

  g_unlink (good);
  g_unlink (bad);
  g_unlink (later);
}

/* What is not an ordinary file is left out at once, saying what it is: a
 * named pipe would otherwise hold the load for ever, and /dev/zero would
 * be read for ever. A file whose every row is skipped is left out with
 * the reasons. The others load, with their checksums. */
static void
test_not_a_file_left_out (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-load-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  g_autofree char *good = fixture_write ("ladder-good-XXXXXX.csv",
                                         HEADER "TO,Turnover,2024,Ashmoor,17.2,601,North\n", -1);
  g_autofree char *skipped = fixture_write ("ladder-skipped-XXXXXX.csv",
                                            HEADER "TO,Turnover,2024,,17.2,601,North\n", -1);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  gsize length;
  const char *paths[] = { fifo, good, "/dev/zero", skipped, NULL };
  g_autoptr(LadderDataLoad) load = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* Before the fix, the pipe's open never returned: fail instead of hanging. */
  alarm (20);
  load = ladder_data_load (paths, NULL, NULL, NULL);
  alarm (0);
  g_assert_nonnull (load);
  g_assert_cmpuint (load->files->len, ==, 1);
  g_assert_cmpstr (load->files->pdata[0], ==, good);
  g_assert_cmpuint (load->failed_files->len, ==, 3);
  g_assert_cmpstr (load->problems->pdata[0], ==, "pipe.csv is a named pipe, not a file");
  g_assert_cmpstr (load->problems->pdata[1], ==, "/dev/zero is a device, not a file");
  g_assert_nonnull (strstr (load->problems->pdata[2], ": none of its 1 row could be used: 1 has no area"));
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  g_assert_cmpstr (load->checksums->pdata[0], ==, expected);

  g_unlink (fifo);
  g_rmdir (dir);
  g_unlink (good);
  g_unlink (skipped);
}

typedef struct
{
  GMainLoop      *loop;
  LadderDataLoad *load;
  GError         *error;
  GPtrArray      *names;
  double          last_fraction;
  gboolean        on_main_thread;
} Waiting;

static void
on_progress (const char *name,
             guint       index,
             guint       n_files,
             double      fraction,
             gpointer    user_data)
{
  Waiting *waiting = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpuint (index, ==, waiting->names->len);
  g_assert_cmpuint (n_files, ==, 4);
  g_assert_cmpfloat (fraction, >=, waiting->last_fraction);
  g_assert_cmpfloat (fraction, <, 1.0);
  waiting->last_fraction = fraction;
  g_ptr_array_add (waiting->names, g_strdup (name));
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waiting *waiting = user_data;

  waiting->load = ladder_data_load_finish (result, &waiting->error);
  g_main_loop_quit (waiting->loop);
}

static void
test_async_progress (void)
{
  g_auto(GStrv) paths = ladder_demo_data_files ();
  Waiting waiting = { g_main_loop_new (NULL, FALSE), NULL, NULL,
                      g_ptr_array_new_with_free_func (g_free), 0.0, FALSE };

  ladder_data_load_async ((const char * const *) paths, LADDER_DEMO_DATA_TITLE, NULL,
                          on_progress, &waiting, on_loaded, &waiting);
  g_main_loop_run (waiting.loop);
  g_assert_no_error (waiting.error);
  g_assert_nonnull (waiting.load);
  g_assert_cmpuint (waiting.load->files->len, ==, 4);
  /* Progress came for every file, in order, before the result. */
  g_assert_cmpuint (waiting.names->len, ==, 4);
  g_assert_cmpstr (waiting.names->pdata[0], ==, "fictional-lait-table.csv");
  g_assert_cmpstr (waiting.names->pdata[3], ==, "fictional-la-codes.csv");
  /* The table is most of the bytes: the second file starts well along. */
  g_assert_cmpfloat (waiting.last_fraction, >, 0.5);

  ladder_data_load_free (waiting.load);
  g_ptr_array_unref (waiting.names);
  g_main_loop_unref (waiting.loop);
}

static void
test_cancelled (void)
{
  g_auto(GStrv) paths = ladder_demo_data_files ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Waiting waiting = { g_main_loop_new (NULL, FALSE), NULL, NULL,
                      g_ptr_array_new_with_free_func (g_free), 0.0, FALSE };

  g_cancellable_cancel (cancellable);
  ladder_data_load_async ((const char * const *) paths, NULL, cancellable, NULL, NULL,
                          on_loaded, &waiting);
  g_main_loop_run (waiting.loop);
  g_assert_null (waiting.load);
  g_assert_error (waiting.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_error (&waiting.error);
  g_ptr_array_unref (waiting.names);
  g_main_loop_unref (waiting.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data-load/demo", test_demo_data);
  g_test_add_func ("/data-load/bad-file-left-out", test_bad_file_left_out);
  g_test_add_func ("/data-load/not-a-file-left-out", test_not_a_file_left_out);
  g_test_add_func ("/data-load/async-progress", test_async_progress);
  g_test_add_func ("/data-load/cancelled", test_cancelled);

  return g_test_run ();
}
