/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Interned strings: each distinct text is stored once and compared by pointer. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LadderStringPool LadderStringPool;

LadderStringPool *ladder_string_pool_new    (void);
void              ladder_string_pool_free   (LadderStringPool *pool);
const char       *ladder_string_pool_intern (LadderStringPool *pool,
                                             const char       *text,
                                             gsize             length);
guint             ladder_string_pool_size   (LadderStringPool *pool);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderStringPool, ladder_string_pool_free)

G_END_DECLS
