/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One entry of the evidence log, added or edited. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_EVIDENCE_DIALOG (ladder_evidence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderEvidenceDialog, ladder_evidence_dialog, LADDER, EVIDENCE_DIALOG, AdwWindow)

LadderEvidenceDialog *ladder_evidence_dialog_new         (GtkWindow            *parent,
                                                          LadderDocument       *document,
                                                          const LadderQuestion *question,
                                                          const char           *entry_id);
void                  ladder_evidence_dialog_fill        (LadderEvidenceDialog *self,
                                                          LadderEvidenceKind    kind,
                                                          const char           *date,
                                                          const char           *found,
                                                          LadderBearing         bearing);
gboolean              ladder_evidence_dialog_save        (LadderEvidenceDialog *self);
const char           *ladder_evidence_dialog_get_problem (LadderEvidenceDialog *self);

G_END_DECLS
