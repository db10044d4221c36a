/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text from a file made safe for where it goes: a terminal, where control
 * characters could act, or the board paper and charts, where they would
 * show as boxes and bidirectional controls could reorder the text around. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Unicode's bidirectional isolates: what the paper wraps file text in. */
#define LADDER_FIRST_STRONG_ISOLATE     "\u2068"
#define LADDER_POP_DIRECTIONAL_ISOLATE  "\u2069"

typedef enum
{
  LADDER_SANITISE_PARAGRAPHS   = 0,       /* a run of line breaks becomes one */
  LADDER_SANITISE_ONE_LINE     = 1 << 0,  /* a run of line breaks becomes a space */
  LADDER_SANITISE_NO_ISOLATES  = 1 << 1,  /* for plain text not drawn with pango: PDF metadata */
} LadderSanitiseFlags;

char     *ladder_sanitise_for_terminal        (const char          *text);
char     *ladder_sanitise_quote_for_terminal  (const char          *text);
gboolean  ladder_sanitise_is_terminal_control (gunichar             c);
char     *ladder_sanitise_for_paper           (const char          *text,
                                               LadderSanitiseFlags  flags);
char     *ladder_text_sanitise                (const char          *text);

G_END_DECLS
