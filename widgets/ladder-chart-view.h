/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart as a widget: the painter's drawing, cached, with a crosshair or
 * highlight and tooltip under the pointer and a point the keyboard moves. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-chart.h"

G_BEGIN_DECLS

#define LADDER_TYPE_CHART_VIEW (ladder_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderChartView, ladder_chart_view, LADDER, CHART_VIEW, GtkWidget)

GtkWidget   *ladder_chart_view_new               (void);
void         ladder_chart_view_set_chart         (LadderChartView          *self,
                                                  LadderChart              *chart);
LadderChart *ladder_chart_view_get_chart         (LadderChartView          *self);
void         ladder_chart_view_set_trend_options (LadderChartView          *self,
                                                  const LadderTrendOptions *options);
int          ladder_chart_view_get_point         (LadderChartView          *self);
const char  *ladder_chart_view_get_announcement  (LadderChartView          *self);
guint        ladder_chart_view_get_n_paints      (LadderChartView          *self);
gboolean     ladder_chart_view_widget_is_dark    (GtkWidget                *widget,
                                                  GdkRGBA                  *ink);

G_END_DECLS
