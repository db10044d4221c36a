/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the walkthrough step sequence (engine, no display). */
#include "config.h"

#include <string.h>

#include "ladder-walkthrough.h"

static void
test_steps_in_product_order (void)
{
  static const char * const titles[] = {
    "Start", "Self-assessment", "Strategy", "Implementation",
    "The difficulties", "Review", "Recommendation", "Evidence", "Plan and paper",
  };

  g_assert_cmpuint (G_N_ELEMENTS (titles), ==, LADDER_N_STEPS);
  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);

      g_assert_cmpuint (info->step, ==, i);
      g_assert_cmpstr (info->title, ==, titles[i]);
      g_assert_nonnull (info->question);
      g_assert_true (g_str_has_suffix (info->question, "?"));
      g_assert_cmpuint (strlen (info->summary), >, 40);
    }
}

static void
test_ids_unique_and_found (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);

      g_assert_true (g_hash_table_add (seen, (gpointer) info->id));
      g_assert_true (ladder_walkthrough_find_step (info->id) == info);
      /* Identifiers go into action targets and files: keep them plain. */
      for (const char *c = info->id; *c; c++)
        g_assert_true (g_ascii_islower (*c) || *c == '-');
    }
  g_assert_null (ladder_walkthrough_find_step ("Strategy"));
  g_assert_null (ladder_walkthrough_find_step (""));
}

static void
test_next_and_previous (void)
{
  LadderStep step = LADDER_STEP_START;
  LadderStep other;
  guint visited = 1;

  g_assert_false (ladder_walkthrough_previous (LADDER_STEP_START, &other));
  while (ladder_walkthrough_next (step, &other))
    {
      LadderStep back;

      g_assert_cmpint (other, ==, step + 1);
      g_assert_true (ladder_walkthrough_previous (other, &back));
      g_assert_cmpint (back, ==, step);
      step = other;
      visited++;
    }
  g_assert_cmpint (step, ==, LADDER_STEP_PLAN);
  g_assert_cmpuint (visited, ==, LADDER_N_STEPS);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/walkthrough/order", test_steps_in_product_order);
  g_test_add_func ("/walkthrough/ids", test_ids_unique_and_found);
  g_test_add_func ("/walkthrough/next-previous", test_next_and_previous);

  return g_test_run ();
}
