/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From "Download" to charts, for one Explore Education Statistics data set
 * served by a loopback server:
 *
 *   bench-ees [ROUNDS] [COUNCILS]
 *
 * Each round downloads the data set (gzipped CSV, unpacked, checked and
 * written into a fresh cache), imports it and makes the trend chart of the
 * first council, as the window does after Download; and, as a reference
 * measured in the same run, imports the same file from disk and makes the
 * same chart, which is what loading it by hand costs. Prints the median,
 * minimum and maximum milliseconds of each. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "ladder-chart.h"
#include "ladder-data-import.h"
#include "ladder-ees-client.h"
#include "ees-server.h"

/* Imports @path and makes the trend chart of council 601. */
static void
import_and_chart (const char *path)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  g_autoptr(LadderChart) chart = NULL;
  guint measure, council;

  if (report == NULL || !ladder_dataset_find_measure (dataset, "rate_per_10000", &measure) ||
      !ladder_dataset_find_area (dataset, "601", &council))
    g_error ("the data set could not be imported: %s", error != NULL ? error->message : "no such measure");
  chart = ladder_chart_new (dataset, LADDER_CHART_TREND, &measure, 1, council, &error);
  if (chart == NULL)
    g_error ("no chart: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  int rounds = argc > 1 ? atoi (argv[1]) : 15;
  EesServer *server = ees_server_start ();
  g_autoptr(GArray) fetched = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) local = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *kept = NULL;
  gsize size = 0;

  server->n_rows = argc > 2 ? (guint) atoi (argv[2]) : 152;
  for (int round = 0; round <= rounds; round++)
    {
      g_autofree char *cache = g_dir_make_tmp ("ladder-bench-ees-XXXXXX", NULL);
      g_autoptr(LadderEesClient) client = ladder_ees_client_new (server->url, cache);
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderEesDataSet) data_set = NULL;
      g_autofree char *path = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      data_set = ladder_ees_client_get_data_set (client, EES_DATA_SET, NULL, &error);
      path = data_set != NULL ? ladder_ees_client_download (client, data_set, NULL, NULL, NULL, &error) : NULL;
      if (path == NULL)
        g_error ("download failed: %s", error->message);
      import_and_chart (path);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (round > 0)
        g_array_append_val (fetched, ms);

      start = g_get_monotonic_time ();
      import_and_chart (path);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (round > 0)
        g_array_append_val (local, ms);
      if (kept == NULL)
        {
          g_autofree char *contents = NULL;

          g_file_get_contents (path, &contents, &size, NULL);
          kept = g_strdup (path);
        }
      {
        g_autofree char *index = g_build_filename (cache, "index.json", NULL);
        g_autofree char *folder = g_path_get_dirname (path);

        g_unlink (path);
        g_unlink (index);
        g_rmdir (folder);
        g_rmdir (cache);
      }
    }
  g_print ("one data set: %u councils x 5 years, %.1f KB of CSV; %d rounds after one to warm up\n",
           server->n_rows, size / 1024.0, rounds);
  bench_report ("Download -> imported -> trend chart", fetched);
  bench_report ("reference: the same file from disk", local);
  ees_server_stop (server);
  return 0;
}
