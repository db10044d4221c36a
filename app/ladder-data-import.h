/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the Department's data files into a dataset, whatever their layout. */
#pragma once

#include <gio/gio.h>

#include "ladder-csv-reader.h"
#include "ladder-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_DATA_FORMAT_UNKNOWN,
  LADDER_DATA_FORMAT_LAIT_TABLE,        /* Short Desc, Data item, Years, LA and Regions, Values, ... */
  LADDER_DATA_FORMAT_LAIT_DICTIONARY,   /* Measure_short, Polarity, dps, ... */
  LADDER_DATA_FORMAT_EES_TIDY,          /* time_period, time_identifier, geographic_level, ... */
  LADDER_DATA_FORMAT_NEIGHBOURS_LAIT,   /* LA num, ..., SN1, SNP, ... (after junk rows) */
  LADDER_DATA_FORMAT_NEIGHBOURS_EES,    /* old_la_code, ..., SN_1, SN_1P, ... */
  LADDER_DATA_FORMAT_LA_CODES,          /* LA Number, LA Name, Region, Type */
} LadderDataFormat;

/* Why a row was skipped because something it needs is missing or wrong
 * (rows left out on purpose, such as discontinued measures, are counted
 * in n_skipped instead). */
typedef enum
{
  LADDER_SKIP_FIELD_COUNT,      /* not as many fields as the header */
  LADDER_SKIP_NO_MEASURE,       /* the measure's code is blank */
  LADDER_SKIP_NO_AREA,          /* the area or region is blank */
  LADDER_SKIP_NO_PERIOD,        /* the period is blank */
  LADDER_SKIP_NO_COUNCIL,       /* the council's number or name is missing */
  LADDER_SKIP_NO_LEVEL,         /* the geographic level is blank */
  LADDER_N_SKIP_REASONS
} LadderSkipReason;

typedef struct
{
  char              *name;          /* the file's base name, safe to show */
  LadderDataFormat   format;
  LadderCsvEncoding  encoding;
  char               delimiter;
  guint64            n_bytes;
  guint64            n_rows;        /* data rows, not counting headers */
  guint64            n_values;      /* cells given a number */
  guint64            n_missing;     /* cells given a reason instead */
  guint64            n_missing_by_state[LADDER_N_CELL_STATES];
  guint64            n_merged;      /* same figure already read from an earlier file */
  guint64            n_conflicts;   /* different figure in an earlier file: this one kept */
  guint64            n_duplicates;  /* the same cell twice in this file */
  guint64            n_superseded;  /* rows of an earlier version (provisional, final) of a figure also given later */
  guint64            n_skipped;     /* rows left out on purpose, e.g. discontinued measures */
  guint              n_measures;    /* distinct measures in this file */
  guint              n_areas;
  guint              n_periods;
  GPtrArray         *unreadable_periods;  /* labels that could not be read, e.g. "0" */
  guint              n_warnings;
  GPtrArray         *warnings;      /* the first few, located by line and column */
  guint              n_threads;     /* 2 when a large file was read on two threads */
  guint64            n_unusable;    /* rows skipped because something was missing or wrong */
  guint64            n_unusable_by_reason[LADDER_N_SKIP_REASONS];
} LadderImportReport;

LadderImportReport *ladder_data_import_file        (LadderDataset       *dataset,
                                                    const char          *path,
                                                    GCancellable        *cancellable,
                                                    GError             **error);
void                ladder_import_report_free      (LadderImportReport  *report);
char               *ladder_import_report_describe_coverage (LadderImportReport *report);
const char         *ladder_data_format_to_string   (LadderDataFormat     format);
char               *ladder_import_report_describe_unusable (LadderImportReport *report);
char               *ladder_format_count            (guint64              n);
const char * const *ladder_data_import_ees_columns (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderImportReport, ladder_import_report_free)

G_END_DECLS
