/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One question to rate: the statement, the four points with their
 * descriptors and "don't know", an evidence note and its privacy. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-content.h"
#include "ladder-dataset.h"

G_BEGIN_DECLS

#define LADDER_TYPE_RATING_ROW (ladder_rating_row_get_type ())
G_DECLARE_FINAL_TYPE (LadderRatingRow, ladder_rating_row, LADDER, RATING_ROW, GtkBox)

GtkWidget            *ladder_rating_row_new          (const LadderQuestion *question);
const LadderQuestion *ladder_rating_row_get_question (LadderRatingRow      *self);
LadderRating          ladder_rating_row_get_rating   (LadderRatingRow      *self);
const char           *ladder_rating_row_get_note     (LadderRatingRow      *self);
gboolean              ladder_rating_row_get_private  (LadderRatingRow      *self);
gboolean              ladder_rating_row_focus_choices (LadderRatingRow     *self);
void                  ladder_rating_row_set_answer   (LadderRatingRow      *self,
                                                      LadderRating          rating,
                                                      const char           *note,
                                                      gboolean              private_note);
void                  ladder_rating_row_set_evidence (LadderRatingRow      *self,
                                                      LadderDataset        *dataset,
                                                      int                   council,
                                                      const char           *no_council);

void                  ladder_rating_row_set_extra    (LadderRatingRow      *self,
                                                      GtkWidget            *extra);

G_END_DECLS
