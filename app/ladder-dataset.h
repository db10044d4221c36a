/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The indicator dataset: measures, areas, periods and the figure for each. */
#pragma once

#include <glib-object.h>

#include "ladder-period.h"

G_BEGIN_DECLS

/* What a cell holds. Every reason a figure is missing is kept apart, because
 * "suppressed to protect children" and "not collected" mean different things
 * to a reader. */
typedef enum
{
  LADDER_CELL_ABSENT,           /* no row in any file */
  LADDER_CELL_VALUE,            /* a number */
  LADDER_CELL_SUPPRESSED,       /* c */
  LADDER_CELL_NOT_AVAILABLE,    /* x, ":" or ".." */
  LADDER_CELL_NOT_APPLICABLE,   /* z */
  LADDER_CELL_LOW_RELIABILITY,  /* u */
  LADDER_CELL_ROUNDS_TO_ZERO,   /* k */
  LADDER_CELL_LOW,              /* "low" */
  LADDER_CELL_DASH,             /* "-": LAIT's mark for suppressed or missing */
  LADDER_CELL_BLANK,            /* an empty field */
  LADDER_CELL_UNREADABLE,       /* text that is neither a number nor a known mark */
  LADDER_N_CELL_STATES
} LadderCellState;

typedef enum
{
  LADDER_POLARITY_NONE,   /* no judgement: neither higher nor lower is better */
  LADDER_POLARITY_HIGH,   /* higher is better */
  LADDER_POLARITY_LOW,    /* lower is better */
} LadderPolarity;

typedef enum
{
  LADDER_AREA_ENGLAND,
  LADDER_AREA_REGION,
  LADDER_AREA_COUNCIL,
} LadderAreaKind;

typedef struct
{
  const char     *code;          /* LAIT short code or EES column, unique */
  const char     *name;
  const char     *topic;
  const char     *axis_label;
  const char     *chart_title;
  const char     *description;
  const char     *year_type;
  LadderPolarity  polarity;
  int             decimals;      /* -1 when not known */
  gboolean        quartiles_allowed;
  gboolean        discontinued;  /* the dictionary says so: left out of every list */
} LadderMeasure;

typedef struct
{
  int             la_number;     /* DfE number (970 England, 980-990 regions), or -1 */
  const char     *ons_code;      /* "E09000002", or NULL */
  const char     *name;
  LadderAreaKind  kind;
  const char     *region;        /* a council's region as its source names it, or NULL */
  const char     *council_type;  /* OLB, ILB, MD, UA or SC from the LA code list, or NULL */
} LadderArea;

#define LADDER_MAX_NEIGHBOURS 10

/* One of a council's statistical neighbours, most similar first. */
typedef struct
{
  guint       area;
  const char *closeness;   /* "Very close", "Close", ... as published, trimmed */
} LadderNeighbour;

typedef enum
{
  LADDER_SET_NEW,        /* the cell was empty */
  LADDER_SET_SAME,       /* the same figure was already there */
  LADDER_SET_REPLACED,   /* a different figure was there; the new one wins */
  LADDER_SET_NO_MEMORY,  /* nothing stored: memory ran out */
} LadderSetResult;

/* How a stored figure stands apart from an ordinary one. */
typedef enum
{
  LADDER_CELL_FLAG_JOINT       = 1 << 0,  /* a return made jointly with another council */
  LADDER_CELL_FLAG_PROVISIONAL = 1 << 1,  /* the publisher's provisional figure */
  LADDER_CELL_FLAG_REVISED     = 1 << 2,  /* revised since first published */
} LadderCellFlags;

#define LADDER_TYPE_DATASET (ladder_dataset_get_type ())

typedef struct _LadderDataset LadderDataset;

GType                ladder_dataset_get_type          (void) G_GNUC_CONST;
LadderDataset       *ladder_dataset_new               (void);
LadderDataset       *ladder_dataset_ref               (LadderDataset   *self);
void                 ladder_dataset_unref             (LadderDataset   *self);

const char          *ladder_dataset_intern            (LadderDataset   *self,
                                                       const char      *text,
                                                       gsize            length);
void                 ladder_dataset_set_title         (LadderDataset   *self,
                                                       const char      *title);
const char          *ladder_dataset_get_title         (LadderDataset   *self);
guint                ladder_dataset_add_source        (LadderDataset   *self,
                                                       const char      *name);
const char          *ladder_dataset_get_source        (LadderDataset   *self,
                                                       guint            source);
guint                ladder_dataset_get_n_sources     (LadderDataset   *self);
void                 ladder_dataset_set_source_date   (LadderDataset   *self,
                                                       guint            source,
                                                       const char      *date);
const char          *ladder_dataset_get_source_date   (LadderDataset   *self,
                                                       guint            source);
void                 ladder_dataset_set_source_publication (LadderDataset *self,
                                                            guint          source,
                                                            const char    *publication);
char                *ladder_dataset_describe_source   (LadderDataset   *self,
                                                       const char      *name);

guint                ladder_dataset_ensure_measure    (LadderDataset   *self,
                                                       const char      *code);
guint                ladder_dataset_ensure_period     (LadderDataset   *self,
                                                       const char      *label);
guint                ladder_dataset_ensure_area       (LadderDataset   *self,
                                                       int              la_number,
                                                       const char      *name);

guint                ladder_dataset_get_n_measures    (LadderDataset   *self);
guint                ladder_dataset_count_measures    (LadderDataset   *self);
guint                ladder_dataset_get_n_periods     (LadderDataset   *self);
guint                ladder_dataset_get_n_areas       (LadderDataset   *self);
LadderMeasure       *ladder_dataset_get_measure       (LadderDataset   *self,
                                                       guint            measure);
LadderPeriod        *ladder_dataset_get_period        (LadderDataset   *self,
                                                       guint            period);
LadderArea          *ladder_dataset_get_area          (LadderDataset   *self,
                                                       guint            area);
gboolean             ladder_dataset_find_measure      (LadderDataset   *self,
                                                       const char      *code,
                                                       guint           *measure);
gboolean             ladder_dataset_find_period       (LadderDataset   *self,
                                                       const char      *label,
                                                       guint           *period);
gboolean             ladder_dataset_find_area         (LadderDataset   *self,
                                                       const char      *name_or_code,
                                                       guint           *area);

LadderSetResult      ladder_dataset_set_cell          (LadderDataset   *self,
                                                       guint            measure,
                                                       guint            area,
                                                       guint            period,
                                                       LadderCellState  state,
                                                       double           value,
                                                       guint            source,
                                                       guint           *previous_source);
LadderCellState      ladder_dataset_lookup            (LadderDataset   *self,
                                                       guint            measure,
                                                       guint            area,
                                                       guint            period,
                                                       double          *value,
                                                       guint           *source);
void                 ladder_dataset_set_cell_flags    (LadderDataset   *self,
                                                       guint            measure,
                                                       guint            area,
                                                       guint            period,
                                                       guint            flags);
guint                ladder_dataset_get_cell_flags    (LadderDataset   *self,
                                                       guint            measure,
                                                       guint            area,
                                                       guint            period);
gboolean             ladder_dataset_get_out_of_memory (LadderDataset   *self);
void                 ladder_dataset_set_block_budget  (LadderDataset   *self,
                                                       guint64          n_blocks);
guint                ladder_dataset_get_measure_periods (LadderDataset *self,
                                                       guint            measure,
                                                       guint           *periods,
                                                       guint            n_max);
guint64              ladder_dataset_count_cells       (LadderDataset   *self,
                                                       LadderCellState  state);
void                 ladder_dataset_set_neighbours    (LadderDataset   *self,
                                                       guint            area,
                                                       const LadderNeighbour *neighbours,
                                                       guint            n_neighbours);
guint                ladder_dataset_get_neighbours    (LadderDataset   *self,
                                                       guint            area,
                                                       const LadderNeighbour **neighbours);

void                 ladder_dataset_set_neighbour_source (LadderDataset *self,
                                                          const char    *name);
const char          *ladder_dataset_get_neighbour_source (LadderDataset *self);
LadderCellState      ladder_cell_state_from_text      (const char      *text,
                                                       gsize            length);
const char          *ladder_cell_state_to_string      (LadderCellState  state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDataset, ladder_dataset_unref)

G_END_DECLS
