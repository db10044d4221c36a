/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder report": the board paper for an assessment, as a PDF, with no
 * display. The data files given with --data supply the evidence charts. */
#include "config.h"

#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-cli.h"
#include "ladder-report-command.h"
#include "ladder-report.h"
#include "ladder-search.h"

/* What to add to a refusal to write a read-only -o. */
static const char *
force_hint (const GError *error)
{
  return g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY)
         ? "; add --force to replace it" : "";
}

/* With data given, the paper shows the assessment's council's figures, so
 * a council the data lacks is refused rather than printed without them. */
static gboolean
council_in_data (LadderAssessment *assessment,
                 LadderDataset    *dataset,
                 GString          *err)
{
  const char *asked;
  g_autofree char *suggestion = NULL;
  guint area;

  if (ladder_dataset_find_council_or_suggest (dataset, ladder_assessment_get_council_code (assessment),
                                              ladder_assessment_get_council_name (assessment), &area, &asked,
                                              &suggestion))
    return TRUE;
  if (asked == NULL)
    {
      g_string_append (err, "ladder: report: the assessment does not name its council, so its figures cannot "
                            "be found in the data given; choose the council on the Start step\n");
      return FALSE;
    }
  g_string_append_printf (err, "ladder: report: the council '%s' is not in the data given. %s\n", asked, suggestion);
  return FALSE;
}

/* "a, b,c" as { "a", "b", "c" } after @list's own. */
static char **
add_list (char       **list,
          const char  *value)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);

  if (list != NULL)
    g_strv_builder_addv (items, (const char **) list);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (items, parts[i]);
  g_strfreev (list);
  return g_strv_builder_end (items);
}

/* The options that take a value: "--author NAME" and the like; the lists
 * grow each time they are given, sections also by commas, indicators one
 * whole code at a time. */
static void
value_option (const char          *option,
              const char          *value,
              LadderReportOptions *options)
{
  char **text = strcmp (option, "--author") == 0 ? &options->author
                : strcmp (option, "--report-number") == 0 ? &options->report_number
                : strcmp (option, "--marking") == 0 ? &options->marking : NULL;

  if (text != NULL)
    {
      g_free (*text);
      *text = g_strdup (value);
    }
  else if (strcmp (option, "--sections") == 0)
    options->sections = add_list (options->sections, value);
  else
    {
      /* Whole: measure codes may hold commas ("CPP_Total_Rateper10,000"). */
      g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

      if (options->indicators != NULL)
        g_strv_builder_addv (codes, (const char **) options->indicators);
      g_strv_builder_add (codes, value);
      g_strfreev (options->indicators);
      options->indicators = g_strv_builder_end (codes);
    }
}

static gboolean
takes_value (const char *option)
{
  static const char * const with_value[] = {
    "--author", "--report-number", "--marking", "--sections", "--indicator", NULL,
  };

  return g_strv_contains (with_value, option);
}

/**
 * ladder_report_command:
 * @argc: arguments after "report"
 * @argv: FILE.ladder, -o PAPER.pdf, --force, --data FILE..., and the
 *   paper's options: --author, --report-number, --marking, --sections and
 *   --indicator
 * @out: where the paper was written
 * @err: one line naming the problem
 *
 * Returns: 0, or 2 for a bad option, file or output.
 */
int
ladder_report_command (int       argc,
                       char    **argv,
                       GString  *out,
                       GString  *err)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(LadderDocument) document = NULL;
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(LadderReportOptions) options = ladder_report_options_new ();
  g_autoptr(GError) error = NULL;
  const char *path = NULL, *output = NULL;
  LadderFileWriteFlags output_flags = LADDER_FILE_WRITE_STRICT, previous_flags;
  gboolean written;

  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--data") == 0)
        {
          /* Every argument up to the next option is a data file. */
          while (i + 1 < argc && argv[i + 1][0] != '-')
            g_ptr_array_add (files, argv[++i]);
        }
      else if (strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--output") == 0)
        {
          if (i + 1 >= argc)
            {
              g_string_append_printf (err, "ladder: report: '%s' needs a file name\n", argv[i]);
              return LADDER_EXIT_BAD_INPUT;
            }
          output = argv[++i];
        }
      else if (strcmp (argv[i], "--force") == 0)
        output_flags |= LADDER_FILE_WRITE_REPLACE_READ_ONLY;
      else if (takes_value (argv[i]))
        {
          if (i + 1 >= argc)
            {
              g_string_append_printf (err, "ladder: report: '%s' needs a value\n", argv[i]);
              return LADDER_EXIT_BAD_INPUT;
            }
          value_option (argv[i], argv[i + 1], options);
          i++;
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_string_append_printf (err, "ladder: report has no option '%s'\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      else if (path != NULL)
        {
          g_string_append (err, "ladder: report reads one FILE.ladder at a time\n");
          return LADDER_EXIT_BAD_INPUT;
        }
      else
        path = argv[i];
    }
  if (path == NULL || output == NULL)
    {
      g_string_append (err, "ladder: report needs a FILE.ladder and -o PAPER.pdf\n");
      return LADDER_EXIT_BAD_INPUT;
    }
  if (!ladder_report_options_check (options, &error))
    {
      g_string_append_printf (err, "ladder: report: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      g_string_append_printf (err, "ladder: report: '%s' must end in .pdf\n", output);
      return LADDER_EXIT_BAD_INPUT;
    }
  /* -o names the file itself, never what a link there leads to; refused
   * before the paper is drawn, and again by the write itself. */
  if (!ladder_file_check_replaceable (output, output_flags, &error))
    {
      g_string_append_printf (err, "ladder: report: %s%s\n", error->message, force_hint (error));
      return LADDER_EXIT_BAD_INPUT;
    }
  document = ladder_cli_open_document (path, err);
  if (document == NULL)
    return LADDER_EXIT_BAD_INPUT;
  if (files->len > 0 && (dataset = ladder_cli_load_data (files, err)) == NULL)
    return LADDER_EXIT_BAD_INPUT;
  if (dataset != NULL && !council_in_data (ladder_document_get_assessment (document), dataset, err))
    return LADDER_EXIT_BAD_INPUT;
  previous_flags = ladder_file_write_set_thread_flags (output_flags);
  written = ladder_report_write (ladder_document_get_content (document),
                                 ladder_document_get_assessment (document), dataset, options, output,
                                 NULL, NULL, NULL, &error);
  ladder_file_write_set_thread_flags (previous_flags);
  if (!written)
    {
      g_autofree char *line = g_strdelimit (g_strdup (error->message), "\n", ' ');

      g_string_append_printf (err, "ladder: report: %s%s\n", line, force_hint (error));
      return LADDER_EXIT_BAD_INPUT;
    }
  g_string_append_printf (out, "Wrote the board paper to %s\n", output);
  return LADDER_EXIT_OK;
}
