/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which indicator to show first.
 *
 * The Evidence step opens on the figure most worth a look: the one linked
 * to the question the assessment rates lowest, so a councillor sees first
 * the evidence on the weakest answer; failing that, one the council chose
 * as key; failing that, the first the questions link. A bare count (how
 * many child death reviews) is never first: beside England's total it says
 * only that England is bigger. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-indicator-choice.h"

/**
 * ladder_measure_is_count:
 * @measure: an indicator
 *
 * Returns: whether its figures are a number of things rather than a rate,
 *   share or score, as its axis label or name says ("Number of children").
 */
gboolean
ladder_measure_is_count (const LadderMeasure *measure)
{
  const char *texts[] = { measure->axis_label, measure->name };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL &&
        (g_ascii_strncasecmp (texts[i], "Number", 6) == 0 || g_ascii_strncasecmp (texts[i], "Count", 5) == 0))
      return TRUE;
  return FALSE;
}

/* @code when the data has it and it is not a bare count. */
static const char *
usable (LadderDataset *dataset,
        const char    *code)
{
  guint measure;

  if (code == NULL || !ladder_dataset_find_measure (dataset, code, &measure) ||
      ladder_measure_is_count (ladder_dataset_get_measure (dataset, measure)))
    return NULL;
  return ladder_dataset_get_measure (dataset, measure)->code;
}

static const char *
first_link (LadderDataset        *dataset,
            const LadderQuestion *question)
{
  for (guint i = 0; i < question->indicators->len; i++)
    {
      const LadderIndicatorLink *link = question->indicators->pdata[i];
      const char *code = usable (dataset, link->lait);

      if (code == NULL)
        code = usable (dataset, link->ees);
      if (code != NULL)
        return code;
    }
  return NULL;
}

/**
 * ladder_first_indicator:
 * @advice: (nullable): the recommendation, with each question's score
 * @assessment: (nullable): the assessment, with its chosen indicators
 * @dataset: the data loaded
 *
 * Returns: (nullable): the code of the indicator to show first: linked to
 *   the lowest-rated question, else chosen by the council, else linked to
 *   any question, else any in the data that is not a bare count.
 */
const char *
ladder_first_indicator (LadderRecommendation *advice,
                        LadderAssessment     *assessment,
                        LadderDataset        *dataset)
{
  const char * const *chosen = assessment != NULL ? ladder_assessment_get_indicators (assessment) : NULL;
  const char *weakest = NULL;
  double lowest = INFINITY;

  g_return_val_if_fail (dataset != NULL, NULL);

  for (guint q = 0; advice != NULL && q < advice->n_questions; q++)
    {
      const LadderQuestionResult *result = &advice->questions[q];
      const char *code;

      if (isnan (result->score) || result->score >= lowest)
        continue;
      code = first_link (dataset, result->question);
      if (code != NULL)
        {
          weakest = code;
          lowest = result->score;
        }
    }
  if (weakest != NULL)
    return weakest;
  for (guint i = 0; chosen != NULL && chosen[i] != NULL; i++)
    if (usable (dataset, chosen[i]) != NULL)
      return usable (dataset, chosen[i]);
  for (guint q = 0; advice != NULL && q < advice->n_questions; q++)
    {
      const char *code = first_link (dataset, advice->questions[q].question);

      if (code != NULL)
        return code;
    }
  for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
    if (!ladder_measure_is_count (ladder_dataset_get_measure (dataset, m)) &&
        !ladder_dataset_get_measure (dataset, m)->discontinued)
      return ladder_dataset_get_measure (dataset, m)->code;
  return NULL;
}
