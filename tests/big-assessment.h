/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A large review made by the tests themselves: 250 people answering 32
 * questions each, with a note on every answer, about 1 MB of JSON. As
 * Ladder writes it (pretty-printed, a value a line) and as one line, the
 * shape a hostile or careless tool may give it. For test-json and
 * bench-assessment. */
#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-content.h"

#define BIG_ASSESSMENT_PEOPLE    250
#define BIG_ASSESSMENT_QUESTIONS 32

/* A review of @n_people as Ladder saves it: pretty-printed. Free with
 * g_free(). */
static inline char *
big_assessment_pretty_of (guint  n_people,
                          gsize *length)
{
  static const LadderLeadershipLevels levels[] = {
    LADDER_LEADERSHIP_POLITICAL, LADDER_LEADERSHIP_CORPORATE, LADDER_LEADERSHIP_SERVICE,
    LADDER_LEADERSHIP_PARTNERSHIP,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  guint n_questions;

  g_assert_no_error (error);
  n_questions = MIN (BIG_ASSESSMENT_QUESTIONS, ladder_content_get_n_questions (content));
  ladder_assessment_set_council (assessment, "Ashmoor (fictional)", "601");
  ladder_assessment_set_review_date (assessment, "2026-11-24");
  for (guint p = 0; p < n_people; p++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u (fictional)", p + 1);
      const char *id = ladder_assessment_add_respondent (assessment, name, "Team manager",
                                                         levels[p % G_N_ELEMENTS (levels)]);

      for (guint q = 0; q < n_questions; q++)
        {
          const LadderQuestion *question = ladder_content_get_question (content, q);
          /* Accented, so that columns counted in characters and in bytes differ. */
          g_autofree char *note = g_strdup_printf ("Case file %u, café.", p * 100 + q);

          g_assert_true (ladder_assessment_set_answer (assessment, id, question->id,
                                                       LADDER_RATING_NOT_IN_PLACE + (p + q) % 4, note,
                                                       (p + q) % 7 == 0));
        }
    }
  return ladder_assessment_to_data (assessment, NULL, length);
}

/* The review of BIG_ASSESSMENT_PEOPLE, pretty-printed. */
static inline char *
big_assessment_pretty (gsize *length)
{
  return big_assessment_pretty_of (BIG_ASSESSMENT_PEOPLE, length);
}

/* The same review with no line break at all. Free with g_free(). */
static inline char *
big_assessment_one_line (const char *pretty,
                         gsize       pretty_length,
                         gsize      *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *text;

  json_parser_load_from_data (parser, pretty, (gssize) pretty_length, &error);
  g_assert_no_error (error);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, FALSE);
  text = json_generator_to_data (generator, length);
  g_assert_null (memchr (text, '\n', *length));
  return text;
}
