/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart tests share: a dataset to build figures in, and counting
 * a colour's pixels in a drawing. */
#pragma once

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-chart.h"

typedef struct
{
  LadderDataset *dataset;
  guint          measure;
  guint          council;
} Fixture;

static inline guint
add_area (LadderDataset *dataset,
          int            number,
          const char    *name,
          const char    *region)
{
  guint a = ladder_dataset_ensure_area (dataset, number, ladder_dataset_intern (dataset, name, strlen (name)));

  if (region != NULL)
    ladder_dataset_get_area (dataset, a)->region = ladder_dataset_intern (dataset, region, strlen (region));
  return a;
}

static inline void
set (Fixture         *f,
     guint            area,
     const char      *label,
     LadderCellState  state,
     double           value)
{
  guint period = ladder_dataset_ensure_period (f->dataset, ladder_dataset_intern (f->dataset, label, strlen (label)));

  ladder_dataset_set_cell (f->dataset, f->measure, area, period, state, value, 0, NULL);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  unused)
{
  ladder_dataset_unref (f->dataset);
}

/* Pixels within a small distance of @rgb, in the rectangle from (@x0, @y0)
 * to (@x1, @y1): the body of a line or bar in that colour. */
static inline guint
count_colour_in (cairo_surface_t *surface,
                 const LadderRgb *rgb,
                 int              x0,
                 int              x1,
                 int              y0,
                 int              y1)
{
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int r = (int) round (rgb->red * 255), g = (int) round (rgb->green * 255), b = (int) round (rgb->blue * 255);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (surface)); x++)
      {
        guint32 px = *(const guint32 *) (pixels + y * stride + x * 4);
        int pr = (px >> 16) & 0xff, pg = (px >> 8) & 0xff, pb = px & 0xff;

        n += abs (pr - r) <= 6 && abs (pg - g) <= 6 && abs (pb - b) <= 6;
      }
  return n;
}

