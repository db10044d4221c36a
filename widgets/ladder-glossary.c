/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the words beside the figures mean, a click away from the figures:
 * band, rank, statistical neighbours, the averages and units. */
#include "config.h"

#include "ladder-glossary.h"

static const struct {
  const char *term;
  const char *meaning;
} entries[] = {
  { "Band",
    "Every council with a figure is sorted from best to worst and split into four groups of equal size. "
    "A is the best quarter and D the worst. A measure where neither higher nor lower is better, or whose "
    "figures are too close together, has no band." },
  { "Rank",
    "The council’s place among all councils with a figure for the latest year: 1 is the best. Councils "
    "without a figure are left out, so “17 of 150” means 150 councils had one." },
  { "Statistical neighbours",
    "The ten councils most like this one in their population and the needs of their children, as the "
    "Department for Education works them out. They are a fairer comparison than England as a whole." },
  { "Neighbours’ average and median",
    "The average is the mean of the neighbours’ figures; the median is the middle one, which one unusual "
    "council cannot pull up or down. When fewer than half the neighbours have a figure, Ladder says the "
    "comparison is too thin to rely on." },
  { "Units",
    "Each figure is in the unit the Department publishes it in: a percentage, a rate per 10,000 children, a "
    "number of days, or a count of children. The chart’s side axis names it." },
};

/**
 * ladder_glossary_get_text:
 *
 * Returns: the whole glossary as plain text, a term and its meaning to a
 *   paragraph.
 */
const char *
ladder_glossary_get_text (void)
{
  static char *text;

  if (g_once_init_enter (&text))
    {
      GString *out = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
        g_string_append_printf (out, "%s%s: %s", i == 0 ? "" : "\n\n", entries[i].term, entries[i].meaning);
      g_once_init_leave (&text, g_string_free (out, FALSE));
    }
  return text;
}

static GtkWidget *
glossary_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkWidget *term = gtk_label_new (entries[i].term);
      GtkWidget *meaning = gtk_label_new (entries[i].meaning);

      gtk_widget_add_css_class (term, "heading");
      gtk_label_set_xalign (GTK_LABEL (term), 0);
      gtk_label_set_wrap (GTK_LABEL (meaning), TRUE);
      gtk_label_set_xalign (GTK_LABEL (meaning), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (meaning), 44);
      gtk_label_set_selectable (GTK_LABEL (meaning), TRUE);
      gtk_box_append (GTK_BOX (box), term);
      gtk_box_append (GTK_BOX (box), meaning);
    }
  return box;
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
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), glossary_content ());
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), "What the Figures Mean");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, "Band, rank, statistical neighbours, averages and units, explained");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "What the figures mean", -1);
  return button;
}
