/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the indicator the Evidence step opens on. */
#include "config.h"

#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-content.h"
#include "ladder-data-import.h"
#include "ladder-indicator-choice.h"
#include "ladder-recommendation.h"
#include "test-fixtures.h"

static LadderDataset *
load (const char * const *paths)
{
  LadderDataset *dataset = ladder_dataset_new ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      ladder_import_report_free (ladder_data_import_file (dataset, paths[i], NULL, &error));
      g_assert_no_error (error);
    }
  return dataset;
}

static void
test_counts (void)
{
  LadderMeasure count = { .code = "CDOP", .name = "Child death reviews completed", .axis_label = "Number" };
  LadderMeasure named = { .code = "REF", .name = "Number of referrals", .axis_label = NULL };
  LadderMeasure rate = { .code = "LAC", .name = "Children looked after", .axis_label = "Rate per 10,000" };
  LadderMeasure share = { .code = "TO", .name = "Social worker turnover", .axis_label = "% of social workers" };

  g_assert_true (ladder_measure_is_count (&count));
  g_assert_true (ladder_measure_is_count (&named));
  g_assert_false (ladder_measure_is_count (&rate));
  g_assert_false (ladder_measure_is_count (&share));
}

/* The demo: the question rated lowest decides; rate it highest instead and
 * the next lowest does; with no answers, the council's own choice. */
static void
test_weakest_answer (void)
{
  g_autofree char *path = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autofree char *dictionary = fixture_demo_file ("fictional-lait-dictionary.csv");
  const char *paths[] = { table, dictionary, NULL };
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (path, NULL, NULL);
  g_autoptr(LadderDataset) dataset = load (paths);
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(LadderAssessment) blank = ladder_assessment_new ();
  g_autoptr(LadderRecommendation) none = ladder_recommend (content, blank);
  const LadderQuestionResult *weakest = NULL;
  const char *first = ladder_first_indicator (advice, assessment, dataset);
  gboolean linked = FALSE;

  g_assert_nonnull (first);
  /* Worked out independently: the lowest score among the questions that
   * link an indicator the data has. */
  for (guint q = 0; q < advice->n_questions; q++)
    {
      const LadderQuestionResult *result = &advice->questions[q];
      gboolean in_data = FALSE;

      for (guint i = 0; i < result->question->indicators->len; i++)
        {
          const LadderIndicatorLink *link = result->question->indicators->pdata[i];
          guint measure;

          in_data |= link->lait != NULL && ladder_dataset_find_measure (dataset, link->lait, &measure);
        }
      if (in_data && result->score == result->score && (weakest == NULL || result->score < weakest->score))
        weakest = result;
    }
  g_assert_nonnull (weakest);
  for (guint i = 0; i < weakest->question->indicators->len; i++)
    linked |= g_strcmp0 (((LadderIndicatorLink *) weakest->question->indicators->pdata[i])->lait, first) == 0;
  g_assert_true (linked);

  /* No answers: the council's own key indicator, when the data has it. */
  {
    const char *chosen[] = { "NOT_IN_DATA", "Work_Force_TO_Rate", NULL };

    ladder_assessment_set_indicators (blank, chosen);
    g_assert_cmpstr (ladder_first_indicator (none, blank, dataset), ==, "Work_Force_TO_Rate");
  }
}

/* The real table: a new assessment never opens on a bare count (it did on
 * child death reviews, set beside England's total). */
static void
test_real_table (void)
{
  g_autofree char *table = fixture_real_data ("lait/bds_long.csv");
  g_autofree char *dictionary = table != NULL ? fixture_real_data ("lait/lait_data_dictionary.csv") : NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) blank = ladder_assessment_new ();
  g_autoptr(LadderRecommendation) none = ladder_recommend (content, blank);
  g_autoptr(LadderDataset) dataset = NULL;
  const char *first;
  guint measure;

  if (dictionary == NULL)
    return;
  {
    const char *paths[] = { table, dictionary, NULL };

    dataset = load (paths);
  }
  first = ladder_first_indicator (none, blank, dataset);
  g_assert_nonnull (first);
  g_assert_true (ladder_dataset_find_measure (dataset, first, &measure));
  g_assert_false (ladder_measure_is_count (ladder_dataset_get_measure (dataset, measure)));
  g_test_message ("a new assessment opens on %s (%s)", first, ladder_dataset_get_measure (dataset, measure)->name);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/indicator-choice/counts", test_counts);
  g_test_add_func ("/indicator-choice/weakest-answer", test_weakest_answer);
  g_test_add_func ("/indicator-choice/real-table", test_real_table);

  return g_test_run ();
}
