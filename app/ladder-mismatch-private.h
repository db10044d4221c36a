/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What ladder-mismatch-rules.c (reading mismatches.json) and
 * ladder-mismatch.c (applying it) share; nothing else includes it. */
#pragma once

#include "ladder-assessment.h"
#include "ladder-dataset.h"
#include "ladder-mismatch.h"

G_BEGIN_DECLS

/* What a sentence may say, as {name} in its template. */
typedef enum
{
  SLOT_QUESTION, SLOT_RATING, SLOT_SCORE, SLOT_RATED, SLOT_INDICATOR, SLOT_COUNCIL, SLOT_PERIOD,
  SLOT_FIGURE, SLOT_STATE, SLOT_REASON, SLOT_TITLE, SLOT_BAND, SLOT_RANK, SLOT_COUNCILS,
  SLOT_N_PERIODS, SLOT_RUN, SLOT_NEIGHBOURS, SLOT_REPORTING, SLOT_NEIGHBOUR_COUNT, SLOT_GAPS,
  SLOT_SOURCE, SLOT_WHEN, SLOT_DATE, SLOT_FOUND,
  N_SLOTS
} LadderMismatchSlot;

/* One rule of the file. */
typedef struct
{
  char     *id;
  char     *title;
  char     *sentence;
  gboolean  in_place;          /* else: applies to questions rated not in place */
  guint     bands;             /* a bit per LadderBand; 0 for no band condition */
  guint     worsening;         /* consecutive periods each worse than the last; 0 for none */
  guint     improving;
  guint     behind_periods;    /* 0 for no comparison with the neighbours */
  gboolean  count_thin;
} LadderMismatchRule;

struct _LadderMismatchRules
{
  gatomicrefcount  ref_count;
  double           in_place_from;
  double           not_in_place_up_to;
  char            *rated;
  GPtrArray       *rules;      /* of LadderMismatchRule */
  char            *states[LADDER_N_CELL_STATES];
  char            *not_loaded, *no_figure, *indicator, *rule_not_counted;
  char            *kinds[LADDER_N_EVIDENCE_KINDS];
  char            *when, *contradicts, *supports, *unrated;
};

/* Fills a template the rules file checked; see ladder-mismatch-rules.c. */
char *ladder_mismatch_expand (const char        *template,
                              const char * const slots[N_SLOTS]);

G_END_DECLS
