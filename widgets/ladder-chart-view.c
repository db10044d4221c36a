/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart as a widget: the painter's drawing, cached, with a crosshair
 * (trend, distribution) or a highlighted row (bars, scorecard) and a
 * tooltip under the pointer, and a point the keyboard moves.
 *
 * The painter runs only when the figures, the series shown, the size or
 * the colours change; the drawing is kept as a render node and the
 * highlight is drawn over it, so moving the pointer costs a rectangle.
 * The arrow keys (Home, End) move between points: periods, bars, councils
 * or rows. Each move renames the chart for screen readers with everything
 * at that point, which GTK 4.8 reads out for the focused widget. The
 * accessible description is the summary sentence. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-chart-view.h"

struct _LadderChartView
{
  GtkWidget          parent_instance;

  LadderChart       *chart;
  GskRenderNode     *cache;
  int                cache_width;
  int                cache_height;
  gboolean           cache_dark;
  int                point;          /* the point under the pointer or keyboard, or -1 */
  char              *announcement;
  guint              n_paints;
};

G_DEFINE_FINAL_TYPE (LadderChartView, ladder_chart_view, GTK_TYPE_WIDGET)

/**
 * ladder_chart_view_widget_is_dark:
 * @widget: any widget
 * @ink: (out): its text colour
 *
 * Returns: whether the widget is drawn light on dark, so that a painter
 *   can pick the matching palette.
 */
gboolean
ladder_chart_view_widget_is_dark (GtkWidget *widget,
                                  GdkRGBA   *ink)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* Light text means a dark background. */
  return 0.2126 * ink->red + 0.7152 * ink->green + 0.0722 * ink->blue > 0.5;
}

static void
invalidate (LadderChartView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (LadderChartView *self)
{
  const char *summary = self->chart != NULL ? ladder_chart_get_summary (self->chart) : "No figures.";
  const char *label = self->chart != NULL ? ladder_chart_get_title (self->chart) : "Chart";

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->announcement != NULL ? self->announcement : label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
set_point (LadderChartView *self,
           int              point)
{
  if (self->chart == NULL || ladder_chart_get_n_items (self->chart) == 0)
    return;
  point = CLAMP (point, 0, (int) ladder_chart_get_n_items (self->chart) - 1);
  if (point == self->point && self->announcement != NULL)
    return;
  self->point = point;
  g_free (self->announcement);
  self->announcement = ladder_chart_describe_item (self->chart, point);
  update_accessible (self);
  /* Only the crosshair changes: the cached drawing stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderChartView *self = LADDER_CHART_VIEW (widget);
  int step = g_variant_get_int32 (parameter);
  int last = self->chart != NULL ? (int) ladder_chart_get_n_items (self->chart) - 1 : 0;

  if (step == G_MININT32)
    set_point (self, 0);
  else if (step == G_MAXINT32)
    set_point (self, last);
  else
    set_point (self, self->point < 0 ? (step > 0 ? 0 : last) : self->point + step);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LadderChartView          *self)
{
  int point = self->chart != NULL ? ladder_chart_item_at (self->chart, x, y) : -1;

  if (point >= 0)
    set_point (self, point);
}

static gboolean
ladder_chart_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  LadderChartView *self = LADDER_CHART_VIEW (widget);
  int point;
  g_autofree char *text = NULL;

  if (self->chart == NULL)
    return FALSE;
  point = keyboard ? self->point : ladder_chart_item_at (self->chart, x, y);
  if (point < 0)
    return FALSE;
  text = ladder_chart_describe_item (self->chart, point);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ladder_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LadderChartView *self = LADDER_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA ink;
  gboolean dark = ladder_chart_view_widget_is_dark (widget, &ink);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  if (self->cache == NULL || self->cache_width != width || self->cache_height != height || self->cache_dark != dark)
    {
      LadderChartStyle style;
      cairo_t *cr;

      g_clear_pointer (&self->cache, gsk_render_node_unref);
      self->cache = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->cache);
      ladder_chart_style_init (&style, dark);
      ladder_chart_paint (self->chart, cr, width, height, &style);
      cairo_destroy (cr);
      self->cache_width = width;
      self->cache_height = height;
      self->cache_dark = dark;
      self->n_paints++;
    }
  gtk_snapshot_append_node (snapshot, self->cache);

  if (self->point >= 0)
    {
      double x, y, w, h;

      if (ladder_chart_get_item_box (self->chart, self->point, &x, &y, &w, &h))
        {
          /* A line across a trend or distribution; a shaded, outlined row
           * for bars and the scorecard. */
          if (w <= 1)
            {
              ink.alpha = 0.6;
              gtk_snapshot_append_color (snapshot, &ink, &GRAPHENE_RECT_INIT (x, y, w, h));
            }
          else
            {
              GskRoundedRect outline;
              GdkRGBA colours[4];

              ink.alpha = 0.08;
              gtk_snapshot_append_color (snapshot, &ink, &GRAPHENE_RECT_INIT (x, y, w, h));
              ink.alpha = 0.7;
              for (guint i = 0; i < 4; i++)
                colours[i] = ink;
              gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, w, h), 0);
              gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 }, colours);
            }
        }
    }
}

static void
ladder_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LadderChartView *self = LADDER_CHART_VIEW (widget);
  guint n = self->chart != NULL ? ladder_chart_get_n_items (self->chart) : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 720;
      return;
    }
  /* Bars and rows need room to read; a trend or distribution a shape. */
  switch (self->chart != NULL ? ladder_chart_get_kind (self->chart) : LADDER_CHART_TREND)
    {
    case LADDER_CHART_NEIGHBOURS:
      *minimum = *natural = 40 + 26 * MAX (n, 1);
      break;
    case LADDER_CHART_SCORECARD:
      /* As tall as its rows need to be legible: the page scrolls. */
      *minimum = (int) ceil (ladder_chart_get_height (self->chart, 0));
      *natural = MAX (*minimum, (int) (24 * (n + 1.5)));
      break;
    case LADDER_CHART_DISTRIBUTION:
      *minimum = 220;
      *natural = 320;
      break;
    case LADDER_CHART_TREND:
    default:
      *minimum = 200;
      *natural = 360;
      break;
    }
}

static void
ladder_chart_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ladder_chart_view_parent_class)->css_changed (widget, change);
  /* Light or dark may have changed. */
  invalidate (LADDER_CHART_VIEW (widget));
}

static void
ladder_chart_view_finalize (GObject *object)
{
  LadderChartView *self = LADDER_CHART_VIEW (object);

  g_clear_pointer (&self->chart, ladder_chart_free);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_free (self->announcement);

  G_OBJECT_CLASS (ladder_chart_view_parent_class)->finalize (object);
}

static void
ladder_chart_view_class_init (LadderChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ladder_chart_view_finalize;
  widget_class->snapshot = ladder_chart_view_snapshot;
  widget_class->measure = ladder_chart_view_measure;
  widget_class->query_tooltip = ladder_chart_view_query_tooltip;
  widget_class->css_changed = ladder_chart_view_css_changed;

  gtk_widget_class_install_action (widget_class, "chart.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move", "i", G_MININT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move", "i", G_MAXINT32);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
ladder_chart_view_init (LadderChartView *self)
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
ladder_chart_view_new (void)
{
  return g_object_new (LADDER_TYPE_CHART_VIEW, NULL);
}

/**
 * ladder_chart_view_set_chart:
 * @self: the view
 * @chart: (transfer full) (nullable): the chart to show
 */
void
ladder_chart_view_set_chart (LadderChartView *self,
                             LadderChart     *chart)
{
  g_return_if_fail (LADDER_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, ladder_chart_free);
  self->chart = chart;
  self->point = -1;
  g_clear_pointer (&self->announcement, g_free);
  update_accessible (self);
  invalidate (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * ladder_chart_view_get_chart:
 * @self: the view
 *
 * Returns: (transfer none) (nullable): the chart on show.
 */
LadderChart *
ladder_chart_view_get_chart (LadderChartView *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/**
 * ladder_chart_view_set_trend_options:
 * @self: the view of a trend
 * @options: series hidden, fitted axis, each neighbour's line
 */
void
ladder_chart_view_set_trend_options (LadderChartView          *self,
                                     const LadderTrendOptions *options)
{
  LadderTrendOptions old;

  g_return_if_fail (LADDER_IS_CHART_VIEW (self));

  if (self->chart == NULL)
    return;
  ladder_chart_get_trend_options (self->chart, &old);
  if (memcmp (&old, options, sizeof old) == 0)
    return;
  ladder_chart_set_trend_options (self->chart, options);
  /* What the point says depends on the series shown. */
  if (self->point >= 0)
    {
      g_free (self->announcement);
      self->announcement = ladder_chart_describe_item (self->chart, self->point);
      update_accessible (self);
    }
  invalidate (self);
}

/**
 * ladder_chart_view_get_point:
 * @self: the chart
 *
 * Returns: the period under the pointer or the keyboard, or -1.
 */
int
ladder_chart_view_get_point (LadderChartView *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_VIEW (self), -1);
  return self->point;
}

/**
 * ladder_chart_view_get_announcement:
 * @self: the chart
 *
 * Returns: (nullable): what the chart last told a screen reader about the
 *   point the keyboard moved to.
 */
const char *
ladder_chart_view_get_announcement (LadderChartView *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_VIEW (self), NULL);
  return self->announcement;
}

/**
 * ladder_chart_view_get_n_paints:
 * @self: the chart
 *
 * Returns: how many times the painter has run: hovering must not add to it.
 */
guint
ladder_chart_view_get_n_paints (LadderChartView *self)
{
  g_return_val_if_fail (LADDER_IS_CHART_VIEW (self), 0);
  return self->n_paints;
}
