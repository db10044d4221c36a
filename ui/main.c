/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Entry point: subcommands run without a display; otherwise the window opens. */
#include "config.h"

#include <stdio.h>

#include "ladder-application.h"
#include "ladder-cli.h"

int
main (int    argc,
      char **argv)
{
  gint64 started_us = g_get_monotonic_time ();
  g_autoptr(LadderApplication) app = NULL;

  if (!ladder_cli_wants_window (argc, argv))
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      int status = ladder_cli_run (argc, argv, out, err);

      fputs (out->str, stdout);
      fputs (err->str, stderr);
      return status;
    }

  g_set_application_name ("Ladder");
  app = ladder_application_new ();
  /* Hidden switch for the start-up benchmark (build-aux/bench-startup). */
  if (g_getenv ("LADDER_REPORT_FIRST_FRAME") != NULL)
    ladder_application_report_first_frame (app, started_us);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
