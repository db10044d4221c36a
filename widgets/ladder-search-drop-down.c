/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A drop-down whose list is searched by any word or part of a word.
 *
 * GTK 4.8's GtkDropDown matches only the start of an item's text, so
 * "turnover" never finds "Social worker turnover rate". This shows the
 * chosen item on a button that opens a popover: a search entry, which has
 * the focus, above the list filtered by ladder_search_words_match() on a
 * folded text of each item's own (a council's number and code as well as
 * its name). */
#include "config.h"

#include "ladder-search.h"
#include "ladder-search-drop-down.h"
#include "ladder-text.h"

struct _LadderSearchDropDown
{
  GtkWidget           parent_instance;

  GtkWidget          *button;
  GtkLabel           *button_label;
  GtkWidget          *popover;
  GtkSearchEntry     *entry;
  GtkListView        *list;
  GtkWidget          *scrolled;
  GtkWidget          *no_matches;

  GtkStringList      *items;
  GPtrArray          *search_texts;  /* folded, parallel to items */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GStrv               words;         /* what the entry holds, folded */
  char               *name;
  guint               selected;
};

G_DEFINE_FINAL_TYPE (LadderSearchDropDown, ladder_search_drop_down, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Each item knows its place in the unfiltered list, which the filter and
 * the list's activation need. */
static GQuark position_quark;

static guint
item_position (gpointer item)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (item, position_quark)) - 1;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  LadderSearchDropDown *self = user_data;
  guint position = item_position (item);

  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;
  return position < self->search_texts->len &&
         ladder_search_words_match ((const char * const *) self->words, self->search_texts->pdata[position]);
}

static void
update_button (LadderSearchDropDown *self)
{
  const char *label = ladder_search_drop_down_get_label (self, self->selected);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (self->button_label, label != NULL ? label : "");
  gtk_widget_set_tooltip_text (self->button, label);
  /* The button is what takes the focus: a screen reader says what it
   * chooses and what is chosen, not "GtkToggleButton". */
  if (self->name != NULL && label != NULL)
    accessible = g_strdup_printf ("%s: %s", self->name, label);
  else
    accessible = g_strdup (self->name != NULL ? self->name : label != NULL ? label : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
filtered_changed_cb (LadderSearchDropDown *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0;

  gtk_widget_set_visible (self->scrolled, any);
  gtk_widget_set_visible (self->no_matches, !any);
}

/* The highlighted row is what Enter takes: the first match, or with
 * nothing typed the item already chosen. With nothing typed every item
 * passes, so its position in the list is its position among all items. */
static void
search_changed_cb (LadderSearchDropDown *self)
{
  g_strfreev (self->words);
  self->words = ladder_search_words (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_single_selection_set_selected (self->selection, self->words[0] != NULL ? 0 : self->selected);
}

static void
choose (LadderSearchDropDown *self,
        guint                 filtered_position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), filtered_position);

  if (item == NULL)
    return;
  ladder_search_drop_down_set_selected (self, item_position (item));
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
entry_activate_cb (LadderSearchDropDown *self)
{
  guint highlighted = gtk_single_selection_get_selected (self->selection);

  choose (self, highlighted != GTK_INVALID_LIST_POSITION ? highlighted : 0);
}

static void
list_activate_cb (GtkListView          *list,
                  guint                 position,
                  LadderSearchDropDown *self)
{
  choose (self, position);
}

static void
stop_search_cb (LadderSearchDropDown *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Down from the entry moves into the list, at its first match; scrolling
 * to a row is also how GTK 4.8's list learns which row to focus. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      LadderSearchDropDown  *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", 0);
  return gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static void
popup (LadderSearchDropDown *self)
{
  /* Every item is offered again, the chosen one highlighted. */
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  search_changed_cb (self);
  if (self->selected != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", self->selected);
  gtk_widget_set_size_request (self->popover, gtk_widget_get_width (GTK_WIDGET (self)), -1);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
button_toggled_cb (LadderSearchDropDown *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->button));

  if (active && !gtk_widget_get_visible (self->popover))
    popup (self);
  else if (!active && gtk_widget_get_visible (self->popover))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
popover_closed_cb (LadderSearchDropDown *self)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), FALSE);
  gtk_widget_grab_focus (self->button);
}

static void
ladder_search_drop_down_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (widget);

  gtk_widget_measure (self->button, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
ladder_search_drop_down_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (widget);

  gtk_widget_size_allocate (self->button, &(GtkAllocation) { 0, 0, width, height }, baseline);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
ladder_search_drop_down_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (LADDER_SEARCH_DROP_DOWN (widget)->button);
}

/* A mnemonic label opens the list, as it does a GtkDropDown's. */
static gboolean
ladder_search_drop_down_mnemonic_activate (GtkWidget *widget,
                                           gboolean   group_cycling)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (widget);

  if (!gtk_widget_is_sensitive (widget))
    return FALSE;
  gtk_widget_grab_focus (self->button);
  if (!group_cycling)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), TRUE);
  return TRUE;
}

static void
ladder_search_drop_down_dispose (GObject *object)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (object);

  if (self->popover != NULL)
    g_signal_handlers_disconnect_by_data (self->popover, self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (ladder_search_drop_down_parent_class)->dispose (object);
}

static void
ladder_search_drop_down_finalize (GObject *object)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (object);

  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ladder_search_drop_down_parent_class)->finalize (object);
}

static void
ladder_search_drop_down_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_search_drop_down_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LadderSearchDropDown *self = LADDER_SEARCH_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      ladder_search_drop_down_set_selected (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_search_drop_down_class_init (LadderSearchDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_search_drop_down_dispose;
  object_class->finalize = ladder_search_drop_down_finalize;
  object_class->get_property = ladder_search_drop_down_get_property;
  object_class->set_property = ladder_search_drop_down_set_property;
  widget_class->measure = ladder_search_drop_down_measure;
  widget_class->size_allocate = ladder_search_drop_down_size_allocate;
  widget_class->grab_focus = ladder_search_drop_down_grab_focus;
  widget_class->mnemonic_activate = ladder_search_drop_down_mnemonic_activate;

  /**
   * LadderSearchDropDown:selected:
   *
   * The position of the chosen item among all the items, or
   * %GTK_INVALID_LIST_POSITION.
   */
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "dropdown");
  position_quark = g_quark_from_static_string ("ladder-search-drop-down-position");
}

static void
ladder_search_drop_down_init (LadderSearchDropDown *self)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = GTK_INVALID_LIST_POSITION;
  self->items = gtk_string_list_new (NULL);
  self->search_texts = g_ptr_array_new_with_free_func (g_free);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  /* The chosen item's text narrows to an ellipsis before the button
   * widens the page. */
  self->button = gtk_toggle_button_new ();
  self->button_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->button_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->button_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->button_label), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->button_label));
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("pan-down-symbolic"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), FALSE);
  gtk_button_set_child (GTK_BUTTON (self->button), content);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  g_signal_connect_swapped (self->button, "toggled", G_CALLBACK (button_toggled_cb), self);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", "Type any word", NULL);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  /* Before the entry's own text sees the key. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "ladder-search-keys");
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);

  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                 g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  g_signal_connect (self->list, "activate", G_CALLBACK (list_activate_cb), self);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_max_content_width (GTK_SCROLLED_WINDOW (self->scrolled), 560);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list));
  self->no_matches = gtk_label_new ("No matches");
  gtk_widget_add_css_class (self->no_matches, "dim-label");
  gtk_widget_set_visible (self->no_matches, FALSE);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (filtered_changed_cb), self);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), self->scrolled);
  gtk_box_append (GTK_BOX (box), self->no_matches);
  self->popover = gtk_popover_new ();
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (popover_closed_cb), self);

  ladder_search_drop_down_set_name (self, NULL);
}

/**
 * ladder_search_drop_down_new:
 *
 * Returns: (transfer floating): a drop-down with no items.
 */
GtkWidget *
ladder_search_drop_down_new (void)
{
  return g_object_new (LADDER_TYPE_SEARCH_DROP_DOWN, NULL);
}

/**
 * ladder_search_drop_down_set_name:
 * @self: the drop-down
 * @name: (nullable): what it chooses, as a screen reader should say it
 *
 * Names the button "@name: chosen item", and the search entry and list.
 */
void
ladder_search_drop_down_set_name (LadderSearchDropDown *self,
                                  const char           *name)
{
  g_autofree char *entry = NULL;
  g_autofree char *list = NULL;

  g_return_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self));

  g_free (self->name);
  self->name = g_strdup (name);
  entry = name != NULL ? g_strdup_printf ("%s: search by any word", name) : g_strdup ("Search by any word");
  list = name != NULL ? g_strdup_printf ("%s: choices", name) : g_strdup ("Choices");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, list, -1);
  update_button (self);
}

static void
add_search_text (LadderSearchDropDown *self,
                 const char           *label,
                 const char           *search_text)
{
  guint position = self->search_texts->len;
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  g_ptr_array_add (self->search_texts, search_text != NULL ? g_strdup (search_text) : ladder_search_fold (label));
  g_object_set_qdata (item, position_quark, GUINT_TO_POINTER (position + 1));
}

/**
 * ladder_search_drop_down_set_items:
 * @self: the drop-down
 * @labels: (array length=n): what each item shows
 * @search_texts: (array length=n) (nullable): what each item is found by,
 *   folded with ladder_search_fold(); %NULL, or a %NULL in it, finds the
 *   item by its label
 * @n: how many items
 *
 * Replaces the items. Nothing is chosen afterwards.
 */
void
ladder_search_drop_down_set_items (LadderSearchDropDown *self,
                                   const char * const   *labels,
                                   const char * const   *search_texts,
                                   guint                 n)
{
  g_autofree const char **strv = NULL;

  g_return_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self));
  g_return_if_fail (labels != NULL || n == 0);

  ladder_search_drop_down_set_selected (self, GTK_INVALID_LIST_POSITION);
  strv = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    strv[i] = labels[i];
  g_ptr_array_set_size (self->search_texts, 0);
  /* The filter must not look up texts for items not yet numbered. */
  g_strfreev (self->words);
  self->words = NULL;
  gtk_string_list_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)), strv);
  for (guint i = 0; i < n; i++)
    add_search_text (self, labels[i], search_texts != NULL ? search_texts[i] : NULL);
  search_changed_cb (self);
}

/**
 * ladder_search_drop_down_append:
 * @self: the drop-down
 * @label: what the item shows
 * @search_text: (nullable): what it is found by, folded; %NULL for its label
 *
 * Adds an item at the end; the choice stays as it was.
 */
void
ladder_search_drop_down_append (LadderSearchDropDown *self,
                                const char           *label,
                                const char           *search_text)
{
  g_return_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self));
  g_return_if_fail (label != NULL);

  gtk_string_list_append (self->items, label);
  add_search_text (self, label, search_text);
  /* The new item was filtered while it had no number. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * ladder_search_drop_down_get_n_items:
 * @self: the drop-down
 *
 * Returns: how many items there are, whatever the search.
 */
guint
ladder_search_drop_down_get_n_items (LadderSearchDropDown *self)
{
  g_return_val_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

/**
 * ladder_search_drop_down_get_label:
 * @self: the drop-down
 * @position: an item's position among all the items
 *
 * Returns: (nullable): what the item shows, or %NULL when there is none.
 */
const char *
ladder_search_drop_down_get_label (LadderSearchDropDown *self,
                                   guint                 position)
{
  g_return_val_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self), NULL);
  return gtk_string_list_get_string (self->items, position);
}

/**
 * ladder_search_drop_down_get_selected:
 * @self: the drop-down
 *
 * Returns: the chosen item's position among all the items, or
 *   %GTK_INVALID_LIST_POSITION.
 */
guint
ladder_search_drop_down_get_selected (LadderSearchDropDown *self)
{
  g_return_val_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

/**
 * ladder_search_drop_down_set_selected:
 * @self: the drop-down
 * @position: an item's position among all the items, or
 *   %GTK_INVALID_LIST_POSITION for none
 */
void
ladder_search_drop_down_set_selected (LadderSearchDropDown *self,
                                      guint                 position)
{
  g_return_if_fail (LADDER_IS_SEARCH_DROP_DOWN (self));

  if (position >= ladder_search_drop_down_get_n_items (self))
    position = GTK_INVALID_LIST_POSITION;
  if (position == self->selected)
    return;
  self->selected = position;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}
