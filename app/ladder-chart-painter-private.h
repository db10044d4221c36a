/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart painters share: markers, text and nice axis steps. */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "ladder-chart-painter.h"
#include "ladder-sanitise.h"

#define MARKER_RADIUS 3.5

typedef enum
{
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_TRIANGLE,
  MARKER_DIAMOND,
} Marker;

static const Marker series_markers[LADDER_N_SERIES] = {
  MARKER_CIRCLE, MARKER_SQUARE, MARKER_TRIANGLE, MARKER_DIAMOND,
};
static const double series_widths[LADDER_N_SERIES] = { 3.0, 2.0, 2.0, 2.0 };

static inline LadderRgb
hex (guint32 rgb)
{
  return (LadderRgb) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0 };
}

static inline void
set_rgb (cairo_t         *cr,
         const LadderRgb *rgb,
         double           alpha)
{
  cairo_set_source_rgba (cr, rgb->red, rgb->green, rgb->blue, alpha);
}

/* A provisional figure has a hollow marker; every other a filled one. */
static inline void
draw_marker (cairo_t *cr,
             Marker   marker,
             double   x,
             double   y,
             gboolean hollow)
{
  double r = MARKER_RADIUS;

  cairo_new_path (cr);
  switch (marker)
    {
    case MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case MARKER_SQUARE:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case MARKER_DIAMOND:
    default:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    }
  if (hollow)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

/* A step of 1, 2 or 5 times a power of ten, giving about @ticks ticks. */
static inline double
nice_step (double range,
           int    ticks)
{
  double raw = range / MAX (ticks, 1);
  double power = pow (10, floor (log10 (raw)));
  double fraction = raw / power;

  if (fraction <= 1)
    return power;
  if (fraction <= 2)
    return 2 * power;
  if (fraction <= 5)
    return 5 * power;
  return 10 * power;
}

static inline PangoLayout *
make_layout (cairo_t                *cr,
             const LadderChartStyle *style,
             double                  size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  /* Charts read left to right, whatever a name in them begins with. */
  pango_layout_set_auto_dir (layout, FALSE);
  return layout;
}

static inline void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align_x,
           double       align_y)
{
  /* Names of areas and measures come from data files: drawn as the paper
   * draws such text, with no control and nothing to reorder what is
   * around them. */
  g_autofree char *safe = ladder_sanitise_for_paper (text, LADDER_SANITISE_ONE_LINE);
  int w, h;

  pango_layout_set_text (layout, safe, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align_x, y - h * align_y);
  pango_cairo_show_layout (cr, layout);
}

