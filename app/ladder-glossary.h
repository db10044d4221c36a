/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       ladder_glossary_get_n_terms (void);
const char *ladder_glossary_get_term    (guint        index,
                                         const char **meaning);

G_END_DECLS
