/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Guarded JSON reading: checks bytes before json-glib sees them, and strict
 * typed access that reports the file, line and column of what is wrong. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "ladder-json.h"
#include "ladder-sanitise.h"

/* json-glib 1.6 trusts its input too much (see docs on hostile files): it
 * has no nesting limit, accepts a second top-level value, writes 1e999 as
 * a number it cannot read back, wraps large integers and cuts strings at
 * \u0000. The scan below refuses all of these first, and on the way notes
 * where every value starts, so later checks can name a line and column
 * although json-glib keeps no positions.
 *
 * Positions are counted as the scan goes, in one pass over the file: a
 * file written on one line (a megabyte of it, from some other tool) reads
 * as fast as one written a value a line, and lines and columns are exact
 * however far into the file they are. */

typedef struct
{
  guint64 line;
  guint64 column;
} Position;

struct _LadderJsonDoc
{
  char       *filename;
  JsonParser *parser;
  GHashTable *positions;       /* path -> GUINT_TO_POINTER (index + 1) in position_list */
  GArray     *position_list;   /* of Position */
};

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  const char *line_start;
  guint64     line;
  /* The column of @counted, on the current line: columns are counted on
   * from the last one worked out, never again from the line's start. */
  const char *counted;
  guint64     column;
  guint       depth;
  GString    *path;
  LadderJsonDoc *doc;
  const char *filename;
  GError    **error;
} Scan;

G_DEFINE_QUARK (ladder-json-error-quark, ladder_json_error)

static void
scan_new_line (Scan       *scan,
               const char *start)
{
  scan->line++;
  scan->line_start = scan->counted = start;
  scan->column = 1;
}

/* Columns count characters, so they match what an editor shows. @at is on
 * the current line; only a message points back before @counted (at the
 * start of a text or a number that is wrong), and then not far. */
static guint64
scan_column (Scan       *scan,
             const char *at)
{
  if (at < scan->counted)
    return scan->column - (guint64) g_utf8_strlen (at, scan->counted - at);
  scan->column += (guint64) g_utf8_strlen (scan->counted, at - scan->counted);
  scan->counted = at;
  return scan->column;
}

static gboolean G_GNUC_PRINTF (3, 4)
scan_fail (Scan       *scan,
           const char *at,
           const char *format,
           ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (scan->error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_SYNTAX,
               "%s, line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT ": %s", scan->filename,
               scan->line, scan_column (scan, at), what);
  return FALSE;
}

static void
skip_space (Scan *scan)
{
  while (scan->p < scan->end)
    {
      char c = *scan->p;

      if (c == '\n')
        scan_new_line (scan, scan->p + 1);
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      scan->p++;
    }
}

static void
note_position (Scan *scan)
{
  Position position = { scan->line, scan_column (scan, scan->p) };

  g_array_append_val (scan->doc->position_list, position);
  g_hash_table_insert (scan->doc->positions, g_strdup (scan->path->str),
                       GUINT_TO_POINTER (scan->doc->position_list->len));
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scan    *scan,
           guint32 *out)
{
  guint32 value = 0;

  if (scan->end - scan->p < 4)
    return scan_fail (scan, scan->p, "a \\u escape needs four hexadecimal digits");
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (scan->p[i]);

      if (digit < 0)
        return scan_fail (scan, scan->p, "a \\u escape needs four hexadecimal digits");
      value = value << 4 | (guint32) digit;
    }
  scan->p += 4;
  *out = value;
  return TRUE;
}

/* Reads a string from its opening quote. When @text is not NULL the
 * decoded text is appended to it (object keys only). */
static gboolean
scan_string (Scan    *scan,
             GString *text)
{
  const char *open = scan->p++;

  while (scan->p < scan->end)
    {
      const char *at = scan->p;
      guchar c = (guchar) *scan->p;

      if (c == '"')
        {
          scan->p++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (scan, at, "a control character inside text must be written as an escape");
      if (c == '\\')
        {
          if (++scan->p >= scan->end)
            break;
          c = (guchar) *scan->p++;
          if (c == 'u')
            {
              guint32 unit, low;

              if (!read_hex4 (scan, &unit))
                return FALSE;
              if (unit == 0)
                return scan_fail (scan, at, "the text contains a \\u0000 character, which Ladder does not accept");
              if (unit >= 0xdc00 && unit <= 0xdfff)
                return scan_fail (scan, at, "a \\u escape is half of a pair with no first half");
              if (unit >= 0xd800 && unit <= 0xdbff)
                {
                  if (scan->end - scan->p < 2 || scan->p[0] != '\\' || scan->p[1] != 'u')
                    return scan_fail (scan, at, "a \\u escape is half of a pair with no second half");
                  scan->p += 2;
                  if (!read_hex4 (scan, &low))
                    return FALSE;
                  if (low < 0xdc00 || low > 0xdfff)
                    return scan_fail (scan, at, "a \\u escape is half of a pair with no second half");
                  unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                }
              if (text != NULL)
                g_string_append_unichar (text, unit);
              continue;
            }
          if (strchr ("\"\\/bfnrt", c) == NULL || c == '\0')
            {
              /* Named only when it is plain to see: it may be a control
               * character or the first byte of a longer one. */
              if (g_ascii_isgraph (c))
                return scan_fail (scan, at, "“\\%c” is not a valid escape", c);
              return scan_fail (scan, at, "a backslash must be followed by \", \\, /, b, f, n, r, t or u");
            }
          if (text != NULL)
            g_string_append_c (text, c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r'
                                    : c == 'b' ? '\b' : c == 'f' ? '\f' : (char) c);
          continue;
        }
      if (text != NULL)
        g_string_append_c (text, (char) c);
      scan->p++;
    }
  return scan_fail (scan, open, "this text is never closed with a quote mark");
}

static gboolean
scan_number (Scan *scan)
{
  const char *start = scan->p;
  gboolean integer = TRUE;
  g_autofree char *copy = NULL;
  double value;

  if (scan->p < scan->end && *scan->p == '-')
    scan->p++;
  if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
    return scan_fail (scan, start, "a number was expected");
  if (*scan->p == '0')
    scan->p++;
  else
    while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
      scan->p++;
  if (scan->p < scan->end && *scan->p == '.')
    {
      integer = FALSE;
      scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return scan_fail (scan, start, "a number has no digits after its decimal point");
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }
  if (scan->p < scan->end && (*scan->p == 'e' || *scan->p == 'E'))
    {
      integer = FALSE;
      scan->p++;
      if (scan->p < scan->end && (*scan->p == '+' || *scan->p == '-'))
        scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return scan_fail (scan, start, "a number has no digits in its exponent");
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }
  copy = g_strndup (start, scan->p - start);
  value = g_ascii_strtod (copy, NULL);
  if (!isfinite (value))
    return scan_fail (scan, start, "the number %s is too large", copy);
  /* json-glib keeps integers in 64 bits and wraps beyond; doubles are exact
   * to 2^53. Nothing in a Ladder file is anywhere near either. */
  if (integer && fabs (value) > 9007199254740992.0)
    return scan_fail (scan, start, "the whole number %s is too large", copy);
  return TRUE;
}

static gboolean
scan_literal (Scan       *scan,
              const char *word)
{
  size_t len = strlen (word);

  if ((size_t) (scan->end - scan->p) < len || memcmp (scan->p, word, len) != 0)
    return scan_fail (scan, scan->p, "expected a value (text, a number, true, false, null, [ or {)");
  scan->p += len;
  return TRUE;
}

static gboolean scan_value (Scan *scan);

static gboolean
scan_object (Scan *scan)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  gsize path_len = scan->path->len;

  scan->p++;
  skip_space (scan);
  if (scan->p < scan->end && *scan->p == '}')
    {
      scan->p++;
      return TRUE;
    }
  for (;;)
    {
      const char *key_at;

      skip_space (scan);
      key_at = scan->p;
      if (scan->p >= scan->end || *scan->p != '"')
        return scan_fail (scan, scan->p, "expected a name in quote marks");
      g_string_truncate (key, 0);
      if (!scan_string (scan, key))
        return FALSE;
      if (g_hash_table_contains (keys, key->str))
        {
          g_autofree char *safe = ladder_sanitise_for_terminal (key->str);

          return scan_fail (scan, key_at, "“%s” appears twice in the same object", safe);
        }
      g_hash_table_add (keys, g_strdup (key->str));
      skip_space (scan);
      if (scan->p >= scan->end || *scan->p != ':')
        {
          g_autofree char *safe = ladder_sanitise_for_terminal (key->str);

          return scan_fail (scan, scan->p, "expected “:” after the name “%s”", safe);
        }
      scan->p++;
      skip_space (scan);
      g_string_append_c (scan->path, '/');
      g_string_append (scan->path, key->str);
      if (!scan_value (scan))
        return FALSE;
      g_string_truncate (scan->path, path_len);
      skip_space (scan);
      if (scan->p < scan->end && *scan->p == ',')
        {
          scan->p++;
          continue;
        }
      if (scan->p < scan->end && *scan->p == '}')
        {
          scan->p++;
          return TRUE;
        }
      return scan_fail (scan, scan->p, "expected “,” or “}”");
    }
}

static gboolean
scan_array (Scan *scan)
{
  gsize path_len = scan->path->len;

  scan->p++;
  skip_space (scan);
  if (scan->p < scan->end && *scan->p == ']')
    {
      scan->p++;
      return TRUE;
    }
  for (guint index = 0;; index++)
    {
      skip_space (scan);
      g_string_append_printf (scan->path, "/%u", index);
      if (!scan_value (scan))
        return FALSE;
      g_string_truncate (scan->path, path_len);
      skip_space (scan);
      if (scan->p < scan->end && *scan->p == ',')
        {
          scan->p++;
          continue;
        }
      if (scan->p < scan->end && *scan->p == ']')
        {
          scan->p++;
          return TRUE;
        }
      return scan_fail (scan, scan->p, "expected “,” or “]”");
    }
}

static gboolean
scan_value (Scan *scan)
{
  gboolean ok;

  if (scan->p >= scan->end)
    return scan_fail (scan, scan->p, "the file ends where a value was expected");
  note_position (scan);
  switch (*scan->p)
    {
    case '{':
    case '[':
      if (++scan->depth > LADDER_JSON_MAX_DEPTH)
        return scan_fail (scan, scan->p, "the file nests more than %d levels deep", LADDER_JSON_MAX_DEPTH);
      ok = *scan->p == '{' ? scan_object (scan) : scan_array (scan);
      scan->depth--;
      return ok;
    case '"':
      return scan_string (scan, NULL);
    case 't':
      return scan_literal (scan, "true");
    case 'f':
      return scan_literal (scan, "false");
    case 'n':
      return scan_literal (scan, "null");
    default:
      if (*scan->p == '-' || g_ascii_isdigit (*scan->p))
        return scan_number (scan);
      return scan_fail (scan, scan->p, "expected a value (text, a number, true, false, null, [ or {)");
    }
}

/**
 * ladder_json_doc_parse:
 * @data: the bytes of a file
 * @length: the number of bytes
 * @filename: the name to use in messages
 * @error: return location for an error naming line and column
 *
 * Checks @data (UTF-8, one JSON value, no deeper than
 * %LADDER_JSON_MAX_DEPTH, no names repeated within an object, no
 * \u0000, finite numbers) and only then parses it with json-glib.
 *
 * Returns: (transfer full) (nullable): the parsed document.
 */
LadderJsonDoc *
ladder_json_doc_parse (const char  *data,
                       gsize        length,
                       const char  *filename,
                       GError     **error)
{
  g_autoptr(LadderJsonDoc) doc = g_new0 (LadderJsonDoc, 1);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  const char *invalid;
  Scan scan = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  doc->filename = g_strdup (filename);
  doc->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc->position_list = g_array_new (FALSE, FALSE, sizeof (Position));

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  scan.data = scan.p = scan.line_start = scan.counted = data;
  scan.end = data + length;
  scan.line = scan.column = 1;
  scan.path = path;
  scan.doc = doc;
  scan.filename = filename;
  scan.error = error;

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      /* Count lines up to the bad byte so the message can point at it. */
      for (const char *q = data; q < invalid; q++)
        if (*q == '\n')
          scan_new_line (&scan, q + 1);
      if (memchr (data, '\0', length) != NULL && invalid < scan.end && *invalid == '\0')
        scan_fail (&scan, invalid, "the file contains a NUL byte; it is not a text file");
      else
        scan_fail (&scan, invalid, "the file is not valid UTF-8 text");
      return NULL;
    }
  skip_space (&scan);
  if (scan.p >= scan.end)
    {
      scan_fail (&scan, scan.p, "the file is empty");
      return NULL;
    }
  if (!scan_value (&scan))
    return NULL;
  skip_space (&scan);
  if (scan.p < scan.end)
    {
      scan_fail (&scan, scan.p, "there is more after the end of the data");
      return NULL;
    }

  doc->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (doc->parser, data, (gssize) length, &local_error))
    {
      /* The scan should have caught everything json-glib refuses. */
      g_set_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_SYNTAX,
                   "%s: %s", filename, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

/**
 * ladder_json_doc_free:
 * @doc: (transfer full) (nullable): a document
 */
void
ladder_json_doc_free (LadderJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_clear_object (&doc->parser);
  g_clear_pointer (&doc->positions, g_hash_table_unref);
  g_clear_pointer (&doc->position_list, g_array_unref);
  g_free (doc->filename);
  g_free (doc);
}

/**
 * ladder_json_doc_get_root:
 * @doc: a document
 *
 * Returns: (transfer none): the top-level value.
 */
JsonNode *
ladder_json_doc_get_root (LadderJsonDoc *doc)
{
  return json_parser_get_root (doc->parser);
}

/**
 * ladder_json_doc_get_filename:
 * @doc: a document
 *
 * Returns: (transfer none): the name used in messages.
 */
const char *
ladder_json_doc_get_filename (LadderJsonDoc *doc)
{
  return doc->filename;
}

/**
 * ladder_json_doc_set_error:
 * @doc: a document
 * @error: return location for the error
 * @path: where the problem is, as a JSON pointer such as "/answers/3/rating"
 * @format: what is wrong, in plain English
 *
 * Sets a %LADDER_JSON_ERROR_CONTENT error that names the file, and the line
 * and column of the value at @path (or of the nearest enclosing value
 * that exists, for something missing).
 */
void
ladder_json_doc_set_error (LadderJsonDoc *doc,
                           GError       **error,
                           const char    *path,
                           const char    *format,
                           ...)
{
  g_autofree char *what = NULL;
  g_autofree char *at = g_strdup (path);
  gpointer found = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  for (;;)
    {
      char *slash;

      if (g_hash_table_lookup_extended (doc->positions, at, NULL, &found))
        break;
      slash = strrchr (at, '/');
      if (slash == NULL)
        break;
      *slash = '\0';
    }
  if (found != NULL)
    {
      const Position *position = &g_array_index (doc->position_list, Position, GPOINTER_TO_UINT (found) - 1);

      g_set_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_CONTENT,
                   "%s, line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT ": %s", doc->filename,
                   position->line, position->column, what);
    }
  else
    g_set_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_CONTENT,
                 "%s: %s", doc->filename, what);
}

/**
 * ladder_json_check_members:
 * @doc: a document
 * @object: an object in @doc
 * @path: where @object is
 * @allowed: (array zero-terminated=1): the names @object may have
 * @error: return location for an error
 *
 * Returns: %FALSE, with an error naming it, when @object has a member not
 *   in @allowed: usually a misspelling that would otherwise be ignored.
 */
gboolean
ladder_json_check_members (LadderJsonDoc      *doc,
                           JsonObject         *object,
                           const char         *path,
                           const char * const *allowed,
                           GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!g_strv_contains (allowed, name))
      {
        g_autofree char *at = g_strdup_printf ("%s/%s", path, name);
        g_autofree char *safe = ladder_sanitise_for_terminal (name);

        ladder_json_doc_set_error (doc, error, at, "“%s” is not something this file can contain here", safe);
        return FALSE;
      }
  return TRUE;
}

/* Finds @member; FALSE with an error only when it is required and absent. */
static gboolean
lookup_member (LadderJsonDoc *doc,
               JsonObject    *object,
               const char    *path,
               const char    *member,
               gboolean       required,
               JsonNode     **node,
               GError       **error)
{
  *node = json_object_get_member (object, member);
  if (*node == NULL && required)
    {
      ladder_json_doc_set_error (doc, error, path, "“%s” is missing", member);
      return FALSE;
    }
  return TRUE;
}

static gboolean
wrong_type (LadderJsonDoc *doc,
            const char    *path,
            const char    *member,
            const char    *expected,
            GError       **error)
{
  g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

  ladder_json_doc_set_error (doc, error, at, "“%s” must be %s", member, expected);
  return FALSE;
}

gboolean
ladder_json_get_object (LadderJsonDoc *doc,
                        JsonObject    *object,
                        const char    *path,
                        const char    *member,
                        gboolean       required,
                        JsonObject   **out,
                        GError       **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup_member (doc, object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (doc, path, member, "an object in braces", error);
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
ladder_json_get_array (LadderJsonDoc *doc,
                       JsonObject    *object,
                       const char    *path,
                       const char    *member,
                       gboolean       required,
                       JsonArray    **out,
                       GError       **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup_member (doc, object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (doc, path, member, "a list in square brackets", error);
  *out = json_node_get_array (node);
  return TRUE;
}

/* A null counts as absent for an optional member, here and above. */
gboolean
ladder_json_get_string (LadderJsonDoc *doc,
                        JsonObject    *object,
                        const char    *path,
                        const char    *member,
                        gboolean       required,
                        const char   **out,
                        GError       **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup_member (doc, object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (doc, path, member, "text in quote marks", error);
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
ladder_json_get_boolean (LadderJsonDoc *doc,
                         JsonObject    *object,
                         const char    *path,
                         const char    *member,
                         gboolean       required,
                         gboolean      *out,
                         GError       **error)
{
  JsonNode *node;

  if (!lookup_member (doc, object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (doc, path, member, "true or false", error);
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
ladder_json_get_number (LadderJsonDoc *doc,
                        JsonObject    *object,
                        const char    *path,
                        const char    *member,
                        gboolean       required,
                        double        *out,
                        GError       **error)
{
  JsonNode *node;
  GType type;

  if (!lookup_member (doc, object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return wrong_type (doc, path, member, "a number", error);
  return TRUE;
}

gboolean
ladder_json_get_strv (LadderJsonDoc *doc,
                      JsonObject    *object,
                      const char    *path,
                      const char    *member,
                      gboolean       required,
                      char        ***out,
                      GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *out = NULL;
  if (!ladder_json_get_array (doc, object, path, member, required, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *at = g_strdup_printf ("%s/%s/%u", path, member, i);

          ladder_json_doc_set_error (doc, error, at, "each item of “%s” must be text in quote marks", member);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
ladder_json_element_object (LadderJsonDoc *doc,
                            JsonArray     *array,
                            const char    *path,
                            guint          index,
                            JsonObject   **out,
                            GError       **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *at = g_strdup_printf ("%s/%u", path, index);

      ladder_json_doc_set_error (doc, error, at, "each item here must be an object in braces");
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

/**
 * ladder_json_find_id:
 * @ids: (array length=n_ids): the identifiers a value may take
 * @n_ids: how many
 * @id: the value read
 *
 * Returns: the position of @id in @ids, or -1.
 */
int
ladder_json_find_id (const char * const *ids,
                     guint               n_ids,
                     const char         *id)
{
  for (guint i = 0; i < n_ids; i++)
    if (strcmp (ids[i], id) == 0)
      return (int) i;
  return -1;
}

/**
 * ladder_json_to_data:
 * @root: a JSON tree
 * @pretty: laid out on lines, indented by two spaces
 * @length: (out) (optional): its length in bytes
 *
 * Writes @root as JSON text that Ladder's reader (and any strict one) reads
 * back. json-glib 1.6 writes U+001F inside a string as the raw byte, which
 * the JSON grammar forbids, so a note holding it would make its own file
 * unreadable: every control byte but the layout's line feeds is written
 * as a \u escape here.
 *
 * Returns: (transfer full): the text.
 */
char *
ladder_json_to_data (JsonNode *root,
                     gboolean  pretty,
                     gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *raw = NULL;
  GString *out;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  raw = json_generator_to_data (generator, NULL);
  out = g_string_sized_new (strlen (raw) + 1);
  for (const char *p = raw; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\n')
      g_string_append_printf (out, "\\u%04x", (guchar) *p);
    else
      g_string_append_c (out, *p);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
