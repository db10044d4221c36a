/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where copies and the review disagree: each answer side by side, for the
 * reviewer to choose which to keep. */
#pragma once

#include <adwaita.h>

#include "ladder-merge.h"

G_BEGIN_DECLS

#define LADDER_TYPE_MERGE_DIALOG (ladder_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderMergeDialog, ladder_merge_dialog, LADDER, MERGE_DIALOG, AdwWindow)

LadderMergeDialog *ladder_merge_dialog_new        (GtkWindow         *parent,
                                                   LadderMerge       *merge);
LadderMerge       *ladder_merge_dialog_get_merge  (LadderMergeDialog *self);
void               ladder_merge_dialog_choose     (LadderMergeDialog *self,
                                                   guint              conflict,
                                                   LadderMergeChoice  choice);
void               ladder_merge_dialog_respond    (LadderMergeDialog *self,
                                                   gboolean           apply);

G_END_DECLS
