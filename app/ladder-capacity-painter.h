/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ladder of the three capacities, drawn with cairo and pango, for the
 * window and the board paper alike. */
#pragma once

#include <cairo.h>

#include "ladder-rules.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} LadderRgb;

typedef struct
{
  LadderRgb ink;                   /* rails, outlines and text */
  LadderRgb fill;                  /* a rung that is in place */
  const char *font_family;         /* NULL for the default sans */
} LadderLadderStyle;

void  ladder_paint_capacity_ladder      (cairo_t                 *cr,
                                         double                   width,
                                         double                   height,
                                         const LadderLevel        levels[3],
                                         const LadderLadderStyle *style);
char *ladder_capacity_ladder_describe   (const LadderLevel        levels[3]);
void  ladder_paint_capacity_ladder_scored (cairo_t                 *cr,
                                           double                   width,
                                           double                   height,
                                           const LadderLevel        levels[3],
                                           const double            *scores,
                                           const LadderLadderStyle *style);
char *ladder_capacity_ladder_describe_scored (const LadderLevel     levels[3],
                                              const double         *scores);

G_END_DECLS
