/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the two halves of the file reader and writer share: the answers
 * and people (ladder-assessment-file.c) and what follows them, the
 * evidence log, the action plan and the earlier review
 * (ladder-assessment-file-plan.c). */
#pragma once

#include "ladder-assessment.h"
#include "ladder-json.h"

G_BEGIN_DECLS

gboolean ladder_assessment_file_check_date (LadderJsonDoc    *doc,
                                            const char       *path,
                                            const char       *member,
                                            const char       *text,
                                            GError          **error);
gboolean ladder_assessment_file_get_text   (LadderJsonDoc    *doc,
                                            JsonObject       *object,
                                            const char       *path,
                                            const char       *member,
                                            gboolean          required,
                                            const char      **out,
                                            GError          **error);
void     ladder_assessment_file_add_string (JsonBuilder      *builder,
                                            const char       *member,
                                            const char       *value);
gboolean ladder_assessment_read_plan       (LadderJsonDoc    *doc,
                                            JsonObject       *root,
                                            LadderAssessment *self,
                                            GError          **error);
void     ladder_assessment_build_plan      (JsonBuilder      *builder,
                                            LadderAssessment *self);

G_END_DECLS
