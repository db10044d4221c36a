/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder data fetch": the Department's statistics from Explore Education
 * Statistics into Ladder's cache (or a folder), with no display. */
#include "config.h"

#include <string.h>

#include "ladder-cli.h"
#include "ladder-ees-client.h"
#include "ladder-ees-command.h"

static void
append_fetched (GString    *out,
                const char *title,
                const char *version,
                const char *path)
{
  g_string_append_printf (out, "Fetched %s (version %s) to %s\n", title, version, path);
}

/* Every data set of the publication whose slug or title is @publication. */
static int
fetch_publication (LadderEesClient *client,
                   const char      *publication,
                   GString         *out,
                   GString         *err)
{
  g_autoptr(GError) error = NULL;
  /* A slug's words are its title's: searched for as words. */
  g_autofree char *words = g_strdelimit (g_strdup (publication), "-", ' ');
  g_autoptr(GPtrArray) found = ladder_ees_client_search (client, words, NULL, &error);
  g_autoptr(GPtrArray) data_sets = NULL;
  const LadderEesPublication *chosen = NULL;

  if (found == NULL)
    {
      g_string_append_printf (err, "ladder: data fetch: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < found->len && chosen == NULL; i++)
    {
      const LadderEesPublication *one = found->pdata[i];

      if (g_strcmp0 (one->slug, publication) == 0 || g_ascii_strcasecmp (one->title, publication) == 0)
        chosen = one;
    }
  if (chosen == NULL)
    {
      g_string_append_printf (err, "ladder: data fetch: no publication called '%s' on the Department's statistics "
                              "service%s\n", publication, found->len > 0 ? "; searching found others, such as '" : "");
      if (found->len > 0)
        {
          g_string_truncate (err, err->len - 1);
          g_string_append_printf (err, "%s'\n", ((LadderEesPublication *) found->pdata[0])->slug);
        }
      return LADDER_EXIT_BAD_INPUT;
    }
  data_sets = ladder_ees_client_list_data_sets (client, chosen->id, NULL, &error);
  if (data_sets == NULL)
    {
      g_string_append_printf (err, "ladder: data fetch: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (data_sets->len == 0)
    {
      g_string_append_printf (err, "ladder: data fetch: %s has no data sets on the statistics service's API\n",
                              chosen->title);
      return LADDER_EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < data_sets->len; i++)
    {
      const LadderEesDataSet *data_set = data_sets->pdata[i];
      g_autofree char *path = ladder_ees_client_download (client, data_set, NULL, NULL, NULL, &error);

      if (path == NULL)
        {
          g_string_append_printf (err, "ladder: data fetch: %s\n", error->message);
          return LADDER_EXIT_BAD_INPUT;
        }
      append_fetched (out, data_set->title, data_set->version, path);
    }
  return LADDER_EXIT_OK;
}

/**
 * ladder_data_fetch_command:
 * @argc: arguments after "data fetch"
 * @argv: --publication SLUG, --data-set ID or --check, and -o DIR
 * @out: a line for each data set fetched
 * @err: one line naming the problem
 *
 * Returns: 0, or 2 when the service cannot be reached, refuses, or answers
 *   in a shape Ladder does not know.
 */
int
ladder_data_fetch_command (int       argc,
                           char    **argv,
                           GString  *out,
                           GString  *err)
{
  const char *publication = NULL, *data_set_id = NULL, *folder = NULL;
  gboolean check = FALSE;
  g_autoptr(LadderEesClient) client = NULL;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < argc; i++)
    {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (strcmp (argv[i], "--check") == 0)
        {
          check = TRUE;
          continue;
        }
      if (value == NULL)
        {
          g_string_append_printf (err, "ladder: data fetch: '%s' needs a value\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      if (strcmp (argv[i], "--publication") == 0)
        publication = value;
      else if (strcmp (argv[i], "--data-set") == 0)
        data_set_id = value;
      else if (strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--output") == 0)
        folder = value;
      else
        {
          g_string_append_printf (err, "ladder: data fetch has no option '%s'\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      i++;
    }
  if ((publication != NULL) + (data_set_id != NULL) + check != 1)
    {
      g_string_append (err, "ladder: data fetch needs one of --publication SLUG, --data-set ID or --check\n");
      return LADDER_EXIT_BAD_INPUT;
    }
  client = ladder_ees_client_new (NULL, folder);
  if (publication != NULL)
    return fetch_publication (client, publication, out, err);
  if (data_set_id != NULL)
    {
      g_autoptr(LadderEesDataSet) data_set = ladder_ees_client_get_data_set (client, data_set_id, NULL, &error);
      g_autofree char *path = data_set != NULL
        ? ladder_ees_client_download (client, data_set, NULL, NULL, NULL, &error) : NULL;

      if (path == NULL)
        {
          g_string_append_printf (err, "ladder: data fetch: %s\n", error->message);
          return LADDER_EXIT_BAD_INPUT;
        }
      append_fetched (out, data_set->title, data_set->version, path);
      return LADDER_EXIT_OK;
    }
  {
    g_autoptr(GPtrArray) cached = ladder_ees_client_list_cached (client);
    g_autoptr(GPtrArray) updated = ladder_ees_client_check_updates (client, NULL, &error);

    if (updated == NULL)
      {
        g_string_append_printf (err, "ladder: data fetch: %s\n", error->message);
        return LADDER_EXIT_BAD_INPUT;
      }
    for (guint i = 0; i < updated->len; i++)
      {
        const LadderEesCached *one = updated->pdata[i];

        append_fetched (out, one->title, one->version, one->path);
      }
    g_string_append_printf (out, "%u of %u downloaded data set%s had a newer version.\n", updated->len, cached->len,
                            cached->len == 1 ? "" : "s");
    return LADDER_EXIT_OK;
  }
}
