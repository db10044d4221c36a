/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for finishing a tagged PDF with qpdf: the catalogue gets the
 * language, the title shown as the window's title and the mark that the
 * file is tagged, and each figure of the structure tree its alternative
 * text, in order; what is not a PDF is refused with a reason. Read back
 * with qpdf's own C API. */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>
#include <gio/gio.h>
#include <qpdf/qpdf-c.h>

#include "ladder-pdf-finish.h"
#include "pdf-fixture.h"

static void
figure (cairo_t *cr,
        double   y)
{
  cairo_tag_begin (cr, "Figure", "");
  cairo_rectangle (cr, 10, y, 40, 40);
  cairo_fill (cr);
  cairo_tag_end (cr, "Figure");
}

/* A tagged PDF as cairo 1.16 writes it: a document with two figures. */
static GBytes *
tagged_pdf (void)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (ladder_cairo_append_bytes, bytes, 200, 200);
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "Two squares");
  cairo_tag_begin (cr, "Document", "");
  figure (cr, 10);
  figure (cr, 100);
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static void
test_finish (void)
{
  g_autoptr(GBytes) drawn = tagged_pdf ();
  g_autoptr(GPtrArray) alts = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) finished = NULL;
  g_autoptr(GError) error = NULL;
  qpdf_data q = qpdf_init ();
  qpdf_oh root, info;
  gsize length;
  const char *data;

  g_ptr_array_add (alts, (gpointer) "A square at the top");
  g_ptr_array_add (alts, (gpointer) "A square below it, “quoted”");
  finished = ladder_pdf_finish (drawn, "en-GB", alts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (finished);
  data = g_bytes_get_data (finished, &length);
  g_assert_true (length > 5 && memcmp (data, "%PDF-", 5) == 0);

  qpdf_silence_errors (q);
  g_assert_cmpint (qpdf_read_memory (q, "finished", data, length, NULL) & QPDF_ERRORS, ==, 0);
  root = qpdf_get_root (q);
  g_assert_cmpstr (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, root, "/Lang")), ==, "en-GB");
  g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/ViewerPreferences"),
                                                             "/DisplayDocTitle")));
  g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/MarkInfo"),
                                                             "/Marked")));
  collect_alts (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/StructTreeRoot"), "/K"), found);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (found->pdata[0], ==, "A square at the top");
  g_assert_cmpstr (found->pdata[1], ==, "A square below it, “quoted”");
  /* The title cairo wrote is kept. */
  info = qpdf_oh_get_key (q, qpdf_get_trailer (q), "/Info");
  g_assert_cmpstr (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, info, "/Title")), ==, "Two squares");
  g_assert_false (qpdf_has_error (q));
  qpdf_cleanup (&q);
}

/* The same bytes for the same paper: no identifier from the clock. */
static void
test_deterministic (void)
{
  g_autoptr(GBytes) drawn = tagged_pdf ();
  g_autoptr(GBytes) first = ladder_pdf_finish (drawn, "en-GB", NULL, NULL);
  g_autoptr(GBytes) second = ladder_pdf_finish (drawn, "en-GB", NULL, NULL);

  g_assert_nonnull (first);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_not_a_pdf (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("Dear board,", 11);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) finished = ladder_pdf_finish (text, "en-GB", NULL, &error);

  g_assert_null (finished);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "could not be finished"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-finish/catalogue-and-figures", test_finish);
  g_test_add_func ("/pdf-finish/deterministic", test_deterministic);
  g_test_add_func ("/pdf-finish/not-a-pdf", test_not_a_pdf);

  return g_test_run ();
}
