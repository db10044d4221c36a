/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Guarded JSON reading: checks bytes before json-glib sees them, and strict
 * typed access that reports the file, line and column of what is wrong. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define LADDER_JSON_ERROR (ladder_json_error_quark ())

typedef enum
{
  LADDER_JSON_ERROR_SYNTAX,       /* not JSON, or JSON that Ladder refuses */
  LADDER_JSON_ERROR_CONTENT,      /* JSON, but not what the file should hold */
} LadderJsonError;

/* Deeper than any Ladder file needs, far shallower than the stack allows. */
#define LADDER_JSON_MAX_DEPTH 32

typedef struct _LadderJsonDoc LadderJsonDoc;

GQuark         ladder_json_error_quark   (void);

LadderJsonDoc *ladder_json_doc_parse     (const char  *data,
                                          gsize        length,
                                          const char  *filename,
                                          GError     **error);
void           ladder_json_doc_free      (LadderJsonDoc *doc);
JsonNode      *ladder_json_doc_get_root  (LadderJsonDoc *doc);
const char    *ladder_json_doc_get_filename (LadderJsonDoc *doc);

void           ladder_json_doc_set_error (LadderJsonDoc *doc,
                                          GError     **error,
                                          const char  *path,
                                          const char  *format,
                                          ...) G_GNUC_PRINTF (4, 5);

gboolean       ladder_json_check_members (LadderJsonDoc      *doc,
                                          JsonObject         *object,
                                          const char         *path,
                                          const char * const *allowed,
                                          GError            **error);
gboolean       ladder_json_get_object    (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          JsonObject   **out,
                                          GError       **error);
gboolean       ladder_json_get_array     (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          JsonArray    **out,
                                          GError       **error);
gboolean       ladder_json_get_string    (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          const char   **out,
                                          GError       **error);
gboolean       ladder_json_get_boolean   (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          gboolean      *out,
                                          GError       **error);
gboolean       ladder_json_get_number    (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          double        *out,
                                          GError       **error);
gboolean       ladder_json_get_strv      (LadderJsonDoc *doc,
                                          JsonObject    *object,
                                          const char    *path,
                                          const char    *member,
                                          gboolean       required,
                                          char        ***out,
                                          GError       **error);
int            ladder_json_find_id       (const char * const *ids,
                                          guint               n_ids,
                                          const char         *id);
gboolean       ladder_json_element_object (LadderJsonDoc *doc,
                                           JsonArray     *array,
                                           const char    *path,
                                           guint          index,
                                           JsonObject   **out,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderJsonDoc, ladder_json_doc_free)

char          *ladder_json_to_data       (JsonNode      *root,
                                          gboolean       pretty,
                                          gsize         *length);

G_END_DECLS
