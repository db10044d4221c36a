/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fictional demonstration data goes through the real importers cleanly,
 * says it is fictional everywhere, and supports every statistic. */
#include "config.h"

#include <string.h>

#include "ladder-data-import.h"
#include "ladder-statistics.h"

static const char * const files[] = {
  "fictional-lait-table.csv", "fictional-lait-dictionary.csv",
  "fictional-neighbours.csv", "fictional-la-codes.csv",
};

static void
test_demo_data (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint kinds[3] = { 0 };
  guint measure, council, period;
  LadderNeighbourAverage average;
  LadderRank rank;
  LadderTrend trend;
  LadderStatStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "demo", files[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (report->n_warnings, ==, 0);
      g_assert_cmpuint (report->n_conflicts, ==, 0);
    }

  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    {
      LadderArea *area = ladder_dataset_get_area (dataset, a);

      kinds[area->kind]++;
      g_assert_nonnull (strstr (area->name, "fictional"));
      if (area->kind == LADDER_AREA_COUNCIL)
        {
          const LadderNeighbour *neighbours;

          g_assert_cmpuint (ladder_dataset_get_neighbours (dataset, a, &neighbours), ==, 10);
          g_assert_nonnull (strstr (area->region, "fictional"));
          g_assert_nonnull (area->council_type);
        }
    }
  g_assert_cmpuint (kinds[LADDER_AREA_COUNCIL], ==, 20);
  g_assert_cmpuint (kinds[LADDER_AREA_REGION], ==, 3);
  g_assert_cmpuint (kinds[LADDER_AREA_ENGLAND], ==, 1);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 13);
  g_assert_cmpuint (ladder_dataset_count_cells (dataset, LADDER_CELL_SUPPRESSED), >, 0);

  /* Every comparison works on it. */
  g_assert_true (ladder_dataset_find_measure (dataset, "Work_Force_TO_Rate", &measure));
  g_assert_true (ladder_dataset_find_area (dataset, "Brackenford (fictional)", &council));
  g_assert_true (ladder_stats_latest_period (dataset, measure, &period));
  g_assert_cmpstr (ladder_dataset_get_period (dataset, period)->label, ==, "2025");
  average = ladder_stats_neighbour_average (dataset, measure, council, period);
  g_assert_cmpint (average.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (average.n_reporting, ==, 10);
  rank = ladder_stats_rank (dataset, measure, council, period);
  g_assert_cmpuint (rank.n, ==, 20);
  g_assert_cmpint (ladder_stats_band (dataset, measure, council, period, &status), !=, LADDER_BAND_NONE);
  trend = ladder_stats_trend (dataset, measure, council, period);
  g_assert_cmpuint (trend.n_periods, ==, 5);
  g_assert_cmpint (ladder_stats_gap_trend (dataset, measure, council, period).status, ==, LADDER_STAT_OK);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo-data/imports", test_demo_data);

  return g_test_run ();
}
