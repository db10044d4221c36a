/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading the LAIT data dictionary. */
#include "config.h"

#include <string.h>

#include "test-fixtures.h"

#define HEADER "\"Measure_code\",\"Topic\",\"Measure\",\"Chart_title\",\"Measure_short\",\"Polarity\"," \
               "\"y_axis_name\",\"Table_status\",\"Description\",\"dps\",\"Year_Type\",\"No_Quartile\"\r\n"

static LadderMeasure *
measure (LadderDataset *dataset,
         const char    *code)
{
  return ladder_dataset_get_measure (dataset, fixture_measure (dataset, code));
}

static void
test_small_dictionary (void)
{
  const char *text =
    HEADER
    "\"1\",\"Workforce\",\"Turnover rate\",\"Social worker turnover\",\"TO\",\"Low\",\"Percent\",\"x\","
    "\"Leavers as a share of staff.\r\n\r\nSee the census.\",\"1\",\"Annual (end of Sept)\",NA\r\n"
    "\"2\",\"Care\",\"Turnover rate\",\"Social worker turnover\",\"TO\",\"Low\",\"Percent\",\"x\",\"\",\"1\",\"\",NA\r\n"
    "\"3\",\"Workforce\",\"Agency cover\",\"Cover\",\"AC\",\"-\",\"Percent\",\"x\",\"\",NA,\"\",\"N\"\r\n"
    "\"4\",\"Workforce\",\"Attainment\",\"KS2\",\"KS2\",\"High\",\"Score\",\"x\",\"\",\"2\",\"Academic Year\",NA\r\n"
    "\"5\",\"Health\",\"Road deaths\",\"RTA\",\"RTA\",\"Low\",\"Number\",\"Discontinued\",\"\",\"2\",\"\",NA\r\n"
    "\"6\",\"Health\",\"Old\",\"Old\",\"OLD\",\"Low\",\"Number\",\"DISCONTINUED 2019\",\"\",\"two\",\"\",NA\r\n"
    "\"7\",\"Health\",\"Odd\",\"Odd\",\"ODD\",\"NA\",\"Number\",\"x\",\"\",\"many\",\"\",NA\r\n";
  g_autofree char *path = fixture_write ("ladder-dict-XXXXXX.csv", text, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  LadderMeasure *to;
  guint index;

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_LAIT_DICTIONARY);
  g_assert_cmpuint (report->n_rows, ==, 7);
  g_assert_cmpuint (report->n_skipped, ==, 2);
  g_assert_cmpuint (report->n_measures, ==, 4);

  to = measure (dataset, "TO");
  g_assert_cmpstr (to->name, ==, "Turnover rate");
  g_assert_cmpstr (to->topic, ==, "Workforce / Care");
  g_assert_cmpstr (to->chart_title, ==, "Social worker turnover");
  g_assert_cmpstr (to->axis_label, ==, "Percent");
  g_assert_cmpstr (to->description, ==, "Leavers as a share of staff.\r\n\r\nSee the census.");
  g_assert_cmpstr (to->year_type, ==, "Annual (end of Sept)");
  g_assert_cmpint (to->polarity, ==, LADDER_POLARITY_LOW);
  g_assert_cmpint (to->decimals, ==, 1);
  g_assert_true (to->quartiles_allowed);

  g_assert_cmpint (measure (dataset, "AC")->polarity, ==, LADDER_POLARITY_NONE);
  g_assert_cmpint (measure (dataset, "AC")->decimals, ==, -1);
  g_assert_false (measure (dataset, "AC")->quartiles_allowed);
  g_assert_cmpint (measure (dataset, "KS2")->polarity, ==, LADDER_POLARITY_HIGH);
  g_assert_cmpint (measure (dataset, "ODD")->polarity, ==, LADDER_POLARITY_NONE);
  /* Discontinued, whatever the case: not described at all. */
  g_assert_false (ladder_dataset_find_measure (dataset, "RTA", &index));
  g_assert_false (ladder_dataset_find_measure (dataset, "OLD", &index));

  /* "many" decimal places: kept as unknown, with a located warning. The
   * header is line 1, the first row spans lines 2-4 (its description holds
   * two line breaks), so the seventh row is on line 10. */
  g_assert_cmpint (measure (dataset, "ODD")->decimals, ==, -1);
  g_assert_cmpuint (report->n_warnings, ==, 1);
  g_assert_cmpstr (report->warnings->pdata[0], ==,
                   "line 10, column 10 (dps): “many” is not a number of decimal places from 0 to 10; "
                   "one place will be shown");
}

/* Either order: the dictionary describes measures the table brings. */
static void
test_dictionary_after_table (void)
{
  const char *table = "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"
                      "TO,Turnover,2024,Barnet,12,302,Outer London\n";
  const char *dictionary = HEADER "\"1\",\"Workforce\",\"Turnover rate\",\"T\",\"TO\",\"Low\",\"%\",\"x\",\"\",\"1\",\"\",NA\n";
  g_autofree char *table_path = fixture_write ("ladder-t-XXXXXX.csv", table, -1);
  g_autofree char *dictionary_path = fixture_write ("ladder-d-XXXXXX.csv", dictionary, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) first = ladder_data_import_file (dataset, table_path, NULL, &error);
  g_autoptr(LadderImportReport) second = ladder_data_import_file (dataset, dictionary_path, NULL, &error);

  g_unlink (table_path);
  g_unlink (dictionary_path);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpuint (ladder_dataset_get_n_measures (dataset), ==, 1);
  g_assert_cmpint (measure (dataset, "TO")->polarity, ==, LADDER_POLARITY_LOW);
  g_assert_cmpstr (measure (dataset, "TO")->name, ==, "Turnover rate");
}

static void
test_real_dictionary (void)
{
  g_autofree char *path = fixture_real_data ("lait/lait_data_dictionary.csv");
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  guint index;

  if (path == NULL)
    return;
  dataset = ladder_dataset_new ();
  report = ladder_data_import_file (dataset, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 448);
  /* Road-traffic casualties and assessed child deaths: LAIT still shows them. */
  g_assert_cmpuint (report->n_skipped, ==, 2);
  g_assert_false (ladder_dataset_find_measure (dataset, "RTA", &index));
  g_assert_false (ladder_dataset_find_measure (dataset, "PreChildDea", &index));
  g_assert_cmpuint (report->n_measures, ==, 448 - 2 - 14);
  g_assert_cmpuint (report->n_warnings, ==, 0);

  g_assert_cmpint (measure (dataset, "Work_Force_TO_Rate")->polarity, ==, LADDER_POLARITY_LOW);
  g_assert_cmpint (measure (dataset, "Work_Force_Vac_Rate")->polarity, ==, LADDER_POLARITY_LOW);
  g_assert_cmpint (measure (dataset, "Work_Force_AgencyCover")->polarity, ==, LADDER_POLARITY_NONE);
  g_assert_cmpstr (measure (dataset, "Work_Force_TO_Rate")->year_type, ==, "Annual (end of Sept)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lait-dictionary/small", test_small_dictionary);
  g_test_add_func ("/lait-dictionary/after-table", test_dictionary_after_table);
  g_test_add_func ("/lait-dictionary/real", test_real_dictionary);

  return g_test_run ();
}
