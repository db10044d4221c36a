/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Explore Education Statistics public API, for Ladder's purposes:
 * search publications, list their data sets, download a data set's whole
 * CSV into a cache, and fetch again only what has changed.
 *
 * The shapes relied on are written down in docs/ees-api.md. Every call is
 * synchronous and made on a worker thread (each with its own SoupSession),
 * so the window never waits on the network. A download is held in memory,
 * checked (its length against Content-Length, its gzip stream to the end,
 * its header against what the EES importer reads) and only then written
 * into the cache by ladder-atomic-file.c, with the cache's index after it:
 * a cancelled, failed or killed download leaves the cache as it was. */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-data-import.h"
#include "ladder-ees-client.h"
#include "ladder-json.h"
#include "ladder-sanitise.h"

#define DEFAULT_BASE_URL "https://api.education.gov.uk/statistics/v1"
/* Answers in JSON are small; a data set's CSV can be large, but not this. */
#define MAX_JSON_BYTES (16 * 1024 * 1024)
#define MAX_CSV_BYTES (G_GUINT64_CONSTANT (1024) * 1024 * 1024)
#define CHUNK (64 * 1024)
#define PAGE_SIZE 40

struct _LadderEesClient
{
  char  *base_url;
  char  *cache_dir;
  guint  timeout;
};

G_DEFINE_QUARK (ladder-ees-error-quark, ladder_ees_error)

/* Children's services publications to start from: what a performance
 * officer looks for first. Searched for by title, so one that has been
 * renamed or withdrawn simply finds nothing. */
static const char * const starting_list[] = {
  "Children looked after in England including adoptions",
  "Characteristics of children in need",
  "Children's social work workforce",
  "Care leavers",
  "Key stage 2 attainment",
  "Key stage 4 performance",
  "Pupil absence in schools in England",
  NULL,
};

/**
 * ladder_ees_starting_list:
 *
 * Returns: (transfer none): the children's services publications a search
 *   can start from, as searches.
 */
const char * const *
ladder_ees_starting_list (void)
{
  return starting_list;
}

/**
 * ladder_ees_client_new:
 * @base_url: (nullable): the API's root, "https://api.education.gov.uk/
 *   statistics/v1" when %NULL (or LADDER_EES_API when set, for tests)
 * @cache_dir: (nullable): where downloads are kept; the user's data folder
 *   (ladder/ees) when %NULL
 *
 * Returns: (transfer full): a client.
 */
LadderEesClient *
ladder_ees_client_new (const char *base_url,
                       const char *cache_dir)
{
  LadderEesClient *self = g_new0 (LadderEesClient, 1);
  const char *from_env = g_getenv ("LADDER_EES_API");

  if (base_url == NULL)
    base_url = from_env != NULL && *from_env != '\0' ? from_env : DEFAULT_BASE_URL;
  self->base_url = g_strdup (base_url);
  if (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
  self->cache_dir = cache_dir != NULL ? g_strdup (cache_dir)
                                      : g_build_filename (g_get_user_data_dir (), "ladder", "ees", NULL);
  self->timeout = 60;
  return self;
}

void
ladder_ees_client_free (LadderEesClient *self)
{
  if (self == NULL)
    return;
  g_free (self->base_url);
  g_free (self->cache_dir);
  g_free (self);
}

/**
 * ladder_ees_client_set_timeout:
 * @self: a client
 * @seconds: how long to wait for the service before giving up
 */
void
ladder_ees_client_set_timeout (LadderEesClient *self,
                               guint            seconds)
{
  self->timeout = MAX (seconds, 1);
}

const char *
ladder_ees_client_get_cache_dir (LadderEesClient *self)
{
  return self->cache_dir;
}

void
ladder_ees_publication_free (LadderEesPublication *publication)
{
  if (publication == NULL)
    return;
  g_free (publication->id);
  g_free (publication->title);
  g_free (publication->slug);
  g_free (publication);
}

void
ladder_ees_data_set_free (LadderEesDataSet *data_set)
{
  if (data_set == NULL)
    return;
  g_free (data_set->id);
  g_free (data_set->title);
  g_free (data_set->summary);
  g_free (data_set->status);
  g_free (data_set->version);
  g_free (data_set->published);
  g_free (data_set->first_period);
  g_free (data_set->last_period);
  g_strfreev (data_set->levels);
  g_free (data_set);
}

void
ladder_ees_cached_free (LadderEesCached *cached)
{
  if (cached == NULL)
    return;
  g_free (cached->id);
  g_free (cached->title);
  g_free (cached->version);
  g_free (cached->path);
  g_free (cached);
}

/* The network ----------------------------------------------------------- */

static SoupSession *
session_new (LadderEesClient *self)
{
  SoupSession *session = soup_session_new ();

  soup_session_set_timeout (session, self->timeout);
  soup_session_set_idle_timeout (session, self->timeout);
  soup_session_set_user_agent (session, "Ladder/" PACKAGE_VERSION " ");
  /* The CSV comes gzipped: it is unpacked here, with GIO, so a download cut
   * short is caught as a stream that ends early. */
  soup_session_remove_feature_by_type (session, SOUP_TYPE_CONTENT_DECODER);
  return session;
}

/* An error a person can act on, from what went wrong on the way. */
static void
set_transport_error (GError     **error,
                     GError      *cause,
                     const char  *what)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TIMEOUT,
                 "The Department’s statistics service took too long to answer %s. Try again later.", what);
  else
    g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_NETWORK,
                 "The Department’s statistics service could not be reached for %s (%s). Check the internet "
                 "connection; data already downloaded can still be used.", what, cause->message);
}

/* The status of an answer that is not a success, as an error. */
static void
set_status_error (GError      **error,
                  SoupMessage  *message,
                  const char   *what)
{
  guint status = soup_message_get_status (message);

  if (status == SOUP_STATUS_NOT_FOUND)
    g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_NOT_FOUND,
                 "The Department’s statistics service has no %s: it may have been withdrawn or moved.", what);
  else if (status == 429)
    {
      const char *after = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                        "Retry-After");
      guint64 seconds = 0;

      if (after != NULL && g_ascii_string_to_unsigned (after, 10, 0, 86400, &seconds, NULL))
        g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_RATE_LIMITED,
                     "The Department’s statistics service is busy and asks Ladder to wait %" G_GUINT64_FORMAT
                     " second%s before asking for %s again.", seconds, seconds == 1 ? "" : "s", what);
      else
        g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_RATE_LIMITED,
                     "The Department’s statistics service is busy and asks Ladder to wait before asking for "
                     "%s again.", what);
    }
  else
    g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_HTTP,
                 "The Department’s statistics service refused %s (HTTP status %u).", what, status);
}

/* GETs @url into memory, at most @limit bytes, reporting progress. */
static GBytes *
fetch (LadderEesClient   *self,
       const char        *url,
       const char        *what,
       guint64            limit,
       SoupMessage      **message_out,
       LadderEesProgress  progress,
       gpointer           progress_data,
       GCancellable      *cancellable,
       GError           **error)
{
  g_autoptr(SoupSession) session = session_new (self);
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, url);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *buffer = g_malloc (CHUNK);
  goffset total;

  if (message == NULL)
    {
      g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_NETWORK,
                   "The address of the Department’s statistics service is not valid: %s", url);
      return NULL;
    }
  stream = soup_session_send (session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      set_transport_error (error, local_error, what);
      return NULL;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message)))
    {
      set_status_error (error, message, what);
      return NULL;
    }
  total = soup_message_headers_get_content_length (soup_message_get_response_headers (message));
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, CHUNK, cancellable, &local_error);

      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TRUNCATED,
                         "The download of %s stopped part way (%s). Nothing was kept; try again.", what,
                         local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (body->len + (guint64) n > limit)
        {
          g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_BAD_RESPONSE,
                       "The answer for %s is larger than Ladder reads (%" G_GUINT64_FORMAT " MB), so it was "
                       "not kept.", what, limit / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (body, buffer, n);
      if (progress != NULL)
        progress (body->len, total > 0 ? (guint64) total : 0, progress_data);
    }
  if (total > 0 && (guint64) total != body->len)
    {
      g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TRUNCATED,
                   "The download of %s stopped part way (%u of %" G_GINT64_FORMAT " bytes). Nothing was kept; "
                   "try again.", what, body->len, (gint64) total);
      return NULL;
    }
  if (message_out != NULL)
    *message_out = g_steal_pointer (&message);
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/* JSON ---------------------------------------------------------------------- */

static JsonNode *
fetch_json (LadderEesClient  *self,
            const char       *url,
            const char       *what,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GBytes) bytes = fetch (self, url, what, MAX_JSON_BYTES, NULL, NULL, NULL, cancellable, error);
  g_autoptr(GError) local_error = NULL;
  LadderJsonDoc *doc;
  JsonNode *root;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  doc = ladder_json_doc_parse (data != NULL ? data : "", length, "the answer", &local_error);
  if (doc == NULL)
    {
      g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_BAD_RESPONSE,
                   "The Department’s statistics service answered %s with something Ladder cannot read (%s).",
                   what, local_error->message);
      return NULL;
    }
  root = json_node_copy (ladder_json_doc_get_root (doc));
  ladder_json_doc_free (doc);
  return root;
}

static gboolean
bad_shape (GError     **error,
           const char  *what,
           const char  *missing)
{
  g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_BAD_RESPONSE,
               "The Department’s statistics service answered %s in a shape Ladder does not know (%s). The "
               "service may have changed; Ladder may need updating.", what, missing);
  return FALSE;
}

/* A text member, or NULL when it is missing or not text. */
static const char *
text_member (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* "results" of a paginated list, and whether there are more pages. */
static JsonArray *
page_results (JsonNode    *root,
              gboolean    *more,
              const char  *what,
              GError     **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonArray *results = array_member (object, "results");
  JsonObject *paging = object_member (object, "paging");

  if (results == NULL)
    {
      bad_shape (error, what, "no list of results");
      return NULL;
    }
  *more = paging != NULL && json_object_has_member (paging, "page") && json_object_has_member (paging, "totalPages") &&
          json_object_get_int_member (paging, "page") < json_object_get_int_member (paging, "totalPages");
  return results;
}

static LadderEesDataSet *
data_set_from (JsonObject  *object,
               const char  *what,
               GError     **error)
{
  g_autoptr(LadderEesDataSet) data_set = g_new0 (LadderEesDataSet, 1);
  JsonObject *latest = object_member (object, "latestVersion");
  JsonObject *periods = object_member (latest, "timePeriods");
  JsonArray *levels = array_member (latest, "geographicLevels");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (text_member (object, "id") == NULL || text_member (object, "title") == NULL ||
      text_member (latest, "number") == NULL)
    {
      bad_shape (error, what, "a data set without an id, a title or a latest version number");
      return NULL;
    }
  data_set->id = g_strdup (text_member (object, "id"));
  data_set->title = ladder_sanitise_for_paper (text_member (object, "title"),
                                               LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);
  data_set->summary = g_strdup (text_member (object, "summary"));
  data_set->status = g_strdup (text_member (object, "status"));
  data_set->version = g_strdup (text_member (latest, "number"));
  data_set->published = g_strdup (text_member (latest, "published"));
  data_set->first_period = g_strdup (text_member (periods, "start"));
  data_set->last_period = g_strdup (text_member (periods, "end"));
  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    {
      JsonNode *level = json_array_get_element (levels, i);

      if (JSON_NODE_HOLDS_VALUE (level) && json_node_get_value_type (level) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (level));
    }
  data_set->levels = g_strv_builder_end (builder);
  /* Ids go into addresses and folder names: only what an id holds. */
  if (strspn (data_set->id, "0123456789abcdefABCDEF-") != strlen (data_set->id) || *data_set->id == '\0')
    {
      bad_shape (error, what, "a data set id that is not an id");
      return NULL;
    }
  return g_steal_pointer (&data_set);
}

/**
 * ladder_ees_client_search:
 * @self: a client
 * @search: words in a publication's title
 * @cancellable: (nullable): to stop early
 * @error: return location for an error a person can act on
 *
 * Returns: (transfer full) (element-type LadderEesPublication): the
 *   publications found, perhaps none; %NULL with @error set on failure.
 */
GPtrArray *
ladder_ees_client_search (LadderEesClient  *self,
                          const char       *search,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_ees_publication_free);
  g_autofree char *escaped = g_uri_escape_string (search != NULL ? search : "", NULL, FALSE);
  gboolean more = TRUE;

  for (guint page = 1; more && page <= 5; page++)
    {
      g_autofree char *url = g_strdup_printf ("%s/publications?search=%s&page=%u&pageSize=%u", self->base_url,
                                              escaped, page, PAGE_SIZE);
      g_autoptr(JsonNode) root = fetch_json (self, url, "the list of publications", cancellable, error);
      JsonArray *results;

      if (root == NULL || (results = page_results (root, &more, "the list of publications", error)) == NULL)
        return NULL;
      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonNode *node = json_array_get_element (results, i);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          LadderEesPublication *publication;

          if (text_member (object, "id") == NULL || text_member (object, "title") == NULL)
            {
              bad_shape (error, "the list of publications", "a publication without an id or a title");
              return NULL;
            }
          publication = g_new0 (LadderEesPublication, 1);
          publication->id = g_strdup (text_member (object, "id"));
          publication->title = ladder_sanitise_for_paper (text_member (object, "title"),
                                                          LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);
          publication->slug = g_strdup (text_member (object, "slug"));
          g_ptr_array_add (found, publication);
        }
    }
  return g_steal_pointer (&found);
}

/**
 * ladder_ees_client_list_data_sets:
 * @self: a client
 * @publication_id: a publication's id
 * @cancellable: (nullable): to stop early
 * @error: return location for an error a person can act on
 *
 * Returns: (transfer full) (element-type LadderEesDataSet): its data sets
 *   on the API, perhaps none; %NULL with @error set on failure.
 */
GPtrArray *
ladder_ees_client_list_data_sets (LadderEesClient  *self,
                                  const char       *publication_id,
                                  GCancellable     *cancellable,
                                  GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_ees_data_set_free);
  g_autofree char *escaped = g_uri_escape_string (publication_id, NULL, FALSE);
  gboolean more = TRUE;

  for (guint page = 1; more && page <= 20; page++)
    {
      g_autofree char *url = g_strdup_printf ("%s/publications/%s/data-sets?page=%u&pageSize=%u", self->base_url,
                                              escaped, page, PAGE_SIZE);
      g_autoptr(JsonNode) root = fetch_json (self, url, "the publication’s data sets", cancellable, error);
      JsonArray *results;

      if (root == NULL || (results = page_results (root, &more, "the publication’s data sets", error)) == NULL)
        return NULL;
      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonNode *node = json_array_get_element (results, i);
          LadderEesDataSet *data_set = data_set_from (JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node)
                                                                                    : NULL,
                                                      "the publication’s data sets", error);

          if (data_set == NULL)
            return NULL;
          g_ptr_array_add (found, data_set);
        }
    }
  return g_steal_pointer (&found);
}

/**
 * ladder_ees_client_get_data_set:
 * @self: a client
 * @data_set_id: a data set's id
 * @cancellable: (nullable): to stop early
 * @error: return location for an error a person can act on
 *
 * Returns: (transfer full) (nullable): the data set as its latest version
 *   describes it.
 */
LadderEesDataSet *
ladder_ees_client_get_data_set (LadderEesClient  *self,
                                const char       *data_set_id,
                                GCancellable     *cancellable,
                                GError          **error)
{
  g_autofree char *escaped = g_uri_escape_string (data_set_id, NULL, FALSE);
  g_autofree char *url = g_strdup_printf ("%s/data-sets/%s", self->base_url, escaped);
  g_autoptr(JsonNode) root = fetch_json (self, url, "the data set", cancellable, error);

  if (root == NULL)
    return NULL;
  return data_set_from (JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL, "the data set", error);
}

/* The cache ---------------------------------------------------------------- */

static char *
index_path (LadderEesClient *self)
{
  return g_build_filename (self->cache_dir, "index.json", NULL);
}

/* The cache's index: data set id -> { title, version, file }. */
static JsonObject *
read_index (LadderEesClient *self)
{
  g_autofree char *path = index_path (self);
  g_autofree char *data = NULL;
  gsize length;
  LadderJsonDoc *doc;
  JsonObject *index = NULL;

  if (g_file_get_contents (path, &data, &length, NULL) &&
      (doc = ladder_json_doc_parse (data, length, "index.json", NULL)) != NULL)
    {
      JsonNode *root = ladder_json_doc_get_root (doc);

      if (JSON_NODE_HOLDS_OBJECT (root))
        index = json_object_ref (json_node_get_object (root));
      ladder_json_doc_free (doc);
    }
  return index != NULL ? index : json_object_new ();
}

static gboolean
write_index (LadderEesClient  *self,
             JsonObject       *index,
             GError          **error)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *path = index_path (self);
  g_autofree char *data = NULL;
  gsize length;

  json_node_set_object (root, index);
  data = ladder_json_to_data (root, TRUE, &length);
  return ladder_file_write_atomic (path, data, length, error);
}

/* The first line of the CSV must name the columns the EES importer reads
 * (the importer's own list): the API's CSV is outside its compatibility
 * promise, so it is checked. */
static gboolean
check_header (const char  *data,
              gsize        length,
              const char  *what,
              GError     **error)
{
  const char *end = memchr (data, '\n', MIN (length, 64 * 1024));
  g_autofree char *line = g_ascii_strdown (data, end != NULL ? end - data : (gssize) MIN (length, 64 * 1024));
  const char * const *columns = ladder_data_import_ees_columns ();

  for (guint i = 0; columns[i] != NULL; i++)
    if (strstr (line, columns[i]) == NULL)
      {
        g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_BAD_RESPONSE,
                     "The CSV of %s does not have the %s column Ladder reads. The service may have changed; "
                     "nothing was kept.", what, columns[i]);
        return FALSE;
      }
  return TRUE;
}

/* Unpacks a gzip body with GIO; a stream that ends early is a truncated
 * download. A body that is not gzip is taken as it is. */
static GBytes *
gunzip (GBytes      *body,
        const char  *what,
        GError     **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (body, &length);
  g_autoptr(GZlibDecompressor) decompressor = NULL;
  g_autoptr(GByteArray) out = NULL;
  g_autofree guint8 *buffer = NULL;
  gsize read_at = 0;

  if (length < 2 || data[0] != 0x1f || data[1] != 0x8b)
    return g_bytes_ref (body);
  decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  out = g_byte_array_new ();
  buffer = g_malloc (CHUNK);
  for (;;)
    {
      gsize bytes_read = 0, bytes_written = 0;
      g_autoptr(GError) local_error = NULL;
      GConverterResult result = g_converter_convert (G_CONVERTER (decompressor), data + read_at, length - read_at,
                                                     buffer, CHUNK, read_at == length ? G_CONVERTER_INPUT_AT_END : 0,
                                                     &bytes_read, &bytes_written, &local_error);

      if (result == G_CONVERTER_ERROR)
        {
          g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TRUNCATED,
                       "The download of %s is incomplete or damaged (%s). Nothing was kept; try again.", what,
                       local_error->message);
          return NULL;
        }
      read_at += bytes_read;
      g_byte_array_append (out, buffer, bytes_written);
      if (out->len > MAX_CSV_BYTES)
        {
          g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_BAD_RESPONSE,
                       "%s unpacks to more than Ladder reads, so it was not kept.", what);
          return NULL;
        }
      if (result == G_CONVERTER_FINISHED)
        break;
      if (bytes_read == 0 && bytes_written == 0 && read_at == length)
        {
          g_set_error (error, LADDER_EES_ERROR, LADDER_EES_ERROR_TRUNCATED,
                       "The download of %s stopped part way. Nothing was kept; try again.", what);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * ladder_ees_client_download:
 * @self: a client
 * @data_set: a data set from ladder_ees_client_list_data_sets() or
 *   ladder_ees_client_get_data_set()
 * @progress: (nullable): called as the download arrives (on this thread)
 * @progress_data: for @progress
 * @cancellable: (nullable): to stop part way; the cache is left as it was
 * @error: return location for an error a person can act on
 *
 * Downloads the data set's latest version as CSV into the cache, checks
 * it, and records it in the cache's index.
 *
 * Returns: (transfer full) (nullable): the CSV's path in the cache.
 */
char *
ladder_ees_client_download (LadderEesClient         *self,
                            const LadderEesDataSet  *data_set,
                            LadderEesProgress        progress,
                            gpointer                 progress_data,
                            GCancellable            *cancellable,
                            GError                 **error)
{
  g_autofree char *what = g_strdup_printf ("“%s”", data_set->title);
  g_autofree char *id = g_uri_escape_string (data_set->id, NULL, FALSE);
  g_autofree char *version = g_uri_escape_string (data_set->version, NULL, FALSE);
  g_autofree char *url = g_strdup_printf ("%s/data-sets/%s/csv?dataSetVersion=%s", self->base_url, id, version);
  g_autofree char *folder = g_build_filename (self->cache_dir, data_set->id, NULL);
  g_autofree char *name = g_strdup_printf ("%s.csv", data_set->version);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(JsonObject) index = NULL;
  JsonObject *entry;
  gsize length;
  const char *data;

  g_return_val_if_fail (self != NULL && data_set != NULL, NULL);

  /* A version number is digits and dots: it names a file. */
  if (strspn (data_set->version, "0123456789.") != strlen (data_set->version) || *data_set->version == '\0' ||
      strstr (data_set->version, "..") != NULL)
    {
      bad_shape (error, what, "a version that is not a number");
      return NULL;
    }
  body = fetch (self, url, what, MAX_CSV_BYTES, NULL, progress, progress_data, cancellable, error);
  if (body == NULL || (csv = gunzip (body, what, error)) == NULL)
    return NULL;
  data = g_bytes_get_data (csv, &length);
  if (data == NULL || !check_header (data, length, what, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "The folder for downloads, %s, could not be "
                   "made: %s", folder, g_strerror (errno));
      return NULL;
    }
  path = g_build_filename (folder, name, NULL);
  if (!ladder_file_write_atomic (path, data, length, error))
    return NULL;
  /* The index last: until it names the new file, the old one is in use. */
  index = read_index (self);
  entry = json_object_new ();
  json_object_set_string_member (entry, "title", data_set->title);
  json_object_set_string_member (entry, "version", data_set->version);
  json_object_set_string_member (entry, "file", path);
  json_object_set_object_member (index, data_set->id, entry);
  if (!write_index (self, index, error))
    return NULL;
  return g_steal_pointer (&path);
}

/**
 * ladder_ees_client_list_cached:
 * @self: a client
 *
 * Returns: (transfer full) (element-type LadderEesCached): what the cache
 *   holds, as its index records it; a file since removed is left out.
 */
GPtrArray *
ladder_ees_client_list_cached (LadderEesClient *self)
{
  g_autoptr(JsonObject) index = read_index (self);
  g_autoptr(GList) ids = json_object_get_members (index);
  GPtrArray *cached = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_ees_cached_free);

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonObject *entry = object_member (index, l->data);
      LadderEesCached *one;

      if (text_member (entry, "file") == NULL || !g_file_test (text_member (entry, "file"), G_FILE_TEST_IS_REGULAR))
        continue;
      one = g_new0 (LadderEesCached, 1);
      one->id = g_strdup (l->data);
      one->title = g_strdup (text_member (entry, "title"));
      one->version = g_strdup (text_member (entry, "version"));
      one->path = g_strdup (text_member (entry, "file"));
      g_ptr_array_add (cached, one);
    }
  return cached;
}

/**
 * ladder_ees_client_check_updates:
 * @self: a client
 * @cancellable: (nullable): to stop early
 * @error: return location for the first failure
 *
 * Asks for each cached data set's latest version and downloads only those
 * whose version has changed.
 *
 * Returns: (transfer full) (element-type LadderEesCached) (nullable): the
 *   data sets downloaded again, perhaps none.
 */
GPtrArray *
ladder_ees_client_check_updates (LadderEesClient  *self,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  g_autoptr(GPtrArray) cached = ladder_ees_client_list_cached (self);
  g_autoptr(GPtrArray) updated = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_ees_cached_free);

  for (guint i = 0; i < cached->len; i++)
    {
      const LadderEesCached *one = cached->pdata[i];
      g_autoptr(LadderEesDataSet) latest = ladder_ees_client_get_data_set (self, one->id, cancellable, error);
      LadderEesCached *fresh;
      char *path;

      if (latest == NULL)
        return NULL;
      if (g_strcmp0 (latest->version, one->version) == 0)
        continue;
      path = ladder_ees_client_download (self, latest, NULL, NULL, cancellable, error);
      if (path == NULL)
        return NULL;
      fresh = g_new0 (LadderEesCached, 1);
      fresh->id = g_strdup (latest->id);
      fresh->title = g_strdup (latest->title);
      fresh->version = g_strdup (latest->version);
      fresh->path = path;
      g_ptr_array_add (updated, fresh);
    }
  return g_steal_pointer (&updated);
}
