/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the period labels of published statistics: "2016-17", "2025 (prov)". */
#include "config.h"

#include <string.h>

#include "ladder-period.h"

static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  int result = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (text[i] - '0');
    }
  *value = result;
  return TRUE;
}

/* The two-digit end of "2016-17" or "1999-00", as a full year after @start. */
static int
expand_short_year (int start,
                   int short_year)
{
  int year = start - start % 100 + short_year;

  return year < start ? year + 100 : year;
}

static gboolean
parse_suffix (const char        *suffix,
              LadderPeriodFlags *flags)
{
  static const struct { const char *word; LadderPeriodFlags flag; } words[] = {
    { "prov", LADDER_PERIOD_PROVISIONAL }, { "provisional", LADDER_PERIOD_PROVISIONAL },
    { "p", LADDER_PERIOD_PROVISIONAL },
    { "rev", LADDER_PERIOD_REVISED }, { "revised", LADDER_PERIOD_REVISED },
    { "r", LADDER_PERIOD_REVISED },
    { "final", LADDER_PERIOD_FINAL }, { "f", LADDER_PERIOD_FINAL },
    { "ot", LADDER_PERIOD_OUTTURN }, { "outturn", LADDER_PERIOD_OUTTURN },
  };
  size_t length = strlen (suffix);

  if (length < 3 || suffix[0] != '(' || suffix[length - 1] != ')')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i].word) == length - 2 &&
        g_ascii_strncasecmp (suffix + 1, words[i].word, length - 2) == 0)
      {
        *flags |= words[i].flag;
        return TRUE;
      }
  return FALSE;
}

/* A period label without its suffix: the forms seen in LAIT and in Explore
 * Education Statistics. */
static gboolean
parse_core (const char   *core,
            size_t        length,
            LadderPeriod *period)
{
  int first, second, third, fourth;

  if (length == 4 && read_digits (core, 4, &first))
    {
      period->kind = LADDER_PERIOD_CALENDAR;
      period->start_year = first;
      period->span = 1;
      return TRUE;
    }

  /* "202425": Explore Education Statistics' split years. */
  if (length == 6 && read_digits (core, 4, &first) && read_digits (core + 4, 2, &second) &&
      expand_short_year (first, second) == first + 1)
    {
      period->kind = LADDER_PERIOD_SPLIT_YEAR;
      period->start_year = first;
      period->span = 1;
      return TRUE;
    }

  /* "2016-17", "2016/17", "2016-2017", and pooled calendar years "2014-16". */
  if ((length == 7 || length == 9) && read_digits (core, 4, &first) &&
      (core[4] == '-' || core[4] == '/') &&
      read_digits (core + 5, length - 5, &second))
    {
      int end = length == 7 ? expand_short_year (first, second) : second;

      /* "2016-15" is a typing slip, not a century of pooled years. */
      if (end <= first || end - first > 10)
        return FALSE;
      period->start_year = first;
      if (end == first + 1)
        {
          period->kind = LADDER_PERIOD_SPLIT_YEAR;
          period->span = 1;
        }
      else
        {
          period->kind = LADDER_PERIOD_ROLLING;
          period->span = end - first + 1;
        }
      return TRUE;
    }

  /* "2013/14-15/16": pooled split years, from 2013/14 to 2015/16. */
  if (length == 13 && read_digits (core, 4, &first) && core[4] == '/' &&
      read_digits (core + 5, 2, &second) && core[7] == '-' &&
      read_digits (core + 8, 2, &third) && core[10] == '/' &&
      read_digits (core + 11, 2, &fourth))
    {
      int last_start = expand_short_year (first, third);

      if (expand_short_year (first, second) != first + 1 ||
          expand_short_year (last_start, fourth) != last_start + 1 || last_start <= first)
        return FALSE;
      period->kind = LADDER_PERIOD_ROLLING;
      period->start_year = first;
      period->span = last_start - first + 1;
      return TRUE;
    }

  return FALSE;
}

/**
 * ladder_period_parse:
 * @label: a period label as published
 * @period: (out caller-allocates): the period; its label is @label
 *
 * Reads the years and status of a period. A label that cannot be read is
 * kept with kind %LADDER_PERIOD_UNKNOWN so it can be reported, never dropped.
 *
 * Returns: %TRUE when the label was understood.
 */
gboolean
ladder_period_parse (const char   *label,
                     LadderPeriod *period)
{
  const char *core = label;
  const char *end;
  const char *space;

  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  memset (period, 0, sizeof *period);
  period->label = label;

  while (g_ascii_isspace (*core))
    core++;
  end = core + strlen (core);
  while (end > core && g_ascii_isspace (end[-1]))
    end--;

  /* A status in brackets after the years: "2025 (prov)". */
  space = memchr (core, ' ', end - core);
  if (space != NULL)
    {
      g_autofree char *suffix = g_strndup (space + 1, end - space - 1);

      if (!parse_suffix (g_strstrip (suffix), &period->flags))
        goto unknown;
      end = space;
    }

  if (parse_core (core, end - core, period))
    return TRUE;

unknown:
  period->kind = LADDER_PERIOD_UNKNOWN;
  period->start_year = 0;
  period->span = 0;
  period->flags = 0;
  return FALSE;
}

/**
 * ladder_period_apply_identifier:
 * @period: a parsed period
 * @time_identifier: Explore Education Statistics' `time_identifier`, such as
 *   "Academic year" or "Financial year"
 *
 * Makes a split year specific when the source says which kind it is.
 */
void
ladder_period_apply_identifier (LadderPeriod *period,
                                const char   *time_identifier)
{
  g_return_if_fail (period != NULL);

  if (time_identifier == NULL || period->kind != LADDER_PERIOD_SPLIT_YEAR)
    return;
  if (g_ascii_strncasecmp (time_identifier, "Academic", 8) == 0)
    period->kind = LADDER_PERIOD_ACADEMIC;
  else if (g_ascii_strncasecmp (time_identifier, "Financial", 9) == 0)
    period->kind = LADDER_PERIOD_FINANCIAL;
}

/**
 * ladder_period_compare:
 * @a: a period
 * @b: another period
 *
 * Orders periods in time: by first year, then by length, then unrevised
 * before revised. Unknown periods come first.
 *
 * Returns: negative, zero or positive, as strcmp().
 */
int
ladder_period_compare (const LadderPeriod *a,
                       const LadderPeriod *b)
{
  if (a->start_year != b->start_year)
    return a->start_year < b->start_year ? -1 : 1;
  if (a->span != b->span)
    return a->span < b->span ? -1 : 1;
  if (a->flags != b->flags)
    return a->flags < b->flags ? -1 : 1;
  return g_strcmp0 (a->label, b->label);
}

/**
 * ladder_period_kind_to_string:
 * @kind: a kind of period
 *
 * Returns: a short plain-English name for @kind.
 */
const char *
ladder_period_kind_to_string (LadderPeriodKind kind)
{
  switch (kind)
    {
    case LADDER_PERIOD_CALENDAR: return "year";
    case LADDER_PERIOD_SPLIT_YEAR: return "academic or financial year";
    case LADDER_PERIOD_ACADEMIC: return "academic year";
    case LADDER_PERIOD_FINANCIAL: return "financial year";
    case LADDER_PERIOD_ROLLING: return "several years pooled";
    case LADDER_PERIOD_UNKNOWN:
    default: return "unreadable period";
    }
}
