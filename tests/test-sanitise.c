/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text from a file made safe for a terminal (every control shown as U+FFFD,
 * so no escape sequence acts) and for the paper and charts (controls gone,
 * line breaks and spaces tidied, each line isolated so its direction
 * cannot reorder the text around it). */
#include "config.h"

#include <string.h>

#include "ladder-sanitise.h"

#define FFFD "\xef\xbf\xbd"
#define FSI  LADDER_FIRST_STRONG_ISOLATE
#define PDI  LADDER_POP_DIRECTIONAL_ISOLATE

static void
test_terminal (void)
{
  static const struct
  {
    const char *text;
    const char *safe;
  } cases[] = {
    { "Ashmoor", "Ashmoor" },
    { "Café – “quoted” ’s £5\xc2\xa0ok", "Café – “quoted” ’s £5\xc2\xa0ok" },
    /* Escape sequences: ESC and BEL shown, the rest plain text. */
    { "a\x1b]0;evil\x07z", "a" FFFD "]0;evil" FFFD "z" },
    { "\x1b[2Jwiped", FFFD "[2Jwiped" },
    /* Every C0 control, DEL and C1 (here CSI, U+009B), one for one. */
    { "a\tb\nc\rd\x7f" "e\xc2\x9b" "f", "a" FFFD "b" FFFD "c" FFFD "d" FFFD "e" FFFD "f" },
    /* Bidirectional controls and marks, line and paragraph separators. */
    { "x\u202Ey\u2066z\u2069w\u200E\u200F\u061C!", "x" FFFD "y" FFFD "z" FFFD "w" FFFD FFFD FFFD "!" },
    { "p\u2028q\u2029r", "p" FFFD "q" FFFD "r" },
    { "bad\xff" "byte", "bad" FFFD "byte" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = ladder_sanitise_for_terminal (cases[i].text);
      g_autofree char *old_name = ladder_text_sanitise (cases[i].text);

      g_assert_cmpstr (safe, ==, cases[i].safe);
      g_assert_cmpstr (old_name, ==, cases[i].safe);
      g_assert_null (strchr (safe, '\x1b'));
    }
  g_assert_null (ladder_sanitise_for_terminal (NULL));
  g_assert_null (ladder_text_sanitise (NULL));
}

static void
test_quote (void)
{
  g_autofree char *name = ladder_sanitise_quote_for_terminal ("my \x1b[31mfile.ladder");
  g_autofree char *none = ladder_sanitise_quote_for_terminal (NULL);

  g_assert_cmpstr (name, ==, "“my " FFFD "[31mfile.ladder”");
  g_assert_cmpstr (none, ==, "“”");
}

static void
test_paper (void)
{
  static const struct
  {
    const char *text;
    const char *paragraphs;
    const char *one_line;
  } cases[] = {
    { "Ashmoor", FSI "Ashmoor" PDI, FSI "Ashmoor" PDI },
    /* An override, embeddings and isolates of the file's own go. */
    { "Ash\u202Emoor council", FSI "Ashmoor council" PDI, FSI "Ashmoor council" PDI },
    { "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i", FSI "abcdefghi" PDI, FSI "abcdefghi" PDI },
    /* Right-to-left writing and its marks stay, isolated. */
    { "مرحبا\u200F 12", FSI "مرحبا\u200F 12" PDI, FSI "مرحبا\u200F 12" PDI },
    /* Controls go (no box of hexadecimal digits); a tab is a space. */
    { "a\x01" "b\x1b[2Jc\x7f" "d\xc2\x9b" "e\tf", FSI "ab[2Jcde f" PDI, FSI "ab[2Jcde f" PDI },
    /* Spaces collapse and trim. */
    { "  two   spaces \t ", FSI "two spaces" PDI, FSI "two spaces" PDI },
    /* A run of line breaks of any kind, with spaces between, is one. */
    { "first\n\n \r\n\u2028\u2029\x0b\x0c\xc2\x85 second\nthird",
      FSI "first" PDI "\n" FSI "second" PDI "\n" FSI "third" PDI, FSI "first second third" PDI },
    { "\n\n\nnote\n\n\n", FSI "note" PDI, FSI "note" PDI },
    /* Nothing visible: nothing at all. */
    { " \n\t\x1b\u202E ", "", "" },
    { "", "", "" },
    { "bad\xff" "byte", FSI "bad" FFFD "byte" PDI, FSI "bad" FFFD "byte" PDI },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *paragraphs = ladder_sanitise_for_paper (cases[i].text, LADDER_SANITISE_PARAGRAPHS);
      g_autofree char *one_line = ladder_sanitise_for_paper (cases[i].text, LADDER_SANITISE_ONE_LINE);

      g_assert_cmpstr (paragraphs, ==, cases[i].paragraphs);
      g_assert_cmpstr (one_line, ==, cases[i].one_line);
    }
  g_assert_null (ladder_sanitise_for_paper (NULL, LADDER_SANITISE_ONE_LINE));
}

/* For PDF metadata: the same without isolates, so already isolated text
 * comes out plain. */
static void
test_paper_no_isolates (void)
{
  g_autofree char *lines = ladder_sanitise_for_paper ("\x1b]0;a\u202E b\n\n c", LADDER_SANITISE_NO_ISOLATES);
  g_autofree char *line = ladder_sanitise_for_paper ("a\u202E b\n\n c", LADDER_SANITISE_ONE_LINE |
                                                     LADDER_SANITISE_NO_ISOLATES);
  g_autofree char *isolated = ladder_sanitise_for_paper ("x " FSI "y" PDI, LADDER_SANITISE_ONE_LINE);
  g_autofree char *plain = ladder_sanitise_for_paper (isolated, LADDER_SANITISE_ONE_LINE |
                                                      LADDER_SANITISE_NO_ISOLATES);
  g_autofree char *again = ladder_sanitise_for_paper (isolated, LADDER_SANITISE_ONE_LINE);

  g_assert_cmpstr (lines, ==, "]0;a b\nc");
  g_assert_cmpstr (line, ==, "a b c");
  g_assert_cmpstr (plain, ==, "x y");
  /* Sanitising twice changes nothing. */
  g_assert_cmpstr (again, ==, isolated);
}

/* A note of 19,990 line breaks, or of as many spaces, is a few words. */
static void
test_paper_runs (void)
{
  g_autoptr(GString) breaks = g_string_new ("Before");
  g_autoptr(GString) spaces = g_string_new ("Before");
  g_autofree char *one_break = NULL, *one_space = NULL;

  for (guint i = 0; i < 19990; i++)
    {
      g_string_append_c (breaks, '\n');
      g_string_append_c (spaces, ' ');
    }
  g_string_append (breaks, "after");
  g_string_append (spaces, "after");
  one_break = ladder_sanitise_for_paper (breaks->str, LADDER_SANITISE_PARAGRAPHS);
  one_space = ladder_sanitise_for_paper (spaces->str, LADDER_SANITISE_PARAGRAPHS);
  g_assert_cmpstr (one_break, ==, FSI "Before" PDI "\n" FSI "after" PDI);
  g_assert_cmpstr (one_space, ==, FSI "Before after" PDI);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sanitise/terminal", test_terminal);
  g_test_add_func ("/sanitise/quote", test_quote);
  g_test_add_func ("/sanitise/paper", test_paper);
  g_test_add_func ("/sanitise/paper-no-isolates", test_paper_no_isolates);
  g_test_add_func ("/sanitise/paper-runs", test_paper_runs);

  return g_test_run ();
}
