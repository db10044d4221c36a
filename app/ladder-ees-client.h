/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Department for Education's statistics, fetched from the Explore
 * Education Statistics public API into a cache Ladder imports from. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADDER_EES_ERROR (ladder_ees_error_quark ())

typedef enum
{
  LADDER_EES_ERROR_NETWORK,       /* no network, or the service could not be reached */
  LADDER_EES_ERROR_TIMEOUT,       /* the service took too long to answer */
  LADDER_EES_ERROR_NOT_FOUND,     /* 404: the publication or data set is not there (any more) */
  LADDER_EES_ERROR_RATE_LIMITED,  /* 429: asked too often; the message says how long to wait */
  LADDER_EES_ERROR_BAD_RESPONSE,  /* an answer not in the documented shape */
  LADDER_EES_ERROR_TRUNCATED,     /* a download that stopped short */
  LADDER_EES_ERROR_HTTP,          /* any other refusal, with its status */
} LadderEesError;

/* A publication: a series of statistics, such as "Children looked after in
 * England including adoptions". */
typedef struct
{
  char *id;
  char *title;
  char *slug;
} LadderEesPublication;

/* One of a publication's data sets, as its latest version describes it. */
typedef struct
{
  char  *id;
  char  *title;
  char  *summary;
  char  *status;        /* "Published", "Deprecated" or "Withdrawn" */
  char  *version;       /* "1.2" */
  char  *published;     /* when that version was published, ISO 8601 */
  char  *first_period;  /* the time periods it covers, as the API labels them */
  char  *last_period;
  char **levels;        /* geographic levels: "Local authority", "Regional"... */
} LadderEesDataSet;

/* A data set in the cache. */
typedef struct
{
  char *id;
  char *title;
  char *version;
  char *path;           /* the CSV, ready to import */
} LadderEesCached;

/* Called as a download arrives: @total is 0 when the size is not known. */
typedef void (*LadderEesProgress) (guint64  received,
                                   guint64  total,
                                   gpointer user_data);

typedef struct _LadderEesClient LadderEesClient;

GQuark                ladder_ees_error_quark           (void);
LadderEesClient      *ladder_ees_client_new            (const char          *base_url,
                                                        const char          *cache_dir);
void                  ladder_ees_client_free           (LadderEesClient     *self);
void                  ladder_ees_client_set_timeout    (LadderEesClient     *self,
                                                        guint                seconds);
const char           *ladder_ees_client_get_cache_dir  (LadderEesClient     *self);
GPtrArray            *ladder_ees_client_search         (LadderEesClient     *self,
                                                        const char          *search,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
GPtrArray            *ladder_ees_client_list_data_sets (LadderEesClient     *self,
                                                        const char          *publication_id,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
LadderEesDataSet     *ladder_ees_client_get_data_set   (LadderEesClient     *self,
                                                        const char          *data_set_id,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
char                 *ladder_ees_client_download       (LadderEesClient     *self,
                                                        const LadderEesDataSet *data_set,
                                                        LadderEesProgress    progress,
                                                        gpointer             progress_data,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
GPtrArray            *ladder_ees_client_list_cached    (LadderEesClient     *self);
GPtrArray            *ladder_ees_client_check_updates  (LadderEesClient     *self,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
const char * const   *ladder_ees_starting_list         (void);

void                  ladder_ees_publication_free      (LadderEesPublication *publication);
void                  ladder_ees_data_set_free         (LadderEesDataSet     *data_set);
void                  ladder_ees_cached_free           (LadderEesCached      *cached);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderEesClient, ladder_ees_client_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderEesDataSet, ladder_ees_data_set_free)

G_END_DECLS
