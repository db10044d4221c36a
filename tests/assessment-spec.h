/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Assessments written in a line each, for the decision model's tests.
 *
 * A person is a list of words: "level=service" (or political, corporate,
 * partnership, none), then ratings 0 (no answer) to 4, or 5 for "don't
 * know": "sa=", "st=", "im=" for every question of a capacity section;
 * "persistence=", "spread=", "grip=", "governance=" for the facets of the
 * difficulties ("political-oversight=", "corporate-oversight=" and
 * "partnership-oversight=" for one governance facet); "healthy" for all
 * the difficulties at 4; or a question's id for that question alone. Later
 * words override earlier ones.
 *
 * The context is a list of words too: "new-leadership", "by-choice",
 * "stage=fair-to-good", "intervention=statutory-direction",
 * "partner=yes", and a judgement as "overall=inadequate@2025-06-01" or
 * "help-and-protection=good@2026-09-01". The review date is 2026-11-24. */
#pragma once

#include <stdlib.h>
#include <string.h>

#include "ladder-assessment.h"
#include "ladder-content.h"

#define SPEC_REVIEW_DATE "2026-11-24"

static inline gboolean
spec_facet_matches (const char           *key,
                    const LadderQuestion *question)
{
  static const struct { const char *key; LadderFacet facet; } facets[] = {
    { "persistence", LADDER_FACET_PERSISTENCE }, { "spread", LADDER_FACET_SPREAD }, { "grip", LADDER_FACET_GRIP },
    { "political-oversight", LADDER_FACET_GOVERNANCE_POLITICAL },
    { "corporate-oversight", LADDER_FACET_GOVERNANCE_CORPORATE },
    { "partnership-oversight", LADDER_FACET_GOVERNANCE_PARTNERSHIP },
  };

  if (strcmp (key, "governance") == 0)
    return question->facet >= LADDER_FACET_GOVERNANCE_POLITICAL;
  for (guint i = 0; i < G_N_ELEMENTS (facets); i++)
    if (strcmp (key, facets[i].key) == 0)
      return question->facet == facets[i].facet;
  return FALSE;
}

/* The rating @words give @question, or 0. */
static inline int
spec_rating (char                **words,
             const LadderQuestion *question)
{
  static const char * const sections[] = { "sa", "st", "im" };
  int rating = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      g_auto(GStrv) pair = g_strsplit (words[w], "=", 2);
      gboolean applies;

      if (strcmp (words[w], "healthy") == 0)
        {
          if (question->section == LADDER_SECTION_DIFFICULTIES)
            rating = 4;
          continue;
        }
      if (pair[1] == NULL || strcmp (pair[0], "level") == 0)
        continue;
      applies = strcmp (pair[0], question->id) == 0 || spec_facet_matches (pair[0], question);
      for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
        applies |= strcmp (pair[0], sections[s]) == 0 && question->section == s;
      if (applies)
        rating = atoi (pair[1]);
    }
  return rating;
}

static inline const char *
spec_add_person (LadderContent    *content,
                 LadderAssessment *assessment,
                 const char       *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);
  LadderLeadershipLevels level = 0;
  g_autofree char *name = g_strdup_printf ("Person %u", ladder_assessment_get_n_respondents (assessment) + 1);
  const char *id;

  static const char * const keys[] = {
    "sa", "st", "im", "persistence", "spread", "grip", "governance", "political-oversight",
    "corporate-oversight", "partnership-oversight", NULL,
  };

  for (guint w = 0; words[w] != NULL; w++)
    {
      g_auto(GStrv) pair = g_strsplit (words[w], "=", 2);

      if (strcmp (pair[0], "level") == 0)
        {
          if (strcmp (pair[1], "none") != 0 && !ladder_leadership_level_from_id (pair[1], &level))
            g_error ("“%s” is not a leadership level", pair[1]);
        }
      else if (strcmp (words[w], "healthy") != 0 && !g_strv_contains (keys, pair[0]) &&
               ladder_content_find_question (content, pair[0]) == NULL)
        g_error ("the spec word “%s” names nothing", words[w]);
    }
  id = ladder_assessment_add_respondent (assessment, name, NULL, level);
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    {
      const LadderQuestion *question = ladder_content_get_question (content, q);
      int rating = spec_rating (words, question);

      if (rating > 0)
        ladder_assessment_set_answer (assessment, id, question->id, rating, NULL, FALSE);
    }
  return id;
}

static inline void
spec_set_context (LadderAssessment *assessment,
                  const char       *spec)
{
  g_auto(GStrv) words = g_strsplit (spec != NULL ? spec : "", " ", -1);

  ladder_assessment_set_review_date (assessment, SPEC_REVIEW_DATE);
  for (guint w = 0; words[w] != NULL; w++)
    {
      g_auto(GStrv) pair = g_strsplit (words[w], "=", 2);

      if (*words[w] == '\0')
        continue;
      if (strcmp (words[w], "new-leadership") == 0)
        ladder_assessment_set_new_leadership (assessment, TRUE);
      else if (strcmp (words[w], "by-choice") == 0)
        ladder_assessment_set_new_model_by_choice (assessment, TRUE);
      else if (strcmp (pair[0], "stage") == 0)
        {
          LadderStage stage;

          g_assert_true (ladder_stage_from_id (pair[1], &stage));
          ladder_assessment_set_stage (assessment, stage);
        }
      else if (strcmp (pair[0], "intervention") == 0)
        {
          LadderIntervention intervention;

          g_assert_true (ladder_intervention_from_id (pair[1], &intervention));
          ladder_assessment_set_intervention (assessment, intervention);
        }
      else if (strcmp (pair[0], "partner") == 0)
        ladder_assessment_set_strong_partner (assessment, strcmp (pair[1], "yes") == 0 ? LADDER_FLAG_STATE_YES
                                                          : LADDER_FLAG_STATE_NO);
      else
        {
          g_auto(GStrv) grade_date = g_strsplit (pair[1] != NULL ? pair[1] : "", "@", 2);
          LadderJudgement which = LADDER_N_JUDGEMENTS;
          LadderGrade grade;

          for (LadderJudgement j = 0; j < LADDER_N_JUDGEMENTS; j++)
            if (strcmp (pair[0], ladder_judgement_get_id (j)) == 0)
              which = j;
          if (which == LADDER_N_JUDGEMENTS || !ladder_grade_from_id (grade_date[0], &grade))
            g_error ("the context word “%s” names nothing", words[w]);
          ladder_assessment_set_judgement (assessment, which, grade, grade_date[1]);
        }
    }
}

/* An assessment from up to four people's specs and a context. */
static inline LadderAssessment *
spec_assessment (LadderContent      *content,
                 const char * const *people,
                 const char         *context)
{
  LadderAssessment *assessment = ladder_assessment_new ();

  spec_set_context (assessment, context);
  for (guint p = 0; p < 4 && people[p] != NULL; p++)
    spec_add_person (content, assessment, people[p]);
  return assessment;
}
