/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Who is answering": the one control, wherever it appears, that chooses
 * whose answers the question pages show and record. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_RESPONDENT_CHOOSER (ladder_respondent_chooser_get_type ())
G_DECLARE_FINAL_TYPE (LadderRespondentChooser, ladder_respondent_chooser, LADDER, RESPONDENT_CHOOSER, GtkBox)

GtkWidget   *ladder_respondent_chooser_new          (void);
void         ladder_respondent_chooser_set_document (LadderRespondentChooser *self,
                                                     LadderDocument          *document);
GtkDropDown *ladder_respondent_chooser_get_dropdown (LadderRespondentChooser *self);
char        *ladder_respondent_chooser_dup_item_label (LadderAssessment      *assessment,
                                                       const LadderRespondent *respondent);

G_END_DECLS
