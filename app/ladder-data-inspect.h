/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `ladder data inspect`: what is in data files, without a display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_data_inspect_command (int       argc,
                                 char    **argv,
                                 GString  *out,
                                 GString  *err);

G_END_DECLS
