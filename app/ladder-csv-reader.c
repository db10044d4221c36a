/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming CSV reading through libcsv: encodings, delimiters, and errors that
 * name the file, line and column. */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-csv-reader.h"

#define CHUNK_SIZE (128 * 1024)
#define MAX_KEPT_WARNINGS 20

/* The decoded bytes of a file: streamed from disk when it is UTF-8, held in
 * memory when it had to be converted. Rewindable, so that line numbers can
 * be worked out afterwards for the rare record that needs one. */
typedef struct
{
  int         fd;
  gsize       skip;       /* bytes of byte-order mark before the data */
  char       *memory;     /* converted text, or NULL when streaming */
  gsize       memory_length;
  gsize       position;
  char       *buffer;
} Source;

typedef struct
{
  guint64  record;
  int      column;
  char    *message;
  guint64  line;
} Problem;

struct _LadderCsvReader
{
  struct csv_parser   parser;
  const char         *display_name;
  LadderCsvFieldFunc  field_func;
  LadderCsvRowFunc    row_func;
  gpointer            user_data;
  guint               column;
  guint64             record;
  gboolean            failed;
  Problem             failure;
  GArray             *warnings;   /* Problem */
  guint               n_warnings;
  guint64             header_record;
  GPtrArray          *header;     /* column names, for messages */
};

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

static gboolean
source_next (Source      *source,
             const char **chunk,
             gsize       *length,
             GError     **error)
{
  if (source->memory != NULL)
    {
      gsize n = MIN (CHUNK_SIZE, source->memory_length - source->position);

      *chunk = source->memory + source->position;
      *length = n;
      source->position += n;
      return TRUE;
    }

  for (;;)
    {
      gssize n = read (source->fd, source->buffer, CHUNK_SIZE);

      if (n >= 0)
        {
          *chunk = source->buffer;
          *length = n;
          return TRUE;
        }
      if (errno != EINTR)
        {
          int saved = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "could not be read: %s", g_strerror (saved));
          return FALSE;
        }
    }
}

static gboolean
source_rewind (Source  *source,
               GError **error)
{
  source->position = 0;
  if (source->memory == NULL && lseek (source->fd, source->skip, SEEK_SET) < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "could not be read again: %s", g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static void
source_close (Source *source)
{
  if (source->fd >= 0)
    g_close (source->fd, NULL);
  source->fd = -1;
  g_clear_pointer (&source->memory, g_free);
  g_clear_pointer (&source->buffer, g_free);
}

/* UTF-8 validation that skips ASCII eight bytes at a time: the big files
 * are almost all ASCII. Stops before a sequence cut by the end of @length,
 * reporting how much was checked in @checked. */
static gboolean
utf8_check (const guchar *text,
            gsize         length,
            gsize        *checked)
{
  gsize i = 0;

  while (i < length)
    {
      guint64 word;
      guchar c = text[i];
      guint n;

      if (i + 8 <= length)
        {
          memcpy (&word, text + i, 8);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              i += 8;
              continue;
            }
        }
      if (c < 0x80)
        {
          i++;
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF)
        n = 2;
      else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
      else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
      else
        return FALSE;
      if (i + n > length)
        break;
      for (guint k = 1; k < n; k++)
        if ((text[i + k] & 0xC0) != 0x80)
          return FALSE;
      if ((c == 0xE0 && text[i + 1] < 0xA0) || (c == 0xED && text[i + 1] > 0x9F) ||
          (c == 0xF0 && text[i + 1] < 0x90) || (c == 0xF4 && text[i + 1] > 0x8F))
        return FALSE;
      i += n;
    }
  *checked = i;
  return TRUE;
}

/* Windows-1252 to UTF-8, byte by byte, except that valid UTF-8 sequences are
 * kept: a file pasted together from two sources (mostly UTF-8, a few rows
 * from an old spreadsheet) then reads right throughout. The five bytes the
 * code page leaves undefined (which g_convert() rejects) become U+FFFD.
 * Reports whether any valid multi-byte UTF-8 was kept in @had_utf8. */
static char *
windows_1252_to_utf8 (const guchar *text,
                      gsize         length,
                      gsize        *out_length,
                      gboolean     *had_utf8)
{
  static const gunichar high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  };
  char *out = g_malloc (length * 3 + 1);
  char *p = out;

  *had_utf8 = FALSE;
  for (gsize i = 0; i < length;)
    {
      guchar c = text[i];
      gsize checked = 0;

      if (c < 0x80)
        {
          *p++ = c;
          i++;
          continue;
        }
      /* A whole, valid sequence starting here? Checked on its own length,
       * so a bad byte right after it does not disqualify it. */
      {
        gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;

        if (n > 0 && i + n <= length && utf8_check (text + i, n, &checked) && checked == n)
          {
            memcpy (p, text + i, n);
            p += n;
            i += n;
            *had_utf8 = TRUE;
            continue;
          }
      }
      p += g_unichar_to_utf8 (c < 0xA0 ? high[c - 0x80] : c, p);
      i++;
    }
  *p = '\0';
  *out_length = p - out;
  return out;
}

static gboolean
load_whole_file (int      fd,
                 guchar **contents,
                 gsize   *length,
                 GError **error)
{
  GByteArray *bytes = g_byte_array_new ();
  guchar buffer[CHUNK_SIZE];

  if (lseek (fd, 0, SEEK_SET) < 0)
    goto failed;
  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed;
      if (n == 0)
        break;
      g_byte_array_append (bytes, buffer, n);
    }
  *length = bytes->len;
  *contents = g_byte_array_free (bytes, FALSE);
  return TRUE;

failed:
  {
    int saved = errno;
    g_byte_array_unref (bytes);
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                 "could not be read: %s", g_strerror (saved));
    return FALSE;
  }
}

/* Decide the encoding and set @source up to give UTF-8. */
static gboolean
open_source (const char         *path,
             Source             *source,
             LadderCsvEncoding  *encoding,
             guint64            *n_bytes,
             GError            **error)
{
  guchar head[4] = { 0 };
  gssize n_head;
  struct stat st;
  gboolean valid = TRUE;
  guchar *contents = NULL;
  gsize length = 0;

  source->fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (source->fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "could not be opened: %s", g_strerror (saved));
      return FALSE;
    }
  if (fstat (source->fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           "is a folder, not a data file");
      return FALSE;
    }
  *n_bytes = st.st_size;
  source->buffer = g_malloc (CHUNK_SIZE);
  n_head = read (source->fd, head, sizeof head);
  if (n_head < 0)
    n_head = 0;

  if (n_head >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "is saved as UTF-32, which Ladder cannot read; "
                           "save it again as UTF-8 CSV");
      return FALSE;
    }
  if (n_head >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
    {
      *encoding = LADDER_CSV_UTF8_BOM;
      source->skip = 3;
    }
  else if (n_head >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
    {
      gboolean little = head[0] == 0xFF;
      g_autoptr(GError) convert_error = NULL;
      gsize written = 0;

      *encoding = little ? LADDER_CSV_UTF16LE : LADDER_CSV_UTF16BE;
      if (!load_whole_file (source->fd, &contents, &length, error))
        return FALSE;
      source->memory = g_convert ((const char *) contents + 2, length - 2, "UTF-8",
                                  little ? "UTF-16LE" : "UTF-16BE", NULL, &written, &convert_error);
      g_free (contents);
      if (source->memory == NULL)
        {
          g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                       "says it is UTF-16 but is not valid UTF-16: %s", convert_error->message);
          return FALSE;
        }
      source->memory_length = written;
      return TRUE;
    }
  else
    {
      *encoding = LADDER_CSV_UTF8;
      source->skip = 0;
    }

  /* A first pass checks that the text really is UTF-8 before any of it is
   * used: Excel's "CSV" is Windows-1252, and finding out half way through
   * would leave half a file's figures read with the wrong encoding. */
  {
    guchar carry[8];
    gsize n_carry = 0;

    if (lseek (source->fd, source->skip, SEEK_SET) < 0)
      valid = FALSE;
    while (valid)
      {
        gssize n = read (source->fd, source->buffer + n_carry, CHUNK_SIZE - n_carry);
        gsize checked = 0;

        if (n < 0 && errno == EINTR)
          continue;
        if (n <= 0)
          {
            valid = n == 0 && n_carry == 0;
            break;
          }
        if (n_carry > 0)
          memcpy (source->buffer, carry, n_carry);
        n += n_carry;
        valid = utf8_check ((const guchar *) source->buffer, n, &checked);
        if (!valid)
          break;
        /* At most three bytes of a sequence cut by the chunk's end. */
        n_carry = n - checked;
        g_assert (n_carry < sizeof carry);
        memcpy (carry, source->buffer + checked, n_carry);
      }
  }

  if (valid)
    return source_rewind (source, error);

  if (!load_whole_file (source->fd, &contents, &length, error))
    return FALSE;
  if (*encoding == LADDER_CSV_UTF8_BOM)
    {
      /* It says UTF-8 but is not: keep what can be read. */
      source->memory = g_utf8_make_valid ((const char *) contents + 3, length - 3);
    }
  else
    {
      gboolean had_utf8;

      source->memory = windows_1252_to_utf8 (contents, length, &source->memory_length, &had_utf8);
      *encoding = had_utf8 ? LADDER_CSV_MIXED : LADDER_CSV_WINDOWS_1252;
    }
  if (source->memory_length == 0)
    source->memory_length = strlen (source->memory);
  g_free (contents);
  return TRUE;
}

/* The delimiter is the commonest of comma, semicolon and tab on the first
 * line, outside quotes. */
static char
detect_delimiter (const char *text,
                  gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == '\t')
        tabs++;
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

static void
on_field (void   *text,
          size_t  length,
          void   *data)
{
  LadderCsvReader *reader = data;

  if (!reader->failed)
    reader->field_func (reader, reader->column, text != NULL ? text : "", length, reader->user_data);
  reader->column++;
}

static void
on_row (int   terminator,
        void *data)
{
  LadderCsvReader *reader = data;

  if (!reader->failed)
    reader->row_func (reader, reader->column, reader->user_data);
  reader->column = 0;
  reader->record++;
}

static int
compare_problem_records (gconstpointer a,
                         gconstpointer b)
{
  const Problem *pa = *(const Problem * const *) a;
  const Problem *pb = *(const Problem * const *) b;

  return pa->record < pb->record ? -1 : pa->record > pb->record;
}

/* Walk the text again to find the line each problem's record starts on,
 * and the line and character of @offset (when not -1). Records follow
 * libcsv: blank lines are skipped, newlines inside quotes stay in the
 * record. Only ever run when something is to be reported. */
static void
locate_problems (Source     *source,
                 GPtrArray  *problems,
                 gint64      offset,
                 guint64    *offset_line,
                 guint64    *offset_char)
{
  gboolean in_record = FALSE;
  gboolean quoted = FALSE;
  guint64 record = 0;
  guint64 line = 1;
  guint64 line_start_char = 0;
  guint64 chars = 0;
  guint64 position = 0;
  guint next = 0;
  char previous = 0;

  g_ptr_array_sort (problems, compare_problem_records);
  if (!source_rewind (source, NULL))
    return;

  for (;;)
    {
      const char *chunk;
      gsize length;

      if (!source_next (source, &chunk, &length, NULL) || length == 0)
        break;
      for (gsize i = 0; i < length; i++, position++)
        {
          char c = chunk[i];

          if ((gint64) position == offset)
            {
              *offset_line = line;
              *offset_char = chars - line_start_char + 1;
            }
          if (!in_record && c != '\n' && c != '\r' && c != ' ' && c != '\t')
            {
              in_record = TRUE;
              while (next < problems->len && ((Problem *) problems->pdata[next])->record == record)
                ((Problem *) problems->pdata[next++])->line = line;
            }
          if (c == '"' && in_record)
            quoted = !quoted;
          else if ((c == '\n' || c == '\r') && !quoted && in_record)
            {
              in_record = FALSE;
              record++;
            }
          if (c == '\n' || (c == '\r'))
            {
              if (!(c == '\n' && previous == '\r'))
                line++;
              line_start_char = chars + 1;
            }
          if (((guchar) c & 0xC0) != 0x80)
            chars++;
          previous = c;
        }
    }
  if (offset >= 0 && (gint64) position <= offset)
    {
      *offset_line = line;
      *offset_char = chars - line_start_char + 1;
    }
  /* A record that starts at the very end (no newline after the last one). */
  while (next < problems->len)
    ((Problem *) problems->pdata[next++])->line = line;
}

static char *
format_problem (LadderCsvReader *reader,
                const Problem   *problem)
{
  if (problem->column < 0)
    return g_strdup_printf ("line %" G_GUINT64_FORMAT ": %s", problem->line, problem->message);
  if (reader->header != NULL && (guint) problem->column < reader->header->len &&
      problem->record != reader->header_record)
    return g_strdup_printf ("line %" G_GUINT64_FORMAT ", column %d (%s): %s",
                            problem->line, problem->column + 1,
                            (const char *) reader->header->pdata[problem->column],
                            problem->message);
  return g_strdup_printf ("line %" G_GUINT64_FORMAT ", column %d: %s",
                          problem->line, problem->column + 1, problem->message);
}

/**
 * ladder_csv_read:
 * @path: the file
 * @display_name: the name to use in messages, usually the file's base name
 * @field_func: called for every field
 * @row_func: called at the end of every record
 * @user_data: for the callbacks
 * @info: (out caller-allocates): what was found; clear with ladder_csv_info_clear()
 * @cancellable: (nullable): to stop early
 * @error: where a problem is reported, as "NAME: line L, column C: what"
 *
 * Reads a CSV file in UTF-8 (with or without a byte-order mark), UTF-16 with
 * a byte-order mark, or Windows-1252, separated by commas, semicolons or
 * tabs, with CR, LF or CRLF line ends. Quote errors and a quoted field left
 * open at the end are errors; blank lines are skipped.
 *
 * Returns: %TRUE when the whole file was read without error.
 */
gboolean
ladder_csv_read (const char          *path,
                 const char          *display_name,
                 LadderCsvFieldFunc   field_func,
                 LadderCsvRowFunc     row_func,
                 gpointer             user_data,
                 LadderCsvInfo       *info,
                 GCancellable        *cancellable,
                 GError             **error)
{
  Source source = { .fd = -1 };
  LadderCsvReader reader = { 0 };
  g_autoptr(GError) local_error = NULL;
  gint64 error_offset = -1;
  const char *error_what = NULL;
  guint64 consumed = 0;
  gboolean parser_ready = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  memset (info, 0, sizeof *info);
  info->warnings = g_ptr_array_new_with_free_func (g_free);
  reader.display_name = display_name != NULL ? display_name : path;
  reader.field_func = field_func;
  reader.row_func = row_func;
  reader.user_data = user_data;
  reader.warnings = g_array_new (FALSE, TRUE, sizeof (Problem));
  g_array_set_clear_func (reader.warnings, (GDestroyNotify) problem_clear);

  if (!open_source (path, &source, &info->encoding, &info->n_bytes, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s %s",
                   reader.display_name, local_error->message);
      ok = FALSE;
      goto out;
    }

  for (;;)
    {
      const char *chunk;
      gsize length;
      size_t parsed;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          goto out;
        }
      if (!source_next (&source, &chunk, &length, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code, "%s %s",
                       reader.display_name, local_error->message);
          ok = FALSE;
          goto out;
        }
      if (!parser_ready)
        {
          csv_init (&reader.parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
          info->delimiter = detect_delimiter (chunk, length);
          csv_set_delim (&reader.parser, info->delimiter);
          parser_ready = TRUE;
        }
      if (length == 0)
        break;
      parsed = csv_parse (&reader.parser, chunk, length, on_field, on_row, &reader);
      if (parsed != length)
        {
          /* Read the error before anything else touches the parser. */
          int code = csv_error (&reader.parser);

          error_offset = consumed + parsed;
          error_what = code == CSV_EPARSE
            ? "a quote mark is out of place: a field that uses quote marks must "
              "start and end with one, and a quote mark inside it must be doubled"
            : csv_strerror (code);
          break;
        }
      consumed += length;
      if (reader.failed)
        break;
    }

  if (error_offset < 0 && !reader.failed && parser_ready)
    {
      guint64 record_before = reader.record;

      if (csv_fini (&reader.parser, on_field, on_row, &reader) != 0)
        {
          reader.failure.record = record_before;
          reader.failure.column = -1;
          reader.failure.message = g_strdup ("a quoted field is still open at the end of the "
                                             "file: a closing quote mark is missing, or the "
                                             "file was cut short");
          reader.failed = TRUE;
        }
    }

  info->n_records = reader.record;
  if (!reader.failed && error_offset < 0 && reader.record == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s is empty: it has no header and no rows", reader.display_name);
      ok = FALSE;
      goto out;
    }

  if (reader.failed || error_offset >= 0 || reader.warnings->len > 0)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new ();
      guint64 offset_line = 0, offset_char = 0;

      for (guint i = 0; i < reader.warnings->len; i++)
        g_ptr_array_add (problems, &g_array_index (reader.warnings, Problem, i));
      if (reader.failed)
        g_ptr_array_add (problems, &reader.failure);
      locate_problems (&source, problems, error_offset, &offset_line, &offset_char);

      for (guint i = 0; i < reader.warnings->len; i++)
        g_ptr_array_add (info->warnings, format_problem (&reader, &g_array_index (reader.warnings, Problem, i)));
      info->n_warnings = reader.n_warnings;

      if (error_offset >= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT ": %s",
                       reader.display_name, offset_line, offset_char, error_what);
          ok = FALSE;
        }
      else if (reader.failed)
        {
          g_autofree char *where = format_problem (&reader, &reader.failure);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s",
                       reader.display_name, where);
          ok = FALSE;
        }
    }

out:
  if (parser_ready)
    csv_free (&reader.parser);
  problem_clear (&reader.failure);
  g_array_unref (reader.warnings);
  g_clear_pointer (&reader.header, g_ptr_array_unref);
  source_close (&source);
  return ok;
}

/**
 * ladder_csv_info_clear:
 * @info: what ladder_csv_read() filled in
 */
void
ladder_csv_info_clear (LadderCsvInfo *info)
{
  g_clear_pointer (&info->warnings, g_ptr_array_unref);
}

/**
 * ladder_csv_reader_get_record:
 * @reader: the reader calling back
 *
 * Returns: the index of the current record, from 0 for the first.
 */
guint64
ladder_csv_reader_get_record (LadderCsvReader *reader)
{
  return reader->record;
}

/**
 * ladder_csv_reader_set_header:
 * @reader: the reader calling back
 * @record: the record that holds the column names
 * @names: (array length=n_names): the names
 * @n_names: how many
 *
 * Lets messages name the column as well as number it.
 */
void
ladder_csv_reader_set_header (LadderCsvReader    *reader,
                              guint64             record,
                              const char * const *names,
                              guint               n_names)
{
  g_clear_pointer (&reader->header, g_ptr_array_unref);
  reader->header = g_ptr_array_new_with_free_func (g_free);
  reader->header_record = record;
  for (guint i = 0; i < n_names; i++)
    g_ptr_array_add (reader->header, g_strdup (names[i]));
}

/**
 * ladder_csv_reader_fail:
 * @reader: the reader calling back
 * @column: the column at fault, from 0, or -1 for the whole record
 * @format: what is wrong, in plain English
 * @...: arguments for @format
 *
 * Stops reading; ladder_csv_read() then fails with this message, located at
 * the current record's line.
 */
void
ladder_csv_reader_fail (LadderCsvReader *reader,
                        int              column,
                        const char      *format,
                        ...)
{
  va_list args;

  if (reader->failed)
    return;
  reader->failed = TRUE;
  reader->failure.record = reader->record;
  reader->failure.column = column;
  va_start (args, format);
  reader->failure.message = g_strdup_vprintf (format, args);
  va_end (args);
}

/**
 * ladder_csv_reader_warn:
 * @reader: the reader calling back
 * @column: the column at fault, from 0, or -1 for the whole record
 * @format: what is wrong, in plain English
 * @...: arguments for @format
 *
 * Counts a problem that does not stop reading. The first few are kept with
 * their line and column for the user.
 */
void
ladder_csv_reader_warn (LadderCsvReader *reader,
                        int              column,
                        const char      *format,
                        ...)
{
  Problem problem = { 0 };
  va_list args;

  reader->n_warnings++;
  if (reader->warnings->len >= MAX_KEPT_WARNINGS)
    return;
  problem.record = reader->record;
  problem.column = column;
  va_start (args, format);
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (reader->warnings, problem);
}

/**
 * ladder_csv_reader_set_callbacks:
 * @reader: the reader calling back
 * @field_func: the new field callback
 * @row_func: the new row callback
 * @user_data: for both
 *
 * Hands the rest of the file to other callbacks, from the next field on:
 * once a header is understood, its importer takes the fields directly.
 */
void
ladder_csv_reader_set_callbacks (LadderCsvReader    *reader,
                                 LadderCsvFieldFunc  field_func,
                                 LadderCsvRowFunc    row_func,
                                 gpointer            user_data)
{
  reader->field_func = field_func;
  reader->row_func = row_func;
  reader->user_data = user_data;
}

/**
 * ladder_csv_parse_double:
 * @text: a field
 * @length: its length
 * @value: (out): the number
 *
 * Reads a decimal number exactly as g_ascii_strtod() would, but without a
 * copy or a locale for the common short form ("-12.13"). Text that is not a
 * plain decimal number ("1,234", "nan", "0x10", "12%") is refused.
 *
 * Returns: %TRUE when @text is a number.
 */
gboolean
ladder_csv_parse_double (const char *text,
                         gsize       length,
                         double     *value)
{
  /* Powers of ten that doubles hold exactly. */
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  const char *p = text;
  const char *end;
  gboolean negative = FALSE;
  guint64 mantissa = 0;
  guint digits = 0, fraction = 0;
  gboolean any_digit = FALSE;

  while (length > 0 && (*p == ' ' || *p == '\t'))
    p++, length--;
  while (length > 0 && (p[length - 1] == ' ' || p[length - 1] == '\t'))
    length--;
  end = p + length;
  if (p == end)
    return FALSE;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  for (; p < end && g_ascii_isdigit (*p); p++, any_digit = TRUE)
    {
      if (digits >= 19)
        goto slow;
      mantissa = mantissa * 10 + (*p - '0');
      digits += mantissa > 0;
    }
  if (p < end && *p == '.')
    {
      for (p++; p < end && g_ascii_isdigit (*p); p++, any_digit = TRUE, fraction++)
        {
          if (digits >= 19)
            goto slow;
          mantissa = mantissa * 10 + (*p - '0');
          digits += mantissa > 0;
        }
    }
  if (!any_digit)
    return FALSE;
  if (p == end && mantissa <= (G_GUINT64_CONSTANT (1) << 53) && fraction < G_N_ELEMENTS (powers))
    {
      /* Both operands are exact, and IEEE division rounds correctly, so
       * this equals the correctly rounded decimal. */
      double result = (double) mantissa / powers[fraction];

      *value = negative ? -result : result;
      return TRUE;
    }
  if (p < end && *p != 'e' && *p != 'E')
    return FALSE;

slow:
  {
    char copy[64];
    char *stop = NULL;
    const char *start = end - length;
    double result;

    if (length >= sizeof copy)
      return FALSE;
    for (gsize i = 0; i < length; i++)
      if (!g_ascii_isdigit (start[i]) && strchr ("+-.eE", start[i]) == NULL)
        return FALSE;
    memcpy (copy, start, length);
    copy[length] = '\0';
    result = g_ascii_strtod (copy, &stop);
    if (stop != copy + length || !isfinite (result))
      return FALSE;
    *value = result;
    return TRUE;
  }
}

/**
 * ladder_csv_encoding_to_string:
 * @encoding: an encoding
 *
 * Returns: its name, for reports.
 */
const char *
ladder_csv_encoding_to_string (LadderCsvEncoding encoding)
{
  switch (encoding)
    {
    case LADDER_CSV_UTF8: return "UTF-8";
    case LADDER_CSV_UTF8_BOM: return "UTF-8 with byte-order mark";
    case LADDER_CSV_UTF16LE: return "UTF-16 little-endian";
    case LADDER_CSV_UTF16BE: return "UTF-16 big-endian";
    case LADDER_CSV_WINDOWS_1252: return "Windows-1252";
    case LADDER_CSV_MIXED: return "UTF-8 mixed with Windows-1252";
    default: return "unknown";
    }
}
