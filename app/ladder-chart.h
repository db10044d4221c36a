/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One chart of a council's figures, whatever its kind: its figures, how to
 * draw them, the sentence and table that say the same in words, the
 * points a keyboard visits, and export to PNG, SVG, PDF and CSV. The
 * window, the command line and the board paper all go through this. */
#pragma once

#include "ladder-chart-painter.h"
#include "ladder-scorecard.h"
#include "ladder-snapshot-data.h"
#include "ladder-table.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_CHART_TREND,
  LADDER_CHART_NEIGHBOURS,
  LADDER_CHART_DISTRIBUTION,
  LADDER_CHART_SCORECARD,
} LadderChartKind;

typedef struct _LadderChart LadderChart;

LadderChart            *ladder_chart_new                (LadderDataset       *dataset,
                                                         LadderChartKind      kind,
                                                         const guint         *measures,
                                                         guint                n_measures,
                                                         guint                council,
                                                         GError             **error);
void                    ladder_chart_free               (LadderChart         *chart);
LadderChartKind         ladder_chart_get_kind           (LadderChart         *chart);
gboolean                ladder_chart_kind_from_string   (const char          *text,
                                                         LadderChartKind     *kind);
const char             *ladder_chart_kind_to_string     (LadderChartKind      kind);
const char             *ladder_chart_get_title          (LadderChart         *chart);
const char             *ladder_chart_get_summary        (LadderChart         *chart);
const char             *ladder_chart_get_caption        (LadderChart         *chart);
const LadderTable      *ladder_chart_get_table          (LadderChart         *chart);
const LadderTrendData  *ladder_chart_get_trend          (LadderChart         *chart);
const LadderDistributionData *ladder_chart_get_distribution (LadderChart      *chart);
const LadderScorecardData *ladder_chart_get_scorecard   (LadderChart         *chart);

void                    ladder_chart_set_trend_options  (LadderChart              *chart,
                                                         const LadderTrendOptions *options);
void                    ladder_chart_get_trend_options  (LadderChart              *chart,
                                                         LadderTrendOptions       *options);

void                    ladder_chart_paint              (LadderChart            *chart,
                                                         cairo_t                *cr,
                                                         double                  width,
                                                         double                  height,
                                                         const LadderChartStyle *style);
double                  ladder_chart_get_height         (LadderChart            *chart,
                                                         double                  height);

guint                   ladder_chart_get_n_items        (LadderChart         *chart);
char                   *ladder_chart_describe_item      (LadderChart         *chart,
                                                         guint                item);
int                     ladder_chart_item_at            (LadderChart         *chart,
                                                         double               x,
                                                         double               y);
gboolean                ladder_chart_get_item_box       (LadderChart         *chart,
                                                         guint                item,
                                                         double              *x,
                                                         double              *y,
                                                         double              *width,
                                                         double              *height);

gboolean                ladder_chart_save               (LadderChart         *chart,
                                                         const char          *path,
                                                         int                  width,
                                                         int                  height,
                                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderChart, ladder_chart_free)

G_END_DECLS
