/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long reading a large assessment takes when it is all on one line:
 *
 *   bench-assessment [ROUNDS] [OUT.ladder]
 *
 * Makes the review of tests/big-assessment.h (250 people, 32 answers each,
 * about 1 MB) and times ladder_assessment_load_data() on it written on
 * one line against the same review pretty-printed, as Ladder saves it
 * (the reference), ROUNDS times each, alternating, and prints the median,
 * minimum and maximum milliseconds of each and the ratio of the medians.
 * Reading one line once took time that grew with the square of its
 * length. With OUT.ladder it also writes the one-line file there, for
 * build-aux/bench-assessment to time a whole "ladder recommend" on. */
#include "config.h"

#include <stdlib.h>

#include "big-assessment.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
time_load (const char *data,
           gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;
  gint64 start = g_get_monotonic_time ();

  assessment = ladder_assessment_load_data (data, length, "bench.ladder", NULL, &error);
  if (assessment == NULL)
    g_error ("%s", error->message);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, BIG_ASSESSMENT_PEOPLE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
report (const char *what,
        double     *ms,
        guint       rounds,
        gsize       length)
{
  qsort (ms, rounds, sizeof (double), compare_doubles);
  g_print ("%-28s %8" G_GSIZE_FORMAT " bytes  median %8.2f ms  min %8.2f  max %8.2f\n", what, length,
           ms[rounds / 2], ms[0], ms[rounds - 1]);
  return ms[rounds / 2];
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) MAX (1, atoi (argv[1])) : 15;
  g_autofree double *pretty_ms = g_new (double, rounds);
  g_autofree double *line_ms = g_new (double, rounds);
  g_autofree char *pretty = NULL, *line = NULL;
  gsize pretty_length, line_length;
  double reference, measured;

  pretty = big_assessment_pretty (&pretty_length);
  line = big_assessment_one_line (pretty, pretty_length, &line_length);
  if (argc > 2)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (argv[2], line, (gssize) line_length, &error))
        g_error ("%s", error->message);
    }
  /* Once each first, so neither pays for warming the caches. */
  time_load (pretty, pretty_length);
  time_load (line, line_length);
  for (guint i = 0; i < rounds; i++)
    {
      pretty_ms[i] = time_load (pretty, pretty_length);
      line_ms[i] = time_load (line, line_length);
    }
  g_print ("ladder_assessment_load_data, %u people x %u answers, %u rounds\n", BIG_ASSESSMENT_PEOPLE,
           BIG_ASSESSMENT_QUESTIONS, rounds);
  reference = report ("pretty-printed (reference)", pretty_ms, rounds, pretty_length);
  measured = report ("one line", line_ms, rounds, line_length);
  g_print ("one line / pretty-printed: %.2f\n", measured / reference);
  return 0;
}
