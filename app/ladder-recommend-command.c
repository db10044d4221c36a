/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder recommend": the advice for an assessment file, as text or JSON. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-cli.h"
#include "ladder-recommend-command.h"

static const char * const capacity_titles[LADDER_N_CAPACITIES] = {
  "Capacity to self-assess", "Capacity to set a strategy", "Capacity to implement",
};
static const char * const flag_titles[LADDER_N_FLAGS] = {
  "Problems are long-running or widespread",
  "Grip lost on one contained area",
  "Oversight by councillors, corporate centre or partners is not working",
};
static const char * const flag_answers[LADDER_N_FLAG_STATES] = {
  "not enough answers", "no", "yes",
};

static void
write_findings (LadderRecommendation *self,
                char                **findings,
                GString              *out)
{
  for (guint f = 0; findings[f] != NULL; f++)
    {
      const LadderFinding *finding = ladder_content_find_finding (self->content, findings[f]);
      const LadderSource *source = ladder_content_find_source (self->content, finding->source);

      g_string_append_printf (out, "     Research: %s (%s, %d)\n", finding->title, source->author, source->year);
    }
}

/**
 * ladder_recommendation_write_text:
 * @self: a recommendation
 * @assessment: the assessment it came from
 * @out: where to write
 *
 * Writes the whole recommendation as plain text, for the terminal.
 */
void
ladder_recommendation_write_text (LadderRecommendation *self,
                                  LadderAssessment     *assessment,
                                  GString              *out)
{
  const char *council = ladder_assessment_get_council_name (assessment);
  const char *date = ladder_assessment_get_review_date (assessment);

  g_string_append_printf (out, "Recommendation for %s%s%s\n\n", council != NULL ? council : "no council named",
                          date != NULL ? ", review of " : "", date != NULL ? date : "");
  g_string_append_printf (out, "Recommended form: %s\n", ladder_recommendation_get_primary_name (self));
  g_string_append_printf (out, "Pattern: %s. %s\n\n", self->rule->title, self->rule->summary);

  g_string_append (out, "The three capacities\n");
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityResult *capacity = &self->capacities[c];

      g_string_append_printf (out, "  %s: %s", capacity_titles[c], ladder_level_get_label (capacity->level));
      if (!isnan (capacity->score))
        g_string_append_printf (out, " (score %.1f of 4", capacity->score);
      else
        g_string_append (out, " (no ratings");
      g_string_append_printf (out, "; %u of %u questions rated)\n", capacity->n_answered, capacity->n_questions);
    }
  g_string_append (out, "\nThe difficulties\n");
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    g_string_append_printf (out, "  %s: %s\n", flag_titles[f], flag_answers[self->state.flags[f]]);

  g_string_append (out, "\nWhat to put in place\n");
  for (guint i = 0; i < self->package->len; i++)
    {
      const LadderPackageItem *item = self->package->pdata[i];
      const LadderForm *form = item->form != NULL ? ladder_content_find_form (self->content, item->form) : NULL;

      g_string_append_printf (out, "  - %s%s%s\n", form != NULL ? form->name : "", form != NULL ? ": " : "", item->text);
    }

  g_string_append (out, "\nWhy\n");
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const LadderReason *reason = self->reasons->pdata[i];

      g_string_append_printf (out, "  %u. %s\n", i + 1, reason->statement->text);
      for (guint a = 0; a < reason->answers->len; a++)
        {
          const LadderQuestionResult *answer = reason->answers->pdata[a];
          g_autofree char *rating = ladder_recommendation_describe_answer (answer);

          g_string_append_printf (out, "     Answer: “%s”: %s\n", answer->question->statement, rating);
        }
      write_findings (self, reason->statement->findings, out);
    }

  if (self->caveats->len > 0)
    g_string_append (out, "\nCaveats\n");
  for (guint i = 0; i < self->caveats->len; i++)
    g_string_append_printf (out, "  - %s\n", ((LadderStatement *) self->caveats->pdata[i])->text);

  g_string_append_printf (out, "\nConfidence: %s\n", ladder_confidence_get_label (self->confidence));
  for (guint i = 0; i < self->confidence_reasons->len; i++)
    g_string_append_printf (out, "  - %s\n", (char *) self->confidence_reasons->pdata[i]);

  g_string_append (out, "\nWhat would change it\n");
  if (self->changes->len == 0)
    g_string_append (out, "  No change of one or two answers would lead to a different form of support.\n");
  for (guint i = 0; i < self->changes->len; i++)
    {
      g_autofree char *text = ladder_recommendation_describe_change (self, self->changes->pdata[i]);

      g_string_append_printf (out, "  - %s\n", text);
    }

  if (self->primary != NULL)
    {
      g_string_append_printf (out, "\nWhat makes %s work (to check in the plan)\n", self->primary->name);
      for (guint i = 0; i < self->primary->success_factors->len; i++)
        g_string_append_printf (out, "  [ ] %s\n",
                                ((LadderChecklistItem *) self->primary->success_factors->pdata[i])->text);
    }
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_score (JsonBuilder *builder,
           const char  *member,
           double       score)
{
  json_builder_set_member_name (builder, member);
  if (isnan (score))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, score);
}

static void
add_statement (JsonBuilder           *builder,
               const LadderStatement *statement)
{
  g_autoptr(GStrvBuilder) because = g_strv_builder_new ();
  g_auto(GStrv) because_ids = NULL;

  for (guint bit = 0; bit < 10; bit++)
    if (statement->because & (1u << bit))
      g_strv_builder_add (because, ladder_basis_get_id (1u << bit));
  because_ids = g_strv_builder_end (because);
  add_string (builder, "text", statement->text);
  add_strv (builder, "because", (const char * const *) because_ids);
  add_strv (builder, "findings", (const char * const *) statement->findings);
}

/**
 * ladder_recommendation_to_json:
 * @self: a recommendation
 *
 * Returns: (transfer full): the recommendation as JSON, for scripts.
 */
JsonNode *
ladder_recommendation_to_json (LadderRecommendation *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  add_string (builder, "rule", self->rule->id);
  add_string (builder, "title", self->rule->title);
  add_string (builder, "summary", self->rule->summary);
  add_string (builder, "primary", self->primary != NULL ? self->primary->id : NULL);

  json_builder_set_member_name (builder, "capacities");
  json_builder_begin_object (builder);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      json_builder_set_member_name (builder, ladder_section_get_id (c));
      json_builder_begin_object (builder);
      add_string (builder, "level", ladder_level_get_id (self->capacities[c].level));
      add_score (builder, "score", self->capacities[c].score);
      json_builder_set_member_name (builder, "answered");
      json_builder_add_int_value (builder, self->capacities[c].n_answered);
      json_builder_set_member_name (builder, "questions");
      json_builder_add_int_value (builder, self->capacities[c].n_questions);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "difficulties");
  json_builder_begin_object (builder);
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    add_string (builder, ladder_flag_get_id (f), ladder_flag_state_get_id (self->state.flags[f]));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "package");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->package->len; i++)
    {
      const LadderPackageItem *item = self->package->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "form", item->form);
      add_string (builder, "text", item->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const LadderReason *reason = self->reasons->pdata[i];

      json_builder_begin_object (builder);
      add_statement (builder, reason->statement);
      json_builder_set_member_name (builder, "answers");
      json_builder_begin_array (builder);
      for (guint a = 0; a < reason->answers->len; a++)
        {
          const LadderQuestionResult *answer = reason->answers->pdata[a];

          json_builder_begin_object (builder);
          add_string (builder, "question", answer->question->id);
          add_score (builder, "score", answer->score);
          json_builder_set_member_name (builder, "ratings");
          json_builder_add_int_value (builder, answer->n_ratings);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "caveats");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->caveats->len; i++)
    {
      json_builder_begin_object (builder);
      add_statement (builder, self->caveats->pdata[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "confidence");
  json_builder_begin_object (builder);
  add_string (builder, "level", ladder_confidence_get_id (self->confidence));
  json_builder_set_member_name (builder, "why");
  json_builder_begin_array (builder);
  /* A GPtrArray has no terminating NULL to stop at. */
  for (guint i = 0; i < self->confidence_reasons->len; i++)
    json_builder_add_string_value (builder, self->confidence_reasons->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->changes->len; i++)
    {
      const LadderAdviceChange *change = self->changes->pdata[i];
      g_autofree char *text = ladder_recommendation_describe_change (self, change);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "answers");
      json_builder_begin_array (builder);
      for (guint a = 0; a < change->n_answers; a++)
        {
          json_builder_begin_object (builder);
          add_string (builder, "question", change->answers[a]->question->id);
          add_score (builder, "from", change->answers[a]->score);
          add_string (builder, "to", ladder_rating_get_id (change->to[a]));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      add_string (builder, "rule", change->rule->id);
      add_string (builder, "primary", change->rule->primary);
      add_string (builder, "text", text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "success-factors");
  json_builder_begin_array (builder);
  for (guint i = 0; self->primary != NULL && i < self->primary->success_factors->len; i++)
    {
      const LadderChecklistItem *item = self->primary->success_factors->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "id", item->id);
      add_string (builder, "text", item->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * ladder_recommend_command:
 * @argc: arguments after "recommend"
 * @argv: FILE.ladder and optionally --json
 * @out: the recommendation
 * @err: one line naming the problem
 *
 * Returns: 0, or 2 for a bad argument or file.
 */
int
ladder_recommend_command (int       argc,
                          char    **argv,
                          GString  *out,
                          GString  *err)
{
  g_autoptr(LadderContent) content = NULL;
  g_autoptr(LadderAssessment) assessment = NULL;
  g_autoptr(LadderRecommendation) recommendation = NULL;
  const char *path = NULL;
  gboolean json = FALSE;

  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        json = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_string_append_printf (err, "ladder: recommend has no option '%s'\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      else if (path != NULL)
        {
          g_string_append (err, "ladder: recommend reads one FILE.ladder at a time\n");
          return LADDER_EXIT_BAD_INPUT;
        }
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_string_append (err, "ladder: recommend needs a FILE.ladder\n");
      return LADDER_EXIT_BAD_INPUT;
    }

  assessment = ladder_cli_load_assessment (path, &content, err);
  if (assessment == NULL)
    return LADDER_EXIT_BAD_INPUT;
  recommendation = ladder_recommend (content, assessment);
  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = ladder_recommendation_to_json (recommendation);
      g_autofree char *text = NULL;

      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_string_append_printf (out, "%s\n", text);
    }
  else
    ladder_recommendation_write_text (recommendation, assessment, out);
  return LADDER_EXIT_OK;
}
