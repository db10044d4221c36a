/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every input the fuzzer ever found a fault with, replayed on each test run:
 * each is read or refused with a message, never a crash, and the same way
 * whether read whole or in two parts. */
#include "config.h"

#include "fuzz/fuzz-compare.h"

static void
replay_folder (const char *folder,
               const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(LadderDataset) dataset = NULL;
      g_autoptr(LadderImportReport) report = NULL;

      if (suffix != NULL && !g_str_has_suffix (name, suffix))
        continue;
      dataset = ladder_dataset_new ();
      report = fuzz_import_both_ways (path, dataset);
      g_test_message ("%s: %s", name, report != NULL ? "read" : "refused");
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_replay (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);

  replay_folder (folder, NULL);
}

/* The malformed-input corpus's data files, read both ways too. */
static void
test_malformed_corpus (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "malformed", "files", NULL);

  replay_folder (folder, ".csv");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fuzz-regressions/replay", test_replay);
  g_test_add_func ("/fuzz-regressions/malformed-corpus", test_malformed_corpus);

  return g_test_run ();
}
