/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Review step's two files share: its state, and the placing of
 * rows and the keyboard (ladder-review-view-layout.c) for the building and
 * updating of cells (ladder-review-view.c). */
#pragma once

#include "ladder-review.h"
#include "ladder-review-view.h"

G_BEGIN_DECLS

/* The grid's first rows: level headings, then people's names. */
#define FIRST_QUESTION_ROW 2

typedef struct
{
  guint       index;              /* the review's row, in question order */
  LadderSection section;
  GtkWidget  *header;
  GtkWidget  *spread;
  GtkWidget **cells;              /* one per person */
  GtkSizeGroup *heights;
  gboolean    shown;
} GridRow;

struct _LadderReviewView
{
  GtkBox          parent_instance;

  GtkLabel       *intro;
  GtkWidget      *since_box;      /* "Since the last review", for a follow-up */
  GtkLabel       *since_label;
  GtkWidget      *checks_box;     /* "Check against the evidence" */
  GtkLabel       *checks_count;
  GtkBox         *checks_list;
  GtkLabel       *summary;
  GtkLabel       *count;
  GtkDropDown    *filter_dropdown;
  GtkCheckButton *sort_check;
  GtkWidget      *scroller;
  GtkGrid        *questions;      /* the fixed columns */
  GtkGrid        *grid;           /* the people's cells */
  GtkLabel       *empty;
  GtkPopover     *popover;
  GtkLabel       *popover_label;

  LadderDocument *document;
  LadderReview   *review;
  GPtrArray      *rows;           /* of GridRow, in question order; only those built */
  GPtrArray      *people;         /* of char *: ids of the grid's columns */
  GtkWidget      *section_headers[LADDER_N_SECTIONS];
  GtkWidget      *section_spacers[LADDER_N_SECTIONS];
  GPtrArray      *column_headers; /* level headings and names, to hide by level */
  GArray         *order;          /* of guint: rows in display order, shown or not */
  guint           build_id;
  gboolean        built;
  gboolean        stale;          /* the document changed while it was hidden */
  LadderReviewFilter filter;
  gboolean        sort;
  GtkWidget      *focus_cell;     /* the grid's one Tab stop */
  char           *summary_text;
};


void       ladder_review_view_make_focus_cell     (LadderReviewView *self,
                                                   GtkWidget        *cell);
gboolean   ladder_review_view_person_shown        (LadderReviewView *self,
                                                   guint             person);
GridRow   *ladder_review_view_find_row            (LadderReviewView *self,
                                                   guint             row_index);
void       ladder_review_view_arrange             (LadderReviewView *self);
gboolean   ladder_review_view_locate              (LadderReviewView *self,
                                                   GtkWidget        *cell,
                                                   guint            *display_row,
                                                   guint            *column);
GtkWidget *ladder_review_view_cell_at             (LadderReviewView *self,
                                                   guint             display_row,
                                                   guint             column);
GridRow   *ladder_review_view_shown_row_at        (LadderReviewView *self,
                                                   guint             display_row);
guint      ladder_review_view_count_shown_rows    (LadderReviewView *self);
guint      ladder_review_view_count_shown_columns (LadderReviewView *self);
gboolean   ladder_review_view_key_pressed         (GtkEventControllerKey *controller,
                                                   guint             keyval,
                                                   guint             keycode,
                                                   GdkModifierType   state,
                                                   LadderReviewView *self);

G_END_DECLS
