/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Evidence step's chart: choose an indicator and see the council's
 * trend, with its summary sentence and sources. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-chart-panel.h"

G_BEGIN_DECLS

#define LADDER_TYPE_EVIDENCE_VIEW (ladder_evidence_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderEvidenceView, ladder_evidence_view, LADDER, EVIDENCE_VIEW, GtkBox)

GtkWidget       *ladder_evidence_view_new          (void);
gboolean         ladder_evidence_view_build        (LadderEvidenceView *self);
void             ladder_evidence_view_set_dataset  (LadderEvidenceView *self,
                                                    LadderDataset      *dataset);
void             ladder_evidence_view_set_council  (LadderEvidenceView *self,
                                                    const char         *code,
                                                    const char         *name);
void             ladder_evidence_view_set_first_measure (LadderEvidenceView *self,
                                                         const char         *code);
gboolean         ladder_evidence_view_show_measure (LadderEvidenceView *self,
                                                    const char         *code);
void             ladder_evidence_view_set_scorecard_codes (LadderEvidenceView *self,
                                                           const char * const *codes);
void             ladder_evidence_view_show_scorecard (LadderEvidenceView *self);
LadderChartPanel *ladder_evidence_view_get_panel   (LadderEvidenceView *self,
                                                    LadderChartKind     kind);
const char      *ladder_evidence_view_get_summary  (LadderEvidenceView *self);

G_END_DECLS
