/* SPDX-License-Identifier: GPL-3.0-or-later */
/* LAIT's comparisons for one council, measure and period, and the ones LAIT
 * lacks. Every result says why when it cannot be computed. */
#pragma once

#include "ladder-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_STAT_OK,
  LADDER_STAT_NO_FIGURE,          /* the area has no figure for the period */
  LADDER_STAT_NOT_A_COUNCIL,      /* only councils are ranked or compared with neighbours */
  LADDER_STAT_NO_POLARITY,        /* neither higher nor lower is better */
  LADDER_STAT_QUARTILES_OFF,      /* the Department switches bands off for this measure */
  LADDER_STAT_NO_NEIGHBOURS,      /* no neighbour table gives this council's neighbours */
  LADDER_STAT_NONE_REPORTING,     /* none of the neighbours has a figure */
  LADDER_STAT_NO_REGION,          /* the council's region is not known, or has no figure */
  LADDER_STAT_NO_ENGLAND,         /* England has no figure */
  LADDER_STAT_NO_PREVIOUS,        /* no figure for the period before */
  LADDER_STAT_TOO_FEW_PERIODS,    /* fewer than two consecutive periods with figures */
  LADDER_STAT_NO_COUNCILS,        /* no council has a figure */
} LadderStatStatus;

typedef struct
{
  LadderStatStatus status;
  double           mean;
  double           median;
  guint            n_reporting;
  guint            n_neighbours;
  gboolean         thin;          /* fewer than half the neighbours report */
} LadderNeighbourAverage;

typedef struct
{
  LadderStatStatus status;
  guint            rank;          /* 1 is best; ties share the best rank */
  guint            n;             /* councils with a figure */
} LadderRank;

typedef struct
{
  LadderStatStatus status;
  double           min, q1, median, q3, max;
  guint            n;
} LadderQuartiles;

typedef enum
{
  LADDER_BAND_NONE,
  LADDER_BAND_A,                  /* the best quarter */
  LADDER_BAND_B,
  LADDER_BAND_C,
  LADDER_BAND_D,                  /* the worst quarter */
} LadderBand;

typedef struct
{
  LadderStatStatus status;
  double           change;        /* this period's figure minus the previous one's */
  guint            previous;      /* the period compared with */
  gboolean         improved;      /* meaningful only when the measure has a polarity */
} LadderChange;

typedef struct
{
  LadderStatStatus status;
  guint            n_periods;     /* consecutive periods used, at most 5 */
  double           slope;         /* change per year, by least squares */
  guint            years_improving;  /* consecutive improvements up to the period */
} LadderTrend;

typedef enum
{
  LADDER_GAP_STEADY,
  LADDER_GAP_NARROWING,
  LADDER_GAP_WIDENING,
} LadderGapDirection;

typedef struct
{
  LadderStatStatus   status;
  LadderGapDirection direction;
  double             first_gap;   /* council minus neighbours' mean, earliest period */
  double             last_gap;
  guint              n_periods;
} LadderGapTrend;

#define LADDER_MAX_TREND_PERIODS 5

LadderNeighbourAverage ladder_stats_neighbour_average (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint          period);
LadderStatStatus       ladder_stats_region_area       (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint         *region);
LadderStatStatus       ladder_stats_region_value      (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint          period,
                                                       guint         *region,
                                                       double        *value);
LadderStatStatus       ladder_stats_england_value     (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          period,
                                                       double        *value);
LadderRank             ladder_stats_rank              (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint          period);
LadderQuartiles        ladder_stats_quartiles         (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          period);
LadderBand             ladder_stats_band              (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint          period,
                                                       LadderStatStatus *status);
int                    ladder_stats_quarter_of_value (const LadderQuartiles *quartiles,
                                                      double                 value);
LadderBand             ladder_stats_band_of_value     (const LadderQuartiles *quartiles,
                                                       LadderPolarity         polarity,
                                                       double                 value);
char                  *ladder_stats_band_range        (const LadderQuartiles *quartiles,
                                                       LadderPolarity polarity,
                                                       LadderBand     band,
                                                       int            decimals);
gboolean               ladder_stats_previous_period   (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          period,
                                                       guint         *previous);
LadderChange           ladder_stats_change            (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          area,
                                                       guint          period);
LadderTrend            ladder_stats_trend             (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          area,
                                                       guint          period);
LadderGapTrend         ladder_stats_gap_trend         (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint          council,
                                                       guint          period);
gboolean               ladder_stats_latest_period     (LadderDataset *dataset,
                                                       guint          measure,
                                                       guint         *period);
const char            *ladder_stat_status_to_string   (LadderStatStatus status);
char                   ladder_band_to_char            (LadderBand     band);

G_END_DECLS
