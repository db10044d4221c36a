/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by ladder-compare.c and ladder-compare-indicators.c only. */
#pragma once

#include "ladder-compare.h"

G_BEGIN_DECLS

GPtrArray *ladder_comparison_gather_indicators (LadderContent    *content,
                                                LadderDataset    *dataset,
                                                LadderAssessment *assessment,
                                                char * const     *dates,
                                                char            **data_council,
                                                char            **why_not);

G_END_DECLS
