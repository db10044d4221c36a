/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of the board paper share: the page, the flow layout's
 * helpers and what the paper is about. Nothing else should use it. */
#pragma once

#include <pango/pangocairo.h>

#include "ladder-assessment.h"
#include "ladder-chart.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"
#include "ladder-report.h"
#include "ladder-table.h"

G_BEGIN_DECLS

#define PAGE_WIDTH    595.276
#define PAGE_HEIGHT   841.89
#define MARGIN        56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define BOTTOM        (PAGE_HEIGHT - MARGIN)
#define BODY_SIZE     10.0

/* With @target_page -1 every page goes to @surface, a PDF surface, with
 * its structure tags. To print one page, the paper is laid out whole but
 * drawn only on that page: the others go to @sink, a one-pixel surface. */
typedef struct
{
  cairo_surface_t *surface;        /* the PDF, or NULL when printing */
  cairo_t         *cr;             /* where drawing goes now */
  cairo_t         *target;         /* the page to print's context */
  cairo_t         *sink;
  int              target_page;    /* 1-based, or -1 for every page */
  PangoLayout     *layout;
  PangoLayout     *chrome;         /* for the header and footer, drawn mid-paragraph */
  char            *running;        /* the header: the council's name, cut short to fit */
  char            *marking;        /* the protective marking, or NULL */
  char            *footer;         /* "Report 14, page" or "Page" */
  int              page;
  double           y;
  int              outline;        /* the last top-level bookmark */
  gboolean         break_next;     /* the next block begins a page */
  const char      *leaf;           /* the structure tag text is going into, or NULL */
  gboolean         in_section;     /* a "Sect" is open */
  GArray          *lists;          /* (element-type double) the indents of the lists open */
  GPtrArray       *headings;       /* headings waiting for what follows them */
  GPtrArray       *figure_alts;    /* each figure's alternative text, in order */
} Paper;

typedef struct
{
  LadderContent             *content;
  LadderAssessment          *assessment;
  LadderDataset             *dataset;
  LadderRecommendation      *advice;
  const char                *council;   /* sanitised */
  gboolean                   fictional;
  const LadderReportOptions *options;
} Report;

/* How a heading looks and behaves. */
typedef enum
{
  LADDER_HEADING_NEW_PAGE    = 1 << 0,  /* it begins a page */
  LADDER_HEADING_NO_BOOKMARK = 1 << 1,  /* it is left out of the outline */
  LADDER_HEADING_SMALL       = 1 << 2,  /* at body size, like a third-level heading */
  LADDER_HEADING_TITLE       = 1 << 3,  /* the cover's title, large */
} LadderHeadingFlags;

/* The flow layout, in ladder-report-flow.c. */
void ladder_report_begin     (Paper             *p,
                              const char        *council,
                              const LadderReportOptions *options);
void ladder_report_end       (Paper             *p);
void ladder_report_new_page  (Paper             *p);
void ladder_report_break_page (Paper            *p);
void ladder_report_flow      (Paper             *p,
                              const char        *tag,
                              const char        *text,
                              gboolean           markup,
                              double             size,
                              gboolean           bold,
                              double             after);
void ladder_report_paragraph (Paper             *p,
                              const char        *text);
void ladder_report_note      (Paper             *p,
                              const char        *text);
void ladder_report_bullet    (Paper             *p,
                              const char        *mark,
                              const char        *text,
                              double             indent);
void ladder_report_heading   (Paper             *p,
                              int                level,
                              const char        *text,
                              LadderHeadingFlags flags);
void ladder_report_keep      (Paper             *p,
                              double             height);
void ladder_report_figure_begin (Paper           *p,
                                 double           height,
                                 const char      *alt);
void ladder_report_figure_end (Paper            *p,
                               double            height);
void ladder_report_tag_begin (Paper             *p,
                              const char        *tag);
void ladder_report_tag_end   (Paper             *p,
                              const char        *tag);
void ladder_report_leaf_begin (Paper            *p,
                               const char       *tag);
void ladder_report_leaf_end  (Paper             *p);
PangoLayout *ladder_report_set_font (Paper      *p,
                                     double      size,
                                     gboolean    bold);

/* Tables, in ladder-report-table.c. */
void ladder_report_table     (Paper             *p,
                              const LadderTable *table,
                              double             size);

gboolean ladder_report_find_council (Report     *r,
                                     guint      *area);

/* The part on everyone's answers, in ladder-report-review.c. */
void ladder_report_review    (Paper             *p,
                              Report            *r);

/* The parts on the evidence log and the action plan, in
 * ladder-report-plan.c. */
void ladder_report_evidence_log (Paper          *p,
                                 Report         *r);
void ladder_report_action_plan  (Paper          *p,
                                 Report         *r);

/* The parts "Checking the answers against the evidence" and "Since the
 * last review", in ladder-report-follow-up.c. */
void ladder_report_checks            (Paper     *p,
                                      Report    *r);
void ladder_report_since_last_review (Paper     *p,
                                      Report    *r);

/* The evidence: the data used, the scorecard and the charts, in
 * ladder-report-evidence.c. */
void ladder_report_data_used (Paper             *p,
                              Report            *r);
void ladder_report_evidence  (Paper             *p,
                              Report            *r);

/* "Recommendations to the board", in ladder-report-board.c. */
void ladder_report_board     (Paper             *p,
                              Report            *r);
char *ladder_report_describe_capacities (LadderRecommendation *advice);

/* Text from a file as the paper shows it, on one line: see
 * ladder_sanitise_for_paper(). "" for NULL. */
char    *ladder_report_safe_text (const char *text);
char    *ladder_report_long_date (const char *date);

G_END_DECLS
