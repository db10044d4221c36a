/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Under a question: what the reviewer saw that bears on its answer, and
 * where the answer and the figures point different ways. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_EVIDENCE_LIST (ladder_evidence_list_get_type ())
G_DECLARE_FINAL_TYPE (LadderEvidenceList, ladder_evidence_list, LADDER, EVIDENCE_LIST, GtkBox)

GtkWidget *ladder_evidence_list_new         (const LadderQuestion *question);
void       ladder_evidence_list_set_document (LadderEvidenceList  *self,
                                              LadderDocument      *document);
void       ladder_evidence_list_set_checks  (LadderEvidenceList   *self,
                                             GPtrArray            *lines);
guint      ladder_evidence_list_get_n_entries (LadderEvidenceList *self);
guint      ladder_evidence_list_get_n_checks (LadderEvidenceList  *self);
GtkWindow *ladder_evidence_list_add         (LadderEvidenceList   *self);
GtkWindow *ladder_evidence_list_edit        (LadderEvidenceList   *self,
                                             const char           *entry_id);
void       ladder_evidence_list_remove      (LadderEvidenceList   *self,
                                             const char           *entry_id);

G_END_DECLS
