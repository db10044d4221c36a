/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long one re-evaluation of the advice takes, as the window does on
 * every answer change: scoring, the rules, reasons, confidence and the
 * search for the answers that would change it.
 *
 *   bench-recommendation [ROUNDS]
 *
 * For each case, runs ladder_recommend() ROUNDS times in a batch, nine
 * batches, and prints the median, minimum and maximum microseconds per
 * call. As a reference measured in the same run, it also times copying the
 * assessment to its JSON text (the work a save does before writing). */
#include "config.h"

#include <stdlib.h>

#include "ladder-assessment-file.h"
#include "ladder-recommendation.h"

#define BATCHES 9

typedef struct
{
  const char *name;
  int         capacities[3];
  int         facets[6];
  guint       respondents;
} Case;

/* Respondents take the four leadership levels in turn. The worst case is
 * eight people at four levels where no single answer changes the form, so
 * pairs of answers are searched. */
static const Case cases[] = {
  { "two people, implementation blocked", { 4, 4, 2 }, { 4, 4, 4, 4, 4, 4 }, 2 },
  { "one person, all in place, far from any boundary", { 4, 4, 4 }, { 4, 4, 4, 4, 4, 4 }, 1 },
  { "one person, none in place, pairs searched", { 1, 1, 1 }, { 1, 1, 1, 1, 1, 1 }, 1 },
  { "nothing answered", { 0, 0, 0 }, { 0 }, 1 },
  { "eight people at four levels, mixed", { 3, 2, 1 }, { 3, 2, 3, 2, 3, 2 }, 8 },
  { "eight people at four levels, pairs searched (worst)", { 1, 1, 1 }, { 1, 1, 1, 1, 1, 1 }, 8 },
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static LadderAssessment *
build (LadderContent *content,
       const Case    *c)
{
  LadderAssessment *assessment = ladder_assessment_new ();

  for (guint r = 0; r < c->respondents; r++)
    {
      const char *id = ladder_assessment_add_respondent (assessment, "Someone", NULL, 1u << (r % 4));

      for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
        {
          const LadderQuestion *question = ladder_content_get_question (content, q);
          int rating = question->section < 3 ? c->capacities[question->section] : c->facets[question->facet - 1];

          /* Respondents differ a little, as real ones do. */
          if (rating > 0 && c->respondents > 1)
            rating = CLAMP (rating + (int) ((q + r) % 3) - 1, 1, 4);
          if (rating > 0)
            ladder_assessment_set_answer (assessment, id, question->id, rating, "a note", FALSE);
        }
    }
  return assessment;
}

static void
report (const char *what,
        double     *per_call_us)
{
  qsort (per_call_us, BATCHES, sizeof (double), compare_doubles);
  g_print ("%-44s median %8.1f us   min %8.1f   max %8.1f\n", what,
           per_call_us[BATCHES / 2], per_call_us[0], per_call_us[BATCHES - 1]);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 500;

  if (content == NULL)
    g_error ("%s", error->message);
  g_print ("%u calls per batch, %d batches; microseconds per call\n", rounds, BATCHES);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LadderAssessment) assessment = build (content, &cases[i]);
      double recommend[BATCHES], serialise[BATCHES];

      for (guint b = 0; b < BATCHES; b++)
        {
          gint64 start = g_get_monotonic_time ();

          for (guint n = 0; n < rounds; n++)
            ladder_recommendation_unref (ladder_recommend (content, assessment));
          recommend[b] = (double) (g_get_monotonic_time () - start) / rounds;
          start = g_get_monotonic_time ();
          for (guint n = 0; n < rounds; n++)
            g_free (ladder_assessment_to_data (assessment, NULL, NULL));
          serialise[b] = (double) (g_get_monotonic_time () - start) / rounds;
        }
      g_print ("%s\n", cases[i].name);
      report ("  recommend (scores, rules, sensitivity)", recommend);
      report ("  reference: assessment to JSON text", serialise);
    }
  return 0;
}
