/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The trend chart as a widget: the painter's drawing, cached, with a
 * crosshair and tooltip under the pointer and a point the keyboard moves.
 *
 * The painter runs only when the figures, the series shown, the size or
 * the colours change; the drawing is kept as a render node and the
 * crosshair is drawn over it, so moving the pointer costs a rectangle.
 * Left and Right (Home, End) move between periods; each move renames the
 * chart for screen readers with every figure at that period, which GTK 4.8
 * reads out for the focused widget. The accessible description is the
 * summary sentence. */
#include "config.h"

#include <math.h>

#include "ladder-trend-view.h"

struct _LadderTrendView
{
  GtkWidget          parent_instance;

  LadderTrendData   *data;
  LadderTrendOptions options;
  GskRenderNode     *cache;
  int                cache_width;
  int                cache_height;
  gboolean           cache_dark;
  LadderChartFrame   frame;
  int                point;          /* the period under the pointer or keyboard, or -1 */
  char              *announcement;
  guint              n_paints;
};

G_DEFINE_FINAL_TYPE (LadderTrendView, ladder_trend_view, GTK_TYPE_WIDGET)

static gboolean
is_dark (GtkWidget *widget,
         GdkRGBA   *ink)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* Light text means a dark background. */
  return 0.2126 * ink->red + 0.7152 * ink->green + 0.0722 * ink->blue > 0.5;
}

static void
invalidate (LadderTrendView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (LadderTrendView *self)
{
  g_autofree char *summary = self->data != NULL ? ladder_trend_data_summary (self->data) : g_strdup ("No figures.");
  g_autofree char *label = self->data != NULL
    ? g_strdup_printf ("Trend chart: %s", self->data->measure_name) : g_strdup ("Trend chart");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->announcement != NULL ? self->announcement : label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
set_point (LadderTrendView *self,
           int              point)
{
  if (self->data == NULL || self->data->n_points == 0)
    return;
  point = CLAMP (point, 0, (int) self->data->n_points - 1);
  if (point == self->point && self->announcement != NULL)
    return;
  self->point = point;
  g_free (self->announcement);
  self->announcement = ladder_trend_view_describe_point (self, point);
  update_accessible (self);
  /* Only the crosshair changes: the cached drawing stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderTrendView *self = LADDER_TREND_VIEW (widget);
  int step = g_variant_get_int32 (parameter);
  int last = self->data != NULL ? (int) self->data->n_points - 1 : 0;

  if (step == G_MININT32)
    set_point (self, 0);
  else if (step == G_MAXINT32)
    set_point (self, last);
  else
    set_point (self, self->point < 0 ? (step > 0 ? 0 : last) : self->point + step);
}

static int
nearest_point (LadderTrendView *self,
               double           x)
{
  int best = -1;
  double distance = INFINITY;

  for (guint i = 0; self->data != NULL && i < self->data->n_points; i++)
    {
      double d = fabs (ladder_chart_frame_to_x (&self->frame, self->data->points[i].x) - x);

      if (d < distance)
        {
          distance = d;
          best = (int) i;
        }
    }
  return best;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LadderTrendView          *self)
{
  int point = nearest_point (self, x);

  if (point >= 0)
    set_point (self, point);
}

static gboolean
ladder_trend_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  LadderTrendView *self = LADDER_TREND_VIEW (widget);
  int point = keyboard ? self->point : nearest_point (self, x);
  g_autofree char *text = NULL;

  if (point < 0)
    return FALSE;
  text = ladder_trend_view_describe_point (self, point);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ladder_trend_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LadderTrendView *self = LADDER_TREND_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA ink;
  gboolean dark = is_dark (widget, &ink);

  if (self->data == NULL || width <= 0 || height <= 0)
    return;
  if (self->cache == NULL || self->cache_width != width || self->cache_height != height || self->cache_dark != dark)
    {
      LadderChartStyle style;
      cairo_t *cr;

      g_clear_pointer (&self->cache, gsk_render_node_unref);
      self->cache = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->cache);
      ladder_chart_style_init (&style, dark);
      ladder_paint_trend (cr, width, height, self->data, &style, &self->options, &self->frame);
      cairo_destroy (cr);
      self->cache_width = width;
      self->cache_height = height;
      self->cache_dark = dark;
      self->n_paints++;
    }
  gtk_snapshot_append_node (snapshot, self->cache);

  if (self->point >= 0)
    {
      double x = ladder_chart_frame_to_x (&self->frame, self->data->points[self->point].x);

      ink.alpha = 0.6;
      gtk_snapshot_append_color (snapshot, &ink,
                                 &GRAPHENE_RECT_INIT (x - 0.5, self->frame.top, 1, self->frame.height));
    }
}

static void
ladder_trend_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 720 : 360;
}

static void
ladder_trend_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ladder_trend_view_parent_class)->css_changed (widget, change);
  /* Light or dark may have changed. */
  invalidate (LADDER_TREND_VIEW (widget));
}

static void
ladder_trend_view_finalize (GObject *object)
{
  LadderTrendView *self = LADDER_TREND_VIEW (object);

  g_clear_pointer (&self->data, ladder_trend_data_free);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_free (self->announcement);

  G_OBJECT_CLASS (ladder_trend_view_parent_class)->finalize (object);
}

static void
ladder_trend_view_class_init (LadderTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ladder_trend_view_finalize;
  widget_class->snapshot = ladder_trend_view_snapshot;
  widget_class->measure = ladder_trend_view_measure;
  widget_class->query_tooltip = ladder_trend_view_query_tooltip;
  widget_class->css_changed = ladder_trend_view_css_changed;

  gtk_widget_class_install_action (widget_class, "chart.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move", "i", G_MININT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move", "i", G_MAXINT32);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "trend-chart");
}

static void
ladder_trend_view_init (LadderTrendView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->point = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  update_accessible (self);
}

GtkWidget *
ladder_trend_view_new (void)
{
  return g_object_new (LADDER_TYPE_TREND_VIEW, NULL);
}

/**
 * ladder_trend_view_set_data:
 * @self: the chart
 * @data: (transfer full) (nullable): the figures to show
 */
void
ladder_trend_view_set_data (LadderTrendView *self,
                            LadderTrendData *data)
{
  g_return_if_fail (LADDER_IS_TREND_VIEW (self));

  g_clear_pointer (&self->data, ladder_trend_data_free);
  self->data = data;
  self->point = -1;
  g_clear_pointer (&self->announcement, g_free);
  update_accessible (self);
  invalidate (self);
}

/**
 * ladder_trend_view_set_hidden:
 * @self: the chart
 * @hidden: a bit per #LadderSeries not to draw
 */
void
ladder_trend_view_set_hidden (LadderTrendView *self,
                              guint            hidden)
{
  g_return_if_fail (LADDER_IS_TREND_VIEW (self));

  if (self->options.hidden == hidden)
    return;
  self->options.hidden = hidden;
  invalidate (self);
}

/**
 * ladder_trend_view_get_point:
 * @self: the chart
 *
 * Returns: the period under the pointer or the keyboard, or -1.
 */
int
ladder_trend_view_get_point (LadderTrendView *self)
{
  g_return_val_if_fail (LADDER_IS_TREND_VIEW (self), -1);
  return self->point;
}

/**
 * ladder_trend_view_describe_point:
 * @self: the chart
 * @index: a period
 *
 * Returns: (transfer full): every series' figure at that period, with why
 *   a figure is missing and whether it is provisional or revised.
 */
char *
ladder_trend_view_describe_point (LadderTrendView *self,
                                  guint            index)
{
  const LadderTrendPoint *point;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (LADDER_IS_TREND_VIEW (self), NULL);
  g_return_val_if_fail (self->data != NULL && index < self->data->n_points, NULL);

  point = &self->data->points[index];
  g_string_append_printf (out, "%s%s%s", point->label,
                          point->flags & LADDER_PERIOD_PROVISIONAL ? ", provisional" : "",
                          point->flags & LADDER_PERIOD_REVISED ? ", revised" : "");
  for (guint s = 0; s < LADDER_N_SERIES; s++)
    {
      g_autofree char *value = ladder_trend_data_format (self->data, point->values[s]);

      if (self->options.hidden & (1u << s))
        continue;
      g_string_append_printf (out, "; %s %s", ladder_series_get_name (self->data, s), value);
      if (s == LADDER_SERIES_COUNCIL && isnan (point->values[s]))
        g_string_append_printf (out, " (%s)", ladder_cell_state_to_string (point->council_state));
      if (s == LADDER_SERIES_NEIGHBOURS && !isnan (point->values[s]))
        g_string_append_printf (out, " (%u of %u reporting)", point->n_reporting, point->n_neighbours);
    }
  g_string_append (out, ".");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ladder_trend_view_get_announcement:
 * @self: the chart
 *
 * Returns: (nullable): what the chart last told a screen reader about the
 *   point the keyboard moved to.
 */
const char *
ladder_trend_view_get_announcement (LadderTrendView *self)
{
  g_return_val_if_fail (LADDER_IS_TREND_VIEW (self), NULL);
  return self->announcement;
}

/**
 * ladder_trend_view_get_n_paints:
 * @self: the chart
 *
 * Returns: how many times the painter has run: hovering must not add to it.
 */
guint
ladder_trend_view_get_n_paints (LadderTrendView *self)
{
  g_return_val_if_fail (LADDER_IS_TREND_VIEW (self), 0);
  return self->n_paints;
}
