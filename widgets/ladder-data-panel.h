/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What data is loaded, file by file, and the progress of a load. */
#pragma once

#include <adwaita.h>

#include "ladder-data-load.h"

G_BEGIN_DECLS

#define LADDER_TYPE_DATA_PANEL (ladder_data_panel_get_type ())
G_DECLARE_FINAL_TYPE (LadderDataPanel, ladder_data_panel, LADDER, DATA_PANEL, AdwBin)

GtkWidget  *ladder_data_panel_new          (void);
void        ladder_data_panel_show_load    (LadderDataPanel *self,
                                            LadderDataLoad  *load,
                                            gboolean         fictional);
void        ladder_data_panel_show_progress (LadderDataPanel *self,
                                            const char      *text,
                                            double           fraction);
void        ladder_data_panel_hide_progress (LadderDataPanel *self);
const char *ladder_data_panel_get_title    (LadderDataPanel *self);

G_END_DECLS
