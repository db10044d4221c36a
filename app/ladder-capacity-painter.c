/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ladder of the three capacities, drawn with cairo and pango, for the
 * window and the board paper alike.
 *
 * The bottom rung is self-assessment, then strategy, then implementation:
 * each rests on the one below. Level is told three ways, never by colour
 * alone: a rung in place is solid, one partly in place is half solid and
 * half outlined, one not in place is a broken outline, and one without
 * enough answers is dotted; and the level is written beside each rung.
 * Given the scores, a marker on each rung shows where the score sits on
 * the scale from 1 to 4, so 2.4 and 2.9 look different, and the score is
 * written too. */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "ladder-capacity-painter.h"

/* Filled rungs are half strength, so the outline still shows. */
#define FILL_ALPHA 0.5

static const char * const rung_names[3] = {
  "Self-assessment", "Strategy", "Implementation",
};

static void
set_rgb (cairo_t         *cr,
         const LadderRgb *rgb,
         double           alpha)
{
  cairo_set_source_rgba (cr, rgb->red, rgb->green, rgb->blue, alpha);
}

static void
paint_rung (cairo_t                 *cr,
            double                   x,
            double                   y,
            double                   w,
            double                   h,
            LadderLevel              level,
            const LadderLadderStyle *style)
{
  static const double broken[] = { 10, 6 };
  static const double dotted[] = { 2, 4 };

  cairo_save (cr);
  cairo_set_line_width (cr, 2);
  switch (level)
    {
    case LADDER_LEVEL_IN_PLACE:
      cairo_rectangle (cr, x, y, w, h);
      set_rgb (cr, &style->fill, FILL_ALPHA);
      cairo_fill_preserve (cr);
      set_rgb (cr, &style->ink, 1);
      cairo_stroke (cr);
      break;
    case LADDER_LEVEL_PARTLY:
      cairo_rectangle (cr, x, y, w / 2, h);
      set_rgb (cr, &style->fill, FILL_ALPHA);
      cairo_fill (cr);
      cairo_rectangle (cr, x, y, w, h);
      set_rgb (cr, &style->ink, 1);
      cairo_stroke (cr);
      break;
    case LADDER_LEVEL_NOT_IN_PLACE:
      cairo_set_dash (cr, broken, 2, 0);
      cairo_rectangle (cr, x, y, w, h);
      set_rgb (cr, &style->ink, 1);
      cairo_stroke (cr);
      break;
    case LADDER_LEVEL_UNKNOWN:
    default:
      cairo_set_dash (cr, dotted, 2, 0);
      cairo_rectangle (cr, x, y, w, h);
      set_rgb (cr, &style->ink, 0.6);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/* A score from 1 to 4 as a tick through the rung with a triangle above
 * it, pointing down. */
static void
paint_score_marker (cairo_t                 *cr,
                    double                   x,
                    double                   y,
                    double                   w,
                    double                   h,
                    double                   score,
                    const LadderLadderStyle *style)
{
  double at = x + w * (CLAMP (score, 1, 4) - 1) / 3;

  cairo_save (cr);
  set_rgb (cr, &style->ink, 1);
  cairo_set_line_width (cr, 3);
  cairo_move_to (cr, at, y - 3);
  cairo_line_to (cr, at, y + h + 3);
  cairo_stroke (cr);
  cairo_move_to (cr, at - 5, y - 9);
  cairo_line_to (cr, at + 5, y - 9);
  cairo_line_to (cr, at, y - 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

static char *
rung_text (guint       i,
           LadderLevel level,
           double      score)
{
  if (isnan (score) || level == LADDER_LEVEL_UNKNOWN)
    return g_strdup_printf ("%s: %s", rung_names[i], ladder_level_get_label (level));
  return g_strdup_printf ("%s: %s, %.1f of 4", rung_names[i], ladder_level_get_label (level), score);
}

/**
 * ladder_paint_capacity_ladder:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @levels: the level of each capacity
 * @style: colours and font
 *
 * Draws a ladder with one rung per capacity and the level written beside
 * each, fitting the area.
 */
void
ladder_paint_capacity_ladder (cairo_t                 *cr,
                              double                   width,
                              double                   height,
                              const LadderLevel        levels[3],
                              const LadderLadderStyle *style)
{
  ladder_paint_capacity_ladder_scored (cr, width, height, levels, NULL, style);
}

/**
 * ladder_paint_capacity_ladder_scored:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @levels: the level of each capacity
 * @scores: (nullable) (array fixed-size=3): each capacity's score from 1
 *   to 4, NAN where there is none
 * @style: colours and font
 *
 * As ladder_paint_capacity_ladder(), with a marker on each rung where its
 * score sits, and the score written beside it.
 */
void
ladder_paint_capacity_ladder_scored (cairo_t                 *cr,
                                     double                   width,
                                     double                   height,
                                     const LadderLevel        levels[3],
                                     const double            *scores,
                                     const LadderLadderStyle *style)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  double ladder_width = MIN (width * 0.3, 140);
  double margin = 6, rail = 4;
  double gap = (height - 2 * margin) / 3;
  double rung_height = MIN (gap * 0.45, 28);
  double text_x = margin + ladder_width + 14;

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, MAX (9, MIN (rung_height * 0.55, 15)) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) MAX (10, (width - text_x)) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  /* Rails */
  cairo_save (cr);
  set_rgb (cr, &style->ink, 1);
  cairo_rectangle (cr, margin, margin, rail, height - 2 * margin);
  cairo_rectangle (cr, margin + ladder_width - rail, margin, rail, height - 2 * margin);
  cairo_fill (cr);
  cairo_restore (cr);

  for (guint i = 0; i < 3; i++)
    {
      /* Self-assessment at the bottom. */
      double centre = margin + gap * (2 - i) + gap / 2;
      double y = centre - rung_height / 2;
      double score = scores != NULL ? scores[i] : NAN;
      g_autofree char *text = rung_text (i, levels[i], score);
      int text_height;

      paint_rung (cr, margin + rail + 3, y, ladder_width - 2 * rail - 6, rung_height, levels[i], style);
      if (!isnan (score) && levels[i] != LADDER_LEVEL_UNKNOWN)
        paint_score_marker (cr, margin + rail + 3, y, ladder_width - 2 * rail - 6, rung_height, score, style);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      set_rgb (cr, &style->ink, 1);
      cairo_move_to (cr, text_x, centre - text_height / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
}

/**
 * ladder_capacity_ladder_describe:
 * @levels: the level of each capacity
 *
 * Returns: (transfer full): what the ladder shows, in a sentence, for
 *   screen readers and for text that stands in for the picture.
 */
char *
ladder_capacity_ladder_describe (const LadderLevel levels[3])
{
  return ladder_capacity_ladder_describe_scored (levels, NULL);
}

/**
 * ladder_capacity_ladder_describe_scored:
 * @levels: the level of each capacity
 * @scores: (nullable) (array fixed-size=3): each score from 1 to 4, or NAN
 *
 * Returns: (transfer full): what the ladder shows, with the scores.
 */
char *
ladder_capacity_ladder_describe_scored (const LadderLevel  levels[3],
                                        const double      *scores)
{
  g_autoptr(GString) out = g_string_new ("Ladder of the three capacities, from the bottom rung: ");

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *level = g_ascii_strdown (ladder_level_get_label (levels[i]), -1);
      g_autofree char *name = g_ascii_strdown (rung_names[i], -1);

      g_string_append_printf (out, "%s%s, %s", i == 0 ? "" : "; ", name, level);
      if (scores != NULL && !isnan (scores[i]) && levels[i] != LADDER_LEVEL_UNKNOWN)
        g_string_append_printf (out, " (%.1f of 4)", scores[i]);
    }
  g_string_append_c (out, '.');
  return g_string_free (g_steal_pointer (&out), FALSE);
}
