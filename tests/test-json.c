/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Guarded JSON reading at the sizes a hostile file may have: a megabyte on
 * one line reads (in one pass: bench-assessment times it), and a problem
 * far along a line or far down a file is named at its exact line and
 * column, where positions once stopped at column 4095 and wrapped past
 * line 2^20. Names from the file reach a message without their control
 * characters. */
#include "config.h"

#include <string.h>

#include "big-assessment.h"
#include "ladder-json.h"

/* The column, counted in characters, of the byte at @offset in one line. */
static glong
column_of (const char *line,
           gsize       offset)
{
  return g_utf8_strlen (line, (gssize) offset) + 1;
}

static void
test_one_line_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = NULL;
  g_autoptr(GString) broken = NULL;
  g_autofree char *pretty = NULL, *line = NULL, *expected = NULL;
  gsize pretty_length, line_length;
  const char *last;

  pretty = big_assessment_pretty (&pretty_length);
  line = big_assessment_one_line (pretty, pretty_length, &line_length);
  g_assert_cmpuint (line_length, >, 1000000);

  assessment = ladder_assessment_load_data (line, line_length, "one-line.ladder", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_assessment_get_n_respondents (assessment), ==, BIG_ASSESSMENT_PEOPLE);
  g_assert_nonnull (ladder_assessment_get_answer (assessment, ladder_assessment_get_respondent (assessment, 249)->id,
                                                  ladder_content_get_question (content, 31)->id));
  g_clear_object (&assessment);

  /* The last answer's "private" made wrong, a megabyte into the line and
   * past thousands of accented characters. */
  last = g_strrstr (line, "\"private\":");
  g_assert_nonnull (last);
  last += strlen ("\"private\":");
  broken = g_string_new_len (line, last - line);
  g_string_append (broken, "\"no\"");
  g_string_append (broken, last + (*last == 't' ? strlen ("true") : strlen ("false")));
  assessment = ladder_assessment_load_data (broken->str, broken->len, "one-line.ladder", NULL, &error);
  g_assert_null (assessment);
  expected = g_strdup_printf ("one-line.ladder, line 1, column %ld: ", column_of (line, last - line));
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, "“private” must be true or false"));
}

/* {"pad":"ééé…","bad":VALUE} with VALUE at column 5000 of line 1. */
static char *
far_along (const char *value)
{
  g_autoptr(GString) text = g_string_new ("{\"pad\":\"");

  /* Two bytes each, one column each. */
  while (g_utf8_strlen (text->str, -1) < 5000 - 1 - (glong) strlen ("\",\"bad\":"))
    g_string_append (text, "é");
  g_string_append (text, "\",\"bad\":");
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, 4999);
  g_string_append_printf (text, "%s}", value);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_column_5000 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderJsonDoc) doc = NULL;
  g_autofree char *wrong_type = far_along ("1");
  g_autofree char *not_json = far_along ("tru");
  const char *text;

  doc = ladder_json_doc_parse (wrong_type, strlen (wrong_type), "far.json", &error);
  g_assert_no_error (error);
  g_assert_false (ladder_json_get_string (doc, json_node_get_object (ladder_json_doc_get_root (doc)), "", "bad",
                                          TRUE, &text, &error));
  g_assert_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==, "far.json, line 1, column 5000: “bad” must be text in quote marks");
  g_clear_error (&error);
  g_clear_pointer (&doc, ladder_json_doc_free);

  doc = ladder_json_doc_parse (not_json, strlen (not_json), "far.json", &error);
  g_assert_null (doc);
  g_assert_error (error, LADDER_JSON_ERROR, LADDER_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "far.json, line 1, column 5000: expected a value (text, a number, true, "
                                       "false, null, [ or {)");
}

#define FAR_LINE 2000000

/* {HEAD, then line breaks, then "NAME": VALUE} on line 2,000,000: past
 * 2^20 lines, where positions packed into 32 bits once wrapped. About 2 MB. */
static char *
far_down (const char *head,
          const char *name,
          const char *value,
          gsize      *length)
{
  g_autoptr(GString) text = g_string_sized_new (FAR_LINE + 64);

  g_string_append_printf (text, "{%s", head);
  for (guint i = 1; i < FAR_LINE; i++)
    g_string_append_c (text, '\n');
  g_string_append_printf (text, "  \"%s\": %s}\n", name, value);
  *length = text->len;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_line_2000000 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderJsonDoc) doc = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;
  gsize length, not_json_length, assessment_length;
  g_autofree char *wrong_type = far_down ("", "bad", "1", &length);
  g_autofree char *not_json = far_down ("", "bad", "tru", &not_json_length);
  g_autofree char *wrong_council = far_down ("\"format\": \"ladder-assessment\", \"version\": 2,", "council", "5",
                                             &assessment_length);
  const char *text;

  doc = ladder_json_doc_parse (wrong_type, length, "down.json", &error);
  g_assert_no_error (error);
  g_assert_false (ladder_json_get_string (doc, json_node_get_object (ladder_json_doc_get_root (doc)), "", "bad",
                                          TRUE, &text, &error));
  g_assert_cmpstr (error->message, ==, "down.json, line 2000000, column 10: “bad” must be text in quote marks");
  g_clear_error (&error);

  g_assert_null (ladder_json_doc_parse (not_json, not_json_length, "down.json", &error));
  g_assert_cmpstr (error->message, ==, "down.json, line 2000000, column 10: expected a value (text, a number, "
                                       "true, false, null, [ or {)");
  g_clear_error (&error);

  /* The same through an assessment's own checks. */
  assessment = ladder_assessment_load_data (wrong_council, assessment_length, "down.ladder", NULL, &error);
  g_assert_null (assessment);
  g_assert_cmpstr (error->message, ==, "down.ladder, line 2000000, column 14: “council” must be an object in "
                                       "braces");
}

/* A name from the file reaches a message without its escape sequences. */
static void
test_names_in_messages (void)
{
  static const char twice[] = "{\"a\\u001b]0;evil\\u0007\": 1, \"a\\u001b]0;evil\\u0007\": 2}";
  static const char unknown[] = "{\"format\": \"ladder-assessment\", \"version\": 2, \"x\\u001b[2J\": 1}";
  static const char bad_escape[] = "[\"a\\\x1b[2J\"]";
  g_autoptr(GError) error = NULL;

  g_assert_null (ladder_json_doc_parse (twice, strlen (twice), "t.json", &error));
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_null (strchr (error->message, '\x07'));
  g_assert_cmpstr (error->message, ==, "t.json, line 1, column 29: “a\uFFFD]0;evil\uFFFD” appears twice in the "
                                       "same object");
  g_clear_error (&error);

  g_assert_null (ladder_assessment_load_data (unknown, strlen (unknown), "u.ladder", NULL, &error));
  g_assert_null (strchr (error->message, '\x1b'));
  g_clear_error (&error);

  g_assert_null (ladder_json_doc_parse (bad_escape, strlen (bad_escape), "e.json", &error));
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_cmpstr (error->message, ==, "e.json, line 1, column 4: a backslash must be followed by \", \\, /, b, f, "
                                       "n, r, t or u");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/one-line-assessment", test_one_line_assessment);
  g_test_add_func ("/json/column-5000", test_column_5000);
  g_test_add_func ("/json/line-2000000", test_line_2000000);
  g_test_add_func ("/json/names-in-messages", test_names_in_messages);

  return g_test_run ();
}
