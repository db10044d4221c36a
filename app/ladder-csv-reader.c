/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming CSV reading through libcsv: records and fields handed to the
 * importers, one or two threads, and errors that name the file, line and
 * column. The text comes from ladder-csv-source.c. */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-csv-reader.h"
#include "ladder-csv-source-private.h"
#include "ladder-input.h"

#define MAX_KEPT_WARNINGS 20


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
  g_autofree char *buffer = g_malloc (LADDER_CSV_CHUNK_SIZE);
  guint64 position = part->start;

  while (position < part->end)
    {
      gssize n;

      if (g_atomic_int_get (&part->stop) || g_cancellable_is_cancelled (part->cancellable))
        return NULL;
      n = pread (part->fd, buffer, MIN (ladder_csv_chunk_size, part->end - position), position);
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
locate_problems (LadderCsvSource  *source,
                 GPtrArray        *problems,
                 gint64            offset,
                 guint64          *offset_line,
                 guint64          *offset_char)
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
  ladder_csv_source_rewind (source);

  for (;;)
    {
      const char *chunk;
      gsize length;

      if (!ladder_csv_source_next (source, &chunk, &length, LADDER_CSV_CHUNK_SIZE, NULL) || length == 0)
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
                   LadderCsvSource           *source,
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

      if (!ladder_csv_source_next (source, &chunk, &length, remaining, NULL) || length == 0 ||
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
  LadderCsvSource source = { .fd = -1 };
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

  if (!ladder_csv_source_open (path, &source, &info->encoding, &info->n_bytes, split_funcs != NULL,
                    &split, &split_tail, &nul, error))
    {
      ok = FALSE;
      goto out;
    }
  if (source.memory != NULL || split == 0)
    part_state = PART_DONE;
  info->delimiter = ladder_csv_source_detect_delimiter (&source);
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
      if (!ladder_csv_source_next (&source, &chunk, &length, limit - reader.consumed, error))
        {
          ok = FALSE;
          goto out;
        }
      if (length == 0)
        break;
      if (!reader_feed (&reader, chunk, length))
        break;

      if (part_state == PART_NONE && reader.consumed + ladder_csv_chunk_size > split - split_tail)
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
  ladder_csv_source_close (&source);
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
  ladder_csv_split_minimum = n_bytes;
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
  ladder_csv_chunk_size = CLAMP (n_bytes, 1, LADDER_CSV_CHUNK_SIZE);
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
