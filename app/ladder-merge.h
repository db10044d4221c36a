/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bringing back the answers people gave in their own copies of a review,
 * with a choice wherever a copy and the review disagree; and writing those
 * copies in the first place. */
#pragma once

#include <glib.h>

#include "ladder-assessment.h"
#include "ladder-content.h"

G_BEGIN_DECLS

#define LADDER_MERGE_ERROR (ladder_merge_error_quark ())

/* Why a copy was refused. A file that cannot be read keeps the reader's own
 * error (G_FILE_ERROR, LADDER_ASSESSMENT_ERROR). */
typedef enum
{
  LADDER_MERGE_ERROR_OTHER_COUNCIL,
  LADDER_MERGE_ERROR_OWN_REVIEW,
  LADDER_MERGE_ERROR_NO_PERSON,
} LadderMergeError;

typedef enum
{
  LADDER_MERGE_UNDECIDED,
  LADDER_MERGE_KEEP_HELD,
  LADDER_MERGE_TAKE_INCOMING,
} LadderMergeChoice;

/* One question a person answered differently in a copy from the answer
 * already held. */
typedef struct
{
  char                 *file;           /* the copy's display name */
  char                 *held_from;      /* the copy the held answer came from; NULL: the review */
  char                 *respondent_id;  /* in the result */
  char                 *respondent_uid;
  char                 *person;         /* ladder_assessment_dup_person_label() with role */
  char                 *question_id;
  const LadderQuestion *question;       /* NULL when this version's bank lacks it */
  LadderAnswer         *held;
  LadderAnswer         *incoming;
  LadderMergeChoice     choice;
} LadderMergeConflict;

typedef struct _LadderMerge LadderMerge;

GQuark                     ladder_merge_error_quark       (void);

LadderMerge               *ladder_merge_new               (LadderContent     *content,
                                                           LadderAssessment  *review);
LadderMerge               *ladder_merge_ref               (LadderMerge       *self);
void                       ladder_merge_unref             (LadderMerge       *self);
void                       ladder_merge_set_review_path   (LadderMerge       *self,
                                                           const char        *path);

gboolean                   ladder_merge_add_file          (LadderMerge       *self,
                                                           const char        *path,
                                                           GError           **error);
gboolean                   ladder_merge_add_copy          (LadderMerge       *self,
                                                           LadderAssessment  *copy,
                                                           const char        *display_name,
                                                           GError           **error);

guint                      ladder_merge_get_n_files       (LadderMerge       *self);
const char                *ladder_merge_get_file_name     (LadderMerge       *self,
                                                           guint              index);
GPtrArray                 *ladder_merge_get_file_notes    (LadderMerge       *self,
                                                           guint              index);

guint                      ladder_merge_get_n_conflicts   (LadderMerge       *self);
const LadderMergeConflict *ladder_merge_get_conflict      (LadderMerge       *self,
                                                           guint              index);
void                       ladder_merge_resolve           (LadderMerge       *self,
                                                           guint              index,
                                                           LadderMergeChoice  choice);
void                       ladder_merge_resolve_all       (LadderMerge       *self,
                                                           LadderMergeChoice  choice);
gboolean                   ladder_merge_is_resolved       (LadderMerge       *self);
char                      *ladder_merge_conflict_describe (const LadderMergeConflict *conflict);

GPtrArray                 *ladder_merge_dup_result        (LadderMerge       *self);
gboolean                   ladder_merge_changes_anything  (LadderMerge       *self);
char                      *ladder_merge_describe          (LadderMerge       *self);

gboolean                   ladder_merge_write_copies      (LadderAssessment  *review,
                                                           const char * const *respondent_ids,
                                                           const char        *folder,
                                                           GPtrArray        **written_paths,
                                                           GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderMerge, ladder_merge_unref)

G_END_DECLS
