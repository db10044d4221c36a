/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small builders for the wrapped, selectable text of content pages. */
#include "config.h"

#include "ladder-text.h"

/**
 * ladder_text_label_new:
 * @text: the text
 * @css_class: (nullable): a style class such as "dim-label"
 *
 * Returns: (transfer floating): a wrapped label, left-aligned. It does not
 *   take the keyboard focus: a selectable label selects all its text when
 *   it does, which reads as a highlight.
 */
GtkWidget *
ladder_text_label_new (const char *text,
                       const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * ladder_text_button_new:
 * @text: what the button says
 *
 * Returns: (transfer floating): a button whose words wrap when the window
 *   is narrow, rather than holding it wide, named by @text.
 */
GtkWidget *
ladder_text_button_new (const char *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return button;
}

/**
 * ladder_text_heading_new:
 * @text: the heading
 * @css_class: "title-1" to "title-4" or "heading"
 *
 * Returns: (transfer floating): a heading that screen readers announce
 *   as one.
 */
GtkWidget *
ladder_text_heading_new (const char *text,
                         const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * ladder_text_list_new:
 * @items: (array zero-terminated=1): the items
 *
 * Returns: (transfer floating): a bulleted list, as one label.
 */
GtkWidget *
ladder_text_list_new (const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i == 0 ? "" : "\n", items[i]);
  return ladder_text_label_new (text->str, NULL);
}

/**
 * ladder_text_section_new:
 * @parent: where to add the section
 * @heading: its heading
 *
 * Returns: (transfer none): a vertical box under the heading, for the
 *   section's content.
 */
GtkWidget *
ladder_text_section_new (GtkBox     *parent,
                         const char *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), ladder_text_heading_new (heading, "title-4"));
  gtk_box_append (parent, box);
  return box;
}

static void
list_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
list_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *row = gtk_widget_get_parent (label);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  /* GTK 4.8 gives a list's rows no name of their own, so a screen reader
   * would read each choice of a drop-down as a blank item. */
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/**
 * ladder_text_list_factory_new:
 *
 * Returns: (transfer full): a factory for the items of a #GtkStringList in
 *   a drop-down, each named for screen readers.
 */
GtkListItemFactory *
ladder_text_list_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (list_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (list_item_bind_cb), NULL);
  return factory;
}

/**
 * ladder_text_name_drop_down:
 * @drop_down: a drop-down
 * @name: what it chooses, as a screen reader should say it
 *
 * Names the button inside the drop-down, which is what takes the focus:
 * GTK 4.8 would otherwise announce it as "GtkToggleButton". The drop-down
 * itself is named by its label, or by the caller.
 */
void
ladder_text_name_drop_down (GtkDropDown *drop_down,
                            const char  *name)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));

  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * ladder_text_scroll_into_view:
 * @cell: a widget that has been allocated
 *
 * Brings it into sight in every scrolled window around it, sideways and
 * down, as GTK does for the focus only when the focus moves.
 */
void
ladder_text_scroll_into_view (GtkWidget *cell)
{
  for (GtkWidget *w = gtk_widget_get_parent (cell); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *content;
      graphene_rect_t bounds;

      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;
      content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
      if (content == NULL || !gtk_widget_compute_bounds (cell, content, &bounds))
        continue;
      /* A viewport's own origin moves as it scrolls: measure from the
       * scrolled content, which is its child. */
      if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL &&
          !gtk_widget_compute_bounds (cell, gtk_viewport_get_child (GTK_VIEWPORT (content)), &bounds))
        continue;
      gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (w)),
                                 bounds.origin.x, bounds.origin.x + bounds.size.width);
      gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w)),
                                 bounds.origin.y, bounds.origin.y + bounds.size.height);
    }
}

/**
 * ladder_text_scroll_to_reading_place:
 * @widget: a widget that has been allocated
 *
 * Scrolls the nearest scrolled window around @widget so that its top sits
 * a fifth of the way down the view, where the eye rests, unless it is
 * already comfortably inside the middle of the view. GTK only brings the
 * focus to the view's edge.
 */
void
ladder_text_scroll_to_reading_place (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *content;
      GtkAdjustment *adjustment;
      graphene_rect_t bounds;
      double value, page, top;

      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;
      content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
      if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL)
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      if (content == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
        return;
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
      value = gtk_adjustment_get_value (adjustment);
      page = gtk_adjustment_get_page_size (adjustment);
      top = bounds.origin.y;
      if (top < value + page * 0.1 || top + MIN (bounds.size.height, page * 0.5) > value + page * 0.9)
        gtk_adjustment_set_value (adjustment, top - page * 0.2);
      return;
    }
}

/**
 * ladder_text_focus_first:
 * @widget: a page, mapped
 *
 * Puts the focus on the first control on show in @widget, in the order of
 * the widget tree, which is reading order on Ladder's pages. GTK 4.8's own
 * Tab order into a page just shown sorts by positions it may not have yet.
 *
 * Returns: whether something took the focus.
 */
gboolean
ladder_text_focus_first (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;
  /* Inside first: a scrolled window takes the focus only when nothing in
   * it can, as with Tab. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ladder_text_focus_first (child))
      return TRUE;
  return gtk_widget_get_focusable (widget) && gtk_widget_grab_focus (widget);
}
