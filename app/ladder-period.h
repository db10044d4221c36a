/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the period labels of published statistics: "2016-17", "2025 (prov)". */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LADDER_PERIOD_UNKNOWN,     /* a label that cannot be read, such as "0"; kept and reported */
  LADDER_PERIOD_CALENDAR,    /* one year named by a single number: "2019" */
  LADDER_PERIOD_SPLIT_YEAR,  /* one year across two calendar years: "2016-17", "2016/17", "201617" */
  LADDER_PERIOD_ACADEMIC,    /* a split year known to be an academic year */
  LADDER_PERIOD_FINANCIAL,   /* a split year known to be a financial year */
  LADDER_PERIOD_ROLLING,     /* several years pooled: "2014-16", "2013/14-15/16" */
} LadderPeriodKind;

typedef enum
{
  LADDER_PERIOD_PROVISIONAL = 1 << 0,  /* "(prov)" */
  LADDER_PERIOD_REVISED     = 1 << 1,  /* "(Rev)" */
  LADDER_PERIOD_FINAL       = 1 << 2,  /* "(Final)" */
  LADDER_PERIOD_OUTTURN     = 1 << 3,  /* "(OT)": spending outturn */
} LadderPeriodFlags;

typedef struct
{
  const char        *label;       /* as published */
  int                start_year;  /* first calendar year, or 0 when unknown */
  int                span;        /* years covered (1 for a single year), or 0 when unknown */
  LadderPeriodKind   kind;
  LadderPeriodFlags  flags;
} LadderPeriod;

gboolean    ladder_period_parse            (const char         *label,
                                            LadderPeriod       *period);
void        ladder_period_apply_identifier (LadderPeriod       *period,
                                            const char         *time_identifier);
int         ladder_period_compare          (const LadderPeriod *a,
                                            const LadderPeriod *b);
const char *ladder_period_kind_to_string   (LadderPeriodKind    kind);

G_END_DECLS
