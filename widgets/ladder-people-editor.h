/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people taking part in a review: adding, editing and removing them,
 * and choosing who is answering. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_PEOPLE_EDITOR (ladder_people_editor_get_type ())
G_DECLARE_FINAL_TYPE (LadderPeopleEditor, ladder_people_editor, LADDER, PEOPLE_EDITOR, GtkBox)

GtkWidget *ladder_people_editor_new          (void);
void       ladder_people_editor_set_document (LadderPeopleEditor *self,
                                              LadderDocument     *document);
void       ladder_people_editor_add_person   (LadderPeopleEditor *self);
void       ladder_people_editor_remove_person (LadderPeopleEditor *self,
                                               const char         *respondent_id);
guint      ladder_people_editor_get_n_rows   (LadderPeopleEditor *self);
AdwExpanderRow *ladder_people_editor_get_row (LadderPeopleEditor *self,
                                              guint               index);

G_END_DECLS
