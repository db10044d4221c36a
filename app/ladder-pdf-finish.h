/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What cairo 1.16 cannot write into a tagged PDF, added with qpdf: the
 * document's language, the title shown as the window's title, and each
 * figure's alternative text. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_status_t ladder_cairo_append_bytes (void                *closure,
                                         const unsigned char *bytes,
                                         unsigned int         length);

GBytes *ladder_pdf_finish (GBytes     *pdf,
                           const char *language,
                           GPtrArray  *figure_alts,
                           GError    **error);

G_END_DECLS
