/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the walkthrough sidebar and the page for the current step. */
#pragma once

#include <adwaita.h>

#include "ladder-document.h"
#include "ladder-data-panel.h"
#include "ladder-library-view.h"
#include "ladder-recommendation-view.h"

G_BEGIN_DECLS

#define LADDER_TYPE_WINDOW (ladder_window_get_type ())
G_DECLARE_FINAL_TYPE (LadderWindow, ladder_window, LADDER, WINDOW, AdwApplicationWindow)

LadderWindow *ladder_window_new              (GtkApplication *application,
                                              GSettings      *settings);
const char   *ladder_window_get_current_step (LadderWindow   *self);
void          ladder_window_set_current_step (LadderWindow   *self,
                                              const char     *step_id);
const char   *ladder_window_get_last_toast   (LadderWindow   *self);
void          ladder_window_add_toast        (LadderWindow   *self,
                                              const char     *message);
LadderDataset *ladder_window_get_dataset     (LadderWindow   *self);
LadderDataPanel *ladder_window_get_data_panel (LadderWindow  *self);

LadderDocument   *ladder_window_get_document   (LadderWindow  *self);
LadderAssessment *ladder_window_get_assessment (LadderWindow  *self);
const char       *ladder_window_get_file       (LadderWindow  *self);
gboolean          ladder_window_open_file      (LadderWindow  *self,
                                                const char    *path,
                                                GError       **error);
void              ladder_window_open_path      (LadderWindow  *self,
                                                const char    *path);
gboolean          ladder_window_save_file      (LadderWindow  *self,
                                                const char    *path,
                                                GError       **error);
void              ladder_window_offer_recovery (LadderWindow  *self);
LadderRecommendationView *ladder_window_get_recommendation_view (LadderWindow *self);
LadderLibraryView *ladder_window_get_library_view (LadderWindow *self);
GtkWidget         *ladder_window_get_question_page (LadderWindow *self,
                                                   LadderSection section);
GtkWidget         *ladder_window_get_start_page (LadderWindow *self);
GtkWidget         *ladder_window_get_evidence_view (LadderWindow *self);
GtkWidget         *ladder_window_get_review_view (LadderWindow *self);
gboolean           ladder_window_prepare_copies (LadderWindow       *self,
                                                 const char * const *respondent_ids,
                                                 const char         *folder);
GtkWindow         *ladder_window_add_answer_files (LadderWindow     *self,
                                                 const char * const *paths);
gboolean           ladder_window_export_paper   (LadderWindow *self,
                                                 const char   *path);
GtkPrintOperation *ladder_window_print_operation_new (LadderWindow *self);

G_END_DECLS
