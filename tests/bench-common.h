/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the benchmarks share: the median, minimum and maximum of a run. */
#pragma once

#include <glib.h>

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Prints @times (milliseconds) as median, minimum and maximum. */
static inline void
bench_report (const char *name,
              GArray     *times)
{
  g_array_sort (times, bench_compare_doubles);
  g_print ("%-44s median %8.3f ms  (min %.3f, max %.3f, %u runs)\n", name,
           g_array_index (times, double, times->len / 2), g_array_index (times, double, 0),
           g_array_index (times, double, times->len - 1), times->len);
}
