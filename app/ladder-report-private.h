/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of the board paper share: the page, the flow layout's
 * helpers and what the paper is about. Nothing else should use it. */
#pragma once

#include <pango/pangocairo.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"
#include "ladder-table.h"

G_BEGIN_DECLS

#define PAGE_WIDTH    595.276
#define PAGE_HEIGHT   841.89
#define MARGIN        56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define BOTTOM        (PAGE_HEIGHT - MARGIN)
#define BODY_SIZE     10.0

/* With @target_page -1 every page goes to @surface, a PDF surface. To
 * print one page, the paper is laid out whole but drawn only on that page:
 * the others go to @sink, a one-pixel surface. */
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
  int              page;
  double           y;
  int              outline;        /* the last top-level bookmark */
} Paper;

typedef struct
{
  LadderContent        *content;
  LadderAssessment     *assessment;
  LadderDataset        *dataset;
  LadderRecommendation *advice;
  const char           *council;   /* sanitised */
  gboolean              fictional;
} Report;

/* The flow layout, in ladder-report-flow.c. */
void ladder_report_begin     (Paper             *p,
                              const char        *council);
void ladder_report_end       (Paper             *p);
void ladder_report_new_page  (Paper             *p);
void ladder_report_flow      (Paper             *p,
                              const char        *text,
                              gboolean           markup,
                              double             size,
                              gboolean           bold,
                              double             indent,
                              double             after);
void ladder_report_paragraph (Paper             *p,
                              const char        *text);
void ladder_report_bullet    (Paper             *p,
                              const char        *mark,
                              const char        *text,
                              double             indent);
void ladder_report_heading   (Paper             *p,
                              int                level,
                              const char        *text,
                              gboolean           new_page_first);
void ladder_report_table     (Paper             *p,
                              const LadderTable *table,
                              double             size);
void ladder_report_keep      (Paper             *p,
                              double             height);
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

/* Text from a file as the paper shows it, on one line: see
 * ladder_sanitise_for_paper(). "" for NULL. */
char    *ladder_report_safe_text (const char *text);
char    *ladder_report_long_date (const char *date);

G_END_DECLS
