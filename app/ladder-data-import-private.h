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
  GPtrArray          *late_warnings;   /* found in finish(), after the reader is done */
  guint               n_late_warnings;
  GByteArray         *columns_read;    /* 1 at each column begin() reads by name or by position */
} LadderImportContext;

/* The importer of one layout. begin() gets the header's fields and returns
 * the importer's state, or NULL after calling ladder_csv_reader_fail().
 *
 * Big tables set field() and row(): the reader then calls them directly,
 * field by field, and row() counts the data rows in the report. Small
 * tables set handle_row() instead and get each row as an array of trimmed
 * strings. finish(), when set, runs after the last row. */
typedef struct
{
  gpointer           (*begin)      (LadderImportContext *context,
                                    LadderCsvReader     *reader,
                                    GPtrArray           *header);
  LadderCsvFieldFunc   field;
  LadderCsvRowFunc     row;
  void               (*handle_row) (gpointer             state,
                                    LadderCsvReader     *reader,
                                    GPtrArray           *fields);
  void               (*finish)     (gpointer             state);
  void               (*free)       (gpointer             state);
  /* A large file in this layout may be read in two parts on two threads:
   * the second part goes to a fresh dataset through a second begin() with
   * the same header, and is merged afterwards. Only for importers whose
   * result is entirely in the dataset and the report (no finish()). */
  gboolean             splittable;
  /* A column name this layout repeats by design (the LAIT neighbour
   * table's "SNP" after each neighbour), never reported as repeated. */
  const char          *repeated_column;
} LadderImporter;

extern const LadderImporter ladder_lait_table_importer;
extern const LadderImporter ladder_lait_dictionary_importer;
extern const LadderImporter ladder_neighbours_importer;
extern const LadderImporter ladder_la_codes_importer;
extern const LadderImporter ladder_ees_tidy_importer;

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
int  ladder_import_read_column   (LadderImportContext *context,
                                  GPtrArray           *header,
                                  const char          *name);
void ladder_import_mark_read     (LadderImportContext *context,
                                  int                  column);
void ladder_import_skip_row      (LadderImportContext *context,
                                  LadderCsvReader     *reader,
                                  int                  column,
                                  LadderSkipReason     reason,
                                  const char          *format,
                                  ...) G_GNUC_PRINTF (5, 6);
void ladder_import_warn_number   (LadderCsvReader     *reader,
                                  int                  column,
                                  LadderCsvNumber      kind,
                                  const char          *text);
void ladder_import_mark_seen     (GByteArray          *seen,
                                  guint                index);
const char *ladder_import_field  (GPtrArray           *fields,
                                  int                  column);

G_END_DECLS
