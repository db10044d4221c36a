/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fixed sequence of walkthrough steps that every view of Ladder follows. */
#include "config.h"

#include <string.h>

#include "ladder-walkthrough.h"

/* The order matters: it is the order of the sidebar, of the board paper and
 * of next/previous navigation. */
static const LadderStepInfo steps[LADDER_N_STEPS] = {
  { LADDER_STEP_START, "start", "Start",
    "Which council, and who is taking part?",
    "Name the council, the date of the review and the people answering, "
    "and record its latest inspection result and whether it is in formal intervention." },
  { LADDER_STEP_SELF_ASSESSMENT, "self-assessment", "Self-assessment",
    "Do leaders know how good the service really is?",
    "Rate how well leaders at every level understand the true state of "
    "practice with children and families, and what lies behind it." },
  { LADDER_STEP_STRATEGY, "strategy", "Strategy",
    "Do leaders know what has to change?",
    "Rate whether leaders have clear priorities and a plan for improvement "
    "that staff and partners helped to shape and believe in." },
  { LADDER_STEP_IMPLEMENTATION, "implementation", "Implementation",
    "Can the council carry its plan through?",
    "Rate whether the staff, money, structures and backing from councillors, "
    "corporate services and partners are there to make the plan happen." },
  { LADDER_STEP_DIFFICULTIES, "difficulties", "The difficulties",
    "How deep do the problems go?",
    "Say whether the problems are long-running and widespread or confined to "
    "one area of practice, and whether oversight by councillors, the "
    "corporate centre and partners is working." },
  { LADDER_STEP_REVIEW, "review", "Review",
    "Where do people see the service differently?",
    "Read everyone's answers side by side, by leadership level, and see "
    "where people disagree or do not know." },
  { LADDER_STEP_RECOMMENDATION, "recommendation", "Recommendation",
    "What help would make the most difference?",
    "See the form of support that fits best, each reason for it, how sure "
    "the advice is and which answers would change it." },
  { LADDER_STEP_EVIDENCE, "evidence", "Evidence",
    "What do the figures say?",
    "Compare the council's published figures with its statistical "
    "neighbours, its region and England, as charts and tables." },
  { LADDER_STEP_PLAN, "plan", "Plan and paper",
    "How will the support be made to work?",
    "Work through the checklists that make support succeed and produce a "
    "board paper to table at a meeting." },
};

/**
 * ladder_walkthrough_get_step:
 * @step: a step
 *
 * Returns: (transfer none): the description of @step.
 */
const LadderStepInfo *
ladder_walkthrough_get_step (LadderStep step)
{
  g_return_val_if_fail (step < LADDER_N_STEPS, NULL);

  return &steps[step];
}

/**
 * ladder_walkthrough_find_step:
 * @id: a step identifier such as "strategy"
 *
 * Returns: (transfer none) (nullable): the step called @id, or %NULL when no
 *   step has that identifier.
 */
const LadderStepInfo *
ladder_walkthrough_find_step (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < LADDER_N_STEPS; i++)
    if (strcmp (steps[i].id, id) == 0)
      return &steps[i];

  return NULL;
}

/**
 * ladder_walkthrough_next:
 * @step: the current step
 * @next: (out): the step after @step
 *
 * Returns: %FALSE when @step is the last step.
 */
gboolean
ladder_walkthrough_next (LadderStep  step,
                         LadderStep *next)
{
  g_return_val_if_fail (step < LADDER_N_STEPS, FALSE);

  if (step + 1 >= LADDER_N_STEPS)
    return FALSE;
  *next = step + 1;
  return TRUE;
}

/**
 * ladder_walkthrough_previous:
 * @step: the current step
 * @previous: (out): the step before @step
 *
 * Returns: %FALSE when @step is the first step.
 */
gboolean
ladder_walkthrough_previous (LadderStep  step,
                             LadderStep *previous)
{
  g_return_val_if_fail (step < LADDER_N_STEPS, FALSE);

  if (step == LADDER_STEP_START)
    return FALSE;
  *previous = step - 1;
  return TRUE;
}
