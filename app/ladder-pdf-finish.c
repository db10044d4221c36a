/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What cairo 1.16 cannot write into a tagged PDF, added with qpdf's C
 * API: /Lang and /ViewerPreferences << /DisplayDocTitle true >> in the
 * catalogue (a screen reader then speaks English as English, and a
 * viewer's title bar shows the paper's title rather than its file name),
 * /MarkInfo << /Marked true >> if cairo left it out, and /Alt on each
 * /Figure of the structure tree, in the order the figures were drawn. The
 * PDF is read from memory and written to memory; the caller saves it. */
#include "config.h"

#include <gio/gio.h>
#include <qpdf/qpdf-c.h>

#include "ladder-pdf-finish.h"

/* Deeper than any tree the paper makes; a bound on the walk. */
#define MAX_DEPTH 64

/* Sets /Alt on each /Figure at or under @node, in document order, from
 * @alts, counting in @n_figures every figure found. */
static void
set_figure_alts (qpdf_data  q,
                 qpdf_oh    node,
                 GPtrArray *alts,
                 guint     *n_figures,
                 int        depth)
{
  if (depth > MAX_DEPTH)
    return;
  if (qpdf_oh_is_array (q, node))
    {
      int n = qpdf_oh_get_array_n_items (q, node);

      for (int i = 0; i < n; i++)
        set_figure_alts (q, qpdf_oh_get_array_item (q, node, i), alts, n_figures, depth + 1);
      return;
    }
  if (!qpdf_oh_is_dictionary (q, node))
    return;
  if (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, node, "/S"), "/Figure"))
    {
      if (*n_figures < alts->len)
        qpdf_oh_replace_key (q, node, "/Alt", qpdf_oh_new_unicode_string (q, alts->pdata[*n_figures]));
      (*n_figures)++;
    }
  if (qpdf_oh_has_key (q, node, "/K"))
    set_figure_alts (q, qpdf_oh_get_key (q, node, "/K"), alts, n_figures, depth + 1);
}

static void
finish_catalogue (qpdf_data   q,
                  const char *language,
                  GPtrArray  *figure_alts)
{
  qpdf_oh root = qpdf_get_root (q);
  guint n_figures = 0;

  qpdf_oh_replace_key (q, root, "/Lang", qpdf_oh_new_string (q, language));
  qpdf_oh_replace_key (q, root, "/ViewerPreferences", qpdf_oh_parse (q, "<< /DisplayDocTitle true >>"));
  if (!qpdf_oh_has_key (q, root, "/MarkInfo"))
    qpdf_oh_replace_key (q, root, "/MarkInfo", qpdf_oh_parse (q, "<< /Marked true >>"));
  if (figure_alts != NULL && qpdf_oh_has_key (q, root, "/StructTreeRoot"))
    set_figure_alts (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/StructTreeRoot"), "/K"), figure_alts,
                     &n_figures, 0);
  /* One alternative text per figure drawn, or the texts are out of step. */
  g_warn_if_fail (figure_alts == NULL || n_figures == figure_alts->len);
}

/**
 * ladder_pdf_finish:
 * @pdf: a PDF as cairo wrote it
 * @language: the document's language, such as "en-GB"
 * @figure_alts: (nullable) (element-type utf8): the alternative text of
 *   each figure in the structure tree, in document order
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the PDF with its language, its
 *   title shown as the window's title, marked as tagged, and each figure
 *   with its alternative text.
 */
GBytes *
ladder_pdf_finish (GBytes      *pdf,
                   const char  *language,
                   GPtrArray   *figure_alts,
                   GError     **error)
{
  qpdf_data q = qpdf_init ();
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  GBytes *finished = NULL;

  g_return_val_if_fail (pdf != NULL && language != NULL, NULL);

  qpdf_silence_errors (q);
  qpdf_set_suppress_warnings (q, QPDF_TRUE);
  if (!(qpdf_read_memory (q, "the board paper", data, length, NULL) & QPDF_ERRORS))
    finish_catalogue (q, language, figure_alts);
  if (!qpdf_has_error (q) && !(qpdf_init_write_memory (q) & QPDF_ERRORS))
    {
      /* The same bytes for the same paper: no ID from the clock. */
      qpdf_set_deterministic_ID (q, QPDF_TRUE);
      /* cairo has compressed the streams: they are copied as they are,
       * and the many small objects of the structure tree go into object
       * streams, which more than halves the file. */
      qpdf_set_stream_data_mode (q, qpdf_s_preserve);
      qpdf_set_object_stream_mode (q, qpdf_o_generate);
      if (!(qpdf_write (q) & QPDF_ERRORS))
        finished = g_bytes_new (qpdf_get_buffer (q), qpdf_get_buffer_length (q));
    }
  if (finished == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The board paper could not be finished for screen readers: %s",
                 qpdf_has_error (q) ? qpdf_get_error_full_text (q, qpdf_get_error (q)) : "qpdf gave no reason");
  qpdf_cleanup (&q);
  return finished;
}

/**
 * ladder_cairo_append_bytes:
 * @closure: a #GByteArray
 * @bytes: what cairo wrote
 * @length: how many
 *
 * A cairo write function that collects a surface's output in memory, so a
 * drawing can be finished and then written atomically.
 *
 * Returns: %CAIRO_STATUS_SUCCESS
 */
cairo_status_t
ladder_cairo_append_bytes (void                *closure,
                           const unsigned char *bytes,
                           unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}
