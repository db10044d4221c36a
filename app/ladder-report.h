/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper: an assessment, its recommendation and its evidence as
 * an A4 PDF, drawn with cairo and pango. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

/* Called after each page with the share of the work done, 0 to 1. */
typedef void (*LadderReportProgress) (double   fraction,
                                      gpointer user_data);

/* What a board paper says beyond the assessment, and what goes in. Kept
 * with the paper, not in the assessment's file. */
typedef struct
{
  char  *author;         /* who wrote the paper, or NULL */
  char  *report_number;  /* the board's number for it, or NULL */
  char  *marking;        /* its protective marking ("OFFICIAL-SENSITIVE"), or NULL for none */
  char **sections;       /* the sections to include, by ladder_report_get_section_id(); NULL for all */
  char **indicators;     /* the measures to show; NULL for those chosen on the assessment */
} LadderReportOptions;

typedef struct _LadderReport LadderReport;

LadderReportOptions *ladder_report_options_new   (void);
LadderReportOptions *ladder_report_options_copy  (const LadderReportOptions *options);
void                 ladder_report_options_free  (LadderReportOptions       *options);
gboolean             ladder_report_options_check (const LadderReportOptions *options,
                                                  GError                   **error);
const char          *ladder_report_get_section_id (guint                      index);
const char          *ladder_report_get_section_title (guint                   index);

LadderReport *ladder_report_new        (LadderContent         *content,
                                        LadderAssessment      *assessment,
                                        LadderDataset         *dataset);
void          ladder_report_free       (LadderReport          *report);
void          ladder_report_set_options (LadderReport         *report,
                                        const LadderReportOptions *options);
int           ladder_report_get_n_pages (LadderReport         *report);
void          ladder_report_draw_page  (LadderReport          *report,
                                        cairo_t               *cr,
                                        int                    page);
GBytes       *ladder_report_render_pdf (LadderReport          *report,
                                        LadderReportProgress   progress,
                                        gpointer               user_data,
                                        GCancellable          *cancellable,
                                        GError               **error);

GBytes   *ladder_report_render (LadderContent         *content,
                                LadderAssessment      *assessment,
                                LadderDataset         *dataset,
                                const LadderReportOptions *options,
                                LadderReportProgress   progress,
                                gpointer               user_data,
                                GCancellable          *cancellable,
                                GError               **error);
gboolean  ladder_report_write  (LadderContent         *content,
                                LadderAssessment      *assessment,
                                LadderDataset         *dataset,
                                const LadderReportOptions *options,
                                const char            *path,
                                LadderReportProgress   progress,
                                gpointer               user_data,
                                GCancellable          *cancellable,
                                GError               **error);
char    **ladder_report_choose_indicators (LadderRecommendation *advice,
                                           LadderAssessment     *assessment,
                                           LadderDataset        *dataset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReport, ladder_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReportOptions, ladder_report_options_free)

G_END_DECLS
