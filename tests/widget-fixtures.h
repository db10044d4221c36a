/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding a widget in a tree, for the GUI tests and benchmarks: the first
 * in the tree's order (the widget itself, then its children, depth first)
 * that a test function accepts. */
#pragma once

#include <adwaita.h>

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

static inline GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

/* The first widget of @type inside @widget, or @widget itself. */
static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  return find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* A label whose text is @text. */
static inline gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A label whose text begins with @prefix. */
static inline gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

/* A button labelled @label. */
static inline gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* A check button labelled @label. */
static inline gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

/* An action row titled @title. */
static inline gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}
