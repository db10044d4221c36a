/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming CSV reading through libcsv: encodings, delimiters, and errors that
 * name the file, line and column. */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-csv-reader.h"
#include "ladder-input.h"

#define CHUNK_SIZE (128 * 1024)
#define MAX_KEPT_WARNINGS 20

/* Files at least this long are read in two parts on two threads. */
static guint64 split_minimum = 4 * 1024 * 1024;
/* How much is read at a time: CHUNK_SIZE except in tests. */
static gsize chunk_size = CHUNK_SIZE;

/* The decoded bytes of a file: streamed from disk when it is UTF-8, held in
 * memory when it had to be converted. Rewindable, so that line numbers can
 * be worked out afterwards for the rare record that needs one. */
typedef struct
{
  int         fd;
  const char *display_name;
  gsize       skip;       /* bytes of byte-order marks before the data */
  guint       n_boms;     /* how many byte-order marks that was */
  guint64     end;        /* the file's size when opened: never read past */
  guint64     offset;     /* the next byte to read when streaming */
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
  guint64             consumed;   /* bytes of text parsed */
  gint64              error_offset;  /* where libcsv stopped, or -1 */
  const char         *error_what;
};

/* The second part of a file, read on its own thread into its own reader. */
typedef struct
{
  LadderCsvReader  reader;
  int              fd;
  guint64          start;      /* file offsets */
  guint64          end;
  GCancellable    *cancellable;
  gint             stop;       /* atomic: the first part failed */
  GThread         *thread;
} Part;

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

/* The next chunk of text, at most @max bytes of it. */
static gboolean
source_next (Source      *source,
             const char **chunk,
             gsize       *length,
             gsize        max,
             GError     **error)
{
  max = MIN (max, chunk_size);
  if (source->memory != NULL)
    {
      gsize n = MIN (max, source->memory_length - source->position);

      *chunk = source->memory + source->position;
      *length = n;
      source->position += n;
      return TRUE;
    }

  /* Bytes appended while the file is read are not part of it: the
   * encoding check did not see them. */
  max = MIN (max, source->end - MIN (source->offset, source->end));
  for (;;)
    {
      gssize n = max > 0 ? pread (source->fd, source->buffer, max, source->offset) : 0;

      if (n >= 0)
        {
          *chunk = source->buffer;
          *length = n;
          source->offset += n;
          return TRUE;
        }
      if (errno != EINTR)
        {
          int saved = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "%s could not be read: %s", source->display_name, g_strerror (saved));
          return FALSE;
        }
    }
}

static void
source_rewind (Source *source)
{
  source->position = 0;
  source->offset = source->skip;
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

/* One range of a file checked for UTF-8, read with pread() so that two
 * threads can share the descriptor. A read error counts as invalid: the
 * caller then reads the whole file again and reports it. */
typedef struct
{
  int       fd;
  guint64   start;
  guint64   end;
  gboolean  count_quotes;
  gboolean  valid;
  guint64   quotes;
  gint64    nul;      /* the offset of the first NUL byte, or -1 */
} Scan;

static gpointer
scan_range (gpointer data)
{
  Scan *scan = data;
  g_autofree guchar *buffer = g_malloc (CHUNK_SIZE + 8);
  guint64 position = scan->start;
  gsize n_carry = 0;

  scan->valid = TRUE;
  scan->nul = -1;
  while (position < scan->end)
    {
      gssize n = pread (scan->fd, buffer + n_carry, MIN (chunk_size, scan->end - position), position);
      gsize checked = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          scan->valid = FALSE;
          return NULL;
        }
      if (scan->count_quotes)
        {
          const guchar *p = buffer + n_carry;
          const guchar *stop = p + n;

          while ((p = memchr (p, '"', stop - p)) != NULL)
            {
              scan->quotes++;
              p++;
            }
        }
      position += n;
      n += n_carry;
      {
        /* Whichever comes first, an invalid sequence or a NUL byte (which
         * no sequence can contain), is the problem, wherever the chunks
         * happen to end. */
        const guchar *nul = memchr (buffer, 0, n);
        gsize limit = nul != NULL ? (gsize) (nul - buffer) : (gsize) n;

        if (!utf8_check (buffer, limit, &checked) || (nul != NULL && checked < limit))
          {
            scan->valid = FALSE;
            return NULL;
          }
        if (nul != NULL)
          {
            /* Not text: reported as an error, so no need to go on. */
            scan->nul = position - n + limit;
            return NULL;
          }
      }
      /* At most three bytes of a sequence cut by the chunk's end. */
      n_carry = n - checked;
      g_assert (n_carry < 8);
      memmove (buffer, buffer + checked, n_carry);
    }
  if (n_carry > 0)
    scan->valid = FALSE;
  return NULL;
}

/* @offset moved forward past continuation bytes, so that it does not cut
 * a character in two. */
static guint64
char_boundary (int     fd,
               guint64 offset,
               guint64 end)
{
  guchar bytes[4];
  gssize n = pread (fd, bytes, sizeof bytes, offset);

  for (gssize i = 0; i < n && offset < end; i++, offset++)
    if ((bytes[i] & 0xC0) != 0x80)
      break;
  return offset;
}

/* The first record start after @from: just after a line feed with an even
 * number of quote marks before it, which in a well-formed file is outside
 * any quoted field. Reading checks it again; this only has to be right for
 * well-formed files. Looks no further than 1 MiB. Sets @split (counted
 * after the byte-order mark) to 0 when there is none, and @tail to the
 * length of the line end just before it. */
static void
find_split (int      fd,
            guint64  from,
            guint64  end,
            guint64  quotes_before,
            gsize    skip,
            guint64 *split,
            guint   *tail)
{
  g_autofree guchar *buffer = g_malloc (CHUNK_SIZE);
  gboolean quoted = quotes_before % 2 == 1;
  guint64 position = from;
  guchar previous = 0;

  *split = 0;
  while (position < end && position < from + 1024 * 1024)
    {
      gssize n = pread (fd, buffer, MIN (chunk_size, end - position), position);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return;
      for (gssize i = 0; i < n; i++)
        {
          if (buffer[i] == '"')
            quoted = !quoted;
          else if (buffer[i] == '\n' && !quoted && position + i + 1 < end)
            {
              *split = position + i + 1 - skip;
              *tail = (i > 0 ? buffer[i - 1] : previous) == '\r' ? 2 : 1;
              return;
            }
        }
      previous = buffer[n - 1];
      position += n;
    }
}

/* The file from @from up to the size it had when opened. */
static gboolean
load_whole_file (Source   *source,
                 guint64   from,
                 guchar  **contents,
                 gsize    *length,
                 GError  **error)
{
  gsize total = from < source->end ? source->end - from : 0;
  guchar *data = g_malloc (total + 1);
  gsize n = 0;

  while (n < total)
    {
      gssize got = pread (source->fd, data + n, total - n, from + n);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;

          g_free (data);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "%s could not be read: %s", source->display_name, g_strerror (saved));
          return FALSE;
        }
      /* Cut short while it was read: what is there is all there is. */
      if (got == 0)
        break;
      n += got;
    }
  data[n] = '\0';
  *contents = data;
  *length = n;
  return TRUE;
}

static void
memory_find_nul (Source *source,
                 gint64 *nul)
{
  const char *found = memchr (source->memory, 0, source->memory_length);

  *nul = found != NULL ? found - source->memory : -1;
}

/* Files that people rename to .csv by mistake: the message says what the
 * file is and what to do, instead of what its bytes look like as text. */
static char *
describe_other_format (const guchar *head,
                       gsize         n_head)
{
  const char *noun;

  switch (ladder_input_recognise (head, n_head, &noun))
    {
    case LADDER_INPUT_TEXT:
      return NULL;
    case LADDER_INPUT_ZIP:
    case LADDER_INPUT_XLS:
      return g_strdup_printf ("looks like %s, not CSV: save it as CSV first", noun);
    case LADDER_INPUT_GZIP:
      return g_strdup_printf ("looks like %s, not CSV: uncompress it first", noun);
    case LADDER_INPUT_UTF32:
      return g_strdup ("is saved as UTF-32, which Ladder cannot read; save it again as UTF-8 CSV");
    case LADDER_INPUT_PDF:
    case LADDER_INPUT_IMAGE:
    default:
      return g_strdup_printf ("looks like %s, not CSV: Ladder reads the figures from the CSV "
                              "files the Department publishes", noun);
    }
}

/* Skips the UTF-8 byte-order marks at @source->skip: a file converted to
 * UTF-8 twice has two, and the second must not become part of the first
 * column's name. */
static void
skip_more_boms (Source *source)
{
  for (;;)
    {
      gssize n = pread (source->fd, source->buffer,
                        MIN (CHUNK_SIZE - CHUNK_SIZE % 3, source->end - source->skip), source->skip);
      gssize i = 0;

      if (n < 0 && errno == EINTR)
        continue;
      while (i + 3 <= n && memcmp (source->buffer + i, "\xEF\xBB\xBF", 3) == 0)
        i += 3;
      source->skip += i;
      source->n_boms += i / 3;
      if (i == 0 || i < n)
        return;
    }
}

/* The same for text already converted to UTF-8 in memory. */
static void
memory_skip_boms (Source *source)
{
  gsize i = 0;

  while (i + 3 <= source->memory_length && memcmp (source->memory + i, "\xEF\xBB\xBF", 3) == 0)
    i += 3;
  if (i == 0)
    return;
  source->n_boms += i / 3;
  source->memory_length -= i;
  memmove (source->memory, source->memory + i, source->memory_length + 1);
}

/* Decide the encoding and set @source up to give UTF-8. Sets @nul to the
 * offset in the text of a NUL byte, which no text file has, or -1. Errors
 * name the file. */
static gboolean
open_source (const char         *path,
             Source             *source,
             LadderCsvEncoding  *encoding,
             guint64            *n_bytes,
             gboolean            want_split,
             guint64            *split,
             guint              *split_tail,
             gint64             *nul,
             GError            **error)
{
  guchar head[8] = { 0 };
  gssize n_head;
  gboolean valid = TRUE;
  guchar *contents = NULL;
  const guchar *bom_nul = NULL;   /* in a file marked UTF-8 that is not */
  g_autofree char *other_format = NULL;
  gsize length = 0;
  guint64 size = 0;

  source->fd = ladder_input_open (path, source->display_name, &size, error);
  if (source->fd < 0)
    return FALSE;
  if (size > LADDER_CSV_MAX_SIZE)
    {
      g_autofree char *shown = g_format_size (size);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s is %s, more than the 1 GB Ladder reads in a data file: the largest "
                   "file the Department publishes, the LAIT long table, is about 40 MB, so this "
                   "is unlikely to be one of its files, and reading it could take all the "
                   "computer's memory", source->display_name, shown);
      return FALSE;
    }
  *n_bytes = source->end = size;
  source->buffer = g_malloc (CHUNK_SIZE);
  do
    n_head = pread (source->fd, head, MIN (sizeof head, size), 0);
  while (n_head < 0 && errno == EINTR);
  if (n_head < 0)
    n_head = 0;

  if ((other_format = describe_other_format (head, n_head)) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s %s",
                   source->display_name, other_format);
      return FALSE;
    }
  if (n_head >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
    {
      *encoding = LADDER_CSV_UTF8_BOM;
      source->skip = 3;
      source->n_boms = 1;
      skip_more_boms (source);
    }
  else if (n_head >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
    {
      gboolean little = head[0] == 0xFF;
      g_autoptr(GError) convert_error = NULL;
      gsize written = 0;

      *encoding = little ? LADDER_CSV_UTF16LE : LADDER_CSV_UTF16BE;
      if (!load_whole_file (source, 2, &contents, &length, error))
        return FALSE;
      source->n_boms = 1;
      source->memory = g_convert ((const char *) contents, length, "UTF-8",
                                  little ? "UTF-16LE" : "UTF-16BE", NULL, &written, &convert_error);
      g_free (contents);
      if (source->memory == NULL)
        {
          g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                       "%s says it is UTF-16 but is not valid UTF-16: %s",
                       source->display_name, convert_error->message);
          return FALSE;
        }
      source->memory_length = written;
      memory_skip_boms (source);
      memory_find_nul (source, nul);
      return TRUE;
    }
  else
    {
      *encoding = LADDER_CSV_UTF8;
      source->skip = 0;
    }

  /* A first pass checks that the text really is UTF-8 before any of it is
   * used: Excel's "CSV" is Windows-1252, and finding out half way through
   * would leave half a file's figures read with the wrong encoding. A large
   * file is checked in two halves at once, and the first half's quote marks
   * are counted on the way, to find where a second thread can start. */
  {
    guint64 end = size;
    guint64 middle = source->skip + (end - source->skip) / 2;

    if (want_split && end - source->skip >= split_minimum && g_get_num_processors () >= 2)
      {
        Scan first = { .fd = source->fd, .start = source->skip, .count_quotes = TRUE };
        Scan second = { .fd = source->fd, .end = end };
        GThread *thread;

        middle = char_boundary (source->fd, middle, end);
        first.end = second.start = middle;
        thread = g_thread_new ("ladder-csv-check", scan_range, &second);
        scan_range (&first);
        g_thread_join (thread);
        /* As if one scan had gone on from the first half into the second,
         * stopping at the first invalid sequence or NUL byte. */
        valid = first.valid && (first.nul >= 0 || second.valid);
        *nul = !first.valid ? -1 : first.nul >= 0 ? first.nul : second.nul;
        if (valid && *nul < 0)
          find_split (source->fd, middle, end, first.quotes, source->skip, split, split_tail);
      }
    else
      {
        Scan whole = { .fd = source->fd, .start = source->skip, .end = end };

        scan_range (&whole);
        valid = whole.valid;
        *nul = whole.nul;
      }
  }

  source_rewind (source);
  if (*nul >= 0)
    {
      *nul -= source->skip;
      return TRUE;
    }
  if (valid)
    return TRUE;

  if (!load_whole_file (source, source->skip, &contents, &length, error))
    return FALSE;
  if (*encoding == LADDER_CSV_UTF8_BOM)
    {
      /* It says UTF-8 but is not: keep what can be read, up to a NUL byte,
       * which is an error there. */
      bom_nul = memchr (contents, 0, length);
      source->memory = g_utf8_make_valid ((const char *) contents,
                                          bom_nul != NULL ? (gsize) (bom_nul - contents) : length);
    }
  else
    {
      gboolean had_utf8;

      source->memory = windows_1252_to_utf8 (contents, length, &source->memory_length, &had_utf8);
      *encoding = had_utf8 ? LADDER_CSV_MIXED : LADDER_CSV_WINDOWS_1252;
    }
  if (source->memory_length == 0)
    source->memory_length = strlen (source->memory);
  memory_find_nul (source, nul);
  if (bom_nul != NULL)
    *nul = source->memory_length;
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

/* The delimiter from the first line, however small the chunks are. */
static char
source_detect_delimiter (Source *source)
{
  gssize n;

  if (source->memory != NULL)
    return detect_delimiter (source->memory, MIN (source->memory_length, CHUNK_SIZE));
  do
    n = pread (source->fd, source->buffer, MIN (CHUNK_SIZE, source->end - source->skip), source->skip);
  while (n < 0 && errno == EINTR);
  return detect_delimiter (source->buffer, MAX (n, 0));
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

static void
reader_init (LadderCsvReader *reader,
             const char      *display_name,
             char             delimiter)
{
  reader->display_name = display_name;
  reader->warnings = g_array_new (FALSE, TRUE, sizeof (Problem));
  reader->error_offset = -1;
  g_array_set_clear_func (reader->warnings, (GDestroyNotify) problem_clear);
  csv_init (&reader->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  csv_set_delim (&reader->parser, delimiter);
}

static void
reader_clear (LadderCsvReader *reader)
{
  csv_free (&reader->parser);
  problem_clear (&reader->failure);
  g_clear_pointer (&reader->warnings, g_array_unref);
  g_clear_pointer (&reader->header, g_ptr_array_unref);
}

/* Parses one chunk. Returns FALSE once reading must stop: libcsv found a
 * misplaced quote (noted in error_offset) or a callback failed the read. */
static gboolean
reader_feed (LadderCsvReader *reader,
             const char      *chunk,
             gsize            length)
{
  size_t parsed = csv_parse (&reader->parser, chunk, length, on_field, on_row, reader);

  /* A callback that failed the read earlier in this chunk came first in
   * the file, so its problem is the one to report, whatever the chunk. */
  if (parsed != length && !reader->failed)
    {
      /* Read the error before anything else touches the parser. */
      int code = csv_error (&reader->parser);

      reader->error_offset = reader->consumed + parsed;
      reader->error_what = code == CSV_EPARSE
        ? "a quote mark is out of place: a field that uses quote marks must "
          "start and end with one, and a quote mark inside it must be doubled"
        : csv_strerror (code);
      return FALSE;
    }
  reader->consumed += length;
  return !reader->failed;
}

/* The end of the text: the last record, and a quoted field left open. */
static void
reader_finish (LadderCsvReader *reader)
{
  guint64 record_before = reader->record;

  if (reader->failed || reader->error_offset >= 0)
    return;
  if (csv_fini (&reader->parser, on_field, on_row, reader) != 0)
    {
      reader->failure.record = record_before;
      reader->failure.column = -1;
      reader->failure.message = g_strdup ("a quoted field is still open at the end of the "
                                          "file: a closing quote mark is missing, or the "
                                          "file was cut short");
      reader->failed = TRUE;
    }
}

static gpointer
read_part (gpointer data)
{
  Part *part = data;
  g_autofree char *buffer = g_malloc (CHUNK_SIZE);
  guint64 position = part->start;

  while (position < part->end)
    {
      gssize n;

      if (g_atomic_int_get (&part->stop) || g_cancellable_is_cancelled (part->cancellable))
        return NULL;
      n = pread (part->fd, buffer, MIN (chunk_size, part->end - position), position);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          /* Reported by the first reader when it reads this part again. */
          ladder_csv_reader_fail (&part->reader, -1, "could not be read");
          return NULL;
        }
      if (!reader_feed (&part->reader, buffer, n))
        return NULL;
      position += n;
    }
  reader_finish (&part->reader);
  return NULL;
}

/* Moves what the second part found into the first: its records follow the
 * first part's, and its warnings follow theirs, up to the usual limit. */
static void
fold_part (LadderCsvReader *reader,
           LadderCsvReader *second)
{
  for (guint i = 0; i < second->warnings->len; i++)
    {
      Problem *problem = &g_array_index (second->warnings, Problem, i);

      if (reader->warnings->len < MAX_KEPT_WARNINGS)
        {
          Problem moved = *problem;

          moved.record += reader->record;
          problem->message = NULL;
          g_array_append_val (reader->warnings, moved);
        }
    }
  reader->n_warnings += second->n_warnings;
  reader->record += second->record;
  reader->consumed += second->consumed;
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
  source_rewind (source);

  for (;;)
    {
      const char *chunk;
      gsize length;

      if (!source_next (source, &chunk, &length, CHUNK_SIZE, NULL) || length == 0)
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

typedef enum
{
  PART_NONE,      /* one thread reads the whole file */
  PART_RUNNING,   /* a second thread reads from the split to the end */
  PART_DONE,      /* decided: joined, or the first thread reads on */
} PartState;

static void
part_stop (Part *part)
{
  if (part->thread == NULL)
    return;
  g_atomic_int_set (&part->stop, 1);
  g_clear_pointer (&part->thread, g_thread_join);
}

/* The first thread has read up to the split but for the line end before
 * it. Reads that line end, which must end a record, then waits for the
 * second thread. Returns TRUE when the second part's results were joined,
 * FALSE when the first thread must read on from the split itself (the
 * split was inside a quoted field, the second part failed, or the caller
 * declined to join). */
static gboolean
finish_first_part (LadderCsvReader           *reader,
                   Source                    *source,
                   Part                      *part,
                   guint                      tail,
                   const LadderCsvSplitFuncs *split_funcs,
                   gpointer                   user_data)
{
  guint64 record_before = reader->record;
  gsize remaining = tail;
  gboolean at_boundary;

  /* In pieces when chunks are smaller than the line end; every byte read
   * is parsed, so the first reader can go on from here if need be. */
  while (remaining > 0)
    {
      const char *chunk;
      gsize length;

      if (!source_next (source, &chunk, &length, remaining, NULL) || length == 0 ||
          !reader_feed (reader, chunk, length))
        break;
      remaining -= length;
    }
  at_boundary = remaining == 0 && reader->record > record_before;
  g_clear_pointer (&part->thread, g_thread_join);

  if (!at_boundary || reader->failed || reader->error_offset >= 0 ||
      part->reader.failed || part->reader.error_offset >= 0 ||
      g_cancellable_is_cancelled (part->cancellable) ||
      !split_funcs->join (reader, &part->reader, user_data))
    return FALSE;
  fold_part (reader, &part->reader);
  return TRUE;
}

/**
 * ladder_csv_read_split:
 * @path: the file
 * @display_name: (nullable): the name to use in messages, usually from
 *   ladder_input_display_name(); %NULL for the path's own
 * @field_func: called for every field
 * @row_func: called at the end of every record
 * @split_funcs: (nullable): to have a large file read on two threads
 * @user_data: for the callbacks
 * @info: (out caller-allocates): what was found; clear with ladder_csv_info_clear()
 * @cancellable: (nullable): to stop early
 * @error: where a problem is reported, as "NAME: line L, column C: what"
 *
 * Reads a CSV file in UTF-8 (with or without a byte-order mark), UTF-16 with
 * a byte-order mark, or Windows-1252, separated by commas, semicolons or
 * tabs, with CR, LF or CRLF line ends. Quote errors and a quoted field left
 * open at the end are errors; blank lines are skipped. Extra byte-order
 * marks at the start are skipped with a warning. Refused before any of it
 * is read: anything but an ordinary file (see ladder_input_open()), a file
 * over %LADDER_CSV_MAX_SIZE, and a workbook, archive, PDF or image known
 * by its first bytes. Only the bytes the file had when opened are read.
 *
 * With @split_funcs, a large UTF-8 file may be read in two parts at once.
 * After each early chunk, split() is asked whether the second part can be
 * taken by a second reader; it sets that reader's callbacks with
 * ladder_csv_reader_set_callbacks(). When both parts are read, join() folds
 * the second part's results into the first's; it may decline, and the
 * first reader then reads the second part itself. discard() frees what
 * split() made, whatever happened. Results, warnings and errors are the
 * same as on one thread: a split that turns out not to fall between two
 * records, or a second part with an error, is read again on the first.
 *
 * Returns: %TRUE when the whole file was read without error.
 */
gboolean
ladder_csv_read_split (const char                *path,
                       const char                *display_name,
                       LadderCsvFieldFunc         field_func,
                       LadderCsvRowFunc           row_func,
                       const LadderCsvSplitFuncs *split_funcs,
                       gpointer                   user_data,
                       LadderCsvInfo             *info,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  Source source = { .fd = -1 };
  g_autofree char *own_display_name = NULL;
  LadderCsvReader reader = { 0 };
  Part part = { 0 };
  PartState part_state = PART_NONE;
  guint64 split = 0;
  guint split_tail = 0;
  gint64 nul = -1;
  guint64 limit = G_MAXUINT64;
  gboolean parser_ready = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  memset (info, 0, sizeof *info);
  info->warnings = g_ptr_array_new_with_free_func (g_free);
  info->n_parts = 1;
  if (display_name == NULL)
    display_name = own_display_name = ladder_input_display_name (path);
  reader.display_name = display_name;
  reader.field_func = field_func;
  reader.row_func = row_func;
  reader.user_data = user_data;
  reader.error_offset = -1;
  source.display_name = reader.display_name;

  if (!open_source (path, &source, &info->encoding, &info->n_bytes, split_funcs != NULL,
                    &split, &split_tail, &nul, error))
    {
      ok = FALSE;
      goto out;
    }
  if (source.memory != NULL || split == 0)
    part_state = PART_DONE;
  info->delimiter = source_detect_delimiter (&source);
  reader_init (&reader, reader.display_name, info->delimiter);
  parser_ready = TRUE;
  if (source.n_boms > 1)
    {
      Problem problem = { .record = 0, .column = -1 };

      problem.message = g_strdup_printf ("the file starts with %u byte-order marks instead of one "
                                         "(it was probably converted to UTF-8 twice); the extra "
                                         "ones were ignored", source.n_boms);
      g_array_append_val (reader.warnings, problem);
      reader.n_warnings++;
    }
  if (nul >= 0)
    {
      reader.error_offset = nul;
      reader.error_what = "there is a NUL byte here, which no text file has: the file may be "
                          "saved as UTF-16 without a byte-order mark, or it is not a CSV file";
      part_state = PART_DONE;
    }

  while (reader.error_offset < 0)
    {
      const char *chunk;
      gsize length;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          goto out;
        }
      if (part_state == PART_RUNNING && reader.consumed == limit)
        {
          gboolean joined = finish_first_part (&reader, &source, &part, split_tail,
                                               split_funcs, user_data);

          part_state = PART_DONE;
          limit = G_MAXUINT64;
          split_funcs->discard (&part.reader, user_data);
          if (joined)
            {
              info->n_parts = 2;
              break;
            }
          if (reader.failed || reader.error_offset >= 0)
            break;
          continue;
        }
      if (!source_next (&source, &chunk, &length, limit - reader.consumed, error))
        {
          ok = FALSE;
          goto out;
        }
      if (length == 0)
        break;
      if (!reader_feed (&reader, chunk, length))
        break;

      if (part_state == PART_NONE && reader.consumed + chunk_size > split - split_tail)
        part_state = PART_DONE;
      if (part_state == PART_NONE && part.reader.warnings == NULL)
        reader_init (&part.reader, reader.display_name, info->delimiter);
      if (part_state == PART_NONE && split_funcs->split (&reader, &part.reader, user_data))
        {
          part.fd = source.fd;
          part.start = source.skip + split;
          part.end = info->n_bytes;
          part.cancellable = cancellable;
          part.thread = g_thread_new ("ladder-csv-part", read_part, &part);
          limit = split - split_tail;
          part_state = PART_RUNNING;
        }
    }

  if (parser_ready)
    reader_finish (&reader);

  info->n_records = reader.record;
  if (!reader.failed && reader.error_offset < 0 && reader.record == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s is empty: it has no header and no rows", reader.display_name);
      ok = FALSE;
      goto out;
    }

  if (reader.failed || reader.error_offset >= 0 || (reader.warnings != NULL && reader.warnings->len > 0))
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new ();
      guint64 offset_line = 0, offset_char = 0;

      for (guint i = 0; i < reader.warnings->len; i++)
        g_ptr_array_add (problems, &g_array_index (reader.warnings, Problem, i));
      if (reader.failed)
        g_ptr_array_add (problems, &reader.failure);
      locate_problems (&source, problems, reader.error_offset, &offset_line, &offset_char);

      for (guint i = 0; i < reader.warnings->len; i++)
        g_ptr_array_add (info->warnings, format_problem (&reader, &g_array_index (reader.warnings, Problem, i)));
      info->n_warnings = reader.n_warnings;

      if (reader.error_offset >= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT ": %s",
                       reader.display_name, offset_line, offset_char, reader.error_what);
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
  if (part_state == PART_RUNNING)
    {
      part_stop (&part);
      split_funcs->discard (&part.reader, user_data);
    }
  if (part.reader.warnings != NULL)
    reader_clear (&part.reader);
  if (parser_ready)
    reader_clear (&reader);
  source_close (&source);
  return ok;
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
 * ladder_csv_read_split() on one thread.
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
  return ladder_csv_read_split (path, display_name, field_func, row_func, NULL, user_data,
                                info, cancellable, error);
}

/**
 * ladder_csv_set_split_minimum:
 * @n_bytes: the smallest file read on two threads
 *
 * For tests: 1 splits every file that can be split, %G_MAXUINT64 none.
 */
void
ladder_csv_set_split_minimum (guint64 n_bytes)
{
  split_minimum = n_bytes;
}

/**
 * ladder_csv_set_chunk_size:
 * @n_bytes: how much to read at a time, up to 128 KiB
 *
 * For tests and fuzzing: small chunks let small files take the paths that
 * real files take only when they are large, such as the two-thread split.
 */
void
ladder_csv_set_chunk_size (gsize n_bytes)
{
  chunk_size = CLAMP (n_bytes, 1, CHUNK_SIZE);
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
  va_list args;

  va_start (args, format);
  ladder_csv_reader_warnv (reader, column, format, args);
  va_end (args);
}

/**
 * ladder_csv_reader_warnv:
 * @reader: the reader calling back
 * @column: the column at fault, from 0, or -1 for the whole record
 * @format: what is wrong, in plain English
 * @args: arguments for @format
 *
 * ladder_csv_reader_warn() with a va_list; the message is only formatted
 * when it is one of the few kept.
 */
void
ladder_csv_reader_warnv (LadderCsvReader *reader,
                         int              column,
                         const char      *format,
                         va_list          args)
{
  Problem problem = { 0 };

  reader->n_warnings++;
  if (reader->warnings->len >= MAX_KEPT_WARNINGS)
    return;
  problem.record = reader->record;
  problem.column = column;
  problem.message = g_strdup_vprintf (format, args);
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

/* A decimal number, read exactly as g_ascii_strtod() would, but without a
 * copy or a locale for the common short form ("-12.13"). */
static inline LadderCsvNumber
parse_number (const char *text,
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
    return LADDER_CSV_NOT_A_NUMBER;

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
    return LADDER_CSV_NOT_A_NUMBER;
  if (p == end && mantissa <= (G_GUINT64_CONSTANT (1) << 53) && fraction < G_N_ELEMENTS (powers))
    {
      /* Both operands are exact, and IEEE division rounds correctly, so
       * this equals the correctly rounded decimal. */
      double result = (double) mantissa / powers[fraction];

      *value = negative ? -result : result;
      return LADDER_CSV_NUMBER;
    }
  if (p < end && *p != 'e' && *p != 'E')
    return LADDER_CSV_NOT_A_NUMBER;

slow:
  {
    char copy[64];
    char *stop = NULL;
    const char *start = end - length;
    double result;

    if (length >= sizeof copy)
      return LADDER_CSV_NOT_A_NUMBER;
    for (gsize i = 0; i < length; i++)
      if (!g_ascii_isdigit (start[i]) && strchr ("+-.eE", start[i]) == NULL)
        return LADDER_CSV_NOT_A_NUMBER;
    memcpy (copy, start, length);
    copy[length] = '\0';
    errno = 0;
    result = g_ascii_strtod (copy, &stop);
    if (stop != copy + length)
      return LADDER_CSV_NOT_A_NUMBER;
    /* Overflow gives infinity; underflow, a number that has lost its
     * digits or become 0. Neither is the figure written. */
    if (!isfinite (result) || (errno == ERANGE && fabs (result) > 1.0))
      return LADDER_CSV_NUMBER_TOO_LARGE;
    if (errno == ERANGE)
      return LADDER_CSV_NUMBER_TOO_SMALL;
    *value = result;
    return LADDER_CSV_NUMBER;
  }
}

/**
 * ladder_csv_parse_double:
 * @text: a field
 * @length: its length
 * @value: (out): the number
 *
 * Reads a decimal number exactly as g_ascii_strtod() would, but without a
 * copy or a locale for the common short form ("-12.13"). Text that is not a
 * plain decimal number ("1,234", "nan", "0x10", "12%"), and a number too
 * large or too small for a double ("1e309", "1e-400"), are refused.
 *
 * Returns: %TRUE when @text is a number.
 */
gboolean
ladder_csv_parse_double (const char *text,
                         gsize       length,
                         double     *value)
{
  return parse_number (text, length, value) == LADDER_CSV_NUMBER;
}

/**
 * ladder_csv_parse_figure:
 * @text: a field
 * @length: its length
 * @value: (out): the figure, when it is one
 *
 * ladder_csv_parse_double() for figures: a number further than
 * %LADDER_CSV_MAX_FIGURE from zero is refused as too large, since no
 * published figure comes near it and sums and averages of numbers near
 * the largest double overflow to infinity.
 *
 * Returns: whether @text is a figure, and if not, whether it is a number
 *   out of range.
 */
LadderCsvNumber
ladder_csv_parse_figure (const char *text,
                         gsize       length,
                         double     *value)
{
  LadderCsvNumber result = parse_number (text, length, value);

  if (result == LADDER_CSV_NUMBER && G_UNLIKELY (fabs (*value) > LADDER_CSV_MAX_FIGURE))
    return LADDER_CSV_NUMBER_TOO_LARGE;
  return result;
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

/**
 * ladder_csv_delimiter_name:
 * @delimiter: a delimiter the reader detected
 *
 * Returns: how to describe it to users, such as "comma-separated".
 */
const char *
ladder_csv_delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';': return "semicolon-separated";
    case '\t': return "tab-separated";
    default: return "comma-separated";
    }
}
