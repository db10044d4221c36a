/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by ladder-csv-reader.c and ladder-csv-source.c only. */
#pragma once

#include <glib.h>

#include "ladder-csv-reader.h"

G_BEGIN_DECLS

#define LADDER_CSV_CHUNK_SIZE (128 * 1024)

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
} LadderCsvSource;

extern guint64 ladder_csv_split_minimum;
extern gsize   ladder_csv_chunk_size;

gboolean ladder_csv_source_open             (const char         *path,
                                             LadderCsvSource    *source,
                                             LadderCsvEncoding  *encoding,
                                             guint64            *n_bytes,
                                             gboolean            want_split,
                                             guint64            *split,
                                             guint              *split_tail,
                                             gint64             *nul,
                                             GError            **error);
gboolean ladder_csv_source_next             (LadderCsvSource    *source,
                                             const char        **chunk,
                                             gsize              *length,
                                             gsize               max,
                                             GError            **error);
void     ladder_csv_source_rewind           (LadderCsvSource    *source);
void     ladder_csv_source_close            (LadderCsvSource    *source);
char     ladder_csv_source_detect_delimiter (LadderCsvSource    *source);

G_END_DECLS
