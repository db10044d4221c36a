/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a file so that, killed at any moment, it is whole: old or new. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LADDER_FILE_ERROR (ladder_file_error_quark ())

/**
 * LadderFileError:
 * @LADDER_FILE_ERROR_SYMBOLIC_LINK: the name is a symbolic link and the
 *   write was asked not to follow links
 * @LADDER_FILE_ERROR_NOT_REGULAR: the name is a device, FIFO, socket or
 *   folder, which a save never replaces
 * @LADDER_FILE_ERROR_READ_ONLY: the file is read-only and the write was
 *   not asked to replace it anyway
 *
 * Why a write refused to replace what is at the name. Other failures are
 * in the %G_FILE_ERROR domain.
 */
typedef enum
{
  LADDER_FILE_ERROR_SYMBOLIC_LINK,
  LADDER_FILE_ERROR_NOT_REGULAR,
  LADDER_FILE_ERROR_READ_ONLY,
} LadderFileError;

/**
 * LadderFileWriteFlags:
 * @LADDER_FILE_WRITE_STRICT: the name itself is written: a symbolic link
 *   there is refused, as is a read-only file
 * @LADDER_FILE_WRITE_FOLLOW_LINKS: a symbolic link is followed and the
 *   file it leads to is replaced, the link kept (the window's Save of the
 *   user's own assessment)
 * @LADDER_FILE_WRITE_REPLACE_READ_ONLY: a read-only file is replaced, its
 *   permissions kept (`--force`)
 *
 * How a write treats what is already at the name. A device, FIFO, socket
 * or folder is refused whatever the flags.
 */
typedef enum
{
  LADDER_FILE_WRITE_STRICT = 0,
  LADDER_FILE_WRITE_FOLLOW_LINKS = 1 << 0,
  LADDER_FILE_WRITE_REPLACE_READ_ONLY = 1 << 1,
} LadderFileWriteFlags;

/**
 * LadderFileSaveStage:
 * @LADDER_FILE_STAGE_TEMP_CREATED: the temporary file exists, empty
 * @LADDER_FILE_STAGE_TEMP_WRITTEN: it holds the new contents, not yet on disk
 * @LADDER_FILE_STAGE_TEMP_SYNCED: it is flushed to disk and closed
 * @LADDER_FILE_STAGE_RENAMED: it has replaced the file
 * @LADDER_FILE_STAGE_DONE: the folder is flushed too
 *
 * The points a save passes, in order, reported to a stage hook.
 */
typedef enum
{
  LADDER_FILE_STAGE_TEMP_CREATED,
  LADDER_FILE_STAGE_TEMP_WRITTEN,
  LADDER_FILE_STAGE_TEMP_SYNCED,
  LADDER_FILE_STAGE_RENAMED,
  LADDER_FILE_STAGE_DONE,
} LadderFileSaveStage;

typedef void (*LadderFileStageHook) (LadderFileSaveStage  stage,
                                     const char          *path,
                                     gpointer             user_data);

GQuark               ladder_file_error_quark           (void);
gboolean             ladder_file_check_replaceable     (const char            *path,
                                                        LadderFileWriteFlags   flags,
                                                        GError               **error);
gboolean             ladder_file_write_atomic_full     (const char            *path,
                                                        const char            *data,
                                                        gsize                  length,
                                                        LadderFileWriteFlags   flags,
                                                        GError               **error);
gboolean             ladder_file_write_atomic          (const char            *path,
                                                        const char            *data,
                                                        gsize                  length,
                                                        GError               **error);
LadderFileWriteFlags ladder_file_write_set_thread_flags (LadderFileWriteFlags  flags);
void                 ladder_file_set_stage_hook        (LadderFileStageHook    hook,
                                                        gpointer               user_data);
guint                ladder_file_clean_temporaries     (const char            *path,
                                                        guint                  min_age_seconds);

G_END_DECLS
