/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chart painters: pure cairo and pango, for the window, the board paper and
 * the command line alike. */
#pragma once

#include <cairo.h>

#include "ladder-capacity-painter.h"
#include "ladder-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  LadderRgb   ink;                       /* axes, labels */
  LadderRgb   grid;
  LadderRgb   background;
  LadderRgb   series[LADDER_N_SERIES];
  const char *font_family;               /* NULL for the default sans */
} LadderChartStyle;

typedef struct
{
  guint    hidden;                       /* a bit per LadderSeries not drawn */
  gboolean fitted;                       /* the y axis fits the data, with a visible break */
  gboolean each_neighbour;               /* a thin line for each neighbour as well */
} LadderTrendOptions;

/* Where the plot went, so that a widget can find the point under the
 * pointer without drawing again. */
typedef struct
{
  double left, top, width, height;
  double x_min, x_max, y_min, y_max;
} LadderChartFrame;

void   ladder_chart_style_init       (LadderChartStyle         *style,
                                      gboolean                  dark);
void   ladder_paint_trend            (cairo_t                  *cr,
                                      double                    width,
                                      double                    height,
                                      const LadderTrendData    *data,
                                      const LadderChartStyle   *style,
                                      const LadderTrendOptions *options,
                                      LadderChartFrame         *frame);
double ladder_chart_frame_to_x       (const LadderChartFrame   *frame,
                                      double                    x);
double ladder_chart_frame_to_y       (const LadderChartFrame   *frame,
                                      double                    y);

G_END_DECLS
