/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a file so that, killed at any moment, it is whole: old or new. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-atomic-file.h"
#include "ladder-sanitise.h"

/* The temporary file sits beside the target, hidden, with a suffix that
 * names its purpose, so that a stale one can be recognised and removed:
 * ".NAME.save-XXXXXX". */
#define TEMP_INFIX ".save-"

/* What a save may replace ("hostile files"):
 * - A symbolic link at the name. The command line's -o refuses it
 *   (LADDER_FILE_WRITE_STRICT): a name in a script or a shared folder may
 *   be a link someone else planted to have Ladder overwrite a file of
 *   their choosing, and a refusal says so, where replacing the link would
 *   silently lose it. The window's Save follows links
 *   (LADDER_FILE_WRITE_FOLLOW_LINKS): the user chose the file in a
 *   dialog, where a link to their own assessment is that assessment, and
 *   saving keeps the link pointing at the new version, as editors do.
 * - A device, FIFO, socket or folder: never replaced, whoever asks.
 * - A read-only file: renaming over it needs only the folder's
 *   permission, so it is asked for: --force on the command line
 *   (LADDER_FILE_WRITE_REPLACE_READ_ONLY). The window refuses it
 *   (LADDER_FILE_ERROR_READ_ONLY) and says to save under another name:
 *   someone made it read-only to keep it as it is, and Save on an open
 *   file asks nothing.
 * Each is checked with lstat() before the write. Without FOLLOW_LINKS
 * the rename that puts the new version in place never follows a link or
 * writes into a node, so a change after the check cannot redirect it. */

/* Follows symbolic links, so that saving through one replaces the file it
 * points at and leaves the link alone. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (int hops = 0; hops < 16; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP,
               "%s could not be saved: it is a link that leads round in a circle", path);
  return NULL;
}

/* A path as a message shows it: a newline or an escape sequence in a name
 * must not split the message or act on a terminal. */
static char *
display_path (const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  return ladder_text_sanitise (name);
}

static gboolean
fail_errno (GError    **error,
            const char *path,
            const char *what,
            int         saved_errno)
{
  g_autofree char *name = display_path (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s could not be saved: %s (%s)", name, what, g_strerror (saved_errno));
  return FALSE;
}

G_DEFINE_QUARK (ladder-file-error-quark, ladder_file_error)

/* What the plain ladder_file_write_atomic() does on this thread. Stored
 * with a marker bit, since an unset GPrivate reads as 0 (STRICT). */
#define THREAD_FLAGS_SET (1u << 16)
#define LEGACY_FLAGS LADDER_FILE_WRITE_FOLLOW_LINKS
static GPrivate thread_flags;

static LadderFileWriteFlags
get_thread_flags (void)
{
  guint stored = GPOINTER_TO_UINT (g_private_get (&thread_flags));

  return stored & THREAD_FLAGS_SET ? stored & ~THREAD_FLAGS_SET : LEGACY_FLAGS;
}

static LadderFileStageHook stage_hook;
static gpointer stage_hook_data;

static void
report_stage (LadderFileSaveStage  stage,
              const char          *path)
{
  if (stage_hook != NULL)
    stage_hook (stage, path, stage_hook_data);
}

/* "a folder", "a named pipe (FIFO)"...: what a save will not replace. */
static const char *
describe_kind (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISCHR (mode))
    return "a device (character special file)";
  if (S_ISBLK (mode))
    return "a device (block special file)";
  if (S_ISFIFO (mode))
    return "a named pipe (FIFO)";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

/* Read-only as a person means it: no one may write it (chmod a-w), which
 * holds even for root, or this user may not. Renaming over it needs only
 * the folder's permission, which is why it must be asked first. */
static gboolean
is_read_only (const char        *path,
              const struct stat *info)
{
  if ((info->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return TRUE;
  return access (path, W_OK) != 0 && errno == EACCES;
}

/* Decides whether what is at @target (reached from @path) may be replaced;
 * sets @existing and @exists. */
static gboolean
check_existing (const char            *path,
                const char            *target,
                LadderFileWriteFlags   flags,
                struct stat           *existing,
                gboolean              *exists,
                GError               **error)
{
  g_autofree char *name = display_path (path);
  g_autofree char *subject = NULL;

  *exists = FALSE;
  if (lstat (target, existing) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      return fail_errno (error, path, "what is there could not be examined", errno);
    }
  *exists = TRUE;
  if (strcmp (path, target) == 0)
    subject = g_strdup (name);
  else
    {
      g_autofree char *target_name = display_path (target);

      subject = g_strdup_printf ("%s (a link to %s)", name, target_name);
    }
  if (S_ISLNK (existing->st_mode))
    {
      g_set_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_SYMBOLIC_LINK,
                   "%s is a symbolic link; Ladder does not write through links: "
                   "give the real path", name);
      return FALSE;
    }
  if (!S_ISREG (existing->st_mode))
    {
      g_set_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_NOT_REGULAR,
                   "%s is %s; Ladder only ever replaces a regular file", subject,
                   describe_kind (existing->st_mode));
      return FALSE;
    }
  if (!(flags & LADDER_FILE_WRITE_REPLACE_READ_ONLY) && is_read_only (target, existing))
    {
      g_set_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY,
                   "%s is read-only, so it was not replaced", subject);
      return FALSE;
    }
  return TRUE;
}

/**
 * ladder_file_check_replaceable:
 * @path: a file that is about to be written
 * @flags: as they will be given to ladder_file_write_atomic_full()
 * @error: return location for the refusal the write would give
 *
 * Checks, before any work is done, what ladder_file_write_atomic_full()
 * will check again when it writes, so that a command can refuse its
 * output before spending time on it. A missing file is fine.
 *
 * Returns: %TRUE when the write would not be refused for what is there.
 */
gboolean
ladder_file_check_replaceable (const char            *path,
                               LadderFileWriteFlags   flags,
                               GError               **error)
{
  g_autofree char *target = NULL;
  struct stat existing;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);

  target = flags & LADDER_FILE_WRITE_FOLLOW_LINKS ? resolve_links (path, error) : g_strdup (path);
  return target != NULL && check_existing (path, target, flags, &existing, &exists, error);
}

/**
 * ladder_file_write_atomic_full:
 * @path: the file to write
 * @data: the new contents
 * @length: the number of bytes
 * @flags: how to treat a link or a read-only file at @path
 * @error: return location for an error naming the file
 *
 * Writes @data to a temporary file beside @path, flushes it to disk and
 * renames it over @path, so that after a crash or a kill at any moment
 * @path holds either the old contents or the new, never part of either.
 * An existing file keeps its permissions.
 *
 * The rename replaces the name itself and never writes through what is
 * there, so without %LADDER_FILE_WRITE_FOLLOW_LINKS nothing but @path's
 * own folder entry is ever touched: a symbolic link there is refused
 * (%LADDER_FILE_ERROR_SYMBOLIC_LINK) rather than replaced, because a link
 * the user did not make, planted in a shared folder, should be noticed,
 * not silently dropped. A device, FIFO, socket or folder is refused
 * (%LADDER_FILE_ERROR_NOT_REGULAR) whatever the flags; a read-only file
 * is refused (%LADDER_FILE_ERROR_READ_ONLY) without
 * %LADDER_FILE_WRITE_REPLACE_READ_ONLY.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_file_write_atomic_full (const char            *path,
                               const char            *data,
                               gsize                  length,
                               LadderFileWriteFlags   flags,
                               GError               **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  struct stat existing;
  gboolean keep_mode;
  int fd, dir_fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (flags & LADDER_FILE_WRITE_FOLLOW_LINKS)
    target = resolve_links (path, error);
  else
    target = g_strdup (path);
  if (target == NULL || !check_existing (path, target, flags, &existing, &keep_mode, error))
    return FALSE;
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temp = g_strdup_printf ("%s%s.%s" TEMP_INFIX "XXXXXX", dir, G_DIR_SEPARATOR_S, base);

  /* g_mkstemp_full() adds O_CREAT | O_EXCL, so a link planted at a
   * guessed temporary name is refused, never followed. */
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0 && (errno == ENOENT || errno == ENOTDIR))
    return fail_errno (error, path, "the folder it would go in does not exist", errno);
  if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
    return fail_errno (error, path, "Ladder may not write in the folder it would go in", errno);
  if (fd < 0)
    return fail_errno (error, path, "a temporary file could not be made beside it", errno);
  report_stage (LADDER_FILE_STAGE_TEMP_CREATED, temp);
  if (keep_mode && fchmod (fd, existing.st_mode & 07777) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, path, "its permissions could not be kept", saved_errno);
    }
  for (gsize done = 0; done < length;)
    {
      ssize_t n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved_errno = n < 0 ? errno : ENOSPC;

          close (fd);
          g_unlink (temp);
          return fail_errno (error, path, "writing failed", saved_errno);
        }
      done += (gsize) n;
    }
  report_stage (LADDER_FILE_STAGE_TEMP_WRITTEN, temp);
  /* Without this, a power cut after the rename can leave an empty file. */
  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return fail_errno (error, path, "the file could not be flushed to disk", saved_errno);
    }
  report_stage (LADDER_FILE_STAGE_TEMP_SYNCED, temp);
  /* rename() replaces the folder entry and never follows a link there. */
  if (g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return fail_errno (error, path, "the new version could not replace the old", saved_errno);
    }
  report_stage (LADDER_FILE_STAGE_RENAMED, target);
  /* Make the rename itself durable. Failure here loses nothing now. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  report_stage (LADDER_FILE_STAGE_DONE, target);
  return TRUE;
}

/**
 * ladder_file_write_atomic:
 * @path: the file to write
 * @data: the new contents
 * @length: the number of bytes
 * @error: return location for an error naming the file
 *
 * ladder_file_write_atomic_full() with the calling thread's flags (see
 * ladder_file_write_set_thread_flags()). By default, which is what the
 * window's saves get, links are followed; a read-only file, a device,
 * FIFO, socket or folder is refused. The command line's -o sets
 * %LADDER_FILE_WRITE_STRICT around its write.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_file_write_atomic (const char  *path,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  return ladder_file_write_atomic_full (path, data, length, get_thread_flags (), error);
}

/**
 * ladder_file_write_set_thread_flags:
 * @flags: what ladder_file_write_atomic() does on this thread from now on
 *
 * Lets a caller that writes through code it does not own, such as a
 * command's `-o` going through ladder_report_write(), choose how links and
 * read-only files are treated, for its own thread only. Restore the
 * returned value when done.
 *
 * Returns: the flags in force before.
 */
LadderFileWriteFlags
ladder_file_write_set_thread_flags (LadderFileWriteFlags flags)
{
  LadderFileWriteFlags previous = get_thread_flags ();

  g_private_set (&thread_flags, GUINT_TO_POINTER ((guint) flags | THREAD_FLAGS_SET));
  return previous;
}

/**
 * ladder_file_set_stage_hook:
 * @hook: (nullable): called at each stage of every save, or %NULL
 * @user_data: for @hook
 *
 * For tests: lets a test stop or kill a save at a known point (with the
 * path of the temporary file, or of the file once renamed), whatever the
 * speed of the build. Process-wide; set it in a forked child.
 */
void
ladder_file_set_stage_hook (LadderFileStageHook hook,
                            gpointer            user_data)
{
  stage_hook = hook;
  stage_hook_data = user_data;
}

/**
 * ladder_file_clean_temporaries:
 * @path: a file that ladder_file_write_atomic() writes
 * @min_age_seconds: leave temporaries younger than this, which another
 *   save may still be writing
 *
 * Removes temporary files that a save of @path left behind when it was
 * killed.
 *
 * Returns: how many were removed.
 */
guint
ladder_file_clean_temporaries (const char *path,
                               guint       min_age_seconds)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strdup_printf (".%s" TEMP_INFIX, base);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = NULL;
      struct stat info;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;
      full = g_build_filename (dir_path, name, NULL);
      /* Only this user's own: in a shared folder another's file of the
       * same name is not ours to remove. */
      if (g_lstat (full, &info) != 0 || !S_ISREG (info.st_mode) || info.st_uid != geteuid () ||
          now - (gint64) info.st_mtime < (gint64) min_age_seconds)
        continue;
      if (g_unlink (full) == 0)
        removed++;
    }
  return removed;
}
