/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the file reader needs of an assessment and nobody else should use. */
#pragma once

#include "ladder-assessment.h"

G_BEGIN_DECLS

LadderRespondent *ladder_assessment_insert_respondent (LadderAssessment      *self,
                                                       const char            *id,
                                                       const char            *name,
                                                       const char            *role,
                                                       LadderLeadershipLevels level);
void              ladder_assessment_put_answer        (LadderRespondent      *respondent,
                                                       const char            *question_id,
                                                       LadderRating           rating,
                                                       const char            *note,
                                                       gboolean               private_note);

G_END_DECLS
