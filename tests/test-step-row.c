/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the sidebar step row widget. */
#include "config.h"

#include <gtk/gtk.h>

#include "ladder-step-row.h"
#include "widget-fixtures.h"

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  return GTK_LABEL (find_widget (widget, is_label_text, text));
}

static void
test_row_shows_step (void)
{
  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      const LadderStepInfo *info = ladder_walkthrough_get_step (i);
      GtkWidget *row = g_object_ref_sink (ladder_step_row_new (i));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpint (ladder_step_row_get_step (LADDER_STEP_ROW (row)), ==, i);
      g_assert_nonnull (find_label (row, info->title));
      g_assert_nonnull (find_label (row, number));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, info->title);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, info->question);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, info->question);

      g_assert_finalize_object (row);
    }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/step-row/shows-step", test_row_shows_step);

  return g_test_run ();
}
