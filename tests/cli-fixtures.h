/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running a command in-process, for test-cli and test-cli-files. */
#pragma once

#include <string.h>

#include "ladder-cli.h"

/* Runs `ladder FIRST ...` (a NULL-terminated list) into @out and @err. */
static inline int
run (GString    *out,
     GString    *err,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "ladder");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  return ladder_cli_run (args->len - 1, (char **) args->pdata, out, err);
}

static inline void
assert_one_line (GString *text)
{
  g_assert_cmpuint (text->len, >, 0);
  g_assert_true (text->str[text->len - 1] == '\n');
  g_assert_null (memchr (text->str, '\n', text->len - 1));
}
