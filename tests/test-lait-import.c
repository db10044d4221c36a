/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading LAIT long tables, layout detection and `data inspect`. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-cli.h"
#include "test-fixtures.h"

#define HEADER "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"

static double
figure (LadderDataset *dataset,
        const char    *code,
        const char    *area_name,
        const char    *period_label,
        LadderCellState expected_state)
{
  guint measure, area, period;
  double value = G_MAXDOUBLE;

  g_assert_true (ladder_dataset_find_measure (dataset, code, &measure));
  g_assert_true (ladder_dataset_find_area (dataset, area_name, &area));
  g_assert_true (ladder_dataset_find_period (dataset, period_label, &period));
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, area, period, &value, NULL), ==, expected_state);
  return value;
}

static void
test_small_table (void)
{
  const char *text =
    HEADER
    "TO,Social worker turnover rate,2024,Barking and Dagenham,17.2,301,Outer London\n"
    "TO,,2024,Barnet,c,302,Outer London\n"
    "TO,,2024,England,15.4,970,NA\n"
    "TO,,2025,Barking and Dagenham,14.8,301,Outer London\n"
    "TO,,2025,Barnet,-,302,Outer London\n"
    "TO,,2025,England,11.8,970,NA\n"
    "CLA,Children looked after per 10000,2016-17,Barnet,\"35\",302,Outer London\n"
    "CLA,,2025 (prov),Barnet,x,302,Outer London\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);
  guint measure, area;

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_LAIT_TABLE);
  g_assert_cmpuint (report->n_rows, ==, 8);
  g_assert_cmpuint (report->n_values, ==, 5);
  g_assert_cmpuint (report->n_missing, ==, 3);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_SUPPRESSED], ==, 1);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_DASH], ==, 1);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_NOT_AVAILABLE], ==, 1);
  g_assert_cmpuint (report->n_measures, ==, 2);
  g_assert_cmpuint (report->n_areas, ==, 3);
  g_assert_cmpuint (report->n_periods, ==, 4);
  g_assert_cmpuint (report->n_warnings, ==, 0);

  g_assert_cmpfloat (figure (dataset, "TO", "Barking and Dagenham", "2024", LADDER_CELL_VALUE), ==, 17.2);
  g_assert_cmpfloat (figure (dataset, "TO", "England", "2025", LADDER_CELL_VALUE), ==, 11.8);
  figure (dataset, "TO", "Barnet", "2024", LADDER_CELL_SUPPRESSED);
  figure (dataset, "TO", "Barnet", "2025", LADDER_CELL_DASH);
  g_assert_cmpfloat (figure (dataset, "CLA", "Barnet", "2016-17", LADDER_CELL_VALUE), ==, 35);

  /* The name comes from the first row of each measure. */
  g_assert_true (ladder_dataset_find_measure (dataset, "TO", &measure));
  g_assert_cmpstr (ladder_dataset_get_measure (dataset, measure)->name, ==, "Social worker turnover rate");
  /* Councils keep their region; England is not a council. */
  g_assert_true (ladder_dataset_find_area (dataset, "Barnet", &area));
  g_assert_cmpstr (ladder_dataset_get_area (dataset, area)->region, ==, "Outer London");
  g_assert_cmpint (ladder_dataset_get_area (dataset, area)->la_number, ==, 302);
  g_assert_true (ladder_dataset_find_area (dataset, "England", &area));
  g_assert_cmpint (ladder_dataset_get_area (dataset, area)->kind, ==, LADDER_AREA_ENGLAND);
  g_assert_null (ladder_dataset_get_area (dataset, area)->region);
}

/* Columns are found by name, so their order does not matter. */
static void
test_columns_in_any_order (void)
{
  const char *text =
    "Region;LA Number;Values;LA and Regions;Years;Short Desc;Data item\r\n"
    "Outer London;301;17.2;Barking and Dagenham;2024;TO;Turnover\r\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (report->delimiter, ==, ';');
  g_assert_cmpfloat (figure (dataset, "TO", "301", "2024", LADDER_CELL_VALUE), ==, 17.2);
}

static void
test_counted_warnings (void)
{
  const char *text =
    HEADER
    "TO,,2024,Barnet,12,302,Outer London\n"
    "TO,,2024,Barnet,13,302,Outer London\n"            /* line 3: repeated cell */
    "TO,,2024,Brent,n/a,304,Inner London\n"            /* line 4: unreadable value */
    "TO,,2024,Camden,5\n"                              /* line 5: ragged */
    "TO,,,Croydon,5,306,Outer London\n"                /* line 6: blank period */
    "TO,,2025,,5,307,Outer London\n";                  /* line 7: blank area */
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_warnings, ==, 5);
  g_assert_cmpuint (report->n_duplicates, ==, 1);
  g_assert_true (g_str_has_prefix (report->warnings->pdata[0], "line 3, column 5 (Values): TO, Barnet, 2024 appears more than once"));
  g_assert_true (g_str_has_prefix (report->warnings->pdata[1], "line 4, column 5 (Values): “n/a” is neither a number"));
  g_assert_true (g_str_has_prefix (report->warnings->pdata[2], "line 5: this row has 5 fields but the header has 7"));
  g_assert_true (g_str_has_prefix (report->warnings->pdata[3], "line 6, column 3 (Years): the period is blank"));
  g_assert_true (g_str_has_prefix (report->warnings->pdata[4], "line 7, column 4 (LA and Regions): the area is blank"));
  /* The later of the repeated rows is kept; the unreadable one is kept as such. */
  g_assert_cmpfloat (figure (dataset, "TO", "Barnet", "2024", LADDER_CELL_VALUE), ==, 13);
  figure (dataset, "TO", "Brent", "2024", LADDER_CELL_UNREADABLE);
}

/* A header with commas over rows with semicolons: every row is reported as
 * ragged, with its line, and the file still loads without crashing. */
static void
test_wrong_delimiter (void)
{
  const char *text =
    HEADER
    "TO;;2024;Barnet;12;302;Outer London\n"
    "TO;;2024;Brent;9;304;Inner London\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 2);
  g_assert_cmpuint (report->n_values + report->n_missing, ==, 0);
  g_assert_cmpuint (report->n_warnings, ==, 2);
  g_assert_cmpstr (report->warnings->pdata[1], ==,
                   "line 3: this row has 1 fields but the header has 7; the row was skipped");
}

static void
test_refused_inputs (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { HEADER, "has a header but no rows of data" },
    { "", "is empty" },
    { "x,y\n1,2\n3,4\n5,6\n7,8\n9,10\n", "line 5: Ladder does not recognise this layout" },
    { HEADER "TO,,2024,\"Barnet,12,302,Outer London\n", "line 2: a quoted field is still open" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = fixture_import (dataset, cases[i].text, -1, &error);

      g_assert_null (report);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      /* The message starts with the file's name. */
      g_assert_true (g_str_has_prefix (error->message, "ladder-fixture-"));
    }
}

/* Two files into one dataset: equal figures merge, different ones are
 * counted and the later file's figure is kept. */
static void
test_merging_files (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) first = fixture_import (dataset, HEADER
                                                     "TO,,2024,Barnet,12,302,Outer London\n"
                                                     "TO,,2024,Brent,9,304,Inner London\n", -1, &error);
  g_autoptr(LadderImportReport) second = fixture_import (dataset, HEADER
                                                      "TO,,2024,Barnet,12,302,Outer London\n"
                                                      "TO,,2024,Brent,10,304,Inner London\n"
                                                      "TO,,2025,Brent,11,304,Inner London\n", -1, &error);
  guint measure, area, period, source;

  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->n_merged + first->n_conflicts, ==, 0);
  g_assert_cmpuint (second->n_merged, ==, 1);
  g_assert_cmpuint (second->n_conflicts, ==, 1);
  g_assert_cmpuint (second->n_duplicates, ==, 0);
  g_assert_cmpuint (second->n_warnings, ==, 0);
  g_assert_cmpfloat (figure (dataset, "TO", "Brent", "2024", LADDER_CELL_VALUE), ==, 10);
  g_assert_cmpuint (ladder_dataset_get_n_sources (dataset), ==, 2);
  g_assert_true (ladder_dataset_find_measure (dataset, "TO", &measure));
  g_assert_true (ladder_dataset_find_area (dataset, "Brent", &area));
  g_assert_true (ladder_dataset_find_period (dataset, "2024", &period));
  ladder_dataset_lookup (dataset, measure, area, period, NULL, &source);
  g_assert_cmpstr (ladder_dataset_get_source (dataset, source), ==, second->name);
}

/* A file far larger than any buffer, generated here: read without error,
 * every row counted. */
static void
test_large_generated_file (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GString) text = g_string_sized_new (110 * 1000 * 1000);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  guint64 rows = 0;

  if (!g_test_slow ())
    {
      g_test_skip ("the 100 MB file runs as its own test, lait-import-large (-m slow)");
      return;
    }
  g_string_append (text, HEADER);
  for (guint m = 0; text->len < 100 * 1000 * 1000; m++)
    for (guint p = 0; p < 10; p++)
      for (guint a = 0; a < 150; a++, rows++)
        g_string_append_printf (text, "MEASURE_%u,%s,%u,Fictional council %u,%u.%u,%u,Region %u\n",
                                m, a == 0 && p == 0 ? "A measure with a longer name" : "",
                                2015 + p, a, (a * 7 + m) % 1000, p, 100 + a, a % 9);
  path = fixture_write ("ladder-large-XXXXXX.csv", text->str, text->len);
  report = ladder_data_import_file (dataset, path, NULL, &error);
  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, rows);
  g_assert_cmpuint (report->n_values, ==, rows);
  g_assert_cmpuint (report->n_areas, ==, 150);
  g_assert_cmpuint (report->n_periods, ==, 10);
}

/* The real LAIT table: the counts the data's README gives, and the worked
 * example of lait-rules.md figure by figure. */
static void
test_real_lait_table (void)
{
  g_autofree char *path = fixture_real_data ("lait/bds_long.csv");
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  static const struct { const char *code; const char *area; const char *period; double value; } figures[] = {
    { "Work_Force_AvgNumCase_SW", "Barking and Dagenham", "2024", 14.9 },
    { "Work_Force_AvgNumCase_SW", "Barking and Dagenham", "2025", 15.0 },
    { "Work_Force_TO_Rate", "Barking and Dagenham", "2024", 17.2 },
    { "Work_Force_TO_Rate", "Barking and Dagenham", "2025", 14.8 },
    { "Work_Force_Agecy_Rate", "Barking and Dagenham", "2024", 18.6 },
    { "Work_Force_Agecy_Rate", "Barking and Dagenham", "2025", 15.5 },
    { "Work_Force_Vac_Rate", "Barking and Dagenham", "2024", 13.3 },
    { "Work_Force_Vac_Rate", "Barking and Dagenham", "2025", 18.8 },
    { "Work_Force_Vac_Rate", "England", "2025", 14.2 },
    { "Work_Force_AvgNumCase_SW", "England", "2025", 15.2 },
    { "Work_Force_Vac_Rate", "London (Outer)", "2025", 20.5 },
    { "Work_Force_AvgNumCase_SW", "London (Outer)", "2025", 14.6 },
  };

  if (path == NULL)
    return;
  dataset = ladder_dataset_new ();
  report = ladder_data_import_file (dataset, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 641070);
  g_assert_cmpuint (report->n_missing, ==, 93883);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_DASH], ==, 93883);
  g_assert_cmpuint (report->n_values, ==, 641070 - 93883);
  g_assert_cmpuint (report->n_measures, ==, 434);
  g_assert_cmpuint (report->n_areas, ==, 170);
  g_assert_cmpuint (report->n_periods, ==, 65);
  g_assert_cmpuint (report->unreadable_periods->len, ==, 1);
  g_assert_cmpstr (report->unreadable_periods->pdata[0], ==, "0");
  g_assert_cmpuint (report->n_warnings, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      double value = figure (dataset, figures[i].code, figures[i].area, figures[i].period, LADDER_CELL_VALUE);

      /* The file stores 18.600000000000001: the nearest double to 18.6. */
      g_assert_cmpfloat (value, ==, figures[i].value);
    }
}

static void
test_inspect_command (void)
{
  g_autofree char *path = fixture_write ("ladder-inspect-XXXXXX.csv",
                                         HEADER "TO,,2024,Barnet,12,302,Outer London\n"
                                         "TO,,2024,Brent,c,304,Inner London\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  char *args[] = { "ladder", "data", "inspect", path, NULL };
  char *json_args[] = { "ladder", "data", "inspect", path, "--json", NULL };
  char *bad_args[] = { "ladder", "data", "inspect", "/nonexistent/x.csv", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *file;

  g_assert_cmpint (ladder_cli_run (4, args, out, err), ==, LADDER_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "a LAIT data table"));
  g_assert_nonnull (strstr (out->str, "2 rows: 1 figure and 1 missing"));
  g_assert_cmpstr (err->str, ==, "");

  g_string_truncate (out, 0);
  g_assert_cmpint (ladder_cli_run (5, json_args, out, err), ==, LADDER_EXIT_OK);
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  file = json_array_get_object_element (json_object_get_array_member (
           json_node_get_object (json_parser_get_root (parser)), "files"), 0);
  g_assert_cmpint (json_object_get_int_member (file, "rows"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (file, "missing"), ==, 1);

  g_string_truncate (out, 0);
  g_assert_cmpint (ladder_cli_run (4, bad_args, out, err), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_true (g_str_has_prefix (err->str, "ladder: x.csv could not be opened"));
  /* One line. */
  g_assert_cmpuint (strchr (err->str, '\n') - err->str, ==, err->len - 1);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lait-table/small", test_small_table);
  g_test_add_func ("/lait-table/column-order", test_columns_in_any_order);
  g_test_add_func ("/lait-table/warnings", test_counted_warnings);
  g_test_add_func ("/lait-table/wrong-delimiter", test_wrong_delimiter);
  g_test_add_func ("/lait-table/refused", test_refused_inputs);
  g_test_add_func ("/lait-table/merging", test_merging_files);
  g_test_add_func ("/lait-table/large", test_large_generated_file);
  g_test_add_func ("/lait-table/real", test_real_lait_table);
  g_test_add_func ("/lait-table/inspect", test_inspect_command);

  return g_test_run ();
}
