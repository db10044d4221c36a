/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading LAIT long tables, layout detection and `data inspect`. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "ladder-cli.h"
#include "test-fixtures.h"

#define HEADER_FIELDS "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region"
#define HEADER HEADER_FIELDS "\n"

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

  /* No row can be used, so the file is refused, saying why. */
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, ": none of its 2 rows could be used: 2 have a different "
                            "number of fields from the header (first problem: line 2: this row has "
                            "1 field but the header has 7; the row was skipped)"));
}

/* Every row skipped: refused, with the count of rows for each reason, not
 * read as a file of nothing. */
static void
test_every_row_skipped (void)
{
  const char *text =
    HEADER
    "TO,,2024,Barnet,12\n"                             /* line 2: short */
    "TO;;2024;Brent;9;304;Inner London\n"              /* line 3: one field */
    "TO,,2024,,5,307,Outer London\n"                   /* line 4: no area */
    "TO,,,Croydon,5,306,Outer London\n"                /* line 5: no period */
    ",,2024,Croydon,5,306,Outer London\n";             /* line 6: no measure */
  g_autofree char *path = fixture_write ("ladder-skipped-XXXXXX.csv", text, -1);
  g_autofree char *header_only = fixture_write ("ladder-header-XXXXXX.csv", HEADER, -1);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *expected = g_strdup_printf (
    "%s: none of its 5 rows could be used: 2 have a different number of fields from the header, "
    "1 has no measure code, 1 has no area, 1 has no period (first problem: line 2: this row has 5 "
    "fields but the header has 7; the row was skipped)", name);
  g_autofree char *expected_line = g_strdup_printf ("ladder: %s\n", expected);
  char *args[] = { "ladder", "data", "inspect", path, NULL };
  char *header_args[] = { "ladder", "data", "inspect", header_only, NULL };

  g_assert_null (report);
  g_assert_cmpstr (error->message, ==, expected);

  /* `data inspect` fails with the same reason; a header alone still fails. */
  g_assert_cmpint (ladder_cli_run (4, args, out, err), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, expected_line);
  g_string_truncate (err, 0);
  g_assert_cmpint (ladder_cli_run (4, header_args, out, err), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_nonnull (strstr (err->str, "has a header but no rows of data"));
  g_unlink (path);
  g_unlink (header_only);
}

/* Whatever is not an ordinary file is refused at once by what it is: a
 * named pipe's open would otherwise wait for a writer for ever, and
 * /dev/zero would be read for ever. */
static void
test_not_a_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-inputs-XXXXXX", NULL);
  g_autofree char *folder_name = g_path_get_basename (dir);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "socket.csv", NULL);
  g_autofree char *folder_message = g_strdup_printf ("%s is a folder, not a file", folder_name);
  const struct { const char *path; const char *message; } cases[] = {
    { fifo, "pipe.csv is a named pipe, not a file" },
    { dir, folder_message },
    { "/dev/null", "/dev/null is a device, not a file" },
    { "/dev/zero", "/dev/zero is a device, not a file" },
    { socket_path, "socket.csv is a socket, not a file" },
    { "", "No file was named: the path is empty" },
  };
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
  strcpy (address.sun_path, socket_path);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);

  /* Before the fix, the pipe's open never returned: fail instead of hanging. */
  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, cases[i].path, NULL, &error);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      g_autofree char *line = g_strdup_printf ("ladder: %s\n", cases[i].message);
      char *args[] = { "ladder", "data", "inspect", (char *) cases[i].path, NULL };

      g_test_message ("%s", cases[i].path);
      g_assert_null (report);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (ladder_cli_run (4, args, out, err), ==, LADDER_EXIT_BAD_INPUT);
      g_assert_cmpstr (err->str, ==, line);
    }
  alarm (0);
  close (fd);
  g_unlink (fifo);
  g_unlink (socket_path);
  g_rmdir (dir);
}

/* A file name with a line break, an escape sequence or bytes that are not
 * UTF-8 reaches messages and reports as one line of valid, inert text. */
static void
test_file_names (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-names-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "two\nlines\x1b[31m\xff.csv", NULL);
  g_autofree char *good = g_build_filename (dir, "ok\x1b]0;title\x07.csv", NULL);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  char *args[] = { "ladder", "data", "inspect", bad, NULL };

  g_assert_true (g_file_set_contents (bad, HEADER, -1, NULL));
  g_assert_true (g_file_set_contents (good, HEADER "TO,,2024,Barnet,12,302,Outer London\n", -1, NULL));
  g_assert_null (ladder_data_import_file (dataset, bad, NULL, &error));
  g_assert_cmpstr (error->message, ==, "two\uFFFDlines\uFFFD[31m\uFFFD.csv has a header but no rows of data");
  g_assert_cmpint (ladder_cli_run (4, args, out, err), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: two\uFFFDlines\uFFFD[31m\uFFFD.csv has a header but no rows of data\n");

  report = ladder_data_import_file (dataset, good, NULL, &error);
  g_assert_nonnull (report);
  g_assert_cmpstr (report->name, ==, "ok\uFFFD]0;title\uFFFD.csv");
  g_assert_cmpstr (ladder_dataset_get_source (dataset, 1), ==, report->name);
  g_unlink (bad);
  g_unlink (good);
  g_rmdir (dir);
}

/* A header that names a column twice: refused when Ladder reads the
 * column (either could be meant), reported when it does not. */
static void
test_repeated_columns (void)
{
  static const struct { const char *text; const char *message; } refused[] = {
    { "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,values\n"
      "TO,,2024,Barnet,12,302,Outer London,13\n",
      "line 1, column 8: the header names “values” twice, as columns 5 and 8: Ladder reads this "
      "column and cannot tell which of the two is meant; rename or remove one" },
    { "Measure_short,Polarity,Measure,Polarity\nTO,High,Turnover,Low\n",
      "line 1, column 4: the header names “Polarity” twice, as columns 2 and 4" },
    { "time_period,time_identifier,geographic_level,country_name,rate,rate\n"
      "202425,Financial year,National,England,12,13\n",
      "line 1, column 6: the header names “rate” twice, as columns 5 and 6" },
  };
  static const struct { const char *text; const char *warning; } reported[] = {
    { HEADER_FIELDS ",Notes,notes\nTO,,2024,Barnet,12,302,Outer London,a,b\n",
      "line 1, column 9: the header names “notes” twice, as columns 8 and 9; Ladder does not "
      "read this column, so nothing is lost" },
    { "time_period,time_identifier,geographic_level,country_code,country_name,country_code,rate\n"
      "202425,Financial year,National,E92000001,England,E92000001,12\n",
      "line 1, column 6: the header names “country_code” twice, as columns 4 and 6; Ladder does "
      "not read this column, so nothing is lost" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = fixture_import (dataset, refused[i].text, -1, &error);

      g_assert_null (report);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, refused[i].message));
    }
  for (guint i = 0; i < G_N_ELEMENTS (reported); i++)
    {
      g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = fixture_import (dataset, reported[i].text, -1, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (report->n_warnings, ==, 1);
      g_assert_cmpstr (report->warnings->pdata[0], ==, reported[i].warning);
    }
}

/* Figures no published figure comes near (1.7e308, whose sums overflow),
 * overflow and underflow: unreadable cells, each reported by line and
 * column, in the LAIT table and in an Explore Education Statistics file
 * (where the column stays an indicator). */
static void
test_huge_figures (void)
{
  const char *text =
    HEADER
    "TO,,2024,Barnet,1.7e308,302,Outer London\n"
    "TO,,2024,Brent,1e309,304,Inner London\n"
    "TO,,2024,Camden,1e-400,305,Inner London\n"
    "TO,,2024,Croydon,12,306,Outer London\n";
  const char *ees =
    "time_period,time_identifier,geographic_level,country_name,spend\n"
    "202324,Financial year,National,England,1e309\n"
    "202425,Financial year,National,England,5\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderDataset) ees_dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);
  g_autoptr(LadderImportReport) ees_report = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_values, ==, 1);
  g_assert_cmpuint (report->n_missing_by_state[LADDER_CELL_UNREADABLE], ==, 3);
  g_assert_cmpuint (report->n_warnings, ==, 3);
  g_assert_cmpstr (report->warnings->pdata[0], ==, "line 2, column 5 (Values): “1.7e308” is too large "
                   "to be a figure (Ladder reads figures up to 10^15 either side of zero); it is kept "
                   "as unreadable");
  g_assert_true (g_str_has_prefix (report->warnings->pdata[1], "line 3, column 5 (Values): “1e309” is too large"));
  g_assert_cmpstr (report->warnings->pdata[2], ==, "line 4, column 5 (Values): “1e-400” is too close "
                   "to zero for Ladder to hold; it is kept as unreadable");
  figure (dataset, "TO", "Barnet", "2024", LADDER_CELL_UNREADABLE);
  figure (dataset, "TO", "Brent", "2024", LADDER_CELL_UNREADABLE);
  g_assert_cmpfloat (figure (dataset, "TO", "Croydon", "2024", LADDER_CELL_VALUE), ==, 12);

  ees_report = fixture_import (ees_dataset, ees, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ees_report->n_warnings, ==, 1);
  g_assert_true (g_str_has_prefix (ees_report->warnings->pdata[0], "line 2, column 5 (spend): “1e309” is too large"));
  g_assert_cmpfloat (figure (ees_dataset, "spend", "England", "2024-25", LADDER_CELL_VALUE), ==, 5);
  figure (ees_dataset, "spend", "England", "2023-24", LADDER_CELL_UNREADABLE);
}

/* A file converted to UTF-8 twice: the layout is still recognised. */
static void
test_doubled_bom (void)
{
  const char *text = "\xEF\xBB\xBF\xEF\xBB\xBF" HEADER "TO,,2024,Barnet,12,302,Outer London\n";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = fixture_import (dataset, text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_LAIT_TABLE);
  g_assert_cmpuint (report->n_values, ==, 1);
  g_assert_cmpuint (report->n_warnings, ==, 1);
  g_assert_true (g_str_has_prefix (report->warnings->pdata[0], "line 1: the file starts with 2 byte-order marks"));
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

/* When the system refuses memory for the figures, the file is refused
 * with a message saying so and what to do, and the program goes on: a
 * budget of blocks stands in for the system running out. */
static void
test_out_of_memory (void)
{
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderDataset) second = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;

  /* Forty measures, each needing its own block. */
  for (guint m = 0; m < 40; m++)
    g_string_append_printf (text, "M%u,Measure %u,2024,Council %u,%u,%u,Region\n", m, m, m, m, 100 + m);
  ladder_dataset_set_block_budget (dataset, 10);
  report = fixture_import (dataset, text->str, text->len, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "not enough memory to hold its figures"));
  g_assert_true (ladder_dataset_get_out_of_memory (dataset));

  /* With room for them, the same file is read whole. */
  g_clear_error (&error);
  ladder_dataset_set_block_budget (second, 40);
  report = fixture_import (second, text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_values, ==, 40);
  g_assert_false (ladder_dataset_get_out_of_memory (second));
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
  g_test_add_func ("/lait-table/every-row-skipped", test_every_row_skipped);
  g_test_add_func ("/import/not-a-file", test_not_a_file);
  g_test_add_func ("/import/file-names", test_file_names);
  g_test_add_func ("/import/repeated-columns", test_repeated_columns);
  g_test_add_func ("/import/huge-figures", test_huge_figures);
  g_test_add_func ("/import/doubled-bom", test_doubled_bom);
  g_test_add_func ("/lait-table/refused", test_refused_inputs);
  g_test_add_func ("/lait-table/merging", test_merging_files);
  g_test_add_func ("/lait-table/large", test_large_generated_file);
  g_test_add_func ("/import/out-of-memory", test_out_of_memory);
  g_test_add_func ("/lait-table/real", test_real_lait_table);
  g_test_add_func ("/lait-table/inspect", test_inspect_command);

  return g_test_run ();
}
