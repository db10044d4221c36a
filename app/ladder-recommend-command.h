/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder recommend": the advice for an assessment file, as text or JSON. */
#pragma once

#include <json-glib/json-glib.h>

#include "ladder-recommendation.h"

G_BEGIN_DECLS

void      ladder_recommendation_write_text (LadderRecommendation *self,
                                            LadderAssessment     *assessment,
                                            GString              *out);
JsonNode *ladder_recommendation_to_json    (LadderRecommendation *self);
JsonNode *ladder_recommendation_to_json_with_answers (LadderRecommendation *self,
                                                      LadderAssessment     *assessment);
int       ladder_recommend_command         (int                   argc,
                                            char                **argv,
                                            GString              *out,
                                            GString              *err);

G_END_DECLS
