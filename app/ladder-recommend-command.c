/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder recommend": the advice for an assessment file, as text or JSON.
 * Text from the file (the council's name, the date) goes through
 * ladder_sanitise_for_terminal() and the JSON's strings have every control
 * escaped, so nothing from the file can act on a terminal. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-cli.h"
#include "ladder-recommend-command.h"
#include "ladder-review.h"
#include "ladder-sanitise.h"

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

static void
write_capacities (LadderRecommendation *self,
                  GString              *out)
{
  g_autofree char *partners = ladder_recommendation_describe_partners (self);

  g_string_append (out, "The three capacities, judged at each leadership level (the weakest deciding level "
                        "decides: partners count for implementation)\n");
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityResult *capacity = &self->capacities[c];

      g_string_append_printf (out, "  %s: %s", ladder_capacity_get_title (c), ladder_level_get_label (capacity->level));
      if (capacity->weakest >= 0)
        g_string_append_printf (out, " (weakest at the %s level, %.1f of 4",
                                ladder_perspective_get_name (&self->perspectives[capacity->weakest]), capacity->score);
      else
        g_string_append (out, " (no ratings");
      g_string_append_printf (out, "; %u of %u questions rated)\n", capacity->n_answered, capacity->n_questions);
      g_string_append (out, "    ");
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          const LadderLevelResult *level = &capacity->by_level[l];
          g_autofree char *label = g_utf8_strdown (ladder_level_get_label (level->level), -1);

          if (l > 0)
            g_string_append (out, "; ");
          if (level->level == LADDER_LEVEL_UNKNOWN)
            g_string_append_printf (out, "%s: no ratings", ladder_perspective_get_name (&self->perspectives[l]));
          else
            g_string_append_printf (out, "%s: %s, %.1f", ladder_perspective_get_name (&self->perspectives[l]),
                                    label, level->score);
        }
      g_string_append (out, "\n");
      if (capacity->lowered)
        g_string_append (out, "    Held at partly in place because people at different levels see the service "
                              "very differently.\n");
    }
  if (partners != NULL)
    g_string_append_printf (out, "  %s\n", partners);
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
  g_autofree char *council = ladder_sanitise_for_terminal (ladder_assessment_get_council_name (assessment));
  g_autofree char *date = ladder_sanitise_for_terminal (ladder_assessment_get_review_date (assessment));

  g_string_append_printf (out, "Recommendation for %s%s%s\n\n", council != NULL ? council : "no council named",
                          date != NULL ? ", review of " : "", date != NULL ? date : "");
  {
    g_autofree char *in_short = ladder_recommendation_describe_in_short (self);

    g_string_append_printf (out, "In short: %s\n\n", in_short);
  }
  g_string_append_printf (out, "Recommended form: %s\n", ladder_recommendation_get_primary_name (self));
  g_string_append_printf (out, "Pattern: %s. %s\n\n", self->rule->title, self->rule->summary);

  if (self->context_notes->len > 0)
    g_string_append (out, "How the context shaped the advice\n");
  for (guint i = 0; i < self->context_notes->len; i++)
    g_string_append_printf (out, "  - %s\n", (char *) self->context_notes->pdata[i]);
  if (self->context_notes->len > 0)
    g_string_append (out, "\n");

  write_capacities (self, out);
  if (self->view_gaps->len > 0)
    g_string_append (out, "\nWhere views differ\n");
  for (guint i = 0; i < self->view_gaps->len; i++)
    {
      g_autofree char *text = ladder_recommendation_describe_view_gap (self, &g_array_index (self->view_gaps,
                                                                                             LadderViewGap, i));

      g_string_append_printf (out, "  - %s\n", text);
    }

  g_string_append (out, "\nThe difficulties\n");
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    if (ladder_recommendation_flag_applies (self, f))
      g_string_append_printf (out, "  %s: %s\n", ladder_flag_get_title (f),
                              ladder_flag_state_get_answer (self->state.flags[f]));

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

  if (self->primary == NULL)
    {
      g_string_append (out, "\nMore answers needed\n");
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        {
          g_autofree char *needs = ladder_recommendation_describe_needs (self, c);

          if (needs != NULL)
            g_string_append_printf (out, "  - %s\n", needs);
        }
    }
  else
    {
      g_string_append (out, "\nWhat would change it\n");
      if (self->changes->len == 0)
        g_string_append (out, "  No change of one or two answers would lead to a different form of support.\n");
      for (guint i = 0; i < self->changes->len; i++)
        {
          g_autofree char *text = ladder_recommendation_describe_change (self, self->changes->pdata[i]);

          g_string_append_printf (out, "  - %s\n", text);
        }
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

  for (guint bit = 0; bit < LADDER_N_BASES; bit++)
    if (statement->because & (1u << bit))
      g_strv_builder_add (because, ladder_basis_get_id (1u << bit));
  because_ids = g_strv_builder_end (because);
  add_string (builder, "text", statement->text);
  add_strv (builder, "because", (const char * const *) because_ids);
  add_strv (builder, "findings", (const char * const *) statement->findings);
}

/* Every member of the recommendation's JSON object. */
static void
add_members (JsonBuilder          *builder,
             LadderRecommendation *self)
{
  add_string (builder, "rule", self->rule->id);
  add_string (builder, "title", self->rule->title);
  add_string (builder, "summary", self->rule->summary);
  add_string (builder, "primary", self->primary != NULL ? self->primary->id : NULL);

  json_builder_set_member_name (builder, "capacities");
  json_builder_begin_object (builder);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityResult *capacity = &self->capacities[c];

      json_builder_set_member_name (builder, ladder_section_get_id (c));
      json_builder_begin_object (builder);
      add_string (builder, "level", ladder_level_get_id (capacity->level));
      add_score (builder, "score", capacity->score);
      add_string (builder, "weakest-level", capacity->weakest >= 0
                  ? ladder_perspective_get_name (&self->perspectives[capacity->weakest]) : NULL);
      json_builder_set_member_name (builder, "held-at-partly");
      json_builder_add_boolean_value (builder, capacity->lowered);
      json_builder_set_member_name (builder, "answered");
      json_builder_add_int_value (builder, capacity->n_answered);
      json_builder_set_member_name (builder, "questions");
      json_builder_add_int_value (builder, capacity->n_questions);
      json_builder_set_member_name (builder, "more-answers-needed");
      json_builder_add_int_value (builder, self->needs[c]);
      json_builder_set_member_name (builder, "by-level");
      json_builder_begin_object (builder);
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          const LadderLevelResult *level = &capacity->by_level[l];

          json_builder_set_member_name (builder, ladder_leadership_level_get_id (1u << l));
          json_builder_begin_object (builder);
          add_string (builder, "level", ladder_level_get_id (level->level));
          add_score (builder, "score", level->score);
          json_builder_set_member_name (builder, "answered");
          json_builder_add_int_value (builder, level->n_answered);
          json_builder_set_member_name (builder, "questions");
          json_builder_add_int_value (builder, level->n_questions);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "perspectives");
  json_builder_begin_array (builder);
  for (guint p = 0; p < LADDER_N_PERSPECTIVES; p++)
    {
      const LadderPerspective *perspective = &self->perspectives[p];

      if (perspective->n_people == 0)
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "level", perspective->level != 0 ? ladder_leadership_level_get_id (perspective->level) : NULL);
      json_builder_set_member_name (builder, "people");
      json_builder_add_int_value (builder, perspective->n_people);
      json_builder_set_member_name (builder, "views");
      json_builder_begin_object (builder);
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        add_score (builder, ladder_section_get_id (c), perspective->views[c]);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "views-differ");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->view_gaps->len; i++)
    {
      const LadderViewGap *gap = &g_array_index (self->view_gaps, LadderViewGap, i);
      g_autofree char *text = ladder_recommendation_describe_view_gap (self, gap);

      json_builder_begin_object (builder);
      add_string (builder, "capacity", ladder_section_get_id (gap->capacity));
      add_string (builder, "high-level", ladder_perspective_get_name (&self->perspectives[gap->high]));
      add_score (builder, "high-view", self->perspectives[gap->high].views[gap->capacity]);
      add_string (builder, "low-level", ladder_perspective_get_name (&self->perspectives[gap->low]));
      add_score (builder, "low-view", self->perspectives[gap->low].views[gap->capacity]);
      add_string (builder, "text", text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "difficulties");
  json_builder_begin_object (builder);
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    add_string (builder, ladder_flag_get_id (f), ladder_flag_state_get_id (self->state.flags[f]));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "context");
  json_builder_begin_object (builder);
  add_string (builder, "latest-inspection", ladder_grade_get_id (self->state.inspection));
  add_string (builder, "intervention", ladder_intervention_get_id (self->state.intervention));
  add_string (builder, "stage", self->state.stage != LADDER_STAGE_NONE ? ladder_stage_get_id (self->state.stage) : NULL);
  json_builder_set_member_name (builder, "new-leadership");
  json_builder_add_boolean_value (builder, (self->state.context & LADDER_CONTEXT_NEW_LEADERSHIP) != 0);
  json_builder_set_member_name (builder, "recent-inspection");
  json_builder_add_boolean_value (builder, (self->state.context & LADDER_CONTEXT_RECENT_INSPECTION) != 0);
  json_builder_set_member_name (builder, "new-model-by-choice");
  json_builder_add_boolean_value (builder, (self->state.context & LADDER_CONTEXT_NEW_MODEL_BY_CHOICE) != 0);
  add_string (builder, "strong-partner", ladder_flag_state_get_id (self->state.strong_partner));
  json_builder_set_member_name (builder, "effects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->context_notes->len; i++)
    json_builder_add_string_value (builder, self->context_notes->pdata[i]);
  json_builder_end_array (builder);
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
  add_members (builder, self);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * ladder_recommendation_to_json_with_answers:
 * @self: a recommendation
 * @assessment: the assessment it came from
 *
 * Returns: (transfer full): the recommendation as JSON, as
 *   ladder_recommendation_to_json() gives it, plus "disagreements": each
 *   question people rated two or more points apart with everyone's
 *   answer, people named by their labels (never a role-only person's name).
 */
JsonNode *
ladder_recommendation_to_json_with_answers (LadderRecommendation *self,
                                            LadderAssessment     *assessment)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(LadderReview) review = ladder_review_new (self->content, assessment, self);

  json_builder_begin_object (builder);
  add_members (builder, self);
  json_builder_set_member_name (builder, "disagreements");
  json_builder_add_value (builder, ladder_review_disagreements_to_json (review));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* A message from opening the file, made safe for the terminal line by line:
 * the file's name and what it says about the file can hold anything. */
static void
sanitise_messages (GString *err,
                   gsize    from)
{
  g_auto(GStrv) lines = g_strsplit (err->str + from, "\n", -1);

  g_string_truncate (err, from);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *safe = ladder_sanitise_for_terminal (lines[i]);

      g_string_append_printf (err, "%s%s", i > 0 ? "\n" : "", safe);
    }
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
  g_autoptr(LadderDocument) document = NULL;
  LadderAssessment *assessment;
  LadderRecommendation *recommendation;
  const char *path = NULL;
  gboolean json = FALSE;
  gsize err_start = err->len;

  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        json = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_autofree char *option = ladder_sanitise_quote_for_terminal (argv[i]);

          g_string_append_printf (err, "ladder: recommend has no option %s\n", option);
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

  document = ladder_cli_open_document (path, err);
  if (document == NULL)
    {
      sanitise_messages (err, err_start);
      return LADDER_EXIT_BAD_INPUT;
    }
  assessment = ladder_document_get_assessment (document);
  recommendation = ladder_document_get_advice (document);
  if (json)
    {
      g_autoptr(JsonNode) root = ladder_recommendation_to_json_with_answers (recommendation, assessment);

      ladder_cli_append_json (out, root);
    }
  else
    ladder_recommendation_write_text (recommendation, assessment, out);
  return LADDER_EXIT_OK;
}
