/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small files made by the tests themselves, in the test's temporary folder. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "ladder-data-import.h"

/* Writes @length bytes to a new file and returns its path; the caller
 * removes it with g_unlink() and frees the path. */
static inline char *
fixture_write (const char *name_template,
               const void *data,
               gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp (name_template, &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

/* The shared real data, or NULL (after marking the test skipped) when the
 * folder is absent, as it is outside the development machines. */
static inline char *
fixture_real_data (const char *relative)
{
  char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : ".",
                                 "..", "..", "shared", "data", relative, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("the real data file %s is not here "
                                                  "(shared/data is only on development machines)",
                                                  relative);
      g_test_skip (message);
      g_free (path);
      return NULL;
    }
  return path;
}

/* Imports @text (written to a temporary file) into @dataset. */
static inline LadderImportReport *
fixture_import (LadderDataset *dataset,
                const char    *text,
                gssize         length,
                GError       **error)
{
  g_autofree char *path = fixture_write ("ladder-fixture-XXXXXX.csv", text, length);
  LadderImportReport *report = ladder_data_import_file (dataset, path, NULL, error);

  g_unlink (path);
  return report;
}

/* The index of a measure that must exist. */
static inline guint
fixture_measure (LadderDataset *dataset,
                 const char    *code)
{
  guint index = 0;

  g_assert_true (ladder_dataset_find_measure (dataset, code, &index));
  return index;
}

/* The index of an area, by name or code, that must exist. */
static inline guint
fixture_area (LadderDataset *dataset,
              const char    *name_or_code)
{
  guint index = 0;

  g_assert_true (ladder_dataset_find_area (dataset, name_or_code, &index));
  return index;
}

/* A file of the fictional demonstration data. */
static inline char *
fixture_demo_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "demo", name, NULL);
}

/* What a tool (pdfinfo, pdftotext...) prints for the arguments after
 * @program, up to NULL; the tool must succeed. NULL when it is not
 * installed, so the test can say what it could not check. */
static inline char *
fixture_tool_output (const char *program,
                     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *found = g_find_program_in_path (program);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  va_list ap;

  if (found == NULL)
    return NULL;
  g_ptr_array_add (argv, (gpointer) program);
  va_start (ap, program);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}
