/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's parts that follow the answers up: "Checking the
 * answers against the evidence" (the mismatch engine, ladder-mismatch.c:
 * where a rating and the figures or the evidence log point different
 * ways, what bears the ratings out, and what could not be counted) and
 * "Since the last review" (the comparison engine, ladder-compare.c: a
 * follow-up review beside the one it follows). Nothing from a private
 * evidence entry appears; people listed by role only are named by role,
 * as the comparison already does; every text goes through
 * ladder_report_safe_text() (ladder_sanitise_for_paper()), since most of
 * it comes from files. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "ladder-compare.h"
#include "ladder-mismatch.h"
#include "ladder-report-private.h"
#include "ladder-review.h"

#define THEN LADDER_COMPARISON_THEN
#define NOW  LADDER_COMPARISON_NOW
#define TABLE_SIZE 8.5

/* Text from a file or an engine as the paper shows it: on one line,
 * controls gone, isolated from what is around it. */
static void
safe_bullet (Paper      *p,
             const char *mark,
             const char *text,
             double      indent)
{
  g_autofree char *safe = ladder_report_safe_text (text);

  ladder_report_bullet (p, mark, safe, indent);
}

static void
safe_paragraph (Paper      *p,
                const char *text)
{
  g_autofree char *safe = ladder_report_safe_text (text);

  ladder_report_paragraph (p, safe);
}

/* Checking the answers against the evidence -------------------------------- */

/* The "not counted" lines, grouped by why. */
typedef enum
{
  GROUP_NOT_LOADED,                /* the indicator is not in the data */
  GROUP_NO_FIGURE,                 /* the latest figure is missing or withheld */
  GROUP_NOT_JUDGED,                /* no polarity, no bands, no neighbours */
  GROUP_RULE,                      /* a figure one rule needs is missing */
  GROUP_UNRATED,                   /* evidence about a question nobody has rated */
  N_GROUPS
} Group;

static const char * const group_titles[N_GROUPS] = {
  "Indicators not in the data given",
  "Latest figure missing or withheld",
  "Figures that cannot be judged",
  "A figure a check needs is missing or withheld",
  "Findings about questions nobody has rated yet",
};

static Group
group_of (const LadderCheck *check)
{
  if (g_strcmp0 (check->rule, LADDER_CHECK_RULE_NOT_LOADED) == 0)
    return GROUP_NOT_LOADED;
  if (g_strcmp0 (check->rule, LADDER_CHECK_RULE_NO_FIGURE) == 0)
    return GROUP_NO_FIGURE;
  if (g_strcmp0 (check->rule, LADDER_CHECK_RULE_INDICATOR) == 0)
    return GROUP_NOT_JUDGED;
  if (g_strcmp0 (check->rule, LADDER_CHECK_RULE_EVIDENCE) == 0)
    return GROUP_UNRATED;
  return GROUP_RULE;
}

static void
not_counted (Paper     *p,
             GPtrArray *checks)
{
  GPtrArray *groups[N_GROUPS];

  for (guint g = 0; g < N_GROUPS; g++)
    groups[g] = g_ptr_array_new ();
  for (guint i = 0; i < checks->len; i++)
    g_ptr_array_add (groups[group_of (checks->pdata[i])], checks->pdata[i]);

  ladder_report_heading (p, 2, "Not counted", 0);
  ladder_report_paragraph (p, "A figure that is missing or withheld is not counted either way: it neither makes a "
                              "mismatch nor bears a rating out, and no older figure stands in for it. What was "
                              "not counted, and why:");
  for (guint g = 0; g < N_GROUPS; g++)
    {
      g_autofree char *title = NULL;

      if (groups[g]->len == 0)
        continue;
      if (g == GROUP_NOT_LOADED)
        {
          /* An indicator several questions link to is named once. */
          g_autoptr(GString) codes = g_string_new (NULL);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          for (guint i = 0; i < groups[g]->len; i++)
            {
              const LadderCheck *check = groups[g]->pdata[i];

              if (check->indicator != NULL && g_hash_table_add (seen, check->indicator))
                g_string_append_printf (codes, "%s“%s”", codes->len > 0 ? ", " : "", check->indicator);
            }
          title = g_strdup_printf ("%s (%u): %s.", group_titles[g], g_hash_table_size (seen), codes->str);
          safe_bullet (p, "•", title, 0);
          continue;
        }
      title = g_strdup_printf ("%s (%u):", group_titles[g], groups[g]->len);
      ladder_report_bullet (p, "•", title, 0);
      for (guint i = 0; i < groups[g]->len; i++)
        safe_bullet (p, "–", ((LadderCheck *) groups[g]->pdata[i])->sentence, 18);
    }
  for (guint g = 0; g < N_GROUPS; g++)
    g_ptr_array_unref (groups[g]);
}

/* The part itself, from the checks that may be shown, by kind. */
static void
checks_part (Paper       *p,
             GPtrArray  **shown,
             const char  *why_not)
{
  guint n_support = shown[LADDER_CHECK_SUPPORT]->len;

  ladder_report_heading (p, 1, "Checking the answers against the evidence", 0);
  ladder_report_paragraph (p, "Each rating beside the latest published figures for the indicators its question "
                              "links to, and beside the reviewers’ evidence log. A mismatch is a prompt, not a "
                              "verdict: a figure can lag, or be poor for reasons leaders already understand, but no "
                              "rating should be signed off without a look at what seems to say otherwise.");
  if (why_not != NULL)
    ladder_report_paragraph (p, why_not);

  ladder_report_heading (p, 2, "Mismatches", 0);
  if (shown[LADDER_CHECK_MISMATCH]->len == 0)
    ladder_report_paragraph (p, "No rating is contradicted by the figures or by the evidence log.");
  for (guint i = 0; i < shown[LADDER_CHECK_MISMATCH]->len; i++)
    safe_bullet (p, "•", ((LadderCheck *) shown[LADDER_CHECK_MISMATCH]->pdata[i])->sentence, 0);

  ladder_report_heading (p, 2, "What bears the answers out", 0);
  if (n_support == 0)
    ladder_report_paragraph (p, "No finding in the evidence log bears out a rating. The figures are only ever "
                                "looked at for mismatches: a good figure does not prove a rating right.");
  else
    {
      g_autofree char *text = g_strdup_printf ("%u %s in the evidence log %s out the ratings given (each is in "
                                               "“What the reviewers saw”).", n_support,
                                               n_support == 1 ? "finding" : "findings",
                                               n_support == 1 ? "bears" : "bear");

      ladder_report_paragraph (p, text);
    }

  if (shown[LADDER_CHECK_NOT_COUNTED]->len > 0)
    not_counted (p, shown[LADDER_CHECK_NOT_COUNTED]);
}

/**
 * ladder_report_checks:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "Checking the answers against the evidence": the
 * mismatches between ratings and the council's figures or the evidence
 * log, how many findings bear the ratings out, and what was not counted,
 * grouped by why. Checks made from a private evidence entry are left out.
 * Nothing at all when there is nothing to show; one sentence when the
 * checks cannot be made.
 */
void
ladder_report_checks (Paper  *p,
                      Report *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  GPtrArray *shown[LADDER_N_CHECK_KINDS];
  const char *why_not = NULL;
  int council = -1;
  guint area, n_shown = 0;

  if (r->dataset != NULL)
    {
      if (ladder_report_find_council (r, &area))
        council = area;
      else
        why_not = "The council is not in the data given, so the answers are not compared with the figures; only "
                  "the evidence log is.";
    }
  checks = ladder_checks_find (r->content, r->assessment, r->advice, r->dataset, council, &error);
  if (checks == NULL)
    {
      g_autofree char *text = g_strdup_printf ("The answers could not be checked against the evidence: %s.",
                                               error->message);

      ladder_report_heading (p, 1, "Checking the answers against the evidence", 0);
      safe_paragraph (p, text);
      return;
    }
  for (guint k = 0; k < LADDER_N_CHECK_KINDS; k++)
    shown[k] = g_ptr_array_new ();
  for (guint i = 0; i < checks->len; i++)
    {
      const LadderCheck *check = checks->pdata[i];

      /* A private entry never leaves the assessment, nor does what it says. */
      if (check->private_entry)
        continue;
      g_ptr_array_add (shown[check->kind], (gpointer) check);
      n_shown++;
    }
  if (n_shown > 0 || why_not != NULL)
    checks_part (p, shown, why_not);
  for (guint k = 0; k < LADDER_N_CHECK_KINDS; k++)
    g_ptr_array_unref (shown[k]);
}

/* Since the last review ------------------------------------------------------ */

static char *
describe_advice (const LadderComparisonAdvice *advice)
{
  g_autoptr(GString) text = g_string_new (advice->primary_name);
  g_autofree char *confidence = advice->confidence >= 0
    ? g_utf8_strdown (ladder_confidence_get_label ((LadderConfidence) advice->confidence), -1) : NULL;

  if (advice->title != NULL || confidence != NULL)
    g_string_append_printf (text, " (%s%s%s%s%s)", advice->title != NULL ? "the pattern: " : "",
                            advice->title != NULL ? advice->title : "",
                            advice->title != NULL && confidence != NULL ? "; " : "",
                            confidence != NULL ? confidence : "", confidence != NULL ? " confidence" : "");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
advice_part (Paper            *p,
             LadderComparison *comparison)
{
  const LadderComparisonAdvice *then = ladder_comparison_get_advice (comparison, THEN);
  const LadderComparisonAdvice *now = ladder_comparison_get_advice (comparison, NOW);
  g_autofree char *then_text = describe_advice (then);
  g_autofree char *now_text = describe_advice (now);
  g_autofree char *then_line = g_strdup_printf ("Then: %s%s.", then_text, then->stored ? ", as given at the time" : "");
  g_autofree char *now_line = g_strdup_printf ("Now: %s.", now_text);
  const char *note = ladder_comparison_get_advice_note (comparison);

  ladder_report_heading (p, 2, "The advice then and now", 0);
  safe_bullet (p, "•", then_line, 0);
  safe_bullet (p, "•", now_line, 0);
  if (g_strcmp0 (then->primary, now->primary) == 0)
    ladder_report_paragraph (p, "The form of support is the same.");
  if (note != NULL)
    safe_paragraph (p, note);
}

static char *
level_cell (LadderLevel level,
            double      score)
{
  g_autofree char *words = g_utf8_strdown (ladder_level_get_label (level), -1);

  if (level == LADDER_LEVEL_UNKNOWN || isnan (score))
    return g_strdup ("no ratings");
  return g_strdup_printf ("%.1f, %s", score, words);
}

static void
capacities_part (Paper            *p,
                 LadderComparison *comparison)
{
  static const char * const level_headers[LADDER_N_LEADERSHIP_LEVELS] = {
    "Political", "Corporate", "Service", "Partners",
  };
  static const char * const capacity_labels[LADDER_N_CAPACITIES] = {
    "Self-assessment", "Strategy", "Implementation",
  };
  static const char * const side_labels[LADDER_COMPARISON_N_SIDES] = { "Then", "Now" };
  g_autoptr(LadderTable) t = ladder_table_new (3 + LADDER_N_LEADERSHIP_LEVELS);

  ladder_report_heading (p, 2, "The three capacities then and now", 0);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityComparison *capacity = ladder_comparison_get_capacity (comparison, c);
      LadderLevel before = capacity->level[THEN], after = capacity->level[NOW];
      g_autofree char *then_words = g_utf8_strdown (ladder_level_get_label (before), -1);
      g_autofree char *now_words = g_utf8_strdown (ladder_level_get_label (after), -1);
      const char *direction = before == LADDER_LEVEL_UNKNOWN || after == LADDER_LEVEL_UNKNOWN ? NULL
                              : after > before ? "better" : after < before ? "worse" : "no change";
      g_autofree char *text = g_strdup_printf ("%s: %s then, %s now%s%s.", ladder_capacity_get_title (c), then_words,
                                               now_words, direction != NULL ? ": " : "",
                                               direction != NULL ? direction : "");

      ladder_report_bullet (p, "•", text, 0);
    }
  ladder_report_paragraph (p, "At each leadership level, the score (1 not in place to 4 fully in place) and level "
                              "in each review; the weakest deciding level decides the capacity:");
  ladder_table_set_header (t, 0, "Capacity", FALSE);
  ladder_table_set_header (t, 1, "Review", FALSE);
  ladder_table_set_header (t, 2, "Overall", FALSE);
  for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
    ladder_table_set_header (t, 3 + l, level_headers[l], FALSE);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityComparison *capacity = ladder_comparison_get_capacity (comparison, c);

      for (LadderComparisonSide s = THEN; s <= NOW; s++)
        {
          guint row = ladder_table_add_row (t);

          ladder_table_set (t, row, 0, s == THEN ? capacity_labels[c] : "");
          ladder_table_set (t, row, 1, side_labels[s]);
          ladder_table_take (t, row, 2, level_cell (capacity->level[s], capacity->score[s]));
          for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
            ladder_table_take (t, row, 3 + l, level_cell (capacity->by_level[s][l], capacity->by_level_score[s][l]));
        }
    }
  ladder_report_table (p, t, TABLE_SIZE);
}

static void
question_list (Paper      *p,
               const char *title,
               const char *none,
               GPtrArray  *questions)
{
  ladder_report_heading (p, 3, title, 0);
  if (questions->len == 0)
    ladder_report_paragraph (p, none);
  for (guint i = 0; i < questions->len; i++)
    {
      const LadderQuestionComparison *question = questions->pdata[i];
      g_autofree char *text = g_strdup_printf ("%s: %.1f then, %.1f now (%+.1f).", question->question->statement,
                                               question->score[THEN], question->score[NOW], question->change);

      safe_bullet (p, "•", text, 0);
    }
  p->y += 4;
}

static void
questions_part (Paper            *p,
                LadderComparison *comparison)
{
  GPtrArray *unmatched = ladder_comparison_get_unmatched (comparison);
  g_autofree char *intro = g_strdup_printf ("The questions whose score (the mean of the leadership levels’ views) "
                                            "rose or fell by %.1f or more, the largest change first.",
                                            LADDER_COMPARISON_MIN_CHANGE);

  ladder_report_heading (p, 2, "The questions that moved", 0);
  ladder_report_paragraph (p, intro);
  question_list (p, "Improved", "No question improved by that much.", ladder_comparison_get_improved (comparison));
  question_list (p, "Declined", "No question declined by that much.", ladder_comparison_get_declined (comparison));
  if (unmatched->len > 0)
    {
      guint counts[3] = { 0 };
      g_autofree char *text = NULL;

      for (guint i = 0; i < unmatched->len; i++)
        counts[((LadderUnmatchedQuestion *) unmatched->pdata[i])->kind]++;
      text = g_strdup_printf ("%u %s could not be compared: %u rated in the earlier review only, %u in this "
                              "review only, and %u no longer in the question bank.", unmatched->len,
                              unmatched->len == 1 ? "question" : "questions", counts[LADDER_UNMATCHED_RATED_THEN_ONLY],
                              counts[LADDER_UNMATCHED_RATED_NOW_ONLY], counts[LADDER_UNMATCHED_NOT_IN_BANK]);
      ladder_report_paragraph (p, text);
    }
}

static void
actions_part (Paper            *p,
              LadderComparison *comparison)
{
  GPtrArray *actions = ladder_comparison_get_actions (comparison);

  ladder_report_heading (p, 2, "The actions then and their status now", 0);
  if (actions->len == 0)
    {
      ladder_report_paragraph (p, "Neither review has an action plan.");
      return;
    }
  for (guint i = 0; i < actions->len; i++)
    {
      const LadderActionComparison *action = actions->pdata[i];
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *due = action->due != NULL ? ladder_report_long_date (action->due) : NULL;
      const char *then = action->fate != LADDER_ACTION_FATE_NEW
                         ? ladder_action_status_get_label (action->status[THEN]) : NULL;
      const char *now = action->fate != LADDER_ACTION_FATE_DROPPED
                        ? ladder_action_status_get_label (action->status[NOW]) : NULL;
      g_autofree char *then_words = then != NULL ? g_utf8_strdown (then, -1) : NULL;
      g_autofree char *now_words = now != NULL ? g_utf8_strdown (now, -1) : NULL;

      g_string_append_printf (text, "“%s”", action->description);
      if (action->owner != NULL || due != NULL)
        g_string_append_printf (text, " (%s%s%s%s)", action->owner != NULL ? action->owner : "",
                                action->owner != NULL && due != NULL ? ", " : "", due != NULL ? "due " : "",
                                due != NULL ? due : "");
      switch (action->fate)
        {
        case LADDER_ACTION_FATE_CARRIED:
          g_string_append_printf (text, ": carried over; %s then, %s now.", then_words, now_words);
          break;
        case LADDER_ACTION_FATE_DROPPED:
          g_string_append_printf (text, ": dropped from this plan; %s then.", then_words);
          break;
        case LADDER_ACTION_FATE_NEW:
        default:
          g_string_append_printf (text, ": new since the last review; %s now.", now_words);
          break;
        }
      if (action->description_then != NULL)
        g_string_append_printf (text, " Then worded: “%s”.", action->description_then);
      safe_bullet (p, "•", text->str, 0);
    }
}

static char *
describe_change (const LadderIndicatorComparison *indicator)
{
  const char *judgement = NULL;
  g_autofree char *amount = NULL;

  if (indicator->change == 0)
    return g_strdup ("no change");
  if (indicator->polarity != LADDER_POLARITY_NONE)
    judgement = (indicator->change > 0) == (indicator->polarity == LADDER_POLARITY_HIGH) ? "better" : "worse";
  amount = indicator->decimals >= 0 ? g_strdup_printf ("%.*f", indicator->decimals, fabs (indicator->change))
                                    : g_strdup_printf ("%g", fabs (indicator->change));
  return g_strdup_printf ("%s %s%s%s%s", indicator->change > 0 ? "up" : "down", amount,
                          judgement != NULL ? " (" : "", judgement != NULL ? judgement : "",
                          judgement != NULL ? ")" : "");
}

static char *
describe_figure (const LadderIndicatorComparison *indicator,
                 LadderComparisonSide             side)
{
  g_autofree char *figure = ladder_comparison_format_figure (indicator, side);

  if (indicator->period[side] == NULL)
    return g_steal_pointer (&figure);
  return g_strdup_printf ("%s in %s", figure, indicator->period[side]);
}

static void
indicators_part (Paper            *p,
                 LadderComparison *comparison)
{
  GPtrArray *indicators = ladder_comparison_get_indicators (comparison);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *intro = NULL;

  ladder_report_heading (p, 2, "The figures then and now", 0);
  if (!ladder_comparison_has_indicators (comparison))
    {
      safe_paragraph (p, ladder_comparison_get_indicators_note (comparison));
      return;
    }
  intro = g_strdup_printf ("Each indicator the questions link to, for %s: the figure for the period each review "
                           "would have seen, and the change between them.",
                           ladder_comparison_get_data_council (comparison));
  safe_paragraph (p, intro);
  for (guint i = 0; i < indicators->len; i++)
    {
      const LadderIndicatorComparison *indicator = indicators->pdata[i];
      g_autofree char *then = NULL, *now = NULL, *change = NULL, *text = NULL;

      if (!indicator->in_data)
        {
          g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "", indicator->code);
          continue;
        }
      then = describe_figure (indicator, THEN);
      now = describe_figure (indicator, NOW);
      change = indicator->has_change ? describe_change (indicator) : NULL;
      text = g_strdup_printf ("%s: %s then, %s now%s%s.", indicator->name != NULL ? indicator->name : indicator->code,
                              then, now, change != NULL ? "; " : "", change != NULL ? change : "");
      safe_bullet (p, "•", text, 0);
      if (indicator->note != NULL)
        safe_bullet (p, "–", indicator->note, 18);
    }
  if (missing->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("Not in the data given: %s.", missing->str);

      safe_paragraph (p, text);
    }
  if (indicators->len == 0)
    ladder_report_paragraph (p, "The questions link to no indicators.");
}

/**
 * ladder_report_since_last_review:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "Since the last review", for a follow-up review only:
 * the advice then and now, each capacity then and now (overall and at
 * each leadership level), the questions that improved and declined, the
 * earlier actions and their status now, and, when data was given, each
 * linked indicator's change between the two reviews' periods, with the
 * comparison's notes. One sentence when the reviews cannot be compared.
 */
void
ladder_report_since_last_review (Paper  *p,
                                 Report *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) earlier = NULL;
  g_autoptr(LadderComparison) comparison = NULL;
  g_autofree char *then = NULL, *now = NULL, *intro = NULL;
  GPtrArray *notes;

  if (!ladder_assessment_has_earlier (r->assessment))
    return;
  ladder_report_heading (p, 1, "Since the last review", LADDER_HEADING_NEW_PAGE);
  earlier = ladder_assessment_dup_earlier (r->assessment, &error);
  if (earlier == NULL)
    {
      g_autofree char *text = g_strdup_printf ("The earlier review this one follows cannot be read, so the two "
                                               "are not compared: %s.", error->message);

      safe_paragraph (p, text);
      return;
    }
  comparison = ladder_comparison_new (r->content, earlier, ladder_assessment_get_earlier_advice (r->assessment),
                                      r->assessment, r->dataset, &error);
  if (comparison == NULL)
    {
      g_autofree char *text = g_strdup_printf ("This review cannot be compared with the one it follows: %s.",
                                               error->message);

      safe_paragraph (p, text);
      return;
    }

  then = ladder_comparison_get_review_date (comparison, THEN) != NULL
    ? ladder_report_long_date (ladder_comparison_get_review_date (comparison, THEN)) : g_strdup ("no date given");
  now = ladder_comparison_get_review_date (comparison, NOW) != NULL
    ? ladder_report_long_date (ladder_comparison_get_review_date (comparison, NOW)) : g_strdup ("no date given");
  intro = g_strdup_printf ("This review follows an earlier one. What has changed between the review of %s "
                           "(then) and this review of %s (now).", then, now);
  ladder_report_paragraph (p, intro);
  notes = ladder_comparison_get_notes (comparison);
  for (guint i = 0; i < notes->len; i++)
    safe_bullet (p, "•", notes->pdata[i], 0);

  capacities_part (p, comparison);
  questions_part (p, comparison);
  advice_part (p, comparison);
  actions_part (p, comparison);
  if (r->dataset != NULL)
    indicators_part (p, comparison);
}
