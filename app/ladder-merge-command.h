/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder merge": the answers people gave in their own copies, brought
 * back into the review and written to a new file. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_merge_command (int       argc,
                          char    **argv,
                          GString  *out,
                          GString  *err);

G_END_DECLS
