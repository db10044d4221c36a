/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder data fetch": statistics from the Department into the cache. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_data_fetch_command (int       argc,
                               char    **argv,
                               GString  *out,
                               GString  *err);

G_END_DECLS
