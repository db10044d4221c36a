/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The library of support: each form, its case studies and the research. */
#pragma once

#include <gtk/gtk.h>

#include "ladder-content.h"

G_BEGIN_DECLS

#define LADDER_TYPE_LIBRARY_VIEW (ladder_library_view_get_type ())
G_DECLARE_FINAL_TYPE (LadderLibraryView, ladder_library_view, LADDER, LIBRARY_VIEW, GtkBox)

GtkWidget  *ladder_library_view_new        (LadderContent     *content);
gboolean    ladder_library_view_show       (LadderLibraryView *self,
                                            const char        *target);
const char *ladder_library_view_get_topic  (LadderLibraryView *self);

G_END_DECLS
