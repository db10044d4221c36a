/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading a list of data files into a new dataset off the main thread, for
 * the application: progress, cancelling, and a file that cannot be read is
 * left out whole, never half loaded. */
#pragma once

#include <gio/gio.h>

#include "ladder-data-import.h"

G_BEGIN_DECLS

typedef struct
{
  LadderDataset *dataset;        /* every file that could be read, in order */
  GPtrArray     *files;          /* (element-type utf8) their paths */
  GPtrArray     *checksums;      /* (element-type utf8) their SHA-256, one per file,
                                    or NULL where it could not be read */
  GPtrArray     *reports;        /* (element-type LadderImportReport) one per file */
  GPtrArray     *failed_files;   /* (element-type utf8) paths left out */
  GPtrArray     *problems;       /* (element-type utf8) why, one per failed file:
                                    "NAME: line L, column C: what" */
} LadderDataLoad;

/* Called on the caller's main context as each file starts: its base name,
 * its position from 0, the number of files, and the fraction of all the
 * bytes read so far. */
typedef void (*LadderDataLoadProgress) (const char *name,
                                        guint       index,
                                        guint       n_files,
                                        double      fraction,
                                        gpointer    user_data);

LadderDataLoad *ladder_data_load                (const char * const     *paths,
                                                 const char             *title,
                                                 GCancellable           *cancellable,
                                                 GError                **error);
void            ladder_data_load_async          (const char * const     *paths,
                                                 const char             *title,
                                                 GCancellable           *cancellable,
                                                 LadderDataLoadProgress  progress,
                                                 gpointer                progress_data,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
LadderDataLoad *ladder_data_load_finish         (GAsyncResult           *result,
                                                 GError                **error);
void            ladder_data_load_free           (LadderDataLoad         *load);
char           *ladder_data_load_describe       (LadderDataLoad         *load);
char          **ladder_demo_data_files          (void);
gboolean        ladder_data_is_demo             (LadderDataset          *dataset);
gboolean        ladder_data_is_demo_file        (const char             *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDataLoad, ladder_data_load_free)

#define LADDER_DEMO_DATA_TITLE "Fictional demonstration data"

G_END_DECLS
