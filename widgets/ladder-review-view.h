/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Review step: everyone's answers side by side, by leadership level,
 * with where they differ and what each level makes of each capacity. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_REVIEW_VIEW (ladder_review_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderReviewView, ladder_review_view, LADDER, REVIEW_VIEW, GtkBox)

/* Which questions the grid shows. */
typedef enum
{
  LADDER_REVIEW_FILTER_ALL,
  LADDER_REVIEW_FILTER_DIFFERING,
  LADDER_REVIEW_FILTER_DONT_KNOW,
  LADDER_REVIEW_FILTER_POLITICAL,
  LADDER_REVIEW_FILTER_CORPORATE,
  LADDER_REVIEW_FILTER_SERVICE,
  LADDER_REVIEW_FILTER_PARTNERSHIP,
  LADDER_REVIEW_N_FILTERS
} LadderReviewFilter;

GtkWidget *ladder_review_view_new             (void);
void       ladder_review_view_set_document    (LadderReviewView  *self,
                                               LadderDocument    *document);
void       ladder_review_view_set_checks      (LadderReviewView  *self,
                                               GPtrArray         *lines,
                                               guint              n_mismatches,
                                               const char        *note);
void       ladder_review_view_set_since_last  (LadderReviewView  *self,
                                               const char        *text);
char      *ladder_review_view_dup_checks_text (LadderReviewView  *self);
const char *ladder_review_view_get_since_last_text (LadderReviewView *self);
gboolean   ladder_review_view_get_built       (LadderReviewView  *self);
void       ladder_review_view_build_now       (LadderReviewView  *self);
void       ladder_review_view_set_filter      (LadderReviewView  *self,
                                               LadderReviewFilter filter);
void       ladder_review_view_set_sort_by_spread (LadderReviewView *self,
                                               gboolean           sort);
guint      ladder_review_view_get_n_columns   (LadderReviewView  *self);
guint      ladder_review_view_get_n_visible_rows (LadderReviewView *self);
GtkWidget *ladder_review_view_get_cell        (LadderReviewView  *self,
                                               guint              row,
                                               guint              column);
GtkWidget *ladder_review_view_get_row_header  (LadderReviewView  *self,
                                               guint              row);
gboolean   ladder_review_view_get_focus_cell  (LadderReviewView  *self,
                                               guint             *row,
                                               guint             *column);
GtkWidget *ladder_review_view_get_grid        (LadderReviewView  *self);
const char *ladder_review_view_get_summary_text (LadderReviewView *self);

G_END_DECLS
