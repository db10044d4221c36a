/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A sidebar row for one walkthrough step. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-walkthrough.h"

G_BEGIN_DECLS

#define LADDER_TYPE_STEP_ROW (ladder_step_row_get_type ())
G_DECLARE_FINAL_TYPE (LadderStepRow, ladder_step_row, LADDER, STEP_ROW, GtkListBoxRow)

GtkWidget  *ladder_step_row_new      (LadderStep     step);
LadderStep  ladder_step_row_get_step (LadderStepRow *self);

G_END_DECLS
