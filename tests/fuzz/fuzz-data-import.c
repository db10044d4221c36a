/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: any bytes, as a data file, through layout detection,
 * the CSV reader and the importers. It must never crash, leak or trip a
 * sanitizer; it must either read the file or say why not. */
#include "config.h"

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz-compare.h"

static int fd = -1;
static char path[64];

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug to report, not to log. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  fd = memfd_create ("ladder-fuzz.csv", 0);
  g_assert (fd >= 0);
  g_snprintf (path, sizeof path, "/proc/self/fd/%d", fd);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderImportReport) report = NULL;

  g_assert (ftruncate (fd, 0) == 0);
  g_assert (pwrite (fd, data, size, 0) == (ssize_t) size);

  report = fuzz_import_both_ways (path, dataset);
  if (report == NULL)
    return 0;

  /* A LAIT table gives one figure a row; a tidy file one per indicator. */
  g_assert (report->n_values + report->n_missing <=
            report->n_rows * MAX (1, report->format == LADDER_DATA_FORMAT_EES_TIDY ? report->n_measures : 1));
  g_assert (report->warnings->len <= report->n_warnings);
  /* Whatever the bytes, every text the dataset holds is valid UTF-8. */
  for (guint i = 0; i < ladder_dataset_get_n_areas (dataset); i++)
    g_assert (g_utf8_validate (ladder_dataset_get_area (dataset, i)->name, -1, NULL));
  for (guint i = 0; i < ladder_dataset_get_n_measures (dataset); i++)
    g_assert (g_utf8_validate (ladder_dataset_get_measure (dataset, i)->name, -1, NULL));
  for (guint i = 0; i < ladder_dataset_get_n_periods (dataset); i++)
    g_assert (g_utf8_validate (ladder_dataset_get_period (dataset, i)->label, -1, NULL));
  return 0;
}
