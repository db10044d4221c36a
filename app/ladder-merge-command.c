/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder merge": brings the answers people gave in their own copies back
 * into the review and writes the result to a new file. Any copy refused,
 * or any difference left without --prefer, and nothing is written. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-atomic-file.h"
#include "ladder-cli.h"
#include "ladder-merge-command.h"
#include "ladder-merge.h"
#include "ladder-review.h"

/* Text from files, on one line and unable to act on the terminal. */
static void
append_line (GString    *out,
             const char *text)
{
  g_autofree char *safe = ladder_text_sanitise (text);

  g_string_append (out, safe);
  g_string_append_c (out, '\n');
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  return strcmp (a, b) == 0;
}

static int
fail (GString    *err,
      const char *message)
{
  g_autofree char *line = g_strconcat ("ladder: merge: ", message, NULL);

  /* One line, whatever the message. */
  g_strdelimit (line, "\n", ' ');
  append_line (err, line);
  return LADDER_EXIT_BAD_INPUT;
}

/* What to add to a refusal to write a read-only -o. */
static const char *
force_hint (const GError *error)
{
  return g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY)
         ? "; add --force to replace it" : "";
}

/* Parses the arguments; on a mistake, says so on @err. */
static gboolean
parse_arguments (int                   argc,
                 char                **argv,
                 GPtrArray            *files,
                 const char          **output,
                 const char          **prefer,
                 LadderFileWriteFlags *output_flags,
                 GString              *err)
{
  for (int i = 0; i < argc; i++)
    {
      gboolean is_output = strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--output") == 0;

      if (is_output || strcmp (argv[i], "--prefer") == 0)
        {
          if (i + 1 >= argc)
            {
              g_string_append_printf (err, "ladder: merge: '%s' needs %s\n", argv[i],
                                      is_output ? "a file name" : "'review' or 'copies'");
              return FALSE;
            }
          *(is_output ? output : prefer) = argv[++i];
        }
      else if (strcmp (argv[i], "--force") == 0)
        *output_flags |= LADDER_FILE_WRITE_REPLACE_READ_ONLY;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_autofree char *safe = ladder_text_sanitise (argv[i]);

          g_string_append_printf (err, "ladder: merge has no option '%s'\n", safe);
          return FALSE;
        }
      else
        g_ptr_array_add (files, argv[i]);
    }
  if (*prefer != NULL && strcmp (*prefer, "review") != 0 && strcmp (*prefer, "copies") != 0)
    {
      g_autofree char *safe = ladder_text_sanitise (*prefer);

      g_string_append_printf (err, "ladder: merge: --prefer takes 'review' or 'copies', not '%s'\n", safe);
      return FALSE;
    }
  if (files->len < 2 || *output == NULL)
    {
      g_string_append (err, "ladder: merge needs the REVIEW.ladder, at least one COPY.ladder and -o OUT.ladder\n");
      return FALSE;
    }
  /* -o names the file itself, never what a link there leads to (the
   * window's Save follows the links its user chose); refused before any
   * copy is read, and again by the write itself. */
  {
    g_autoptr(GError) error = NULL;

    if (!ladder_file_check_replaceable (*output, *output_flags, &error))
      {
        g_autofree char *safe = ladder_text_sanitise (error->message);

        g_string_append_printf (err, "ladder: merge: %s%s\n", safe, force_hint (error));
        return FALSE;
      }
  }
  return TRUE;
}

/* One line per difference, then what to do about them. */
static void
write_conflicts (LadderMerge *merge,
                 GString     *err)
{
  guint n = ladder_merge_get_n_conflicts (merge);

  for (guint i = 0; i < n; i++)
    {
      const LadderMergeConflict *conflict = ladder_merge_get_conflict (merge, i);
      g_autofree char *how = ladder_merge_conflict_describe (conflict);
      g_autofree char *line = g_strdup_printf ("%s: %s, %s: %s", conflict->file, conflict->person,
                                               conflict->question_id, how);

      append_line (err, line);
    }
  g_string_append_printf (err, "ladder: merge: %u %s between the review and the copies; choose with "
                          "--prefer review (keep the answers held) or --prefer copies (take the copies' "
                          "answers). Nothing was written.\n", n, n == 1 ? "answer differs" : "answers differ");
}

/**
 * ladder_merge_command:
 * @argc: arguments after "merge"
 * @argv: REVIEW.ladder, COPY.ladder..., -o OUT.ladder, --force and --prefer review|copies
 * @out: what each copy brought, a summary and where it was written
 * @err: a line per refused copy or difference, and what to do
 *
 * Returns: 0, or 2 when an argument or copy is wrong, or answers differ
 *   with no --prefer; then nothing is written.
 */
int
ladder_merge_command (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(LadderDocument) document = NULL;
  LadderAssessment *review;
  g_autoptr(LadderMerge) merge = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *summary_line = NULL;
  const char *output = NULL, *prefer = NULL;
  LadderFileWriteFlags output_flags = LADDER_FILE_WRITE_STRICT, previous_flags;
  gboolean refused = FALSE, saved;

  if (!parse_arguments (argc, argv, files, &output, &prefer, &output_flags, err))
    return LADDER_EXIT_BAD_INPUT;
  for (guint i = 1; i < files->len; i++)
    if (same_file (output, files->pdata[i]))
      {
        g_autofree char *message = g_strdup_printf ("-o %s is one of the copies; write the merged review "
                                                    "to another file", output);

        return fail (err, message);
      }

  document = ladder_cli_open_document (files->pdata[0], err);
  if (document == NULL)
    return LADDER_EXIT_BAD_INPUT;
  review = ladder_document_get_assessment (document);
  merge = ladder_merge_new (ladder_document_get_content (document), review);
  ladder_merge_set_review_path (merge, files->pdata[0]);
  for (guint i = 1; i < files->len; i++)
    if (!ladder_merge_add_file (merge, files->pdata[i], &error))
      {
        /* Every refused copy is named, not just the first. */
        fail (err, error->message);
        g_clear_error (&error);
        refused = TRUE;
      }
  if (refused)
    return fail (err, "no copies were brought in and nothing was written");
  if (ladder_merge_get_n_conflicts (merge) > 0 && prefer == NULL)
    {
      write_conflicts (merge, err);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (prefer != NULL)
    ladder_merge_resolve_all (merge, strcmp (prefer, "copies") == 0 ? LADDER_MERGE_TAKE_INCOMING
                                                                    : LADDER_MERGE_KEEP_HELD);

  /* As Add Answers from Files does in the window. */
  result = ladder_merge_dup_result (merge);
  summary = ladder_merge_describe (merge);
  ladder_document_replace_respondents (document, result, summary);
  previous_flags = ladder_file_write_set_thread_flags (output_flags);
  saved = ladder_document_save (document, output, &error);
  ladder_file_write_set_thread_flags (previous_flags);
  if (!saved)
    {
      g_autofree char *message = g_strconcat (error->message, force_hint (error), NULL);

      return fail (err, message);
    }

  for (guint f = 0; f < ladder_merge_get_n_files (merge); f++)
    {
      GPtrArray *notes = ladder_merge_get_file_notes (merge, f);

      for (guint n = 0; n < notes->len; n++)
        append_line (out, notes->pdata[n]);
    }
  summary_line = g_strconcat (summary, ".", NULL);
  append_line (out, summary_line);
  {
    g_autofree char *line = g_strdup_printf ("Wrote the merged review to %s", output);

    append_line (out, line);
  }
  return LADDER_EXIT_OK;
}
