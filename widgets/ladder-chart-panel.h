/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart with everything around it: its title, the series to show, a
 * switch to the table of its figures, export, its summary and its source. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-chart-view.h"

G_BEGIN_DECLS

#define LADDER_TYPE_CHART_PANEL (ladder_chart_panel_get_type ())
G_DECLARE_FINAL_TYPE (LadderChartPanel, ladder_chart_panel, LADDER, CHART_PANEL, GtkBox)

GtkWidget       *ladder_chart_panel_new            (void);
void             ladder_chart_panel_set_chart      (LadderChartPanel *self,
                                                    LadderChart      *chart,
                                                    const char       *message);
LadderChartView *ladder_chart_panel_get_view       (LadderChartPanel *self);
void             ladder_chart_panel_show_table     (LadderChartPanel *self,
                                                    gboolean          table);
GtkWidget       *ladder_chart_panel_get_table      (LadderChartPanel *self);
gboolean         ladder_chart_panel_export         (LadderChartPanel *self,
                                                    const char       *path,
                                                    GError          **error);

G_END_DECLS
