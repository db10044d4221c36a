/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for statistical-neighbour tables (both layouts) and the LA code list. */
#include "config.h"

#include <string.h>

#include "ladder-chart.h"
#include "test-fixtures.h"

static void
assert_neighbours (LadderDataset       *dataset,
                   const char          *council,
                   const char * const  *expected,
                   const char          *first_closeness)
{
  const LadderNeighbour *neighbours;
  guint n = ladder_dataset_get_neighbours (dataset, fixture_area (dataset, council), &neighbours);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (neighbours[i].area, ==, fixture_area (dataset, expected[i]));
  g_assert_cmpstr (neighbours[0].closeness, ==, first_closeness);
}

/* The spreadsheet layout: junk rows, then the header, the current model,
 * blank rows, and an older model under a heading. */
static void
test_lait_layout (void)
{
  const char *text =
    "A,B,C,D,E,3,4,5,6,7,8,\n"
    "1,2,3,4,5,6,7,8,9,10,11,\n"
    "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,\n"
    "901,Fictional Shire,901,1,Fictional North,902,Very close,903,Close,,,\n"
    "902,Fictional Borough,902,1,Fictional North,901,Close,904,Somewhat close,,,\n"
    "903,Fictional City,903,2,Fictional South,901,Close,,,,,\n"
    ",,,,,,,,,,,\n"
    ",Old SNs:,,,,,,,,,,\n"
    "801,Old Shire (Pre LG),801,1,Fictional North,901,Close,,,,,\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);
  static const char * const shire[] = { "Fictional Borough", "Fictional City", NULL };
  static const char * const borough[] = { "Fictional Shire", "904", NULL };
  guint index;

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_NEIGHBOURS_LAIT);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->n_skipped, ==, 2);
  g_assert_cmpuint (report->n_warnings, ==, 0);
  assert_neighbours (dataset, "Fictional Shire", shire, "Very close");
  assert_neighbours (dataset, "Fictional Borough", borough, "Close");
  /* A neighbour with no row of its own is kept under a placeholder name. */
  g_assert_cmpstr (ladder_dataset_get_area (dataset, fixture_area (dataset, "904"))->name, ==, "Council 904");
  g_assert_cmpstr (ladder_dataset_get_area (dataset, fixture_area (dataset, "Fictional City"))->region, ==, "Fictional South");
  g_assert_false (ladder_dataset_find_area (dataset, "801", &index));
}

/* The Explore Education Statistics layout, with a byte-order mark and
 * closeness labels that end in spaces. */
static void
test_ees_layout (void)
{
  const char *text =
    "\xEF\xBB\xBF" "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P\r\n"
    "901,Fictional Shire,1,Fictional North,902,Close ,903,Somewhat close\r\n"
    "902,Fictional Borough,1,Fictional North,901,Very close,903,Close \r\n"
    "903,Fictional City,2,Fictional South,x,Close ,901,Close\r\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);
  static const char * const shire[] = { "Fictional Borough", "Fictional City", NULL };
  static const char * const city[] = { "Fictional Shire", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_NEIGHBOURS_EES);
  assert_neighbours (dataset, "Fictional Shire", shire, "Close");
  assert_neighbours (dataset, "Fictional City", city, "Close");
  g_assert_cmpuint (report->n_warnings, ==, 1);
  g_assert_cmpstr (report->warnings->pdata[0], ==,
                   "line 4, column 5 (SN_1): “x” is not a council number; this neighbour was left out");
}

static void
test_code_list (void)
{
  const char *text =
    "LA Number,LA Name,Region,Type\n"
    "901,Fictional Shire,Fictional North,SC\n"
    "902,Fictional Borough,Outer Fictional,OLB\n"
    "980,Fictional North,NA,NA\n"
    "970,England,NA,NA\n"
    "1000,England (discontinued),NA,NA\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);
  LadderArea *borough;

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_LA_CODES);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  g_assert_cmpuint (ladder_dataset_get_n_areas (dataset), ==, 4);
  borough = ladder_dataset_get_area (dataset, fixture_area (dataset, "902"));
  g_assert_cmpstr (borough->council_type, ==, "OLB");
  g_assert_cmpstr (borough->region, ==, "Outer Fictional");
  g_assert_cmpint (borough->kind, ==, LADDER_AREA_COUNCIL);
  g_assert_cmpint (ladder_dataset_get_area (dataset, fixture_area (dataset, "980"))->kind, ==, LADDER_AREA_REGION);
  g_assert_null (ladder_dataset_get_area (dataset, fixture_area (dataset, "980"))->region);
  g_assert_cmpint (ladder_dataset_get_area (dataset, fixture_area (dataset, "England"))->kind, ==, LADDER_AREA_ENGLAND);
}

/* Both published files give Barking and Dagenham the same ten neighbours. */
static void
test_real_neighbours (void)
{
  static const char * const expected[] = { "308", "821", "313", "333", "336", "307", "304", "312", "874", "203", NULL };
  const char *files[] = { "lait/sn_may_2025.csv", "ees/sn_model_2025_wide.csv" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = fixture_real_data (files[f]);
      g_autoptr(LadderDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = NULL;
      const LadderNeighbour *neighbours;

      if (path == NULL)
        return;
      dataset = ladder_dataset_new ();
      report = ladder_data_import_file (dataset, path, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (report->n_warnings, ==, 0);
      g_assert_cmpuint (ladder_dataset_get_neighbours (dataset, fixture_area (dataset, "301"), &neighbours), ==, 10);
      assert_neighbours (dataset, "Barking and Dagenham", expected, "Close");
      g_assert_cmpstr (neighbours[3].closeness, ==, "Somewhat close");
    }
}

/* A second neighbour file replaces the first's groups for the councils it
 * lists: the import says so, and charts name the grouping in use. */
static void
test_two_groupings (void)
{
  const char *first =
    "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P\n"
    "901,Fictional Shire,1,Fictional North,902,Close\n"
    "902,Fictional Borough,1,Fictional North,901,Close\n";
  const char *second =
    "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P\n"
    "901,Fictional Shire,1,Fictional North,903,Very close\n"
    "903,Fictional City,1,Fictional North,901,Close\n";
  const char *table =
    "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"
    "TO,Turnover,2024,Fictional Shire,10,901,Fictional North\n"
    "TO,Turnover,2024,Fictional City,12,903,Fictional North\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) one = fixture_import (dataset, first, -1, &error);
  g_autofree char *first_name = g_strdup (ladder_dataset_get_neighbour_source (dataset));
  g_autoptr(LadderImportReport) two = fixture_import (dataset, second, -1, &error);
  g_autoptr(LadderImportReport) figures = fixture_import (dataset, table, -1, &error);
  static const char * const shire[] = { "Fictional City", NULL };
  g_autoptr(LadderChart) chart = NULL;
  g_autofree char *expected = NULL;
  guint measure;

  g_assert_no_error (error);
  g_assert_cmpuint (one->n_warnings, ==, 0);
  g_assert_cmpuint (two->n_warnings, ==, 1);
  expected = g_strdup_printf ("statistical neighbours were already loaded from %s; the groups in this file replace "
                              "them for the 2 councils it lists, and charts name this file as the grouping used",
                              first_name);
  g_assert_cmpstr (two->warnings->pdata[0], ==, expected);
  assert_neighbours (dataset, "Fictional Shire", shire, "Very close");
  g_assert_cmpstr (ladder_dataset_get_neighbour_source (dataset), ==, two->name);
  g_assert_true (ladder_dataset_find_measure (dataset, "TO", &measure));
  chart = ladder_chart_new (dataset, LADDER_CHART_NEIGHBOURS, &measure, 1, fixture_area (dataset, "901"), &error);
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Neighbours as grouped in Children’s services statistical neighbour benchmarking "
                              "tool, Department for Education (file %s).", two->name);
  g_assert_nonnull (strstr (ladder_chart_get_caption (chart), expected));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/neighbours/lait-layout", test_lait_layout);
  g_test_add_func ("/neighbours/ees-layout", test_ees_layout);
  g_test_add_func ("/neighbours/code-list", test_code_list);
  g_test_add_func ("/neighbours/two-groupings", test_two_groupings);
  g_test_add_func ("/neighbours/real", test_real_neighbours);

  return g_test_run ();
}
