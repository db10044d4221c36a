/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The action plan worked on: the actions filtered and sorted for a list,
 * their owners, what each is linked to in words, and the plan as CSV. */
#pragma once

#include <gio/gio.h>

#include "ladder-assessment.h"
#include "ladder-content.h"

G_BEGIN_DECLS

/* Which actions to show: all, those with one status, or those overdue. The
 * status filters are in the order of LadderActionStatus, one after ALL. */
typedef enum
{
  LADDER_ACTION_FILTER_ALL,
  LADDER_ACTION_FILTER_NOT_STARTED,
  LADDER_ACTION_FILTER_ON_TRACK,
  LADDER_ACTION_FILTER_AT_RISK,
  LADDER_ACTION_FILTER_DONE,
  LADDER_ACTION_FILTER_OVERDUE,    /* not done and past its due date */
  LADDER_N_ACTION_FILTERS
} LadderActionFilter;

typedef enum
{
  LADDER_ACTION_SORT_DUE,          /* soonest first, no date last */
  LADDER_ACTION_SORT_OWNER,        /* alphabetical, no owner last; then by due date */
  LADDER_ACTION_SORT_STATUS,       /* not started, on track, at risk, done; then by due date */
  LADDER_N_ACTION_SORTS
} LadderActionSort;

LadderActionFilter ladder_action_filter_for_status    (LadderActionStatus  status);
const char        *ladder_action_filter_get_label     (LadderActionFilter  filter);
const char        *ladder_action_sort_get_label       (LadderActionSort    sort);

GArray            *ladder_action_plan_select          (LadderAssessment   *assessment,
                                                       const char         *owner,
                                                       LadderActionFilter  filter,
                                                       LadderActionSort    sort,
                                                       const char         *today);
GPtrArray         *ladder_action_plan_dup_owners      (LadderAssessment   *assessment);
guint              ladder_action_plan_count_overdue   (LadderAssessment   *assessment,
                                                       const char         *today);
char              *ladder_action_plan_describe_link   (LadderContent      *content,
                                                       const LadderAction *action);
char              *ladder_action_plan_dup_today       (void);

GBytes            *ladder_action_plan_to_csv          (LadderContent      *content,
                                                       LadderAssessment   *assessment,
                                                       const char         *today);
gboolean           ladder_action_plan_write_csv       (LadderContent      *content,
                                                       LadderAssessment   *assessment,
                                                       const char         *today,
                                                       const char         *path,
                                                       GError            **error);

G_END_DECLS
