/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding things by what people type: any word or part of a word, in any
 * case and with or without accents, and councils by number, code or name. */
#pragma once

#include "ladder-dataset.h"

G_BEGIN_DECLS

char      *ladder_search_fold               (const char          *text);
char     **ladder_search_words              (const char          *query);
gboolean   ladder_search_words_match        (const char * const  *words,
                                             const char          *folded);
char      *ladder_search_council_key        (const char          *name);
char      *ladder_search_area_text          (const LadderArea    *area);
char      *ladder_search_measure_text       (const LadderMeasure *measure);
gboolean   ladder_dataset_match_council     (LadderDataset       *dataset,
                                             const char          *text,
                                             guint               *area);
gboolean   ladder_dataset_find_council      (LadderDataset       *dataset,
                                             const char          *code,
                                             const char          *name,
                                             guint               *area);
gboolean   ladder_dataset_find_council_or_suggest (LadderDataset  *dataset,
                                                   const char     *code,
                                                   const char     *name,
                                                   guint          *area,
                                                   const char    **asked,
                                                   char          **suggestion);
GPtrArray *ladder_dataset_suggest_councils  (LadderDataset       *dataset,
                                             const char          *text,
                                             guint                max);
char      *ladder_search_did_you_mean       (LadderDataset       *dataset,
                                             const char          *text);

G_END_DECLS
