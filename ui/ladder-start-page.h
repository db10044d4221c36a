/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Start step: the council, the review's context and the people taking
 * part, written straight into the assessment. */
#pragma once

#include <adwaita.h>

#include "ladder-dataset.h"
#include "ladder-document.h"
#include "ladder-people-editor.h"

G_BEGIN_DECLS

#define LADDER_TYPE_START_PAGE (ladder_start_page_get_type ())
G_DECLARE_FINAL_TYPE (LadderStartPage, ladder_start_page, LADDER, START_PAGE, GtkBox)

GtkWidget  *ladder_start_page_new            (void);
void        ladder_start_page_set_document   (LadderStartPage  *self,
                                              LadderDocument   *document);
void        ladder_start_page_set_dataset    (LadderStartPage  *self,
                                              LadderDataset    *dataset);
LadderPeopleEditor *ladder_start_page_get_people_editor (LadderStartPage *self);
void        ladder_start_page_show_advice    (LadderStartPage      *self,
                                              LadderRecommendation *advice);

G_END_DECLS
