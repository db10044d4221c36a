/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One action of the plan, added or edited. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ACTION_DIALOG (ladder_action_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderActionDialog, ladder_action_dialog, LADDER, ACTION_DIALOG, AdwWindow)

LadderActionDialog *ladder_action_dialog_new         (GtkWindow          *parent,
                                                      LadderDocument     *document,
                                                      const char         *action_id,
                                                      GPtrArray          *link_kinds,
                                                      GPtrArray          *link_ids,
                                                      GPtrArray          *link_labels);
void                ladder_action_dialog_fill        (LadderActionDialog *self,
                                                      const char         *description,
                                                      const char         *owner,
                                                      const char         *due,
                                                      LadderActionStatus  status,
                                                      guint               link);
gboolean            ladder_action_dialog_save        (LadderActionDialog *self);
const char         *ladder_action_dialog_get_problem (LadderActionDialog *self);
const char         *ladder_action_status_get_icon_name (LadderActionStatus status);

G_END_DECLS
