/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper: an assessment, its recommendation and its evidence as
 * an A4 PDF, drawn with cairo's PDF surface and pango, with no GTK.
 *
 * The paper is laid out top to bottom by a small flow engine
 * (ladder-report-flow.c): paragraphs break between lines, tables between
 * rows (repeating their headings), charts move whole to the next page, and
 * each section heading adds a PDF bookmark. Every page but the cover
 * carries the council's name at the top (cut short to one line); every
 * page its number at the foot. Text stays text (selectable,
 * searchable) and cairo embeds the fonts it uses.
 *
 * What goes in: the cover (council, date, who took part, the data files
 * and whether they are fictional), a summary, the three capacities as a
 * table and as the ladder, the review (who took part by level, what each
 * level makes of each capacity, where views differ and the questions on
 * which people differ most: ladder-report-review.c), the answers checked
 * against the figures and the evidence log (ladder-report-follow-up.c),
 * the recommendation with every reason and the answers and research
 * behind it, caveats, confidence and what would change it, the
 * recommended form's success factors, what the reviewers saw and the
 * action plan (ladder-report-plan.c), for a follow-up review what has
 * changed since the last (ladder-report-follow-up.c), the evidence (the
 * indicators chosen on the assessment, or else those linked to the
 * weakest answers, each as a chart with its summary and table), every
 * answer and note, and a glossary of the forms of support. A note or
 * evidence entry marked private never goes in, people are named by their
 * labels (never a role-only person's name), and every text from a file
 * (the assessment, the data) goes through ladder_sanitise_for_paper():
 * no control character shows as a box, none can reorder the text around
 * it, and no run of line breaks or spaces can fill pages. */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-chart.h"
#include "ladder-data-load.h"
#include "ladder-recommendation.h"
#include "ladder-report.h"
#include "ladder-report-private.h"
#include "ladder-review.h"
#include "ladder-sanitise.h"
#include "ladder-search.h"

#define MAX_CHARTS    6
#define PLAIN_TEXT    (LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES)

/* Columns of the scorecard's table a page has no room for: the drawing
 * above it shows the recent figures, and the window's table and its CSV
 * give every column. */
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

/* A chart, whole on one page, then its summary, caption and figures. */
static void
chart (Paper       *p,
       LadderChart *chart,
       double       height)
{
  g_autofree char *summary = ladder_report_safe_text (ladder_chart_get_summary (chart));
  g_autofree char *caption = ladder_report_safe_text (ladder_chart_get_caption (chart));
  g_autoptr(LadderTable) table = safe_table (ladder_chart_get_table (chart),
                                             ladder_chart_get_kind (chart) == LADDER_CHART_SCORECARD
                                             ? scorecard_screen_only : NULL);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  if (p->y + height > BOTTOM)
    ladder_report_new_page (p);
  cairo_save (p->cr);
  cairo_translate (p->cr, MARGIN, p->y);
  cairo_rectangle (p->cr, 0, 0, CONTENT_WIDTH, height);
  cairo_clip (p->cr);
  ladder_chart_paint (chart, p->cr, CONTENT_WIDTH, height, &style);
  cairo_restore (p->cr);
  p->y += height + 6;
  ladder_report_paragraph (p, summary);
  ladder_report_flow (p, caption, FALSE, 8, FALSE, 0, 6);
  ladder_report_table (p, table, 7.5);
}

/* Sections ----------------------------------------------------------------- */

/* A person as the paper names them: never a role-only person's name. */
static char *
person_label (LadderAssessment       *assessment,
              const LadderRespondent *who,
              gboolean                with_role)
{
  g_autofree char *label = ladder_assessment_dup_person_label (assessment, who, with_role);

  return ladder_report_safe_text (label);
}

static char *
people (LadderAssessment *assessment)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < ladder_assessment_get_n_respondents (assessment); i++)
    {
      g_autofree char *label = person_label (assessment, ladder_assessment_get_respondent (assessment, i), FALSE);

      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", label);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
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

/* The files given for this paper, each by the publication it comes from
 * where that is known, with its name and the day it was last changed;
 * then any the assessment was made with that were not given, so a reader
 * can tell the figures may differ from those its authors saw. */
static void
data_used (Paper  *p,
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

static void
cover (Paper  *p,
       Report *r)
{
  const char *date = ladder_assessment_get_review_date (r->assessment);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d %B %Y");

  ladder_report_new_page (p);
  p->y = MARGIN + 120;
  ladder_report_flow (p, "Board paper", FALSE, 14, FALSE, 0, 6);
  ladder_report_flow (p, "Support to improve children’s services", FALSE, 24, TRUE, 0, 16);
  ladder_report_flow (p, r->council, FALSE, 18, FALSE, 0, 24);
  if (date != NULL)
    {
      g_autofree char *text = g_strdup_printf ("Assessment dated %s. Paper prepared with Ladder on %s.", date, today);

      ladder_report_paragraph (p, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("Paper prepared with Ladder on %s.", today);

      ladder_report_paragraph (p, text);
    }
  p->y += 12;
  ladder_report_flow (p, "Who took part", FALSE, BODY_SIZE, TRUE, 0, 4);
  for (guint i = 0; i < ladder_assessment_get_n_respondents (r->assessment); i++)
    {
      const LadderRespondent *who = ladder_assessment_get_respondent (r->assessment, i);
      g_autofree char *text = person_label (r->assessment, who, TRUE);

      ladder_report_bullet (p, "•", text, 0);
    }
  p->y += 12;
  ladder_report_flow (p, "Data used", FALSE, BODY_SIZE, TRUE, 0, 4);
  data_used (p, r);
  if (r->fictional)
    {
      p->y += 12;
      ladder_report_flow (p, "<b>The council and every figure in this paper are fictional.</b> They come from Ladder’s "
            "demonstration data and describe no real place.", TRUE, BODY_SIZE, FALSE, 0, 6);
    }
  else if (r->dataset == NULL && strstr (r->council, "(fictional)") != NULL)
    {
      p->y += 12;
      ladder_report_flow (p, "<b>The council in this paper is fictional.</b>", TRUE, BODY_SIZE, FALSE, 0, 6);
    }
}

static void
summary (Paper  *p,
         Report *r)
{
  LadderRecommendation *a = r->advice;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *who = people (r->assessment);
  guint n = ladder_assessment_get_n_respondents (r->assessment);

  ladder_report_heading (p, 1, "Summary", TRUE);
  g_autofree char *confidence = g_utf8_strdown (ladder_confidence_get_label (a->confidence), -1);

  if (a->primary != NULL)
    g_string_printf (text, "For %s, Ladder recommends %s, with %s confidence. ", r->council, a->primary->name,
                     confidence);
  else
    g_string_printf (text, "For %s, Ladder makes no single recommendation (%s confidence). ", r->council,
                     confidence);
  g_string_append_printf (text, "The pattern of answers: %s. %s ", a->rule->title, a->rule->summary);
  {
    /* The labels are written for headings: lower-case them in a sentence. */
    g_autofree char *self_assess = g_utf8_strdown (ladder_level_get_label (a->capacities[0].level), -1);
    g_autofree char *strategy = g_utf8_strdown (ladder_level_get_label (a->capacities[1].level), -1);
    g_autofree char *implement = g_utf8_strdown (ladder_level_get_label (a->capacities[2].level), -1);

    g_string_append_printf (text, "The capacity to self-assess is %s, to set a strategy %s, and to implement "
                            "%s. ", self_assess, strategy, implement);
  }
  g_string_append_printf (text, "%u of %u questions were answered, by %u %s (%s).", a->n_answered, a->n_questions,
                          n, n == 1 ? "person" : "people", who);
  ladder_report_paragraph (p, text->str);
}

static void
capacities (Paper  *p,
            Report *r)
{
  static const char * const level_headers[LADDER_N_LEADERSHIP_LEVELS] = {
    "Political", "Corporate", "Service", "Partners",
  };
  LadderRecommendation *a = r->advice;
  g_autoptr(LadderTable) t = ladder_table_new (2 + LADDER_N_LEADERSHIP_LEVELS);
  LadderLevel levels[LADDER_N_CAPACITIES];
  LadderLadderStyle style = { { 0.1, 0.1, 0.1 }, { 0.35, 0.35, 0.35 }, NULL };
  g_autofree char *described = NULL;

  ladder_report_heading (p, 1, "The three capacities", FALSE);
  ladder_report_paragraph (p, "Each capacity is judged at each leadership level from the questions about that level’s part, on "
             "a scale of 1 (not in place) to 4 (fully in place). The weakest of the political, corporate and "
             "service levels decides the capacity (and partners’ too, for implementation): strong leadership at "
             "one level cannot make up for another without a grip. Partners’ part in self-assessment and "
             "strategy counts towards whether oversight is working.");
  ladder_table_set_header (t, 0, "Capacity", FALSE);
  ladder_table_set_header (t, 1, "Level (weakest)", FALSE);
  for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
    ladder_table_set_header (t, 2 + l, level_headers[l], FALSE);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityResult *capacity = &a->capacities[c];
      guint row = ladder_table_add_row (t);

      levels[c] = capacity->level;
      ladder_table_set (t, row, 0, ladder_capacity_get_title (c));
      ladder_table_take (t, row, 1, g_strdup_printf ("%s%s", ladder_level_get_label (capacity->level),
                                                     capacity->lowered ? " (held back: views differ)" : ""));
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          const LadderLevelResult *level = &capacity->by_level[l];
          g_autofree char *label = g_utf8_strdown (ladder_level_get_label (level->level), -1);

          if (level->level == LADDER_LEVEL_UNKNOWN)
            ladder_table_set (t, row, 2 + l, "no ratings");
          else
            ladder_table_take (t, row, 2 + l, g_strdup_printf ("%.1f, %s", level->score, label));
        }
    }
  ladder_report_table (p, t, 9);
  {
    g_autoptr(GString) rated = g_string_new ("Questions rated: ");

    for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
      g_string_append_printf (rated, "%s%s %u of %u", c > 0 ? "; " : "", ladder_capacity_get_short_title (c),
                              a->capacities[c].n_answered, a->capacities[c].n_questions);
    g_string_append (rated, ".");
    ladder_report_paragraph (p, rated->str);
  }
  if (p->y + 170 > BOTTOM)
    ladder_report_new_page (p);
  cairo_save (p->cr);
  cairo_translate (p->cr, MARGIN, p->y);
  ladder_paint_capacity_ladder (p->cr, CONTENT_WIDTH, 160, levels, &style);
  cairo_restore (p->cr);
  p->y += 170;
  described = ladder_capacity_ladder_describe (levels);
  ladder_report_paragraph (p, described);

  {
    g_autofree char *partners = ladder_recommendation_describe_partners (a);

    if (partners != NULL)
      ladder_report_paragraph (p, partners);
  }
  ladder_report_heading (p, 2, "The nature of the difficulties", FALSE);
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    {
      g_autofree char *text = NULL;

      if (!ladder_recommendation_flag_applies (a, f))
        continue;
      text = g_strdup_printf ("%s: %s", ladder_flag_get_title (f), ladder_flag_state_get_answer (a->state.flags[f]));
      ladder_report_bullet (p, "•", text, 0);
    }
}

static void
findings (Paper  *p,
          Report *r,
          char  **ids)
{
  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    {
      const LadderFinding *finding = ladder_content_find_finding (r->content, ids[f]);
      const LadderSource *source = finding != NULL ? ladder_content_find_source (r->content, finding->source) : NULL;
      g_autofree char *text = NULL;

      if (finding == NULL || source == NULL)
        continue;
      text = g_strdup_printf ("Research: %s (%s, %d)", finding->title, source->author, source->year);
      ladder_report_bullet (p, "–", text, 18);
    }
}

static void
recommendation (Paper  *p,
                Report *r)
{
  LadderRecommendation *a = r->advice;

  ladder_report_heading (p, 1, "The recommendation", TRUE);
  {
    g_autofree char *text = g_strdup_printf ("Recommended form of support: %s.",
                                             ladder_recommendation_get_primary_name (a));

    ladder_report_flow (p, text, FALSE, 11, TRUE, 0, 6);
  }
  if (a->context_notes->len > 0)
    ladder_report_heading (p, 2, "How the context shaped the advice", FALSE);
  for (guint i = 0; i < a->context_notes->len; i++)
    ladder_report_bullet (p, "•", a->context_notes->pdata[i], 0);
  ladder_report_heading (p, 2, "What to put in place", FALSE);
  for (guint i = 0; i < a->package->len; i++)
    {
      const LadderPackageItem *item = a->package->pdata[i];
      const LadderForm *form = item->form != NULL ? ladder_content_find_form (r->content, item->form) : NULL;
      g_autofree char *text = g_strdup_printf ("%s%s%s", form != NULL ? form->name : "", form != NULL ? ": " : "",
                                               item->text);

      ladder_report_bullet (p, "•", text, 0);
    }
  ladder_report_heading (p, 2, "Why", FALSE);
  for (guint i = 0; i < a->reasons->len; i++)
    {
      const LadderReason *reason = a->reasons->pdata[i];
      g_autofree char *mark = g_strdup_printf ("%u.", i + 1);

      ladder_report_bullet (p, mark, reason->statement->text, 0);
      for (guint k = 0; k < reason->answers->len; k++)
        {
          const LadderQuestionResult *answer = reason->answers->pdata[k];
          g_autofree char *rating = ladder_recommendation_describe_answer (answer);
          g_autofree char *text = g_strdup_printf ("Answer: “%s”: %s", answer->question->statement, rating);

          ladder_report_bullet (p, "–", text, 18);
        }
      findings (p, r, reason->statement->findings);
    }
  if (a->caveats->len > 0)
    ladder_report_heading (p, 2, "Caveats", FALSE);
  for (guint i = 0; i < a->caveats->len; i++)
    ladder_report_bullet (p, "•", ((LadderStatement *) a->caveats->pdata[i])->text, 0);
  ladder_report_heading (p, 2, "How confident this is", FALSE);
  {
    g_autofree char *text = g_strdup_printf ("Confidence: %s.", ladder_confidence_get_label (a->confidence));

    ladder_report_paragraph (p, text);
  }
  for (guint i = 0; i < a->confidence_reasons->len; i++)
    ladder_report_bullet (p, "•", a->confidence_reasons->pdata[i], 0);
  if (a->primary == NULL)
    {
      ladder_report_heading (p, 2, "More answers needed", FALSE);
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        {
          g_autofree char *needs = ladder_recommendation_describe_needs (a, c);

          if (needs != NULL)
            ladder_report_bullet (p, "•", needs, 0);
        }
      return;
    }
  ladder_report_heading (p, 2, "What would change it", FALSE);
  if (a->changes->len == 0)
    ladder_report_paragraph (p, "No change of one or two answers would lead to a different form of support.");
  for (guint i = 0; i < a->changes->len; i++)
    {
      g_autofree char *text = ladder_recommendation_describe_change (a, a->changes->pdata[i]);

      ladder_report_bullet (p, "•", text, 0);
    }
}

static void
success_factors (Paper  *p,
                 Report *r)
{
  const LadderForm *form = r->advice->primary;
  g_autofree char *title = NULL;

  if (form == NULL)
    return;
  title = g_strdup_printf ("What makes %s work", form->name);
  ladder_report_heading (p, 1, title, FALSE);
  ladder_report_paragraph (p, "The conditions the research links to success with this form of support, and whether the "
             "plan has them in hand yet.");
  for (guint i = 0; i < form->success_factors->len; i++)
    {
      const LadderChecklistItem *item = form->success_factors->pdata[i];
      gboolean done = ladder_assessment_get_plan_item (r->assessment, item->id);
      g_autofree char *text = g_strdup_printf ("%s (%s)", item->text, done ? "in hand" : "still to do");

      ladder_report_bullet (p, done ? "☑" : "☐", text, 0);
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

/**
 * ladder_report_choose_indicators:
 * @content: the question bank
 * @assessment: the assessment
 * @dataset: (nullable): the data loaded
 * @limit: at most this many
 *
 * Returns: (transfer full): the measures for the paper's evidence: those
 *   chosen on the assessment that the data has, or else those the weakest
 *   answers link to, weakest first.
 */
static char **
choose_indicators (LadderAssessment     *assessment,
                   LadderDataset        *dataset,
                   LadderRecommendation *advice,
                   guint                 limit);

char **
ladder_report_choose_indicators (LadderContent    *content,
                                 LadderAssessment *assessment,
                                 LadderDataset    *dataset,
                                 guint             limit)
{
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);

  return choose_indicators (assessment, dataset, advice, limit);
}

/* The same, with the advice the paper already has. */
static char **
choose_indicators (LadderAssessment     *assessment,
                   LadderDataset        *dataset,
                   LadderRecommendation *advice,
                   guint                 limit)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char * const *chosen = ladder_assessment_get_indicators (assessment);
  guint measure, n = 0;

  if (dataset == NULL)
    return g_strv_builder_end (codes);
  for (guint i = 0; chosen != NULL && chosen[i] != NULL && n < limit; i++)
    if (ladder_dataset_find_measure (dataset, chosen[i], &measure) && g_hash_table_add (seen, (gpointer) chosen[i]))
      {
        g_strv_builder_add (codes, chosen[i]);
        n++;
      }
  if (n == 0)
    {
      g_autoptr(GPtrArray) order = g_ptr_array_new ();

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
  return g_strv_builder_end (codes);
}

/* The assessment's council in the data, by code or else by name: FALSE
 * without data, or when the data lacks it or it is not a council. */
gboolean
ladder_report_find_council (Report *r,
                            guint  *area)
{
  return ladder_dataset_find_council (r->dataset, ladder_assessment_get_council_code (r->assessment),
                                      ladder_assessment_get_council_name (r->assessment), area);
}

static void
evidence (Paper  *p,
          Report *r)
{
  g_auto(GStrv) codes = choose_indicators (r->assessment, r->dataset, r->advice, MAX_CHARTS - 1);
  const char * const *chosen = ladder_assessment_get_indicators (r->assessment);
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
  guint council;

  ladder_report_heading (p, 1, "Evidence", TRUE);
  if (r->dataset == NULL)
    {
      ladder_report_paragraph (p, "No data was given, so this paper has no charts.");
      return;
    }
  if (!ladder_report_find_council (r, &council))
    {
      const char *asked = ladder_assessment_get_council_name (r->assessment);
      g_autofree char *suggestion = ladder_search_did_you_mean (r->dataset, asked != NULL ? asked : "");
      g_autofree char *safe = ladder_report_safe_text (suggestion);
      g_autofree char *text = g_strdup_printf ("%s is not in the data given, so this paper has no charts and "
                                               "shows no other council’s figures in its place. %s", r->council, safe);

      ladder_report_paragraph (p, text);
      return;
    }
  if (codes[0] == NULL)
    {
      ladder_report_paragraph (p, "None of the indicators linked to the questions is in the data given.");
      return;
    }
  ladder_report_paragraph (p, chosen != NULL && chosen[0] != NULL
             ? "The indicators chosen for this assessment: first together, then each over time beside the "
               "council’s statistical neighbours, its region and England."
             : "The indicators linked to the weakest answers, weakest first: first together, then each over "
               "time beside the council’s statistical neighbours, its region and England.");
  for (guint i = 0; codes[i] != NULL; i++)
    {
      guint measure;

      if (ladder_dataset_find_measure (r->dataset, codes[i], &measure))
        g_array_append_val (measures, measure);
    }
  {
    g_autoptr(LadderChart) scorecard = ladder_chart_new (r->dataset, LADDER_CHART_SCORECARD,
                                                         (const guint *) measures->data, measures->len, council,
                                                         NULL);

    if (scorecard != NULL)
      {
        g_autofree char *title = ladder_report_safe_text (ladder_chart_get_title (scorecard));

        ladder_report_heading (p, 2, title, FALSE);
        chart (p, scorecard, MIN (28, CONTENT_WIDTH / 32) * (measures->len + 1.5) + 2);
      }
  }
  for (guint i = 0; i < measures->len; i++)
    {
      g_autoptr(GError) error = NULL;
      guint measure = g_array_index (measures, guint, i);
      g_autoptr(LadderChart) trend = ladder_chart_new (r->dataset, LADDER_CHART_TREND, &measure, 1, council, &error);
      g_autofree char *title = NULL;

      if (trend == NULL)
        continue;
      title = ladder_report_safe_text (ladder_chart_get_title (trend));
      ladder_report_heading (p, 2, title, FALSE);
      chart (p, trend, 250);
    }
}

static void
appendix (Paper  *p,
          Report *r)
{
  ladder_report_heading (p, 1, "Appendix: every answer", TRUE);
  ladder_report_paragraph (p, "Each question with each person’s rating and note. Notes marked private are left out.");
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      const LadderSectionInfo *section = ladder_content_get_section (r->content, s);

      ladder_report_heading (p, 2, section->title, FALSE);
      for (guint q = 0; q < section->questions->len; q++)
        {
          const LadderQuestion *question = section->questions->pdata[q];
          gboolean any = FALSE;

          if (p->y + 40 > BOTTOM)
            ladder_report_new_page (p);
          ladder_report_flow (p, question->statement, FALSE, BODY_SIZE, TRUE, 0, 2);
          for (guint i = 0; i < ladder_assessment_get_n_respondents (r->assessment); i++)
            {
              const LadderRespondent *who = ladder_assessment_get_respondent (r->assessment, i);
              const LadderAnswer *answer = ladder_assessment_get_answer (r->assessment, who->id, question->id);
              g_autofree char *label = NULL, *note = NULL, *text = NULL;

              if (answer == NULL || answer->rating == LADDER_RATING_NONE)
                continue;
              any = TRUE;
              label = person_label (r->assessment, who, FALSE);
              /* A private note never leaves the assessment. A note keeps its
               * paragraphs, but not blank lines by the thousand. */
              if (!answer->private_note && answer->note != NULL)
                note = ladder_sanitise_for_paper (answer->note, LADDER_SANITISE_PARAGRAPHS);
              text = g_strdup_printf ("%s: %s%s%s", label, ladder_rating_get_label (answer->rating),
                                      note != NULL && *note != '\0' ? ". Note: " : "", note != NULL ? note : "");
              ladder_report_bullet (p, "–", text, 0);
            }
          if (!any)
            ladder_report_bullet (p, "–", "Not answered", 0);
          p->y += 4;
        }
    }
}

static void
glossary (Paper  *p,
          Report *r)
{
  GPtrArray *forms = ladder_content_get_forms (r->content);

  ladder_report_heading (p, 1, "Glossary: the forms of support", TRUE);
  for (guint i = 0; i < forms->len; i++)
    {
      const LadderForm *form = forms->pdata[i];

      ladder_report_flow (p, form->name, FALSE, BODY_SIZE, TRUE, 0, 2);
      ladder_report_paragraph (p, form->summary);
    }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The running order a board would table. */
typedef void (*Section) (Paper *p, Report *r);
static const Section sections[] = {
  cover, summary, capacities, ladder_report_review, ladder_report_checks,
  recommendation, success_factors, ladder_report_evidence_log, ladder_report_action_plan,
  ladder_report_since_last_review, evidence, appendix, glossary,
};

static gboolean
lay_out (Paper                *p,
         Report               *r,
         LadderReportProgress  progress,
         gpointer              user_data,
         GCancellable         *cancellable,
         GError              **error)
{
  ladder_report_begin (p, r->council);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      sections[i] (p, r);
      if (progress != NULL)
        progress ((i + 1.0) / G_N_ELEMENTS (sections), user_data);
    }
  ladder_report_end (p);
  return error == NULL || *error == NULL;
}

struct _LadderReport
{
  LadderContent        *content;
  LadderAssessment     *assessment;
  LadderDataset        *dataset;
  LadderRecommendation *advice;
  char                 *council;     /* sanitised, for the paper */
  int                   n_pages;     /* 0 until counted */
};

static Report
report_of (LadderReport *self)
{
  return (Report) { self->content, self->assessment, self->dataset, self->advice, self->council,
                    ladder_data_is_demo (self->dataset) };
}

/**
 * ladder_report_new:
 * @content: the question bank and library
 * @assessment: the assessment; the report keeps a reference, so give it a
 *   copy if it will change (or is used on another thread)
 * @dataset: (nullable): the data for the evidence charts
 *
 * Returns: (transfer full): the board paper, to write or to print.
 */
LadderReport *
ladder_report_new (LadderContent    *content,
                   LadderAssessment *assessment,
                   LadderDataset    *dataset)
{
  LadderReport *self = g_new0 (LadderReport, 1);

  self->content = ladder_content_ref (content);
  self->assessment = g_object_ref (assessment);
  self->dataset = dataset != NULL ? ladder_dataset_ref (dataset) : NULL;
  self->advice = ladder_recommend (content, assessment);
  self->council = ladder_report_safe_text (ladder_assessment_get_council_name (assessment));
  if (*self->council == '\0')
    {
      g_free (self->council);
      self->council = g_strdup ("No council named");
    }
  return self;
}

void
ladder_report_free (LadderReport *self)
{
  if (self == NULL)
    return;
  ladder_content_unref (self->content);
  g_object_unref (self->assessment);
  g_clear_pointer (&self->dataset, ladder_dataset_unref);
  ladder_recommendation_unref (self->advice);
  g_free (self->council);
  g_free (self);
}

/* Lays the paper out drawing only page @target (1-based) on @cr, or none. */
static int
draw_only (LadderReport *self,
           cairo_t      *cr,
           int           target)
{
  cairo_surface_t *pixel = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  Report report = report_of (self);
  Paper paper = { 0 };

  paper.sink = cairo_create (pixel);
  paper.target = cr;
  paper.target_page = target;
  paper.cr = paper.sink;
  lay_out (&paper, &report, NULL, NULL, NULL, NULL);
  cairo_destroy (paper.sink);
  cairo_surface_destroy (pixel);
  return paper.page;
}

/**
 * ladder_report_get_n_pages:
 * @self: the paper
 *
 * Returns: how many A4 pages it has.
 */
int
ladder_report_get_n_pages (LadderReport *self)
{
  if (self->n_pages == 0)
    self->n_pages = draw_only (self, NULL, 0);
  return self->n_pages;
}

/**
 * ladder_report_draw_page:
 * @self: the paper
 * @cr: where to draw, in points, the page's top left at the origin
 * @page: the page, from 0
 *
 * Draws one page exactly as the PDF has it, for printing.
 */
void
ladder_report_draw_page (LadderReport *self,
                         cairo_t      *cr,
                         int           page)
{
  draw_only (self, cr, page + 1);
}

/**
 * ladder_report_render_pdf:
 * @self: the paper
 * @progress: (nullable) (scope call): told the share done after each section
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the board paper as PDF bytes.
 */
GBytes *
ladder_report_render_pdf (LadderReport          *self,
                          LadderReportProgress   progress,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Report report = report_of (self);
  Paper paper = { 0 };
  /* A viewer shows the metadata as it is, not drawn with pango. */
  g_autofree char *council = ladder_sanitise_for_paper (report.council, PLAIN_TEXT);
  g_autofree char *title = g_strdup_printf ("Board paper: %s", council);
  g_autofree char *people_isolated = people (self->assessment);
  g_autofree char *who = ladder_sanitise_for_paper (people_isolated, PLAIN_TEXT);
  g_autofree char *subject = g_strdup_printf ("Recommended: %s", ladder_recommendation_get_primary_name (self->advice));
  cairo_status_t status;
  gboolean done;

  paper.surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  paper.cr = cairo_create (paper.surface);
  paper.target_page = -1;
  cairo_pdf_surface_set_metadata (paper.surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (paper.surface, CAIRO_PDF_METADATA_AUTHOR, who);
  cairo_pdf_surface_set_metadata (paper.surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (paper.surface, CAIRO_PDF_METADATA_CREATOR, "Ladder");
  done = lay_out (&paper, &report, progress, user_data, cancellable, error);
  self->n_pages = paper.page;
  cairo_destroy (paper.cr);
  cairo_surface_finish (paper.surface);
  status = cairo_surface_status (paper.surface);
  cairo_surface_destroy (paper.surface);
  if (!done)
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The board paper could not be drawn: %s",
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * ladder_report_render:
 * @content: the question bank and library
 * @assessment: the assessment
 * @dataset: (nullable): the data for the evidence charts
 * @progress: (nullable) (scope call): told the share done after each section
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the board paper as PDF bytes.
 */
GBytes *
ladder_report_render (LadderContent         *content,
                      LadderAssessment      *assessment,
                      LadderDataset         *dataset,
                      LadderReportProgress   progress,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(LadderReport) report = ladder_report_new (content, assessment, dataset);

  return ladder_report_render_pdf (report, progress, user_data, cancellable, error);
}

/**
 * ladder_report_write:
 * @content: the question bank and library
 * @assessment: the assessment
 * @dataset: (nullable): the data for the evidence charts
 * @path: where to write the PDF; replaced whole, or not at all
 * @progress: (nullable) (scope call): told the share done
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Returns: %TRUE when the paper was written.
 */
gboolean
ladder_report_write (LadderContent         *content,
                     LadderAssessment      *assessment,
                     LadderDataset         *dataset,
                     const char            *path,
                     LadderReportProgress   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  g_autoptr(GBytes) pdf = ladder_report_render (content, assessment, dataset, progress, user_data, cancellable,
                                                error);
  gsize length;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  return ladder_file_write_atomic (path, data, length, error);
}
