/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for Explore Education Statistics tidy files. */
#include "config.h"

#include <string.h>

#include "ladder-chart.h"
#include "ladder-chart-data.h"
#include "ladder-statistics.h"
#include "test-fixtures.h"

static double
value_of (LadderDataset   *dataset,
          guint            measure,
          const char      *area,
          const char      *period,
          LadderCellState  expected)
{
  guint a, p;
  double value = -1;

  g_assert_true (ladder_dataset_find_area (dataset, area, &a));
  g_assert_true (ladder_dataset_find_period (dataset, period, &p));
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, a, p, &value, NULL), ==, expected);
  return value;
}

/* A file with two filters (one constant), two indicators, an academic and a
 * financial year, a geographic level Ladder does not use, and a mark. */
static void
test_generic_file (void)
{
  const char *text =
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,lad_code,lad_name,phase,version,pupils,absence_rate\n"
    "202324,Academic year,National,E92000001,England,,,,,,,,Primary,Final,1000,5.5\n"
    "202324,Academic year,National,E92000001,England,,,,,,,,Secondary,Final,900,8.25\n"
    "202324,Academic year,Regional,E92000001,England,E12000001,North East,,,,,,Primary,Final,100,5\n"
    "202324,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,,,Primary,Final,20,c\n"
    "202324,Academic year,Local authority district,E92000001,England,,,,,,E07000001,Somewhere,Primary,Final,5,1\n"
    "202425,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,,,Primary,Final,21,4.5\n";
  g_autofree char *path = fixture_write ("ladder-ees-XXXXXX.csv", text, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  guint rate, area;
  LadderArea *darlington;

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_EES_TIDY);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  /* Two indicators times two phases. */
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 4);
  g_assert_cmpuint (report->n_values, ==, 9);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_SUPPRESSED], ==, 1);

  rate = fixture_measure (dataset, "absence_rate|phase=Primary");
  /* The constant filter is left out of the name; the varying one is in it. */
  g_assert_cmpstr (ladder_dataset_get_measure (dataset, rate)->name, ==, "Absence rate (Primary)");
  /* Decimal places are learnt per column: 8.25 makes the whole column 2. */
  g_assert_cmpint (ladder_dataset_get_measure (dataset, rate)->decimals, ==, 2);
  g_assert_cmpfloat (value_of (dataset, rate, "England", "2023/24", LADDER_CELL_VALUE), ==, 5.5);
  g_assert_cmpfloat (value_of (dataset, rate, "North East", "2023/24", LADDER_CELL_VALUE), ==, 5);
  value_of (dataset, rate, "Darlington", "2023/24", LADDER_CELL_SUPPRESSED);
  g_assert_cmpfloat (value_of (dataset, rate, "841", "2024/25", LADDER_CELL_VALUE), ==, 4.5);
  g_assert_cmpfloat (value_of (dataset, fixture_measure (dataset, "absence_rate|phase=Secondary"),
                               "England", "2023/24", LADDER_CELL_VALUE), ==, 8.25);

  g_assert_true (ladder_dataset_find_area (dataset, "E06000005", &area));
  darlington = ladder_dataset_get_area (dataset, area);
  g_assert_cmpint (darlington->la_number, ==, 841);
  g_assert_cmpint (darlington->kind, ==, LADDER_AREA_COUNCIL);
  g_assert_true (ladder_dataset_find_area (dataset, "North East", &area));
  g_assert_cmpint (ladder_dataset_get_area (dataset, area)->kind, ==, LADDER_AREA_REGION);
  g_assert_true (ladder_dataset_find_period (dataset, "2023/24", &area));
  g_assert_cmpint (ladder_dataset_get_period (dataset, area)->kind, ==, LADDER_PERIOD_ACADEMIC);
}

static void
test_financial_years (void)
{
  const char *text = "time_period,time_identifier,geographic_level,country_name,spend\n"
                     "202425,Financial year,National,England,12\n";
  g_autofree char *path = fixture_write ("ladder-ees-XXXXXX.csv", text, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  guint period;

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_true (ladder_dataset_find_period (dataset, "2024-25", &period));
  g_assert_cmpint (ladder_dataset_get_period (dataset, period)->kind, ==, LADDER_PERIOD_FINANCIAL);
  g_assert_cmpstr (ladder_dataset_get_measure (dataset, fixture_measure (dataset, "spend"))->name, ==, "Spend");
}

/* Found by fuzzing: header names in another case are still the standard
 * columns, not indicators. */
static void
test_column_case (void)
{
  const char *text = "Time_Period,TIME_IDENTIFIER,Geographic_Level,Country_Name,Rate\n"
                     "2025,Reporting year,National,England,7\n";
  g_autofree char *path = fixture_write ("ladder-ees-XXXXXX.csv", text, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 1);
  g_assert_cmpfloat (value_of (dataset, fixture_measure (dataset, "Rate"), "England", "2025", LADDER_CELL_VALUE), ==, 7);
}

/* Found by fuzzing: a six-byte period that is not six digits is kept as it
 * is, never cut inside a character. */
static void
test_odd_period (void)
{
  const char *text = "time_period,time_identifier,geographic_level,country_name,rate\n"
                     "202\xC3\x8A" "4,Academic year,National,England,7\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ladder_dataset_get_n_periods (dataset), ==, 1);
  g_assert_cmpstr (ladder_dataset_get_period (dataset, 0)->label, ==, "202Ê4");
  g_assert_cmpint (ladder_dataset_get_period (dataset, 0)->kind, ==, LADDER_PERIOD_UNKNOWN);
  g_assert_cmpuint (report->unreadable_periods->len, ==, 1);
}

static void
test_real_file (void)
{
  g_autofree char *path = fixture_real_data ("ees/cla_number_and_rate_per_10k_children.csv");
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  guint rate;
  guint kinds[3] = { 0 };

  if (path == NULL)
    return;
  dataset = ladder_dataset_new ();
  report = ladder_data_import_file (dataset, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 2505);
  g_assert_cmpuint (report->n_values + report->n_missing, ==, 2505 * 3);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_NOT_APPLICABLE], ==, 112);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_NOT_AVAILABLE], ==, 42);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_SUPPRESSED], ==, 4);
  g_assert_cmpuint (report->n_warnings, ==, 0);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 9);
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    kinds[ladder_dataset_get_area (dataset, a)->kind]++;
  g_assert_cmpuint (kinds[LADDER_AREA_ENGLAND], ==, 1);
  g_assert_cmpuint (kinds[LADDER_AREA_REGION], ==, 11);
  g_assert_cmpuint (kinds[LADDER_AREA_COUNCIL], ==, 155);

  rate = fixture_measure (dataset, "rate_per_10000|population_type=Children looked after on 31 March each year");
  g_assert_cmpfloat (value_of (dataset, rate, "England", "2025", LADDER_CELL_VALUE), ==, 67);
  g_assert_cmpfloat (value_of (dataset, rate, "Barking and Dagenham", "2025", LADDER_CELL_VALUE), ==, 65);
}

/* EES names England's regions as LAIT does not ("Inner London", "Yorkshire
 * and The Humber") and gives them no DfE number: loaded with LAIT's table
 * they are still one region each, and a borough finds its half of London. */
static void
test_regions_with_lait (void)
{
  const char *lait =
    "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"
    "TO,Turnover,2024,London (Inner),15,987,\n"
    "TO,Turnover,2024,Yorkshire and the Humber,14,982,\n"
    "TO,Turnover,2024,Camden,13,202,Inner London\n";
  const char *ees =
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,rate\n"
    "2024,Reporting year,Regional,E92000001,England,E13000001,Inner London,,,,70\n"
    "2024,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,,60\n"
    "2024,Reporting year,Regional,E92000001,England,E13000002,Outer London,,,,50\n"
    "2024,Reporting year,Local authority,E92000001,England,E13000001,Inner London,202,E09000007,Camden,65\n"
    "2024,Reporting year,Local authority,E92000001,England,E13000002,Outer London,302,E09000003,Barnet,45\n";
  g_autofree char *lait_path = fixture_write ("ladder-lait-XXXXXX.csv", lait, -1);
  g_autofree char *ees_path = fixture_write ("ladder-ees-XXXXXX.csv", ees, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  guint n_regions = 0, rate, barnet, camden, region, p2024;
  double value;

  ladder_import_report_free (ladder_data_import_file (dataset, lait_path, NULL, &error));
  g_assert_no_error (error);
  ladder_import_report_free (ladder_data_import_file (dataset, ees_path, NULL, &error));
  g_assert_no_error (error);
  g_unlink (lait_path);
  g_unlink (ees_path);

  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    n_regions += ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_REGION;
  g_assert_cmpuint (n_regions, ==, 3);
  rate = fixture_measure (dataset, "rate");
  g_assert_true (ladder_dataset_find_period (dataset, "2024", &p2024));
  g_assert_true (ladder_dataset_find_area (dataset, "Barnet", &barnet));
  g_assert_true (ladder_dataset_find_area (dataset, "Camden", &camden));
  g_assert_cmpint (ladder_stats_region_value (dataset, rate, barnet, p2024, &region, &value), ==, LADDER_STAT_OK);
  g_assert_cmpfloat (value, ==, 50);
  g_assert_cmpint (ladder_dataset_get_area (dataset, region)->la_number, ==, 988);
  g_assert_cmpint (ladder_stats_region_value (dataset, rate, camden, p2024, &region, &value), ==, LADDER_STAT_OK);
  g_assert_cmpfloat (value, ==, 70);
  g_assert_cmpint (ladder_dataset_get_area (dataset, region)->la_number, ==, 987);
}

/* A joint return ("314 / 318") is given to each council it covers, marked
 * as joint and named in a note, and counted once among a council's
 * neighbours and in ranks. */
static void
test_joint_returns (void)
{
  const char *ees =
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,turnover\n"
    "2024,Reporting year,Local authority,E92000001,England,E13000002,Outer London,314 / 318,"
    "E09000021 / E09000027,Kingston upon Thames / Richmond upon Thames,20\n"
    "2024,Reporting year,Local authority,E92000001,England,E13000002,Outer London,320,E09000029,Sutton,10\n"
    "2024,Reporting year,Local authority,E92000001,England,E13000002,Outer London,302,E09000003,Barnet,30\n";
  g_autofree char *path = fixture_write ("ladder-ees-XXXXXX.csv", ees, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  guint kingston, richmond, sutton, barnet, measure, p2024;
  LadderNeighbour neighbours[3];
  LadderNeighbourAverage average;
  LadderRank rank;

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_skipped, ==, 0);
  g_assert_true (ladder_dataset_find_area (dataset, "314", &kingston));
  g_assert_true (ladder_dataset_find_area (dataset, "318", &richmond));
  g_assert_true (ladder_dataset_find_area (dataset, "Sutton", &sutton));
  g_assert_true (ladder_dataset_find_area (dataset, "Barnet", &barnet));
  g_assert_cmpstr (ladder_dataset_get_area (dataset, kingston)->name, ==, "Kingston upon Thames");
  g_assert_cmpstr (ladder_dataset_get_area (dataset, richmond)->name, ==, "Richmond upon Thames");
  g_assert_cmpstr (ladder_dataset_get_area (dataset, richmond)->ons_code, ==, "E09000027");
  measure = fixture_measure (dataset, "turnover");
  g_assert_true (ladder_dataset_find_period (dataset, "2024", &p2024));
  g_assert_cmpfloat (value_of (dataset, measure, "318", "2024", LADDER_CELL_VALUE), ==, 20);
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, measure, kingston, p2024), ==, LADDER_CELL_FLAG_JOINT);
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, measure, sutton, p2024), ==, 0);
  g_assert_cmpuint (report->warnings->len, ==, 1);
  g_assert_cmpstr (report->warnings->pdata[0], ==, "Kingston upon Thames / Richmond upon Thames made a joint return: "
                   "its figures are given to each of the 2 councils, marked as joint, and counted once among "
                   "neighbours and in ranks");

  /* Barnet's neighbours: both halves of the joint return and Sutton: two
   * returns, (20 + 10) / 2. */
  neighbours[0] = (LadderNeighbour) { kingston, "Close" };
  neighbours[1] = (LadderNeighbour) { richmond, "Close" };
  neighbours[2] = (LadderNeighbour) { sutton, "Close" };
  ladder_dataset_set_neighbours (dataset, barnet, neighbours, 3);
  average = ladder_stats_neighbour_average (dataset, measure, barnet, p2024);
  g_assert_cmpuint (average.n_reporting, ==, 2);
  g_assert_cmpfloat (average.mean, ==, 15);
  /* Kingston's neighbour Richmond is Kingston's own return: left out. */
  neighbours[0] = (LadderNeighbour) { richmond, "Close" };
  neighbours[1] = (LadderNeighbour) { sutton, "Close" };
  ladder_dataset_set_neighbours (dataset, kingston, neighbours, 2);
  average = ladder_stats_neighbour_average (dataset, measure, kingston, p2024);
  g_assert_cmpuint (average.n_reporting, ==, 1);
  g_assert_cmpfloat (average.mean, ==, 10);
  /* Three returns ranked, not four. */
  ladder_dataset_get_measure (dataset, measure)->polarity = LADDER_POLARITY_LOW;
  rank = ladder_stats_rank (dataset, measure, barnet, p2024);
  g_assert_cmpuint (rank.n, ==, 3);
  g_assert_cmpuint (rank.rank, ==, 3);

  /* Marked in the chart, its table and its caption. */
  {
    g_autoptr(LadderChart) chart = ladder_chart_new (dataset, LADDER_CHART_NEIGHBOURS, &measure, 1, barnet, &error);
    const LadderTable *table;
    gboolean marked = FALSE;

    g_assert_no_error (error);
    table = ladder_chart_get_table (chart);
    for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
      marked |= g_strcmp0 (ladder_table_get (table, r, 1), "Kingston upon Thames (joint return)") == 0;
    g_assert_true (marked);
    g_assert_nonnull (strstr (ladder_chart_get_caption (chart), "A joint return is one set of figures made by "
                                                                 "several councils together"));
  }
}

/* EES's version column (provisional, final, revised) makes one indicator:
 * each period's latest version is kept and marked, the earlier left out
 * and counted, and change over time runs across versions. */
static void
test_versions (void)
{
  const char *text =
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,version,rate\n"
    "202223,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Final,10\n"
    "202324,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,"
    "Provisional,11\n"
    "202324,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Final,12\n"
    "202425,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,"
    "Provisional,13\n"
    "202122,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Revised,9\n"
    "202122,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Final,8\n";
  g_autofree char *path = fixture_write ("ladder-ees-XXXXXX.csv", text, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  guint rate, darlington, period;
  LadderChange change;

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 1);
  rate = fixture_measure (dataset, "rate");
  g_assert_cmpstr (ladder_dataset_get_measure (dataset, rate)->name, ==, "Rate");
  g_assert_cmpuint (report->n_superseded, ==, 2);
  g_assert_cmpuint (report->n_duplicates, ==, 0);
  g_assert_true (ladder_dataset_find_area (dataset, "841", &darlington));
  g_assert_cmpfloat (value_of (dataset, rate, "841", "2023/24", LADDER_CELL_VALUE), ==, 12);
  g_assert_cmpfloat (value_of (dataset, rate, "841", "2021/22", LADDER_CELL_VALUE), ==, 9);
  g_assert_cmpfloat (value_of (dataset, rate, "841", "2024/25", LADDER_CELL_VALUE), ==, 13);
  g_assert_true (ladder_dataset_find_period (dataset, "2024/25", &period));
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, rate, darlington, period), ==,
                    LADDER_CELL_FLAG_PROVISIONAL);
  g_assert_true (ladder_dataset_find_period (dataset, "2021/22", &period));
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, rate, darlington, period), ==, LADDER_CELL_FLAG_REVISED);
  g_assert_true (ladder_dataset_find_period (dataset, "2023/24", &period));
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, rate, darlington, period), ==, 0);
  /* Change runs from the final 2023/24 to the provisional 2024/25. */
  g_assert_true (ladder_dataset_find_period (dataset, "2024/25", &period));
  change = ladder_stats_change (dataset, rate, darlington, period);
  g_assert_cmpint (change.status, ==, LADDER_STAT_OK);
  g_assert_cmpfloat (change.change, ==, 1);
  /* The trend marks the provisional and revised figures. */
  {
    g_autoptr(LadderTrendData) data = ladder_trend_data_new (dataset, rate, darlington, FALSE, &error);

    g_assert_no_error (error);
    g_assert_true (data->points[0].flags & LADDER_PERIOD_REVISED);
    g_assert_true (data->points[data->n_points - 1].flags & LADDER_PERIOD_PROVISIONAL);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ees-tidy/generic", test_generic_file);
  g_test_add_func ("/ees-tidy/financial", test_financial_years);
  g_test_add_func ("/ees-tidy/column-case", test_column_case);
  g_test_add_func ("/ees-tidy/odd-period", test_odd_period);
  g_test_add_func ("/ees-tidy/real", test_real_file);
  g_test_add_func ("/ees-tidy/regions-with-lait", test_regions_with_lait);
  g_test_add_func ("/ees-tidy/joint-returns", test_joint_returns);
  g_test_add_func ("/ees-tidy/versions", test_versions);

  return g_test_run ();
}
