/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figures of one period: a council beside its neighbours, and among
 * every council with the quartile bands. */
#pragma once

#include "ladder-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  double      value;              /* NAN when missing */
  gboolean    is_council;
  const char *closeness;          /* for a neighbour, as published; NULL for the council */
} LadderBar;

/* Texts point into the dataset, which the figures keep a reference to. */
typedef struct
{
  LadderDataset   *dataset;
  char            *measure_name;
  char            *council_name;
  const char      *period_label;
  const char      *source;        /* the file the council's figure came from, or NULL */
  const char      *unit;          /* what the figures count, as the dictionary titles the axis, or NULL */
  int              decimals;
  LadderPolarity   polarity;
  LadderBar       *bars;          /* best first; those without a figure last */
  guint            n_bars;
  guint            n_reporting;   /* neighbours with a figure */
  guint            n_neighbours;
  double           mean;          /* the neighbours' mean, or NAN */
  GStringChunk    *texts;         /* names made here ("... (joint return)") */
} LadderNeighboursData;

typedef struct
{
  LadderDataset   *dataset;
  char            *measure_name;
  char            *council_name;
  const char      *period_label;
  const char      *source;        /* the file the council's figure came from, or NULL */
  const char      *unit;          /* what the figures count, or NULL */
  int              decimals;
  LadderPolarity   polarity;
  gboolean         bands;         /* quartile bands apply */
  GStringChunk    *texts;         /* names made here ("... (joint return)") */
  double          *values;        /* every council's figure, ascending */
  const char     **names;         /* the council each figure belongs to */
  guint            n_values;
  LadderQuartiles  quartiles;
  double           council_value; /* NAN when the council has none */
  LadderRank       rank;
  LadderBand       band;
  double           england;       /* England's figure in the period, or NAN */
  LadderNeighbourAverage neighbours;  /* the council's neighbours' average in the period */
} LadderDistributionData;

LadderNeighboursData   *ladder_neighbours_data_new       (LadderDataset *dataset,
                                                          guint          measure,
                                                          guint          council,
                                                          GError       **error);
void                    ladder_neighbours_data_free      (LadderNeighboursData *data);
char                   *ladder_neighbours_data_summary   (const LadderNeighboursData *data);

LadderDistributionData *ladder_distribution_data_new     (LadderDataset *dataset,
                                                          guint          measure,
                                                          guint          council,
                                                          GError       **error);
void                    ladder_distribution_data_free    (LadderDistributionData *data);
char                   *ladder_distribution_data_summary (const LadderDistributionData *data);

const char             *ladder_polarity_describe         (LadderPolarity polarity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderNeighboursData, ladder_neighbours_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDistributionData, ladder_distribution_data_free)

G_END_DECLS
