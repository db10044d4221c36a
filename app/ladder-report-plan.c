/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's parts on what follows the answers: "What the
 * reviewers saw" (the evidence log, question by question, each finding
 * with its kind, date and whether it bears out the rating) and "The
 * action plan" (a table of the actions, soonest due first, with who owns
 * each, its status, whether it is overdue on the paper's date and what it
 * answers). An entry marked private never appears; a part with nothing to
 * show is left out whole. Every text from the file goes through
 * ladder_sanitise_for_paper(). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ladder-action-plan.h"
#include "ladder-report-private.h"
#include "ladder-sanitise.h"

#define TABLE_SIZE 8.5

/* Text from the file as the paper shows it: on one line, controls and
 * bidirectional overrides gone, isolated from the text around it. */
char *
ladder_report_safe_text (const char *text)
{
  return ladder_sanitise_for_paper (text != NULL ? text : "", LADDER_SANITISE_ONE_LINE);
}

/* "2026-02-28" as "28 February 2026". */
char *
ladder_report_long_date (const char *date)
{
  int year, month, day;
  g_autoptr(GDateTime) when = NULL;

  if (date != NULL && ladder_date_is_valid (date) && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    when = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (when == NULL)
    return ladder_report_safe_text (date);
  return g_date_time_format (when, "%-d %B %Y");
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  const LadderEvidence *x = *(const LadderEvidence * const *) a;
  const LadderEvidence *y = *(const LadderEvidence * const *) b;

  if (x->date == NULL || y->date == NULL)
    return (x->date == NULL) - (y->date == NULL);
  return strcmp (x->date, y->date);
}

static void
evidence_entry (Paper                *p,
                const LadderEvidence *entry)
{
  /* What was found may run to paragraphs: kept, with blank lines closed up. */
  g_autofree char *found = ladder_sanitise_for_paper (entry->found != NULL ? entry->found : "",
                                                      LADDER_SANITISE_PARAGRAPHS);
  g_autofree char *date = entry->date != NULL ? ladder_report_long_date (entry->date) : g_strdup ("date not given");
  g_autofree char *bearing = g_utf8_strdown (ladder_bearing_get_label (entry->bearing), -1);
  g_autofree char *text = g_strdup_printf ("%s, %s — %s: %s", ladder_evidence_kind_get_label (entry->kind), date,
                                           bearing, found);

  ladder_report_bullet (p, entry->bearing == LADDER_BEARING_SUPPORTS ? "+" : "−", text, 0);
}

/* One question's shareable entries, earliest first, under its statement. */
static void
evidence_group (Paper      *p,
                const char *title,
                GPtrArray  *entries)
{
  /* g_ptr_array_sort() is a merge sort: entries on one date keep the
   * log's order. */
  g_ptr_array_sort (entries, compare_dates);
  ladder_report_heading (p, 3, title, 0);
  for (guint i = 0; i < entries->len; i++)
    evidence_entry (p, entries->pdata[i]);
  p->y += 4;
}

/**
 * ladder_report_evidence_log:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "What the reviewers saw": the evidence log's entries
 * that are not private, grouped by question in the bank's order (entries
 * about questions this version does not have last), each with its kind,
 * date, what was found and whether it supports or contradicts the rating.
 * Nothing at all when there is no such entry.
 */
void
ladder_report_evidence_log (Paper  *p,
                            Report *r)
{
  /* Question id -> the shareable entries about it, in the log's order. */
  g_autoptr(GHashTable) by_question = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  guint n_shown = 0, n_contradicting = 0;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < ladder_assessment_get_n_evidence (r->assessment); i++)
    {
      const LadderEvidence *entry = ladder_assessment_get_evidence (r->assessment, i);
      GPtrArray *entries;

      if (entry->private_entry)
        continue;
      entries = g_hash_table_lookup (by_question, entry->question);
      if (entries == NULL)
        {
          entries = g_ptr_array_new ();
          g_hash_table_insert (by_question, entry->question, entries);
          if (ladder_content_find_question (r->content, entry->question) == NULL)
            g_ptr_array_add (unknown, entry->question);
        }
      g_ptr_array_add (entries, (gpointer) entry);
      n_shown++;
      n_contradicting += entry->bearing == LADDER_BEARING_CONTRADICTS;
    }
  if (n_shown == 0)
    return;

  ladder_report_heading (p, 1, "What the reviewers saw", LADDER_HEADING_NEW_PAGE);
  ladder_report_paragraph (p, "What the reviewers found beyond the answers (case files, visits to the front line, "
                              "what children, families, staff and partners said, reports and data), question by "
                              "question, and whether each finding bears out the rating given or points the other "
                              "way. Entries marked private are left out.");
  counts = g_strdup_printf ("%u %s: %u %s the ratings given and %u %s them.", n_shown,
                            n_shown == 1 ? "finding" : "findings", n_shown - n_contradicting,
                            n_shown - n_contradicting == 1 ? "supports" : "support", n_contradicting,
                            n_contradicting == 1 ? "contradicts" : "contradict");
  ladder_report_paragraph (p, counts);
  for (guint q = 0; q < ladder_content_get_n_questions (r->content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (r->content, q);
      GPtrArray *entries = g_hash_table_lookup (by_question, question->id);

      if (entries != NULL)
        evidence_group (p, question->statement, entries);
    }
  for (guint i = 0; i < unknown->len; i++)
    {
      g_autofree char *id = ladder_report_safe_text (unknown->pdata[i]);
      g_autofree char *title = g_strdup_printf ("Question “%s”, not in this version’s question bank", id);

      evidence_group (p, title, g_hash_table_lookup (by_question, unknown->pdata[i]));
    }
}

static LadderTable *
actions_table (Report     *r,
               GArray     *order,
               const char *today)
{
  LadderTable *t = ladder_table_new (5);

  ladder_table_set_header (t, 0, "Action", FALSE);
  ladder_table_set_header (t, 1, "Owner", FALSE);
  ladder_table_set_header (t, 2, "Due", FALSE);
  ladder_table_set_header (t, 3, "Status", FALSE);
  ladder_table_set_header (t, 4, "Linked to", FALSE);
  for (guint i = 0; i < order->len; i++)
    {
      const LadderAction *action = ladder_assessment_get_action (r->assessment, g_array_index (order, guint, i));
      g_autofree char *link = ladder_action_plan_describe_link (r->content, action);
      guint row = ladder_table_add_row (t);

      ladder_table_take (t, row, 0, ladder_report_safe_text (action->description));
      ladder_table_take (t, row, 1, action->owner != NULL && *action->owner != '\0'
                                    ? ladder_report_safe_text (action->owner) : g_strdup ("Not named"));
      ladder_table_take (t, row, 2, action->due != NULL ? ladder_report_long_date (action->due) : g_strdup ("No date"));
      /* Overdue in words, never by colour alone. */
      ladder_table_take (t, row, 3, g_strdup_printf ("%s%s", ladder_action_status_get_label (action->status),
                                                     ladder_action_is_overdue (action, today) ? ", overdue" : ""));
      ladder_table_take (t, row, 4, *link != '\0' ? ladder_report_safe_text (link) : g_strdup ("–"));
    }
  return t;
}

/**
 * ladder_report_action_plan:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "The action plan": every action, soonest due first,
 * with its owner, due date, status (and "overdue" when it is not done and
 * its date is before the paper's) and what it is linked to. Nothing at
 * all when the plan has no actions.
 */
void
ladder_report_action_plan (Paper  *p,
                           Report *r)
{
  g_autofree char *today = ladder_action_plan_dup_today ();
  g_autofree char *on = ladder_report_long_date (today);
  g_autoptr(GArray) order = NULL;
  g_autoptr(LadderTable) t = NULL;
  g_autofree char *intro = NULL;
  guint n = ladder_assessment_get_n_actions (r->assessment), n_done = 0, n_overdue;

  if (n == 0)
    return;
  order = ladder_action_plan_select (r->assessment, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, today);
  n_overdue = ladder_action_plan_count_overdue (r->assessment, today);
  for (guint i = 0; i < n; i++)
    n_done += ladder_assessment_get_action (r->assessment, i)->status == LADDER_ACTION_DONE;

  ladder_report_heading (p, 1, "The action plan", 0);
  intro = g_strdup_printf ("%u %s, the soonest due first. On %s, the date of this paper, %u %s done and %u %s "
                           "overdue: not done by the date it was due.", n, n == 1 ? "action" : "actions", on,
                           n_done, n_done == 1 ? "is" : "are", n_overdue, n_overdue == 1 ? "is" : "are");
  ladder_report_paragraph (p, intro);
  t = actions_table (r, order, today);
  ladder_report_table (p, t, TABLE_SIZE);
}
