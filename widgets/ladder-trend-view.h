/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The trend chart as a widget: the painter's drawing, cached, with a
 * crosshair and tooltip under the pointer and a point the keyboard moves. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-chart-painter.h"

G_BEGIN_DECLS

#define LADDER_TYPE_TREND_VIEW (ladder_trend_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderTrendView, ladder_trend_view, LADDER, TREND_VIEW, GtkWidget)

GtkWidget  *ladder_trend_view_new             (void);
void        ladder_trend_view_set_data        (LadderTrendView       *self,
                                               LadderTrendData       *data);
void        ladder_trend_view_set_hidden      (LadderTrendView       *self,
                                               guint                  hidden);
int         ladder_trend_view_get_point       (LadderTrendView       *self);
char       *ladder_trend_view_describe_point  (LadderTrendView       *self,
                                               guint                  index);
const char *ladder_trend_view_get_announcement (LadderTrendView      *self);
guint       ladder_trend_view_get_n_paints    (LadderTrendView       *self);

G_END_DECLS
