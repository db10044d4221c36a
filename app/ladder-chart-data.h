/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The numbers a chart shows, computed once from the dataset: plain arrays
 * with every missing point explicit, for the painters, tables and
 * summaries alike. */
#pragma once

#include "ladder-dataset.h"
#include "ladder-statistics.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_SERIES_COUNCIL,
  LADDER_SERIES_NEIGHBOURS,
  LADDER_SERIES_REGION,
  LADDER_SERIES_ENGLAND,
  LADDER_N_SERIES
} LadderSeries;

typedef struct
{
  guint            period;         /* index in the dataset */
  const char      *label;          /* as published */
  double           x;              /* the middle of the years it covers */
  guint            flags;          /* LadderPeriodFlags: provisional, revised */
  double           values[LADDER_N_SERIES];  /* NAN when missing */
  LadderCellState  council_state;  /* why the council's figure is missing */
  gboolean         council_joint;  /* the council's figure is a joint return with another council */
  double           range_low;      /* the neighbours' lowest and highest, or NAN */
  double           range_high;
  guint            n_reporting;    /* neighbours with a figure */
  guint            n_neighbours;
  gboolean         thin;           /* fewer than half the neighbours report: not a fair comparison */
  double           neighbours_other;  /* the median when the series is the mean, and the other way round */
  const char      *source;         /* the file the council's figure came from, or NULL */
  double           each[LADDER_MAX_NEIGHBOURS];  /* each neighbour's figure, NAN when missing */
} LadderTrendPoint;

/* Texts point into the dataset, which the figures keep a reference to. */
typedef struct
{
  LadderDataset    *dataset;
  char             *measure_code;
  char             *measure_name;
  char             *axis_label;
  int               decimals;
  LadderPolarity    polarity;
  char             *council_name;
  char             *region_name;   /* NULL when the region is not known */
  gboolean          median;        /* the neighbours' series is the median, not the mean */
  const char       *neighbour_names[LADDER_MAX_NEIGHBOURS];  /* most similar first */
  guint             n_neighbours;
  LadderTrendPoint *points;        /* oldest first */
  guint             n_points;
  LadderTrend       trend;         /* the council's slope up to its latest figure */
  LadderGapTrend    gap;           /* and whether its gap to the neighbours narrowed */
} LadderTrendData;

/* Enough for every period LAIT publishes for one measure. */
#define LADDER_CHART_MAX_PERIODS 256

double           ladder_chart_figure        (LadderDataset   *dataset,
                                             guint            measure,
                                             guint            area,
                                             guint            period,
                                             LadderCellState *state,
                                             guint           *source);
const char      *ladder_chart_measure_title (const LadderMeasure *measure);
int              ladder_chart_measure_decimals (LadderDataset *dataset,
                                             guint            measure);

LadderTrendData *ladder_trend_data_new      (LadderDataset   *dataset,
                                             guint            measure,
                                             guint            council,
                                             gboolean         median,
                                             GError         **error);
void             ladder_trend_data_free     (LadderTrendData *data);
char            *ladder_trend_data_summary  (const LadderTrendData *data);
char            *ladder_trend_data_format   (const LadderTrendData *data,
                                             double           value);
const char      *ladder_series_get_name     (const LadderTrendData *data,
                                             LadderSeries     series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderTrendData, ladder_trend_data_free)

G_END_DECLS
