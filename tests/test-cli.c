/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the command-line dispatcher, in-process and as a real process
 * with no display. */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ladder-assessment-file.h"
#include "ladder-cli.h"
#include "ladder-recommend-command.h"
#include "cli-fixtures.h"
#include "test-fixtures.h"

static void
test_version (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run (out, err, "--version", NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "ladder " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err->str, ==, "");
}

static void
test_help_documents_every_command (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const LadderCliCommand *commands;
  guint n_commands;
  static const char * const planned[] = { "data inspect", "recommend", "review", "report", "chart" };

  g_assert_cmpint (run (out, err, "--help", NULL), ==, LADDER_EXIT_OK);
  commands = ladder_cli_get_commands (&n_commands);
  g_assert_cmpuint (n_commands, >=, G_N_ELEMENTS (planned));
  for (guint i = 0; i < G_N_ELEMENTS (planned); i++)
    {
      g_autofree char *usage = g_strdup_printf ("ladder %s ", planned[i]);
      g_assert_nonnull (strstr (out->str, usage));
    }
  for (guint i = 0; i < n_commands; i++)
    g_assert_nonnull (strstr (out->str, commands[i].summary));
  g_assert_nonnull (strstr (out->str, "--kind trend|neighbours|distribution|scorecard"));
  g_assert_nonnull (strstr (out->str, "Exit status"));

  /* -h and "help" say the same. */
  {
    g_autofree char *first = g_strdup (out->str);

    g_assert_cmpint (run (out, err, "-h", NULL), ==, LADDER_EXIT_OK);
    g_assert_cmpstr (out->str, ==, first);
    g_assert_cmpint (run (out, err, "help", NULL), ==, LADDER_EXIT_OK);
    g_assert_cmpstr (out->str, ==, first);
  }
}

static void
test_help_for_one_command (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run (out, err, "help", "report", NULL), ==, LADDER_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "ladder report FILE.ladder -o PAPER.pdf"));
  g_assert_null (strstr (out->str, "ladder chart"));

  g_assert_cmpint (run (out, err, "chart", "--help", NULL), ==, LADDER_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "ladder chart --data"));

  g_assert_cmpint (run (out, err, "help", "dance", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'dance'"));
}

static void
test_bad_input_is_one_line_and_status_2 (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run (out, err, "frobnicate", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'frobnicate'"));
  g_assert_cmpstr (out->str, ==, "");

  g_assert_cmpint (run (out, err, "--frobnicate", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "unknown option '--frobnicate'"));

  /* "data" alone is half a command. */
  g_assert_cmpint (run (out, err, "data", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "ladder help data"));
}

static void
test_planned_commands_refuse_to_run (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const LadderCliCommand *commands;
  guint n_commands;

  commands = ladder_cli_get_commands (&n_commands);
  for (guint i = 0; i < n_commands; i++)
    {
      g_auto(GStrv) words = NULL;

      if (commands[i].handler != NULL)
        continue;
      words = g_strsplit (commands[i].name, " ", 2);
      g_assert_cmpint (run (out, err, words[0], words[1], NULL), ==, LADDER_EXIT_BAD_INPUT);
      assert_one_line (err);
      g_assert_nonnull (strstr (err->str, "not built"));
      g_assert_cmpstr (out->str, ==, "");
    }
}

static void
test_window_or_command (void)
{
  char *none[] = { "ladder", NULL };
  char *file[] = { "ladder", "review.ladder", NULL };
  char *command[] = { "ladder", "recommend", "review.ladder", NULL };
  char *option[] = { "ladder", "--version", NULL };
  char *word[] = { "ladder", "nonsense-that-is-not-a-file", NULL };

  g_assert_true (ladder_cli_wants_window (1, none));
  g_assert_true (ladder_cli_wants_window (2, file));
  g_assert_false (ladder_cli_wants_window (3, command));
  g_assert_false (ladder_cli_wants_window (2, option));
  g_assert_false (ladder_cli_wants_window (2, word));
}

static char *
demo_assessment (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "demo", "fictional-assessment.ladder", NULL);
}

/* ladder recommend: text for people, JSON for scripts, both from the same
 * engine, in-process. */
static void
test_recommend (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *path = demo_assessment ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_cmpint (run (out, err, "recommend", path, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_str_has_prefix (out->str, "Recommendation for Ashmoor (fictional), review of 2026-11-24\n"));
  g_assert_nonnull (strstr (out->str, "\nRecommended form: External scrutiny and formal intervention\n"));
  for (const char *heading = "The three capacities\0Why\0Caveats\0Confidence: \0What would change it\0";
       *heading != '\0'; heading += strlen (heading) + 1)
    g_assert_nonnull (strstr (out->str, heading));
  /* A private note never leaves the assessment. */
  g_assert_null (strstr (out->str, "missed three of the last five"));

  g_assert_cmpint (run (out, err, "recommend", "--json", path, NULL), ==, LADDER_EXIT_OK);
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "primary"), ==, "external-scrutiny");
  g_assert_cmpstr (json_object_get_string_member (root, "rule"), ==, "governance-dysfunctional");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "reasons")), >, 0);
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "confidence"), "why"));
}

/* ladder recommend reads both versions of the file: version 1 is converted
 * as it is read, and the file is left as it was. */
static void
test_recommend_version_1 (void)
{
  const char *text = "{\"format\": \"ladder-assessment\", \"version\": 1, \"review-date\": \"2026-11-24\", "
                     "\"context\": {\"ofsted-judgement\": \"inadequate\", \"ofsted-date\": \"2026-02-01\", "
                     "\"formal-intervention\": true}, \"respondents\": [{\"id\": \"r1\", \"level\": \"service\"}], "
                     "\"answers\": []}";
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.ladder", NULL);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (run (out, err, "recommend", "--json", path, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_nonnull (strstr (out->str, "\"latest-inspection\" : \"inadequate\""));
  g_assert_nonnull (strstr (out->str, "\"intervention\" : \"unspecified\""));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_recommend_bad_files (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.ladder", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.ladder", NULL);

  g_assert_true (g_file_set_contents (broken, "{\"format\": \"ladder-assessment\",\n \"version\": 1,\n \"x\": [}", -1, NULL));
  g_assert_true (g_file_set_contents (newer, "{\"format\": \"ladder-assessment\", \"version\": 4}", -1, NULL));

  g_assert_cmpint (run (out, err, "recommend", broken, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpstr (err->str, ==, "ladder: broken.ladder, line 3, column 8: expected a value (text, a number, true, false, null, [ or {)\n");
  g_assert_cmpstr (out->str, ==, "");

  g_assert_cmpint (run (out, err, "recommend", newer, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "newer version of Ladder"));

  g_assert_cmpint (run (out, err, "recommend", "/nonexistent/x.ladder", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "x.ladder could not be opened"));

  g_assert_cmpint (run (out, err, "recommend", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "recommend", "--pdf", broken, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_unlink (broken);
  g_unlink (newer);
  g_rmdir (dir);
}

/* An assessment with a named person, a person listed by role only (whose
 * name must never come out), a councillor, a name that is an escape
 * sequence and a private note; people two and three points apart. */
#define HIDDEN_NAME "Hidden Harriet"
#define PRIVATE_NOTE "Harriet private remark"

static char *
write_review_file (const char *dir)
{
  static const char text[] =
    "{\"format\": \"ladder-assessment\", \"version\": 2,\n"
    " \"council\": {\"name\": \"Testshire\", \"code\": null}, \"review-date\": \"2026-11-24\",\n"
    " \"context\": {},\n"
    " \"respondents\": [\n"
    "  {\"id\": \"r1\", \"name\": \"Named Person\", \"role\": \"Director\", \"level\": \"service\"},\n"
    "  {\"id\": \"r2\", \"name\": \"" HIDDEN_NAME "\", \"role\": \"Team manager\", \"level\": \"service\", "
    "\"by-role\": true},\n"
    "  {\"id\": \"r3\", \"name\": \"Cllr Open\", \"role\": \"Lead member\", \"level\": \"political\"},\n"
    "  {\"id\": \"r4\", \"name\": \"Esc\\u001b[2JName\", \"role\": null, \"level\": null}],\n"
    " \"answers\": [\n"
    "  {\"respondent\": \"r1\", \"question\": \"sa-listen-to-staff\", \"rating\": \"fully-in-place\", "
    "\"note\": \"Public note here\", \"private\": false},\n"
    "  {\"respondent\": \"r2\", \"question\": \"sa-listen-to-staff\", \"rating\": \"not-in-place\", "
    "\"note\": \"" PRIVATE_NOTE "\", \"private\": true},\n"
    "  {\"respondent\": \"r3\", \"question\": \"sa-listen-to-staff\", \"rating\": \"emerging\", "
    "\"note\": null, \"private\": false},\n"
    "  {\"respondent\": \"r4\", \"question\": \"sa-listen-to-staff\", \"rating\": \"dont-know\", "
    "\"note\": null, \"private\": false},\n"
    "  {\"respondent\": \"r1\", \"question\": \"st-clear-priorities\", \"rating\": \"largely-in-place\", "
    "\"note\": null, \"private\": false},\n"
    "  {\"respondent\": \"r3\", \"question\": \"st-clear-priorities\", \"rating\": \"not-in-place\", "
    "\"note\": null, \"private\": false},\n"
    "  {\"respondent\": \"r2\", \"question\": \"im-workforce\", \"rating\": \"emerging\", "
    "\"note\": null, \"private\": false}]}\n";
  char *path = g_build_filename (dir, "review.ladder", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static char *
run_binary (const char * const *args,
            int                *exit_status)
{
  const char *binary = g_getenv ("LADDER_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  *exit_status = WEXITSTATUS (status);
  return out;
}

/* Inputs that are not files, or whose names are hostile: each command
 * says what the path is, in one line of inert text, with status 2, and
 * never waits on a named pipe; the real binary too. */
static void
test_hostile_inputs (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *folder_name = g_path_get_basename (dir);
  g_autofree char *folder_line = g_strdup_printf ("ladder: %s is a folder, not a file\n", folder_name);
  g_autofree char *pipe_ladder = g_build_filename (dir, "pipe.ladder", NULL);
  g_autofree char *pipe_csv = g_build_filename (dir, "pipe.csv", NULL);
  g_autofree char *strange = g_build_filename (dir, "x\n\x1b[2Jy.ladder", NULL);
  g_autofree char *strange_csv = g_build_filename (dir, "x\ny\x1b[1m.csv", NULL);
  g_autofree char *chart = g_build_filename (dir, "chart.csv", NULL);
  g_autofree char *binary_out = NULL;
  const char *binary_args[] = { "data", "inspect", pipe_csv, NULL };
  int status = 0;

  g_assert_cmpint (mkfifo (pipe_ladder, 0600), ==, 0);
  g_assert_cmpint (mkfifo (pipe_csv, 0600), ==, 0);
  g_assert_true (g_file_set_contents (strange, "[]", -1, NULL));
  g_assert_true (g_file_set_contents (strange_csv, "Short Desc,Data item,Years,LA and Regions,Values\n",
                                      -1, NULL));
  /* Before the fix, a pipe's open never returned: fail instead of hanging. */
  alarm (30);

  g_assert_cmpint (run (out, err, "recommend", pipe_ladder, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: pipe.ladder is a named pipe, not a file\n");
  g_assert_cmpint (run (out, err, "review", dir, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, folder_line);
  g_assert_cmpint (run (out, err, "recommend", "/dev/null", NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: /dev/null is a device, not a file\n");
  g_assert_cmpint (run (out, err, "recommend", "", NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: No file was named: the path is empty\n");
  g_assert_cmpint (run (out, err, "recommend", strange, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_true (g_str_has_prefix (err->str, "ladder: x\uFFFD\uFFFD[2Jy.ladder is not a Ladder assessment"));

  g_assert_cmpint (run (out, err, "chart", "--data", pipe_csv, "--area", "601", "--measure", "LAC",
                        "-o", chart, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: pipe.csv is a named pipe, not a file\n");
  g_assert_cmpint (run (out, err, "data", "inspect", "/dev/zero", NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: /dev/zero is a device, not a file\n");
  g_assert_cmpint (run (out, err, "data", "inspect", strange_csv, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: x\uFFFDy\uFFFD[1m.csv has a header but no rows of data\n");

  binary_out = run_binary (binary_args, &status);
  g_assert_cmpint (status, ==, LADDER_EXIT_BAD_INPUT);
  alarm (0);

  g_unlink (pipe_ladder);
  g_unlink (pipe_csv);
  g_unlink (strange);
  g_unlink (strange_csv);
  g_unlink (chart);
  g_rmdir (dir);
}

/* ladder review: everyone's answers as text (sanitised) and as JSON. */
static void
test_review (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *path = write_review_file (dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *listen;

  g_assert_cmpint (run (out, err, "review", path, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_str_has_prefix (out->str, "Everyone’s answers side by side: Testshire, review of 2026-11-24\n"));
  g_assert_nonnull (strstr (out->str, "4 people took part: 1 councillor (Cllr Open, Lead member), 2 service leaders "
                                      "(Named Person, Director; Team manager) and 1 person whose level is not given"));
  /* Councillor, director, team manager, then the person with no level. */
  g_assert_true (g_regex_match_simple ("^  sa-listen-to-staff +2 4 1 \\?  3 \\*$", out->str, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  st-clear-priorities +1 3 - -  2 \\*$", out->str, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (out->str, "Esc\xef\xbf\xbd[2JName"));
  g_assert_null (strchr (out->str, '\x1b'));
  g_assert_null (strstr (out->str, HIDDEN_NAME));
  g_assert_null (strstr (out->str, PRIVATE_NOTE));

  g_assert_cmpint (run (out, err, "review", "--json", path, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "council"), ==, "Testshire");
  g_assert_cmpint (json_object_get_int_member (root, "differing"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "people")), ==, 4);
  listen = json_array_get_object_element (json_object_get_array_member (root, "questions"), 0);
  g_assert_cmpstr (json_object_get_string_member (listen, "id"), ==, "sa-listen-to-staff");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (listen, "notes"), 1), ==,
                   "Public note here");
  g_assert_true (json_array_get_null_element (json_object_get_array_member (listen, "notes"), 2));
  g_assert_null (strstr (out->str, HIDDEN_NAME));
  g_assert_null (strstr (out->str, PRIVATE_NOTE));

  /* Wrong input: status 2 and one line naming the problem. */
  g_assert_cmpint (run (out, err, "review", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "review", "--csv", path, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'--csv'"));
  g_assert_cmpint (run (out, err, "review", path, path, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "review", "/nonexistent/gone.ladder", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "gone.ladder"));
  g_assert_cmpstr (out->str, ==, "");

  g_unlink (path);
  g_rmdir (dir);
}

/* ladder recommend --json carries the questions people differ on, with
 * everyone's rating, and keeps what it had. */
static void
test_recommend_disagreements (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *path = write_review_file (dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *first;
  JsonArray *disagreements, *ratings;

  g_assert_cmpint (run (out, err, "recommend", "--json", path, NULL), ==, LADDER_EXIT_OK);
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  for (const char *member = "rule\0primary\0capacities\0perspectives\0views-differ\0confidence\0changes\0";
       *member != '\0'; member += strlen (member) + 1)
    g_assert_true (json_object_has_member (root, member));
  disagreements = json_object_get_array_member (root, "disagreements");
  g_assert_cmpuint (json_array_get_length (disagreements), ==, 2);
  first = json_array_get_object_element (disagreements, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "question"), ==, "sa-listen-to-staff");
  g_assert_cmpint (json_object_get_int_member (first, "lowest"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (first, "highest"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (first, "spread"), ==, 3);
  g_assert_nonnull (json_object_get_string_member (first, "statement"));
  ratings = json_object_get_array_member (first, "ratings");
  g_assert_cmpuint (json_array_get_length (ratings), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ratings, 0), "person"), ==,
                   "Cllr Open");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ratings, 0), "level"), ==,
                   "political");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ratings, 2), "person"), ==,
                   "Team manager");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ratings, 2), "rating"), ==,
                   "not-in-place");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ratings, 3), "rating"), ==,
                   "dont-know");
  g_unlink (path);
  g_rmdir (dir);
}

/* The real program: a role-only person's name and a private note appear
 * in nothing these commands print, and no escape character reaches the
 * terminal. */
static void
test_anonymity (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *path = write_review_file (dir);
  const char * const commands[][4] = {
    { "review", path, NULL }, { "review", "--json", path }, { "recommend", path, NULL },
    { "recommend", "--json", path }, { "compare", path, path, NULL }, { "compare", "--json", path, path },
  };

  if (g_getenv ("LADDER_BINARY") == NULL)
    {
      g_test_skip ("LADDER_BINARY is not set");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *args[5] = { commands[i][0], commands[i][1], commands[i][2], commands[i][3], NULL };
      int status;
      g_autofree char *out = run_binary (args, &status);

      g_test_message ("ladder %s %s", args[0], args[1]);
      g_assert_cmpint (status, ==, LADDER_EXIT_OK);
      g_assert_cmpuint (strlen (out), >, 100);
      g_assert_null (strstr (out, HIDDEN_NAME));
      g_assert_null (strstr (out, "Harriet"));
      g_assert_null (strstr (out, PRIVATE_NOTE));
      if (strcmp (args[0], "recommend") != 0)
        g_assert_null (strchr (out, '\x1b'));
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* ladder recommend on a file whose council, people and notes hold escape
 * sequences (a window title, a cleared screen), a C1 CSI and a
 * right-to-left override: none of them reaches the terminal, as text or
 * as JSON, whose strings still read back as the file had them. */
#define EVIL "\\u001b]0;evil\\u0007\\u001b[2J\\u009b31m\\u202e"

static void
test_recommend_escapes (void)
{
  static const char text[] =
    "{\"format\": \"ladder-assessment\", \"version\": 2,\n"
    " \"council\": {\"name\": \"Evil" EVIL "shire\", \"code\": null}, \"review-date\": \"2026-11-24\",\n"
    " \"context\": {},\n"
    " \"respondents\": [\n"
    "  {\"id\": \"r1\", \"name\": \"Named" EVIL "Person\", \"role\": \"Dir" EVIL "ector\", \"level\": \"service\"},\n"
    "  {\"id\": \"r2\", \"name\": \"Cllr" EVIL "Open\", \"role\": null, \"level\": \"political\"}],\n"
    " \"answers\": [\n"
    "  {\"respondent\": \"r1\", \"question\": \"sa-listen-to-staff\", \"rating\": \"fully-in-place\", "
    "\"note\": \"A note" EVIL "here\", \"private\": false},\n"
    "  {\"respondent\": \"r2\", \"question\": \"sa-listen-to-staff\", \"rating\": \"not-in-place\", "
    "\"note\": null, \"private\": false}]}\n";
  static const char * const unsafe[] = { "\x1b", "\x07", "\xc2\x9b", "\u202e" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("ladder-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "evil.ladder", NULL);
  g_autofree char *missing = g_build_filename (dir, "no\x1b]0;evil\x07such.ladder", NULL);
  const char *text_args[] = { "recommend", path, NULL };
  const char *json_args[] = { "recommend", "--json", path, NULL };
  g_autofree char *as_text = NULL, *as_json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *disagreements;
  int status;

  if (g_getenv ("LADDER_BINARY") == NULL)
    {
      g_test_skip ("LADDER_BINARY is not set");
      return;
    }
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  as_text = run_binary (text_args, &status);
  g_assert_cmpint (status, ==, LADDER_EXIT_OK);
  as_json = run_binary (json_args, &status);
  g_assert_cmpint (status, ==, LADDER_EXIT_OK);
  for (guint i = 0; i < G_N_ELEMENTS (unsafe); i++)
    {
      g_assert_null (strstr (as_text, unsafe[i]));
      g_assert_null (strstr (as_json, unsafe[i]));
    }
  /* Shown, not acted on. */
  g_assert_true (g_str_has_prefix (as_text, "Recommendation for Evil\uFFFD]0;evil\uFFFD\uFFFD[2J\uFFFD31m\uFFFDshire, "
                                            "review of 2026-11-24\n"));
  json_parser_load_from_data (parser, as_json, -1, &error);
  g_assert_no_error (error);
  disagreements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                "disagreements");
  g_assert_cmpuint (json_array_get_length (disagreements), ==, 1);
  g_assert_nonnull (strstr (as_json, "\\u001b]0;evil\\u0007\\u001b[2J\\u009b31m\\u202e"));

  /* Messages: a file name and an option given on the command line. */
  g_assert_cmpint (run (out, err, "recommend", missing, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_null (strchr (err->str, '\x1b'));
  g_assert_null (strchr (err->str, '\x07'));
  g_assert_cmpint (run (out, err, "recommend", "--\x1b[2J", path, NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: recommend has no option “--\uFFFD[2J”\n");
  g_unlink (path);
  g_rmdir (dir);
}

/* ladder chart: each kind to each format, read back by other tools. */
static void
test_chart (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autofree char *dictionary = fixture_demo_file ("fictional-lait-dictionary.csv");
  g_autofree char *neighbours = fixture_demo_file ("fictional-neighbours.csv");
  g_autofree char *codes = fixture_demo_file ("fictional-la-codes.csv");
  g_autofree char *dir = g_dir_make_tmp ("ladder-chart-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "trend.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "neighbours.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "distribution.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = NULL;
  gsize length;

  g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes, "--area", "601",
                        "--measure", "Work_Force_TO_Rate", "--width", "800", "--height", "500", "-o", png, NULL),
                   ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  assert_one_line (out);
  g_assert_true (g_str_has_prefix (out->str, "Social worker turnover rate: Ashmoor (fictional) "));
  /* A PNG's size is in its header: width then height, big-endian. */
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 800);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 500);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes,
                        "--area", "Ashmoor (fictional)", "--measure", "Work_Force_TO_Rate",
                        "--kind", "neighbours", "-o", svg, NULL), ==, LADDER_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "beside its neighbours (lower is better)"));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"1000pt\" height=\"600pt\""));
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes, "--area", "601",
                        "--measure", "LAC", "--kind", "distribution", "-o", pdf, NULL), ==, LADDER_EXIT_OK);
  pdfinfo = fixture_tool_output ("pdfinfo", pdf, NULL);
  if (pdfinfo != NULL)
    {
      g_autofree char *info = g_steal_pointer (&pdfinfo);

      g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Page size: +1000 x 600 pts", info, G_REGEX_MULTILINE, 0));
    }
  else
    g_test_message ("pdfinfo is not installed: the PDF was written but not read back");

  g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes, "--area", "601",
                        "--measure", "all", "--kind", "scorecard", "-o", png, NULL), ==, LADDER_EXIT_OK);
  g_assert_true (g_str_has_prefix (out->str, "Scorecard for Ashmoor (fictional): 13 measures."));
  g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes, "--area", "601",
                        "--measure", "LAC,ReReferral", "--kind", "scorecard", "-o", png, NULL), ==, LADDER_EXIT_OK);
  g_assert_true (g_str_has_prefix (out->str, "Scorecard for Ashmoor (fictional): 2 measures."));
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "601", "--measure", "LAC,ReReferral",
                        "-o", png, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "nly a scorecard shows several measures"));

  /* The figures as CSV: a header naming the series, a row per period. */
  {
    g_autofree char *csv = g_build_filename (dir, "trend.csv", NULL);
    g_auto(GStrv) lines = NULL;

    g_assert_cmpint (run (out, err, "chart", "--data", table, dictionary, neighbours, codes, "--area", "601",
                          "--measure", "Work_Force_TO_Rate", "-o", csv, NULL), ==, LADDER_EXIT_OK);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    lines = g_strsplit (contents, "\r\n", -1);
    g_assert_true (g_str_has_prefix (lines[0], "\xef\xbb\xbfPeriod,Ashmoor (fictional),"));
    g_assert_cmpuint (g_strv_length (lines), >, 5);
    g_clear_pointer (&contents, g_free);
    g_unlink (csv);
  }

  /* Wrong input: one line, status 2, and an earlier chart untouched. */
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "Nowhere", "--measure", "LAC",
                        "-o", png, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'Nowhere'"));
  /* A council is found however it is written, and a near miss is offered,
   * never charted in its place. */
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "Ashmor", "--measure", "LAC",
                        "-o", png, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "Did you mean Ashmoor (fictional)"));
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "ashmoor (FICTIONAL) Borough Council",
                        "--measure", "LAC", "-o", png, NULL), ==, LADDER_EXIT_OK);
  g_assert_true (g_str_has_prefix (out->str, "Children looked after"));
  g_assert_nonnull (strstr (out->str, "Ashmoor (fictional)"));

  /* A code with a comma is one measure, for every kind; a scorecard takes
   * --measure more than once. */
  {
    g_autofree char *comma = g_build_filename (dir, "comma.csv", NULL);
    static const char text[] =
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"
      "\"CPP_Total_Rateper10,000\",Child protection plans per 10000,2023-24,Ashmoor (fictional),40.5,601,North\n"
      "\"CPP_Total_Rateper10,000\",Child protection plans per 10000,2024-25,Ashmoor (fictional),42.25,601,North\n"
      "\"CPP_Total_Rateper10,000\",Child protection plans per 10000,2024-25,Brackenford (fictional),38,602,North\n"
      "LAC,Children looked after,2024-25,Ashmoor (fictional),58,601,North\n";
    g_autofree char *csv = g_build_filename (dir, "comma-out.csv", NULL);
    g_autofree char *written = NULL;

    g_assert_true (g_file_set_contents (comma, text, -1, NULL));
    g_assert_cmpint (run (out, err, "chart", "--data", comma, "--area", "601", "--measure", "CPP_Total_Rateper10,000",
                          "-o", csv, NULL), ==, LADDER_EXIT_OK);
    g_assert_true (g_file_get_contents (csv, &written, NULL, NULL));
    /* And in full: 42.25, not 42.3. */
    g_assert_nonnull (strstr (written, "\r\n2024-25,42.25"));
    g_assert_cmpint (run (out, err, "chart", "--data", comma, "--area", "601", "--kind", "scorecard",
                          "--measure", "CPP_Total_Rateper10,000", "--measure", "LAC", "-o", png, NULL),
                     ==, LADDER_EXIT_OK);
    g_assert_true (g_str_has_prefix (out->str, "Scorecard for Ashmoor (fictional): 2 measures."));
    /* The figures as an Excel workbook: a zip package. */
    {
      g_autofree char *xlsx = g_build_filename (dir, "comma-out.xlsx", NULL);
      g_autofree char *bytes = NULL;
      gsize length;

      g_assert_cmpint (run (out, err, "chart", "--data", comma, "--area", "601", "--measure",
                            "CPP_Total_Rateper10,000", "-o", xlsx, NULL), ==, LADDER_EXIT_OK);
      g_assert_true (g_file_get_contents (xlsx, &bytes, &length, NULL));
      g_assert_cmpmem (bytes, 4, "PK\x03\x04", 4);
      g_unlink (xlsx);
    }
    g_unlink (csv);
    g_unlink (comma);
  }
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "601", "--measure", "NOPE",
                        "-o", png, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "'NOPE'"));
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "601", "--measure", "LAC",
                        "--kind", "pie", "-o", png, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "601", "--measure", "LAC",
                        "-o", "chart.gif", NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpint (run (out, err, "chart", "--data", table, "--area", "601", "--measure", "LAC",
                        "--kind", "neighbours", "-o", svg, NULL), ==, LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, "No statistical neighbours"));
  {
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (svg, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, contents);
  }
  g_unlink (svg);
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_binary_runs_without_display (void)
{
  const char *binary = g_getenv ("LADDER_BINARY");
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (binary == NULL)
    {
      g_test_skip ("LADDER_BINARY is not set");
      return;
    }
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");

  {
    char *argv[] = { (char *) binary, "--version", NULL };
    g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (out, ==, "ladder " PACKAGE_VERSION "\n");
    g_assert_cmpstr (err, ==, "");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    char *argv[] = { (char *) binary, "chart", "--area", "Nowhere", NULL };
    g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, LADDER_EXIT_BAD_INPUT);
    g_assert_true (g_str_has_prefix (err, "ladder: "));
    g_assert_null (strstr (err, "display"));
  }
}

/* An impossible date in the evidence log or the action plan stops every
 * command that reads the file, with the line and column. */
static void
test_impossible_dates (void)
{
  static const char * const members[] = {
    "\"evidence\": [{\"id\": \"e1\", \"question\": \"sa-data-and-audits\", \"kind\": \"staff\",\n"
    "  \"date\": \"2026-02-30\", \"found\": \"x\", \"bearing\": \"supports\"}]",
    "\"actions\": [{\"id\": \"a1\", \"description\": \"x\",\n  \"due\": \"2027-02-29\", \"status\": \"done\"}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("ladder-cli-dates-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "dates.ladder", NULL);
      g_autofree char *text = g_strdup_printf ("{\"format\": \"ladder-assessment\", \"version\": 2, "
                                               "\"context\": {},\n\"respondents\": [], \"answers\": [],\n%s}",
                                               members[i]);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      for (const char *command = "recommend\0review\0"; *command != '\0'; command += strlen (command) + 1)
        {
          g_string_truncate (err, 0);
          g_assert_cmpint (run (out, err, command, path, NULL), ==, LADDER_EXIT_BAD_INPUT);
          g_test_message ("%s", err->str);
          g_assert_nonnull (strstr (err->str, "dates.ladder, line 4, column"));
          g_assert_nonnull (strstr (err->str, "is not a date"));
        }
      g_unlink (path);
      g_rmdir (dir);
    }
}

/* `ladder report` with the paper's options: the marking on every page,
 * the author and number on the cover, only the sections and indicators
 * named; a section it lacks, or an option with no value, refused in one
 * line that says what to do. */
static void
test_report_options (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *assessment = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autofree char *dictionary = fixture_demo_file ("fictional-lait-dictionary.csv");
  g_autofree char *neighbours = fixture_demo_file ("fictional-neighbours.csv");
  g_autofree char *codes = fixture_demo_file ("fictional-la-codes.csv");
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "paper.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL;

  g_assert_cmpint (run (out, err, "report", assessment, "-o", pdf, "--author", "Dana Whitfield (fictional)",
                        "--report-number", "14", "--marking", "OFFICIAL", "--sections", "summary, evidence",
                        "--indicator", "Work_Force_TO_Rate", "--indicator", "Work_Force_Vac_Rate",
                        "--indicator", "Rate_per10,000", "--data", table,
                        dictionary, neighbours, codes, NULL), ==, LADDER_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  text = fixture_tool_output ("pdftotext", pdf, "-", NULL);
  if (text != NULL)
    {
      g_autofree char *flat = g_strdelimit (g_strdup (text), "\n", ' ');
      g_auto(GStrv) markings = g_strsplit (text, "OFFICIAL", -1);
      g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

      info = fixture_tool_output ("pdfinfo", pdf, NULL);
      g_assert_true (g_regex_match_simple ("^Author: +Dana Whitfield \\(fictional\\)$", info, G_REGEX_MULTILINE, 0));
      g_assert_nonnull (strstr (flat, "Report number: 14"));
      g_assert_nonnull (strstr (flat, "Scorecard for Ashmoor (fictional): 2 measures."));
      g_assert_nonnull (strstr (flat, "Over time: Social worker vacancy rate"));
      g_assert_null (strstr (flat, "Over time: Agency social worker rate"));
      g_assert_null (strstr (flat, "The recommendation"));
      /* A code with a comma is one code, as measure codes can be. */
      g_assert_nonnull (strstr (flat, "not in the data given, so not shown: “Rate_per10,000”."));
      /* At the top and foot of every page (pdftotext ends each with \f),
       * and said on the cover. */
      g_assert_cmpuint (g_strv_length (markings) - 1, ==, 2 * (g_strv_length (pages) - 1) + 1);
    }
  g_unlink (pdf);

  g_assert_cmpint (run (out, err, "report", assessment, "-o", pdf, "--sections", "summary,charts", NULL), ==,
                   LADDER_EXIT_BAD_INPUT);
  assert_one_line (err);
  g_assert_cmpstr (err->str, ==, "ladder: report: The paper has no section “charts”; its sections are summary, "
                                 "board, capacities, review, checks, recommendation, success-factors, evidence-log, "
                                 "action-plan, since-last-review, evidence, appendix, glossary\n");
  g_assert_cmpint (run (out, err, "report", assessment, "-o", pdf, "--marking", NULL), ==, LADDER_EXIT_BAD_INPUT);
  g_assert_cmpstr (err->str, ==, "ladder: report: '--marking' needs a value\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help/all", test_help_documents_every_command);
  g_test_add_func ("/cli/help/one", test_help_for_one_command);
  g_test_add_func ("/cli/bad-input", test_bad_input_is_one_line_and_status_2);
  g_test_add_func ("/cli/planned", test_planned_commands_refuse_to_run);
  g_test_add_func ("/cli/window-or-command", test_window_or_command);
  g_test_add_func ("/cli/binary-without-display", test_binary_runs_without_display);
  g_test_add_func ("/cli/recommend", test_recommend);
  g_test_add_func ("/cli/impossible-dates", test_impossible_dates);
  g_test_add_func ("/cli/recommend-version-1", test_recommend_version_1);
  g_test_add_func ("/cli/recommend-bad-files", test_recommend_bad_files);
  g_test_add_func ("/cli/hostile-inputs", test_hostile_inputs);
  g_test_add_func ("/cli/recommend-escapes", test_recommend_escapes);
  g_test_add_func ("/cli/review", test_review);
  g_test_add_func ("/cli/recommend-disagreements", test_recommend_disagreements);
  g_test_add_func ("/cli/anonymity", test_anonymity);
  g_test_add_func ("/cli/chart", test_chart);
  g_test_add_func ("/cli/report-options", test_report_options);

  return g_test_run ();
}
