/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests that read a PDF's structure with qpdf share. */
#pragma once

#include <glib.h>
#include <qpdf/qpdf-c.h>

/* The /Alt of each /Figure at or under @node, in document order. */
static inline void
collect_alts (qpdf_data  q,
              qpdf_oh    node,
              GPtrArray *alts)
{
  if (qpdf_oh_is_array (q, node))
    {
      for (int i = 0; i < qpdf_oh_get_array_n_items (q, node); i++)
        collect_alts (q, qpdf_oh_get_array_item (q, node, i), alts);
      return;
    }
  if (!qpdf_oh_is_dictionary (q, node))
    return;
  if (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, node, "/S"), "/Figure"))
    g_ptr_array_add (alts, g_strdup (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, node, "/Alt"))));
  if (qpdf_oh_has_key (q, node, "/K"))
    collect_alts (q, qpdf_oh_get_key (q, node, "/K"), alts);
}
