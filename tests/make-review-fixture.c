/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the twelve-person review of tests/review-fixture.h to a file, for
 * the tests that drive the real program (test-review-grid.py). */
#include "config.h"

#include "ladder-assessment-file.h"
#include "review-fixture.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autoptr(LadderAssessment) review = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: make-review-fixture OUT.ladder\n");
      return 2;
    }
  if (content == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  review = review_fixture_new (content);
  if (!ladder_assessment_save_file (review, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
