/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small builders for the wrapped, selectable text of content pages. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *ladder_text_label_new   (const char *text,
                                    const char *css_class);
GtkWidget *ladder_text_heading_new (const char *text,
                                    const char *css_class);
GtkWidget *ladder_text_list_new    (const char * const *items);
GtkWidget *ladder_text_section_new (GtkBox     *parent,
                                    const char *heading);

GtkListItemFactory *ladder_text_list_factory_new (void);
void       ladder_text_name_drop_down (GtkDropDown *drop_down,
                                       const char  *name);
GtkWidget *ladder_text_button_new (const char *text);
void       ladder_text_scroll_into_view (GtkWidget *widget);
void       ladder_text_scroll_to_reading_place (GtkWidget *widget);
gboolean   ladder_text_focus_first (GtkWidget *widget);

G_END_DECLS
