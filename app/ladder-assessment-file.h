/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The .ladder assessment file (JSON): reading with every check, atomic
 * saving, and the autosaved copies kept for recovery after a crash. */
#pragma once

#include "ladder-assessment.h"

G_BEGIN_DECLS

#define LADDER_ASSESSMENT_FORMAT  "ladder-assessment"
#define LADDER_ASSESSMENT_VERSION 2
/* Far above any real assessment; refuses a wrong file before reading it. */
#define LADDER_ASSESSMENT_MAX_SIZE (16 * 1024 * 1024)

#define LADDER_ASSESSMENT_ERROR (ladder_assessment_error_quark ())

typedef enum
{
  LADDER_ASSESSMENT_ERROR_NOT_ASSESSMENT,
  LADDER_ASSESSMENT_ERROR_NEWER_VERSION,
  LADDER_ASSESSMENT_ERROR_TOO_LARGE,
} LadderAssessmentError;

GQuark            ladder_assessment_error_quark  (void);

LadderAssessment *ladder_assessment_load_data    (const char        *data,
                                                  gsize              length,
                                                  const char        *display_name,
                                                  char             **autosave_of,
                                                  GError           **error);
LadderAssessment *ladder_assessment_load_file    (const char        *path,
                                                  char             **autosave_of,
                                                  GError           **error);
char             *ladder_assessment_to_data      (LadderAssessment  *self,
                                                  const char        *autosave_of,
                                                  gsize             *length);
gboolean          ladder_assessment_save_file    (LadderAssessment  *self,
                                                  const char        *path,
                                                  GError           **error);

char             *ladder_autosave_get_dir        (void);
char             *ladder_autosave_new_path       (void);
gboolean          ladder_autosave_write          (LadderAssessment  *self,
                                                  const char        *autosave_path,
                                                  const char        *original_path,
                                                  GError           **error);
GPtrArray        *ladder_autosave_find           (void);

G_END_DECLS
