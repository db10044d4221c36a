/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart saved as a file: the drawing with its title and caption as PNG,
 * SVG or PDF, or its table as CSV or an Excel workbook.
 *
 * The whole file is written in memory first and then replaces the target
 * in one step, so a chart saved over an older one is never left half
 * written. A chart that needs more height to be legible than it is given
 * (a scorecard with many rows) makes the drawing taller. */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <math.h>

#include "ladder-atomic-file.h"
#include "ladder-chart-painter-private.h"
#include "ladder-chart.h"
#include "ladder-pdf-finish.h"
#include "ladder-sanitise.h"

/* The figure's title in bold, or its caption, wrapped to the width. */
static PangoLayout *
figure_text (LadderChart *self,
             cairo_t     *cr,
             double       width,
             double       size,
             gboolean     title)
{
  LadderChartStyle style;
  PangoLayout *layout;
  /* Both name a measure, an area or a file from the data. */
  g_autofree char *text = ladder_sanitise_for_paper (title ? ladder_chart_get_title (self)
                                                           : ladder_chart_get_caption (self),
                                                     LADDER_SANITISE_ONE_LINE);

  ladder_chart_style_init (&style, FALSE);
  layout = make_layout (cr, &style, size);
  pango_layout_set_width (layout, (int) (width - 24) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (title)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", escaped);

      pango_layout_set_markup (layout, markup, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* The height left for the chart between the title and the caption. */
static double
figure_chart_height (LadderChart *self,
                     cairo_t     *cr,
                     double       width,
                     double       height,
                     double       size)
{
  g_autoptr(PangoLayout) title = figure_text (self, cr, width, size, TRUE);
  g_autoptr(PangoLayout) caption = figure_text (self, cr, width, size, FALSE);
  int title_height, caption_height;

  pango_layout_get_pixel_size (title, NULL, &title_height);
  pango_layout_get_pixel_size (caption, NULL, &caption_height);
  return MAX (40, height - title_height - caption_height - 32);
}

/* The figure's height: @height, or more when the chart needs it (a
 * scorecard with many rows). */
static int
figure_height (LadderChart *self,
               double       width,
               double       height,
               double       size)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double chart = figure_chart_height (self, cr, width, height, size);

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return (int) ceil (height + ladder_chart_get_height (self, chart) - chart);
}

/* The chart with its title above and its caption below, so that a saved
 * image says what it shows, for which period, and where from. */
static void
paint_figure (LadderChart *self,
              cairo_t     *cr,
              double       width,
              double       height,
              double       size)
{
  LadderChartStyle style;
  g_autoptr(PangoLayout) title = figure_text (self, cr, width, size, TRUE);
  g_autoptr(PangoLayout) caption = figure_text (self, cr, width, size, FALSE);
  double chart = figure_chart_height (self, cr, width, height, size);
  int title_height;

  ladder_chart_style_init (&style, FALSE);
  set_rgb (cr, &style.background, 1);
  cairo_paint (cr);
  pango_layout_get_pixel_size (title, NULL, &title_height);
  set_rgb (cr, &style.ink, 1);
  ladder_chart_show_layout (cr, title, 12, 8, 0, 0);
  ladder_chart_show_layout (cr, caption, 12, height - 8, 0, 1);

  cairo_save (cr);
  cairo_translate (cr, 12, title_height + 16);
  /* The painters fill their background: keep it to their own area. */
  cairo_rectangle (cr, 0, 0, width - 24, chart);
  cairo_clip (cr);
  ladder_chart_paint (self, cr, width - 24, chart, &style);
  cairo_restore (cr);
}

/**
 * ladder_chart_save:
 * @self: the chart
 * @path: where to write: a name ending .png, .svg or .pdf for the drawing
 *   (with its title and caption), or .csv or .xlsx for the table
 * @width: the drawing's width, in pixels (points for PDF)
 * @height: its height, which grows when the chart needs more to be legible
 *   (a scorecard with many rows)
 * @error: return location for an error
 *
 * Writes the whole file in memory, then puts it in place in one step.
 *
 * Returns: %TRUE when the file was written.
 */
gboolean
ladder_chart_save (LadderChart  *self,
                   const char   *path,
                   int           width,
                   int           height,
                   GError      **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  /* The words' size follows the height asked for, not the height grown. */
  double size = CLAMP (height / 36.0, 10, 16);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (g_str_has_suffix (lower, ".csv"))
    {
      gsize length;
      g_autofree char *csv = ladder_table_to_csv (ladder_chart_get_table (self), &length);

      return ladder_file_write_atomic (path, csv, length, error);
    }
  if (g_str_has_suffix (lower, ".xlsx"))
    return ladder_table_save_xlsx (ladder_chart_get_table (self), ladder_chart_get_title (self),
                                   ladder_chart_get_caption (self), path, error);
  height = figure_height (self, width, height, size);
  if (g_str_has_suffix (lower, ".png"))
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create_for_stream (ladder_cairo_append_bytes, bytes, width, height);
  else if (g_str_has_suffix (lower, ".pdf"))
    {
      /* Shown by a viewer as it is: no controls, no isolates. */
      g_autofree char *title = ladder_sanitise_for_paper (ladder_chart_get_title (self),
                                                          LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);
      g_autofree char *summary = ladder_sanitise_for_paper (ladder_chart_get_summary (self),
                                                            LADDER_SANITISE_ONE_LINE | LADDER_SANITISE_NO_ISOLATES);

      surface = cairo_pdf_surface_create_for_stream (ladder_cairo_append_bytes, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, summary);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ladder");
    }
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "%s: the name must end in .png, .svg, .pdf, .csv or .xlsx", path);
      return FALSE;
    }
  cr = cairo_create (surface);
  paint_figure (self, cr, width, height, size);
  cairo_destroy (cr);
  if (g_str_has_suffix (lower, ".png"))
    status = cairo_surface_write_to_png_stream (surface, ladder_cairo_append_bytes, bytes);
  else
    status = CAIRO_STATUS_SUCCESS;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: the chart could not be drawn: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return ladder_file_write_atomic (path, (const char *) bytes->data, bytes->len, error);
}
