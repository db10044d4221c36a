/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder report": the board paper for an assessment, as a PDF, with no
 * display. The data files given with --data supply the evidence charts. */
#include "config.h"

#include <string.h>

#include "ladder-cli.h"
#include "ladder-report-command.h"
#include "ladder-report.h"

/**
 * ladder_report_command:
 * @argc: arguments after "report"
 * @argv: FILE.ladder, -o PAPER.pdf and --data FILE...
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
  g_autoptr(GError) error = NULL;
  const char *path = NULL, *output = NULL;

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
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      g_string_append_printf (err, "ladder: report: '%s' must end in .pdf\n", output);
      return LADDER_EXIT_BAD_INPUT;
    }
  document = ladder_cli_open_document (path, err);
  if (document == NULL)
    return LADDER_EXIT_BAD_INPUT;
  if (files->len > 0 && (dataset = ladder_cli_load_data (files, err)) == NULL)
    return LADDER_EXIT_BAD_INPUT;
  if (!ladder_report_write (ladder_document_get_content (document), ladder_document_get_assessment (document),
                            dataset, output, NULL, NULL, NULL, &error))
    {
      g_autofree char *line = g_strdelimit (g_strdup (error->message), "\n", ' ');

      g_string_append_printf (err, "ladder: report: %s\n", line);
      return LADDER_EXIT_BAD_INPUT;
    }
  g_string_append_printf (out, "Wrote the board paper to %s\n", output);
  return LADDER_EXIT_OK;
}
