/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's "Recommendations to the board": what the board is
 * asked to do, as a numbered list a councillor can vote on, written from
 * the recommendation, the action plan and the checks: note what the
 * self-assessment found, agree the support (or wait for more answers),
 * look again at ratings the evidence questions, approve or ask for an
 * action plan, and agree when to look at progress. */
#include "config.h"

#include <string.h>

#include "ladder-action-plan.h"
#include "ladder-mismatch.h"
#include "ladder-report-private.h"

/* "the capacity to self-assess is partly in place, to set a strategy…":
 * the levels are written for headings, so lower-cased in a sentence. */
char *
ladder_report_describe_capacities (LadderRecommendation *advice)
{
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    g_ptr_array_add (levels, advice->capacities[c].level == LADDER_LEVEL_UNKNOWN
                             ? g_strdup ("not yet known, with too few answers")
                             : g_utf8_strdown (ladder_level_get_label (advice->capacities[c].level), -1));
  return g_strdup_printf ("the capacity to self-assess is %s, to set a strategy %s, and to implement %s",
                          (char *) levels->pdata[0], (char *) levels->pdata[1], (char *) levels->pdata[2]);
}

/* How many ratings the figures or the shared evidence seem to contradict. */
static guint
count_mismatches (Report *r)
{
  g_autoptr(GPtrArray) checks = NULL;
  guint area, n = 0;
  int council = r->dataset != NULL && ladder_report_find_council (r, &area) ? (int) area : -1;

  checks = ladder_checks_find (r->content, r->assessment, r->advice, r->dataset, council, NULL);
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const LadderCheck *check = checks->pdata[i];

      n += check->kind == LADDER_CHECK_MISMATCH && !check->private_entry;
    }
  return n;
}

static char *
support_ask (LadderRecommendation *advice)
{
  g_autofree char *confidence = g_utf8_strdown (ladder_confidence_get_label (advice->confidence), -1);

  if (advice->primary == NULL)
    return g_strdup_printf ("wait for more answers before choosing the support to seek: %u of %u questions are "
                            "answered, too few for Ladder to recommend one form of support", advice->n_answered,
                            advice->n_questions);
  return g_strdup_printf ("agree to seek the support this paper recommends, %s (recommended with %s confidence): "
                          "%s", advice->primary->name, confidence, advice->primary->summary);
}

static char *
plan_ask (Report *r)
{
  g_autofree char *today = ladder_action_plan_dup_today ();
  guint n = ladder_assessment_get_n_actions (r->assessment);
  guint overdue = ladder_action_plan_count_overdue (r->assessment, today);

  if (n == 0)
    return g_strdup ("ask for an action plan to put this support in place, with someone named to own each action "
                     "and a date it is due");
  if (overdue == 0)
    return g_strdup_printf ("approve the action plan of %u %s", n, n == 1 ? "action" : "actions");
  return g_strdup_printf ("approve the action plan of %u %s, and ask the owners of the %u overdue to say when "
                          "they will be done", n, n == 1 ? "action" : "actions", overdue);
}

/**
 * ladder_report_board:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out "Recommendations to the board": "The board is asked to:" and
 * a numbered list of what it is asked to do.
 */
void
ladder_report_board (Paper  *p,
                     Report *r)
{
  g_autoptr(GPtrArray) asks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *found = ladder_report_describe_capacities (r->advice);
  guint mismatches = count_mismatches (r);

  g_ptr_array_add (asks, g_strdup_printf ("note what the self-assessment found: %s", found));
  g_ptr_array_add (asks, support_ask (r->advice));
  if (mismatches > 0)
    g_ptr_array_add (asks, g_strdup_printf ("ask officers to look again at the %u %s that the figures or the "
                                            "reviewers’ findings seem to contradict, before the answers are "
                                            "signed off", mismatches, mismatches == 1 ? "rating" : "ratings"));
  g_ptr_array_add (asks, plan_ask (r));
  g_ptr_array_add (asks, g_strdup ("agree when it will next hear how the plan is going, and ask for this "
                                   "self-assessment to be repeated then, to show what has changed"));
  ladder_report_heading (p, 1, "Recommendations to the board", 0);
  ladder_report_paragraph (p, "The board is asked to:");
  for (guint i = 0; i < asks->len; i++)
    {
      g_autofree char *mark = g_strdup_printf ("%u.", i + 1);
      /* A list a motion reads out: each item ends in a semicolon, the last
       * in a full stop, whatever the text it quotes ends in. */
      g_autofree char *ask = g_strdup (asks->pdata[i]);
      g_autofree char *text = NULL;

      if (g_str_has_suffix (ask, "."))
        ask[strlen (ask) - 1] = '\0';
      text = g_strdup_printf ("%s%s", ask, i + 1 < asks->len ? ";" : ".");
      ladder_report_bullet (p, mark, text, 0);
    }
}
