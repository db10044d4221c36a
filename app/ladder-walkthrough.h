/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fixed sequence of walkthrough steps that every view of Ladder follows. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LADDER_STEP_START,
  LADDER_STEP_SELF_ASSESSMENT,
  LADDER_STEP_STRATEGY,
  LADDER_STEP_IMPLEMENTATION,
  LADDER_STEP_DIFFICULTIES,
  LADDER_STEP_REVIEW,
  LADDER_STEP_RECOMMENDATION,
  LADDER_STEP_EVIDENCE,
  LADDER_STEP_PLAN,
  LADDER_N_STEPS
} LadderStep;

typedef struct
{
  LadderStep  step;
  const char *id;          /* stable identifier, used in action targets and files */
  const char *title;       /* short title for the sidebar */
  const char *question;    /* the question the step answers, in plain English */
  const char *summary;     /* what the user does in the step */
} LadderStepInfo;

const LadderStepInfo *ladder_walkthrough_get_step   (LadderStep  step);
const LadderStepInfo *ladder_walkthrough_find_step  (const char *id);
gboolean              ladder_walkthrough_next       (LadderStep  step,
                                                     LadderStep *next);
gboolean              ladder_walkthrough_previous   (LadderStep  step,
                                                     LadderStep *previous);

G_END_DECLS
