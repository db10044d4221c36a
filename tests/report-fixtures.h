/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the board paper's tests share: the demonstration data, a paper
 * written to a file, its text page by page and its structure tree as
 * poppler's tools read them. */
#pragma once

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-data-import.h"
#include "ladder-report.h"
#include "test-fixtures.h"

static const char * const report_demo_files[] = {
  "fictional-lait-table.csv", "fictional-lait-dictionary.csv", "fictional-neighbours.csv", "fictional-la-codes.csv",
};

static inline LadderDataset *
report_demo_dataset (void)
{
  LadderDataset *dataset = ladder_dataset_new ();

  for (guint i = 0; i < G_N_ELEMENTS (report_demo_files); i++)
    {
      g_autofree char *path = fixture_demo_file (report_demo_files[i]);
      g_autoptr(GError) error = NULL;
      LadderImportReport *report = ladder_data_import_file (dataset, path, NULL, &error);

      g_assert_no_error (error);
      ladder_import_report_free (report);
    }
  return dataset;
}

/* Every run of white space as one space: pdftotext breaks lines where the
 * paper does. */
static inline char *
report_squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The paper of @assessment, with @dataset and @options (each may be
 * NULL), written to a new file in a new folder; remove both with
 * report_remove(). */
static inline char *
report_write (LadderContent             *content,
              LadderAssessment          *assessment,
              LadderDataset             *dataset,
              const LadderReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ladder_report_render (content, assessment, dataset, options, NULL, NULL, NULL, &error);
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  char *path = g_build_filename (dir, "paper.pdf", NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  return path;
}

static inline void
report_remove (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* Whether poppler's tools are here; the test is marked skipped if not. */
static inline gboolean
report_have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo != NULL && pdftotext != NULL)
    return TRUE;
  g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
  return FALSE;
}

static inline int
report_n_pages (const char *path)
{
  g_autofree char *info = fixture_tool_output ("pdfinfo", path, NULL);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

/* Page @page's text (from 1), laid out as on the page. */
static inline char *
report_page_text (const char *path,
                  int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);

  return fixture_tool_output ("pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL);
}
