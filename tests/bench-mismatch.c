/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long comparing the answers with the figures takes on the real data:
 *
 *   bench-mismatch [LAIT-TABLE]
 *
 * Loads the LAIT long table (by default ../shared/data/lait/bds_long.csv)
 * with the data dictionary and the statistical neighbours from the same
 * folder, builds the twelve-person review of review-fixture.h for the
 * first council in the table with an LA number, and times
 * ladder_checks_find() (one call per run, 15 runs, after one warm-up call
 * that loads the rules) against, as the reference in the same run,
 * ladder_recommend() for the same assessment. Prints the median, minimum
 * and maximum microseconds per call, and what the checks found. The
 * twelve people's scores bring only one question with indicators to a
 * rule's threshold, so the same is done for one person rating every
 * question fully in place, which sends every linked indicator through
 * every in-place rule. */
#include "config.h"

#include <stdlib.h>

#include "ladder-data-import.h"
#include "ladder-mismatch.h"
#include "review-fixture.h"

#define RUNS 15
#define DEFAULT_TABLE "../shared/data/lait/bds_long.csv"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *us)
{
  qsort (us, RUNS, sizeof (double), compare_doubles);
  g_print ("%-44s median %8.1f us   min %8.1f   max %8.1f\n", what, us[RUNS / 2], us[0], us[RUNS - 1]);
}

/* Times the checks and the advice for @assessment, alternately. */
static gboolean
time_case (const char       *name,
           LadderContent    *content,
           LadderAssessment *assessment,
           LadderDataset    *dataset,
           int               council)
{
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  double find_us[RUNS], recommend_us[RUNS];
  guint counts[LADDER_N_CHECK_KINDS] = { 0 };

  /* The first call loads and checks the rules; the window pays that once. */
  if ((checks = ladder_checks_find (content, assessment, advice, dataset, council, &error)) == NULL)
    {
      g_printerr ("bench-mismatch: %s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < checks->len; i++)
    counts[((LadderCheck *) checks->pdata[i])->kind]++;
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = ladder_checks_find (content, assessment, advice, dataset, council, NULL);
      g_autoptr(LadderRecommendation) reference = NULL;

      find_us[r] = g_get_monotonic_time () - start;
      start = g_get_monotonic_time ();
      reference = ladder_recommend (content, assessment);
      recommend_us[r] = g_get_monotonic_time () - start;
      g_assert (found != NULL && found->len == checks->len);
    }
  g_print ("%s: %u checks (%u mismatches, %u supporting, %u not counted)\n", name, checks->len,
           counts[LADDER_CHECK_MISMATCH], counts[LADDER_CHECK_SUPPORT], counts[LADDER_CHECK_NOT_COUNTED]);
  report ("  ladder_checks_find", find_us);
  report ("  ladder_recommend (reference)", recommend_us);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  const char *table = argc > 1 ? argv[1] : DEFAULT_TABLE;
  g_autofree char *folder = g_path_get_dirname (table);
  const char *companions[] = { "lait_data_dictionary.csv", "sn_may_2025.csv" };
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderContent) content = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  int council = -1;
  LadderArea *area;

  for (int f = -1; f < (int) G_N_ELEMENTS (companions); f++)
    {
      g_autofree char *path = f < 0 ? g_strdup (table) : g_build_filename (folder, companions[f], NULL);
      g_autoptr(LadderImportReport) imported = ladder_data_import_file (dataset, path, NULL, &error);

      if (imported == NULL)
        {
          g_printerr ("bench-mismatch: %s\n", error->message);
          return 1;
        }
    }
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset) && council < 0; a++)
    if (ladder_dataset_get_area (dataset, a)->kind == LADDER_AREA_COUNCIL &&
        ladder_dataset_get_area (dataset, a)->la_number >= 0)
      council = (int) a;
  if (council < 0)
    {
      g_printerr ("bench-mismatch: %s has no council with an LA number\n", table);
      return 1;
    }
  area = ladder_dataset_get_area (dataset, council);
  if ((content = ladder_content_get_default (&error)) == NULL)
    {
      g_printerr ("bench-mismatch: %s\n", error->message);
      return 1;
    }
  assessment = review_fixture_new (content);
  ladder_assessment_set_council (assessment, area->name, area->ons_code);
  g_print ("Data: %s (%u measures, %u areas), council %s (LA %d)\n", table, ladder_dataset_get_n_measures (dataset),
           ladder_dataset_get_n_areas (dataset), area->name, area->la_number);
  g_print ("Method: one call of each per run, %d runs alternating, after one warm-up call; "
           "microseconds per call\n", RUNS);
  if (!time_case ("Twelve people (review-fixture.h)", content, assessment, dataset, council))
    return 1;
  g_clear_object (&assessment);
  assessment = ladder_assessment_new ();
  ladder_assessment_set_council (assessment, area->name, area->ons_code);
  {
    const char *id = ladder_assessment_add_respondent (assessment, "Someone (fictional)", NULL,
                                                       LADDER_LEADERSHIP_SERVICE);

    for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
      ladder_assessment_set_answer (assessment, id, ladder_content_get_question (content, q)->id,
                                    LADDER_RATING_FULLY_IN_PLACE, NULL, FALSE);
  }
  if (!time_case ("One person, every question fully in place", content, assessment, dataset, council))
    return 1;
  return 0;
}
