/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content page for one walkthrough step. */
#include "config.h"

#include "ladder-step-page.h"
#include "ladder-text.h"

struct _LadderStepPage
{
  AdwBin          parent_instance;

  AdwStatusPage  *status_page;
  AdwClamp       *clamp;
  GtkBox         *content_box;
  GtkWidget      *not_built_label;
  GtkButton      *previous_button;
  GtkButton      *next_button;

  LadderStep      step;
};

G_DEFINE_FINAL_TYPE (LadderStepPage, ladder_step_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_neighbour_button (GtkButton  *button,
                      gboolean    exists,
                      LadderStep  neighbour,
                      const char *format)
{
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (button), exists);
  if (!exists)
    return;
  label = g_strdup_printf (format, ladder_walkthrough_get_step (neighbour)->title);
  gtk_button_set_label (button, label);
}

static void
ladder_step_page_set_step (LadderStepPage *self,
                           LadderStep      step)
{
  const LadderStepInfo *info = ladder_walkthrough_get_step (step);
  LadderStep neighbour = step;
  gboolean exists;

  self->step = step;
  if (step == LADDER_STEP_REVIEW || step == LADDER_STEP_EVIDENCE)
    adw_clamp_set_maximum_size (self->clamp, 1600);
  adw_status_page_set_title (self->status_page, info->question);
  adw_status_page_set_description (self->status_page, info->summary);

  exists = ladder_walkthrough_previous (step, &neighbour);
  set_neighbour_button (self->previous_button, exists, neighbour, "Back to %s");
  exists = ladder_walkthrough_next (step, &neighbour);
  set_neighbour_button (self->next_button, exists, neighbour, "Next: %s");
}

static void
ladder_step_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadderStepPage *self = LADDER_STEP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_step_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadderStepPage *self = LADDER_STEP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      ladder_step_page_set_step (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_step_page_class_init (LadderStepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No dispose: the template's root is AdwBin's child, and AdwBin drops it.
   * gtk_widget_dispose_template() here would unparent it a second time. */
  object_class->get_property = ladder_step_page_get_property;
  object_class->set_property = ladder_step_page_set_property;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL,
                       0, LADDER_N_STEPS - 1, LADDER_STEP_START,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-step-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, not_built_label);
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, LadderStepPage, next_button);
}

static void
ladder_step_page_init (LadderStepPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ladder_step_page_new:
 * @step: the step the page shows
 *
 * Returns: (transfer floating): a new page.
 */
GtkWidget *
ladder_step_page_new (LadderStep step)
{
  g_return_val_if_fail (step < LADDER_N_STEPS, NULL);

  return g_object_new (LADDER_TYPE_STEP_PAGE, "step", (guint) step, NULL);
}

/**
 * ladder_step_page_get_step:
 * @self: a #LadderStepPage
 *
 * Returns: the step the page shows.
 */
LadderStep
ladder_step_page_get_step (LadderStepPage *self)
{
  g_return_val_if_fail (LADDER_IS_STEP_PAGE (self), LADDER_STEP_START);

  return self->step;
}

/**
 * ladder_step_page_set_content:
 * @self: a #LadderStepPage
 * @content: (transfer floating): what the step shows, in place of the
 *   notice that it is not built yet
 */
void
ladder_step_page_set_content (LadderStepPage *self,
                              GtkWidget      *content)
{
  g_return_if_fail (LADDER_IS_STEP_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (content));

  gtk_box_insert_child_after (self->content_box, content, self->not_built_label);
  gtk_widget_set_visible (self->not_built_label, FALSE);
}

/**
 * ladder_step_page_scroll_to_top:
 * @self: a #LadderStepPage
 *
 * Scrolls back to the page's title, as when a new assessment begins.
 */
void
ladder_step_page_scroll_to_top (LadderStepPage *self)
{
  g_return_if_fail (LADDER_IS_STEP_PAGE (self));

  for (GtkWidget *w = gtk_widget_get_parent (self->clamp == NULL ? NULL : GTK_WIDGET (self->clamp));
       w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w)), 0);
}

/**
 * ladder_step_page_focus_next:
 * @self: a #LadderStepPage
 *
 * Puts the focus on the button to the next step, in sight, as when the
 * last question on the page has been rated.
 *
 * Returns: whether the focus moved.
 */
gboolean
ladder_step_page_focus_next (LadderStepPage *self)
{
  g_return_val_if_fail (LADDER_IS_STEP_PAGE (self), FALSE);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->next_button)) ||
      !gtk_widget_grab_focus (GTK_WIDGET (self->next_button)))
    return FALSE;
  ladder_text_scroll_to_reading_place (GTK_WIDGET (self->next_button));
  return TRUE;
}
