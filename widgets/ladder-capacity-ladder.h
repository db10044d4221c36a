/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ladder of the three capacities as a widget, with a text equivalent. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-rules.h"

G_BEGIN_DECLS

#define LADDER_TYPE_CAPACITY_LADDER (ladder_capacity_ladder_get_type ())
G_DECLARE_FINAL_TYPE (LadderCapacityLadder, ladder_capacity_ladder, LADDER, CAPACITY_LADDER, GtkWidget)

GtkWidget  *ladder_capacity_ladder_new         (void);
void        ladder_capacity_ladder_set_levels  (LadderCapacityLadder *self,
                                                const LadderLevel     levels[3]);
void        ladder_capacity_ladder_set_scores  (LadderCapacityLadder *self,
                                                const double          scores[3]);
const char *ladder_capacity_ladder_get_description (LadderCapacityLadder *self);

G_END_DECLS
