/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the walkthrough sidebar and the page for the current step. */
#include "config.h"

#include "ladder-step-page.h"
#include "ladder-step-row.h"
#include "ladder-walkthrough.h"
#include "ladder-window.h"

/* The welcome page is shown until the user picks a step. */
#define NO_STEP (-1)

struct _LadderWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  GtkListBox           *step_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkWidget            *begin_button;
  GtkStack             *stack;
  AdwToastOverlay      *toast_overlay;

  GSettings            *settings;
  GtkWidget            *rows[LADDER_N_STEPS];
  GtkWidget            *pages[LADDER_N_STEPS];
  int                   current_step;
};

G_DEFINE_FINAL_TYPE (LadderWindow, ladder_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_CURRENT_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Menu items for features that do not exist yet stay visible but disabled,
 * so the menu shows what is coming without pretending it works. */
static const char * const unbuilt_actions[] = {
  "open", "save", "save-as", "import-data", "export-paper",
};

static void
set_action_enabled (LadderWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_navigation_actions (LadderWindow *self)
{
  set_action_enabled (self, "previous-step", self->current_step > LADDER_STEP_START);
  set_action_enabled (self, "next-step", self->current_step < LADDER_N_STEPS - 1);
}

static void
show_step (LadderWindow *self,
           int           step)
{
  gboolean focus_was_in_page;
  GtkWidget *focus;

  if (step == self->current_step)
    return;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  focus_was_in_page = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack));
  self->current_step = step;

  if (step == NO_STEP)
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      gtk_list_box_unselect_all (self->step_list);
      adw_window_title_set_title (self->content_title, "Welcome");
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
  else
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (step);
      g_autofree char *subtitle = g_strdup_printf ("Step %d of %d", step + 1, LADDER_N_STEPS);

      gtk_stack_set_visible_child (self->stack, self->pages[step]);
      gtk_list_box_select_row (self->step_list, GTK_LIST_BOX_ROW (self->rows[step]));
      adw_window_title_set_title (self->content_title, info->title);
      adw_window_title_set_subtitle (self->content_title, subtitle);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child (self->leaflet, self->content_box);
      /* Buttons on the old page vanish with it; keep the keyboard user on
       * the page they moved to rather than dropping focus to the window. */
      if (focus_was_in_page)
        gtk_widget_child_focus (self->pages[step], GTK_DIR_TAB_FORWARD);
    }

  update_navigation_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
}

static void
show_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LadderWindow *self = user_data;
  const LadderStepInfo *info = ladder_walkthrough_find_step (g_variant_get_string (parameter, NULL));

  if (info == NULL)
    {
      g_warning ("No walkthrough step is called '%s'", g_variant_get_string (parameter, NULL));
      return;
    }
  show_step (self, info->step);
}

static void
next_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderStep next;

  if (self->current_step == NO_STEP)
    show_step (self, LADDER_STEP_START);
  else if (ladder_walkthrough_next (self->current_step, &next))
    show_step (self, next);
}

static void
previous_step_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderStep previous;

  if (self->current_step != NO_STEP &&
      ladder_walkthrough_previous (self->current_step, &previous))
    show_step (self, previous);
}

static const GActionEntry window_actions[] = {
  { .name = "open" },
  { .name = "save" },
  { .name = "save-as" },
  { .name = "import-data" },
  { .name = "export-paper" },
  { .name = "show-step", .activate = show_step_action, .parameter_type = "s" },
  { .name = "next-step", .activate = next_step_action },
  { .name = "previous-step", .activate = previous_step_action },
};

static void
step_list_row_activated_cb (LadderWindow  *self,
                            GtkListBoxRow *row)
{
  LadderStep step = ladder_step_row_get_step (LADDER_STEP_ROW (row));

  /* Re-activating the current row still matters when folded: it is how a
   * narrow window gets back from the list to the page. */
  if ((int) step == self->current_step && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  show_step (self, step);
}

static void
back_button_clicked_cb (LadderWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_window_state (LadderWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (LadderWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximised size, which is what should come
   * back when the window is next opened and unmaximised. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
ladder_window_close_request (GtkWindow *window)
{
  save_window_state (LADDER_WINDOW (window));

  return GTK_WINDOW_CLASS (ladder_window_parent_class)->close_request (window);
}

static void
ladder_window_constructed (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);

  G_OBJECT_CLASS (ladder_window_parent_class)->constructed (object);

  restore_window_state (self);
}

static void
ladder_window_dispose (GObject *object)
{
  LadderWindow *self = LADDER_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ladder_window_parent_class)->dispose (object);
}

static void
ladder_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CURRENT_STEP:
      g_value_set_string (value, ladder_window_get_current_step (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadderWindow *self = LADDER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CURRENT_STEP:
      ladder_window_set_current_step (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_window_class_init (LadderWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ladder_window_constructed;
  object_class->dispose = ladder_window_dispose;
  object_class->get_property = ladder_window_get_property;
  object_class->set_property = ladder_window_set_property;
  window_class->close_request = ladder_window_close_request;

  /**
   * LadderWindow:settings:
   *
   * Where the window remembers its size; %NULL when the settings schema is
   * not installed, in which case nothing is remembered.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LadderWindow:current-step:
   *
   * The identifier of the step on show, or %NULL on the welcome page.
   */
  properties[PROP_CURRENT_STEP] =
    g_param_spec_string ("current-step", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_STEP_PAGE);
  g_type_ensure (LADDER_TYPE_STEP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ladder-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, step_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, begin_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, step_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);
}

static void
ladder_window_init (LadderWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current_step = NO_STEP;

  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);

      self->rows[i] = ladder_step_row_new (i);
      gtk_list_box_append (self->step_list, self->rows[i]);
      self->pages[i] = ladder_step_page_new (i);
      gtk_stack_add_titled (self->stack, self->pages[i], info->id, info->title);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (unbuilt_actions); i++)
    set_action_enabled (self, unbuilt_actions[i], FALSE);
  update_navigation_actions (self);

  /* Only now is the welcome button's action there to make it sensitive,
   * and an insensitive widget cannot take the focus. */
  gtk_window_set_focus (GTK_WINDOW (self), self->begin_button);
}

/**
 * ladder_window_new:
 * @application: the application
 * @settings: (nullable): where to remember the window's size
 *
 * Returns: (transfer full): a new window.
 */
LadderWindow *
ladder_window_new (GtkApplication *application,
                   GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (LADDER_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * ladder_window_get_current_step:
 * @self: a #LadderWindow
 *
 * Returns: (nullable): the identifier of the step on show, or %NULL when the
 *   welcome page is on show.
 */
const char *
ladder_window_get_current_step (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  if (self->current_step == NO_STEP)
    return NULL;
  return ladder_walkthrough_get_step (self->current_step)->id;
}

/**
 * ladder_window_set_current_step:
 * @self: a #LadderWindow
 * @step_id: (nullable): a step identifier, or %NULL for the welcome page
 *
 * Shows a step. An unknown identifier is a programming error.
 */
void
ladder_window_set_current_step (LadderWindow *self,
                                const char   *step_id)
{
  const LadderStepInfo *info;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (step_id == NULL)
    {
      show_step (self, NO_STEP);
      return;
    }
  info = ladder_walkthrough_find_step (step_id);
  g_return_if_fail (info != NULL);
  show_step (self, info->step);
}

/**
 * ladder_window_add_toast:
 * @self: a #LadderWindow
 * @message: what happened, in a short sentence
 *
 * Tells the user about something that happened without interrupting them.
 */
void
ladder_window_add_toast (LadderWindow *self,
                         const char   *message)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
