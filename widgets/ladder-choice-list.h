/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADDER_TYPE_CHOICE_LIST (ladder_choice_list_get_type ())
G_DECLARE_FINAL_TYPE (LadderChoiceList, ladder_choice_list, LADDER, CHOICE_LIST, GtkBox)

GtkWidget  *ladder_choice_list_new         (const char         *title);
void        ladder_choice_list_set         (LadderChoiceList   *self,
                                            const char * const *ids,
                                            const char * const *titles,
                                            const char * const *checked);
char      **ladder_choice_list_dup_checked (LadderChoiceList   *self);
void        ladder_choice_list_set_note    (LadderChoiceList   *self,
                                            const char         *note);
void        ladder_choice_list_add_action  (LadderChoiceList   *self,
                                            GtkWidget          *widget);

G_END_DECLS
