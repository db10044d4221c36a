/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart painters share: markers, text and its placing, the value
 * axis, and where labels went. */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "ladder-chart-painter.h"
#include "ladder-sanitise.h"


/* Where a painter drew a piece of text, for tests that check that labels
 * neither overlap nor leave the surface. */
typedef struct
{
  double   x, y, width, height;     /* on the surface */
  char    *text;
  gboolean shortened;               /* cut with an ellipsis */
} LadderLabelBox;

/* A series' name at the end of its line. */
typedef struct
{
  const char   *text;
  LadderSeries  series;             /* for the key's colour, dash and marker */
  gboolean      faint;              /* the key is each neighbour's faint line */
  double        y;                  /* where the line ends */
} LadderEndLabel;

GArray *ladder_label_boxes_new          (void);
void    ladder_chart_collect_labels     (cairo_t                *cr,
                                         GArray                 *boxes);
void    ladder_chart_show_layout        (cairo_t                *cr,
                                         PangoLayout            *layout,
                                         double                  x,
                                         double                  y,
                                         double                  align_x,
                                         double                  align_y);
void    ladder_chart_spread_labels      (double                 *starts,
                                         const double           *sizes,
                                         guint                   n,
                                         double                  low,
                                         double                  high);
char   *ladder_chart_format_tick        (double                  value,
                                         double                  step);
double  ladder_chart_fit_values         (LadderChartFrame       *frame,
                                         double                  low,
                                         double                  high,
                                         int                     n_ticks);
int     ladder_chart_ticks_for          (double                  plot_height,
                                         double                  text_height);
double  ladder_chart_tick_width         (PangoLayout            *layout,
                                         const LadderChartFrame *frame,
                                         double                  step);
void    ladder_chart_paint_value_axis   (cairo_t                *cr,
                                         PangoLayout            *layout,
                                         const LadderChartStyle *style,
                                         const LadderChartFrame *frame,
                                         double                  step);
void    ladder_chart_set_wrapped_text   (PangoLayout            *layout,
                                         const char             *text,
                                         double                  width);
double  ladder_chart_unit_height        (PangoLayout            *layout,
                                         const char             *unit,
                                         double                  width);
void    ladder_chart_paint_unit         (cairo_t                *cr,
                                         PangoLayout            *layout,
                                         const LadderChartStyle *style,
                                         const char             *unit,
                                         double                  x,
                                         double                  y,
                                         double                  width);
double  ladder_chart_end_labels_width   (PangoLayout            *layout,
                                         const LadderEndLabel   *labels,
                                         guint                   n);
void    ladder_chart_paint_end_labels   (cairo_t                *cr,
                                         PangoLayout            *layout,
                                         const LadderChartStyle *style,
                                         const LadderEndLabel   *labels,
                                         guint                   n,
                                         double                  x,
                                         double                  width,
                                         double                  top,
                                         double                  bottom);

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

/* Text from data files is drawn as the paper draws such text: no control
 * characters, nothing to reorder what is around it. */
static inline void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align_x,
           double       align_y)
{
  g_autofree char *safe = ladder_sanitise_for_paper (text, LADDER_SANITISE_ONE_LINE);

  pango_layout_set_text (layout, safe, -1);
  ladder_chart_show_layout (cr, layout, x, y, align_x, align_y);
}

static inline void
ladder_chart_set_dash (cairo_t      *cr,
                       LadderSeries  series)
{
  static const double dashed[] = { 7, 4 };
  static const double dotted[] = { 2, 3 };
  static const double dash_dot[] = { 9, 3, 2, 3 };

  switch (series)
    {
    case LADDER_SERIES_NEIGHBOURS:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case LADDER_SERIES_REGION:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case LADDER_SERIES_ENGLAND:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;
    case LADDER_SERIES_COUNCIL:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

/* The neighbours' colour mixed into the background: each neighbour's own
 * faint line, behind the main series. */
static inline LadderRgb
ladder_chart_faint (const LadderChartStyle *style)
{
  const LadderRgb *a = &style->series[LADDER_SERIES_NEIGHBOURS], *b = &style->background;

  return (LadderRgb) { 0.45 * a->red + 0.55 * b->red, 0.45 * a->green + 0.55 * b->green,
                       0.45 * a->blue + 0.55 * b->blue };
}
