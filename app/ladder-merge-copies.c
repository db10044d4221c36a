/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing the copies people answer on their own: one file per person in a
 * folder, each named after the council and the person, never replacing a
 * file that is already there. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-atomic-file.h"
#include "ladder-merge.h"

/* Leaves room for " (999).ladder" and the folder within common limits. */
#define MAX_STEM_BYTES 200

/* A file name from text: no path separators, characters that Windows or a
 * terminal would trip on, control or invisible formatting characters, and
 * no leading dot that would hide it. */
static char *
safe_file_stem (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if ((c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL) || type == G_UNICODE_CONTROL ||
          type == G_UNICODE_FORMAT || type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  while (out->len > MAX_STEM_BYTES || (out->len > 0 && strchr (". ", out->str[out->len - 1]) != NULL))
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);

      g_string_truncate (out, last != NULL ? (gsize) (last - out->str) : 0);
    }
  while (out->len > 0 && (out->str[0] == '.' || out->str[0] == ' '))
    g_string_erase (out, 0, 1);
  if (out->len == 0)
    g_string_assign (out, "Copy");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Claims a name no file has, "Stem.ladder" or "Stem (2).ladder" and so on,
 * by creating it empty: two copies being written at once cannot take the
 * same name, and no existing file is ever replaced. */
static char *
claim_path (const char  *folder,
            const char  *stem,
            GError     **error)
{
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.ladder", stem)
                                     : g_strdup_printf ("%s (%u).ladder", stem, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      int saved_errno = errno;

      if (fd >= 0)
        {
          g_close (fd, NULL);
          return g_steal_pointer (&path);
        }
      if (saved_errno != EEXIST)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s could not be written: %s. Choose a folder you can save in.",
                       display, g_strerror (saved_errno));
          return NULL;
        }
    }
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               "The folder already holds a thousand copies named “%s”. Choose another folder.", stem);
  return NULL;
}

/**
 * ladder_merge_write_copies:
 * @review: a review
 * @respondent_ids: (array zero-terminated=1): the people to write copies for
 * @folder: an existing folder
 * @written_paths: (out) (optional) (transfer full) (element-type filename):
 *   the files written, in the order of @respondent_ids
 * @error: return location for a message naming the file or folder
 *
 * Writes one file per person for them to answer on their own
 * (ladder_assessment_copy_for_respondent()), named "Council – Person.ladder"
 * with " (2)" and so on added rather than replace any file. Each copy holds
 * that person's own answers, private notes too, and nobody else's. A
 * review whose identifiers were made up when it was read still gets its
 * copies; it must be saved for their answers to be matched later.
 *
 * Returns: %FALSE on failure, when no copy is left behind.
 */
gboolean
ladder_merge_write_copies (LadderAssessment    *review,
                           const char * const  *respondent_ids,
                           const char          *folder,
                           GPtrArray          **written_paths,
                           GError             **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  const char *council;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (review), FALSE);
  g_return_val_if_fail (respondent_ids != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (written_paths != NULL)
    *written_paths = NULL;
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "The folder %s could not be found. Choose another folder for the copies.", display);
      return FALSE;
    }
  for (guint i = 0; respondent_ids[i] != NULL; i++)
    if (ladder_assessment_find_respondent (review, respondent_ids[i]) == NULL)
      {
        g_set_error (error, LADDER_MERGE_ERROR, LADDER_MERGE_ERROR_NO_PERSON,
                     "There is no person “%s” in this review, so no copies were written.", respondent_ids[i]);
        return FALSE;
      }

  council = ladder_assessment_get_council_name (review);
  if (council == NULL || *council == '\0')
    council = "Assessment";
  for (guint i = 0; respondent_ids[i] != NULL; i++)
    {
      const LadderRespondent *person = ladder_assessment_find_respondent (review, respondent_ids[i]);
      g_autoptr(LadderAssessment) copy = ladder_assessment_copy_for_respondent (review, respondent_ids[i]);
      g_autofree char *label = ladder_assessment_dup_person_label (review, person, TRUE);
      g_autofree char *title = g_strdup_printf ("%s – %s", council, label);
      g_autofree char *stem = safe_file_stem (title);
      g_autofree char *path = NULL;
      g_autofree char *data = NULL;
      gsize length;

      path = claim_path (folder, stem, error);
      if (path == NULL)
        goto failed;
      data = ladder_assessment_to_data (copy, NULL, &length);
      if (!ladder_file_write_atomic (path, data, length, error))
        {
          g_unlink (path);
          goto failed;
        }
      g_ptr_array_add (written, g_steal_pointer (&path));
    }
  if (written_paths != NULL)
    *written_paths = g_steal_pointer (&written);
  return TRUE;

failed:
  for (guint i = 0; i < written->len; i++)
    g_unlink (written->pdata[i]);
  return FALSE;
}
