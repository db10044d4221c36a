/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A commissioner's review of twelve people at the four leadership levels
 * (and one who gave no level), for the Review step's tests and benchmark.
 * Their ratings are made up to a pattern: councillors see the service more
 * kindly than the frontline, with some "don't know", some gaps, notes and
 * a private note; one person is listed by role only. */
#pragma once

#include "ladder-assessment.h"
#include "ladder-content.h"

/* The role-only person's name, which must never be shown. */
#define REVIEW_FIXTURE_HIDDEN_NAME "Morgan Quill"

static const struct
{
  const char            *name;
  const char            *role;
  LadderLeadershipLevels level;
  int                    leaning;      /* added to the middle rating */
} review_fixture_people[] = {
  { "Cllr Ada Fenn (fictional)", "Lead member for children", LADDER_LEADERSHIP_POLITICAL, 1 },
  { "Cllr Bo Hart (fictional)", "Chair of scrutiny", LADDER_LEADERSHIP_POLITICAL, 1 },
  { "Cai Lord (fictional)", "Chief executive", LADDER_LEADERSHIP_CORPORATE, 1 },
  { "Dee Marsh (fictional)", "Director of finance", LADDER_LEADERSHIP_CORPORATE, 0 },
  { "Eli North (fictional)", "Director of HR", LADDER_LEADERSHIP_CORPORATE, 0 },
  { "Fay Oak (fictional)", "Director of children’s services", LADDER_LEADERSHIP_SERVICE, 0 },
  { "Gus Pike (fictional)", "Head of safeguarding", LADDER_LEADERSHIP_SERVICE, -1 },
  { REVIEW_FIXTURE_HIDDEN_NAME, "Team manager", LADDER_LEADERSHIP_SERVICE, -1 },
  { "Ivo Reed (fictional)", "Team manager", LADDER_LEADERSHIP_SERVICE, -1 },
  { "Jo Shaw (fictional)", "Police partner", LADDER_LEADERSHIP_PARTNERSHIP, 0 },
  { "Kit Tarn (fictional)", "Health partner", LADDER_LEADERSHIP_PARTNERSHIP, -1 },
  { NULL, NULL, 0, 0 },
};

#define REVIEW_FIXTURE_N_PEOPLE (G_N_ELEMENTS (review_fixture_people))

/* The rating person @p gives question @q: 0 no answer, 5 don't know. */
static inline int
review_fixture_rating (guint p,
                       guint q)
{
  int rating = 2 + (int) (q % 2);

  if ((p * 7 + q * 3) % 23 == 0)
    return 0;
  if ((p + q * 5) % 17 == 0)
    return LADDER_RATING_DONT_KNOW;
  /* Levels part on a third of the questions; elsewhere one person in
   * five is a point lower. */
  if (q % 3 == 0)
    rating += review_fixture_people[p].leaning;
  else if ((p + q) % 5 == 0)
    rating -= 1;
  return CLAMP (rating, 1, 4);
}

static inline LadderAssessment *
review_fixture_new (LadderContent *content)
{
  LadderAssessment *assessment = ladder_assessment_new ();

  ladder_assessment_set_council (assessment, "Ashmoor (fictional)", "601");
  ladder_assessment_set_review_date (assessment, "2026-11-24");
  for (guint p = 0; p < REVIEW_FIXTURE_N_PEOPLE; p++)
    {
      const char *id = ladder_assessment_add_respondent (assessment, review_fixture_people[p].name,
                                                         review_fixture_people[p].role,
                                                         review_fixture_people[p].level);

      if (g_strcmp0 (review_fixture_people[p].name, REVIEW_FIXTURE_HIDDEN_NAME) == 0)
        ladder_assessment_update_respondent (assessment, id, review_fixture_people[p].name,
                                             review_fixture_people[p].role, review_fixture_people[p].level, TRUE);
      for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
        {
          const LadderQuestion *question = ladder_content_get_question (content, q);
          int rating = review_fixture_rating (p, q);
          const char *note = q % 9 == p % 9 ? "Seen in the audit of ten case files (fictional)." : NULL;

          if (rating != 0 || note != NULL)
            ladder_assessment_set_answer (assessment, id, question->id, rating, note, p == 7 && note != NULL);
        }
    }
  ladder_assessment_set_modified (assessment, FALSE);
  return assessment;
}
