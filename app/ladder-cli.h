/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Command-line dispatcher: the subcommands that run without a display. */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-dataset.h"
#include "ladder-document.h"

G_BEGIN_DECLS

/* Exit statuses shared by every subcommand. */
#define LADDER_EXIT_OK        0
#define LADDER_EXIT_BAD_INPUT 2

/**
 * LadderCliHandler:
 * @argc: number of arguments after the command's own words
 * @argv: those arguments
 * @out: text for standard output
 * @err: text for standard error (one line per problem)
 *
 * Returns: the process exit status.
 */
typedef int (*LadderCliHandler) (int          argc,
                                 char       **argv,
                                 GString     *out,
                                 GString     *err);

typedef struct
{
  const char       *name;      /* one or two words, e.g. "data inspect" */
  const char       *synopsis;  /* arguments after the name */
  const char       *summary;   /* one sentence for --help */
  LadderCliHandler  handler;   /* NULL while the command is planned but not built */
} LadderCliCommand;

gboolean                ladder_cli_wants_window   (int          argc,
                                                   char       **argv);
int                     ladder_cli_run            (int          argc,
                                                   char       **argv,
                                                   GString     *out,
                                                   GString     *err);

/* What the commands share: reading an assessment with the built-in
 * content, and data files, each reporting one line to @err on failure. */
LadderDocument         *ladder_cli_open_document   (const char    *path,
                                                    GString       *err);
LadderDataset          *ladder_cli_load_data       (GPtrArray     *files,
                                                    GString       *err);
const LadderCliCommand *ladder_cli_get_commands   (guint       *n_commands);
void                    ladder_cli_append_json     (GString       *out,
                                                    JsonNode      *root);
void                    ladder_cli_make_printable  (GString       *text);

G_END_DECLS
