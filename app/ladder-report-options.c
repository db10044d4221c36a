/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's options: its author, number and protective marking,
 * and which sections and indicators go in. The window fills them from
 * its fields, `ladder report` from its options; both check them here. */
#include "config.h"

#include <gio/gio.h>

#include "ladder-report.h"

/* Longer than these is not a name, a number or a marking but a mistake
 * (text pasted into the wrong field), and would not fit the page. */
#define MAX_AUTHOR  200
#define MAX_SHORT   60

/**
 * ladder_report_options_new:
 *
 * Returns: (transfer full): options for a paper with every section, the
 *   assessment's indicators, and no author, number or marking.
 */
LadderReportOptions *
ladder_report_options_new (void)
{
  return g_new0 (LadderReportOptions, 1);
}

/**
 * ladder_report_options_copy:
 * @options: (nullable): options
 *
 * Returns: (transfer full): a copy, or new options for %NULL.
 */
LadderReportOptions *
ladder_report_options_copy (const LadderReportOptions *options)
{
  LadderReportOptions *copy = ladder_report_options_new ();

  if (options == NULL)
    return copy;
  copy->author = g_strdup (options->author);
  copy->report_number = g_strdup (options->report_number);
  copy->marking = g_strdup (options->marking);
  copy->sections = g_strdupv (options->sections);
  copy->indicators = g_strdupv (options->indicators);
  return copy;
}

void
ladder_report_options_free (LadderReportOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->author);
  g_free (options->report_number);
  g_free (options->marking);
  g_strfreev (options->sections);
  g_strfreev (options->indicators);
  g_free (options);
}

/* "summary, board, …": the sections a paper can have. */
static char *
section_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; ladder_report_get_section_id (i) != NULL; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", ladder_report_get_section_id (i));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
is_section (const char *id)
{
  for (guint i = 0; ladder_report_get_section_id (i) != NULL; i++)
    if (g_strcmp0 (ladder_report_get_section_id (i), id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
check_length (const char  *what,
              const char  *text,
              glong        most,
              GError     **error)
{
  if (text == NULL || g_utf8_strlen (text, -1) <= most)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "The %s is longer than %ld characters; shorten it",
               what, most);
  return FALSE;
}

/**
 * ladder_report_options_check:
 * @options: options
 * @error: return location for what is wrong, in words a user can act on
 *
 * Returns: %TRUE when the texts are valid UTF-8 of a sensible length and
 *   every section named is one the paper has, at least one of them.
 */
gboolean
ladder_report_options_check (const LadderReportOptions  *options,
                             GError                    **error)
{
  const char *texts[] = { options->author, options->report_number, options->marking };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && !g_utf8_validate (texts[i], -1, NULL))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "The author, report number and marking must "
                     "be text (UTF-8)");
        return FALSE;
      }
  if (!check_length ("author", options->author, MAX_AUTHOR, error) ||
      !check_length ("report number", options->report_number, MAX_SHORT, error) ||
      !check_length ("protective marking", options->marking, MAX_SHORT, error))
    return FALSE;
  if (options->sections != NULL && options->sections[0] == NULL)
    {
      g_autofree char *list = section_list ();

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Choose at least one section: %s", list);
      return FALSE;
    }
  for (guint i = 0; options->sections != NULL && options->sections[i] != NULL; i++)
    if (!is_section (options->sections[i]))
      {
        g_autofree char *list = section_list ();

        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "The paper has no section “%s”; its sections "
                     "are %s", options->sections[i], list);
        return FALSE;
      }
  return TRUE;
}
