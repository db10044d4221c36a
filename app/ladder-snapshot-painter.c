/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Painters for one period: the council beside its neighbours as bars, and
 * every council as a dot among the quartile bands. */
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
 * top. The council's bar is in the council's colour, outlined, and its
 * name is in bold; each neighbour's closeness is written beside its name;
 * the foot says how many neighbours have a figure and which way is better.
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
  LadderChartFrame f = { 0 };
  double high = 0, name_width = MIN (width * 0.38, 260), row, bar;
  g_autofree char *foot = NULL;
  int text_height;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  for (guint i = 0; i < data->n_bars; i++)
    if (!isnan (data->bars[i].value))
      high = MAX (high, data->bars[i].value);
  f.x_min = 0;
  f.x_max = high > 0 ? high * 1.12 : 1;
  f.y_min = 0;
  f.y_max = MAX (data->n_bars, 1);
  f.left = name_width + 8;
  f.top = 4;
  f.width = MAX (10, width - f.left - 70);
  f.height = MAX (10, height - f.top - text_height * 3);
  row = f.height / MAX (data->n_bars, 1);
  bar = MIN (row * 0.7, 28);

  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);
  pango_layout_set_width (layout, (int) (name_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  for (guint i = 0; i < data->n_bars; i++)
    {
      const LadderBar *b = &data->bars[i];
      double y = f.top + row * i + (row - bar) / 2;
      LadderSeries series = b->is_council ? LADDER_SERIES_COUNCIL : LADDER_SERIES_NEIGHBOURS;
      /* Names come from data files: no control may show or reorder them. */
      g_autofree char *safe = ladder_sanitise_for_paper (b->name, LADDER_SANITISE_ONE_LINE);
      g_autofree char *name = b->closeness != NULL ? g_strdup_printf ("%s (%s)", safe, b->closeness)
                                                  : g_strdup (safe);
      g_autofree char *value = format (data->decimals, b->value);
      int w, h;

      /* The name, right-aligned against the bars; the council's in bold. */
      if (b->is_council)
        {
          g_autofree char *escaped = g_markup_escape_text (safe, -1);

          g_free (name);
          name = g_strdup_printf ("<b>%s</b>", escaped);
          pango_layout_set_markup (layout, name, -1);
        }
      else
        pango_layout_set_text (layout, name, -1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_get_pixel_size (layout, &w, &h);
      set_rgb (cr, &style->ink, 1);
      cairo_move_to (cr, 0, y + bar / 2 - h / 2.0);
      pango_cairo_show_layout (cr, layout);

      if (!isnan (b->value))
        {
          double length = ladder_chart_frame_to_x (&f, b->value) - f.left;

          cairo_rectangle (cr, f.left, y, MAX (length, 1), bar);
          set_rgb (cr, &style->series[series], b->is_council ? 1 : 0.55);
          cairo_fill_preserve (cr);
          set_rgb (cr, b->is_council ? &style->ink : &style->series[series], 1);
          cairo_set_line_width (cr, b->is_council ? 2 : 1);
          cairo_stroke (cr);
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      set_rgb (cr, &style->ink, 1);
      show_text (cr, layout, value, (isnan (b->value) ? f.left : ladder_chart_frame_to_x (&f, b->value)) + 6,
                 y + bar / 2, 0, 0.5);
      pango_layout_set_width (layout, (int) (name_width * PANGO_SCALE));
    }

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  foot = g_strdup_printf ("%s. %u of %u neighbours have a figure. Best at the top: %s.", data->period_label,
                          data->n_reporting, data->n_neighbours, ladder_polarity_describe (data->polarity));
  set_rgb (cr, &style->ink, 1);
  show_text (cr, layout, foot, 0, f.top + f.height + text_height * 0.8, 0, 0);
  cairo_restore (cr);
  if (frame != NULL)
    *frame = f;
}

/**
 * ladder_paint_distribution:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @data: every council's figure
 * @style: colours and font
 * @frame: (out) (optional): where the axis went
 *
 * Draws every council as a dot along one axis, stacked where they crowd,
 * over the four quartile bands labelled A (the best quarter) to D; the
 * council is a larger marker in its colour with its figure, rank and band
 * written beside it. Without bands (no polarity, or the Department turns
 * them off) the quartiles are still marked, unlabelled.
 */
void
ladder_paint_distribution (cairo_t                      *cr,
                           double                        width,
                           double                        height,
                           const LadderDistributionData *data,
                           const LadderChartStyle       *style,
                           LadderChartFrame             *frame)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, CLAMP (height / 30, 9, 13));
  LadderChartFrame f = { 0 };
  const LadderQuartiles *q = &data->quartiles;
  double low = data->n_values > 0 ? data->values[0] : 0;
  double high = data->n_values > 0 ? data->values[data->n_values - 1] : 1;
  double step, baseline, dot = 3.2, last_x = -INFINITY;
  int stack = 0, text_height;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  if (high <= low)
    high = low + 1;
  step = nice_step (high - low, 6);
  f.x_min = floor (low / step) * step;
  f.x_max = ceil (high / step) * step;
  f.left = 16;
  f.top = text_height * 2;
  f.width = MAX (10, width - 32);
  f.height = MAX (10, height - f.top - text_height * 4);
  f.y_min = 0;
  f.y_max = 1;
  baseline = f.top + f.height;

  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);

  /* The bands, shaded alternately, each with its letter. */
  if (q->status == LADDER_STAT_OK)
    {
      double cuts[5] = { f.x_min, q->q1, q->median, q->q3, f.x_max };

      for (int i = 0; i < 4; i++)
        {
          double x0 = ladder_chart_frame_to_x (&f, cuts[i]), x1 = ladder_chart_frame_to_x (&f, cuts[i + 1]);

          set_rgb (cr, &style->grid, i % 2 == 0 ? 0.35 : 0.8);
          cairo_rectangle (cr, x0, f.top, x1 - x0, f.height);
          cairo_fill (cr);
          if (data->bands)
            {
              char letter[2] = { data->polarity == LADDER_POLARITY_LOW ? 'A' + i : 'D' - i, 0 };

              set_rgb (cr, &style->ink, 1);
              show_text (cr, layout, letter, (x0 + x1) / 2, f.top - 2, 0.5, 1);
            }
        }
    }

  /* Every council, stacked upward where dots would overlap. */
  set_rgb (cr, &style->series[LADDER_SERIES_NEIGHBOURS], 0.85);
  for (guint i = 0; i < data->n_values; i++)
    {
      double x = ladder_chart_frame_to_x (&f, data->values[i]);

      stack = x - last_x < dot * 2 ? stack + 1 : 0;
      if (stack == 0)
        last_x = x;
      cairo_new_path (cr);
      cairo_arc (cr, x, baseline - dot - 1 - stack * (dot * 2 + 0.5), dot, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* The axis. */
  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, f.left, baseline + 0.5);
  cairo_line_to (cr, f.left + f.width, baseline + 0.5);
  cairo_stroke (cr);
  for (double v = f.x_min; v <= f.x_max + step / 2; v += step)
    {
      g_autofree char *label = g_strdup_printf ("%.*f", step < 1 ? (int) ceil (-log10 (step)) : 0, v);

      show_text (cr, layout, label, ladder_chart_frame_to_x (&f, v), baseline + 4, 0.5, 0);
    }

  /* The council: a line through the dots, a large marker, and words. */
  if (!isnan (data->council_value))
    {
      double x = ladder_chart_frame_to_x (&f, data->council_value);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *council = ladder_sanitise_for_paper (data->council_name, LADDER_SANITISE_ONE_LINE);
      int w;

      set_rgb (cr, &style->series[LADDER_SERIES_COUNCIL], 1);
      cairo_set_line_width (cr, 2.5);
      cairo_move_to (cr, x, f.top);
      cairo_line_to (cr, x, baseline);
      cairo_stroke (cr);
      cairo_new_path (cr);
      cairo_arc (cr, x, baseline, dot * 2, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      set_rgb (cr, &style->ink, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      g_string_printf (text, "%s: %.*f", council, data->decimals, data->council_value);
      if (data->rank.status == LADDER_STAT_OK)
        g_string_append_printf (text, ", rank %u of %u", data->rank.rank, data->rank.n);
      if (data->band != LADDER_BAND_NONE)
        g_string_append_printf (text, ", band %c", ladder_band_to_char (data->band));
      pango_layout_set_text (layout, text->str, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      show_text (cr, layout, text->str, CLAMP (x, f.left + w / 2.0, f.left + f.width - w / 2.0),
                 baseline + text_height * 1.6, 0.5, 0);
    }
  cairo_restore (cr);
  if (frame != NULL)
    *frame = f;
}
