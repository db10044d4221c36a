/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recommendation page: the advice, the ladder, reasons with the answers
 * and research behind them, caveats, confidence, what would change it and
 * the success factors to check. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-recommendation.h"

G_BEGIN_DECLS

#define LADDER_TYPE_RECOMMENDATION_VIEW (ladder_recommendation_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderRecommendationView, ladder_recommendation_view, LADDER, RECOMMENDATION_VIEW, GtkBox)

GtkWidget            *ladder_recommendation_view_new      (void);
gboolean              ladder_recommendation_view_set      (LadderRecommendationView *self,
                                                           LadderRecommendation     *recommendation,
                                                           LadderAssessment         *assessment);
LadderRecommendation *ladder_recommendation_view_get_recommendation (LadderRecommendationView *self);
const char           *ladder_recommendation_view_get_headline (LadderRecommendationView *self);

G_END_DECLS
