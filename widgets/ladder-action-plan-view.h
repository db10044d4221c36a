/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The action plan on the Plan and paper step. */
#pragma once

#include <adwaita.h>

#include "ladder-action-plan.h"
#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ACTION_PLAN_VIEW (ladder_action_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderActionPlanView, ladder_action_plan_view, LADDER, ACTION_PLAN_VIEW, GtkBox)

GtkWidget *ladder_action_plan_view_new          (void);
void       ladder_action_plan_view_set_document (LadderActionPlanView *self,
                                                 LadderDocument       *document);
void       ladder_action_plan_view_set_today    (LadderActionPlanView *self,
                                                 const char           *today);
void       ladder_action_plan_view_set_links    (LadderActionPlanView *self,
                                                 GPtrArray            *kinds,
                                                 GPtrArray            *ids,
                                                 GPtrArray            *labels);
GtkWindow *ladder_action_plan_view_add          (LadderActionPlanView *self);
GtkWindow *ladder_action_plan_view_edit         (LadderActionPlanView *self,
                                                 const char           *action_id);
gboolean   ladder_action_plan_view_export       (LadderActionPlanView *self,
                                                 const char           *path);
guint      ladder_action_plan_view_get_n_shown  (LadderActionPlanView *self);
void       ladder_action_plan_view_set_filter   (LadderActionPlanView *self,
                                                 const char           *owner,
                                                 LadderActionFilter    filter,
                                                 LadderActionSort      sort);
char      *ladder_action_plan_view_dup_row_text (LadderActionPlanView *self,
                                                 guint                 index);

G_END_DECLS
