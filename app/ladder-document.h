/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The assessment being worked on: its file, whether it has changed since,
 * the recovery copy, undo, who is answering and the advice it gives. */
#pragma once

#include <gio/gio.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-recommendation.h"

G_BEGIN_DECLS

#define LADDER_TYPE_DOCUMENT (ladder_document_get_type ())

G_DECLARE_FINAL_TYPE (LadderDocument, ladder_document, LADDER, DOCUMENT, GObject)

/* Long enough to gather a burst of typing into one write. */
#define LADDER_DOCUMENT_AUTOSAVE_DELAY_MS 2000

LadderDocument       *ladder_document_new                  (LadderContent    *content);

LadderContent        *ladder_document_get_content          (LadderDocument   *self);
LadderAssessment     *ladder_document_get_assessment       (LadderDocument   *self);
const char           *ladder_document_get_path             (LadderDocument   *self);
char                 *ladder_document_dup_title            (LadderDocument   *self);
gboolean              ladder_document_get_modified         (LadderDocument   *self);
LadderRecommendation *ladder_document_get_advice           (LadderDocument   *self);
guint                 ladder_document_get_n_advice_computed (LadderDocument  *self);

void                  ladder_document_new_assessment       (LadderDocument   *self);
void                  ladder_document_set_assessment       (LadderDocument   *self,
                                                            LadderAssessment *assessment,
                                                            const char       *path);
gboolean              ladder_document_open                 (LadderDocument   *self,
                                                            const char       *path,
                                                            GError          **error);
gboolean              ladder_document_save                 (LadderDocument   *self,
                                                            const char       *path,
                                                            GError          **error);
void                  ladder_document_discard_changes      (LadderDocument   *self);

void                  ladder_document_set_autosave_delay   (LadderDocument   *self,
                                                            guint             milliseconds);
const char           *ladder_document_get_autosave_path    (LadderDocument   *self);
gboolean              ladder_document_autosave_now         (LadderDocument   *self,
                                                            GError          **error);
gboolean              ladder_document_recover              (LadderDocument   *self,
                                                            const char       *autosave_path,
                                                            GError          **error);
void                  ladder_document_close                (LadderDocument   *self);

const char           *ladder_document_get_respondent       (LadderDocument   *self);
void                  ladder_document_set_respondent       (LadderDocument   *self,
                                                            const char       *respondent_id);
const char           *ladder_document_add_respondent       (LadderDocument   *self,
                                                            const char       *name,
                                                            const char       *role,
                                                            LadderLeadershipLevels level,
                                                            gboolean          by_role);
gboolean              ladder_document_remove_respondent    (LadderDocument   *self,
                                                            const char       *respondent_id);
guint                 ladder_document_count_answers        (LadderDocument   *self,
                                                            const char       *respondent_id);
void                  ladder_document_set_answer           (LadderDocument   *self,
                                                            const char       *question_id,
                                                            LadderRating      rating,
                                                            const char       *note,
                                                            gboolean          private_note);
void                  ladder_document_replace_respondents  (LadderDocument   *self,
                                                            GPtrArray        *respondents,
                                                            const char       *undo_label);

char                 *ladder_document_add_evidence         (LadderDocument   *self,
                                                            const LadderEvidence *entry,
                                                            GError          **error);
gboolean              ladder_document_update_evidence      (LadderDocument   *self,
                                                            const LadderEvidence *entry,
                                                            GError          **error);
gboolean              ladder_document_remove_evidence      (LadderDocument   *self,
                                                            const char       *id);
char                 *ladder_document_add_action           (LadderDocument   *self,
                                                            const LadderAction *action,
                                                            GError          **error);
gboolean              ladder_document_update_action        (LadderDocument   *self,
                                                            const LadderAction *action,
                                                            GError          **error);
gboolean              ladder_document_remove_action        (LadderDocument   *self,
                                                            const char       *id);
void                  ladder_document_start_follow_up      (LadderDocument   *self,
                                                            const char       *today);

gboolean              ladder_document_get_can_undo         (LadderDocument   *self);
char                 *ladder_document_undo                 (LadderDocument   *self);

G_END_DECLS
