/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The malformed-input corpus, replayed through the real program.
 *
 * tests/malformed/cases lists each case: the command, its inputs, the exit
 * status expected and a fragment of what Ladder must say. The inputs are
 * the small files in tests/malformed/files/, the large ones made by
 * malformed-inputs.h, and paths that are not files at all (a named pipe, a
 * socket, a folder, devices, hostile names, links where output goes),
 * made here. Every case, whatever it expects, must also:
 *   - finish within a time limit: no input may hang Ladder;
 *   - end by exiting, never by a signal;
 *   - with status 2, say so in exactly one line on standard error;
 *   - print nothing that would act on a terminal: no escape, bell or other
 *     control character, no bidirectional override;
 *   - stay within a memory limit (except under AddressSanitizer, whose
 *     shadow memory says nothing about Ladder's);
 *   - leave every file it was not asked to write as it was. */
#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>

#include "malformed-inputs.h"

#define MEMORY_LIMIT_KB (256 * 1024)

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* Generous against a slow build: a hang is forever. The sanitizers make
 * the 8 MB one-line file take over a minute on a busy machine. */
#ifdef UNDER_ASAN
#define TIME_LIMIT_SECONDS 300
#else
#define TIME_LIMIT_SECONDS 60
#endif

typedef struct
{
  char  *name;
  int    status;
  char  *fragment;
  char **args;
  guint  line;
} Case;

static char *work_dir;     /* the specials and the large inputs */
static char *output_dir;   /* each case's standard output and error */

/* Names no manifest line can hold, made under a plain token. */
static const struct { const char *token; const char *name; } odd_names[] = {
  { "newline-name.csv", "Ash\nmoor.csv" },
  { "escape-name.csv", "Ash\033]0;owned\007moor\033[2J.csv" },
  { "invalid-utf8-name.csv", "Ash\377\376moor.csv" },
  { "bidi-name.csv", "\342\200\256vsc.roomhsA" },
};

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->fragment);
  g_strfreev (c->args);
  g_free (c);
}

static char *
special_path (const char *name)
{
  return g_build_filename (work_dir, name, NULL);
}

static void
copy_demo (const char *to_name)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "..", "data", "demo", "fictional-lait-table.csv", NULL);
  g_autofree char *to = special_path (to_name);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &text, &length, NULL));
  g_assert_true (g_file_set_contents (to, text, (gssize) length, NULL));
}

static void
make_fifo (const char *name)
{
  g_autofree char *path = special_path (name);

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
}

static void
make_socket (const char *name)
{
  g_autofree char *path = special_path (name);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  /* The socket file stays after the descriptor closes. */
  close (fd);
}

static void
make_file (const char *name,
           const char *text,
           int         mode)
{
  g_autofree char *path = special_path (name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
make_link (const char *name,
           const char *target)
{
  g_autofree char *path = special_path (name);

  g_assert_cmpint (symlink (target, path), ==, 0);
}

static void
make_specials (void)
{
  g_autofree char *folder = special_path ("folder.csv");
  g_autofree char *out_folder = special_path ("out-folder.pdf");

  make_fifo ("fifo.csv");
  make_fifo ("fifo.ladder");
  make_fifo ("out-fifo.pdf");
  make_socket ("socket.csv");
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (out_folder, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (odd_names); i++)
    copy_demo (odd_names[i].name);
  /* Where output goes: a file another user chose, reached by a link; a
   * named pipe reached by a link; read-only files. */
  make_file ("target.pdf", "keep", 0644);
  make_link ("link.pdf", "target.pdf");
  make_link ("link-to-fifo.pdf", "out-fifo.pdf");
  make_link ("link-to-device.pdf", "/dev/null");
  make_file ("read-only.pdf", "read-only", 0444);
  make_file ("read-only.ladder", "read-only", 0444);
  make_file ("forced.pdf", "replace me", 0444);
}

/* A token of the manifest as the argument it stands for. */
static void
expand_token (GPtrArray  *args,
              const char *token)
{
  if (g_str_equal (token, "''"))
    g_ptr_array_add (args, g_strdup (""));
  else if (token[0] == '%')
    g_ptr_array_add (args, g_test_build_filename (G_TEST_DIST, "malformed", "files", token + 1, NULL));
  else if (token[0] == '@')
    {
      const char *name = token + 1;

      for (guint i = 0; i < G_N_ELEMENTS (odd_names); i++)
        if (g_str_equal (name, odd_names[i].token))
          name = odd_names[i].name;
      g_ptr_array_add (args, special_path (name));
    }
  else if (g_str_equal (token, "$demo"))
    g_ptr_array_add (args, g_test_build_filename (G_TEST_DIST, "..", "data", "demo",
                                                  "fictional-assessment.ladder", NULL));
  else if (g_str_equal (token, "$demo-data"))
    {
      static const char *const files[] = {
        "fictional-lait-table.csv", "fictional-lait-dictionary.csv", "fictional-neighbours.csv",
        "fictional-la-codes.csv",
      };

      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        g_ptr_array_add (args, g_test_build_filename (G_TEST_DIST, "..", "data", "demo", files[i], NULL));
    }
  else
    g_ptr_array_add (args, g_strdup (token));
}

/* "name | status | fragment | arguments", one a line; # starts a comment. */
static GPtrArray *
read_cases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "malformed", "cases", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (case_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) tokens = NULL;
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      Case *c;

      if (lines[i][0] == '#' || g_strstrip (lines[i])[0] == '\0')
        continue;
      fields = g_strsplit (lines[i], " | ", 4);
      if (g_strv_length (fields) != 4)
        g_error ("malformed/cases, line %u: expected name | status | fragment | arguments", i + 1);
      c = g_new0 (Case, 1);
      c->line = i + 1;
      c->name = g_strdup (g_strstrip (fields[0]));
      c->status = atoi (fields[1]);
      c->fragment = g_strdup (g_strstrip (fields[2]));
      tokens = g_strsplit_set (g_strstrip (fields[3]), " ", -1);
      for (guint t = 0; tokens[t] != NULL; t++)
        if (tokens[t][0] != '\0')
          expand_token (args, tokens[t]);
      g_ptr_array_add (args, NULL);
      c->args = (char **) g_ptr_array_steal (args, NULL);
      g_ptr_array_add (cases, c);
    }
  return cases;
}

static double
now_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Runs Ladder with @args, its output in two files; never waits past the
 * limit. Returns the wait status, or -1 when it had to be killed. */
static int
run_ladder (char          **args,
            const char     *out_path,
            const char     *err_path,
            double         *seconds,
            struct rusage  *usage)
{
  const char *binary = g_getenv ("LADDER_BINARY");
  double start = now_seconds ();
  pid_t pid;
  int status = 0;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      int in = open ("/dev/null", O_RDONLY);
      int out = open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open (err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

      if (in < 0 || out < 0 || err < 0 || dup2 (in, 0) < 0 || dup2 (out, 1) < 0 || dup2 (err, 2) < 0)
        _exit (127);
      g_ptr_array_add (argv, (gpointer) binary);
      for (guint i = 0; args[i] != NULL; i++)
        g_ptr_array_add (argv, args[i]);
      g_ptr_array_add (argv, NULL);
      execv (binary, (char **) argv->pdata);
      _exit (127);
    }
  for (;;)
    {
      pid_t done = wait4 (pid, &status, WNOHANG, usage);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      if (now_seconds () - start > TIME_LIMIT_SECONDS)
        {
          kill (pid, SIGKILL);
          g_assert_cmpint (wait4 (pid, &status, 0, usage), ==, pid);
          *seconds = now_seconds () - start;
          return -1;
        }
      g_usleep (5000);
    }
  *seconds = now_seconds () - start;
  return status;
}

/* The first character that would act on a terminal, or NULL. */
static const char *
find_terminal_control (const char *text,
                       gsize       length)
{
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, text + length - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return p;
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        return p;
    }
  return NULL;
}

static char *
read_all (const char *path,
          gsize      *length)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, NULL));
  return text;
}

/* Marks the case failed, saying why, and lets the others run. */
G_GNUC_PRINTF (2, 3)
static gboolean
fail (const Case *c,
      const char *format,
      ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_fail_printf ("case %s (line %u of malformed/cases) %s", c->name, c->line, why);
  return FALSE;
}

/* What no case may change: the files output was pointed at through a
 * link, the named pipe, the read-only file, and the links themselves. */
static gboolean
check_untouched (const Case *c)
{
  static const struct { const char *name; const char *text; } files[] = {
    { "target.pdf", "keep" },
    { "read-only.pdf", "read-only" },
    { "read-only.ladder", "read-only" },
  };
  static const char *const links[] = { "link.pdf", "link-to-fifo.pdf", "link-to-device.pdf" };
  g_autofree char *fifo = special_path ("out-fifo.pdf");
  g_autoptr(GDir) dir = g_dir_open (work_dir, 0, NULL);
  const char *name;
  struct stat st;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = special_path (files[i].name);
      g_autofree char *text = NULL;

      if (!g_file_get_contents (path, &text, NULL, NULL) || !g_str_equal (text, files[i].text))
        return fail (c, "changed %s", files[i].name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *path = special_path (links[i]);

      if (lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
        return fail (c, "replaced the link %s", links[i]);
    }
  if (stat (fifo, &st) != 0 || !S_ISFIFO (st.st_mode))
    return fail (c, "replaced the named pipe out-fifo.pdf");
  /* No half-written output left behind. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".save-") != NULL)
      return fail (c, "left a temporary file, %s", name);
  return TRUE;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *out_path = g_build_filename (output_dir, "out", NULL);
  g_autofree char *err_path = g_build_filename (output_dir, "err", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gsize out_length, err_length;
  struct rusage usage = { 0 };
  const char *control;
  double seconds;
  int status;

  status = run_ladder (c->args, out_path, err_path, &seconds, &usage);
  out = read_all (out_path, &out_length);
  err = read_all (err_path, &err_length);
  g_test_message ("%s: %.2f s, %ld MB peak; status %d; said: %.300s", c->name, seconds,
                  usage.ru_maxrss / 1024, WIFEXITED (status) ? WEXITSTATUS (status) : -1,
                  err_length > 0 ? err : out);
  if (status == -1)
    {
      fail (c, "was still running after %d s", TIME_LIMIT_SECONDS);
      return;
    }
  if (!WIFEXITED (status))
    {
      fail (c, "was ended by signal %d", WTERMSIG (status));
      return;
    }
  if (WEXITSTATUS (status) != c->status)
    {
      fail (c, "ended with status %d, not %d: %s%s", WEXITSTATUS (status), c->status, out, err);
      return;
    }
  if (strstr (out, c->fragment) == NULL && strstr (err, c->fragment) == NULL)
    {
      fail (c, "should say “%s”, but said: %s%s", c->fragment, out, err);
      return;
    }
  if (c->status == 2 && (err_length == 0 || err[err_length - 1] != '\n' ||
                         memchr (err, '\n', err_length - 1) != NULL))
    {
      fail (c, "should refuse in one line on standard error, but said: %s", err);
      return;
    }
  control = find_terminal_control (out, out_length);
  if (control == NULL)
    control = find_terminal_control (err, err_length);
  if (control != NULL)
    {
      fail (c, "printed a control character, at byte %" G_GSIZE_FORMAT " of its output",
            (gsize) (control >= out && control < out + out_length ? control - out : control - err));
      return;
    }
#ifndef UNDER_ASAN
  if (usage.ru_maxrss > MEMORY_LIMIT_KB)
    {
      fail (c, "took %ld MB, over the limit of %d MB", usage.ru_maxrss / 1024, MEMORY_LIMIT_KB / 1024);
      return;
    }
#endif
  check_untouched (c);
}

/* The corpus is as large as the issue asks: sixty cases at least. */
static void
test_corpus_size (gconstpointer data)
{
  const GPtrArray *cases = data;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "malformed", "files", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;

  g_assert_cmpuint (cases->len, >=, 60);
  /* Every file in the folder is replayed by some case. */
  for (guint i = 0; i < cases->len; i++)
    for (char **a = ((Case *) cases->pdata[i])->args; *a != NULL; a++)
      g_hash_table_add (used, g_path_get_basename (*a));
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_hash_table_contains (used, name))
      g_error ("malformed/files/%s is in no case", name);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  struct stat st;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (child);
      else
        {
          g_chmod (child, 0644);
          g_unlink (child);
        }
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) cases = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);
  signal (SIGPIPE, SIG_IGN);

  if (g_getenv ("LADDER_BINARY") == NULL)
    {
      g_printerr ("LADDER_BINARY is not set; run through meson test\n");
      return 77;
    }
  /* Short, for the socket's path. */
  work_dir = g_dir_make_tmp ("ladder-m-XXXXXX", NULL);
  output_dir = g_dir_make_tmp ("ladder-m-out-XXXXXX", NULL);
  g_assert_nonnull (work_dir);
  g_assert_nonnull (output_dir);
  make_specials ();
  malformed_write_large_inputs (work_dir);

  cases = read_cases ();
  g_test_add_data_func ("/malformed/corpus-size", cases, test_corpus_size);
  for (guint i = 0; i < cases->len; i++)
    {
      Case *c = cases->pdata[i];
      g_autofree char *test_path = g_strdup_printf ("/malformed/%s", c->name);

      g_test_add_data_func (test_path, c, test_case);
    }
  result = g_test_run ();

  remove_tree (work_dir);
  remove_tree (output_dir);
  g_free (work_dir);
  g_free (output_dir);
  return result;
}
