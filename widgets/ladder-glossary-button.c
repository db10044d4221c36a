/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the words beside the figures mean, a click away from the figures:
 * the engine's glossary (ladder-glossary.c) in a popover. */
#include "config.h"

#include "ladder-glossary.h"
#include "ladder-glossary-button.h"
#include "ladder-text.h"

static GtkWidget *
glossary_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

  for (guint i = 0; i < ladder_glossary_get_n_terms (); i++)
    {
      const char *text;
      const char *term = ladder_glossary_get_term (i, &text);
      GtkWidget *meaning = ladder_text_label_new (text, NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (meaning), 44);
      gtk_box_append (GTK_BOX (box), ladder_text_heading_new (term, "heading"));
      gtk_box_append (GTK_BOX (box), meaning);
    }
  return box;
}

/* The popover is made the first time it opens: a button stands beside
 * every question's figures, and most are never opened. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       unused)
{
  GtkWidget *popover, *scroller;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  popover = gtk_popover_new ();
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), glossary_content ());
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (button, popover);
}

/**
 * ladder_glossary_button_new:
 *
 * Returns: (transfer floating): a button, "What the Figures Mean", that
 *   opens the glossary in a popover.
 */
GtkWidget *
ladder_glossary_button_new (void)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, NULL, NULL);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), "What the Figures Mean");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, "Band, rank, statistical neighbours, averages and units, explained");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "What the figures mean", -1);
  return button;
}
