/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's parts share. ladder-window.c is the shell: the steps,
 * toasts and the data. It attaches three parts, which then follow the
 * document's and the window's signals and never call one another, except
 * that the pages put the paper's controls on the Plan and paper step:
 * ladder-window-files.c (file commands), ladder-window-pages.c (the pages),
 * ladder-window-review.c (copies for respondents and their answers back)
 * and ladder-window-paper.c (the board paper). */
#pragma once

#include "ladder-data-load.h"
#include "ladder-document.h"
#include "ladder-report.h"
#include "ladder-data-panel.h"
#include "ladder-text.h"
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
  GtkWidget            *back_to_question;   /* on Evidence, after a question's Charts button */
  GtkWidget            *return_focus;       /* that Charts button (a weak pointer) */
  int                   return_step;
  LadderDataLoad       *data;
  gboolean              data_is_demo;
  GCancellable         *data_cancellable;
  gboolean              loading_demo;
  char                **requested_files;    /* the files the user just asked for */
  char                **remembered_files;   /* the list being loaded, to remember */
  GPtrArray            *downloads;          /* from the Department, waiting to be imported */
  gboolean              disposed;

  /* The assessment, and the parts that show it. */
  LadderDocument       *document;
  gpointer              pending_confirm;    /* what to do once a Save As succeeds */
  gboolean              recommendation_dirty;
  guint                 build_idle_id;
  gulong                first_paint_id;
  GtkWidget            *start_page;         /* pages: NULL until built */
  GtkWidget            *question_pages[4];
  GtkWidget            *review_view;
  GtkWidget            *recommendation_view;
  GtkWidget            *plan_box;
  GtkWidget            *action_plan_view;
  GPtrArray            *checks;             /* of LadderCheck: the answers against the evidence */
  GPtrArray            *mismatches;         /* the mismatches among them, not owned */
  char                 *checks_note;        /* why the figures were not checked, or NULL */
  GtkProgressBar       *paper_progress;     /* on the Plan and paper step, once built */
  GCancellable         *paper_cancellable;  /* while a board paper is being written */
  LadderReportOptions  *paper_options;      /* the author, number, marking and indicators for the paper */
  GtkEditable          *paper_author;       /* on the Plan and paper step, once built */
  GtkWidget            *paper_sections;     /* LadderChoiceList, once built */
  GtkWidget            *paper_indicators;   /* LadderChoiceList, once built */
  GtkWidget            *paper_reset;        /* puts Ladder's choice of indicators back */
  GtkEditable          *paper_number;
  AdwComboRow          *paper_marking;
  GtkWidget            *library_view;
  AdwWindowTitle       *sidebar_title;
  GtkLabel             *advice_label;
  GtkBox               *recent_box;
};


void       ladder_window_files_init          (LadderWindow *self);
void       ladder_window_files_dispose       (LadderWindow *self);
gboolean   ladder_window_files_close_request (LadderWindow *self);
void       ladder_window_pages_init          (LadderWindow *self);
void       ladder_window_pages_add_setting_actions (LadderWindow *self);
void       ladder_window_pages_dispose       (LadderWindow *self);
void       ladder_window_review_init         (LadderWindow *self);
void       ladder_window_paper_init          (LadderWindow *self);
void       ladder_window_paper_dispose       (LadderWindow *self);
GtkWidget *ladder_window_paper_section_new   (LadderWindow *self);
void       ladder_window_show_library_page   (LadderWindow *self);
void       ladder_window_import_downloads    (LadderWindow *self);
void       ladder_window_show_toast          (LadderWindow *self,
                                              AdwToast     *toast);


G_END_DECLS
