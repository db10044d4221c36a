/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Painters for one period: the council beside its neighbours as bars, and
 * every council as a bar in order of its figure among the quartile bands. */
#include "config.h"

#include "ladder-chart-painter-private.h"
#include "ladder-sanitise.h"
#include "ladder-snapshot-painter.h"

static char *
format (int    decimals,
        double value)
{
  return isnan (value) ? g_strdup ("no figure") : g_strdup_printf ("%.*f", decimals, value);
}

/* A bar's name as the chart writes it: the council's in bold, each
 * neighbour's with its closeness. */
static void
set_bar_name (PangoLayout     *layout,
              const LadderBar *bar)
{
  /* Names come from data files: no control may show or reorder them. */
  g_autofree char *safe = ladder_sanitise_for_paper (bar->name, LADDER_SANITISE_ONE_LINE);

  if (bar->is_council)
    {
      g_autofree char *escaped = g_markup_escape_text (safe, -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", escaped);

      pango_layout_set_markup (layout, markup, -1);
    }
  else
    {
      g_autofree char *name = bar->closeness != NULL ? g_strdup_printf ("%s (%s)", safe, bar->closeness)
                                                    : g_strdup (safe);

      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_text (layout, name, -1);
    }
}

/* The room the names need, up to @most, and the figures after the bars. */
static void
measure_names (PangoLayout                *layout,
               const LadderNeighboursData *data,
               double                      most,
               double                     *names,
               double                     *figures)
{
  int widest_name = 0, widest_figure = 0;

  for (guint i = 0; i < data->n_bars; i++)
    {
      g_autofree char *value = format (data->decimals, data->bars[i].value);
      int w;

      set_bar_name (layout, &data->bars[i]);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest_name = MAX (widest_name, w);
      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_text (layout, value, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest_figure = MAX (widest_figure, w);
    }
  *names = MIN (widest_name + 1, most);
  *figures = widest_figure + 10;
}

/* Which way the bars run, in words: the best at the top, or with no
 * better direction simply the highest. */
static char *
neighbours_foot (const LadderNeighboursData *data)
{
  if (data->polarity == LADDER_POLARITY_NONE)
    return g_strdup_printf ("In %s, %u of the %u neighbours have a figure. The highest figure is at the top; "
                            "%s for this measure.", data->period_label, data->n_reporting, data->n_neighbours,
                            ladder_polarity_describe (data->polarity));
  return g_strdup_printf ("In %s, %u of the %u neighbours have a figure. The best figure is at the top: %s.",
                          data->period_label, data->n_reporting, data->n_neighbours,
                          ladder_polarity_describe (data->polarity));
}

/* A bar's name, right-aligned against the bars, wrapped in its room. A
 * neighbour's name may be cut short to its row, since the table gives it
 * in full; the council's never is. */
static void
paint_bar_name (cairo_t         *cr,
                PangoLayout     *layout,
                const LadderBar *bar,
                double           width,
                double           row,
                double           y)
{
  int line;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &line);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, bar->is_council ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, bar->is_council ? -1 : -MAX (1, (int) (row / line)));
  set_bar_name (layout, bar);
  ladder_chart_show_layout (cr, layout, width, y, 1, 0.5);
  pango_layout_set_width (layout, -1);
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_attributes (layout, NULL);
}

static void
paint_bar (cairo_t                 *cr,
           const LadderBar         *b,
           const LadderChartStyle  *style,
           const LadderChartFrame  *f,
           double                   y,
           double                   bar)
{
  LadderSeries series = b->is_council ? LADDER_SERIES_COUNCIL : LADDER_SERIES_NEIGHBOURS;
  double length = ladder_chart_frame_to_x (f, b->value) - f->left;

  cairo_rectangle (cr, f->left, y, MAX (length, 1), bar);
  set_rgb (cr, &style->series[series], b->is_council ? 1 : 0.55);
  cairo_fill_preserve (cr);
  set_rgb (cr, b->is_council ? &style->ink : &style->series[series], 1);
  cairo_set_line_width (cr, b->is_council ? 2 : 1);
  cairo_stroke (cr);
}

/**
 * ladder_paint_neighbours:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @data: the council and its neighbours
 * @style: colours and font
 * @frame: (out) (optional): where the bars went (x is the value; y the bar)
 *
 * Draws a horizontal bar for the council and each neighbour, best at the
 * top, or highest when neither direction is better. The council's bar is
 * in the council's colour, outlined, and its name, never shortened, is in
 * bold; each neighbour's closeness is written beside its name; above the
 * bars, the measure's unit; at the foot, how many neighbours have a figure
 * and which way is better.
 */
void
ladder_paint_neighbours (cairo_t                    *cr,
                         double                      width,
                         double                      height,
                         const LadderNeighboursData *data,
                         const LadderChartStyle     *style,
                         LadderChartFrame           *frame)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, CLAMP (height / 40, 9, 13));
  g_autofree char *foot = neighbours_foot (data);
  LadderChartFrame f = { 0 };
  double high = 0, name_width, figure_width, unit_height, row, bar;
  int foot_height;

  measure_names (layout, data, width * 0.45, &name_width, &figure_width);
  unit_height = ladder_chart_unit_height (layout, data->unit, width);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, foot, -1);
  pango_layout_get_pixel_size (layout, NULL, &foot_height);
  for (guint i = 0; i < data->n_bars; i++)
    if (!isnan (data->bars[i].value))
      high = MAX (high, data->bars[i].value);
  f.x_min = 0;
  f.x_max = high > 0 ? high * 1.05 : 1;
  f.y_min = 0;
  f.y_max = MAX (data->n_bars, 1);
  f.left = name_width + 8;
  f.top = unit_height > 0 ? unit_height + 6 : 4;
  f.width = MAX (10, width - f.left - figure_width);
  f.height = MAX (10, height - f.top - foot_height - 8);
  row = f.height / MAX (data->n_bars, 1);
  bar = MIN (row * 0.7, 28);

  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);
  ladder_chart_paint_unit (cr, layout, style, data->unit, f.left, 0, width - f.left);
  for (guint i = 0; i < data->n_bars; i++)
    {
      const LadderBar *b = &data->bars[i];
      double y = f.top + row * i + (row - bar) / 2;
      g_autofree char *value = format (data->decimals, b->value);

      set_rgb (cr, &style->ink, 1);
      paint_bar_name (cr, layout, b, name_width, row, y + bar / 2);
      if (!isnan (b->value))
        paint_bar (cr, b, style, &f, y, bar);
      set_rgb (cr, &style->ink, 1);
      show_text (cr, layout, value, (isnan (b->value) ? f.left : ladder_chart_frame_to_x (&f, b->value)) + 6,
                 y + bar / 2, 0, 0.5);
    }
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  set_rgb (cr, &style->ink, 1);
  show_text (cr, layout, foot, 0, height, 0, 1);
  cairo_restore (cr);
  if (frame != NULL)
    *frame = f;
}

/* The council's bar, or -1 when it has no figure. */
static int
council_index (const LadderDistributionData *data)
{
  for (guint i = 0; i < data->n_values && !isnan (data->council_value); i++)
    if (data->values[i] == data->council_value && g_str_has_prefix (data->names[i], data->council_name))
      return (int) i;
  return -1;
}

/* Each quarter of the councils shaded, alternately, behind their bars,
 * with its band's letter above when bands apply. */
static void
paint_quarters (cairo_t                      *cr,
                PangoLayout                  *layout,
                const LadderDistributionData *data,
                const LadderChartStyle       *style,
                const LadderChartFrame       *f)
{
  for (guint i = 0; i < data->n_values && data->quartiles.status == LADDER_STAT_OK;)
    {
      int quarter = ladder_stats_quarter_of_value (&data->quartiles, data->values[i]);
      guint end = i;
      double x0, x1;

      while (end < data->n_values && ladder_stats_quarter_of_value (&data->quartiles, data->values[end]) == quarter)
        end++;
      x0 = ladder_chart_frame_to_x (f, i - 0.5);
      x1 = ladder_chart_frame_to_x (f, end - 0.5);
      set_rgb (cr, &style->grid, quarter % 2 == 0 ? 0.35 : 0.8);
      cairo_rectangle (cr, x0, f->top, x1 - x0, f->height);
      cairo_fill (cr);
      if (data->bands)
        {
          char letter[2] = {
            ladder_band_to_char (ladder_stats_band_of_value (&data->quartiles, data->polarity, data->values[i])), 0
          };

          set_rgb (cr, &style->ink, 1);
          show_text (cr, layout, letter, (x0 + x1) / 2, f->top - 2, 0.5, 1);
        }
      i = end;
    }
}

static void
bar_path (cairo_t                *cr,
          const LadderChartFrame *f,
          guint                   place,
          double                  value,
          double                  width,
          double                  base)
{
  double y = ladder_chart_frame_to_y (f, value);

  cairo_rectangle (cr, ladder_chart_frame_to_x (f, place) - width / 2, MIN (y, base), width, fabs (base - y));
}

/* A bar for every council, lowest figure on the left; the council's in its
 * own colour, outlined, and wide enough to see however many there are. */
static void
paint_bars (cairo_t                      *cr,
            const LadderDistributionData *data,
            const LadderChartStyle       *style,
            const LadderChartFrame       *f,
            int                           council)
{
  LadderRgb grey = { 0.5 * style->ink.red + 0.5 * style->background.red,
                     0.5 * style->ink.green + 0.5 * style->background.green,
                     0.5 * style->ink.blue + 0.5 * style->background.blue };
  double base = ladder_chart_frame_to_y (f, CLAMP (0, f->y_min, f->y_max));
  double bar = f->width / MAX (data->n_values, 1);
  double width = bar > 4 ? bar - 1 : MAX (bar, 0.5);

  cairo_new_path (cr);
  for (guint i = 0; i < data->n_values; i++)
    if ((int) i != council)
      bar_path (cr, f, i, data->values[i], width, base);
  set_rgb (cr, &grey, 1);
  cairo_fill (cr);
  if (council < 0)
    return;
  bar_path (cr, f, council, data->values[council], MAX (width, 4), base);
  set_rgb (cr, &style->series[LADDER_SERIES_COUNCIL], 1);
  cairo_fill_preserve (cr);
  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* England and the neighbours' average, each a line across the bars in its
 * series' colour and dash, named with its figure at the right. */
static guint
reference_labels (const LadderDistributionData *data,
                  const LadderChartFrame       *f,
                  LadderEndLabel               *labels,
                  char                        **texts)
{
  guint n = 0;

  if (data->neighbours.status == LADDER_STAT_OK)
    {
      g_free (texts[n]);
      texts[n] = g_strdup_printf ("Neighbours’ average: %.*f%s", data->decimals, data->neighbours.mean,
                                  data->neighbours.thin ? " (too few report)" : "");
      labels[n] = (LadderEndLabel) { texts[n], LADDER_SERIES_NEIGHBOURS, FALSE,
                                     f != NULL ? ladder_chart_frame_to_y (f, data->neighbours.mean) : 0 };
      n++;
    }
  if (!isnan (data->england))
    {
      g_free (texts[n]);
      texts[n] = g_strdup_printf ("England: %.*f", data->decimals, data->england);
      labels[n] = (LadderEndLabel) { texts[n], LADDER_SERIES_ENGLAND, FALSE,
                                     f != NULL ? ladder_chart_frame_to_y (f, data->england) : 0 };
      n++;
    }
  return n;
}

static void
paint_reference_lines (cairo_t                *cr,
                       const LadderChartStyle *style,
                       const LadderChartFrame *f,
                       const LadderEndLabel   *labels,
                       guint                   n)
{
  for (guint i = 0; i < n; i++)
    {
      set_rgb (cr, &style->series[labels[i].series], 1);
      cairo_set_line_width (cr, 2);
      ladder_chart_set_dash (cr, labels[i].series);
      cairo_move_to (cr, f->left, labels[i].y);
      cairo_line_to (cr, f->left + f->width, labels[i].y);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The council's figure, rank and band in words, wrapped to the width. */
static char *
council_text (const LadderDistributionData *data)
{
  GString *text = g_string_new (NULL);

  if (isnan (data->council_value))
    {
      g_string_printf (text, "%s: no figure", data->council_name);
      return g_string_free (text, FALSE);
    }
  g_string_printf (text, "%s: %.*f", data->council_name, data->decimals, data->council_value);
  if (data->rank.status == LADDER_STAT_OK)
    g_string_append_printf (text, ", rank %u of %u", data->rank.rank, data->rank.n);
  if (data->band != LADDER_BAND_NONE)
    g_string_append_printf (text, ", band %c", ladder_band_to_char (data->band));
  return g_string_free (text, FALSE);
}

/* Under the council's bar, a mark pointing up at it and its figure in words,
 * kept inside the area. */
static void
paint_council_mark (cairo_t                      *cr,
                    PangoLayout                  *layout,
                    const LadderDistributionData *data,
                    const LadderChartStyle       *style,
                    const LadderChartFrame       *f,
                    int                           council,
                    double                        width)
{
  g_autofree char *text = council_text (data);
  double x = council >= 0 ? ladder_chart_frame_to_x (f, council) : f->left + f->width / 2;
  double y = f->top + f->height + 2;
  int w;

  if (council >= 0)
    {
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 6, y + 8);
      cairo_line_to (cr, x - 6, y + 8);
      cairo_close_path (cr);
      set_rgb (cr, &style->series[LADDER_SERIES_COUNCIL], 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, &style->ink, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  ladder_chart_set_wrapped_text (layout, text, width);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &w, NULL);
  set_rgb (cr, &style->ink, 1);
  ladder_chart_show_layout (cr, layout, CLAMP (x, w / 2.0, width - w / 2.0), y + 12, 0.5, 0);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
}

/* What the bars and the shading are, in words. */
static const char *
axis_words (const LadderDistributionData *data)
{
  if (data->bands)
    return "Each bar is a council, from the lowest figure on the left to the highest on the right. The "
           "shading marks each quarter of the councils; its letter is the band, A the best.";
  if (data->quartiles.status == LADDER_STAT_OK)
    return "Each bar is a council, from the lowest figure on the left to the highest on the right. The "
           "shading marks each quarter of the councils.";
  return "Each bar is a council, from the lowest figure on the left to the highest on the right.";
}

/* The heights of the council's words and of what the bars are, as wrapped
 * to @width. */
static double
foot_height (PangoLayout                  *layout,
             const LadderDistributionData *data,
             double                        width)
{
  g_autofree char *text = council_text (data);
  int council, words;

  ladder_chart_set_wrapped_text (layout, text, width);
  pango_layout_get_pixel_size (layout, NULL, &council);
  ladder_chart_set_wrapped_text (layout, axis_words (data), width);
  pango_layout_get_pixel_size (layout, NULL, &words);
  pango_layout_set_width (layout, -1);
  return 12 + council + 6 + words;
}

/* The range the axis must show: every council, England and the
 * neighbours' average, and zero. */
static void
value_range (const LadderDistributionData *data,
             double                       *low,
             double                       *high)
{
  *low = 0;
  *high = 0;
  for (guint i = 0; i < data->n_values; i++)
    {
      *low = MIN (*low, data->values[i]);
      *high = MAX (*high, data->values[i]);
    }
  if (!isnan (data->england))
    *low = MIN (*low, data->england), *high = MAX (*high, data->england);
  if (data->neighbours.status == LADDER_STAT_OK)
    *low = MIN (*low, data->neighbours.mean), *high = MAX (*high, data->neighbours.mean);
}

/**
 * ladder_paint_distribution:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @data: every council's figure
 * @style: colours and font
 * @frame: (out) (optional): where the plot went: x is a council's place
 *   from the lowest figure (0 to n - 1), y the figure
 *
 * Draws every council as a bar, in order from the lowest figure to the
 * highest, as LAIT's ranked charts do, over its quarter of the councils
 * shaded and labelled with its band (A the best) when bands apply. The
 * council's bar is in its colour and outlined, with a mark under it and
 * its figure, rank and band in words. England and the neighbours' average
 * are lines across the bars, each named with its figure. The value axis is
 * titled with the measure's unit.
 */
void
ladder_paint_distribution (cairo_t                      *cr,
                           double                        width,
                           double                        height,
                           const LadderDistributionData *data,
                           const LadderChartStyle       *style,
                           LadderChartFrame             *frame)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, CLAMP (height / 36, 9, 13));
  char *texts[2] = { NULL, NULL };
  LadderEndLabel labels[2];
  LadderChartFrame f = { 0 };
  int council = council_index (data), text_height;
  double low, high, step, right_margin, unit_height, foot;
  guint n_labels = reference_labels (data, NULL, labels, texts);

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  right_margin = n_labels > 0 ? MIN (ladder_chart_end_labels_width (layout, labels, n_labels), width * 0.42) : 8;
  unit_height = ladder_chart_unit_height (layout, data->unit, width - right_margin);
  foot = foot_height (layout, data, width);
  f.top = (unit_height > 0 ? unit_height + 6 : 0) + (data->bands ? text_height + 4 : text_height / 2.0 + 2);
  f.height = MAX (10, height - f.top - foot);
  value_range (data, &low, &high);
  step = ladder_chart_fit_values (&f, low, high, ladder_chart_ticks_for (f.height, text_height));
  f.x_min = -0.5;
  f.x_max = MAX (data->n_values, 1) - 0.5;
  f.left = ladder_chart_tick_width (layout, &f, step) + 10;
  f.width = MAX (10, width - f.left - right_margin);

  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);
  ladder_chart_paint_unit (cr, layout, style, data->unit, 0, 0, width - right_margin);
  paint_quarters (cr, layout, data, style, &f);
  ladder_chart_paint_value_axis (cr, layout, style, &f, step);
  paint_bars (cr, data, style, &f, council);
  n_labels = reference_labels (data, &f, labels, texts);
  paint_reference_lines (cr, style, &f, labels, n_labels);
  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, f.left, f.top + f.height + 0.5);
  cairo_line_to (cr, f.left + f.width, f.top + f.height + 0.5);
  cairo_stroke (cr);
  ladder_chart_paint_end_labels (cr, layout, style, labels, n_labels, f.left + f.width, right_margin, 0,
                                 f.top + f.height);
  paint_council_mark (cr, layout, data, style, &f, council, width);
  ladder_chart_set_wrapped_text (layout, axis_words (data), width);
  ladder_chart_show_layout (cr, layout, 0, height, 0, 1);
  cairo_restore (cr);
  g_free (texts[0]);
  g_free (texts[1]);
  if (frame != NULL)
    *frame = f;
}
