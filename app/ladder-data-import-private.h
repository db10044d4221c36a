/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the importer of each layout shares with the dispatcher. */
#pragma once

#include "ladder-data-import.h"

G_BEGIN_DECLS

typedef struct
{
  LadderDataset      *dataset;
  guint               source;
  LadderImportReport *report;
  GByteArray         *seen_measures;   /* 1 at the index of each measure this file has */
  GByteArray         *seen_areas;
  GByteArray         *seen_periods;
} LadderImportContext;

/* The importer of one layout. begin() gets the header's fields and returns
 * the importer's state, or NULL after calling ladder_csv_reader_fail().
 * From then on the reader calls field() and row() directly with that state;
 * row() counts the data rows in the report. */
typedef struct
{
  gpointer           (*begin) (LadderImportContext *context,
                               LadderCsvReader     *reader,
                               GPtrArray           *header);
  LadderCsvFieldFunc   field;
  LadderCsvRowFunc     row;
  void               (*free)  (gpointer             state);
} LadderImporter;

extern const LadderImporter ladder_lait_table_importer;

void ladder_import_context_store (LadderImportContext *context,
                                  LadderCsvReader     *reader,
                                  int                  column,
                                  guint                measure,
                                  guint                area,
                                  guint                period,
                                  LadderCellState      state,
                                  double               value);
int  ladder_import_find_column   (GPtrArray           *header,
                                  const char          *name);

G_END_DECLS
