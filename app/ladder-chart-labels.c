/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart painters share for their words: text measured with pango
 * and placed so that no label is cut, none overlaps another and none
 * leaves the area; the value axis with its unit; the names at the ends of
 * lines; and, for tests, where every label went.
 *
 * A painter never shortens the name of the council or of a region: a name
 * too long for its place wraps onto another line. Only a name that is also
 * written in full in the chart's table may be cut with an ellipsis. */
#include "config.h"

#include "ladder-chart-painter-private.h"

/* A series' key before its name, a short stretch of its line, set apart
 * from the plot so that it is not taken for the line going on. */
#define KEY_START 10
#define KEY_LENGTH 16
#define TEXT_START (KEY_START + KEY_LENGTH + 6)
/* The least space kept between two labels. */
#define LABEL_GAP 2

static const cairo_user_data_key_t label_boxes_key;

static void
label_box_clear (gpointer data)
{
  LadderLabelBox *box = data;

  g_free (box->text);
}

/**
 * ladder_label_boxes_new:
 *
 * Returns: (transfer full): an empty list of #LadderLabelBox, for
 *   ladder_chart_collect_labels().
 */
GArray *
ladder_label_boxes_new (void)
{
  GArray *boxes = g_array_new (FALSE, TRUE, sizeof (LadderLabelBox));

  g_array_set_clear_func (boxes, label_box_clear);
  return boxes;
}

/**
 * ladder_chart_collect_labels:
 * @cr: where a painter is about to draw
 * @boxes: (nullable): a list from ladder_label_boxes_new(), or %NULL to stop
 *
 * Every label the painters then draw on @cr is added to @boxes, with the
 * rectangle it took on the surface. @boxes must outlive the drawing.
 */
void
ladder_chart_collect_labels (cairo_t *cr,
                             GArray  *boxes)
{
  cairo_set_user_data (cr, &label_boxes_key, boxes, NULL);
}

static void
record_label (cairo_t              *cr,
              PangoLayout          *layout,
              const PangoRectangle *logical,
              double                x,
              double                y)
{
  GArray *boxes = cairo_get_user_data (cr, &label_boxes_key);
  double x0 = x, y0 = y, x1 = x + logical->width, y1 = y + logical->height;
  LadderLabelBox box;

  if (boxes == NULL)
    return;
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  box.x = MIN (x0, x1);
  box.y = MIN (y0, y1);
  box.width = fabs (x1 - x0);
  box.height = fabs (y1 - y0);
  box.text = g_strdup (pango_layout_get_text (layout));
  box.shortened = pango_layout_is_ellipsized (layout);
  g_array_append_val (boxes, box);
}

/**
 * ladder_chart_show_layout:
 * @cr: where to draw
 * @layout: the text, already set
 * @x: where the text goes across
 * @y: where it goes down
 * @align_x: 0 to put the text's left at @x, 0.5 its middle, 1 its right
 * @align_y: the same for its top, middle and bottom at @y
 *
 * Draws @layout with its box placed by the alignment, and notes the box.
 */
void
ladder_chart_show_layout (cairo_t     *cr,
                          PangoLayout *layout,
                          double       x,
                          double       y,
                          double       align_x,
                          double       align_y)
{
  PangoRectangle logical;
  double left, top;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  left = x - logical.width * align_x;
  top = y - logical.height * align_y;
  cairo_move_to (cr, left - logical.x, top - logical.y);
  pango_cairo_show_layout (cr, layout);
  record_label (cr, layout, &logical, left, top);
}

/* Indices of @starts from the smallest. */
static void
sort_by_start (const double *starts,
               guint        *order,
               guint         n)
{
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && starts[order[j]] < starts[order[j - 1]]; j--)
      {
        guint swap = order[j];

        order[j] = order[j - 1];
        order[j - 1] = swap;
      }
}

/**
 * ladder_chart_spread_labels:
 * @starts: (array length=n) (inout): where each label would start; where it
 *   is to start
 * @sizes: (array length=n): how much room each takes
 * @n: how many
 * @low: where the first may start
 * @high: where the last must end
 *
 * Moves labels along one line as little as it can so that none overlaps
 * another and all lie between @low and @high, keeping their order. When
 * they cannot all fit, they keep clear of each other and start at @low.
 */
void
ladder_chart_spread_labels (double       *starts,
                            const double *sizes,
                            guint         n,
                            double        low,
                            double        high)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));

  if (n == 0)
    return;
  sort_by_start (starts, order, n);
  /* Pushed apart downward, pulled back up from the end, then held clear
   * of the start, which wins when space runs out. */
  for (guint i = 1; i < n; i++)
    starts[order[i]] = MAX (starts[order[i]], starts[order[i - 1]] + sizes[order[i - 1]] + LABEL_GAP);
  starts[order[n - 1]] = MIN (starts[order[n - 1]], high - sizes[order[n - 1]]);
  for (guint i = n - 1; i > 0; i--)
    starts[order[i - 1]] = MIN (starts[order[i - 1]], starts[order[i]] - sizes[order[i - 1]] - LABEL_GAP);
  starts[order[0]] = MAX (starts[order[0]], low);
  for (guint i = 1; i < n; i++)
    starts[order[i]] = MAX (starts[order[i]], starts[order[i - 1]] + sizes[order[i - 1]] + LABEL_GAP);
}

/* The value axis ----------------------------------------------------------- */

/* The decimal places a step's ticks need: 2.5 needs one, 0.25 two. */
static int
step_places (double step)
{
  for (int places = 0; places < 6; places++)
    {
      double scaled = step * pow (10, places);

      if (fabs (scaled - round (scaled)) < 1e-9 * MAX (1, scaled))
        return places;
    }
  return 6;
}

/**
 * ladder_chart_format_tick:
 * @value: a tick's value
 * @step: the distance between ticks
 *
 * Returns: (transfer full): the tick's label, with as many decimal places
 *   as the step needs and no more.
 */
char *
ladder_chart_format_tick (double value,
                          double step)
{
  /* Never "-0". */
  if (fabs (value) < step / 2)
    value = 0;
  return g_strdup_printf ("%.*f", step_places (step), value);
}

/**
 * ladder_chart_fit_values:
 * @frame: (inout): the plot, whose y range is set
 * @low: the lowest figure to show
 * @high: the highest
 * @n_ticks: the most steps the axis has room for
 *
 * Chooses the smallest step of 1, 2, 2.5 or 5 times a power of ten that
 * covers the figures in @n_ticks steps or fewer, so that the figures fill
 * as much of the plot as they can.
 *
 * Returns: the step between ticks.
 */
double
ladder_chart_fit_values (LadderChartFrame *frame,
                         double            low,
                         double            high,
                         int               n_ticks)
{
  static const double multiples[] = { 1, 2, 2.5, 5 };
  double power, step = 1;

  if (high <= low)
    high = low + 1;
  power = pow (10, floor (log10 ((high - low) / MAX (n_ticks, 1))));
  for (int k = 0; k < 8 * (int) G_N_ELEMENTS (multiples); k++)
    {
      step = multiples[k % G_N_ELEMENTS (multiples)] * power * pow (10, k / G_N_ELEMENTS (multiples));
      if (ceil (high / step - 1e-9) - floor (low / step + 1e-9) <= n_ticks)
        break;
    }
  frame->y_min = floor (low / step + 1e-9) * step;
  frame->y_max = ceil (high / step - 1e-9) * step;
  if (frame->y_max <= frame->y_min)
    frame->y_max = frame->y_min + step;
  return step;
}

/**
 * ladder_chart_ticks_for:
 * @plot_height: the plot's height
 * @text_height: a line of the axis text
 *
 * Returns: how many steps an axis of that height has room for, so that its
 *   labels keep well apart.
 */
int
ladder_chart_ticks_for (double plot_height,
                        double text_height)
{
  return CLAMP ((int) (plot_height / (text_height * 2.5)), 2, 6);
}

/**
 * ladder_chart_tick_width:
 * @layout: the axis text's layout
 * @frame: the plot, with its y range
 * @step: the distance between ticks
 *
 * Returns: the width of the widest tick label.
 */
double
ladder_chart_tick_width (PangoLayout            *layout,
                         const LadderChartFrame *frame,
                         double                  step)
{
  int widest = 0;

  for (double y = frame->y_min; y <= frame->y_max + step / 2; y += step)
    {
      g_autofree char *label = ladder_chart_format_tick (y, step);
      int w;

      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/**
 * ladder_chart_paint_value_axis:
 * @cr: where to draw
 * @layout: the axis text's layout
 * @style: colours
 * @frame: the plot
 * @step: the distance between ticks
 *
 * Draws a line across the plot at each tick, with its label to the left.
 */
void
ladder_chart_paint_value_axis (cairo_t                *cr,
                               PangoLayout            *layout,
                               const LadderChartStyle *style,
                               const LadderChartFrame *frame,
                               double                  step)
{
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, NULL, 0, 0);
  for (double y = frame->y_min; y <= frame->y_max + step / 2; y += step)
    {
      double py = round (ladder_chart_frame_to_y (frame, y)) + 0.5;
      g_autofree char *label = ladder_chart_format_tick (y, step);

      set_rgb (cr, &style->grid, 1);
      cairo_move_to (cr, frame->left, py);
      cairo_line_to (cr, frame->left + frame->width, py);
      cairo_stroke (cr);
      set_rgb (cr, &style->ink, 1);
      show_text (cr, layout, label, frame->left - 6, py, 1.0, 0.5);
    }
}

/**
 * ladder_chart_set_wrapped_text:
 * @layout: a layout
 * @text: text from the data or the program
 * @width: the room across, or a negative number for one line
 *
 * Sets @text, made safe to draw, to wrap at words within @width (within a
 * word only when one word is wider); never cut short.
 */
void
ladder_chart_set_wrapped_text (PangoLayout *layout,
                               const char  *text,
                               double       width)
{
  g_autofree char *safe = ladder_sanitise_for_paper (text, LADDER_SANITISE_ONE_LINE);

  pango_layout_set_attributes (layout, NULL);
  pango_layout_set_width (layout, width >= 0 ? (int) (MAX (width, 20) * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, safe, -1);
}

/**
 * ladder_chart_unit_height:
 * @layout: the axis text's layout
 * @unit: (nullable): the measure's unit, as its dictionary names the axis
 * @width: the room across for it
 *
 * Returns: the height the unit takes above the plot, wrapped to @width,
 *   or 0 without one.
 */
double
ladder_chart_unit_height (PangoLayout *layout,
                          const char  *unit,
                          double       width)
{
  int h;

  if (unit == NULL || *unit == '\0')
    return 0;
  ladder_chart_set_wrapped_text (layout, unit, width);
  pango_layout_get_pixel_size (layout, NULL, &h);
  pango_layout_set_width (layout, -1);
  return h;
}

/**
 * ladder_chart_paint_unit:
 * @cr: where to draw
 * @layout: the axis text's layout
 * @style: colours
 * @unit: (nullable): the measure's unit
 * @x: where its left goes
 * @y: where its top goes
 * @width: the room across for it
 *
 * Writes the unit the value axis counts in, wrapped to @width, as the
 * axis's title.
 */
void
ladder_chart_paint_unit (cairo_t                *cr,
                         PangoLayout            *layout,
                         const LadderChartStyle *style,
                         const char             *unit,
                         double                  x,
                         double                  y,
                         double                  width)
{
  if (unit == NULL || *unit == '\0')
    return;
  ladder_chart_set_wrapped_text (layout, unit, width);
  set_rgb (cr, &style->ink, 1);
  ladder_chart_show_layout (cr, layout, x, y, 0, 0);
  pango_layout_set_width (layout, -1);
}

/* Names at the ends of lines --------------------------------------------- */

/* A stretch of the series' line with its marker: the key to its name. */
static void
paint_key (cairo_t                *cr,
           const LadderChartStyle *style,
           const LadderEndLabel   *label,
           double                  x,
           double                  y)
{
  if (label->faint)
    {
      LadderRgb faint = ladder_chart_faint (style);

      set_rgb (cr, &faint, 1);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    {
      set_rgb (cr, &style->series[label->series], 1);
      cairo_set_line_width (cr, MIN (series_widths[label->series], 2));
      ladder_chart_set_dash (cr, label->series);
    }
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + KEY_LENGTH, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  if (!label->faint)
    draw_marker (cr, series_markers[label->series], x + KEY_LENGTH / 2.0, y, FALSE);
}

/**
 * ladder_chart_end_labels_width:
 * @layout: the labels' layout
 * @labels: (array length=n): the labels
 * @n: how many
 *
 * Returns: the room the labels need beside the plot, key included, to be
 *   written each on one line.
 */
double
ladder_chart_end_labels_width (PangoLayout          *layout,
                               const LadderEndLabel *labels,
                               guint                 n)
{
  int widest = 0;

  for (guint i = 0; i < n; i++)
    {
      int w;

      ladder_chart_set_wrapped_text (layout, labels[i].text, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return n > 0 ? TEXT_START + widest + 2 : 0;
}

/**
 * ladder_chart_paint_end_labels:
 * @cr: where to draw
 * @layout: the labels' layout
 * @style: colours
 * @labels: (array length=n): the labels, each at the height its line ends
 * @n: how many
 * @x: the left of the room beside the plot
 * @width: the room's width
 * @top: the highest a label may reach
 * @bottom: the lowest
 *
 * Writes each name beside the end of its line, after a key in the line's
 * colour, dash and marker. A name too long for the room wraps onto more
 * lines; it is never cut. Names that would overlap are moved apart.
 */
void
ladder_chart_paint_end_labels (cairo_t                *cr,
                               PangoLayout            *layout,
                               const LadderChartStyle *style,
                               const LadderEndLabel   *labels,
                               guint                   n,
                               double                  x,
                               double                  width,
                               double                  top,
                               double                  bottom)
{
  g_autofree double *starts = g_new (double, MAX (n, 1));
  g_autofree double *sizes = g_new (double, MAX (n, 1));
  double text_width = MAX (width - TEXT_START, 20);
  int line;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &line);
  /* Each name's first line level with the end of its line. */
  for (guint i = 0; i < n; i++)
    {
      int h;

      ladder_chart_set_wrapped_text (layout, labels[i].text, text_width);
      pango_layout_get_pixel_size (layout, NULL, &h);
      starts[i] = labels[i].y - line / 2.0;
      sizes[i] = h;
    }
  ladder_chart_spread_labels (starts, sizes, n, top, bottom);
  for (guint i = 0; i < n; i++)
    {
      paint_key (cr, style, &labels[i], x + KEY_START, starts[i] + line / 2.0);
      ladder_chart_set_wrapped_text (layout, labels[i].text, text_width);
      set_rgb (cr, &style->ink, 1);
      ladder_chart_show_layout (cr, layout, x + TEXT_START, starts[i], 0, 0);
    }
  pango_layout_set_width (layout, -1);
}
