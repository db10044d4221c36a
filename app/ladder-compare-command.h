/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder compare": an earlier review beside a later one, as text or JSON. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_compare_command (int       argc,
                            char    **argv,
                            GString  *out,
                            GString  *err);

G_END_DECLS
