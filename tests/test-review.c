/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the review engine: people in order of leadership level, each
 * question's ratings, spread and "don't know", sorting by spread, the
 * summaries by level, the view gaps repeated from the decision model, a
 * cell in words, the text for a terminal (sanitised) and the JSON (no
 * role-only person's name, no private note). Engine only, no display. */
#include "config.h"

#include <string.h>

#include "assessment-spec.h"
#include "ladder-review.h"

#define EVIL_NAME "\x1b]0;evil\x07" "Eve"
#define SECRET_NAME "Secret Name"
#define PRIVATE_NOTE "PRIVATE-SECRET-NOTE"
#define FFFD "\xef\xbf\xbd"

static const char *
add (LadderAssessment      *assessment,
     const char            *name,
     const char            *role,
     LadderLeadershipLevels level,
     gboolean               by_role)
{
  const char *id = ladder_assessment_add_respondent (assessment, name, role, level);

  if (by_role)
    g_assert_true (ladder_assessment_update_respondent (assessment, id, name, role, level, TRUE));
  return id;
}

static void
rate (LadderAssessment *assessment,
      const char       *person,
      const char       *question,
      LadderRating      rating)
{
  g_assert_true (ladder_assessment_set_answer (assessment, person, question, rating, NULL, FALSE));
}

/* Seven people in file order: service, political, service (listed by role
 * only), partnership, level not given (with a name that is an escape
 * sequence), corporate, and a partner who has not answered. */
static LadderAssessment *
mixed_assessment (void)
{
  LadderAssessment *assessment = ladder_assessment_new ();
  g_autofree char *alex = NULL, *jo = NULL, *secret = NULL, *pat = NULL, *eve = NULL, *chris = NULL;

  ladder_assessment_set_council (assessment, "Test\u202Eborough", "999");
  ladder_assessment_set_review_date (assessment, SPEC_REVIEW_DATE);
  alex = g_strdup (add (assessment, "Alex Service", "Head of service", LADDER_LEADERSHIP_SERVICE, FALSE));
  jo = g_strdup (add (assessment, "Cllr Jo Bloggs", "Cabinet member", LADDER_LEADERSHIP_POLITICAL, FALSE));
  secret = g_strdup (add (assessment, SECRET_NAME, "Team manager", LADDER_LEADERSHIP_SERVICE, TRUE));
  pat = g_strdup (add (assessment, "Pat Partner", "Police lead", LADDER_LEADERSHIP_PARTNERSHIP, FALSE));
  eve = g_strdup (add (assessment, EVIL_NAME, NULL, 0, FALSE));
  chris = g_strdup (add (assessment, "Chris Corporate", "Director of resources", LADDER_LEADERSHIP_CORPORATE, FALSE));
  add (assessment, "Quiet Person", NULL, LADDER_LEADERSHIP_PARTNERSHIP, FALSE);

  /* Spread 3: 4, don't know, 1, 2, a note only, 3. */
  rate (assessment, jo, "sa-listen-to-staff", LADDER_RATING_FULLY_IN_PLACE);
  rate (assessment, chris, "sa-listen-to-staff", LADDER_RATING_DONT_KNOW);
  g_assert_true (ladder_assessment_set_answer (assessment, alex, "sa-listen-to-staff", LADDER_RATING_NOT_IN_PLACE,
                                               "Staff forums monthly", FALSE));
  g_assert_true (ladder_assessment_set_answer (assessment, secret, "sa-listen-to-staff", LADDER_RATING_EMERGING,
                                               PRIVATE_NOTE, TRUE));
  g_assert_true (ladder_assessment_set_answer (assessment, pat, "sa-listen-to-staff", LADDER_RATING_NONE,
                                               "Only a note", FALSE));
  rate (assessment, eve, "sa-listen-to-staff", LADDER_RATING_LARGELY_IN_PLACE);
  /* Spread 1; one rating (spread 0); "don't know" alone. */
  rate (assessment, alex, "sa-children-and-families", LADDER_RATING_LARGELY_IN_PLACE);
  rate (assessment, secret, "sa-children-and-families", LADDER_RATING_EMERGING);
  rate (assessment, alex, "sa-frontline-visits", LADDER_RATING_EMERGING);
  rate (assessment, alex, "sa-causes-of-weakness", LADDER_RATING_DONT_KNOW);
  /* Spread 2, and spread 3 again later in the bank. */
  rate (assessment, jo, "st-clear-priorities", LADDER_RATING_NOT_IN_PLACE);
  rate (assessment, pat, "st-clear-priorities", LADDER_RATING_LARGELY_IN_PLACE);
  rate (assessment, chris, "im-workforce", LADDER_RATING_FULLY_IN_PLACE);
  rate (assessment, alex, "im-workforce", LADDER_RATING_NOT_IN_PLACE);
  return assessment;
}

static guint
row_of (LadderReview *review,
        const char   *question)
{
  for (guint q = 0; q < ladder_review_get_n_rows (review); q++)
    if (strcmp (ladder_review_get_row (review, q)->question->id, question) == 0)
      return q;
  g_assert_not_reached ();
}

static void
test_people_and_rows (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  static const char * const labels[] = {
    "Cllr Jo Bloggs", "Chris Corporate", "Alex Service", "Team manager", "Pat Partner", "Quiet Person", EVIL_NAME,
  };
  static const int levels[] = { 0, 1, 2, 2, 3, 3, 4 };
  static const guint answered[] = { 2, 2, 5, 2, 1, 0, 1 };
  static const LadderRating listen[] = { 4, 5, 1, 2, 0, 0, 3 };
  const LadderReviewRow *row;

  g_assert_cmpuint (ladder_review_get_n_people (review), ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const LadderReviewPerson *person = ladder_review_get_person (review, i);

      g_assert_cmpstr (person->label, ==, labels[i]);
      g_assert_cmpint (person->level, ==, levels[i]);
      g_assert_cmpuint (person->n_answered, ==, answered[i]);
    }
  g_assert_cmpstr (ladder_review_get_person_label_with_role (review, 0), ==, "Cllr Jo Bloggs, Cabinet member");
  g_assert_cmpstr (ladder_review_get_person_label_with_role (review, 3), ==, "Team manager");

  /* Every question, in the bank's order. */
  g_assert_cmpuint (ladder_review_get_n_rows (review), ==, ladder_content_get_n_questions (content));
  for (guint q = 0; q < ladder_review_get_n_rows (review); q++)
    g_assert_true (ladder_review_get_row (review, q)->question == ladder_content_get_question (content, q));

  row = ladder_review_get_row (review, row_of (review, "sa-listen-to-staff"));
  for (guint i = 0; i < G_N_ELEMENTS (listen); i++)
    g_assert_cmpint (row->ratings[i], ==, listen[i]);
  g_assert_cmpuint (row->n_rated, ==, 4);
  g_assert_cmpuint (row->n_dont_know, ==, 1);
  g_assert_cmpint (row->lowest, ==, LADDER_RATING_NOT_IN_PLACE);
  g_assert_cmpint (row->highest, ==, LADDER_RATING_FULLY_IN_PLACE);
  g_assert_cmpuint (row->spread, ==, 3);
  g_assert_true (row->differs);
  g_assert_cmpstr (row->notes[2], ==, "Staff forums monthly");
  g_assert_false (row->private_notes[2]);
  g_assert_cmpstr (row->notes[3], ==, PRIVATE_NOTE);
  g_assert_true (row->private_notes[3]);
  g_assert_cmpstr (row->notes[4], ==, "Only a note");
  g_assert_null (row->notes[0]);

  row = ladder_review_get_row (review, row_of (review, "sa-children-and-families"));
  g_assert_cmpuint (row->spread, ==, 1);
  g_assert_false (row->differs);
  /* One rating has no spread. */
  row = ladder_review_get_row (review, row_of (review, "sa-frontline-visits"));
  g_assert_cmpuint (row->n_rated, ==, 1);
  g_assert_cmpint (row->lowest, ==, LADDER_RATING_EMERGING);
  g_assert_cmpint (row->highest, ==, LADDER_RATING_EMERGING);
  g_assert_cmpuint (row->spread, ==, 0);
  /* "Don't know" is an answer but not a rating. */
  row = ladder_review_get_row (review, row_of (review, "sa-causes-of-weakness"));
  g_assert_cmpint (row->ratings[2], ==, LADDER_RATING_DONT_KNOW);
  g_assert_cmpuint (row->n_rated, ==, 0);
  g_assert_cmpuint (row->n_dont_know, ==, 1);
  g_assert_cmpint (row->lowest, ==, LADDER_RATING_NONE);
  g_assert_cmpuint (row->spread, ==, 0);
  g_assert_false (row->differs);
  /* Exactly two points apart differs. */
  row = ladder_review_get_row (review, row_of (review, "st-clear-priorities"));
  g_assert_cmpuint (row->spread, ==, 2);
  g_assert_true (row->differs);
  /* Nobody answered. */
  row = ladder_review_get_row (review, row_of (review, "di-contained"));
  g_assert_cmpuint (row->n_rated + row->n_dont_know + row->spread, ==, 0);
  g_assert_cmpint (row->lowest, ==, LADDER_RATING_NONE);

  g_assert_cmpuint (ladder_review_get_n_differing (review), ==, 3);
}

static void
test_sort_by_spread (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  g_autofree guint *order = ladder_review_sort_by_spread (review);
  guint n = ladder_review_get_n_rows (review);

  g_assert_cmpuint (order[0], ==, row_of (review, "sa-listen-to-staff"));
  g_assert_cmpuint (order[1], ==, row_of (review, "im-workforce"));
  g_assert_cmpuint (order[2], ==, row_of (review, "st-clear-priorities"));
  g_assert_cmpuint (order[3], ==, row_of (review, "sa-children-and-families"));
  /* Then every question of spread 0 in question order: a stable sort. */
  for (guint k = 5; k < n; k++)
    {
      g_assert_cmpuint (ladder_review_get_row (review, order[k])->spread, ==, 0);
      g_assert_cmpuint (order[k], >, order[k - 1]);
    }
  /* Every row once. */
  {
    g_autofree gboolean *seen = g_new0 (gboolean, n);

    for (guint k = 0; k < n; k++)
      {
        g_assert_false (seen[order[k]]);
        seen[order[k]] = TRUE;
      }
  }
}

static void
test_summaries_and_gaps (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderRecommendation) advice = ladder_recommend (content, assessment);
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, advice);
  g_autoptr(LadderReview) computed = ladder_review_new (content, assessment, NULL);
  g_autoptr(GPtrArray) gaps = ladder_review_dup_view_gaps (review);
  g_autofree char *sa = ladder_review_dup_summary (review, LADDER_SECTION_SELF_ASSESSMENT);
  g_autofree char *st = ladder_review_dup_summary (review, LADDER_SECTION_STRATEGY);
  g_autofree char *im = ladder_review_dup_summary (review, LADDER_SECTION_IMPLEMENTATION);
  g_autofree char *sa_computed = ladder_review_dup_summary (computed, LADDER_SECTION_SELF_ASSESSMENT);

  /* Highest view first: councillors 4, level not given 3, service leaders
   * (1 + 2) / 2, (3 + 2) / 2 and 2 over three questions: 2.0. */
  g_assert_cmpstr (sa, ==, "Self-assessment: fully in place among councillors (4.0, 1 person), largely in place "
                           "among people whose level is not given (3.0, 1 person), emerging among service leaders "
                           "(2.0, 2 people); no ratings yet from corporate leaders or partners.");
  g_assert_cmpstr (sa_computed, ==, sa);
  g_assert_cmpstr (st, ==, "Strategy: largely in place among partners (3.0, 1 person), not in place among "
                           "councillors (1.0, 1 person); no ratings yet from corporate leaders, service leaders or people whose "
                           "level is not given.");
  g_assert_cmpstr (im, ==, "Implementation: fully in place among corporate leaders (4.0, 1 person), not in place "
                           "among service leaders (1.0, 1 person); no ratings yet from councillors, partners or people whose "
                           "level is not given.");

  g_assert_cmpstr (ladder_review_level_get_plural (0), ==, "councillors");
  g_assert_cmpstr (ladder_review_level_get_plural (1), ==, "corporate leaders");
  g_assert_cmpstr (ladder_review_level_get_plural (2), ==, "service leaders");
  g_assert_cmpstr (ladder_review_level_get_plural (3), ==, "partners");
  g_assert_cmpstr (ladder_review_level_get_plural (4), ==, "people whose level is not given");

  /* The decision model's view gaps, word for word. */
  g_assert_cmpuint (advice->view_gaps->len, ==, 3);
  g_assert_cmpuint (gaps->len, ==, advice->view_gaps->len);
  for (guint i = 0; i < gaps->len; i++)
    {
      g_autofree char *expected = ladder_recommendation_describe_view_gap (advice, &g_array_index (advice->view_gaps,
                                                                                                   LadderViewGap, i));

      g_assert_cmpstr (gaps->pdata[i], ==, expected);
    }
}

/* Nobody rated anything: each capacity says so, no gaps, nothing differs. */
static void
test_nothing_rated (void)
{
  static const char * const people[] = { "level=service", "level=political", NULL };
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = spec_assessment (content, people, NULL);
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  g_autoptr(GPtrArray) gaps = ladder_review_dup_view_gaps (review);
  g_autofree char *summary = ladder_review_dup_summary (review, LADDER_SECTION_STRATEGY);
  g_autofree char *people_text = ladder_review_describe_people (review);

  g_assert_cmpstr (summary, ==, "Strategy: nobody has rated it yet.");
  g_assert_cmpuint (gaps->len, ==, 0);
  g_assert_cmpuint (ladder_review_get_n_differing (review), ==, 0);
  g_assert_cmpstr (ladder_review_get_person (review, 0)->label, ==, "Person 2");
  g_assert_cmpstr (people_text, ==, "2 people took part: 1 councillor (Person 2) and 1 service leader (Person 1). "
                                    "Person 2 and Person 1 have not answered yet.");
}

static void
test_describe (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  guint listen = row_of (review, "sa-listen-to-staff");
  const char *statement = ladder_review_get_row (review, listen)->question->statement;
  g_autofree char *people = ladder_review_describe_people (review);
  g_autofree char *expected = NULL, *cell = NULL;

  g_assert_cmpstr (people, ==, "7 people took part: 1 councillor (Cllr Jo Bloggs, Cabinet member), 1 corporate "
                               "leader (Chris Corporate, Director of resources), 2 service leaders (Alex Service, "
                               "Head of service; Team manager), 2 partners (Pat Partner, Police lead; Quiet Person) "
                               "and 1 person whose level is not given (" EVIL_NAME "). Quiet Person has not "
                               "answered yet.");

  cell = ladder_review_describe_cell (review, listen, 2);
  expected = g_strdup_printf ("Alex Service, a service leader, on “%s”: 1, Not in place. Note: Staff forums monthly",
                              statement);
  g_assert_cmpstr (cell, ==, expected);
  g_clear_pointer (&cell, g_free);
  g_clear_pointer (&expected, g_free);

  /* The private note is only said to exist. */
  cell = ladder_review_describe_cell (review, listen, 3);
  expected = g_strdup_printf ("Team manager, a service leader, on “%s”: 2, Emerging. There is a private note.",
                              statement);
  g_assert_cmpstr (cell, ==, expected);
  g_assert_null (strstr (cell, PRIVATE_NOTE));
  g_clear_pointer (&cell, g_free);
  g_clear_pointer (&expected, g_free);

  cell = ladder_review_describe_cell (review, listen, 1);
  expected = g_strdup_printf ("Chris Corporate, a corporate leader, on “%s”: don’t know.", statement);
  g_assert_cmpstr (cell, ==, expected);
  g_clear_pointer (&cell, g_free);
  g_clear_pointer (&expected, g_free);

  cell = ladder_review_describe_cell (review, listen, 4);
  expected = g_strdup_printf ("Pat Partner, a partner, on “%s”: no answer. Note: Only a note", statement);
  g_assert_cmpstr (cell, ==, expected);
  g_clear_pointer (&cell, g_free);
  g_clear_pointer (&expected, g_free);

  cell = ladder_review_describe_cell (review, listen, 6);
  expected = g_strdup_printf ("%s, level not given, on “%s”: 3, Largely in place.", EVIL_NAME, statement);
  g_assert_cmpstr (cell, ==, expected);
}

static void
test_sanitise (void)
{
  g_autofree char *controls = ladder_text_sanitise ("a\x1b[31mb\tc\nd\x7f" "e\xc2\x85" "f\xc2\xa0g");
  g_autofree char *bidi = ladder_text_sanitise ("x\u202Ey\u2066z\u2069w\u200E\u200F!");
  g_autofree char *kept = ladder_text_sanitise ("Café – “quoted” ’s £5");
  g_autofree char *broken = ladder_text_sanitise ("bad\xff" "byte");

  g_assert_cmpstr (controls, ==, "a" FFFD "[31mb" FFFD "c" FFFD "d" FFFD "e" FFFD "f\xc2\xa0g");
  g_assert_cmpstr (bidi, ==, "x" FFFD "y" FFFD "z" FFFD "w" FFFD FFFD "!");
  g_assert_cmpstr (kept, ==, "Café – “quoted” ’s £5");
  g_assert_cmpstr (broken, ==, "bad" FFFD "byte");
  g_assert_null (ladder_text_sanitise (NULL));
}

static void
test_text (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const LadderSectionInfo *strategy = ladder_content_get_section (content, LADDER_SECTION_STRATEGY);

  ladder_review_write_text (review, out);
  g_test_message ("%s", out->str);
  g_assert_true (g_str_has_prefix (out->str, "Everyone’s answers side by side: Test" FFFD "borough, review of "
                                   SPEC_REVIEW_DATE "\n"));
  /* Nothing from the file reaches the terminal as a control. */
  g_assert_null (strchr (out->str, '\x1b'));
  g_assert_null (strchr (out->str, '\x07'));
  g_assert_null (strstr (out->str, "\u202E"));
  g_assert_nonnull (strstr (out->str, FFFD "]0;evil" FFFD "Eve"));
  g_assert_null (strstr (out->str, SECRET_NAME));
  g_assert_null (strstr (out->str, PRIVATE_NOTE));
  g_assert_nonnull (strstr (out->str, "7 people took part: 1 councillor (Cllr Jo Bloggs, Cabinet member)"));
  g_assert_nonnull (strstr (out->str, "\n  Self-assessment: fully in place among councillors (4.0, 1 person)"));
  g_assert_nonnull (strstr (out->str, "\nWhere views differ\n  - On self-assessment, people at the political "));
  g_assert_nonnull (strstr (out->str, "two or more points apart: 3 of 32.\n"));
  /* The key: number, label, level. */
  g_assert_true (g_regex_match_simple ("^  4  Team manager +service leader$", out->str, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  7  " FFFD "]0;evil" FFFD "Eve +level not given$", out->str,
                                       G_REGEX_MULTILINE, 0));
  /* A line per question: each person's rating, then the spread. */
  g_assert_true (g_regex_match_simple ("^  sa-listen-to-staff +4 \\? 1 2 - - 3  3 \\*$", out->str,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  sa-causes-of-weakness +- - \\? - - - -  0$", out->str,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  st-clear-priorities +1 - - - 3 - -  2 \\*$", out->str,
                                       G_REGEX_MULTILINE, 0));
  /* Grouped under the section titles, in order. */
  g_assert_true (strstr (out->str, strategy->title) < strstr (out->str, "st-clear-priorities"));
  g_assert_true (strstr (out->str, strategy->title) > strstr (out->str, "sa-outside-challenge"));
}

static void
test_json (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = mixed_assessment ();
  g_autoptr(LadderReview) review = ladder_review_new (content, assessment, NULL);
  g_autoptr(JsonNode) root = ladder_review_to_json (review);
  g_autoptr(JsonNode) disagreements = ladder_review_disagreements_to_json (review);
  g_autofree char *text = json_to_string (root, TRUE);
  g_autofree char *disagreement_text = json_to_string (disagreements, FALSE);
  JsonObject *object = json_node_get_object (root);
  JsonArray *people = json_object_get_array_member (object, "people");
  JsonArray *questions = json_object_get_array_member (object, "questions");
  JsonObject *listen = json_array_get_object_element (questions, row_of (review, "sa-listen-to-staff"));
  JsonArray *ratings = json_object_get_array_member (listen, "ratings");
  JsonArray *notes = json_object_get_array_member (listen, "notes");
  JsonArray *summary = json_object_get_array_member (object, "summary");

  g_assert_null (strstr (text, SECRET_NAME));
  g_assert_null (strstr (text, PRIVATE_NOTE));
  g_assert_null (strchr (text, '\x1b'));
  g_assert_cmpstr (json_object_get_string_member (object, "council"), ==, "Test\u202Eborough");
  g_assert_cmpstr (json_object_get_string_member (object, "review-date"), ==, SPEC_REVIEW_DATE);
  g_assert_cmpuint (json_array_get_length (people), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 3), "label"), ==,
                   "Team manager");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 3), "level"), ==, "service");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (people, 6), "level"));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (people, 2), "answered"), ==, 5);

  g_assert_cmpuint (json_array_get_length (summary), ==, LADDER_N_CAPACITIES);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (summary, 0), "capacity"), ==,
                   "self-assessment");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_array_get_object_element (summary, 0),
                                                                  "sentence"), "Self-assessment: fully in place"));
  {
    JsonArray *by_level = json_object_get_array_member (json_array_get_object_element (summary, 0), "by-level");
    JsonObject *service = json_array_get_object_element (by_level, 2);

    g_assert_cmpstr (json_object_get_string_member (service, "level"), ==, "service");
    g_assert_cmpint (json_object_get_int_member (service, "people"), ==, 2);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (service, "mean"), 2.0, 1e-9);
    g_assert_true (json_object_get_null_member (json_array_get_object_element (by_level, 1), "mean"));
  }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "views-differ")), ==, 3);

  g_assert_cmpstr (json_object_get_string_member (listen, "id"), ==, "sa-listen-to-staff");
  g_assert_cmpstr (json_object_get_string_member (listen, "section"), ==, "self-assessment");
  g_assert_cmpstr (json_array_get_string_element (ratings, 0), ==, "fully-in-place");
  g_assert_cmpstr (json_array_get_string_element (ratings, 1), ==, "dont-know");
  g_assert_cmpstr (json_array_get_string_element (ratings, 2), ==, "not-in-place");
  g_assert_true (json_array_get_null_element (ratings, 4));
  g_assert_cmpstr (json_array_get_string_element (notes, 2), ==, "Staff forums monthly");
  g_assert_true (json_array_get_null_element (notes, 3));
  g_assert_cmpstr (json_array_get_string_element (notes, 4), ==, "Only a note");
  g_assert_cmpint (json_object_get_int_member (listen, "spread"), ==, 3);
  g_assert_true (json_object_get_boolean_member (listen, "differs"));
  g_assert_cmpint (json_object_get_int_member (listen, "dont-know"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "differing"), ==, 3);

  /* The disagreements for "ladder recommend --json". */
  g_assert_null (strstr (disagreement_text, SECRET_NAME));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (disagreements)), ==, 3);
  {
    JsonObject *first = json_array_get_object_element (json_node_get_array (disagreements), 0);
    JsonArray *answers = json_object_get_array_member (first, "ratings");

    g_assert_cmpstr (json_object_get_string_member (first, "question"), ==, "sa-listen-to-staff");
    g_assert_cmpint (json_object_get_int_member (first, "lowest"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (first, "highest"), ==, 4);
    g_assert_cmpint (json_object_get_int_member (first, "spread"), ==, 3);
    /* Those who answered: not the note alone, not the silent partner. */
    g_assert_cmpuint (json_array_get_length (answers), ==, 5);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (answers, 3), "person"), ==,
                     "Team manager");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (answers, 3), "rating"), ==,
                     "emerging");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/people-and-rows", test_people_and_rows);
  g_test_add_func ("/review/sort-by-spread", test_sort_by_spread);
  g_test_add_func ("/review/summaries-and-gaps", test_summaries_and_gaps);
  g_test_add_func ("/review/nothing-rated", test_nothing_rated);
  g_test_add_func ("/review/describe", test_describe);
  g_test_add_func ("/review/sanitise", test_sanitise);
  g_test_add_func ("/review/text", test_text);
  g_test_add_func ("/review/json", test_json);

  return g_test_run ();
}
