/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where ladder-csv-reader.c's text comes from: a file opened through
 * ladder-input.c, its encoding decided (byte-order marks, a UTF-8 check over
 * the whole file, Windows-1252 otherwise, UTF-16 converted in memory), the
 * point where a large file splits for two threads, and the delimiter. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-csv-reader.h"
#include "ladder-csv-source-private.h"
#include "ladder-input.h"

/* Files at least this long are read in two parts on two threads. */
guint64 ladder_csv_split_minimum = 4 * 1024 * 1024;
/* How much is read at a time: LADDER_CSV_CHUNK_SIZE except in tests. */
gsize ladder_csv_chunk_size = LADDER_CSV_CHUNK_SIZE;

/* The next chunk of text, at most @max bytes of it. */
gboolean
ladder_csv_source_next (LadderCsvSource  *source,
                        const char      **chunk,
                        gsize            *length,
                        gsize             max,
                        GError          **error)
{
  max = MIN (max, ladder_csv_chunk_size);
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

void
ladder_csv_source_rewind (LadderCsvSource *source)
{
  source->position = 0;
  source->offset = source->skip;
}

void
ladder_csv_source_close (LadderCsvSource *source)
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
  g_autofree guchar *buffer = g_malloc (LADDER_CSV_CHUNK_SIZE + 8);
  guint64 position = scan->start;
  gsize n_carry = 0;

  scan->valid = TRUE;
  scan->nul = -1;
  while (position < scan->end)
    {
      gssize n = pread (scan->fd, buffer + n_carry, MIN (ladder_csv_chunk_size, scan->end - position), position);
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
  g_autofree guchar *buffer = g_malloc (LADDER_CSV_CHUNK_SIZE);
  gboolean quoted = quotes_before % 2 == 1;
  guint64 position = from;
  guchar previous = 0;

  *split = 0;
  while (position < end && position < from + 1024 * 1024)
    {
      gssize n = pread (fd, buffer, MIN (ladder_csv_chunk_size, end - position), position);

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
load_whole_file (LadderCsvSource   *source,
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
memory_find_nul (LadderCsvSource *source,
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
skip_more_boms (LadderCsvSource *source)
{
  for (;;)
    {
      gssize n = pread (source->fd, source->buffer,
                        MIN (LADDER_CSV_CHUNK_SIZE - LADDER_CSV_CHUNK_SIZE % 3, source->end - source->skip), source->skip);
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
memory_skip_boms (LadderCsvSource *source)
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
gboolean
ladder_csv_source_open (const char         *path,
                        LadderCsvSource    *source,
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
  source->buffer = g_malloc (LADDER_CSV_CHUNK_SIZE);
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

    if (want_split && end - source->skip >= ladder_csv_split_minimum && g_get_num_processors () >= 2)
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

  ladder_csv_source_rewind (source);
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
char
ladder_csv_source_detect_delimiter (LadderCsvSource *source)
{
  gssize n;

  if (source->memory != NULL)
    return detect_delimiter (source->memory, MIN (source->memory_length, LADDER_CSV_CHUNK_SIZE));
  do
    n = pread (source->fd, source->buffer, MIN (LADDER_CSV_CHUNK_SIZE, source->end - source->skip), source->skip);
  while (n < 0 && errno == EINTR);
  return detect_delimiter (source->buffer, MAX (n, 0));
}
