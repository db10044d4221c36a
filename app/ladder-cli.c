/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Command-line dispatcher: the subcommands that run without a display. */
#include "config.h"

#include <string.h>

#include "ladder-chart-command.h"
#include "ladder-assessment-file.h"
#include "ladder-cli.h"
#include "ladder-compare-command.h"
#include "ladder-data-import.h"
#include "ladder-data-inspect.h"
#include "ladder-ees-command.h"
#include "ladder-merge-command.h"
#include "ladder-recommend-command.h"
#include "ladder-report-command.h"
#include "ladder-review.h"
#include "ladder-review-command.h"
#include "ladder-sanitise.h"

/* Later features add their handler here. A command whose handler is NULL is
 * documented in --help as planned and refuses to run, so scripts never get a
 * silent success from something that does not exist yet. */
static const LadderCliCommand commands[] = {
  { "data inspect", "FILE... [--json]",
    "Describe data files: the layout found, what they hold and any problems.",
    ladder_data_inspect_command },
  { "data fetch", "--publication SLUG | --data-set ID | --check [-o DIR]",
    "Download the Department's statistics from Explore Education Statistics: every data set of a "
    "publication, one data set, or (--check) a newer version of each downloaded before. Kept in "
    "Ladder's data folder unless -o names another.",
    ladder_data_fetch_command },
  { "recommend", "FILE.ladder [--json]",
    "Print the recommended support for an assessment, with reasons, caveats, "
    "confidence and what would change it.",
    ladder_recommend_command },
  { "review", "FILE.ladder [--json]",
    "Print everyone's answers side by side: who took part, what the people at each leadership level make "
    "of each capacity, and the questions they rate two or more points apart.",
    ladder_review_command },
  { "report", "FILE.ladder -o PAPER.pdf [--force] [--data FILE...] [--author NAME] [--report-number TEXT] "
    "[--marking TEXT] [--sections NAME,...] [--indicator CODE...]",
    "Write the board paper for an assessment as a tagged PDF; the data files give its charts. "
    "--author and --report-number go on the cover, --marking (such as OFFICIAL-SENSITIVE) at the top and foot "
    "of every page. --sections keeps only the sections named, separated by commas (a name the paper lacks is "
    "refused with the list of names); --indicator, once for each measure code (a code is read whole, commas "
    "and all), chooses the indicators in place of those chosen on the assessment. "
    "--force replaces a read-only PAPER.pdf.",
    ladder_report_command },
  { "chart", "--data FILE... --area NAME-OR-CODE --measure CODE... "
    "[--kind trend|neighbours|distribution|scorecard] [--each-neighbour] [--width N] [--height N] "
    "-o OUT.png|svg|pdf|csv|xlsx [--force]",
    "Draw one chart of a council's figures to an image or PDF file, or its figures to CSV or an Excel "
    "workbook. "
    "A scorecard takes --measure more than once, codes separated by commas, or all, and grows taller "
    "than --height when its rows need the room to be read. "
    "--force replaces a read-only OUT file.",
    ladder_chart_command },
  { "merge", "REVIEW.ladder COPY.ladder... -o OUT.ladder [--prefer review|copies] [--force]",
    "Bring the answers people gave in their own copies back into the review, written to a new file. "
    "--force replaces a read-only OUT.ladder.",
    ladder_merge_command },
  { "compare", "EARLIER.ladder LATER.ladder | FOLLOW-UP.ladder [--json] [--data FILE...]",
    "Compare two reviews of one council, or a follow-up with the review it carries: each capacity then and "
    "now, the questions that moved, the advice, the actions and the indicators.",
    ladder_compare_command },
};

/**
 * ladder_cli_get_commands:
 * @n_commands: (out): the number of commands
 *
 * Returns: (transfer none) (array length=n_commands): every subcommand,
 *   built or planned.
 */
const LadderCliCommand *
ladder_cli_get_commands (guint *n_commands)
{
  *n_commands = G_N_ELEMENTS (commands);
  return commands;
}

/* How many leading words of argv name @command, or 0 when they do not. */
static int
match_command (const LadderCliCommand *command,
               int                     argc,
               char                  **argv)
{
  g_auto(GStrv) words = g_strsplit (command->name, " ", -1);
  int n = (int) g_strv_length (words);

  if (argc < n)
    return 0;
  for (int i = 0; i < n; i++)
    if (strcmp (words[i], argv[i]) != 0)
      return 0;
  return n;
}

static const LadderCliCommand *
find_command_by_first_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *name = commands[i].name;
      size_t len = strlen (word);

      if (strncmp (name, word, len) == 0 && (name[len] == '\0' || name[len] == ' '))
        return &commands[i];
    }
  return NULL;
}

static void
append_command_usage (GString                *out,
                      const LadderCliCommand *command)
{
  g_string_append_printf (out, "  ladder %s %s\n      %s%s\n",
                          command->name, command->synopsis, command->summary,
                          command->handler == NULL ? " (Planned: not built yet.)" : "");
}

static void
append_help (GString *out)
{
  g_string_append (out,
                   "Ladder " PACKAGE_VERSION ": improvement support planner for children's services\n"
                   "\n"
                   "Usage:\n"
                   "  ladder                      Open the window.\n"
                   "  ladder FILE.ladder          Open an assessment in the window.\n"
                   "  ladder COMMAND [ARGS...]    Run a command; no display is needed.\n"
                   "\n"
                   "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    append_command_usage (out, &commands[i]);
  g_string_append (out,
                   "  ladder help COMMAND\n"
                   "      Describe one command.\n"
                   "\n"
                   "Options:\n"
                   "  -h, --help                  Show this help and exit.\n"
                   "  --version                   Show the version and exit.\n"
                   "\n"
                   "Output files (-o): written whole or not at all, beside the name given.\n"
                   "A symbolic link there is refused, never written through: give the real\n"
                   "path. A folder, device, FIFO or socket is never replaced. A read-only\n"
                   "file is replaced only with --force, and keeps its permissions.\n"
                   "\n"
                   "Exit status: 0 on success; 2 when the input is wrong or the command\n"
                   "cannot run, with a one-line message on standard error.\n");
}

static int
run_help_for (const char *word,
              GString    *out,
              GString    *err)
{
  const LadderCliCommand *command = find_command_by_first_word (word);

  if (command == NULL)
    {
      g_string_append_printf (err, "ladder: there is no command called '%s'; "
                              "run 'ladder --help' to list them\n", word);
      return LADDER_EXIT_BAD_INPUT;
    }
  g_string_append (out, "Usage:\n");
  append_command_usage (out, command);
  return LADDER_EXIT_OK;
}

static gboolean
looks_like_assessment_file (const char *arg)
{
  return g_str_has_suffix (arg, ".ladder") ||
         g_file_test (arg, G_FILE_TEST_IS_REGULAR);
}

/**
 * ladder_cli_wants_window:
 * @argc: argument count, including the program name
 * @argv: arguments, including the program name
 *
 * Decides whether the arguments are for the window (none at all, or only
 * files to open) or for the command-line dispatcher.
 *
 * Returns: %TRUE when the application window should handle @argv.
 */
gboolean
ladder_cli_wants_window (int    argc,
                         char **argv)
{
  g_return_val_if_fail (argc >= 1, TRUE);

  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-' || find_command_by_first_word (argv[i]) != NULL ||
          strcmp (argv[i], "help") == 0 || !looks_like_assessment_file (argv[i]))
        return FALSE;
    }
  return TRUE;
}

static int
run_command (int      argc,
             char   **argv,
             GString *out,
             GString *err)
{
  const char *first = argv[1];

  if (strcmp (first, "--version") == 0)
    {
      g_string_append (out, "ladder " PACKAGE_VERSION "\n");
      return LADDER_EXIT_OK;
    }
  if (strcmp (first, "--help") == 0 || strcmp (first, "-h") == 0)
    {
      append_help (out);
      return LADDER_EXIT_OK;
    }
  if (strcmp (first, "help") == 0)
    {
      if (argc < 3)
        {
          append_help (out);
          return LADDER_EXIT_OK;
        }
      return run_help_for (argv[2], out, err);
    }
  if (first[0] == '-')
    {
      g_string_append_printf (err, "ladder: unknown option '%s'; "
                              "run 'ladder --help' for the options\n", first);
      return LADDER_EXIT_BAD_INPUT;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const LadderCliCommand *command = &commands[i];
      int n_words = match_command (command, argc - 1, argv + 1);
      int rest_argc;
      char **rest_argv;

      if (n_words == 0)
        continue;

      rest_argc = argc - 1 - n_words;
      rest_argv = argv + 1 + n_words;
      for (int j = 0; j < rest_argc; j++)
        if (strcmp (rest_argv[j], "--help") == 0 || strcmp (rest_argv[j], "-h") == 0)
          return run_help_for (command->name, out, err);

      if (command->handler == NULL)
        {
          g_string_append_printf (err, "ladder: the '%s' command is planned but "
                                  "not built in version " PACKAGE_VERSION "\n",
                                  command->name);
          return LADDER_EXIT_BAD_INPUT;
        }
      return command->handler (rest_argc, rest_argv, out, err);
    }

  if (find_command_by_first_word (first) != NULL)
    {
      g_string_append_printf (err, "ladder: '%s' needs more words; "
                              "run 'ladder help %s' for its usage\n", first, first);
      return LADDER_EXIT_BAD_INPUT;
    }

  g_string_append_printf (err, "ladder: there is no command or file called '%s'; "
                          "run 'ladder --help' to list the commands\n", first);
  return LADDER_EXIT_BAD_INPUT;
}

/**
 * ladder_cli_run:
 * @argc: argument count, including the program name
 * @argv: arguments, including the program name
 * @out: (out caller-allocates): collects standard output
 * @err: (out caller-allocates): collects standard error
 *
 * Runs the subcommand named by @argv. Never touches a display.
 *
 * Whatever the command wrote passes through ladder_cli_make_printable()
 * before it is returned: a name or note from a file that a command forgot
 * to sanitise still cannot act on the terminal it is printed to.
 *
 * Returns: the exit status for the process.
 */
int
ladder_cli_run (int      argc,
                char   **argv,
                GString *out,
                GString *err)
{
  int status;

  g_return_val_if_fail (argc >= 2, LADDER_EXIT_BAD_INPUT);
  g_return_val_if_fail (out != NULL && err != NULL, LADDER_EXIT_BAD_INPUT);

  status = run_command (argc, argv, out, err);
  ladder_cli_make_printable (out);
  ladder_cli_make_printable (err);
  return status;
}

/**
 * ladder_cli_make_printable:
 * @text: what a command is about to print
 *
 * Replaces, one for one with U+FFFD, every character in @text that would
 * act on a terminal rather than show (see ladder_sanitise_for_terminal()),
 * keeping its line breaks and tabs. Text that is already safe is left
 * byte for byte as it was.
 */
void
ladder_cli_make_printable (GString *text)
{
  g_autoptr(GString) safe = NULL;
  const char *start = text->str;

  g_return_if_fail (text != NULL);

  /* The common case, nothing to change, costs one pass and no copy. */
  for (const char *c = text->str; c < text->str + text->len; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char_validated (c, text->str + text->len - c);

      if (u == '\n' || u == '\t')
        continue;
      if (u == (gunichar) -1 || u == (gunichar) -2 || ladder_sanitise_is_terminal_control (u))
        break;
      start = g_utf8_next_char (c);
    }
  if (start >= text->str + text->len)
    return;

  safe = g_string_sized_new (text->len);
  for (const char *line = text->str; line < text->str + text->len;)
    {
      const char *end = memchr (line, '\n', text->str + text->len - line);
      gsize length = end != NULL ? (gsize) (end - line) : (gsize) (text->str + text->len - line);
      g_auto(GStrv) cells = NULL;
      g_autofree char *copy = g_strndup (line, length);

      /* A tab is kept as the separator it is; the rest is sanitised. */
      cells = g_strsplit (copy, "\t", -1);
      for (guint i = 0; cells[i] != NULL; i++)
        {
          g_autofree char *cell = ladder_sanitise_for_terminal (cells[i]);

          if (i > 0)
            g_string_append_c (safe, '\t');
          g_string_append (safe, cell);
        }
      if (end == NULL)
        break;
      g_string_append_c (safe, '\n');
      line = end + 1;
    }
  g_string_assign (text, safe->str);
}

/**
 * ladder_cli_append_json:
 * @out: what the command prints
 * @root: the document to print
 *
 * Appends @root as pretty-printed JSON and a line break. json-glib escapes
 * the C0 controls but writes DEL, the C1 controls and the bidirectional
 * controls as they are; those can only stand inside strings, so writing
 * them as \u escapes gives the same JSON, and one safe on a terminal.
 */
void
ladder_cli_append_json (GString  *out,
                        JsonNode *root)
{
  g_autofree char *json = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (root != NULL);

  json = ladder_json_to_data (root, TRUE, NULL);
  for (const char *c = json; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      /* Below U+007F only what json-glib has already escaped is a control. */
      if (u >= 0x7f && ladder_sanitise_is_terminal_control (u))
        g_string_append_printf (out, "\\u%04x", u);
      else
        g_string_append_len (out, c, g_utf8_next_char (c) - c);
    }
  g_string_append_c (out, '\n');
}

/**
 * ladder_cli_open_document:
 * @path: a .ladder file
 * @err: one line naming the problem
 *
 * Opens an assessment as the window does, through a #LadderDocument with
 * the built-in content, but keeping no recovery copy: a command changes
 * nothing behind the user's back.
 *
 * Returns: (transfer full) (nullable): the document.
 */
LadderDocument *
ladder_cli_open_document (const char *path,
                          GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autoptr(LadderDocument) document = NULL;

  if (content == NULL)
    {
      g_string_append_printf (err, "ladder: the built-in content is broken: %s\n", error->message);
      return NULL;
    }
  document = ladder_document_new (content);
  ladder_document_set_autosave_delay (document, 0);
  if (!ladder_document_open (document, path, &error))
    {
      /* One line of inert text, whatever the message: a name or a value
       * from the file must not break the line or drive the terminal. */
      g_autofree char *one_line = g_strdelimit (g_strdup (error->message), "\n", ' ');
      g_autofree char *line = ladder_text_sanitise (one_line);

      g_string_append_printf (err, "ladder: %s\n", line);
      return NULL;
    }
  return g_steal_pointer (&document);
}

/**
 * ladder_cli_load_data:
 * @files: (element-type filename): the data files
 * @err: one line naming the problem
 *
 * Returns: (transfer full) (nullable): everything the files hold.
 */
LadderDataset *
ladder_cli_load_data (GPtrArray *files,
                      GString   *err)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();

  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      LadderImportReport *report = ladder_data_import_file (dataset, files->pdata[i], NULL, &error);

      if (report == NULL)
        {
          g_autofree char *one_line = g_strdelimit (g_strdup (error->message), "\n", ' ');
          g_autofree char *line = ladder_text_sanitise (one_line);

          g_string_append_printf (err, "ladder: %s\n", line);
          return NULL;
        }
      ladder_import_report_free (report);
    }
  return g_steal_pointer (&dataset);
}
