/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming CSV reading through libcsv: encodings, delimiters, and errors that
 * name the file, line and column. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  LADDER_CSV_UTF8,
  LADDER_CSV_UTF8_BOM,
  LADDER_CSV_UTF16LE,
  LADDER_CSV_UTF16BE,
  LADDER_CSV_WINDOWS_1252,
  LADDER_CSV_MIXED,          /* mostly UTF-8, with some Windows-1252 bytes */
} LadderCsvEncoding;

/* The largest data file read. The Department's largest, the LAIT long
 * table, is about 40 MB: the limit is far above any real file, and stops a
 * wrong one (a disk image, a log that keeps growing) before it is read. */
#define LADDER_CSV_MAX_SIZE (G_GUINT64_CONSTANT (1000000000))

/* The largest figure, either side of zero. The largest published is about
 * 1.6e10 (pounds spent on children's services in England); numbers near
 * the largest double would overflow to infinity in any sum or average. */
#define LADDER_CSV_MAX_FIGURE 1e15

typedef enum
{
  LADDER_CSV_NOT_A_NUMBER,
  LADDER_CSV_NUMBER,
  LADDER_CSV_NUMBER_TOO_LARGE,   /* overflows, or beyond LADDER_CSV_MAX_FIGURE */
  LADDER_CSV_NUMBER_TOO_SMALL,   /* so close to zero that a double loses it */
} LadderCsvNumber;

typedef struct _LadderCsvReader LadderCsvReader;

/* One field of the current record; @text is nul-terminated and valid only
 * during the call. Columns count from 0. */
typedef void (*LadderCsvFieldFunc) (LadderCsvReader *reader,
                                    guint            column,
                                    const char      *text,
                                    gsize            length,
                                    gpointer         user_data);
/* The end of the current record, which had @n_fields fields. */
typedef void (*LadderCsvRowFunc)   (LadderCsvReader *reader,
                                    guint            n_fields,
                                    gpointer         user_data);

typedef struct
{
  LadderCsvEncoding  encoding;
  char               delimiter;
  guint64            n_records;    /* including the header */
  guint64            n_bytes;
  guint              n_warnings;
  GPtrArray         *warnings;     /* the first few, located: "line 12, column 5 (Values): ..." */
  guint              n_parts;      /* 2 when read on two threads */
} LadderCsvInfo;

/* How a caller lets a large file be read on two threads; see
 * ladder_csv_read_split(). */
typedef struct
{
  gboolean (*split)   (LadderCsvReader *reader,
                       LadderCsvReader *second,
                       gpointer         user_data);
  gboolean (*join)    (LadderCsvReader *reader,
                       LadderCsvReader *second,
                       gpointer         user_data);
  void     (*discard) (LadderCsvReader *second,
                       gpointer         user_data);
} LadderCsvSplitFuncs;

gboolean    ladder_csv_read             (const char          *path,
                                         const char          *display_name,
                                         LadderCsvFieldFunc   field_func,
                                         LadderCsvRowFunc     row_func,
                                         gpointer             user_data,
                                         LadderCsvInfo       *info,
                                         GCancellable        *cancellable,
                                         GError             **error);
gboolean    ladder_csv_read_split       (const char                *path,
                                         const char                *display_name,
                                         LadderCsvFieldFunc         field_func,
                                         LadderCsvRowFunc           row_func,
                                         const LadderCsvSplitFuncs *split_funcs,
                                         gpointer                   user_data,
                                         LadderCsvInfo             *info,
                                         GCancellable              *cancellable,
                                         GError                   **error);
void        ladder_csv_set_split_minimum (guint64                  n_bytes);
void        ladder_csv_set_chunk_size   (gsize                     n_bytes);
void        ladder_csv_info_clear       (LadderCsvInfo       *info);

guint64     ladder_csv_reader_get_record (LadderCsvReader    *reader);
void        ladder_csv_reader_set_header (LadderCsvReader    *reader,
                                          guint64             record,
                                          const char * const *names,
                                          guint               n_names);
void        ladder_csv_reader_fail      (LadderCsvReader     *reader,
                                         int                  column,
                                         const char          *format,
                                         ...) G_GNUC_PRINTF (3, 4);
void        ladder_csv_reader_warn      (LadderCsvReader     *reader,
                                         int                  column,
                                         const char          *format,
                                         ...) G_GNUC_PRINTF (3, 4);
void        ladder_csv_reader_warnv     (LadderCsvReader     *reader,
                                         int                  column,
                                         const char          *format,
                                         va_list              args) G_GNUC_PRINTF (3, 0);
void        ladder_csv_reader_set_callbacks (LadderCsvReader *reader,
                                          LadderCsvFieldFunc  field_func,
                                          LadderCsvRowFunc    row_func,
                                          gpointer            user_data);

gboolean    ladder_csv_parse_double     (const char          *text,
                                         gsize                length,
                                         double              *value);
LadderCsvNumber ladder_csv_parse_figure (const char          *text,
                                         gsize                length,
                                         double              *value);
const char *ladder_csv_encoding_to_string (LadderCsvEncoding  encoding);
const char *ladder_csv_delimiter_name   (char                 delimiter);

G_END_DECLS
