/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading the neighbour table as published, an Excel workbook:
 * made here with libxlsxwriter, as Excel would save it, then imported. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ladder-data-import.h"
#include "ladder-xlsx-reader.h"
#include "test-fixtures.h"

/* The spreadsheet layout of the neighbour table: junk rows, the header,
 * the current model, a blank row, then the old model to be left out. Cells
 * are text or numbers as Excel keeps them. */
static char *
write_neighbour_workbook (const char *dir)
{
  /* Row by row; NULL leaves a cell out of the sheet altogether, and a cell
   * of digits is written as a number. */
  static const struct {
    guint       row;
    const char *cells[9];
  } rows[] = {
    { 0, { "Children's services statistical neighbour benchmarking tool" } },
    { 1, { "Fictional, for a test" } },
    { 3, { "LA num", "LA Name", "LA number", "GOInd", "GOReg", "SN1", "SNP", "SN2", "SNP" } },
    { 4, { "901", "Fictional Shire, North", "901", "1", "Fictional North", "902", "Very close", "903", "Close" } },
    /* Columns H and I left empty: the cells are simply not in the sheet. */
    { 5, { "902", "Fictional \"Borough\"", "902", "1", "Fictional North", "901", "Close" } },
    { 6, { "903", "Fictional City", "903", "2", "Fictional South", "901", "Close" } },
    { 8, { NULL, "Old SNs:" } },
    { 9, { "801", "Old Shire (Pre LG)", "801", "1", "Fictional North", "901", "Close" } },
  };
  char *path = g_build_filename (dir, "sn_may_2025.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "SNs");

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < G_N_ELEMENTS (rows[r].cells); c++)
      {
        const char *cell = rows[r].cells[c];

        if (cell == NULL)
          continue;
        if (strspn (cell, "0123456789") == strlen (cell))
          worksheet_write_number (sheet, rows[r].row, c, g_ascii_strtod (cell, NULL), NULL);
        else
          worksheet_write_string (sheet, rows[r].row, c, cell, NULL);
      }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}

/* Row N of the sheet is line N of the CSV; gaps are empty fields and lines. */
static void
test_sheet_as_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-xlsx-XXXXXX", NULL);
  g_autofree char *path = write_neighbour_workbook (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;

  g_assert_true (ladder_xlsx_is_workbook (path));
  csv = ladder_xlsx_to_csv (path, "sn_may_2025.xlsx", &length, &error);
  g_assert_no_error (error);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Children's services statistical neighbour benchmarking tool");
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_cmpstr (lines[3], ==, "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP");
  g_assert_cmpstr (lines[4], ==, "901,\"Fictional Shire, North\",901,1,Fictional North,902,Very close,903,Close");
  g_assert_cmpstr (lines[5], ==, "902,\"Fictional \"\"Borough\"\"\",902,1,Fictional North,901,Close");
  g_assert_cmpstr (lines[8], ==, ",Old SNs:");
  remove_dir (dir);
}

/* Imported as the spreadsheet layout of the neighbour table, with the same
 * checks and results as its CSV. */
static void
test_import_neighbours (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-xlsx-XXXXXX", NULL);
  g_autofree char *path = write_neighbour_workbook (dir);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = ladder_data_import_file (dataset, path, NULL, &error);
  const LadderNeighbour *neighbours;
  guint shire;

  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_NEIGHBOURS_LAIT);
  g_assert_cmpstr (report->name, ==, "sn_may_2025.xlsx");
  g_assert_cmpstr (ladder_dataset_get_source (dataset, 0), ==, "sn_may_2025.xlsx");
  shire = fixture_area (dataset, "901");
  g_assert_cmpstr (ladder_dataset_get_area (dataset, shire)->name, ==, "Fictional Shire, North");
  g_assert_cmpuint (ladder_dataset_get_neighbours (dataset, shire, &neighbours), ==, 2);
  g_assert_cmpuint (neighbours[0].area, ==, fixture_area (dataset, "902"));
  g_assert_cmpstr (neighbours[0].closeness, ==, "Very close");
  g_assert_cmpstr (ladder_dataset_get_neighbour_source (dataset), ==, "sn_may_2025.xlsx");
  remove_dir (dir);
}

/* A zip that is not a workbook, and a workbook whose sheet is damaged:
 * refused with the file named and the problem said. */
static void
test_refusals (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-xlsx-XXXXXX", NULL);
  g_autofree char *path = write_neighbour_workbook (dir);
  g_autofree char *contents = NULL;
  g_autofree char *damaged = g_build_filename (dir, "damaged.xlsx", NULL);
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderImportReport) report = NULL;
  gsize length;

  /* Cut the package short: its central directory is gone. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (damaged, contents, length / 2, NULL));
  report = ladder_data_import_file (dataset, damaged, NULL, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "damaged.xlsx"));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx-reader/sheet-as-csv", test_sheet_as_csv);
  g_test_add_func ("/xlsx-reader/import-neighbours", test_import_neighbours);
  g_test_add_func ("/xlsx-reader/refusals", test_refusals);

  return g_test_run ();
}
