/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for what a save may replace: the commands' -o never writes through
 * a symbolic link, never replaces a device, FIFO, socket or folder, and
 * replaces a read-only file only with --force; the writer's own flags,
 * error codes and stages (engine). */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-atomic-file.h"
#include "ladder-cli.h"
#include "test-fixtures.h"

#define PRECIOUS "another person's file\n"

/* The three commands that take -o, each with inputs that would be written
 * if the output were allowed. */
typedef enum
{
  WRITER_REPORT,
  WRITER_CHART,
  WRITER_MERGE,
  N_WRITERS
} Writer;

static const char * const writer_names[] = { "report", "chart", "merge" };
static const char * const writer_suffixes[] = { ".pdf", ".csv", ".ladder" };

typedef struct
{
  char *dir;
  char *review;
  char *copy;
} Fixture;

/* Removes a folder and everything in it, never following a link. */
static void
remove_tree (const char *path)
{
  GStatBuf info;

  if (g_lstat (path, &info) != 0)
    return;
  if (S_ISDIR (info.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *full = g_build_filename (path, name, NULL);

          remove_tree (full);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) review = ladder_assessment_new ();
  g_autoptr(LadderAssessment) copy = NULL;
  g_autofree char *demo = fixture_demo_file ("fictional-assessment.ladder");

  /* Every refusal must be of inputs that would otherwise be written. */
  g_assert_true (g_file_test (demo, G_FILE_TEST_IS_REGULAR));
  fixture->dir = g_dir_make_tmp ("ladder-atomic-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->review = g_build_filename (fixture->dir, "review.ladder", NULL);
  fixture->copy = g_build_filename (fixture->dir, "sam.ladder", NULL);
  ladder_assessment_set_council (review, "Ashmoor (fictional)", "601");
  ladder_assessment_add_respondent (review, "Sam Jones", "Team manager", LADDER_LEADERSHIP_SERVICE);
  copy = ladder_assessment_copy_for_respondent (review, "r1");
  ladder_assessment_set_answer (copy, "r1", "sa-data-and-audits", LADDER_RATING_EMERGING, NULL, FALSE);
  g_assert_true (ladder_assessment_save_file (review, fixture->review, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_assessment_save_file (copy, fixture->copy, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->review);
  g_free (fixture->copy);
}

/* Runs @writer in-process with -o @output (and --force); its exit status. */
static int
run_writer (Fixture    *fixture,
            Writer      writer,
            const char *output,
            gboolean    force,
            GString    *out,
            GString    *err)
{
  g_autofree char *assessment = fixture_demo_file ("fictional-assessment.ladder");
  g_autofree char *table = fixture_demo_file ("fictional-lait-table.csv");
  g_autofree char *dictionary = fixture_demo_file ("fictional-lait-dictionary.csv");
  g_autofree char *neighbours = fixture_demo_file ("fictional-neighbours.csv");
  g_autofree char *codes = fixture_demo_file ("fictional-la-codes.csv");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *report[] = { assessment, NULL };
  const char *chart[] = { "--data", table, dictionary, neighbours, codes, "--area", "601",
                          "--measure", "Work_Force_TO_Rate", NULL };
  const char *merge[] = { fixture->review, fixture->copy, NULL };
  const char * const *inputs[] = { report, chart, merge };

  g_ptr_array_add (args, (gpointer) "ladder");
  g_ptr_array_add (args, (gpointer) writer_names[writer]);
  for (guint i = 0; inputs[writer][i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) inputs[writer][i]);
  g_ptr_array_add (args, (gpointer) "-o");
  g_ptr_array_add (args, (gpointer) output);
  if (force)
    g_ptr_array_add (args, (gpointer) "--force");
  g_ptr_array_add (args, NULL);

  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  return ladder_cli_run (args->len - 1, (char **) args->pdata, out, err);
}

/* A path in the fixture's folder named for @writer: "NAME-report.pdf". */
static char *
output_path (Fixture    *fixture,
             const char *folder,
             const char *name,
             Writer      writer)
{
  g_autofree char *file = g_strconcat (name, "-", writer_names[writer], writer_suffixes[writer], NULL);

  return g_build_filename (fixture->dir, folder != NULL ? folder : file, folder != NULL ? file : NULL,
                           NULL);
}

static void
assert_one_line (GString *text)
{
  g_assert_cmpuint (text->len, >, 0);
  g_assert_true (text->str[text->len - 1] == '\n');
  g_assert_null (memchr (text->str, '\n', text->len - 1));
}

/* Refused with exit status 2, one line on standard error that says
 * @because, nothing on standard output. */
static void
assert_refused (Fixture    *fixture,
                Writer      writer,
                const char *output,
                const char *because)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run_writer (fixture, writer, output, FALSE, out, err), ==, LADDER_EXIT_BAD_INPUT);
  g_test_message ("%s", err->str);
  assert_one_line (err);
  g_assert_nonnull (strstr (err->str, because));
  g_assert_cmpstr (out->str, ==, "");
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

/* Only the files the test made are in @folder: no temporary is left. */
static void
assert_no_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_null (strstr (name, ".save-"));
}

static void
assert_link_to (const char *link,
                const char *target)
{
  g_autofree char *read = g_file_read_link (link, NULL);

  g_assert_cmpstr (read, ==, target);
}

/* -o naming a link to a file: refused; the link and the file it leads to
 * are as they were. */
static void
test_cli_link_to_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "chosen.txt", NULL);

  g_assert_true (g_file_set_contents (target, PRECIOUS, -1, NULL));
  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *link = output_path (fixture, NULL, "link", writer);

      g_assert_cmpint (symlink (target, link), ==, 0);
      assert_refused (fixture, writer, link,
                      "is a symbolic link; Ladder does not write through links: give the real path");
      assert_link_to (link, target);
      assert_contents (target, PRECIOUS);
    }
  assert_no_temporaries (fixture->dir);
}

/* -o naming a link to a FIFO or a device node: refused; the node is still
 * there, and still a node. A null device is made here rather than linking
 * to /dev/null, so that a broken build replaces a node of the test's own. */
static void
test_cli_link_to_node (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe", NULL);
  g_autofree char *device = g_build_filename (fixture->dir, "null", NULL);
  gboolean have_device;
  GStatBuf info;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  have_device = mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0;
  if (!have_device)
    g_test_message ("no device node could be made (%s): only the FIFO is tried", g_strerror (errno));
  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *to_fifo = output_path (fixture, NULL, "to-fifo", writer);
      g_autofree char *to_device = output_path (fixture, NULL, "to-device", writer);

      g_assert_cmpint (symlink (fifo, to_fifo), ==, 0);
      assert_refused (fixture, writer, to_fifo, "is a symbolic link");
      g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
      g_assert_true (S_ISFIFO (info.st_mode));
      assert_link_to (to_fifo, fifo);
      if (!have_device)
        continue;
      g_assert_cmpint (symlink (device, to_device), ==, 0);
      assert_refused (fixture, writer, to_device, "is a symbolic link");
      g_assert_cmpint (g_lstat (device, &info), ==, 0);
      g_assert_true (S_ISCHR (info.st_mode));
      assert_link_to (to_device, device);
    }
  assert_no_temporaries (fixture->dir);
}

/* -o naming a FIFO: refused by what it is, and never opened (a write to
 * a FIFO nobody reads would hang the test). */
static void
test_cli_fifo (Fixture       *fixture,
               gconstpointer  data)
{
  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *fifo = output_path (fixture, NULL, "fifo", writer);
      GStatBuf info;

      g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
      assert_refused (fixture, writer, fifo,
                      "is a named pipe (FIFO); Ladder only ever replaces a regular file");
      g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
      g_assert_true (S_ISFIFO (info.st_mode));
    }
  assert_no_temporaries (fixture->dir);
}

/* -o naming a folder: refused, saying it is a folder. */
static void
test_cli_folder (Fixture       *fixture,
                 gconstpointer  data)
{
  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *folder = output_path (fixture, NULL, "folder", writer);

      g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
      assert_refused (fixture, writer, folder, "is a folder; Ladder only ever replaces a regular file");
      g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    }
  assert_no_temporaries (fixture->dir);
}

/* -o naming a read-only file: refused, saying --force would replace it;
 * with --force it is replaced and stays read-only. */
static void
test_cli_read_only (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const starts[] = { "%PDF-", "\xef\xbb\xbf", "{" };

  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *path = output_path (fixture, NULL, "read-only", writer);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      g_autofree char *contents = NULL;
      GStatBuf info;

      g_assert_true (g_file_set_contents (path, PRECIOUS, -1, NULL));
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      assert_refused (fixture, writer, path,
                      "is read-only, so it was not replaced; add --force to replace it");
      assert_contents (path, PRECIOUS);

      if (run_writer (fixture, writer, path, TRUE, out, err) != LADDER_EXIT_OK)
        g_error ("%s --force did not replace a read-only file: %s", writer_names[writer], err->str);
      g_assert_cmpstr (err->str, ==, "");
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, starts[writer]));
      g_assert_cmpint (g_lstat (path, &info), ==, 0);
      g_assert_cmpint (info.st_mode & 07777, ==, 0444);
    }
  assert_no_temporaries (fixture->dir);
}

/* In a shared folder (sticky, anyone may write), a link planted where the
 * output will go, leading to a file of the planter's choosing: refused,
 * that file untouched. When the test runs as root the link is handed to
 * "nobody", as if another user had planted it. */
static void
test_cli_sticky_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *shared = g_build_filename (fixture->dir, "shared", NULL);
  g_autofree char *chosen = g_build_filename (fixture->dir, "someone-elses.txt", NULL);

  g_assert_cmpint (g_mkdir (shared, 0700), ==, 0);
  g_assert_cmpint (g_chmod (shared, 01777), ==, 0);
  g_assert_true (g_file_set_contents (chosen, PRECIOUS, -1, NULL));
  for (Writer writer = 0; writer < N_WRITERS; writer++)
    {
      g_autofree char *planted = output_path (fixture, "shared", "paper", writer);

      g_assert_cmpint (symlink (chosen, planted), ==, 0);
      if (geteuid () == 0)
        g_assert_cmpint (lchown (planted, 65534, 65534), ==, 0);
      assert_refused (fixture, writer, planted, "is a symbolic link");
      assert_contents (chosen, PRECIOUS);
      assert_link_to (planted, chosen);
    }
  assert_no_temporaries (shared);
}

/* The writer itself: each refusal has its own code, leaves no temporary,
 * and the window's default (links followed) still refuses a node. */
static void
test_write_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "file.txt", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.txt", NULL);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe", NULL);
  g_autofree char *to_fifo = g_build_filename (fixture->dir, "to-pipe", NULL);
  g_autofree char *read_only = g_build_filename (fixture->dir, "read-only.txt", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_true (g_file_set_contents (file, PRECIOUS, -1, NULL));
  g_assert_true (g_file_set_contents (read_only, PRECIOUS, -1, NULL));
  g_assert_cmpint (g_chmod (read_only, 0400), ==, 0);
  g_assert_cmpint (symlink ("file.txt", link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("pipe", to_fifo), ==, 0);

  g_assert_false (ladder_file_write_atomic_full (link, "new", 3, LADDER_FILE_WRITE_STRICT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_SYMBOLIC_LINK);
  g_clear_error (&error);
  g_assert_false (ladder_file_check_replaceable (link, LADDER_FILE_WRITE_STRICT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_SYMBOLIC_LINK);
  g_clear_error (&error);
  g_assert_false (ladder_file_write_atomic_full (fifo, "new", 3, LADDER_FILE_WRITE_REPLACE_READ_ONLY,
                                                 &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_NOT_REGULAR);
  g_clear_error (&error);
  g_assert_false (ladder_file_write_atomic (to_fifo, "new", 3, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "is a named pipe (FIFO)"));
  g_clear_error (&error);
  g_assert_false (ladder_file_write_atomic_full (fixture->dir, "new", 3, LADDER_FILE_WRITE_STRICT,
                                                 &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_NOT_REGULAR);
  g_clear_error (&error);
  g_assert_false (ladder_file_write_atomic_full (read_only, "new", 3, LADDER_FILE_WRITE_STRICT,
                                                 &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY);
  g_clear_error (&error);

  assert_contents (file, PRECIOUS);
  assert_contents (read_only, PRECIOUS);
  g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
  assert_no_temporaries (fixture->dir);

  /* Replacing the read-only file when asked keeps its permissions. */
  g_assert_true (ladder_file_write_atomic_full (read_only, "new", 3,
                                                LADDER_FILE_WRITE_REPLACE_READ_ONLY, &error));
  g_assert_no_error (error);
  assert_contents (read_only, "new");
  g_assert_cmpint (g_lstat (read_only, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0400);
}

/* A command's strict -o lasts only for its own write: afterwards the
 * plain writer follows links again, as the window's Save does. */
static void
test_write_thread_flags (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "file.txt", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link-chart.csv", NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  LadderFileWriteFlags previous;

  g_assert_true (g_file_set_contents (file, PRECIOUS, -1, NULL));
  g_assert_cmpint (symlink ("file.txt", link), ==, 0);
  g_assert_cmpint (run_writer (fixture, WRITER_CHART, link, FALSE, out, err), ==,
                   LADDER_EXIT_BAD_INPUT);
  g_assert_true (ladder_file_write_atomic (link, "new", 3, &error));
  g_assert_no_error (error);
  assert_contents (file, "new");
  assert_link_to (link, "file.txt");

  previous = ladder_file_write_set_thread_flags (LADDER_FILE_WRITE_STRICT);
  g_assert_cmpint (previous, ==, LADDER_FILE_WRITE_FOLLOW_LINKS);
  g_assert_false (ladder_file_write_atomic (link, "newer", 5, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_SYMBOLIC_LINK);
  g_assert_cmpint (ladder_file_write_set_thread_flags (previous), ==, LADDER_FILE_WRITE_STRICT);
  assert_contents (file, "new");
}

/* What already worked: a new file is made; a regular file is replaced
 * with its permissions kept; the folder ends with no temporary. */
static void
test_write_regular (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.txt", NULL);
  g_autofree char *existing = g_build_filename (fixture->dir, "existing.txt", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_true (ladder_file_write_atomic_full (fresh, "one", 3, LADDER_FILE_WRITE_STRICT, &error));
  g_assert_no_error (error);
  assert_contents (fresh, "one");

  g_assert_true (g_file_set_contents (existing, PRECIOUS, -1, NULL));
  g_assert_cmpint (g_chmod (existing, 0640), ==, 0);
  g_assert_true (ladder_file_write_atomic_full (existing, "two", 3, LADDER_FILE_WRITE_STRICT, &error));
  g_assert_no_error (error);
  assert_contents (existing, "two");
  g_assert_cmpint (g_lstat (existing, &info), ==, 0);
  g_assert_true (S_ISREG (info.st_mode));
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
  assert_no_temporaries (fixture->dir);
}

typedef struct
{
  GArray *stages;
  char   *path;
} StageLog;

static void
log_stage (LadderFileSaveStage  stage,
           const char          *path,
           gpointer             user_data)
{
  StageLog *log = user_data;
  g_autofree char *contents = NULL;

  g_array_append_val (log->stages, stage);
  /* Before the rename the file still holds the old text; after, the new. */
  g_assert_true (g_file_get_contents (log->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, stage < LADDER_FILE_STAGE_RENAMED ? "old" : "new");
  if (stage < LADDER_FILE_STAGE_RENAMED)
    g_assert_true (strstr (path, ".save-") != NULL);
  else
    g_assert_cmpstr (path, ==, log->path);
}

/* The stages a save reports, in order, each when it is true. */
static void
test_write_stages (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "staged.txt", NULL);
  StageLog log = { g_array_new (FALSE, FALSE, sizeof (LadderFileSaveStage)), path };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  ladder_file_set_stage_hook (log_stage, &log);
  g_assert_true (ladder_file_write_atomic_full (path, "new", 3, LADDER_FILE_WRITE_STRICT, &error));
  ladder_file_set_stage_hook (NULL, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (log.stages->len, ==, LADDER_FILE_STAGE_DONE + 1);
  for (guint i = 0; i < log.stages->len; i++)
    g_assert_cmpint (g_array_index (log.stages, LadderFileSaveStage, i), ==, i);
  g_array_unref (log.stages);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/atomic-file/cli/link-to-file", Fixture, NULL, fixture_set_up, test_cli_link_to_file,
              fixture_tear_down);
  g_test_add ("/atomic-file/cli/link-to-node", Fixture, NULL, fixture_set_up, test_cli_link_to_node,
              fixture_tear_down);
  g_test_add ("/atomic-file/cli/fifo", Fixture, NULL, fixture_set_up, test_cli_fifo, fixture_tear_down);
  g_test_add ("/atomic-file/cli/folder", Fixture, NULL, fixture_set_up, test_cli_folder,
              fixture_tear_down);
  g_test_add ("/atomic-file/cli/read-only", Fixture, NULL, fixture_set_up, test_cli_read_only,
              fixture_tear_down);
  g_test_add ("/atomic-file/cli/sticky-folder", Fixture, NULL, fixture_set_up, test_cli_sticky_folder,
              fixture_tear_down);
  g_test_add ("/atomic-file/write/refusals", Fixture, NULL, fixture_set_up, test_write_refusals,
              fixture_tear_down);
  g_test_add ("/atomic-file/write/thread-flags", Fixture, NULL, fixture_set_up, test_write_thread_flags,
              fixture_tear_down);
  g_test_add ("/atomic-file/write/regular", Fixture, NULL, fixture_set_up, test_write_regular,
              fixture_tear_down);
  g_test_add ("/atomic-file/write/stages", Fixture, NULL, fixture_set_up, test_write_stages,
              fixture_tear_down);

  return g_test_run ();
}
