/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ladder of the three capacities as a widget, with a text equivalent. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-capacity-ladder.h"
#include "ladder-capacity-painter.h"

struct _LadderCapacityLadder
{
  GtkWidget    parent_instance;

  LadderLevel  levels[3];
  double       scores[3];
  char        *description;
};

G_DEFINE_FINAL_TYPE (LadderCapacityLadder, ladder_capacity_ladder, GTK_TYPE_WIDGET)

static void
update_description (LadderCapacityLadder *self)
{
  g_free (self->description);
  self->description = ladder_capacity_ladder_describe_scored (self->levels, self->scores);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Ladder of capacities",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
}

static void
ladder_capacity_ladder_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  LadderCapacityLadder *self = LADDER_CAPACITY_LADDER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  LadderLadderStyle style = { { 0 } };
  GdkRGBA ink;
  cairo_t *cr;

  /* Drawn in the text colour (filled rungs at half strength), so it reads
   * on light and dark backgrounds alike. */
  gtk_style_context_get_color (context, &ink);
  style.ink = (LadderRgb) { ink.red, ink.green, ink.blue };
  style.fill = style.ink;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ladder_paint_capacity_ladder_scored (cr, width, height, self->levels, self->scores, &style);
  cairo_destroy (cr);
}

static void
ladder_capacity_ladder_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 420;
    }
  else
    {
      *minimum = 150;
      *natural = 170;
    }
}

static void
ladder_capacity_ladder_finalize (GObject *object)
{
  LadderCapacityLadder *self = LADDER_CAPACITY_LADDER (object);

  g_free (self->description);

  G_OBJECT_CLASS (ladder_capacity_ladder_parent_class)->finalize (object);
}

static void
ladder_capacity_ladder_class_init (LadderCapacityLadderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ladder_capacity_ladder_finalize;
  widget_class->snapshot = ladder_capacity_ladder_snapshot;
  widget_class->measure = ladder_capacity_ladder_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "capacity-ladder");
}

static void
ladder_capacity_ladder_init (LadderCapacityLadder *self)
{
  for (guint i = 0; i < 3; i++)
    self->scores[i] = NAN;
  update_description (self);
}

GtkWidget *
ladder_capacity_ladder_new (void)
{
  return g_object_new (LADDER_TYPE_CAPACITY_LADDER, NULL);
}

/**
 * ladder_capacity_ladder_set_levels:
 * @self: a ladder
 * @levels: the level of each capacity
 */
void
ladder_capacity_ladder_set_levels (LadderCapacityLadder *self,
                                   const LadderLevel     levels[3])
{
  g_return_if_fail (LADDER_IS_CAPACITY_LADDER (self));

  if (memcmp (self->levels, levels, sizeof self->levels) == 0)
    return;
  memcpy (self->levels, levels, sizeof self->levels);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ladder_capacity_ladder_set_scores:
 * @self: a ladder
 * @scores: (array fixed-size=3): each capacity's score from 1 to 4, or NAN
 *
 * Marks where within its level each capacity's score sits.
 */
void
ladder_capacity_ladder_set_scores (LadderCapacityLadder *self,
                                   const double          scores[3])
{
  g_return_if_fail (LADDER_IS_CAPACITY_LADDER (self));

  memcpy (self->scores, scores, sizeof self->scores);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ladder_capacity_ladder_get_description:
 * @self: a ladder
 *
 * Returns: what the ladder shows, in words.
 */
const char *
ladder_capacity_ladder_get_description (LadderCapacityLadder *self)
{
  g_return_val_if_fail (LADDER_IS_CAPACITY_LADDER (self), NULL);
  return self->description;
}
