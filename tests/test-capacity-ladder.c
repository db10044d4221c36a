/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ladder of capacities: where a score sits within its level shows on
 * the rung and in the words, so 2.4 and 2.9 (both partly in place) no
 * longer look alike. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-capacity-painter.h"

#define WIDTH 420
#define HEIGHT 170

static cairo_surface_t *
paint (const double *scores)
{
  static const LadderLevel levels[3] = { LADDER_LEVEL_PARTLY, LADDER_LEVEL_PARTLY, LADDER_LEVEL_PARTLY };
  LadderLadderStyle style = { .ink = { 0, 0, 0 }, .fill = { 0, 0, 0 }, .font_family = "Sans" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ladder_paint_capacity_ladder_scored (cr, WIDTH, HEIGHT, levels, scores, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
grey (cairo_surface_t *surface,
      int              x,
      int              y)
{
  guint32 pixel = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4);

  return ((pixel >> 16 & 0xff) + (pixel >> 8 & 0xff) + (pixel & 0xff)) / 3;
}

/* The mean x of the pixels where @a is darker than @b, left of the
 * words (the ladder is at most 140 pixels wide). */
static double
darker_centre (cairo_surface_t *a,
               cairo_surface_t *b)
{
  double sum = 0;
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < 150; x++)
      if (grey (a, x, y) + 40 < grey (b, x, y))
        {
          sum += x;
          n++;
        }
  g_assert_cmpuint (n, >, 20);
  return sum / n;
}

static void
test_score_marker (void)
{
  const double low[3] = { 2.4, 2.4, 2.4 }, high[3] = { 2.9, 2.9, 2.9 };
  cairo_surface_t *a = paint (low), *b = paint (high), *plain = paint (NULL), *plain_again = paint (NULL);

  /* Without scores nothing marks the position: two drawings are alike. */
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (plain), cairo_image_surface_get_data (plain_again),
                           (size_t) cairo_image_surface_get_stride (plain) * HEIGHT), ==, 0);
  /* With them, the higher score's marker sits further right. */
  g_assert_cmpfloat (darker_centre (b, a), >, darker_centre (a, b) + 10);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (plain_again);
}

static void
test_described_with_scores (void)
{
  static const LadderLevel levels[3] = { LADDER_LEVEL_PARTLY, LADDER_LEVEL_IN_PLACE, LADDER_LEVEL_UNKNOWN };
  const double scores[3] = { 2.4, 3.6, NAN };
  g_autofree char *text = ladder_capacity_ladder_describe_scored (levels, scores);
  g_autofree char *plain = ladder_capacity_ladder_describe (levels);

  g_assert_cmpstr (text, ==, "Ladder of the three capacities, from the bottom rung: self-assessment, partly in "
                             "place (2.4 of 4); strategy, in place (3.6 of 4); implementation, not enough answers.");
  g_assert_null (strstr (plain, " of 4"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/capacity-ladder/score-marker", test_score_marker);
  g_test_add_func ("/capacity-ladder/described-with-scores", test_described_with_scores);
  return g_test_run ();
}
