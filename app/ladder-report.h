/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper: an assessment, its recommendation and its evidence as
 * an A4 PDF, drawn with cairo and pango. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"

G_BEGIN_DECLS

/* Called after each page with the share of the work done, 0 to 1. */
typedef void (*LadderReportProgress) (double   fraction,
                                      gpointer user_data);

typedef struct _LadderReport LadderReport;

LadderReport *ladder_report_new        (LadderContent         *content,
                                        LadderAssessment      *assessment,
                                        LadderDataset         *dataset);
void          ladder_report_free       (LadderReport          *report);
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
                                LadderReportProgress   progress,
                                gpointer               user_data,
                                GCancellable          *cancellable,
                                GError               **error);
gboolean  ladder_report_write  (LadderContent         *content,
                                LadderAssessment      *assessment,
                                LadderDataset         *dataset,
                                const char            *path,
                                LadderReportProgress   progress,
                                gpointer               user_data,
                                GCancellable          *cancellable,
                                GError               **error);
char    **ladder_report_choose_indicators (LadderContent    *content,
                                           LadderAssessment *assessment,
                                           LadderDataset    *dataset,
                                           guint             limit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderReport, ladder_report_free)

G_END_DECLS
