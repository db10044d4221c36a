/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which indicator to show first, and which are bare counts that say little
 * when set beside England's total. */
#pragma once

#include "ladder-assessment.h"
#include "ladder-dataset.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

gboolean    ladder_measure_is_count     (const LadderMeasure  *measure);
const char *ladder_first_indicator      (LadderRecommendation *advice,
                                         LadderAssessment     *assessment,
                                         LadderDataset        *dataset);

G_END_DECLS
