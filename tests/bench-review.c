/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long the Review step takes with twelve people, on a display:
 *
 *   bench-review [ROUNDS]
 *
 * For the twelve-person review of tests/review-fixture.h (12 people, 32
 * questions, 384 cells), each round opens a 1280 x 800 window on the
 * Review step and measures the time until the grid is built and the next
 * frame painted; then changes one answer and measures the time until the
 * grid is up to date (the document's change handlers) and until the next
 * frame is painted. Meanwhile a high-priority 1 ms tick records the longest
 * stretch the main loop was busy: the longest stall a user could notice.
 * As the reference, in the same run, it times working out the advice for
 * the same assessment (ladder_recommend, what every change already costs).
 * Prints medians, minimums and maximums in milliseconds, and the ratios. */
#include "config.h"

#include <stdlib.h>

#include <adwaita.h>

#include "ladder-document.h"
#include "ladder-review-view.h"
#include "review-fixture.h"

typedef struct
{
  gint64 last_tick;
  gint64 longest;
  gboolean painted;
} Watch;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_stats (const char *what,
             double     *values,
             guint       n,
             double      reference)
{
  qsort (values, n, sizeof (double), compare_doubles);
  g_print ("%-48s median %8.2f ms  (min %.2f, max %.2f)", what, values[n / 2], values[0], values[n - 1]);
  if (reference > 0)
    g_print ("  = %.1f x the advice", values[n / 2] / reference);
  g_print ("\n");
}

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (watch->last_tick != 0)
    watch->longest = MAX (watch->longest, now - watch->last_tick);
  watch->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Watch         *watch)
{
  watch->painted = TRUE;
}

/* Spins the main loop until @view is built (when @built) and then until a
 * frame has been painted. */
static void
run_until_painted (GtkWidget        *window,
                   LadderReviewView *view,
                   Watch            *watch)
{
  GdkFrameClock *clock;
  gulong id;

  while (view != NULL && !ladder_review_view_get_built (view))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  watch->painted = FALSE;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), watch);
  gtk_widget_queue_draw (window);
  while (!watch->painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 15;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = NULL;
  g_autoptr(LadderAssessment) fixture = NULL;
  g_autofree double *advice = NULL;
  g_autofree double *open = NULL;
  g_autofree double *update = NULL;
  g_autofree double *update_painted = NULL;
  g_autofree double *stall = NULL;
  const char *question;

  if (rounds < 3)
    rounds = 3;
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  content = ladder_content_get_default (&error);
  g_assert_no_error (error);
  fixture = review_fixture_new (content);
  question = ladder_content_get_question (content, 1)->id;
  advice = g_new0 (double, rounds);
  open = g_new0 (double, rounds);
  update = g_new0 (double, rounds);
  update_painted = g_new0 (double, rounds);
  stall = g_new0 (double, rounds);

  for (guint r = 0; r < rounds; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LadderRecommendation) rec = ladder_recommend (content, fixture);

      advice[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(LadderDocument) document = ladder_document_new (content);
      GtkWidget *window = gtk_window_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *view = ladder_review_view_new ();
      Watch watch = { 0 };
      guint tick;
      gint64 start;

      ladder_document_set_autosave_delay (document, 0);
      ladder_document_set_assessment (document, fixture, NULL);
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
      gtk_window_set_child (GTK_WINDOW (window), scroller);
      ladder_review_view_set_document (LADDER_REVIEW_VIEW (view), document);
      /* The advice is the document's, worked out once whichever view asks
       * first: ask now, so the opening is measured without it. */
      ladder_document_get_advice (document);

      tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, &watch, NULL);
      start = g_get_monotonic_time ();
      gtk_window_present (GTK_WINDOW (window));
      run_until_painted (window, LADDER_REVIEW_VIEW (view), &watch);
      open[r] = (g_get_monotonic_time () - start) / 1000.0;
      g_source_remove (tick);
      /* The tick's own period is not a stall. */
      stall[r] = MAX (0, watch.longest - 1000) / 1000.0;

      {
        const char *who = ladder_assessment_get_respondent (fixture, r % REVIEW_FIXTURE_N_PEOPLE)->id;
        const LadderAnswer *held = ladder_assessment_get_answer (fixture, who, question);
        /* Always a real change: the next rating round from the one held. */
        LadderRating to = held != NULL && held->rating >= 1 && held->rating < 4 ? held->rating + 1 : 1;

        ladder_document_set_respondent (document, who);
        start = g_get_monotonic_time ();
        ladder_document_set_answer (document, question, to, NULL, FALSE);
      }
      update[r] = (g_get_monotonic_time () - start) / 1000.0;
      run_until_painted (window, NULL, &watch);
      update_painted[r] = (g_get_monotonic_time () - start) / 1000.0;

      ladder_document_discard_changes (document);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_print ("Review step, 12 people x 32 questions, %u rounds, 1280 x 800\n", rounds);
  qsort (advice, rounds, sizeof (double), compare_doubles);
  print_stats ("working out the advice (the reference)", advice, rounds, 0);
  print_stats ("opening the Review step: built and painted", open, rounds, advice[rounds / 2]);
  print_stats ("one answer changed: grid up to date", update, rounds, advice[rounds / 2]);
  print_stats ("one answer changed: next frame painted", update_painted, rounds, advice[rounds / 2]);
  print_stats ("longest main-loop stall while it builds", stall, rounds, 0);
  return 0;
}
