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

/* The temporary file sits beside the target, hidden, with a suffix that
 * names its purpose, so that a stale one can be recognised and removed:
 * ".NAME.save-XXXXXX". */
#define TEMP_INFIX ".save-"

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

static gboolean
fail_errno (GError    **error,
            const char *path,
            const char *what,
            int         saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s could not be saved: %s (%s)", name, what, g_strerror (saved_errno));
  return FALSE;
}

/**
 * ladder_file_write_atomic:
 * @path: the file to write
 * @data: the new contents
 * @length: the number of bytes
 * @error: return location for an error naming the file
 *
 * Writes @data to a temporary file beside @path, flushes it to disk and
 * renames it over @path, so that after a crash or a kill at any moment
 * @path holds either the old contents or the new, never part of either.
 * An existing file keeps its permissions; a symbolic link keeps pointing
 * at the file, which is replaced.
 *
 * Returns: %TRUE on success.
 */
gboolean
ladder_file_write_atomic (const char  *path,
                          const char  *data,
                          gsize        length,
                          GError     **error)
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

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temp = g_strdup_printf ("%s%s.%s" TEMP_INFIX "XXXXXX", dir, G_DIR_SEPARATOR_S, base);
  keep_mode = g_stat (target, &existing) == 0;

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail_errno (error, path, "a temporary file could not be made beside it", errno);
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
  /* Without this, a power cut after the rename can leave an empty file. */
  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return fail_errno (error, path, "the file could not be flushed to disk", saved_errno);
    }
  if (g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return fail_errno (error, path, "the new version could not replace the old", saved_errno);
    }
  /* Make the rename itself durable. Failure here loses nothing now. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
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
      if (g_lstat (full, &info) != 0 || !S_ISREG (info.st_mode) ||
          now - (gint64) info.st_mtime < (gint64) min_age_seconds)
        continue;
      if (g_unlink (full) == 0)
        removed++;
    }
  return removed;
}
