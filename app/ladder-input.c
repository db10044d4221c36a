/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening the files Ladder reads: ordinary files only, never blocking, and
 * named in messages in a way no file name can break. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-input.h"
#include "ladder-review.h"

/* Read at a time when the size is not known in advance. */
#define READ_SIZE (64 * 1024)

static void
refuse_kind (const char  *path,
             const char  *display_name,
             mode_t       mode,
             GError     **error)
{
  if (S_ISDIR (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 "%s is a folder, not a file", display_name);
  else if (S_ISFIFO (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 "%s is a named pipe, not a file", display_name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    {
      /* Named in full: "zero is a device" would leave the reader guessing. */
      g_autofree char *full = g_filename_display_name (path);
      g_autofree char *shown = ladder_text_sanitise (full);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   "%s is a device, not a file", shown);
    }
  else if (S_ISSOCK (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 "%s is a socket, not a file", display_name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 "%s is not an ordinary file", display_name);
}

static void
set_errno_error (GError     **error,
                 int          saved,
                 const char  *display_name,
                 const char  *what)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s %s: %s",
               display_name, what, g_strerror (saved));
}

/**
 * ladder_input_display_name:
 * @path: a path in the file system's encoding
 *
 * The name to give a file in a message, a report or on paper: its base
 * name, converted to UTF-8 as well as it can be, with line breaks, escape
 * sequences and other control characters replaced, so that no file name
 * can split a one-line message or drive a terminal.
 *
 * Returns: (transfer full): the name; "(no name)" for an empty path.
 */
char *
ladder_input_display_name (const char *path)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (path[0] == '\0')
    return g_strdup ("(no name)");
  name = g_filename_display_basename (path);
  return ladder_text_sanitise (name);
}

/**
 * ladder_input_open:
 * @path: the file
 * @display_name: its name for messages, from ladder_input_display_name()
 * @size: (out): its size when opened
 * @error: where a problem is reported, as a sentence naming the file
 *
 * Opens a file for reading, refusing anything that is not an ordinary
 * file (a folder, a named pipe, a device such as /dev/zero, a socket)
 * with a message saying what it is. Never waits: a named pipe would
 * otherwise hold the open until something wrote to it.
 *
 * Returns: a descriptor to close with g_close(), or -1.
 */
int
ladder_input_open (const char  *path,
                   const char  *display_name,
                   guint64     *size,
                   GError     **error)
{
  struct stat st;
  int fd;
  int flags;

  g_return_val_if_fail (path != NULL, -1);
  g_return_val_if_fail (display_name != NULL, -1);

  if (path[0] == '\0')
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           "No file was named: the path is empty");
      return -1;
    }
  /* Looked at before opening, since opening a device may itself do
   * something (a tape rewinds, a watchdog starts). */
  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      refuse_kind (path, display_name, st.st_mode, error);
      return -1;
    }
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, display_name, "could not be opened");
      return -1;
    }
  /* Checked again on what was opened: the path may have changed since. */
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      g_close (fd, NULL);
      set_errno_error (error, saved, display_name, "could not be opened");
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      refuse_kind (path, display_name, st.st_mode, error);
      return -1;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
    {
      int saved = errno;

      g_close (fd, NULL);
      set_errno_error (error, saved, display_name, "could not be opened");
      return -1;
    }
  if (size != NULL)
    *size = st.st_size;
  return fd;
}

/**
 * ladder_input_recognise:
 * @head: the first bytes of a file
 * @n_head: how many there are (16 are enough)
 * @noun: (out) (optional): what the file is, as "a PDF document"; %NULL
 *   for %LADDER_INPUT_TEXT
 *
 * Knows the files people give Ladder by mistake, a workbook or a PDF
 * renamed, by their first bytes, so that a message can say what the file
 * is rather than what its bytes look like when read as text.
 *
 * Returns: what the file is.
 */
LadderInputKind
ladder_input_recognise (const guchar  *head,
                        gsize          n_head,
                        const char   **noun)
{
  static const struct { const char *magic; gsize length; LadderInputKind kind; const char *noun; } formats[] = {
    { "PK\x03\x04", 4, LADDER_INPUT_ZIP,
      "an Excel workbook or another zip file (such as an OpenDocument spreadsheet)" },
    { "PK\x05\x06", 4, LADDER_INPUT_ZIP,
      "an Excel workbook or another zip file (such as an OpenDocument spreadsheet)" },
    { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, LADDER_INPUT_XLS, "an older Excel workbook (.xls)" },
    { "\x1F\x8B", 2, LADDER_INPUT_GZIP, "a compressed (gzip) file" },
    { "%PDF", 4, LADDER_INPUT_PDF, "a PDF document" },
    { "\x89PNG", 4, LADDER_INPUT_IMAGE, "a PNG image" },
    { "\xFF\xD8\xFF", 3, LADDER_INPUT_IMAGE, "a JPEG image" },
    { "\xFF\xFE\x00\x00", 4, LADDER_INPUT_UTF32, "text saved as UTF-32" },
    { "\x00\x00\xFE\xFF", 4, LADDER_INPUT_UTF32, "text saved as UTF-32" },
  };

  g_return_val_if_fail (head != NULL || n_head == 0, LADDER_INPUT_TEXT);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (n_head >= formats[i].length && memcmp (head, formats[i].magic, formats[i].length) == 0)
      {
        if (noun != NULL)
          *noun = formats[i].noun;
        return formats[i].kind;
      }
  if (noun != NULL)
    *noun = NULL;
  return LADDER_INPUT_TEXT;
}

/**
 * ladder_input_read:
 * @fd: a descriptor from ladder_input_open()
 * @display_name: the file's name for messages
 * @max_size: the most the caller accepts
 * @length: (out): how many bytes were read
 * @error: where a read error is reported, as a sentence naming the file
 *
 * Reads from the current position to the end into memory, but never more
 * than @max_size + 1 bytes: a caller that checked the size before reading
 * learns that the file grew past its limit, and a file that keeps growing
 * cannot take all the memory. Unlike a mapping of the file, the copy stays
 * valid whatever happens to the file while it is read.
 *
 * Returns: (transfer full) (nullable): the bytes, with a NUL after them.
 */
char *
ladder_input_read (int          fd,
                   const char  *display_name,
                   gsize        max_size,
                   gsize       *length,
                   GError     **error)
{
  gsize limit = max_size < G_MAXSIZE - 1 ? max_size + 1 : G_MAXSIZE - 1;
  struct stat st;
  gsize allocated = READ_SIZE;
  gsize n = 0;
  char *data;

  g_return_val_if_fail (fd >= 0, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  /* Room for the whole file at once when its size is known. */
  if (fstat (fd, &st) == 0 && st.st_size > 0)
    allocated = MIN ((guint64) st.st_size + 1, (guint64) limit);
  allocated = MIN (allocated, limit) + 1;
  data = g_malloc (allocated);
  while (n < limit)
    {
      gssize got;

      if (n + 1 == allocated)
        {
          allocated = MIN (allocated * 2, limit + 1);
          data = g_realloc (data, allocated);
        }
      got = read (fd, data + n, MIN (allocated - 1 - n, (gsize) G_MAXSSIZE));
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          set_errno_error (error, errno, display_name, "could not be read");
          g_free (data);
          return NULL;
        }
      if (got == 0)
        break;
      n += got;
    }
  data[n] = '\0';
  *length = n;
  return data;
}
