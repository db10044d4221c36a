/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Answers against the figures: where a question's rating and the published
 * figures (or the evidence log) point different ways.
 *
 * The rules and every sentence are data, in resources/content/
 * mismatches.json (docs/mismatch-rules.md), read by ladder-mismatch-rules.c;
 * this file applies them with the statistics of ladder-statistics.c. A
 * figure that is missing or withheld never counts either way: where it
 * would have decided a rule, the rule is listed as not counted, saying
 * which figure is missing and why. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-chart-data.h"
#include "ladder-mismatch-private.h"
#include "ladder-statistics.h"

typedef enum
{
  OUTCOME_HOLDS,
  OUTCOME_FAILS,
  OUTCOME_UNKNOWN,               /* a missing figure would decide it */
} Outcome;

/* One question's rating and one of its indicators, with the words found
 * so far; the strings are owned by @pool. */
typedef struct
{
  LadderMismatchRules  *rules;
  LadderDataset        *dataset;
  const LadderQuestion *question;
  guint                 measure;
  guint                 council;
  guint                 latest;
  double                value;
  LadderPolarity        polarity;
  int                   decimals;
  gboolean              percent;
  const char           *slots[N_SLOTS];
  GPtrArray            *pool;
} Context;

static const char *
keep (Context *c,
      char    *text)
{
  g_ptr_array_add (c->pool, text);
  return text;
}

static char *
format_figure (const Context *c,
               double         value)
{
  return g_strdup_printf ("%.*f%s", c->decimals, value, c->percent ? "%" : "");
}

static const char *
period_label (const Context *c,
              guint          period)
{
  return ladder_dataset_get_period (c->dataset, period)->label;
}

static gboolean
is_percentage (const LadderMeasure *info)
{
  const char *title = ladder_chart_measure_title (info);

  return g_str_has_suffix (title, "(%)") || (info->axis_label != NULL && info->axis_label[0] == '%');
}

static gboolean
is_worse (LadderPolarity polarity,
          double         difference)
{
  return polarity == LADDER_POLARITY_LOW ? difference > 0 : difference < 0;
}

/* Why the run of consecutive periods stops before @period. */
static char *
describe_break (Context *c,
                guint    period,
                gboolean neighbours_too)
{
  guint previous;
  double value;
  LadderCellState state;

  if (!ladder_stats_previous_period (c->dataset, c->measure, period, &previous))
    return g_strdup_printf ("no period before %s is published", period_label (c, period));
  state = ladder_dataset_lookup (c->dataset, c->measure, c->council, previous, &value, NULL);
  if (state != LADDER_CELL_VALUE)
    return g_strdup_printf ("there is no figure for %s for %s (%s)", c->slots[SLOT_COUNCIL],
                            period_label (c, previous), c->rules->states[state]);
  if (neighbours_too)
    {
      LadderNeighbourAverage average = ladder_stats_neighbour_average (c->dataset, c->measure, c->council,
                                                                       previous);

      if (average.status != LADDER_STAT_OK)
        return g_strdup_printf ("for %s, %s", period_label (c, previous), ladder_stat_status_to_string (average.status));
    }
  return g_strdup ("fewer periods in a row have figures than the rule needs");
}

/* Each of the last @n periods better (or worse) than the one before. */
static Outcome
check_run (Context *c,
           guint    n,
           gboolean better,
           char   **reason)
{
  guint periods[LADDER_MAX_TREND_PERIODS];
  double values[LADDER_MAX_TREND_PERIODS];
  g_autoptr(GString) run = g_string_new (NULL);

  periods[0] = c->latest;
  values[0] = c->value;
  for (guint i = 1; i < n; i++)
    {
      LadderChange change = ladder_stats_change (c->dataset, c->measure, c->council, periods[i - 1]);

      if (change.status != LADDER_STAT_OK)
        {
          *reason = describe_break (c, periods[i - 1], FALSE);
          return OUTCOME_UNKNOWN;
        }
      if (change.change == 0 || change.improved != better)
        return OUTCOME_FAILS;
      periods[i] = change.previous;
      ladder_dataset_lookup (c->dataset, c->measure, c->council, periods[i], &values[i], NULL);
    }
  for (guint i = n; i > 0; i--)
    {
      g_autofree char *figure = format_figure (c, values[i - 1]);

      g_string_append_printf (run, "%s%s in %s", i == n ? "" : ", ", figure, period_label (c, periods[i - 1]));
    }
  c->slots[SLOT_RUN] = keep (c, g_string_free (g_steal_pointer (&run), FALSE));
  c->slots[SLOT_N_PERIODS] = keep (c, g_strdup_printf ("%u", n));
  return OUTCOME_HOLDS;
}

static Outcome
check_band (Context                  *c,
            const LadderMismatchRule *rule,
            char                    **reason)
{
  LadderStatStatus status;
  LadderBand band = ladder_stats_band (c->dataset, c->measure, c->council, c->latest, &status);
  LadderRank rank;

  if (status != LADDER_STAT_OK)
    {
      *reason = g_strdup (ladder_stat_status_to_string (status));
      return OUTCOME_UNKNOWN;
    }
  if (!(rule->bands & (1u << band)))
    return OUTCOME_FAILS;
  rank = ladder_stats_rank (c->dataset, c->measure, c->council, c->latest);
  c->slots[SLOT_BAND] = keep (c, g_strdup_printf ("%c", ladder_band_to_char (band)));
  c->slots[SLOT_RANK] = keep (c, g_strdup_printf ("%u", rank.rank));
  c->slots[SLOT_COUNCILS] = keep (c, g_strdup_printf ("%u", rank.n));
  return OUTCOME_HOLDS;
}

static char *
describe_gap (const Context *c,
              double         gap,
              guint          period)
{
  g_autofree char *size = g_strdup_printf ("%.*f", c->decimals, fabs (gap));

  if (strspn (size, "0.") == strlen (size))
    return g_strdup_printf ("level in %s", period_label (c, period));
  return g_strdup_printf ("%s %s in %s", size, is_worse (c->polarity, gap) ? "worse" : "better",
                          period_label (c, period));
}

/* Worse than the neighbours' mean, and further behind than before. */
static Outcome
check_neighbours (Context                  *c,
                  const LadderMismatchRule *rule,
                  char                    **reason)
{
  LadderNeighbourAverage average = ladder_stats_neighbour_average (c->dataset, c->measure, c->council, c->latest);
  LadderGapTrend gap;
  guint first;

  if (average.status != LADDER_STAT_OK)
    {
      *reason = g_strdup (ladder_stat_status_to_string (average.status));
      return OUTCOME_UNKNOWN;
    }
  if (!is_worse (c->polarity, c->value - average.mean))
    return OUTCOME_FAILS;
  gap = ladder_stats_gap_trend (c->dataset, c->measure, c->council, c->latest);
  if (gap.status != LADDER_STAT_OK && gap.status != LADDER_STAT_TOO_FEW_PERIODS)
    {
      *reason = g_strdup (ladder_stat_status_to_string (gap.status));
      return OUTCOME_UNKNOWN;
    }
  /* The gap's periods are the latest consecutive ones with both figures. */
  first = c->latest;
  for (guint i = 1; i < gap.n_periods; i++)
    ladder_stats_previous_period (c->dataset, c->measure, first, &first);
  if (gap.status != LADDER_STAT_OK || gap.n_periods < rule->behind_periods)
    {
      *reason = describe_break (c, first, TRUE);
      return OUTCOME_UNKNOWN;
    }
  if (gap.direction != LADDER_GAP_WIDENING)
    return OUTCOME_FAILS;
  /* A mean of few neighbours might not be behind with all of them. */
  if (average.thin && !rule->count_thin)
    {
      *reason = g_strdup_printf ("only %u of %u statistical neighbours have a figure for %s", average.n_reporting,
                                 average.n_neighbours, period_label (c, c->latest));
      return OUTCOME_UNKNOWN;
    }
  c->slots[SLOT_NEIGHBOURS] = keep (c, format_figure (c, average.mean));
  c->slots[SLOT_REPORTING] = keep (c, g_strdup_printf ("%u", average.n_reporting));
  c->slots[SLOT_NEIGHBOUR_COUNT] = keep (c, g_strdup_printf ("%u", average.n_neighbours));
  {
    g_autofree char *from = describe_gap (c, gap.first_gap, first);
    g_autofree char *to = describe_gap (c, gap.last_gap, c->latest);

    c->slots[SLOT_GAPS] = keep (c, g_strdup_printf ("%s, %s", from, to));
  }
  return OUTCOME_HOLDS;
}

/* A rule's parts, each of which must hold; a part that fails settles it,
 * whatever the missing figures behind another part would have said. */
static Outcome
apply_rule (Context                  *c,
            const LadderMismatchRule *rule,
            char                    **reason)
{
  Outcome outcome = OUTCOME_HOLDS;

  for (guint part = 0; part < 4; part++)
    {
      g_autofree char *why = NULL;
      Outcome found = OUTCOME_HOLDS;

      if (part == 0 && rule->bands != 0)
        found = check_band (c, rule, &why);
      else if (part == 1 && rule->worsening > 0)
        found = check_run (c, rule->worsening, FALSE, &why);
      else if (part == 2 && rule->improving > 0)
        found = check_run (c, rule->improving, TRUE, &why);
      else if (part == 3 && rule->behind_periods > 0)
        found = check_neighbours (c, rule, &why);
      if (found == OUTCOME_FAILS)
        return OUTCOME_FAILS;
      if (found == OUTCOME_UNKNOWN && outcome == OUTCOME_HOLDS)
        {
          outcome = OUTCOME_UNKNOWN;
          *reason = g_steal_pointer (&why);
        }
    }
  return outcome;
}

static LadderCheck *
check_new (const LadderQuestion *question,
           LadderCheckKind       kind,
           const char           *rule,
           const char           *indicator,
           const LadderEvidence *entry,
           char                 *sentence)
{
  LadderCheck *check = g_new0 (LadderCheck, 1);

  check->id = g_strdup_printf ("%s/%s/%s", question->id, rule, entry != NULL ? entry->id : indicator);
  check->question = question;
  check->kind = kind;
  check->rule = g_strdup (rule);
  check->indicator = g_strdup (indicator);
  check->evidence = entry != NULL ? g_strdup (entry->id) : NULL;
  check->private_entry = entry != NULL && entry->private_entry;
  check->sentence = sentence;
  return check;
}

/* The rules for one linked indicator of a question whose rating some
 * rule concerns. */
static void
check_indicator (Context                   *c,
                 const LadderIndicatorLink *link,
                 const gboolean            *relevant,
                 GPtrArray                 *found[LADDER_N_CHECK_KINDS])
{
  LadderMismatchRules *rules = c->rules;
  const char *code = link->lait != NULL ? link->lait : link->ees;
  g_autofree char *reason = NULL;
  LadderMeasure *info;
  LadderCellState state;
  const char *template = NULL;
  const char *rule_id = NULL;

  c->slots[SLOT_INDICATOR] = code;
  if (!ladder_dataset_find_measure (c->dataset, code, &c->measure))
    template = rules->not_loaded, rule_id = LADDER_CHECK_RULE_NOT_LOADED;
  else
    {
      info = ladder_dataset_get_measure (c->dataset, c->measure);
      c->slots[SLOT_INDICATOR] = ladder_chart_measure_title (info);
      c->polarity = info->polarity;
      c->decimals = info->decimals >= 0 ? info->decimals : 1;
      c->percent = is_percentage (info);
      if (c->polarity == LADDER_POLARITY_NONE)
        reason = g_strdup (ladder_stat_status_to_string (LADDER_STAT_NO_POLARITY));
      else if (!ladder_stats_latest_period (c->dataset, c->measure, &c->latest))
        reason = g_strdup ("no council has a figure for it");
      if (reason != NULL)
        template = rules->indicator, rule_id = LADDER_CHECK_RULE_INDICATOR;
      else if ((state = ladder_dataset_lookup (c->dataset, c->measure, c->council, c->latest, &c->value, NULL))
               != LADDER_CELL_VALUE)
        {
          template = rules->no_figure, rule_id = LADDER_CHECK_RULE_NO_FIGURE;
          c->slots[SLOT_PERIOD] = period_label (c, c->latest);
          c->slots[SLOT_STATE] = rules->states[state];
        }
    }
  if (template != NULL)
    {
      c->slots[SLOT_REASON] = reason;
      g_ptr_array_add (found[LADDER_CHECK_NOT_COUNTED],
                       check_new (c->question, LADDER_CHECK_NOT_COUNTED, rule_id, code, NULL,
                                  ladder_mismatch_expand (template, c->slots)));
      return;
    }
  c->slots[SLOT_PERIOD] = period_label (c, c->latest);
  c->slots[SLOT_FIGURE] = keep (c, format_figure (c, c->value));
  for (guint r = 0; r < rules->rules->len; r++)
    {
      const LadderMismatchRule *rule = rules->rules->pdata[r];
      g_autofree char *why = NULL;
      Outcome outcome;

      if (!relevant[r])
        continue;
      outcome = apply_rule (c, rule, &why);
      if (outcome == OUTCOME_HOLDS)
        g_ptr_array_add (found[LADDER_CHECK_MISMATCH],
                         check_new (c->question, LADDER_CHECK_MISMATCH, rule->id, code, NULL,
                                    ladder_mismatch_expand (rule->sentence, c->slots)));
      else if (outcome == OUTCOME_UNKNOWN)
        {
          c->slots[SLOT_TITLE] = rule->title;
          c->slots[SLOT_REASON] = why;
          g_ptr_array_add (found[LADDER_CHECK_NOT_COUNTED],
                           check_new (c->question, LADDER_CHECK_NOT_COUNTED, rule->id, code, NULL,
                                      ladder_mismatch_expand (rules->rule_not_counted, c->slots)));
          c->slots[SLOT_REASON] = NULL;
        }
    }
}

static void
check_evidence (Context              *c,
                const LadderEvidence *entry,
                gboolean              rated,
                GPtrArray            *found[LADDER_N_CHECK_KINDS])
{
  LadderMismatchRules *rules = c->rules;
  const char *slots[N_SLOTS];
  g_autofree char *when = NULL;
  LadderCheckKind kind;
  const char *template;

  memcpy (slots, c->slots, sizeof slots);
  slots[SLOT_DATE] = entry->date;
  when = entry->date != NULL ? ladder_mismatch_expand (rules->when, slots) : g_strdup ("");
  slots[SLOT_WHEN] = when;
  slots[SLOT_SOURCE] = rules->kinds[entry->kind];
  slots[SLOT_FOUND] = entry->found;
  if (!rated)
    kind = LADDER_CHECK_NOT_COUNTED, template = rules->unrated;
  else if (entry->bearing == LADDER_BEARING_CONTRADICTS)
    kind = LADDER_CHECK_MISMATCH, template = rules->contradicts;
  else
    kind = LADDER_CHECK_SUPPORT, template = rules->supports;
  g_ptr_array_add (found[kind], check_new (c->question, kind, LADDER_CHECK_RULE_EVIDENCE, NULL, entry,
                                           ladder_mismatch_expand (template, slots)));
}

/* The words for a combined score: the nearest point of the scale, the
 * lower one when it is half-way, so 3.5 is "largely in place" and 1.5 is
 * "not in place", as the thresholds read. */
static char *
rating_words (double score)
{
  int point = CLAMP ((int) ceil (score - 0.5), LADDER_RATING_NOT_IN_PLACE, LADDER_RATING_FULLY_IN_PLACE);

  return g_utf8_strdown (ladder_rating_get_label (point), -1);
}

/**
 * ladder_checks_find_with_rules:
 * @rules: the mismatch rules
 * @content: the question bank
 * @assessment: the review: its evidence log
 * @advice: the advice for @assessment: each question's combined score
 * @dataset: (nullable): the data loaded
 * @council: the council's area in @dataset, or -1 when none is chosen
 * @error: return location for an error
 *
 * As ladder_checks_find(), with rules other than the built-in ones.
 *
 * Returns: (transfer full) (element-type LadderCheck) (nullable): the checks.
 */
GPtrArray *
ladder_checks_find_with_rules (LadderMismatchRules  *rules,
                               LadderContent        *content,
                               LadderAssessment     *assessment,
                               LadderRecommendation *advice,
                               LadderDataset        *dataset,
                               int                   council,
                               GError              **error)
{
  GPtrArray *found[LADDER_N_CHECK_KINDS];
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *relevant = NULL;
  gboolean figures = dataset != NULL && council >= 0;
  GPtrArray *checks;

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (advice != NULL && advice->n_questions == ladder_content_get_n_questions (content), NULL);

  if (figures && (guint) council >= ladder_dataset_get_n_areas (dataset))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "There is no area %d in the data loaded", council);
      return NULL;
    }
  if (figures && ladder_dataset_get_area (dataset, council)->kind != LADDER_AREA_COUNCIL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not a council: answers are compared "
                   "with a council’s figures", ladder_dataset_get_area (dataset, council)->name);
      return NULL;
    }
  for (guint k = 0; k < LADDER_N_CHECK_KINDS; k++)
    found[k] = g_ptr_array_new ();
  relevant = g_new0 (gboolean, rules->rules->len);
  for (guint q = 0; q < advice->n_questions; q++)
    {
      const LadderQuestion *question = advice->questions[q].question;
      double score = advice->questions[q].score;
      gboolean any = FALSE;
      Context c = { rules, dataset, question, .council = council, .pool = pool };

      if (!isnan (score))
        {
          c.slots[SLOT_QUESTION] = question->statement;
          c.slots[SLOT_RATING] = keep (&c, rating_words (score));
          c.slots[SLOT_SCORE] = keep (&c, g_strdup_printf ("%.1f", score));
          c.slots[SLOT_RATED] = keep (&c, ladder_mismatch_expand (rules->rated, c.slots));
          for (guint r = 0; r < rules->rules->len; r++)
            {
              const LadderMismatchRule *rule = rules->rules->pdata[r];

              relevant[r] = rule->in_place ? score >= rules->in_place_from : score <= rules->not_in_place_up_to;
              any |= relevant[r];
            }
        }
      if (figures && any)
        {
          c.slots[SLOT_COUNCIL] = ladder_dataset_get_area (dataset, council)->name;
          for (guint i = 0; i < question->indicators->len; i++)
            {
              Context each = c;

              check_indicator (&each, question->indicators->pdata[i], relevant, found);
            }
        }
      c.slots[SLOT_QUESTION] = question->statement;
      for (guint e = 0; e < ladder_assessment_get_n_evidence (assessment); e++)
        {
          const LadderEvidence *entry = ladder_assessment_get_evidence (assessment, e);

          if (g_strcmp0 (entry->question, question->id) == 0)
            check_evidence (&c, entry, !isnan (score), found);
        }
    }
  checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_check_free);
  for (guint k = 0; k < LADDER_N_CHECK_KINDS; k++)
    {
      for (guint i = 0; i < found[k]->len; i++)
        g_ptr_array_add (checks, found[k]->pdata[i]);
      g_ptr_array_unref (found[k]);
    }
  return checks;
}

/**
 * ladder_checks_find:
 * @content: the question bank
 * @assessment: the review: its evidence log
 * @advice: the advice for @assessment: each question's combined score
 * @dataset: (nullable): the data loaded
 * @council: the council's area in @dataset, or -1 when none is chosen
 * @error: return location for an error
 *
 * Compares each question's rating with the figures of its linked
 * indicators for @council, by the built-in rules (mismatches.json), and
 * with the evidence log. A missing or withheld figure never counts either
 * way: where it would have decided a rule, a check of kind
 * %LADDER_CHECK_NOT_COUNTED says so. With no data or no council, only the
 * evidence log is checked. Evidence about a question not in @content is
 * left out: there is no rating to weigh it against.
 *
 * The questions in the checks point into @content.
 *
 * Returns: (transfer full) (element-type LadderCheck) (nullable): the
 *   mismatches, then what supports a rating, then what is not counted,
 *   each in question order; %NULL with an error when @council is not a
 *   council or the rules are broken.
 */
GPtrArray *
ladder_checks_find (LadderContent        *content,
                    LadderAssessment     *assessment,
                    LadderRecommendation *advice,
                    LadderDataset        *dataset,
                    int                   council,
                    GError              **error)
{
  g_autoptr(LadderMismatchRules) rules = ladder_mismatch_rules_get_default (error);

  if (rules == NULL)
    return NULL;
  return ladder_checks_find_with_rules (rules, content, assessment, advice, dataset, council, error);
}

/**
 * ladder_check_free:
 * @check: (nullable): a check
 *
 * Frees a check.
 */
void
ladder_check_free (LadderCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->id);
  g_free (check->rule);
  g_free (check->indicator);
  g_free (check->evidence);
  g_free (check->sentence);
  g_free (check);
}

/**
 * ladder_check_kind_get_id:
 * @kind: a kind of check
 *
 * Returns: "mismatch", "support" or "not-counted".
 */
const char *
ladder_check_kind_get_id (LadderCheckKind kind)
{
  static const char * const ids[LADDER_N_CHECK_KINDS] = { "mismatch", "support", "not-counted" };

  g_return_val_if_fail (kind < LADDER_N_CHECK_KINDS, NULL);
  return ids[kind];
}
