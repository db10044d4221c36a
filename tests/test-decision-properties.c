/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision model's properties, tested two independent ways:
 * - over every combination of the rules' inputs (levels, flags and every
 *   context), by ladder_rules_check() with every context tried;
 * - end to end through ladder_recommend(), over random assessments with
 *   several people at random leadership levels: lowering one answer never
 *   gives lighter support (raising one never heavier) and moves the
 *   primary form at most one step; the same answers give the same advice.
 * Set LADDER_PROPERTY_SETS to change the number of random assessments. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-assessment-private.h"
#include "ladder-recommend-command.h"
#include "ladder-recommendation.h"

#define DEFAULT_SETS 100000

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *content = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return content;
}

static GBytes *
read_content_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "content", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

/* Every combination of the rules' inputs, every context: the rules file
 * has the three properties. */
static void
test_every_combination (void)
{
  g_autoptr(GBytes) questions = read_content_file ("questions.json");
  g_autoptr(GBytes) library = read_content_file ("library.json");
  g_autoptr(GBytes) rules = read_content_file ("rules.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) checked = NULL;
  LadderRulesCheckStats stats = { 0 };
  gint64 start = g_get_monotonic_time ();

  checked = ladder_content_load_checked (questions, library, rules, TRUE, &stats, &error);
  g_assert_no_error (error);
  g_assert_nonnull (checked);
  g_test_message ("every context: %u contexts x 46,656 answer states = %" G_GUINT64_FORMAT " combinations, %"
                  G_GUINT64_FORMAT " one-step changes compared, in %.2f s", stats.n_contexts, stats.n_states,
                  stats.n_moves, (g_get_monotonic_time () - start) / 1e6);
  /* 5 grades x 4 interventions x 4 stages x 3 partner states x 2 x 2 x 2. */
  g_assert_cmpuint (stats.n_contexts, ==, 5 * 4 * 4 * 3 * 8);
  g_assert_cmpuint (stats.n_states, ==, (guint64) stats.n_contexts * 46656);

  /* What loading does: one context of each kind the conditions tell apart. */
  start = g_get_monotonic_time ();
  g_clear_pointer (&checked, ladder_content_unref);
  checked = ladder_content_load_checked (questions, library, rules, FALSE, &stats, &error);
  g_assert_no_error (error);
  g_test_message ("when loading: %u contexts, %" G_GUINT64_FORMAT " one-step changes compared, in %.3f s",
                  stats.n_contexts, stats.n_moves, (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (stats.n_contexts, <, 5 * 4 * 4 * 3 * 8);
}

/* Whatever the context, capacities with too few answers give no advice,
 * and every other combination gives some; how often random inputs reach
 * each rule is reported. */
static void
test_unknown_means_no_advice (void)
{
  g_autoptr(LadderContent) bank = content ();
  LadderRules *rules = ladder_content_get_rules (bank);
  GRand *rand = g_rand_new_with_seed (20261206);
  guint reached[64] = { 0 };

  for (guint i = 0; i < 200000; i++)
    {
      LadderRuleState state = { 0 };
      const LadderRule *rule;

      for (guint c = 0; c < 3; c++)
        state.levels[c] = g_rand_int_range (rand, 0, LADDER_N_LEVELS);
      for (guint f = 0; f < LADDER_N_FLAGS; f++)
        state.flags[f] = g_rand_int_range (rand, 0, LADDER_N_FLAG_STATES);
      state.context = g_rand_int_range (rand, 0, 1 << LADDER_N_CONTEXT_FLAGS);
      state.stage = g_rand_int_range (rand, 0, LADDER_N_STAGES);
      state.inspection = g_rand_int_range (rand, 0, LADDER_N_GRADES);
      state.intervention = g_rand_int_range (rand, 0, LADDER_N_INTERVENTIONS);
      state.strong_partner = g_rand_int_range (rand, 0, LADDER_N_FLAG_STATES);
      rule = ladder_rules_match (rules, &state);
      /* Unknown levels give no advice, and nothing else does. */
      g_assert_true ((rule->primary == NULL) ==
                     (state.levels[0] == LADDER_LEVEL_UNKNOWN || state.levels[1] == LADDER_LEVEL_UNKNOWN ||
                      state.levels[2] == LADDER_LEVEL_UNKNOWN));
      for (guint r = 0; r < rules->rules->len; r++)
        if (rules->rules->pdata[r] == rule)
          reached[r]++;
    }
  g_rand_free (rand);
  for (guint r = 0; r < rules->rules->len; r++)
    g_test_message ("%s: %u", ((LadderRule *) rules->rules->pdata[r])->id, reached[r]);
}

typedef struct
{
  const void *what;           /* a LadderStatement or LadderPackageItem */
  const char *rule;           /* NULL for the rules-wide ones */
  const char *text;
  gboolean    reached;
} Part;

static void
add_parts (GArray     *parts,
           GPtrArray  *list,
           gboolean    items,
           const char *rule)
{
  for (guint i = 0; i < list->len; i++)
    {
      Part part = { list->pdata[i], rule, NULL, FALSE };

      part.text = items ? ((LadderPackageItem *) list->pdata[i])->text : ((LadderStatement *) list->pdata[i])->text;
      g_array_append_val (parts, part);
    }
}

static const LadderCondition *
part_condition (const Part *part,
                GPtrArray  *items)
{
  return g_ptr_array_find (items, part->what, NULL) ? &((const LadderPackageItem *) part->what)->when
                                                    : &((const LadderStatement *) part->what)->when;
}

/* Every reason, caveat and package item can appear: none is hidden by a
 * condition its rule never meets (one of version 1's package items could
 * never show). Every combination of answers, in contexts covering each
 * value the conditions name. */
static void
test_every_part_can_appear (void)
{
  g_autoptr(LadderContent) bank = content ();
  LadderRules *rules = ladder_content_get_rules (bank);
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Part));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  static const LadderGrade grades[] = { LADDER_GRADE_NONE, LADDER_GRADE_GOOD, LADDER_GRADE_INADEQUATE };
  static const LadderIntervention interventions[] = {
    LADDER_INTERVENTION_NONE, LADDER_INTERVENTION_IMPROVEMENT_NOTICE, LADDER_INTERVENTION_STATUTORY_DIRECTION,
  };
  static const LadderStage stages[] = { LADDER_STAGE_NONE, LADDER_STAGE_FAIR_TO_GOOD };
  guint64 tried = 0;

  for (guint r = 0; r < rules->rules->len; r++)
    {
      LadderRule *rule = rules->rules->pdata[r];

      add_parts (parts, rule->reasons, FALSE, rule->id);
      add_parts (parts, rule->caveats, FALSE, rule->id);
      add_parts (parts, rule->package, TRUE, rule->id);
      for (guint i = 0; i < rule->package->len; i++)
        g_ptr_array_add (items, rule->package->pdata[i]);
    }
  add_parts (parts, rules->caveats, FALSE, NULL);
  add_parts (parts, rules->package, TRUE, NULL);
  for (guint i = 0; i < rules->package->len; i++)
    g_ptr_array_add (items, rules->package->pdata[i]);

  for (guint g = 0; g < G_N_ELEMENTS (grades); g++)
    for (guint v = 0; v < G_N_ELEMENTS (interventions); v++)
      for (guint st = 0; st < G_N_ELEMENTS (stages); st++)
        for (guint partner = 0; partner < LADDER_N_FLAG_STATES; partner++)
          for (guint bits = 0; bits < (1u << LADDER_N_CONTEXT_FLAGS); bits++)
            for (guint levels = 0; levels < 64; levels++)
              for (guint flags = 0; flags < 729; flags++)
                {
                  LadderRuleState state = { { levels >> 4, (levels >> 2) & 3, levels & 3 } };
                  const LadderRule *rule;
                  guint f = flags;

                  for (guint i = 0; i < LADDER_N_FLAGS; i++, f /= 3)
                    state.flags[i] = f % 3;
                  state.inspection = grades[g];
                  state.intervention = interventions[v];
                  state.stage = stages[st];
                  state.strong_partner = partner;
                  state.context = bits;
                  rule = ladder_rules_match (rules, &state);
                  tried++;
                  for (guint p = 0; p < parts->len; p++)
                    {
                      Part *part = &g_array_index (parts, Part, p);

                      if (part->reached || (part->rule != NULL && strcmp (part->rule, rule->id) != 0) ||
                          (part->rule == NULL && rule->primary == NULL && g_ptr_array_find (items, part->what, NULL)))
                        continue;
                      part->reached = ladder_condition_matches (part_condition (part, items), &state);
                    }
                }
  g_test_message ("%" G_GUINT64_FORMAT " combinations, %u reasons, caveats and package items", tried, parts->len);
  for (guint p = 0; p < parts->len; p++)
    {
      const Part *part = &g_array_index (parts, Part, p);

      if (!part->reached)
        g_error ("in “%s” this can never appear: “%s”", part->rule != NULL ? part->rule : "every rule", part->text);
    }
}

static LadderRating
random_rating (GRand *rand)
{
  /* Mostly ratings; some unanswered and some "don't know". */
  int pick = g_rand_int_range (rand, 0, 20);

  if (pick == 0)
    return LADDER_RATING_NONE;
  if (pick == 1)
    return LADDER_RATING_DONT_KNOW;
  return 1 + pick % 4;
}

static LadderAssessment *
random_assessment (LadderContent *bank,
                   GRand         *rand)
{
  static const char * const dates[] = { NULL, "2019-05-01", "2025-12-01", "2026-06-01", "2026-09-15" };
  LadderAssessment *assessment = ladder_assessment_new ();
  guint n_people = g_rand_int_range (rand, 2, 9);
  /* Each person has their own leaning, so levels can be far apart. */
  for (guint p = 0; p < n_people; p++)
    {
      LadderLeadershipLevels level = g_rand_int_range (rand, 0, 5) == 4 ? 0 : 1u << g_rand_int_range (rand, 0, 4);
      g_autofree char *id = g_strdup_printf ("r%u", p);
      LadderRespondent *respondent = ladder_assessment_insert_respondent (assessment, id, NULL, "Someone", NULL, level, FALSE);
      int leaning = g_rand_int_range (rand, -2, 3);
      double skip = g_rand_double_range (rand, 0, 0.6);

      for (guint q = 0; q < ladder_content_get_n_questions (bank); q++)
        {
          LadderRating rating;

          if (g_rand_double (rand) < skip)
            continue;
          rating = random_rating (rand);
          if (rating >= LADDER_RATING_NOT_IN_PLACE && rating <= LADDER_RATING_FULLY_IN_PLACE)
            rating = CLAMP ((int) rating + leaning, 1, 4);
          if (rating != LADDER_RATING_NONE)
            ladder_assessment_put_answer (respondent, ladder_content_get_question (bank, q)->id, rating, NULL, FALSE);
        }
    }
  ladder_assessment_set_review_date (assessment, "2026-11-24");
  if (g_rand_boolean (rand))
    {
      LadderJudgement which = g_rand_int_range (rand, 0, LADDER_N_JUDGEMENTS);

      ladder_assessment_set_judgement (assessment, which, g_rand_int_range (rand, 1, LADDER_N_GRADES),
                                       dates[g_rand_int_range (rand, 0, G_N_ELEMENTS (dates))]);
    }
  ladder_assessment_set_intervention (assessment, g_rand_int_range (rand, 0, 8) < LADDER_N_INTERVENTIONS
                                      ? g_rand_int_range (rand, 0, LADDER_N_INTERVENTIONS) : 0);
  ladder_assessment_set_new_leadership (assessment, g_rand_boolean (rand));
  ladder_assessment_set_stage (assessment, g_rand_int_range (rand, 0, LADDER_N_STAGES));
  ladder_assessment_set_strong_partner (assessment, g_rand_int_range (rand, 0, LADDER_N_FLAG_STATES));
  ladder_assessment_set_new_model_by_choice (assessment, g_rand_int_range (rand, 0, 6) == 0);
  return assessment;
}

static int
rank_of (LadderRecommendation *rec)
{
  return ladder_recommendation_get_severity (rec) / 8;
}

static char *
digest (LadderRecommendation *rec)
{
  g_autoptr(JsonNode) json = ladder_recommendation_to_json (rec);

  return json_to_string (json, FALSE);
}

/* Random assessments: moving any one answer one point never makes the
 * advice lighter as it worsens (or heavier as it improves), and never
 * moves the primary form two steps. */
static void
test_random_answer_sets (void)
{
  g_autoptr(LadderContent) bank = content ();
  const char *env = g_getenv ("LADDER_PROPERTY_SETS");
  guint n_sets = env != NULL ? (guint) atoi (env) : DEFAULT_SETS;
  GRand *rand = g_rand_new_with_seed (1202612);
  guint64 moves = 0, changed_form = 0, changed_package = 0;
  guint rules_seen[64] = { 0 };
  gint64 start = g_get_monotonic_time ();
  LadderRules *rules = ladder_content_get_rules (bank);

  for (guint set = 0; set < n_sets; set++)
    {
      g_autoptr(LadderAssessment) assessment = random_assessment (bank, rand);
      g_autoptr(LadderRecommendation) base = ladder_recommend_without_changes (bank, assessment);
      int base_severity = ladder_recommendation_get_severity (base);
      guint n_people = ladder_assessment_get_n_respondents (assessment);

      for (guint r = 0; r < rules->rules->len; r++)
        rules_seen[r] += rules->rules->pdata[r] == base->rule;

      /* Several answers of the set, each moved down and up one point. */
      for (guint tries = 0; tries < 4; tries++)
        {
          const LadderRespondent *person = ladder_assessment_get_respondent (assessment,
                                                                             g_rand_int_range (rand, 0, n_people));
          const LadderQuestion *question = ladder_content_get_question (bank, g_rand_int_range (rand, 0, 32));
          LadderAnswer *answer = g_hash_table_lookup (person->answers, question->id);
          LadderRating was;

          if (answer == NULL || answer->rating < LADDER_RATING_NOT_IN_PLACE ||
              answer->rating > LADDER_RATING_FULLY_IN_PLACE)
            continue;
          was = answer->rating;
          for (int step = -1; step <= 1; step += 2)
            {
              g_autoptr(LadderRecommendation) moved = NULL;
              int severity;

              if (was + step < LADDER_RATING_NOT_IN_PLACE || was + step > LADDER_RATING_FULLY_IN_PLACE)
                continue;
              answer->rating = was + step;
              moved = ladder_recommend_without_changes (bank, assessment);
              answer->rating = was;
              severity = ladder_recommendation_get_severity (moved);
              moves++;
              changed_form += rank_of (moved) != rank_of (base);
              changed_package += severity != base_severity;
              if ((step < 0 && severity < base_severity) || (step > 0 && severity > base_severity) ||
                  ABS (rank_of (moved) - rank_of (base)) > 1)
                {
                  g_autofree char *before = digest (base);
                  g_autofree char *after = digest (moved);

                  g_error ("set %u: moving “%s” from %d to %d by %s (%s level) took the advice from “%s” "
                           "(severity %d) to “%s” (severity %d)\nbefore: %s\nafter: %s", set, question->id, was,
                           was + step, person->id,
                           person->level != 0 ? ladder_leadership_level_get_id (person->level) : "no",
                           base->rule->id, base_severity, moved->rule->id, severity, before, after);
                }
            }
        }
      /* Deterministic: the same answers, the same advice to the letter. */
      if (set % 500 == 0)
        {
          g_autoptr(LadderRecommendation) again = ladder_recommend_without_changes (bank, assessment);
          g_autofree char *first = digest (base);
          g_autofree char *second = digest (again);

          g_assert_cmpstr (first, ==, second);
        }
    }
  g_rand_free (rand);
  g_test_message ("%u random assessments, %" G_GUINT64_FORMAT " one-point moves, %" G_GUINT64_FORMAT
                  " changed the primary form and %" G_GUINT64_FORMAT " the severity, in %.1f s", n_sets, moves,
                  changed_form, changed_package, (g_get_monotonic_time () - start) / 1e6);
  for (guint r = 0; r < rules->rules->len; r++)
    g_test_message ("  %s: %u", ((LadderRule *) rules->rules->pdata[r])->id, rules_seen[r]);
  /* The sample is only worth something if many moves do change the
   * advice (a thousand at least, with the default number of sets). */
  g_assert_cmpuint (changed_form, >=, MIN (1000, n_sets / 100));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decision-model/every-combination", test_every_combination);
  g_test_add_func ("/decision-model/unknown-means-no-advice", test_unknown_means_no_advice);
  g_test_add_func ("/decision-model/every-part-can-appear", test_every_part_can_appear);
  g_test_add_func ("/decision-model/random-answer-sets", test_random_answer_sets);

  return g_test_run ();
}
