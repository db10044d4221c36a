/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the Explore Education Statistics client, its cache and "ladder
 * data fetch", against a loopback server in the documented shapes. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-data-import.h"
#include "ladder-ees-client.h"
#include "cli-fixtures.h"
#include "ees-server.h"

typedef struct
{
  EesServer       *server;
  char            *cache;
  LadderEesClient *client;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->server = ees_server_start ();
  f->cache = g_dir_make_tmp ("ladder-ees-XXXXXX", NULL);
  f->client = ladder_ees_client_new (f->server->url, f->cache);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ladder_ees_client_free (f->client);
  ees_remove_tree (f->cache);
  g_free (f->cache);
  ees_server_stop (f->server);
}

static LadderEesDataSet *
the_data_set (Fixture    *f,
              const char *publication)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sets = ladder_ees_client_list_data_sets (f->client, publication, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sets->len, ==, 1);
  return g_ptr_array_steal_index (sets, 0);
}

static void
count_progress (guint64  received,
                guint64  total,
                gpointer user_data)
{
  guint64 *last = user_data;

  g_assert_cmpuint (received, >, *last);
  g_assert_true (total == 0 || received <= total);
  *last = received;
}

/* Search, list, download: the CSV lands in the cache, recorded in its
 * index, and imports as Explore Education Statistics data. */
static void
test_search_list_download (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = ladder_ees_client_search (f->client, "looked after", NULL, &error);
  g_autoptr(LadderEesDataSet) data_set = NULL;
  g_autoptr(GPtrArray) cached = NULL;
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderImportReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const LadderEesPublication *publication;
  guint64 received = 0;
  guint area;

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  publication = found->pdata[0];
  g_assert_cmpstr (publication->slug, ==, EES_CLA_SLUG);
  data_set = the_data_set (f, publication->id);
  g_assert_cmpstr (data_set->id, ==, EES_DATA_SET);
  g_assert_cmpstr (data_set->version, ==, "1.0");
  g_assert_cmpstr (data_set->first_period, ==, "2021");
  g_assert_cmpstr (data_set->last_period, ==, "2025");
  g_assert_cmpstr (data_set->levels[1], ==, "Local authority");

  path = ladder_ees_client_download (f->client, data_set, count_progress, &received, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (path, f->cache));
  g_assert_cmpuint (received, >, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "time_period,time_identifier,geographic_level"));
  cached = ladder_ees_client_list_cached (f->client);
  g_assert_cmpuint (cached->len, ==, 1);
  g_assert_cmpstr (((LadderEesCached *) cached->pdata[0])->path, ==, path);
  g_assert_cmpstr (((LadderEesCached *) cached->pdata[0])->version, ==, "1.0");

  report = ladder_data_import_file (dataset, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->format, ==, LADDER_DATA_FORMAT_EES_TIDY);
  g_assert_true (ladder_dataset_find_area (dataset, "Ashmoor (fictional)", &area));
  /* Named by its title on the service, as a paper cites it. */
  {
    g_autofree char *named = ladder_dataset_describe_source (dataset, ladder_dataset_get_source (dataset, 0));
    g_autofree char *expected = g_strdup_printf ("%s, Explore education statistics, Department for Education "
                                                 "(file 1.0.csv)", data_set->title);

    g_assert_cmpstr (named, ==, expected);
  }
}

/* Check for Updates fetches a data set again only when its version has
 * changed, and the new version replaces the old in the index. */
static void
test_updates (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderEesDataSet) data_set = the_data_set (f, "pub-cla");
  g_autofree char *path = ladder_ees_client_download (f->client, data_set, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) cached = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 1);
  none = ladder_ees_client_check_updates (f->client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 1);

  ees_server_set_version (f->server, "1.1");
  one = ladder_ees_client_check_updates (f->client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpuint (ees_server_get_n_csv (f->server), ==, 2);
  g_assert_true (g_str_has_suffix (((LadderEesCached *) one->pdata[0])->path, "1.1.csv"));
  cached = ladder_ees_client_list_cached (f->client);
  g_assert_cmpuint (cached->len, ==, 1);
  g_assert_cmpstr (((LadderEesCached *) cached->pdata[0])->version, ==, "1.1");
}

/* The index as it stands, to check a failure left it alone. */
static char *
index_text (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->cache, "index.json", NULL);
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, NULL);
  return text != NULL ? text : g_strdup ("");
}

static LadderEesDataSet *
made_up (const char *id)
{
  LadderEesDataSet *data_set = g_new0 (LadderEesDataSet, 1);

  data_set->id = g_strdup (id);
  data_set->title = g_strdup ("A data set");
  data_set->version = g_strdup ("1.0");
  return data_set;
}

/* Each way the service can fail is a sentence a person can act on, and
 * leaves the cache as it was. */
static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LadderEesDataSet) good = the_data_set (f, "pub-cla");
  g_autofree char *first = NULL;
  g_autofree char *before = NULL;
  static const struct { const char *id; int code; const char *says; } cases[] = {
    { EES_MISSING, LADDER_EES_ERROR_NOT_FOUND, "may have been withdrawn" },
    { EES_BUSY, LADDER_EES_ERROR_RATE_LIMITED, "wait 30 seconds" },
    { EES_ODD, LADDER_EES_ERROR_BAD_RESPONSE, "service may have changed" },
    { EES_TRUNCATED, LADDER_EES_ERROR_TRUNCATED, "incomplete or damaged" },
  };
  g_autoptr(GError) error = NULL;

  first = ladder_ees_client_download (f->client, good, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  before = index_text (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LadderEesDataSet) latest = NULL;
      g_autoptr(LadderEesDataSet) named = made_up (cases[i].id);
      g_autofree char *path = NULL;
      g_autofree char *after = NULL;

      g_test_message ("%s", cases[i].id);
      /* Asking about it, and downloading it. */
      latest = ladder_ees_client_get_data_set (f->client, cases[i].id, NULL, &error);
      if (cases[i].code != LADDER_EES_ERROR_TRUNCATED)
        {
          g_assert_null (latest);
          g_assert_error (error, LADDER_EES_ERROR, cases[i].code);
          g_assert_nonnull (strstr (error->message, cases[i].says));
          g_clear_error (&error);
        }
      else
        g_assert_no_error (error);
      path = ladder_ees_client_download (f->client, named, NULL, NULL, NULL, &error);
      g_assert_null (path);
      g_assert_error (error, LADDER_EES_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_clear_error (&error);
      after = index_text (f);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *folder = g_build_filename (f->cache, EES_TRUNCATED, NULL);

    g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  }
}

/* No service listening, and one too slow: both said plainly. */
static void
test_unreachable_and_slow (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderEesClient) nowhere = NULL;
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(LadderEesDataSet) slow = NULL;

  /* A port bound but never listened on refuses connections. */
  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  nowhere = ladder_ees_client_new (url, f->cache);
  found = ladder_ees_client_search (nowhere, "looked after", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "could not be reached"));
  g_clear_error (&error);

  ladder_ees_client_set_timeout (f->client, 1);
  slow = ladder_ees_client_get_data_set (f->client, EES_SLOW, NULL, &error);
  g_assert_null (slow);
  g_assert_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "took too long"));
}

static void
cancel_part_way (guint64  received,
                 guint64  total,
                 gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* Cancelled part way: nothing kept, the earlier version still in use. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderEesDataSet) data_set = the_data_set (f, "pub-cla");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *first = ladder_ees_client_download (f->client, data_set, NULL, NULL, NULL, &error);
  g_autofree char *before = index_text (f);
  g_autofree char *second = NULL;
  g_autofree char *after = NULL;
  g_autofree char *folder = g_build_filename (f->cache, EES_DATA_SET, NULL);
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  /* Big enough to arrive in several pieces. */
  f->server->n_rows = 4000;
  g_free (data_set->version);
  data_set->version = g_strdup ("2.0");
  second = ladder_ees_client_download (f->client, data_set, cancel_part_way, cancellable, cancellable, &error);
  g_assert_null (second);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = index_text (f);
  g_assert_cmpstr (after, ==, before);
  dir = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
}

static void
kill_at_progress (guint64  received,
                  guint64  total,
                  gpointer user_data)
{
  raise (SIGKILL);
}

static void
kill_at_stage (LadderFileSaveStage  stage,
               const char          *path,
               gpointer             user_data)
{
  const char *at = user_data;

  if ((g_str_equal (at, "csv-renamed") && stage == LADDER_FILE_STAGE_RENAMED && g_str_has_suffix (path, ".csv")) ||
      (g_str_equal (at, "index-written") && stage == LADDER_FILE_STAGE_TEMP_WRITTEN &&
       strstr (path, "index.json") != NULL))
    raise (SIGKILL);
}

/* The child: downloads version 2.0 into the parent's cache and is killed
 * where LADDER_TEST_KILL_AT says. */
static void
test_kill_child (void)
{
  const char *cache = g_getenv ("LADDER_TEST_KILL_CACHE");
  const char *at = g_getenv ("LADDER_TEST_KILL_AT");
  EesServer *server;
  g_autoptr(LadderEesClient) client = NULL;
  g_autoptr(LadderEesDataSet) data_set = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /ees-client/kill");
      return;
    }
  server = ees_server_start ();
  client = ladder_ees_client_new (server->url, cache);
  data_set = ladder_ees_client_get_data_set (client, EES_DATA_SET, NULL, &error);
  g_assert_no_error (error);
  g_free (data_set->version);
  data_set->version = g_strdup ("2.0");
  ladder_file_set_stage_hook (kill_at_stage, (gpointer) at);
  ladder_ees_client_download (client, data_set, g_str_equal (at, "progress") ? kill_at_progress : NULL, NULL,
                              NULL, &error);
  /* Reached only when no kill came, which the parent takes as a failure. */
  g_printerr ("not killed at %s: %s\n", at, error != NULL ? error->message : "no error");
}

/* Killed part way through a download, after the new file is in place but
 * before the index names it, or while the index is written: the cache
 * still reads, and names the version that was there, whose file is there. */
static void
test_kill (Fixture       *f,
           gconstpointer  data)
{
  static const char * const points[] = { "progress", "csv-renamed", "index-written" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderEesDataSet) data_set = the_data_set (f, "pub-cla");
  g_autofree char *first = ladder_ees_client_download (f->client, data_set, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GPtrArray) cached = NULL;

      g_setenv ("LADDER_TEST_KILL_CACHE", f->cache, TRUE);
      g_setenv ("LADDER_TEST_KILL_AT", points[i], TRUE);
      g_test_trap_subprocess ("/ees-client/kill-child", 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      cached = ladder_ees_client_list_cached (f->client);
      g_assert_cmpuint (cached->len, ==, 1);
      g_assert_cmpstr (((LadderEesCached *) cached->pdata[0])->version, ==, "1.0");
      g_assert_cmpstr (((LadderEesCached *) cached->pdata[0])->path, ==, first);
      g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
    }
  g_unsetenv ("LADDER_TEST_KILL_CACHE");
  g_unsetenv ("LADDER_TEST_KILL_AT");
}

/* "ladder data fetch": a publication by its slug, a check, and a refusal. */
static void
test_command (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_setenv ("LADDER_EES_API", f->server->url, TRUE);
  g_assert_cmpint (run (out, err, "data", "fetch", "--publication", EES_CLA_SLUG, "-o", f->cache, NULL), ==,
                   LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_str_has_prefix (out->str, "Fetched Children looked after per 10,000 (version 1.0) to "));
  g_assert_cmpint (run (out, err, "data", "fetch", "--check", "-o", f->cache, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "0 of 1 downloaded data set had a newer version.\n");
  g_assert_cmpint (run (out, err, "data", "fetch", "--data-set", EES_MISSING, "-o", f->cache, NULL), ==,
                   LADDER_EXIT_BAD_INPUT);
  g_assert_true (g_str_has_prefix (err->str, "ladder: data fetch: The Department’s statistics service has no "));
  g_assert_cmpint (run (out, err, "data", "fetch", "-o", f->cache, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpint (run (out, err, "data", "fetch", "--publication", "no-such-thing", "-o", f->cache, NULL), ==,
                   LADDER_EXIT_BAD_INPUT);
  g_unsetenv ("LADDER_EES_API");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ees-client/search-list-download", Fixture, NULL, fixture_set_up, test_search_list_download,
              fixture_tear_down);
  g_test_add ("/ees-client/updates", Fixture, NULL, fixture_set_up, test_updates, fixture_tear_down);
  g_test_add ("/ees-client/failures", Fixture, NULL, fixture_set_up, test_failures, fixture_tear_down);
  g_test_add ("/ees-client/unreachable-and-slow", Fixture, NULL, fixture_set_up, test_unreachable_and_slow,
              fixture_tear_down);
  g_test_add ("/ees-client/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/ees-client/command", Fixture, NULL, fixture_set_up, test_command, fixture_tear_down);
  g_test_add ("/ees-client/kill", Fixture, NULL, fixture_set_up, test_kill, fixture_tear_down);
  g_test_add_func ("/ees-client/kill-child", test_kill_child);

  return g_test_run ();
}
