/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fuzzer's main oracle, shared with the replay of its findings: a file
 * read whole and read in two parts with tiny chunks gives the same result,
 * warnings and errors. */
#pragma once

#include "ladder-data-import.h"

static inline LadderImportReport *
fuzz_import_once (const char    *path,
                  LadderDataset *dataset,
                  gboolean       split,
                  GError       **error)
{
  LadderImportReport *report;

  /* Tiny chunks, and a split whatever the size: small inputs then take the
   * two-thread path that only large files take in use. */
  ladder_csv_set_split_minimum (split ? 1 : G_MAXUINT64);
  ladder_csv_set_chunk_size (split ? 16 : 128 * 1024);
  report = ladder_data_import_file (dataset, path, NULL, error);
  ladder_csv_set_split_minimum (4 * 1024 * 1024);
  ladder_csv_set_chunk_size (128 * 1024);
  return report;
}

/* Reads @path both ways, aborts if they differ, and returns the whole
 * read's report (NULL when the file was refused, with a message). */
static inline LadderImportReport *
fuzz_import_both_ways (const char    *path,
                       LadderDataset *dataset)
{
  g_autoptr(LadderDataset) split_dataset = ladder_dataset_new ();
  LadderImportReport *report = NULL;
  g_autoptr(LadderImportReport) split_report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) split_error = NULL;

  report = fuzz_import_once (path, dataset, FALSE, &error);
  split_report = fuzz_import_once (path, split_dataset, TRUE, &split_error);

  g_assert ((report == NULL) == (split_report == NULL));
  if (report == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      g_assert (split_error != NULL);
      g_assert_cmpstr (error->message, ==, split_error->message);
      return NULL;
    }
  g_assert (error == NULL && split_error == NULL);
  g_assert (report->n_rows == split_report->n_rows);
  g_assert (report->n_values == split_report->n_values);
  g_assert (report->n_missing == split_report->n_missing);
  g_assert (report->n_duplicates == split_report->n_duplicates);
  g_assert (report->n_warnings == split_report->n_warnings);
  g_assert (report->warnings->len == split_report->warnings->len);
  for (guint i = 0; i < report->warnings->len; i++)
    g_assert_cmpstr (report->warnings->pdata[i], ==, split_report->warnings->pdata[i]);
  g_assert (ladder_dataset_get_n_measures (dataset) == ladder_dataset_get_n_measures (split_dataset));
  g_assert (ladder_dataset_get_n_areas (dataset) == ladder_dataset_get_n_areas (split_dataset));
  g_assert (ladder_dataset_get_n_periods (dataset) == ladder_dataset_get_n_periods (split_dataset));
  return report;
}
