/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Get Data from the Department: search its statistics and download a data set. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADDER_TYPE_EES_DIALOG (ladder_ees_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LadderEesDialog, ladder_ees_dialog, LADDER, EES_DIALOG, AdwWindow)

LadderEesDialog *ladder_ees_dialog_new             (GtkWindow  *parent);
LadderEesDialog *ladder_ees_dialog_new_for_service (GtkWindow  *parent,
                                                    const char *base_url,
                                                    const char *cache_dir);

G_END_DECLS
