/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder chart": one chart of a council's figures to PNG, SVG or PDF. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_chart_command (int       argc,
                          char    **argv,
                          GString  *out,
                          GString  *err);

G_END_DECLS
