/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder report": the board paper for an assessment, as a PDF. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ladder_report_command (int       argc,
                           char    **argv,
                           GString  *out,
                           GString  *err);

G_END_DECLS
