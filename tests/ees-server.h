/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A loopback stand-in for the Explore Education Statistics API, serving
 * answers in the documented shapes (docs/ees-api.md) from its own thread,
 * for tests of the client, the command and the dialog. No test touches
 * the network.
 *
 * Publications: "Children looked after in England including adoptions"
 * (one data set, EES_DATA_SET, whose version the test can change) and
 * "Children's social work workforce" (data sets that fail: EES_TRUNCATED
 * sends half a gzip stream). Data set ids that fail on request:
 * EES_MISSING (404), EES_BUSY (429, wait 30 seconds), EES_ODD (an answer in
 * an unknown shape), EES_SLOW (answers after 3 seconds). */
#pragma once

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#define EES_DATA_SET  "a1b2c3d4-0000-4000-8000-000000000001"
#define EES_TRUNCATED "a1b2c3d4-0000-4000-8000-000000000002"
#define EES_MISSING   "a1b2c3d4-0000-4000-8000-000000000404"
#define EES_BUSY      "a1b2c3d4-0000-4000-8000-000000000429"
#define EES_ODD       "a1b2c3d4-0000-4000-8000-0000000000dd"
#define EES_SLOW      "a1b2c3d4-0000-4000-8000-0000000005e0"
#define EES_CLA_SLUG  "children-looked-after-in-england-including-adoptions"

typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *url;
  GMutex        lock;
  GCond         ready;
  char         *version;       /* the data set's latest version */
  guint         n_csv;         /* CSV downloads served */
  guint         n_rows;        /* council rows in the CSV */
} EesServer;

/* Removes a test's cache folder and everything in it. */
static inline void
ees_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        ees_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The data set's CSV: EES's tidy layout, the demonstration councils. */
static inline char *
ees_server_csv (EesServer *server)
{
  GString *csv = g_string_new ("time_period,time_identifier,geographic_level,country_code,country_name,"
                               "region_code,region_name,old_la_code,new_la_code,la_name,rate_per_10000\n");

  for (int year = 2021; year <= 2025; year++)
    {
      g_string_append_printf (csv, "%d,Reporting year,National,E92000001,England,,,,,,%d\n", year, 70 + year % 3);
      for (guint n = 0; n < server->n_rows; n++)
        g_string_append_printf (csv, "%d,Reporting year,Local authority,E92000001,England,E12000099,"
                                "Northmere (fictional region),%u,E0600%04u,%s,%u\n", year, 601 + n, n,
                                n == 0 ? "Ashmoor (fictional)" : "Another council (fictional)", 50 + (n + year) % 40);
    }
  return g_string_free (csv, FALSE);
}

static inline GBytes *
ees_server_gzip (const char *text,
                 gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) zipped = g_converter_output_stream_new (memory, G_CONVERTER (compressor));

  g_assert_true (g_output_stream_write_all (zipped, text, length, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (zipped, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static inline char *
ees_server_data_set_json (EesServer  *server,
                          const char *id,
                          const char *title)
{
  g_autofree char *version = NULL;

  g_mutex_lock (&server->lock);
  version = g_strdup (server->version);
  g_mutex_unlock (&server->lock);
  return g_strdup_printf ("{\"id\":\"%s\",\"title\":\"%s\",\"summary\":\"Fictional test data.\",\"status\":\"Published\","
                          "\"latestVersion\":{\"number\":\"%s\",\"published\":\"2026-11-20T09:30:00+00:00\","
                          "\"totalResults\":%u,\"timePeriods\":{\"start\":\"2021\",\"end\":\"2025\"},"
                          "\"geographicLevels\":[\"National\",\"Local authority\"],\"filters\":[],"
                          "\"indicators\":[\"rate_per_10000\"]}}", id, title,
                          g_str_equal (id, EES_DATA_SET) ? version : "1.0", 5 * (server->n_rows + 1));
}

static inline void
ees_server_reply (SoupServerMessage *message,
                  guint              status,
                  const char        *type,
                  const char        *body,
                  gsize              length)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, type, SOUP_MEMORY_COPY, body, length);
}

static inline void
ees_server_handle (SoupServer        *soup,
                   SoupServerMessage *message,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  EesServer *server = user_data;
  const char *search = query != NULL ? g_hash_table_lookup (query, "search") : NULL;
  g_autofree char *json = NULL;

  if (g_str_equal (path, "/v1/publications"))
    {
      g_autofree char *want = g_ascii_strdown (search != NULL ? search : "", -1);
      gboolean cla = strstr ("children looked after in england including adoptions", want) != NULL ||
                     strstr (want, "looked after") != NULL || *want == '\0';
      gboolean workforce = strstr ("children's social work workforce", want) != NULL || *want == '\0';
      guint n = cla + workforce;

      json = g_strdup_printf ("{\"results\":[%s%s%s],\"paging\":{\"page\":1,\"pageSize\":40,\"totalResults\":%u,"
                              "\"totalPages\":1}}",
                              cla ? "{\"id\":\"pub-cla\",\"title\":\"Children looked after in England including "
                                    "adoptions\",\"slug\":\"" EES_CLA_SLUG "\"}" : "",
                              cla && workforce ? "," : "",
                              workforce ? "{\"id\":\"pub-workforce\",\"title\":\"Children's social work workforce\","
                                          "\"slug\":\"childrens-social-work-workforce\"}" : "", n);
      ees_server_reply (message, 200, "application/json", json, strlen (json));
      return;
    }
  if (g_str_equal (path, "/v1/publications/pub-cla/data-sets"))
    {
      g_autofree char *one = ees_server_data_set_json (server, EES_DATA_SET, "Children looked after per 10,000");

      json = g_strdup_printf ("{\"results\":[%s],\"paging\":{\"page\":1,\"pageSize\":40,\"totalResults\":1,"
                              "\"totalPages\":1}}", one);
      ees_server_reply (message, 200, "application/json", json, strlen (json));
      return;
    }
  if (g_str_equal (path, "/v1/publications/pub-workforce/data-sets"))
    {
      g_autofree char *one = ees_server_data_set_json (server, EES_TRUNCATED, "Social worker turnover");

      json = g_strdup_printf ("{\"results\":[%s],\"paging\":{\"page\":1,\"pageSize\":40,\"totalResults\":1,"
                              "\"totalPages\":1}}", one);
      ees_server_reply (message, 200, "application/json", json, strlen (json));
      return;
    }
  if (g_str_has_prefix (path, "/v1/data-sets/"))
    {
      const char *id = path + strlen ("/v1/data-sets/");
      gboolean csv = g_str_has_suffix (path, "/csv");
      g_autofree char *bare = csv ? g_strndup (id, strlen (id) - 4) : g_strdup (id);

      if (g_str_equal (bare, EES_SLOW))
        g_usleep (3 * G_USEC_PER_SEC);
      if (g_str_equal (bare, EES_MISSING))
        {
          static const char problem[] = "{\"title\":\"Not Found\",\"status\":404}";

          ees_server_reply (message, 404, "application/problem+json", problem, strlen (problem));
          return;
        }
      if (g_str_equal (bare, EES_BUSY))
        {
          soup_message_headers_append (soup_server_message_get_response_headers (message), "Retry-After", "30");
          ees_server_reply (message, 429, "application/problem+json", "{}", 2);
          return;
        }
      if (g_str_equal (bare, EES_ODD))
        {
          ees_server_reply (message, 200, "application/json", "{\"unexpected\":true}", 19);
          return;
        }
      if (!csv)
        {
          json = ees_server_data_set_json (server, bare, g_str_equal (bare, EES_TRUNCATED) ? "Social worker turnover"
                                                                                          : "Children looked after "
                                                                                            "per 10,000");
          ees_server_reply (message, 200, "application/json", json, strlen (json));
          return;
        }
      {
        g_autofree char *text = ees_server_csv (server);
        g_autoptr(GBytes) zipped = ees_server_gzip (text, strlen (text));
        gsize length;
        const char *data = g_bytes_get_data (zipped, &length);

        g_mutex_lock (&server->lock);
        server->n_csv++;
        g_mutex_unlock (&server->lock);
        /* Half a gzip stream, told as the whole: a download cut short. */
        if (g_str_equal (bare, EES_TRUNCATED))
          length /= 2;
        soup_message_headers_append (soup_server_message_get_response_headers (message), "Content-Encoding", "gzip");
        ees_server_reply (message, 200, "text/csv", data, length);
        return;
      }
    }
  ees_server_reply (message, 404, "application/problem+json", "{}", 2);
}

static inline gpointer
ees_server_run (gpointer data)
{
  EesServer *server = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server->context);
  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, "/v1", ees_server_handle, server, NULL);
  g_assert_true (soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server->server);
  g_mutex_lock (&server->lock);
  server->url = g_strdup_printf ("http://127.0.0.1:%d/v1", g_uri_get_port (uris->data));
  g_cond_signal (&server->ready);
  g_mutex_unlock (&server->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_main_loop_run (server->loop);
  /* Let the closed connections finish going before the server does, and
   * the server after them: nothing of it outlives the test. */
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_clear_object (&server->server);
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_main_context_pop_thread_default (server->context);
  return NULL;
}

static inline EesServer *
ees_server_start (void)
{
  EesServer *server = g_new0 (EesServer, 1);

  g_mutex_init (&server->lock);
  g_cond_init (&server->ready);
  server->version = g_strdup ("1.0");
  server->n_rows = 3;
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  g_mutex_lock (&server->lock);
  server->thread = g_thread_new ("ees-server", ees_server_run, server);
  while (server->url == NULL)
    g_cond_wait (&server->ready, &server->lock);
  g_mutex_unlock (&server->lock);
  return server;
}

static inline void
ees_server_set_version (EesServer  *server,
                        const char *version)
{
  g_mutex_lock (&server->lock);
  g_free (server->version);
  server->version = g_strdup (version);
  g_mutex_unlock (&server->lock);
}

static inline guint
ees_server_get_n_csv (EesServer *server)
{
  guint n;

  g_mutex_lock (&server->lock);
  n = server->n_csv;
  g_mutex_unlock (&server->lock);
  return n;
}

/* In the server's thread: close every connection, then stop, so that
 * nothing of the server outlives the test. */
static gboolean
ees_server_quit (gpointer data)
{
  EesServer *server = data;

  soup_server_disconnect (server->server);
  g_main_loop_quit (server->loop);
  return G_SOURCE_REMOVE;
}

static inline void
ees_server_stop (EesServer *server)
{
  g_main_context_invoke (server->context, ees_server_quit, server);
  g_thread_join (server->thread);
  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_free (server->url);
  g_free (server->version);
  g_mutex_clear (&server->lock);
  g_cond_clear (&server->ready);
  g_free (server);
}
