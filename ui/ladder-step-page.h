/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content page for one walkthrough step. */
#pragma once

#include <adwaita.h>

#include "ladder-walkthrough.h"

G_BEGIN_DECLS

#define LADDER_TYPE_STEP_PAGE (ladder_step_page_get_type ())
G_DECLARE_FINAL_TYPE (LadderStepPage, ladder_step_page, LADDER, STEP_PAGE, AdwBin)

GtkWidget  *ladder_step_page_new      (LadderStep      step);
LadderStep  ladder_step_page_get_step (LadderStepPage *self);
void        ladder_step_page_scroll_to_top (LadderStepPage *self);
gboolean    ladder_step_page_focus_next (LadderStepPage *self);
void        ladder_step_page_set_content (LadderStepPage *self,
                                          GtkWidget      *content);

G_END_DECLS
