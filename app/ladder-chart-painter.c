/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chart painters: pure cairo and pango, for the window, the board paper and
 * the command line alike.
 *
 * The palette is Okabe and Ito's, which readers with any common form of
 * colour blindness can tell apart; a lighter set serves dark backgrounds.
 * Colour is never the only cue: each series also has its own dash pattern
 * and marker shape, and its name is written at the end of its line. */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ladder-chart-painter-private.h"

/**
 * ladder_chart_style_init:
 * @style: (out): the style to fill
 * @dark: for a dark background
 */
void
ladder_chart_style_init (LadderChartStyle *style,
                         gboolean          dark)
{
  style->font_family = NULL;
  if (dark)
    {
      style->ink = hex (0xeeeeee);
      style->grid = hex (0x4a4a4a);
      style->background = hex (0x242424);
      style->series[LADDER_SERIES_COUNCIL] = hex (0x56b4e9);     /* sky blue */
      style->series[LADDER_SERIES_NEIGHBOURS] = hex (0xe69f00);  /* orange */
      style->series[LADDER_SERIES_REGION] = hex (0x33c49a);      /* bluish green, lighter */
      style->series[LADDER_SERIES_ENGLAND] = hex (0xe08fc0);     /* reddish purple, lighter */
    }
  else
    {
      style->ink = hex (0x1e1e1e);
      style->grid = hex (0xdedede);
      style->background = hex (0xffffff);
      style->series[LADDER_SERIES_COUNCIL] = hex (0x0072b2);     /* blue */
      style->series[LADDER_SERIES_NEIGHBOURS] = hex (0xd55e00);  /* vermilion */
      style->series[LADDER_SERIES_REGION] = hex (0x009e73);      /* bluish green */
      style->series[LADDER_SERIES_ENGLAND] = hex (0xcc79a7);     /* reddish purple */
    }
}

double
ladder_chart_frame_to_x (const LadderChartFrame *frame,
                         double                  x)
{
  if (frame->x_max <= frame->x_min)
    return frame->left + frame->width / 2;
  return frame->left + (x - frame->x_min) / (frame->x_max - frame->x_min) * frame->width;
}

double
ladder_chart_frame_to_y (const LadderChartFrame *frame,
                         double                  y)
{
  return frame->top + frame->height - (y - frame->y_min) / (frame->y_max - frame->y_min) * frame->height;
}

static void
value_range (const LadderTrendData    *data,
             const LadderTrendOptions *options,
             double                   *low,
             double                   *high)
{
  *low = INFINITY;
  *high = -INFINITY;
  for (guint i = 0; i < data->n_points; i++)
    {
      const LadderTrendPoint *p = &data->points[i];

      for (guint s = 0; s < LADDER_N_SERIES; s++)
        if (!(options->hidden & (1u << s)) && !isnan (p->values[s]))
          {
            *low = MIN (*low, p->values[s]);
            *high = MAX (*high, p->values[s]);
          }
      if ((options->each_neighbour || !(options->hidden & (1u << LADDER_SERIES_NEIGHBOURS))) &&
          !isnan (p->range_low))
        {
          *low = MIN (*low, p->range_low);
          *high = MAX (*high, p->range_high);
        }
    }
  if (!isfinite (*low))
    {
      *low = 0;
      *high = 1;
    }
}

/* A y axis that does not start at zero says so with a break mark. */
static void
paint_break (cairo_t                *cr,
             const LadderChartStyle *style,
             const LadderChartFrame *frame)
{
  double x = frame->left, y = frame->top + frame->height - 8;

  set_rgb (cr, &style->background, 1);
  cairo_rectangle (cr, x - 6, y - 4, 12, 8);
  cairo_fill (cr);
  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 1.5);
  for (int k = 0; k < 2; k++)
    {
      cairo_move_to (cr, x - 6, y - 1 + 4 * k);
      cairo_line_to (cr, x + 6, y - 5 + 4 * k);
    }
  cairo_stroke (cr);
}

/* The axes' lines, and a label under each period, thinned until they do
 * not overlap and kept inside the area. */
static void
paint_periods (cairo_t                *cr,
               PangoLayout            *layout,
               const LadderTrendData  *data,
               const LadderChartStyle *style,
               const LadderChartFrame *frame,
               double                  width,
               double                  top)
{
  double last_right = -INFINITY;

  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, frame->left + 0.5, frame->top);
  cairo_line_to (cr, frame->left + 0.5, frame->top + frame->height + 0.5);
  cairo_line_to (cr, frame->left + frame->width, frame->top + frame->height + 0.5);
  cairo_stroke (cr);
  for (guint i = 0; i < data->n_points; i++)
    {
      g_autofree char *label = ladder_sanitise_for_paper (data->points[i].label, LADDER_SANITISE_ONE_LINE);
      double x;
      int w;

      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      x = CLAMP (ladder_chart_frame_to_x (frame, data->points[i].x), w / 2.0, width - w / 2.0);
      if (x - w / 2.0 < last_right + 6)
        continue;
      ladder_chart_show_layout (cr, layout, x, top, 0.5, 0);
      last_right = x + w / 2.0;
    }
}

static void
paint_range (cairo_t                *cr,
             const LadderTrendData  *data,
             const LadderChartStyle *style,
             const LadderChartFrame *frame)
{
  /* Shade each run of periods where the range is known; a gap stays a gap. */
  for (guint i = 0; i < data->n_points;)
    {
      guint end = i;

      while (end < data->n_points && !isnan (data->points[end].range_low))
        end++;
      if (end > i)
        {
          cairo_new_path (cr);
          for (guint k = i; k < end; k++)
            cairo_line_to (cr, ladder_chart_frame_to_x (frame, data->points[k].x),
                           ladder_chart_frame_to_y (frame, data->points[k].range_high));
          for (guint k = end; k > i; k--)
            cairo_line_to (cr, ladder_chart_frame_to_x (frame, data->points[k - 1].x),
                           ladder_chart_frame_to_y (frame, data->points[k - 1].range_low));
          cairo_close_path (cr);
          set_rgb (cr, &style->series[LADDER_SERIES_NEIGHBOURS], 0.15);
          cairo_fill (cr);
        }
      i = end + 1;
    }
}

static void
paint_series (cairo_t                *cr,
              const LadderTrendData  *data,
              const LadderChartStyle *style,
              const LadderChartFrame *frame,
              LadderSeries            series)
{
  gboolean drawing = FALSE;

  set_rgb (cr, &style->series[series], 1);
  cairo_set_line_width (cr, series_widths[series]);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  ladder_chart_set_dash (cr, series);
  cairo_new_path (cr);
  /* A missing figure breaks the line: nothing is drawn across it. */
  for (guint i = 0; i < data->n_points; i++)
    {
      double value = data->points[i].values[series];
      double px = ladder_chart_frame_to_x (frame, data->points[i].x);

      /* A neighbours' average from too few of them stands alone, hollow:
       * not joined to the fair comparisons either side. */
      if (isnan (value) || (series == LADDER_SERIES_NEIGHBOURS && data->points[i].thin))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, px, ladder_chart_frame_to_y (frame, value));
      else
        cairo_move_to (cr, px, ladder_chart_frame_to_y (frame, value));
      drawing = TRUE;
    }
  cairo_stroke (cr);

  for (guint i = 0; i < data->n_points; i++)
    {
      const LadderTrendPoint *point = &data->points[i];

      if (isnan (point->values[series]))
        continue;
      set_rgb (cr, &style->series[series], 1);
      draw_marker (cr, series_markers[series], ladder_chart_frame_to_x (frame, point->x),
                   ladder_chart_frame_to_y (frame, point->values[series]),
                   (point->flags & LADDER_PERIOD_PROVISIONAL) != 0 ||
                   (series == LADDER_SERIES_NEIGHBOURS && point->thin));
      /* A revised figure gets a ring round its marker. */
      if (point->flags & LADDER_PERIOD_REVISED)
        {
          cairo_new_path (cr);
          cairo_set_line_width (cr, 1);
          cairo_arc (cr, ladder_chart_frame_to_x (frame, point->x),
                     ladder_chart_frame_to_y (frame, point->values[series]), MARKER_RADIUS + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
}

/* Each neighbour as a thin, faint line with no markers: the shape of the
 * spread behind the four main series, which stay on top. */
static void
paint_each_neighbour (cairo_t                *cr,
                      const LadderTrendData  *data,
                      const LadderChartStyle *style,
                      const LadderChartFrame *frame)
{
  /* Mixed with the background rather than drawn translucent, and each
   * segment stroked on its own with round ends: cairo's rasteriser works
   * over a path's whole bounding box, so ten zigzags across the plot cost
   * several times more as ten polylines (and more again as one translucent
   * path) than as 140 short strokes. */
  LadderRgb faint = ladder_chart_faint (style);

  set_rgb (cr, &faint, 1);
  cairo_set_line_width (cr, 1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint k = 0; k < data->n_neighbours; k++)
    for (guint i = 0; i + 1 < data->n_points; i++)
      {
        const LadderTrendPoint *p = &data->points[i], *q = &data->points[i + 1];

        /* A missing figure leaves a gap, as on every other line. */
        if (isnan (p->each[k]) || isnan (q->each[k]))
          continue;
        cairo_move_to (cr, ladder_chart_frame_to_x (frame, p->x), ladder_chart_frame_to_y (frame, p->each[k]));
        cairo_line_to (cr, ladder_chart_frame_to_x (frame, q->x), ladder_chart_frame_to_y (frame, q->each[k]));
        cairo_stroke (cr);
      }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

/* The name of each series shown at the end of its line, and the faint
 * lines named once, at the foot. Returns how many. */
static guint
end_labels (const LadderTrendData    *data,
            const LadderTrendOptions *options,
            const LadderChartFrame   *frame,
            LadderEndLabel           *labels,
            char                    **each_text)
{
  guint n = 0;

  for (guint s = 0; s < LADDER_N_SERIES; s++)
    {
      int last = -1;

      if (options->hidden & (1u << s))
        continue;
      for (guint i = 0; i < data->n_points; i++)
        if (!isnan (data->points[i].values[s]))
          last = (int) i;
      if (last >= 0)
        labels[n++] = (LadderEndLabel) { ladder_series_get_name (data, s), s, FALSE,
                                         frame != NULL ? ladder_chart_frame_to_y (frame, data->points[last].values[s])
                                                       : 0 };
    }
  if (options->each_neighbour && data->n_neighbours > 0)
    {
      if (*each_text == NULL)
        *each_text = g_strdup_printf ("Each neighbour (%u)", data->n_neighbours);
      labels[n++] = (LadderEndLabel) { *each_text, LADDER_SERIES_NEIGHBOURS, TRUE,
                                       frame != NULL ? frame->top + frame->height : 0 };
    }
  return n;
}

/* The lowest and highest figures the axis must show, and the step. */
static double
fit_axis (const LadderTrendData    *data,
          const LadderTrendOptions *options,
          LadderChartFrame         *frame,
          int                       n_ticks,
          gboolean                 *broken)
{
  double low, high;

  value_range (data, options, &low, &high);
  *broken = options->fitted && low > 0;
  if (!options->fitted)
    low = MIN (low, 0);
  return ladder_chart_fit_values (frame, low, high, n_ticks);
}

/**
 * ladder_paint_trend:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @data: the figures
 * @style: colours and font
 * @options: series hidden, and whether the y axis fits the data
 * @frame: (out) (optional): where the plot went
 *
 * Draws the council, its neighbours' average with their range shaded, its
 * region and England over time. Periods sit at their true distance apart;
 * a missing figure leaves a gap; a provisional figure has a hollow marker
 * and a revised one a ring. The y axis starts at zero unless
 * @options->fitted, when it fits the figures and shows a break; its title
 * is the measure's unit. Each series is named in full beside the end of
 * its line, the plot giving up width to make room.
 */
void
ladder_paint_trend (cairo_t                  *cr,
                    double                    width,
                    double                    height,
                    const LadderTrendData    *data,
                    const LadderChartStyle   *style,
                    const LadderTrendOptions *options,
                    LadderChartFrame         *frame)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, CLAMP (height / 40, 9, 13));
  LadderEndLabel labels[LADDER_N_SERIES + 1];
  g_autofree char *each_text = NULL;
  LadderChartFrame f = { 0 };
  double step, right_margin, unit_height;
  gboolean broken;
  guint n_labels;
  int text_height;

  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  n_labels = end_labels (data, options, NULL, labels, &each_text);
  right_margin = MIN (ladder_chart_end_labels_width (layout, labels, n_labels), width * 0.42);
  unit_height = ladder_chart_unit_height (layout, data->axis_label, width - right_margin);
  f.top = (unit_height > 0 ? unit_height + 6 : 0) + text_height / 2.0 + 2;
  f.height = MAX (10, height - f.top - text_height * 2.2);
  step = fit_axis (data, options, &f, ladder_chart_ticks_for (f.height, text_height), &broken);
  f.x_min = data->n_points > 0 ? data->points[0].x : 0;
  f.x_max = data->n_points > 0 ? data->points[data->n_points - 1].x : 1;
  f.left = ladder_chart_tick_width (layout, &f, step) + 10;
  f.width = MAX (10, width - f.left - right_margin);

  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);
  ladder_chart_paint_unit (cr, layout, style, data->axis_label, 0, 0, width - right_margin);
  ladder_chart_paint_value_axis (cr, layout, style, &f, step);
  if (broken)
    paint_break (cr, style, &f);
  paint_periods (cr, layout, data, style, &f, width, f.top + f.height + text_height * 0.6 + 2);
  /* The faint lines show the neighbours' spread themselves, so the
   * shading would only say it twice. */
  if (options->each_neighbour)
    paint_each_neighbour (cr, data, style, &f);
  else if (!(options->hidden & (1u << LADDER_SERIES_NEIGHBOURS)))
    paint_range (cr, data, style, &f);
  /* England first, the council last: the council is on top. */
  for (int s = LADDER_N_SERIES - 1; s >= 0; s--)
    if (!(options->hidden & (1u << s)))
      paint_series (cr, data, style, &f, s);
  end_labels (data, options, &f, labels, &each_text);
  /* Above the period labels, which start under the plot. */
  ladder_chart_paint_end_labels (cr, layout, style, labels, n_labels, f.left + f.width, right_margin, 0,
                                 f.top + f.height + text_height * 0.6);
  cairo_restore (cr);
  if (frame != NULL)
    *frame = f;
}
