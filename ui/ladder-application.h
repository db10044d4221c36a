/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application object: settings, application-wide actions, the About window. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADDER_TYPE_APPLICATION (ladder_application_get_type ())
G_DECLARE_FINAL_TYPE (LadderApplication, ladder_application, LADDER, APPLICATION, AdwApplication)

LadderApplication *ladder_application_new                 (void);
GSettings         *ladder_application_get_settings        (LadderApplication *self);
void               ladder_application_report_first_frame  (LadderApplication *self,
                                                           gint64             main_started_us);

G_END_DECLS
