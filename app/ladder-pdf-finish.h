/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What cairo 1.16 cannot write into a tagged PDF, added with qpdf: the
 * document's language, the title shown as the window's title, and each
 * figure's alternative text. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *ladder_pdf_finish (GBytes     *pdf,
                           const char *language,
                           GPtrArray  *figure_alts,
                           GError    **error);

G_END_DECLS
