/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A sidebar row for one walkthrough step. */
#include "config.h"

#include "ladder-step-row.h"

struct _LadderStepRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *number_label;
  GtkLabel      *title_label;

  LadderStep     step;
};

G_DEFINE_FINAL_TYPE (LadderStepRow, ladder_step_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_step_row_set_step (LadderStepRow *self,
                          LadderStep     step)
{
  const LadderStepInfo *info = ladder_walkthrough_get_step (step);
  g_autofree char *number = g_strdup_printf ("%u", (guint) step + 1);

  self->step = step;
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, info->title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), info->question);
  /* The number is decoration for sighted users; a screen reader hears the
   * title as the name and the step's question as its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, info->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, info->question,
                                  -1);
}

static void
ladder_step_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadderStepRow *self = LADDER_STEP_ROW (object);

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
ladder_step_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadderStepRow *self = LADDER_STEP_ROW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      ladder_step_row_set_step (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_step_row_class_init (LadderStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ladder_step_row_get_property;
  object_class->set_property = ladder_step_row_set_property;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL,
                       0, LADDER_N_STEPS - 1, LADDER_STEP_START,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderStepRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, LadderStepRow, title_label);
}

static void
ladder_step_row_init (LadderStepRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ladder_step_row_new:
 * @step: the walkthrough step the row stands for
 *
 * Returns: (transfer floating): a new row.
 */
GtkWidget *
ladder_step_row_new (LadderStep step)
{
  g_return_val_if_fail (step < LADDER_N_STEPS, NULL);

  return g_object_new (LADDER_TYPE_STEP_ROW, "step", (guint) step, NULL);
}

/**
 * ladder_step_row_get_step:
 * @self: a #LadderStepRow
 *
 * Returns: the step the row stands for.
 */
LadderStep
ladder_step_row_get_step (LadderStepRow *self)
{
  g_return_val_if_fail (LADDER_IS_STEP_ROW (self), LADDER_STEP_START);

  return self->step;
}
