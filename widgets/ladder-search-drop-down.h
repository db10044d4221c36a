/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A drop-down whose list is searched by any word or part of a word. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_SEARCH_DROP_DOWN (ladder_search_drop_down_get_type ())
G_DECLARE_FINAL_TYPE (LadderSearchDropDown, ladder_search_drop_down, LADDER, SEARCH_DROP_DOWN, GtkWidget)

GtkWidget  *ladder_search_drop_down_new          (void);
void        ladder_search_drop_down_set_name     (LadderSearchDropDown *self,
                                                  const char           *name);
void        ladder_search_drop_down_set_items    (LadderSearchDropDown *self,
                                                  const char * const   *labels,
                                                  const char * const   *search_texts,
                                                  guint                 n);
void        ladder_search_drop_down_append       (LadderSearchDropDown *self,
                                                  const char           *label,
                                                  const char           *search_text);
guint       ladder_search_drop_down_get_n_items  (LadderSearchDropDown *self);
const char *ladder_search_drop_down_get_label    (LadderSearchDropDown *self,
                                                  guint                 position);
guint       ladder_search_drop_down_get_selected (LadderSearchDropDown *self);
void        ladder_search_drop_down_set_selected (LadderSearchDropDown *self,
                                                  guint                 position);

G_END_DECLS
