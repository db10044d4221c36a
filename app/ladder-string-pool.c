/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Interned strings: each distinct text is stored once and compared by pointer. */
#include "config.h"

#include <string.h>

#include "ladder-string-pool.h"

/* An open-addressing table keyed by (bytes, length). Importers intern a few
 * hundred distinct names from millions of fields, so lookups must not copy
 * the field or hash through GHashTable's indirections (measured: -20% on the
 * whole LAIT import). */
typedef struct
{
  const char *text;   /* NULL for an empty slot */
  guint32     length;
  guint32     hash;
} Slot;

struct _LadderStringPool
{
  GStringChunk *chunk;
  Slot         *slots;
  guint         mask;     /* capacity - 1; the capacity is a power of two */
  guint         n_used;
};

static inline guint32
hash_bytes (const char *text,
            gsize       length)
{
  /* FNV-1a: short keys, few of them, good enough spread. */
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) text[i]) * 16777619u;
  return hash;
}

static void
grow (LadderStringPool *pool)
{
  guint old_capacity = pool->mask + 1;
  Slot *old = pool->slots;

  pool->mask = old_capacity * 2 - 1;
  pool->slots = g_new0 (Slot, old_capacity * 2);
  for (guint i = 0; i < old_capacity; i++)
    {
      guint j;

      if (old[i].text == NULL)
        continue;
      for (j = old[i].hash & pool->mask; pool->slots[j].text != NULL; j = (j + 1) & pool->mask)
        ;
      pool->slots[j] = old[i];
    }
  g_free (old);
}

/**
 * ladder_string_pool_new:
 *
 * Returns: (transfer full): an empty pool.
 */
LadderStringPool *
ladder_string_pool_new (void)
{
  LadderStringPool *pool = g_new0 (LadderStringPool, 1);

  pool->chunk = g_string_chunk_new (16 * 1024);
  pool->mask = 1024 - 1;
  pool->slots = g_new0 (Slot, pool->mask + 1);
  return pool;
}

/**
 * ladder_string_pool_free:
 * @pool: (transfer full): a pool; every string it returned becomes invalid
 */
void
ladder_string_pool_free (LadderStringPool *pool)
{
  if (pool == NULL)
    return;
  g_string_chunk_free (pool->chunk);
  g_free (pool->slots);
  g_free (pool);
}

/**
 * ladder_string_pool_intern:
 * @pool: a pool
 * @text: bytes, not necessarily nul-terminated
 * @length: number of bytes in @text
 *
 * Returns: (transfer none): a nul-terminated copy of @text that lives as
 *   long as @pool; equal texts give the same pointer.
 */
const char *
ladder_string_pool_intern (LadderStringPool *pool,
                           const char       *text,
                           gsize             length)
{
  guint32 hash;
  guint i;

  g_return_val_if_fail (pool != NULL, NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (length <= G_MAXUINT32, NULL);

  hash = hash_bytes (text, length);
  for (i = hash & pool->mask; pool->slots[i].text != NULL; i = (i + 1) & pool->mask)
    {
      Slot *slot = &pool->slots[i];

      if (slot->hash == hash && slot->length == length &&
          memcmp (slot->text, text, length) == 0)
        return slot->text;
    }

  pool->slots[i].text = g_string_chunk_insert_len (pool->chunk, length ? text : "", length);
  pool->slots[i].length = length;
  pool->slots[i].hash = hash;
  pool->n_used++;
  if (pool->n_used * 2 > pool->mask + 1)
    {
      const char *interned = pool->slots[i].text;

      grow (pool);
      return interned;
    }
  return pool->slots[i].text;
}

/**
 * ladder_string_pool_size:
 * @pool: a pool
 *
 * Returns: the number of distinct strings in @pool.
 */
guint
ladder_string_pool_size (LadderStringPool *pool)
{
  g_return_val_if_fail (pool != NULL, 0);

  return pool->n_used;
}
