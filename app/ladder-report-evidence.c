/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's evidence: the data it was made with ("Data used" on
 * the cover), and the part "Evidence": the scorecard of the indicators
 * chosen, as a table, then each indicator over time as a chart with its
 * summary, its caption naming where the figures come from, and its table.
 *
 * The scorecard is a table only: a table is what a screen reader can
 * navigate cell by cell, it wraps a long measure's name rather than
 * cutting it, and the drawn scorecard would only repeat it (its bands are
 * the table's Band column, its sparklines the charts that follow). Each
 * chart is a figure whose alternative text points to the summary and
 * table after it, which say in words what it draws. */
#include "config.h"

#include <math.h>

#include "ladder-chart.h"
#include "ladder-report-private.h"
#include "ladder-sanitise.h"
#include "ladder-search.h"

/* Indicators the paper finds for itself, at most: the scorecard and a
 * chart each. */
#define MAX_FOUND    5
#define CHART_HEIGHT 250

/* Columns of the scorecard's table a page has no room for: the window's
 * table and its CSV give every column. */
static const char * const scorecard_screen_only[] = {
  "Neighbours’ median", "Neighbours reporting", "Gap to the neighbours’ average", "Recent figures, oldest first",
  NULL,
};

/* The chart's table with every cell as the paper shows text from a file
 * (the names of areas and measures come from the data), less the columns
 * named in @leave_out. */
static LadderTable *
safe_table (const LadderTable  *table,
            const char * const *leave_out)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  LadderTable *safe;

  for (guint c = 0; c < ladder_table_get_n_columns (table); c++)
    if (leave_out == NULL || !g_strv_contains (leave_out, ladder_table_get_header (table, c)))
      g_array_append_val (kept, c);
  safe = ladder_table_new (kept->len);
  for (guint k = 0; k < kept->len; k++)
    {
      guint c = g_array_index (kept, guint, k);
      g_autofree char *header = ladder_report_safe_text (ladder_table_get_header (table, c));

      ladder_table_set_header (safe, k, header, ladder_table_is_numeric (table, c));
    }
  for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
    {
      guint row = ladder_table_add_row (safe);

      for (guint k = 0; k < kept->len; k++)
        ladder_table_take (safe, row, k,
                           ladder_report_safe_text (ladder_table_get (table, r, g_array_index (kept, guint, k))));
    }
  return safe;
}

/* What follows every chart and the scorecard: the summary, the caption
 * naming the period and the sources, and the figures. */
static void
chart_words (Paper              *p,
             LadderChart        *chart,
             const char * const *leave_out)
{
  g_autofree char *summary = ladder_report_safe_text (ladder_chart_get_summary (chart));
  g_autofree char *caption = ladder_report_safe_text (ladder_chart_get_caption (chart));
  g_autoptr(LadderTable) table = safe_table (ladder_chart_get_table (chart), leave_out);

  ladder_report_paragraph (p, summary);
  ladder_report_note (p, caption);
  ladder_report_table (p, table, 7.5);
}

/* A chart under its heading, whole on one page, then its words. */
static void
chart (Paper       *p,
       LadderChart *chart)
{
  g_autofree char *title = ladder_report_safe_text (ladder_chart_get_title (chart));
  /* Alternative text is read as it is, with no isolates around names. */
  g_autofree char *plain = ladder_sanitise_for_paper (ladder_chart_get_title (chart),
                                                      LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);
  g_autofree char *alt = g_strdup_printf ("Chart: %s. The paragraph and the table after it say what it shows.",
                                          plain);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  ladder_report_heading (p, 2, title, 0);
  ladder_report_figure_begin (p, CHART_HEIGHT, alt);
  ladder_chart_paint (chart, p->cr, CONTENT_WIDTH, CHART_HEIGHT, &style);
  ladder_report_figure_end (p, CHART_HEIGHT);
  chart_words (p, chart, NULL);
}

/* The scorecard as a table, with its summary and caption. */
static void
scorecard (Paper       *p,
           LadderChart *chart)
{
  g_autofree char *title = ladder_report_safe_text (ladder_chart_get_title (chart));

  ladder_report_heading (p, 2, title, 0);
  chart_words (p, chart, scorecard_screen_only);
}

/* "3 December 2026" from "2026-12-03", for "as at". */
static char *
as_at (const char *date)
{
  return date != NULL ? ladder_report_long_date (date) : g_strdup ("a date not recorded");
}

static gboolean
given (LadderDataset *dataset,
       const char    *name)
{
  for (guint i = 0; i < ladder_dataset_get_n_sources (dataset); i++)
    {
      g_autofree char *base = g_path_get_basename (ladder_dataset_get_source (dataset, i));

      if (g_strcmp0 (base, name) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * ladder_report_data_used:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * The files given for this paper, each by the publication it comes from
 * where that is known, with its name and the day it was last changed;
 * then any the assessment was made with that were not given, so a reader
 * can tell the figures may differ from those its authors saw.
 */
void
ladder_report_data_used (Paper  *p,
                         Report *r)
{
  GPtrArray *recorded = ladder_assessment_get_data_files (r->assessment);
  guint n_missing = 0;

  for (guint i = 0; r->dataset != NULL && i < ladder_dataset_get_n_sources (r->dataset); i++)
    {
      g_autofree char *source = ladder_dataset_describe_source (r->dataset, ladder_dataset_get_source (r->dataset, i));
      g_autofree char *name = ladder_report_safe_text (source);
      g_autofree char *date = as_at (ladder_dataset_get_source_date (r->dataset, i));
      g_autofree char *text = g_strdup_printf ("%s, as at %s", name, date);

      ladder_report_bullet (p, "•", text, 0);
    }
  if (r->dataset == NULL)
    ladder_report_paragraph (p, "No data was given for this paper, so it has no charts.");
  for (guint i = 0; recorded != NULL && i < recorded->len; i++)
    {
      const LadderDataFileRef *ref = recorded->pdata[i];
      g_autofree char *name = NULL;
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;

      if (r->dataset != NULL && given (r->dataset, ref->name))
        continue;
      if (n_missing++ == 0)
        ladder_report_paragraph (p, "The assessment was made with these files, which were not given for this "
                                    "paper, so its figures may differ from those its authors saw:");
      name = ladder_report_safe_text (ref->name);
      date = as_at (ref->as_at);
      text = g_strdup_printf ("%s, as at %s", name, date);
      ladder_report_bullet (p, "•", text, 0);
    }
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const LadderQuestionResult *x = *(const LadderQuestionResult * const *) a;
  const LadderQuestionResult *y = *(const LadderQuestionResult * const *) b;

  if (isnan (x->score) || isnan (y->score))
    return isnan (x->score) - isnan (y->score);
  return (x->score > y->score) - (x->score < y->score);
}

/* The measures the weakest answers link to, weakest first, that the data
 * has and @codes does not yet, until it has @limit. */
static void
add_weakest (GStrvBuilder         *codes,
             GHashTable           *seen,
             LadderDataset        *dataset,
             LadderRecommendation *advice,
             guint                 limit)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  guint measure, n = g_hash_table_size (seen);

  for (guint q = 0; q < advice->n_questions; q++)
    g_ptr_array_add (order, &advice->questions[q]);
  g_ptr_array_sort (order, compare_scores);
  for (guint q = 0; q < order->len && n < limit; q++)
    {
      const LadderQuestionResult *result = order->pdata[q];

      if (isnan (result->score))
        break;
      for (guint i = 0; i < result->question->indicators->len && n < limit; i++)
        {
          const LadderIndicatorLink *link = result->question->indicators->pdata[i];

          if (link->lait != NULL && ladder_dataset_find_measure (dataset, link->lait, &measure) &&
              g_hash_table_add (seen, link->lait))
            {
              g_strv_builder_add (codes, link->lait);
              n++;
            }
        }
    }
}

/* The measures for the evidence: those @chosen that the data has (at
 * most @limit); with none of them, those the weakest answers link to when
 * @fall_back. */
static char **
choose_indicators (const char * const   *chosen,
                   LadderDataset        *dataset,
                   LadderRecommendation *advice,
                   guint                 limit,
                   gboolean              fall_back)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint measure;

  if (dataset == NULL)
    return g_strv_builder_end (codes);
  for (guint i = 0; chosen != NULL && chosen[i] != NULL && g_hash_table_size (seen) < limit; i++)
    if (ladder_dataset_find_measure (dataset, chosen[i], &measure) && g_hash_table_add (seen, (gpointer) chosen[i]))
      g_strv_builder_add (codes, chosen[i]);
  if (g_hash_table_size (seen) == 0 && fall_back)
    add_weakest (codes, seen, dataset, advice, MAX_FOUND);
  return g_strv_builder_end (codes);
}

/**
 * ladder_report_choose_indicators:
 * @advice: the assessment's recommendation, as worked out already
 * @assessment: the assessment
 * @dataset: (nullable): the data loaded
 *
 * Returns: (transfer full): the measures for the paper's evidence: every
 *   one chosen on the assessment that the data has, or else a few that the
 *   weakest answers link to, weakest first.
 */
char **
ladder_report_choose_indicators (LadderRecommendation *advice,
                                 LadderAssessment     *assessment,
                                 LadderDataset        *dataset)
{
  return choose_indicators (ladder_assessment_get_indicators (assessment), dataset, advice, G_MAXUINT, TRUE);
}

/* Why there are no charts, or NULL when there can be. */
static char *
no_charts (Report *r,
           guint  *council)
{
  const char *asked;
  g_autofree char *suggestion = NULL, *safe = NULL;

  if (r->dataset == NULL)
    return g_strdup ("No data was given, so this paper has no charts.");
  if (ladder_dataset_find_council_or_suggest (r->dataset, ladder_assessment_get_council_code (r->assessment),
                                              ladder_assessment_get_council_name (r->assessment), council, &asked,
                                              &suggestion))
    return NULL;
  safe = ladder_report_safe_text (suggestion != NULL ? suggestion : "");
  return g_strdup_printf ("%s is not in the data given, so this paper has no charts and shows no other council’s "
                          "figures in its place. %s", r->council, safe);
}

/* The indicators asked for by name that the data does not have. */
static void
not_in_data (Paper              *p,
             LadderDataset      *dataset,
             const char * const *asked)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *text = NULL, *safe = NULL;
  guint measure;

  for (guint i = 0; asked != NULL && asked[i] != NULL; i++)
    if (!ladder_dataset_find_measure (dataset, asked[i], &measure))
      g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "", asked[i]);
  if (missing->len == 0)
    return;
  text = g_strdup_printf ("Chosen but not in the data given, so not shown: %s.", missing->str);
  safe = ladder_report_safe_text (text);
  ladder_report_paragraph (p, safe);
}

static const char *
introduction (gboolean chosen)
{
  return chosen ? "The indicators chosen for this paper: first together, then each over time beside the council’s "
                  "statistical neighbours, its region and England."
                : "The indicators linked to the weakest answers, weakest first: first together, then each over "
                  "time beside the council’s statistical neighbours, its region and England.";
}

/**
 * ladder_report_evidence:
 * @p: the paper being laid out
 * @r: what it is about
 *
 * Lays out the part "Evidence": the indicators chosen for the paper (or
 * on the assessment, or else those the weakest answers link to) as a
 * scorecard, then each as a chart over time.
 */
void
ladder_report_evidence (Paper  *p,
                        Report *r)
{
  const char * const *asked = r->options->indicators != NULL ? (const char * const *) r->options->indicators
                                                              : ladder_assessment_get_indicators (r->assessment);
  g_autofree char *why_not = NULL;
  g_auto(GStrv) codes = NULL;
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(LadderChart) card = NULL;
  guint council;

  ladder_report_heading (p, 1, "Evidence", LADDER_HEADING_NEW_PAGE);
  if ((why_not = no_charts (r, &council)) != NULL)
    {
      ladder_report_paragraph (p, why_not);
      return;
    }
  /* Indicators chosen, for this paper or on the assessment, are all
   * shown; with none, the paper finds a few for itself. */
  codes = choose_indicators (asked, r->dataset, r->advice, G_MAXUINT, r->options->indicators == NULL);
  not_in_data (p, r->dataset, asked);
  if (codes[0] == NULL)
    {
      ladder_report_paragraph (p, r->options->indicators != NULL
                                  ? "None of the indicators chosen for this paper is in the data given."
                                  : "None of the indicators linked to the questions is in the data given.");
      return;
    }
  for (guint i = 0; codes[i] != NULL; i++)
    {
      guint measure;

      if (ladder_dataset_find_measure (r->dataset, codes[i], &measure))
        g_array_append_val (measures, measure);
    }
  ladder_report_paragraph (p, introduction (asked != NULL && asked[0] != NULL &&
                                            g_strv_contains (asked, codes[0])));
  card = ladder_chart_new (r->dataset, LADDER_CHART_SCORECARD, (const guint *) measures->data, measures->len,
                           council, NULL);
  if (card != NULL)
    scorecard (p, card);
  for (guint i = 0; i < measures->len; i++)
    {
      guint measure = g_array_index (measures, guint, i);
      g_autoptr(LadderChart) trend = ladder_chart_new (r->dataset, LADDER_CHART_TREND, &measure, 1, council, NULL);

      if (trend != NULL)
        chart (p, trend);
    }
}
