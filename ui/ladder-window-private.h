/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's two halves share: its data (ladder-window.c) and its
 * assessment document (ladder-window-document.c). */
#pragma once

#include "ladder-assessment.h"
#include "ladder-content.h"
#include "ladder-recommendation.h"
#include "ladder-data-load.h"
#include "ladder-data-panel.h"
#include "ladder-walkthrough.h"
#include "ladder-window.h"

G_BEGIN_DECLS

/* The welcome page is shown until the user picks a step. */
#define NO_STEP (-1)

struct _LadderWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  GtkListBox           *step_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkWidget            *begin_button;
  GtkStack             *stack;
  AdwToastOverlay      *toast_overlay;
  char                 *last_toast;

  GSettings            *settings;
  GtkWidget            *rows[LADDER_N_STEPS];
  GtkWidget            *pages[LADDER_N_STEPS];
  int                   current_step;

  /* The data: what is loaded, and the load under way, if any. */
  LadderDataPanel      *data_panel;
  GtkWidget            *evidence_view;
  LadderDataLoad       *data;
  gboolean              data_is_demo;
  GCancellable         *data_cancellable;
  gboolean              loading_demo;
  char                **requested_files;    /* the files the user just asked for */
  char                **remembered_files;   /* the list being loaded, to remember */
  gboolean              disposed;

  /* The assessment: see ladder-window-document.c. */
  LadderContent        *content;
  LadderAssessment     *assessment;
  char                 *file_path;          /* NULL until first saved */
  char                 *autosave_path;      /* NULL until first autosaved */
  guint                 autosave_id;
  gulong                changed_id;
  gulong                modified_id;
  gulong                can_undo_id;
  LadderRecommendation *advice;             /* for the assessment as it is, or NULL */
  gboolean              recommendation_dirty;
  gpointer              pending_confirm;    /* what to do once a Save As succeeds */
  char                 *respondent;         /* who is answering now */
  guint                 build_idle_id;
  gulong                first_paint_id;
  GtkWidget            *start_page;         /* pages: NULL until built */
  GtkWidget            *question_pages[4];
  GtkWidget            *recommendation_view;
  GtkWidget            *plan_box;
  GtkProgressBar       *paper_progress;     /* on the Plan and paper step, once built */
  GCancellable         *paper_cancellable;  /* while a board paper is being written */
  GtkWidget            *library_view;
  AdwWindowTitle       *sidebar_title;
  GtkLabel             *advice_label;
  GtkBox               *recent_box;
};


void     ladder_window_document_init          (LadderWindow *self);
void     ladder_window_document_dispose       (LadderWindow *self);
gboolean ladder_window_document_close_request (LadderWindow *self);
void     ladder_window_pages_init             (LadderWindow *self);
void     ladder_window_pages_dispose          (LadderWindow *self);
void     ladder_window_pages_step_shown       (LadderWindow *self);
void     ladder_window_pages_data_changed     (LadderWindow *self);
void     ladder_window_pages_show_document    (LadderWindow *self);
void     ladder_window_pages_sync_plan        (LadderWindow *self);
void     ladder_window_pages_refresh_recommendation (LadderWindow *self);
void     ladder_window_pages_council_changed  (LadderWindow *self);
void     ladder_window_pages_set_scorecard    (LadderWindow *self);
LadderRecommendation *ladder_window_get_advice (LadderWindow *self);
void     ladder_window_show_library_page      (LadderWindow *self);
void     ladder_window_paper_init             (LadderWindow *self);
void     ladder_window_paper_dispose          (LadderWindow *self);
GtkWidget *ladder_window_paper_section_new    (LadderWindow *self);
gboolean ladder_window_export_paper           (LadderWindow *self,
                                               const char   *path);
GtkPrintOperation *ladder_window_print_operation_new (LadderWindow *self);


G_END_DECLS
