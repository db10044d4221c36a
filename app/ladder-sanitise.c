/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text from a file made safe for where it goes.
 *
 * For a terminal every character that could act rather than show (C0 and
 * C1 controls with ESC among them, DEL, line and paragraph separators) and
 * every bidirectional control is replaced by U+FFFD, one for one, so the
 * reader sees that something was there and nothing is run.
 *
 * For the paper and the charts, drawn with pango, a control would show as
 * a box of hexadecimal digits and an override such as U+202E would
 * reverse what follows it, the text around the name included. There the
 * controls go, line breaks and spaces are tidied, and each line of the
 * text is wrapped in a first strong isolate (U+2068) and a pop directional
 * isolate (U+2069), so that even a right-to-left name keeps to its place in
 * the sentence around it. */
#include "config.h"

#include <string.h>

#include "ladder-sanitise.h"

static gboolean
is_control (gunichar u)
{
  return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

static gboolean
is_line_break (gunichar u)
{
  return u == '\n' || u == '\r' || u == 0x0b || u == 0x0c || u == 0x85 || u == 0x2028 || u == 0x2029;
}

/* Embeddings, overrides and isolates: they reach beyond the text itself. */
static gboolean
is_bidi_control (gunichar u)
{
  return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

/* Left-to-right, right-to-left and Arabic letter marks: harmless inside an
 * isolate, where right-to-left writing needs them, but not in a terminal. */
static gboolean
is_bidi_mark (gunichar u)
{
  return u == 0x200e || u == 0x200f || u == 0x061c;
}

/**
 * ladder_sanitise_for_terminal:
 * @text: (nullable): text that came from a file
 *
 * Makes @text safe to print on a terminal: each control character (C0,
 * ESC and the rest, DEL, C1), line and paragraph separator and Unicode
 * bidirectional control (embeddings, overrides, isolates and the marks)
 * becomes U+FFFD REPLACEMENT CHARACTER, one for one, so an escape sequence
 * shows as � followed by the rest of it as plain text and never acts.
 * Bytes that are not UTF-8 become U+FFFD too. Nothing else changes.
 *
 * Returns: (transfer full) (nullable): the text safe to print, or %NULL
 *   for %NULL.
 */
char *
ladder_sanitise_for_terminal (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *c = valid; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (ladder_sanitise_is_terminal_control (u))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, c, g_utf8_next_char (c) - c);
    }
  return g_string_free (out, FALSE);
}

/**
 * ladder_sanitise_is_terminal_control:
 * @c: a character
 *
 * Returns: whether ladder_sanitise_for_terminal() replaces @c.
 */
gboolean
ladder_sanitise_is_terminal_control (gunichar c)
{
  return is_control (c) || is_line_break (c) || is_bidi_control (c) || is_bidi_mark (c);
}

/**
 * ladder_sanitise_quote_for_terminal:
 * @text: (nullable): a name that came from a file or from the command
 *   line: a file's, a person's
 *
 * The name as a message on a terminal should give it: made safe as
 * ladder_sanitise_for_terminal() does, between quotation marks, so that
 * where it starts and ends is plain even when it holds spaces or
 * replaced characters.
 *
 * Returns: (transfer full): “@text”, or “” for %NULL.
 */
char *
ladder_sanitise_quote_for_terminal (const char *text)
{
  g_autofree char *safe = ladder_sanitise_for_terminal (text != NULL ? text : "");

  return g_strdup_printf ("“%s”", safe);
}

typedef enum
{
  GAP_NONE,
  GAP_SPACE,
  GAP_BREAK,
} Gap;

/**
 * ladder_sanitise_for_paper:
 * @text: (nullable): text that came from a file
 * @flags: %LADDER_SANITISE_ONE_LINE where one line is expected (a table
 *   cell, a heading, a name in a sentence), or %LADDER_SANITISE_PARAGRAPHS
 *   where line breaks may stay (a note, a finding); with
 *   %LADDER_SANITISE_NO_ISOLATES, for text that is not drawn but shown as
 *   it is (a PDF's title), the isolates are left out
 *
 * Makes @text fit to draw with pango on the board paper or a chart:
 * control characters and the bidirectional embeddings, overrides and
 * isolates are removed (a tab reads as a space); spaces and tabs around
 * and between words, and leading and trailing ones, collapse to one space
 * or none; a run of line breaks (of any kind, with any spaces between)
 * becomes one line break, or with %LADDER_SANITISE_ONE_LINE one space;
 * and each line is wrapped in U+2068 FIRST STRONG ISOLATE and U+2069 POP
 * DIRECTIONAL ISOLATE, so that its direction is its own and cannot
 * reorder the text around it. Bytes that are not UTF-8 become U+FFFD.
 *
 * Returns: (transfer full) (nullable): the text to draw ("" when nothing
 *   visible is left), or %NULL for %NULL.
 */
char *
ladder_sanitise_for_paper (const char          *text,
                           LadderSanitiseFlags  flags)
{
  g_autofree char *valid = NULL;
  gboolean isolate = !(flags & LADDER_SANITISE_NO_ISOLATES);
  gboolean open = FALSE;
  Gap gap = GAP_NONE;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid) + 6);
  for (const char *c = valid; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (is_line_break (u))
        gap = (flags & LADDER_SANITISE_ONE_LINE) ? MAX (gap, GAP_SPACE) : GAP_BREAK;
      else if (u == ' ' || u == '\t')
        gap = MAX (gap, GAP_SPACE);
      else if (is_control (u) || is_bidi_control (u))
        continue;
      else
        {
          /* What lay between two visible characters, and nothing before
           * the first. */
          if (!open && isolate)
            g_string_append (out, LADDER_FIRST_STRONG_ISOLATE);
          else if (open && gap == GAP_BREAK)
            g_string_append (out, isolate ? LADDER_POP_DIRECTIONAL_ISOLATE "\n" LADDER_FIRST_STRONG_ISOLATE : "\n");
          else if (open && gap == GAP_SPACE)
            g_string_append_c (out, ' ');
          open = TRUE;
          gap = GAP_NONE;
          g_string_append_len (out, c, g_utf8_next_char (c) - c);
        }
    }
  if (open && isolate)
    g_string_append (out, LADDER_POP_DIRECTIONAL_ISOLATE);
  return g_string_free (out, FALSE);
}

/**
 * ladder_text_sanitise:
 * @text: (nullable): text that came from a file
 *
 * The older name of ladder_sanitise_for_terminal(), which it calls.
 *
 * Returns: (transfer full) (nullable): the text safe to print on a
 *   terminal, or %NULL for %NULL.
 */
char *
ladder_text_sanitise (const char *text)
{
  return ladder_sanitise_for_terminal (text);
}
