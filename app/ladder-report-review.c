/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's part on everyone's answers: who took part at each
 * leadership level, what the people at each level make of each capacity,
 * where views differ, and the questions on which people differ most, each
 * with every person's rating. People are named by their labels, so a
 * role-only person by role alone, and their labels go through
 * ladder_report_safe_text(). */
#include "config.h"

#include "ladder-report-private.h"
#include "ladder-review.h"

/* The questions in the table, at most. */
#define MAX_ROWS 10
/* Beyond this many people, a column each would not fit across the page. */
#define MAX_PERSON_COLUMNS 20
#define TABLE_SIZE 8.5

/* A rating as the table shows it: "3", "?", or a dash for no answer. */
static const char *
mark (LadderRating rating)
{
  return rating == LADDER_RATING_NONE ? "–" : ladder_review_get_rating_mark (rating);
}

static void
people_key (Paper        *p,
            LadderReview *review)
{
  for (guint i = 0; i < ladder_review_get_n_people (review); i++)
    {
      const LadderReviewPerson *person = ladder_review_get_person (review, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *label = ladder_report_safe_text (ladder_review_get_person_label_with_role (review, i));
      g_autofree char *text = g_strdup_printf ("%s (%s)", label, person->level < LADDER_N_LEADERSHIP_LEVELS
                                               ? ladder_review_level_get_singular (person->level)
                                               : "level not given");

      ladder_report_bullet (p, number, text, 0);
    }
}

static LadderTable *
differences_table (LadderReview *review,
                   const guint  *rows,
                   guint         n_rows)
{
  guint n_people = ladder_review_get_n_people (review);
  gboolean columns = n_people <= MAX_PERSON_COLUMNS;
  guint n_columns = 2 + (columns ? n_people : 1);
  LadderTable *t = ladder_table_new (n_columns);

  ladder_table_set_header (t, 0, "Question", FALSE);
  if (columns)
    for (guint i = 0; i < n_people; i++)
      {
        g_autofree char *number = g_strdup_printf ("%u", i + 1);

        ladder_table_set_header (t, 1 + i, number, TRUE);
      }
  else
    ladder_table_set_header (t, 1, "Ratings, person by person", FALSE);
  ladder_table_set_header (t, n_columns - 1, "Spread", TRUE);
  for (guint k = 0; k < n_rows; k++)
    {
      const LadderReviewRow *row = ladder_review_get_row (review, rows[k]);
      guint r = ladder_table_add_row (t);

      ladder_table_set (t, r, 0, row->question->statement);
      if (columns)
        for (guint i = 0; i < n_people; i++)
          ladder_table_set (t, r, 1 + i, mark (row->ratings[i]));
      else
        {
          g_autoptr(GString) ratings = g_string_new (NULL);

          for (guint i = 0; i < n_people; i++)
            g_string_append_printf (ratings, "%s%u: %s", i > 0 ? ", " : "", i + 1, mark (row->ratings[i]));
          ladder_table_set (t, r, 1, ratings->str);
        }
      ladder_table_take (t, r, n_columns - 1, g_strdup_printf ("%u", row->spread));
    }
  return t;
}

/* The questions people rated furthest apart, largest spread first. */
static void
differ_most (Paper        *p,
             LadderReview *review)
{
  g_autofree guint *order = ladder_review_sort_by_spread (review);
  guint n_differing = ladder_review_get_n_differing (review);
  guint n_shown = MIN (n_differing, MAX_ROWS);
  g_autoptr(LadderTable) t = NULL;
  g_autofree char *intro = NULL;

  ladder_report_heading (p, 2, "Where people differ most", 0);
  if (n_differing == 0)
    {
      ladder_report_paragraph (p, "No question was rated two or more points apart: where people rated the same "
                                  "question, they gave the same rating or ones next to each other.");
      return;
    }
  /* Sorted by spread, so the rows that differ come first. */
  g_assert (ladder_review_get_row (review, order[n_shown - 1])->differs);
  if (n_shown < n_differing)
    intro = g_strdup_printf ("People rated %u questions two or more points apart; these are the %u furthest "
                             "apart, the largest spread first. The numbers across the top are the people "
                             "listed here:", n_differing, n_shown);
  else
    intro = g_strdup_printf ("People rated %u %s two or more points apart, shown here the largest spread first. "
                             "The numbers across the top are the people listed here:", n_differing,
                             n_differing == 1 ? "question" : "questions");
  ladder_report_paragraph (p, intro);
  people_key (p, review);
  ladder_report_flow (p, "P", "Ratings: 1 not in place, 2 emerging, 3 largely in place, 4 fully in place; ? don’t "
                         "know; – no answer. The spread is the highest rating less the lowest.",
                      FALSE, 9, FALSE, 6);
  t = differences_table (review, order, n_shown);
  ladder_report_table (p, t, TABLE_SIZE);
}

/**
 * ladder_report_review:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "The review": who took part, the views of each level
 * on each capacity, where views differ and where people differ most.
 */
void
ladder_report_review (Paper  *p,
                      Report *r)
{
  g_autoptr(LadderReview) review = ladder_review_new (r->content, r->assessment, r->advice);
  g_autoptr(GPtrArray) gaps = ladder_review_dup_view_gaps (review);
  g_autofree char *people = ladder_review_describe_people (review);
  g_autofree char *safe_people = ladder_report_safe_text (people);

  ladder_report_heading (p, 1, "The review", 0);
  ladder_report_paragraph (p, "Everyone’s answers side by side: who took part, what the people at each "
                              "leadership level make of each capacity, and the questions on which they differ.");
  ladder_report_heading (p, 2, "Who took part", 0);
  ladder_report_paragraph (p, safe_people);
  ladder_report_heading (p, 2, "What each level makes of each capacity", 0);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      g_autofree char *summary = ladder_review_dup_summary (review, c);

      ladder_report_bullet (p, "•", summary, 0);
    }
  if (gaps->len > 0)
    ladder_report_heading (p, 2, "Where views differ", 0);
  for (guint i = 0; i < gaps->len; i++)
    ladder_report_bullet (p, "•", gaps->pdata[i], 0);
  differ_most (p, review);
}
