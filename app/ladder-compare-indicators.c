/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison's indicators: for each LAIT code the questions link to,
 * the council's figure in the latest period over by each review's date.
 * A missing or withheld figure is said in words and is never a change. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-compare-private.h"
#include "ladder-search.h"

/* Enough for every period LAIT publishes for one measure. */
#define MAX_PERIODS 256

static const char * const side_ids[LADDER_COMPARISON_N_SIDES] = { "then", "now" };

static void
indicator_free (gpointer data)
{
  LadderIndicatorComparison *entry = data;

  g_free (entry->code);
  g_free (entry->name);
  g_strfreev (entry->questions);
  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    g_free (entry->period[s]);
  g_free (entry->note);
  g_free (entry);
}

/* The last day a period covers, as YYYY-MM-DD, so that it can be set
 * against a review's date. A split year that does not say whether it is
 * academic or financial is taken to end with the later of the two (31
 * August), so a period is never counted as over before it was. */
static gboolean
period_end (const LadderPeriod *period,
            char                end[11])
{
  int year;
  const char *day;

  if (period->start_year <= 0)
    return FALSE;
  switch (period->kind)
    {
    case LADDER_PERIOD_CALENDAR:
      year = period->start_year;
      day = "12-31";
      break;
    case LADDER_PERIOD_FINANCIAL:
      year = period->start_year + 1;
      day = "03-31";
      break;
    case LADDER_PERIOD_ACADEMIC:
    case LADDER_PERIOD_SPLIT_YEAR:
      year = period->start_year + 1;
      day = "08-31";
      break;
    case LADDER_PERIOD_ROLLING:
      /* "2013/14-15/16" pools split years, "2014-16" calendar years. */
      if (period->label != NULL && strchr (period->label, '/') != strrchr (period->label, '/'))
        {
          year = period->start_year + period->span;
          day = "08-31";
        }
      else
        {
          year = period->start_year + period->span - 1;
          day = "12-31";
        }
      break;
    case LADDER_PERIOD_UNKNOWN:
    default:
      return FALSE;
    }
  g_snprintf (end, 11, "%04d-%s", year, day);
  return TRUE;
}

/* The latest of @periods (oldest first) over by @date, or -1. A final
 * figure is preferred to a provisional one for the same years. */
static int
period_by_date (LadderDataset *dataset,
                const guint   *periods,
                guint          n,
                const char    *date)
{
  int best = -1;

  for (guint i = 0; i < n; i++)
    {
      const LadderPeriod *candidate = ladder_dataset_get_period (dataset, periods[i]);
      char end[11];

      if (!period_end (candidate, end) || strcmp (end, date) > 0)
        continue;
      if (best >= 0)
        {
          const LadderPeriod *held = ladder_dataset_get_period (dataset, best);

          if (held->start_year == candidate->start_year && held->span == candidate->span &&
              (candidate->flags & LADDER_PERIOD_PROVISIONAL) && !(held->flags & LADDER_PERIOD_PROVISIONAL))
            continue;
        }
      best = periods[i];
    }
  return best;
}

static void
add_sentence (GString    *note,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
add_sentence (GString    *note,
              const char *format,
              ...)
{
  va_list ap;

  if (note->len > 0)
    g_string_append_c (note, ' ');
  va_start (ap, format);
  g_string_append_vprintf (note, format, ap);
  va_end (ap);
}

static void
place_indicator (LadderDataset             *dataset,
                 guint                      council,
                 char * const              *dates,
                 LadderIndicatorComparison *entry)
{
  static const char * const which[LADDER_COMPARISON_N_SIDES] = { "earlier", "later" };
  g_autoptr(GString) note = g_string_new (NULL);
  guint periods[MAX_PERIODS];
  int chosen[LADDER_COMPARISON_N_SIDES] = { -1, -1 };
  const LadderMeasure *measure;
  guint m, n;

  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    {
      entry->state[s] = LADDER_CELL_ABSENT;
      entry->value[s] = NAN;
    }
  entry->decimals = -1;
  if (!ladder_dataset_find_measure (dataset, entry->code, &m))
    {
      entry->note = g_strdup ("Not in the data given.");
      return;
    }
  measure = ladder_dataset_get_measure (dataset, m);
  entry->in_data = TRUE;
  /* A measure the data only names by its code has no name worth repeating. */
  {
    const char *name = measure->chart_title != NULL ? measure->chart_title : measure->name;

    entry->name = g_strcmp0 (name, entry->code) != 0 ? g_strdup (name) : NULL;
  }
  entry->polarity = measure->polarity;
  entry->decimals = measure->decimals;
  n = MIN (ladder_dataset_get_measure_periods (dataset, m, periods, MAX_PERIODS), MAX_PERIODS);

  entry->by_order = dates[0] == NULL || dates[1] == NULL;
  for (guint i = 0; i < n; i++)
    {
      char end[11];

      entry->by_order |= !period_end (ladder_dataset_get_period (dataset, periods[i]), end);
    }
  if (entry->by_order)
    {
      chosen[LADDER_COMPARISON_NOW] = n > 0 ? (int) periods[n - 1] : -1;
      chosen[LADDER_COMPARISON_THEN] = n > 1 ? (int) periods[n - 2] : -1;
      add_sentence (note, "%s, so the latest period stands for now and the one before it for then.",
                    dates[0] == NULL || dates[1] == NULL ? "A review has no date"
                    : "Its periods cannot all be placed in time");
    }
  else
    for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
      chosen[s] = period_by_date (dataset, periods, n, dates[s]);

  for (guint s = 0; s < LADDER_COMPARISON_N_SIDES; s++)
    {
      if (chosen[s] < 0)
        {
          if (entry->by_order)
            add_sentence (note, "The data has no period %s.", s == 0 ? "before the latest" : "at all");
          else
            add_sentence (note, "No period in the data had ended by the %s review (%s).", which[s], dates[s]);
          continue;
        }
      entry->period[s] = g_strdup (ladder_dataset_get_period (dataset, chosen[s])->label);
      entry->state[s] = ladder_dataset_lookup (dataset, m, council, chosen[s], &entry->value[s], NULL);
      if (entry->state[s] != LADDER_CELL_VALUE)
        {
          entry->value[s] = NAN;
          add_sentence (note, "The council's figure for %s (%s): %s.", entry->period[s], side_ids[s],
                        ladder_cell_state_to_string (entry->state[s]));
        }
    }
  if (chosen[0] >= 0 && chosen[0] == chosen[1])
    add_sentence (note, "There is no newer figure: %s is the latest period by both reviews.", entry->period[0]);
  entry->has_change = chosen[0] >= 0 && chosen[1] >= 0 && chosen[0] != chosen[1] &&
                      entry->state[0] == LADDER_CELL_VALUE && entry->state[1] == LADDER_CELL_VALUE;
  if (entry->has_change)
    entry->change = entry->value[1] - entry->value[0];
  else if (chosen[0] != chosen[1] || chosen[0] < 0)
    add_sentence (note, "No change can be worked out.");
  entry->note = note->len > 0 ? g_strdup (note->str) : NULL;
}

static gboolean
find_council_area (LadderDataset    *dataset,
                   LadderAssessment *assessment,
                   guint            *area)
{
  return ladder_dataset_find_council (dataset, ladder_assessment_get_council_code (assessment),
                                      ladder_assessment_get_council_name (assessment), area);
}

/**
 * ladder_comparison_gather_indicators:
 * @content: the question bank
 * @dataset: (nullable): the published figures
 * @assessment: the review that names the council
 * @dates: the two reviews' dates, either %NULL when not given
 * @data_council: (out): the council as the data names it, or %NULL
 * @why_not: (out): why the indicators are not compared, or %NULL when
 *   they are
 *
 * Returns: (transfer full) (element-type LadderIndicatorComparison): every
 *   indicator the questions link to, in the order the bank first links to
 *   them, with the council's figure at each review; empty without data
 *   that has the council.
 */
GPtrArray *
ladder_comparison_gather_indicators (LadderContent    *content,
                                     LadderDataset    *dataset,
                                     LadderAssessment *assessment,
                                     char * const     *dates,
                                     char            **data_council,
                                     char            **why_not)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *indicators = g_ptr_array_new_with_free_func (indicator_free);
  guint council;

  *data_council = *why_not = NULL;
  if (dataset == NULL)
    {
      *why_not = g_strdup ("No data was given, so the indicators are not compared.");
      return indicators;
    }
  if (!find_council_area (dataset, assessment, &council))
    {
      *why_not = g_strdup ("The council is not in the data given, so the indicators are not compared.");
      return indicators;
    }
  *data_council = g_strdup (ladder_dataset_get_area (dataset, council)->name);

  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);

      for (guint i = 0; i < question->indicators->len; i++)
        {
          const LadderIndicatorLink *link = question->indicators->pdata[i];
          gpointer found;
          guint index;

          if (link->lait == NULL)
            continue;
          if (g_hash_table_lookup_extended (by_code, link->lait, NULL, &found))
            index = GPOINTER_TO_UINT (found);
          else
            {
              LadderIndicatorComparison *entry = g_new0 (LadderIndicatorComparison, 1);

              entry->code = g_strdup (link->lait);
              index = indicators->len;
              g_ptr_array_add (indicators, entry);
              g_ptr_array_add (questions, g_ptr_array_new ());
              g_hash_table_insert (by_code, entry->code, GUINT_TO_POINTER (index));
            }
          if (!g_ptr_array_find_with_equal_func (questions->pdata[index], question->id, g_str_equal, NULL))
            g_ptr_array_add (questions->pdata[index], question->id);
        }
    }
  for (guint i = 0; i < indicators->len; i++)
    {
      LadderIndicatorComparison *entry = indicators->pdata[i];
      GPtrArray *ids = questions->pdata[i];

      g_ptr_array_add (ids, NULL);
      entry->questions = g_strdupv ((char **) ids->pdata);
      place_indicator (dataset, council, dates, entry);
    }
  return indicators;
}

/**
 * ladder_comparison_format_figure:
 * @indicator: an indicator
 * @side: which review
 *
 * Returns: (transfer full): the figure with the measure's decimals, or in
 *   words why there is none.
 */
char *
ladder_comparison_format_figure (const LadderIndicatorComparison *indicator,
                                 LadderComparisonSide             side)
{
  g_return_val_if_fail (indicator != NULL && side < LADDER_COMPARISON_N_SIDES, NULL);

  if (indicator->period[side] == NULL)
    return g_strdup ("no period");
  if (indicator->state[side] != LADDER_CELL_VALUE)
    return g_strdup (ladder_cell_state_to_string (indicator->state[side]));
  if (indicator->decimals >= 0)
    return g_strdup_printf ("%.*f", indicator->decimals, indicator->value[side]);
  return g_strdup_printf ("%g", indicator->value[side]);
}

