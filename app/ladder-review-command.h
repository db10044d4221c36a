/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder review": everyone's answers side by side, as text or JSON. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_review_command (int       argc,
                           char    **argv,
                           GString  *out,
                           GString  *err);

G_END_DECLS
