/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Painters for one period: the council beside its neighbours as bars, and
 * every council as a bar in order of its figure among the quartile bands. */
#pragma once

#include "ladder-chart-painter.h"
#include "ladder-snapshot-data.h"

G_BEGIN_DECLS

void ladder_paint_neighbours    (cairo_t                      *cr,
                                 double                        width,
                                 double                        height,
                                 const LadderNeighboursData   *data,
                                 const LadderChartStyle       *style,
                                 LadderChartFrame             *frame);
void ladder_paint_distribution  (cairo_t                      *cr,
                                 double                        width,
                                 double                        height,
                                 const LadderDistributionData *data,
                                 const LadderChartStyle       *style,
                                 LadderChartFrame             *frame);

G_END_DECLS
