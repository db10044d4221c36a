/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scorecard: many measures for one council in one view, each with its
 * latest figure, band, rank, change and trend. */
#pragma once

#include "ladder-chart-painter.h"

G_BEGIN_DECLS

typedef struct
{
  const char      *code;
  const char      *name;
  const char      *period_label;   /* NULL when the council has no figure */
  const char      *latest_label;   /* the measure's latest period when the council's figure is older, else NULL */
  const char      *source;         /* the file the figure came from, or NULL */
  int              decimals;
  LadderPolarity   polarity;
  double           value;          /* NAN when missing */
  LadderBand       band;
  LadderRank       rank;
  LadderChange     change;
  LadderTrend      trend;
  double           recent[LADDER_MAX_TREND_PERIODS];  /* oldest first, for the small trend line */
  guint            n_recent;
  LadderNeighbourAverage neighbours;  /* in the council's period */
  double           england;        /* in the council's period; NAN when missing */
  LadderGapTrend   gap;
} LadderScorecardRow;

/* Texts point into the dataset, which the scorecard keeps a reference to. */
typedef struct
{
  LadderDataset      *dataset;
  char               *council_name;
  LadderScorecardRow *rows;
  guint               n_rows;
} LadderScorecardData;

LadderScorecardData *ladder_scorecard_data_new     (LadderDataset       *dataset,
                                                    const guint         *measures,
                                                    guint                n_measures,
                                                    guint                council);
void                 ladder_scorecard_data_free    (LadderScorecardData *data);
char                *ladder_scorecard_data_summary (const LadderScorecardData *data);
double               ladder_scorecard_get_min_height (const LadderScorecardData *data);
void                 ladder_paint_scorecard        (cairo_t                   *cr,
                                                    double                     width,
                                                    double                     height,
                                                    const LadderScorecardData *data,
                                                    const LadderChartStyle    *style,
                                                    LadderChartFrame          *frame);

void                 ladder_band_fill              (const LadderChartStyle    *style,
                                                    LadderBand                 band,
                                                    LadderRgb                 *fill);
const LadderRgb     *ladder_band_letter_colour     (const LadderChartStyle    *style,
                                                    LadderBand                 band);
void                 ladder_paint_figure_chip      (cairo_t                   *cr,
                                                    double                     width,
                                                    double                     height,
                                                    const LadderScorecardRow  *row,
                                                    const LadderChartStyle    *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderScorecardData, ladder_scorecard_data_free)

G_END_DECLS
