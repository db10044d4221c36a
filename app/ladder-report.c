/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper: an assessment, its recommendation and its evidence as
 * an A4 PDF, drawn with cairo's PDF surface and pango, with no GTK.
 *
 * The paper is laid out top to bottom by a small flow engine
 * (ladder-report-flow.c): paragraphs break between lines, tables between
 * rows (repeating their headings, ladder-report-table.c), figures move
 * whole to the next page, no heading is left last on a page, and each
 * section heading adds a PDF bookmark. The PDF is tagged as it is drawn
 * (sections, headings, paragraphs, lists, tables, figures, in reading
 * order), then finished with qpdf (ladder-pdf-finish.c): its language,
 * its title shown as the window's title, each figure's alternative text.
 * Every page but the cover carries the council's name at the top (cut
 * short to one line); every page its number (and the report's) at the
 * foot, and the protective marking, if any, at the top and foot. Text
 * stays text (selectable, searchable) and cairo embeds the fonts it uses.
 *
 * What goes in, each section unless the options leave it out: the cover
 * (council, report number, author, marking, date, who took part, the data
 * by publication and whether it is fictional), a summary, what the board
 * is asked to do (ladder-report-board.c), the three capacities as a table
 * and as the ladder, the review (who took part by level, what each level
 * makes of each capacity, where views differ and the questions on which
 * people differ most: ladder-report-review.c), the answers checked
 * against the figures and the evidence log (ladder-report-follow-up.c),
 * the recommendation with every reason and the answers and research
 * behind it, caveats, confidence and what would change it, the
 * recommended form's success factors, what the reviewers saw and the
 * action plan (ladder-report-plan.c), for a follow-up review what has
 * changed since the last (ladder-report-follow-up.c), the evidence (the
 * indicators chosen for the paper or on the assessment, or else those
 * linked to the weakest answers: a scorecard, then each as a chart with
 * its summary and table, ladder-report-evidence.c), every answer and
 * note, and a glossary of the forms of support. A note or evidence entry
 * marked private never goes in, people are named by their labels (never
 * a role-only person's name), and every text from a file (the assessment,
 * the data, the options) goes through ladder_sanitise_for_paper(): no
 * control character shows as a box, none can reorder the text around it,
 * and no run of line breaks or spaces can fill pages. */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-chart.h"
#include "ladder-data-load.h"
#include "ladder-glossary.h"
#include "ladder-pdf-finish.h"
#include "ladder-recommendation.h"
#include "ladder-report.h"
#include "ladder-report-private.h"
#include "ladder-review.h"
#include "ladder-sanitise.h"
#include "ladder-search.h"

#define PLAIN_TEXT (LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES)

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

/* "Author: Sam Ortiz" on the cover, when given. */
static void
particular (Paper      *p,
            const char *label,
            const char *value)
{
  g_autofree char *safe = NULL, *text = NULL;

  if (value == NULL || *value == '\0')
    return;
  safe = ladder_report_safe_text (value);
  text = g_strdup_printf ("%s: %s", label, safe);
  ladder_report_paragraph (p, text);
}

static void
cover (Paper  *p,
       Report *r)
{
  const char *date = ladder_assessment_get_review_date (r->assessment);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d %B %Y");
  g_autofree char *dated = date != NULL ? ladder_report_long_date (date) : NULL;
  g_autofree char *prepared = dated != NULL
    ? g_strdup_printf ("Assessment dated %s. Paper prepared with Ladder on %s.", dated, today)
    : g_strdup_printf ("Paper prepared with Ladder on %s.", today);

  ladder_report_new_page (p);
  p->y = MARGIN + 100;
  ladder_report_flow (p, "P", "Board paper", FALSE, 14, FALSE, 6);
  ladder_report_heading (p, 1, "Support to improve children’s services",
                         LADDER_HEADING_TITLE | LADDER_HEADING_NO_BOOKMARK);
  ladder_report_flow (p, "P", r->council, FALSE, 18, FALSE, 20);
  particular (p, "Report number", r->options->report_number);
  particular (p, "Author", r->options->author);
  particular (p, "Protective marking", r->options->marking);
  ladder_report_paragraph (p, prepared);
  ladder_report_heading (p, 2, "Who took part", LADDER_HEADING_SMALL | LADDER_HEADING_NO_BOOKMARK);
  for (guint i = 0; i < ladder_assessment_get_n_respondents (r->assessment); i++)
    {
      const LadderRespondent *who = ladder_assessment_get_respondent (r->assessment, i);
      g_autofree char *text = person_label (r->assessment, who, TRUE);

      ladder_report_bullet (p, "•", text, 0);
    }
  ladder_report_heading (p, 2, "Data used", LADDER_HEADING_SMALL | LADDER_HEADING_NO_BOOKMARK);
  ladder_report_data_used (p, r);
  p->y += 12;
  if (r->fictional)
    ladder_report_flow (p, "P", "<b>The council and every figure in this paper are fictional.</b> They come from "
                        "Ladder’s demonstration data and describe no real place.", TRUE, BODY_SIZE, FALSE, 6);
  else if (r->dataset == NULL && strstr (r->council, "(fictional)") != NULL)
    ladder_report_flow (p, "P", "<b>The council in this paper is fictional.</b>", TRUE, BODY_SIZE, FALSE, 6);
  ladder_report_break_page (p);
}

static void
summary (Paper  *p,
         Report *r)
{
  LadderRecommendation *a = r->advice;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *who = people (r->assessment);
  g_autofree char *confidence = g_utf8_strdown (ladder_confidence_get_label (a->confidence), -1);
  guint n = ladder_assessment_get_n_respondents (r->assessment);

  ladder_report_heading (p, 1, "Summary", LADDER_HEADING_NEW_PAGE);
  {
    g_autofree char *in_short = ladder_recommendation_describe_in_short (a);
    g_autofree char *line = g_strdup_printf ("In short: %s", in_short);

    ladder_report_paragraph (p, line);
  }

  if (a->primary != NULL)
    g_string_printf (text, "For %s, Ladder recommends %s, with %s confidence. ", r->council, a->primary->name,
                     confidence);
  else
    g_string_printf (text, "For %s, Ladder makes no single recommendation (%s confidence). ", r->council,
                     confidence);
  /* Where each capacity stands is in the short version above. */
  g_string_append_printf (text, "The pattern of answers: %s. %s ", a->rule->title, a->rule->summary);
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
  double scores[LADDER_N_CAPACITIES];
  LadderLadderStyle style = { { 0.1, 0.1, 0.1 }, { 0.35, 0.35, 0.35 }, NULL };
  g_autofree char *described = NULL;

  ladder_report_heading (p, 1, "The three capacities", 0);
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
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    scores[c] = levels[c] == LADDER_LEVEL_UNKNOWN ? NAN : a->capacities[c].score;
  described = ladder_capacity_ladder_describe_scored (levels, scores);
  ladder_report_figure_begin (p, 160, described);
  ladder_paint_capacity_ladder_scored (p->cr, CONTENT_WIDTH, 160, levels, scores, &style);
  ladder_report_figure_end (p, 164);
  ladder_report_paragraph (p, described);

  {
    g_autofree char *partners = ladder_recommendation_describe_partners (a);

    if (partners != NULL)
      ladder_report_paragraph (p, partners);
  }
  ladder_report_heading (p, 2, "The nature of the difficulties", 0);
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

  ladder_report_heading (p, 1, "The recommendation", LADDER_HEADING_NEW_PAGE);
  {
    g_autofree char *text = g_strdup_printf ("Recommended form of support: %s.",
                                             ladder_recommendation_get_primary_name (a));

    ladder_report_flow (p, "P", text, FALSE, 11, TRUE, 6);
  }
  if (a->context_notes->len > 0)
    ladder_report_heading (p, 2, "How the context shaped the advice", 0);
  for (guint i = 0; i < a->context_notes->len; i++)
    ladder_report_bullet (p, "•", a->context_notes->pdata[i], 0);
  ladder_report_heading (p, 2, "What to put in place", 0);
  for (guint i = 0; i < a->package->len; i++)
    {
      const LadderPackageItem *item = a->package->pdata[i];
      const LadderForm *form = item->form != NULL ? ladder_content_find_form (r->content, item->form) : NULL;
      g_autofree char *text = g_strdup_printf ("%s%s%s", form != NULL ? form->name : "", form != NULL ? ": " : "",
                                               item->text);

      ladder_report_bullet (p, "•", text, 0);
    }
  ladder_report_heading (p, 2, "Why", 0);
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
    ladder_report_heading (p, 2, "Caveats", 0);
  for (guint i = 0; i < a->caveats->len; i++)
    ladder_report_bullet (p, "•", ((LadderStatement *) a->caveats->pdata[i])->text, 0);
  ladder_report_heading (p, 2, "How confident this is", 0);
  {
    g_autofree char *text = g_strdup_printf ("Confidence: %s.", ladder_confidence_get_label (a->confidence));

    ladder_report_paragraph (p, text);
  }
  for (guint i = 0; i < a->confidence_reasons->len; i++)
    ladder_report_bullet (p, "•", a->confidence_reasons->pdata[i], 0);
  if (a->primary == NULL)
    {
      ladder_report_heading (p, 2, "More answers needed", 0);
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        {
          g_autofree char *needs = ladder_recommendation_describe_needs (a, c);

          if (needs != NULL)
            ladder_report_bullet (p, "•", needs, 0);
        }
      return;
    }
  ladder_report_heading (p, 2, "What would change it", 0);
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
  ladder_report_heading (p, 1, title, 0);
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
appendix (Paper  *p,
          Report *r)
{
  ladder_report_heading (p, 1, "Appendix: every answer", LADDER_HEADING_NEW_PAGE);
  ladder_report_paragraph (p, "Each question with each person’s rating and note. Notes marked private are left out.");
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      const LadderSectionInfo *section = ladder_content_get_section (r->content, s);

      ladder_report_heading (p, 2, section->title, 0);
      for (guint q = 0; q < section->questions->len; q++)
        {
          const LadderQuestion *question = section->questions->pdata[q];
          gboolean any = FALSE;

          ladder_report_heading (p, 3, question->statement, 0);
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

  ladder_report_heading (p, 1, "Glossary: the forms of support", LADDER_HEADING_NEW_PAGE);
  for (guint i = 0; i < forms->len; i++)
    {
      const LadderForm *form = forms->pdata[i];

      ladder_report_heading (p, 3, form->name, 0);
      ladder_report_paragraph (p, form->summary);
    }
  /* The words the evidence uses, as the window explains them. */
  ladder_report_heading (p, 1, "Glossary: what the figures mean", 0);
  for (guint i = 0; i < ladder_glossary_get_n_terms (); i++)
    {
      const char *meaning;

      ladder_report_heading (p, 3, ladder_glossary_get_term (i, &meaning), 0);
      ladder_report_paragraph (p, meaning);
    }
}

/* The running order a board would table, each section by the name
 * `ladder report --sections` knows it by. The cover always goes first. */
typedef struct
{
  const char *id;
  const char *title;
  void      (*lay_out) (Paper *p, Report *r);
} Section;

static const Section sections[] = {
  { "summary", "Summary", summary },
  { "board", "Recommendations to the board", ladder_report_board },
  { "capacities", "The three capacities", capacities },
  { "review", "The review", ladder_report_review },
  { "checks", "Checking the answers against the evidence", ladder_report_checks },
  { "recommendation", "The recommendation", recommendation },
  { "success-factors", "What makes the recommended support work", success_factors },
  { "evidence-log", "What the reviewers saw", ladder_report_evidence_log },
  { "action-plan", "The action plan", ladder_report_action_plan },
  { "since-last-review", "Since the last review (a follow-up only)", ladder_report_since_last_review },
  { "evidence", "Evidence: the indicators’ charts", ladder_report_evidence },
  { "appendix", "Appendix: every answer", appendix },
  { "glossary", "Glossaries: the forms of support and what the figures mean", glossary },
};

/**
 * ladder_report_get_section_id:
 * @index: from 0
 *
 * Returns: (nullable): the name of the paper's @index'th section after
 *   the cover, in the order they are laid out, or %NULL past the last.
 */
const char *
ladder_report_get_section_id (guint index)
{
  return index < G_N_ELEMENTS (sections) ? sections[index].id : NULL;
}

/**
 * ladder_report_get_section_title:
 * @index: from 0
 *
 * Returns: (nullable): the @index'th section's name for people, as a list
 *   of sections to choose from shows it.
 */
const char *
ladder_report_get_section_title (guint index)
{
  return index < G_N_ELEMENTS (sections) ? sections[index].title : NULL;
}

static gboolean
included (const LadderReportOptions *options,
          const char                *id)
{
  return options->sections == NULL || g_strv_contains ((const char * const *) options->sections, id);
}

static gboolean
lay_out (Paper                *p,
         Report               *r,
         LadderReportProgress  progress,
         gpointer              user_data,
         GCancellable         *cancellable,
         GError              **error)
{
  ladder_report_begin (p, r->council, r->options);
  cover (p, r);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      if (included (r->options, sections[i].id))
        sections[i].lay_out (p, r);
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
  LadderReportOptions  *options;
  int                   n_pages;     /* 0 until counted */
};

static Report
report_of (LadderReport *self)
{
  return (Report) { self->content, self->assessment, self->dataset, self->advice, self->council,
                    ladder_data_is_demo (self->dataset), self->options };
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
  self->options = ladder_report_options_new ();
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
  ladder_report_options_free (self->options);
  g_free (self->council);
  g_free (self);
}

/**
 * ladder_report_set_options:
 * @self: the paper
 * @options: (nullable): its author, number, marking, sections and
 *   indicators; %NULL for the defaults
 *
 * Sets what the paper says beyond the assessment, and what goes in.
 */
void
ladder_report_set_options (LadderReport              *self,
                           const LadderReportOptions *options)
{
  g_return_if_fail (self != NULL);

  ladder_report_options_free (self->options);
  self->options = ladder_report_options_copy (options);
  self->n_pages = 0;
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
  g_ptr_array_unref (paper.figure_alts);
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

/* The title, author and subject a viewer shows: as they are, since no
 * pango draws them, so without the isolates the page's text has. The
 * author is the paper's if given, or else the people who took part. */
static void
set_metadata (LadderReport    *self,
              cairo_surface_t *surface)
{
  g_autofree char *council = ladder_sanitise_for_paper (self->council, PLAIN_TEXT);
  g_autofree char *title = g_strdup_printf ("Board paper: %s", council);
  g_autofree char *people_isolated = people (self->assessment);
  const char *author = self->options->author != NULL && *self->options->author != '\0' ? self->options->author
                                                                                       : people_isolated;
  g_autofree char *who = ladder_sanitise_for_paper (author, PLAIN_TEXT);
  g_autofree char *subject = g_strdup_printf ("Recommended: %s", ladder_recommendation_get_primary_name (self->advice));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, who);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ladder");
}

/**
 * ladder_report_render_pdf:
 * @self: the paper
 * @progress: (nullable) (scope call): told the share done after each section
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the board paper as a tagged PDF in
 *   British English, in memory.
 */
GBytes *
ladder_report_render_pdf (LadderReport          *self,
                          LadderReportProgress   progress,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) drawn = NULL;
  g_autoptr(GPtrArray) alts = NULL;
  Report report = report_of (self);
  Paper paper = { 0 };
  cairo_status_t status;
  gboolean done;

  paper.surface = cairo_pdf_surface_create_for_stream (ladder_cairo_append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  paper.cr = cairo_create (paper.surface);
  paper.target_page = -1;
  set_metadata (self, paper.surface);
  done = lay_out (&paper, &report, progress, user_data, cancellable, error);
  alts = paper.figure_alts;
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
  drawn = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return ladder_pdf_finish (drawn, "en-GB", alts, error);
}

/**
 * ladder_report_render:
 * @content: the question bank and library
 * @assessment: the assessment
 * @dataset: (nullable): the data for the evidence charts
 * @options: (nullable): the paper's options, or %NULL for the defaults
 * @progress: (nullable) (scope call): told the share done after each section
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the board paper as PDF bytes.
 */
GBytes *
ladder_report_render (LadderContent              *content,
                      LadderAssessment           *assessment,
                      LadderDataset              *dataset,
                      const LadderReportOptions  *options,
                      LadderReportProgress        progress,
                      gpointer                    user_data,
                      GCancellable               *cancellable,
                      GError                    **error)
{
  g_autoptr(LadderReport) report = ladder_report_new (content, assessment, dataset);

  ladder_report_set_options (report, options);
  return ladder_report_render_pdf (report, progress, user_data, cancellable, error);
}

/**
 * ladder_report_write:
 * @content: the question bank and library
 * @assessment: the assessment
 * @dataset: (nullable): the data for the evidence charts
 * @options: (nullable): the paper's options, or %NULL for the defaults
 * @path: where to write the PDF; replaced whole, or not at all
 * @progress: (nullable) (scope call): told the share done
 * @user_data: for @progress
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * The paper is made whole in memory, finished with qpdf, and only then
 * written, atomically.
 *
 * Returns: %TRUE when the paper was written.
 */
gboolean
ladder_report_write (LadderContent              *content,
                     LadderAssessment           *assessment,
                     LadderDataset              *dataset,
                     const LadderReportOptions  *options,
                     const char                 *path,
                     LadderReportProgress        progress,
                     gpointer                    user_data,
                     GCancellable               *cancellable,
                     GError                    **error)
{
  g_autoptr(GBytes) pdf = ladder_report_render (content, assessment, dataset, options, progress, user_data,
                                                cancellable, error);
  gsize length;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  return ladder_file_write_atomic (path, data, length, error);
}
