/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder compare": an earlier review beside a later one, as text or JSON,
 * from two files or from a follow-up and the review it carries. Every
 * line of text and every string in the JSON goes through
 * ladder_text_sanitise(), since most of it comes from files. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-cli.h"
#include "ladder-compare-command.h"
#include "ladder-compare.h"
#include "ladder-review.h"

#define THEN LADDER_COMPARISON_THEN
#define NOW  LADDER_COMPARISON_NOW

/* Names in the JSON. */
static const char * const side_ids[LADDER_COMPARISON_N_SIDES] = { "then", "now" };
static const char * const unmatched_ids[] = { "not-in-question-bank", "rated-then-only", "rated-now-only" };
static const char * const fate_ids[] = { "carried-over", "dropped", "new" };

/* One line of text, unable to act on the terminal. */
static void
append_line (GString    *out,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
append_line (GString    *out,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  va_list ap;

  va_start (ap, format);
  text = g_strdup_vprintf (format, ap);
  va_end (ap);
  safe = ladder_text_sanitise (text);
  g_string_append (out, safe);
  g_string_append_c (out, '\n');
}

static const char *
direction (int then,
           int now)
{
  return now > then ? "better" : now < then ? "worse" : "unchanged";
}

static char *
level_word (LadderLevel level)
{
  return g_utf8_strdown (ladder_level_get_label (level), -1);
}

static char *
describe_advice (const LadderComparisonAdvice *advice)
{
  GString *text = g_string_new (advice->primary_name);

  g_string_append_printf (text, " (rule %s%s%s)", advice->rule, advice->title != NULL ? ": " : "",
                          advice->title != NULL ? advice->title : "");
  if (advice->confidence >= 0)
    g_string_append_printf (text, "; confidence %s",
                            ladder_confidence_get_id ((LadderConfidence) advice->confidence));
  return g_string_free (text, FALSE);
}

static void
write_advice (LadderComparison *self,
              GString          *out)
{
  const LadderComparisonAdvice *then = ladder_comparison_get_advice (self, THEN);
  const LadderComparisonAdvice *now = ladder_comparison_get_advice (self, NOW);
  g_autofree char *then_text = describe_advice (then);
  g_autofree char *now_text = describe_advice (now);
  const char *note = ladder_comparison_get_advice_note (self);

  append_line (out, "The advice");
  append_line (out, "  Then: %s%s", then_text, then->stored ? " (as given at the time)" : "");
  append_line (out, "  Now:  %s", now_text);
  if (g_strcmp0 (then->primary, now->primary) == 0)
    append_line (out, "  The form of support is the same.");
  if (note != NULL)
    append_line (out, "  %s", note);
}

static void
write_capacities (LadderComparison *self,
                  GString          *out)
{
  append_line (out, "The three capacities, then and now (the weakest deciding level decides)");
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityComparison *capacity = ladder_comparison_get_capacity (self, c);
      g_autoptr(GString) levels = g_string_new (NULL);
      gboolean known = capacity->level[THEN] != LADDER_LEVEL_UNKNOWN && capacity->level[NOW] != LADDER_LEVEL_UNKNOWN;

      append_line (out, "  %s: %s → %s%s%s%s", ladder_capacity_get_title (c),
                   ladder_level_get_label (capacity->level[THEN]), ladder_level_get_label (capacity->level[NOW]),
                   known ? " (" : "", known ? direction (capacity->level[THEN], capacity->level[NOW]) : "",
                   known ? ")" : "");
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          g_autofree char *before = level_word (capacity->by_level[THEN][l]);
          g_autofree char *after = level_word (capacity->by_level[NOW][l]);

          g_string_append_printf (levels, "%s%s: %s → %s", l > 0 ? "; " : "", ladder_review_level_get_plural (l),
                                  before, after);
        }
      append_line (out, "    %s", levels->str);
    }
}

static void
write_questions (GString    *out,
                 const char *heading,
                 GPtrArray  *questions)
{
  append_line (out, "%s (by %.1f or more, largest change first)", heading, LADDER_COMPARISON_MIN_CHANGE);
  if (questions->len == 0)
    append_line (out, "  None.");
  for (guint i = 0; i < questions->len; i++)
    {
      const LadderQuestionComparison *question = questions->pdata[i];

      append_line (out, "  %s: %.1f → %.1f (%+.1f): “%s”", question->question->id, question->score[THEN],
                   question->score[NOW], question->change, question->question->statement);
    }
}

static void
write_unmatched (LadderComparison *self,
                 GString          *out)
{
  GPtrArray *unmatched = ladder_comparison_get_unmatched (self);

  if (unmatched->len == 0)
    return;
  append_line (out, "%s", "");
  append_line (out, "Questions not compared");
  for (guint i = 0; i < unmatched->len; i++)
    {
      const LadderUnmatchedQuestion *entry = unmatched->pdata[i];

      switch (entry->kind)
        {
        case LADDER_UNMATCHED_NOT_IN_BANK:
          append_line (out, "  %s: answered in the %s, but this version's question bank has no such question",
                       entry->question_id, entry->answered[THEN] && entry->answered[NOW] ? "both reviews"
                       : entry->answered[THEN] ? "earlier review" : "later review");
          break;
        case LADDER_UNMATCHED_RATED_THEN_ONLY:
          append_line (out, "  %s: rated in the earlier review only", entry->question_id);
          break;
        case LADDER_UNMATCHED_RATED_NOW_ONLY:
        default:
          append_line (out, "  %s: rated in the later review only", entry->question_id);
          break;
        }
    }
}

static void
write_actions (LadderComparison *self,
               GString          *out)
{
  GPtrArray *actions = ladder_comparison_get_actions (self);

  append_line (out, "Actions then and their status now");
  if (actions->len == 0)
    append_line (out, "  Neither review has an action plan.");
  for (guint i = 0; i < actions->len; i++)
    {
      const LadderActionComparison *action = actions->pdata[i];
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s “%s”", action->id, action->description);
      if (action->owner != NULL || action->due != NULL)
        g_string_append_printf (line, " (%s%s%s%s)", action->owner != NULL ? action->owner : "",
                                action->owner != NULL && action->due != NULL ? ", " : "",
                                action->due != NULL ? "due " : "", action->due != NULL ? action->due : "");
      switch (action->fate)
        {
        case LADDER_ACTION_FATE_CARRIED:
          g_string_append_printf (line, ": %s then, %s now", ladder_action_status_get_label (action->status[THEN]),
                                  ladder_action_status_get_label (action->status[NOW]));
          break;
        case LADDER_ACTION_FATE_DROPPED:
          g_string_append_printf (line, ": %s then; dropped from the later plan",
                                  ladder_action_status_get_label (action->status[THEN]));
          break;
        case LADDER_ACTION_FATE_NEW:
        default:
          g_string_append_printf (line, ": new since the earlier review; %s now",
                                  ladder_action_status_get_label (action->status[NOW]));
          break;
        }
      append_line (out, "%s", line->str);
      if (action->description_then != NULL)
        append_line (out, "    Then worded: “%s”", action->description_then);
    }
}

static char *
describe_change (const LadderIndicatorComparison *indicator)
{
  const char *judgement = NULL;

  if (indicator->change == 0)
    return g_strdup ("no change");
  if (indicator->polarity != LADDER_POLARITY_NONE)
    judgement = (indicator->change > 0) == (indicator->polarity == LADDER_POLARITY_HIGH) ? "better" : "worse";
  if (indicator->decimals >= 0)
    return g_strdup_printf ("%s %.*f%s%s%s", indicator->change > 0 ? "up" : "down", indicator->decimals,
                            fabs (indicator->change), judgement != NULL ? " (" : "",
                            judgement != NULL ? judgement : "", judgement != NULL ? ")" : "");
  return g_strdup_printf ("%s %g%s%s%s", indicator->change > 0 ? "up" : "down", fabs (indicator->change),
                          judgement != NULL ? " (" : "", judgement != NULL ? judgement : "",
                          judgement != NULL ? ")" : "");
}

static void
write_indicators (LadderComparison *self,
                  GString          *out)
{
  GPtrArray *indicators = ladder_comparison_get_indicators (self);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (!ladder_comparison_has_indicators (self))
    {
      append_line (out, "Indicators");
      append_line (out, "  %s", ladder_comparison_get_indicators_note (self));
      return;
    }
  append_line (out, "Indicators the questions link to (%s in the data given)",
               ladder_comparison_get_data_council (self));
  for (guint i = 0; i < indicators->len; i++)
    {
      const LadderIndicatorComparison *indicator = indicators->pdata[i];
      g_autofree char *questions = g_strjoinv (", ", indicator->questions);

      if (!indicator->in_data)
        {
          g_ptr_array_add (missing, indicator->code);
          continue;
        }
      {
        g_autofree char *then = ladder_comparison_format_figure (indicator, THEN);
        g_autofree char *now = ladder_comparison_format_figure (indicator, NOW);
        g_autofree char *change = indicator->has_change ? describe_change (indicator) : NULL;

        append_line (out, "  %s%s%s: %s%s%s → %s%s%s%s%s", indicator->code, indicator->name != NULL ? " " : "",
                     indicator->name != NULL ? indicator->name : "", then,
                     indicator->period[THEN] != NULL ? " in " : "",
                     indicator->period[THEN] != NULL ? indicator->period[THEN] : "", now,
                     indicator->period[NOW] != NULL ? " in " : "",
                     indicator->period[NOW] != NULL ? indicator->period[NOW] : "",
                     change != NULL ? ": " : "", change != NULL ? change : "");
      }
      if (indicator->note != NULL)
        append_line (out, "    %s", indicator->note);
      append_line (out, "    Questions: %s", questions);
    }
  if (missing->len > 0)
    {
      g_ptr_array_add (missing, NULL);
      {
        g_autofree char *codes = g_strjoinv (", ", (char **) missing->pdata);

        append_line (out, "  Not in the data given: %s", codes);
      }
    }
  if (indicators->len == 0)
    append_line (out, "  The questions link to no indicators.");
}

/**
 * ladder_comparison_write_text:
 * @self: a comparison
 * @out: where to write
 *
 * Writes the whole comparison as plain text for the terminal, every line
 * sanitised.
 */
void
ladder_comparison_write_text (LadderComparison *self,
                              GString          *out)
{
  const char *council = ladder_comparison_get_council_name (self);
  const char *then = ladder_comparison_get_review_date (self, THEN);
  const char *now = ladder_comparison_get_review_date (self, NOW);
  GPtrArray *notes = ladder_comparison_get_notes (self);

  g_return_if_fail (self != NULL && out != NULL);

  append_line (out, "Comparison of two reviews of %s", council != NULL ? council : "a council not named");
  append_line (out, "  Then: the review of %s", then != NULL ? then : "no date given");
  append_line (out, "  Now:  the review of %s", now != NULL ? now : "no date given");
  for (guint i = 0; i < notes->len; i++)
    append_line (out, "  %s", (char *) notes->pdata[i]);
  append_line (out, "%s", "");
  write_advice (self, out);
  append_line (out, "%s", "");
  write_capacities (self, out);
  append_line (out, "%s", "");
  write_questions (out, "Questions that improved", ladder_comparison_get_improved (self));
  append_line (out, "%s", "");
  write_questions (out, "Questions that declined", ladder_comparison_get_declined (self));
  write_unmatched (self, out);
  append_line (out, "%s", "");
  write_actions (self, out);
  append_line (out, "%s", "");
  write_indicators (self, out);
}

/* JSON ---------------------------------------------------------------------- */

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *value)
{
  g_autofree char *safe = ladder_text_sanitise (value);

  json_builder_set_member_name (builder, member);
  if (safe != NULL)
    json_builder_add_string_value (builder, safe);
  else
    json_builder_add_null_value (builder);
}

static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_advice (JsonBuilder                  *builder,
            const LadderComparisonAdvice *advice)
{
  json_builder_begin_object (builder);
  add_text (builder, "rule", advice->rule);
  add_text (builder, "title", advice->title);
  add_text (builder, "primary", advice->primary);
  add_text (builder, "primary-name", advice->primary_name);
  add_text (builder, "confidence", advice->confidence >= 0
            ? ladder_confidence_get_id ((LadderConfidence) advice->confidence) : NULL);
  json_builder_set_member_name (builder, "as-given-then");
  json_builder_add_boolean_value (builder, advice->stored);
  json_builder_end_object (builder);
}

static void
add_capacities (JsonBuilder      *builder,
                LadderComparison *self)
{
  json_builder_set_member_name (builder, "capacities");
  json_builder_begin_object (builder);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityComparison *capacity = ladder_comparison_get_capacity (self, c);

      json_builder_set_member_name (builder, ladder_section_get_id (c));
      json_builder_begin_object (builder);
      for (LadderComparisonSide s = THEN; s <= NOW; s++)
        {
          json_builder_set_member_name (builder, side_ids[s]);
          json_builder_begin_object (builder);
          add_text (builder, "level", ladder_level_get_id (capacity->level[s]));
          add_number (builder, "score", capacity->score[s]);
          json_builder_set_member_name (builder, "by-level");
          json_builder_begin_object (builder);
          for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
            {
              json_builder_set_member_name (builder, ladder_leadership_level_get_id (1u << l));
              json_builder_begin_object (builder);
              add_text (builder, "level", ladder_level_get_id (capacity->by_level[s][l]));
              add_number (builder, "score", capacity->by_level_score[s][l]);
              json_builder_end_object (builder);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_questions (JsonBuilder *builder,
               const char  *member,
               GPtrArray   *questions)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < questions->len; i++)
    {
      const LadderQuestionComparison *question = questions->pdata[i];

      json_builder_begin_object (builder);
      add_text (builder, "question", question->question->id);
      add_text (builder, "statement", question->question->statement);
      add_number (builder, "then", question->score[THEN]);
      add_number (builder, "now", question->score[NOW]);
      add_number (builder, "change", question->change);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_unmatched (JsonBuilder      *builder,
               LadderComparison *self)
{
  GPtrArray *unmatched = ladder_comparison_get_unmatched (self);

  json_builder_set_member_name (builder, "not-compared");
  json_builder_begin_array (builder);
  for (guint i = 0; i < unmatched->len; i++)
    {
      const LadderUnmatchedQuestion *entry = unmatched->pdata[i];

      json_builder_begin_object (builder);
      add_text (builder, "question", entry->question_id);
      add_text (builder, "why", unmatched_ids[entry->kind]);
      json_builder_set_member_name (builder, "answered-then");
      json_builder_add_boolean_value (builder, entry->answered[THEN]);
      json_builder_set_member_name (builder, "answered-now");
      json_builder_add_boolean_value (builder, entry->answered[NOW]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_actions (JsonBuilder      *builder,
             LadderComparison *self)
{
  GPtrArray *actions = ladder_comparison_get_actions (self);

  json_builder_set_member_name (builder, "actions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < actions->len; i++)
    {
      const LadderActionComparison *action = actions->pdata[i];

      json_builder_begin_object (builder);
      add_text (builder, "id", action->id);
      add_text (builder, "fate", fate_ids[action->fate]);
      add_text (builder, "description", action->description);
      add_text (builder, "description-then", action->description_then);
      add_text (builder, "owner", action->owner);
      add_text (builder, "due", action->due);
      add_text (builder, "status-then", action->fate != LADDER_ACTION_FATE_NEW
                ? ladder_action_status_get_id (action->status[THEN]) : NULL);
      add_text (builder, "status-now", action->fate != LADDER_ACTION_FATE_DROPPED
                ? ladder_action_status_get_id (action->status[NOW]) : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_indicators (JsonBuilder      *builder,
                LadderComparison *self)
{
  GPtrArray *indicators = ladder_comparison_get_indicators (self);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "compared");
  json_builder_add_boolean_value (builder, ladder_comparison_has_indicators (self));
  add_text (builder, "why-not", ladder_comparison_get_indicators_note (self));
  add_text (builder, "council-in-data", ladder_comparison_get_data_council (self));
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      const LadderIndicatorComparison *indicator = indicators->pdata[i];

      json_builder_begin_object (builder);
      add_text (builder, "code", indicator->code);
      add_text (builder, "name", indicator->name);
      json_builder_set_member_name (builder, "in-data");
      json_builder_add_boolean_value (builder, indicator->in_data);
      json_builder_set_member_name (builder, "questions");
      json_builder_begin_array (builder);
      for (guint q = 0; indicator->questions[q] != NULL; q++)
        json_builder_add_string_value (builder, indicator->questions[q]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "placed-by-order");
      json_builder_add_boolean_value (builder, indicator->by_order);
      for (LadderComparisonSide s = THEN; s <= NOW; s++)
        {
          json_builder_set_member_name (builder, side_ids[s]);
          json_builder_begin_object (builder);
          add_text (builder, "period", indicator->period[s]);
          add_text (builder, "state", indicator->period[s] != NULL ? ladder_cell_state_to_string (indicator->state[s])
                                                                   : NULL);
          add_number (builder, "value", indicator->value[s]);
          json_builder_end_object (builder);
        }
      add_number (builder, "change", indicator->has_change ? indicator->change : NAN);
      add_text (builder, "note", indicator->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * ladder_comparison_to_json:
 * @self: a comparison
 *
 * Returns: (transfer full): the whole comparison as JSON, for scripts;
 *   texts from files sanitised as for the terminal.
 */
JsonNode *
ladder_comparison_to_json (LadderComparison *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  GPtrArray *notes;

  g_return_val_if_fail (self != NULL, NULL);

  notes = ladder_comparison_get_notes (self);
  json_builder_begin_object (builder);
  add_text (builder, "council", ladder_comparison_get_council_name (self));
  add_text (builder, "council-code", ladder_comparison_get_council_code (self));
  add_text (builder, "date-then", ladder_comparison_get_review_date (self, THEN));
  add_text (builder, "date-now", ladder_comparison_get_review_date (self, NOW));
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < notes->len; i++)
    json_builder_add_string_value (builder, notes->pdata[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "advice");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "then");
  add_advice (builder, ladder_comparison_get_advice (self, THEN));
  json_builder_set_member_name (builder, "now");
  add_advice (builder, ladder_comparison_get_advice (self, NOW));
  add_text (builder, "note", ladder_comparison_get_advice_note (self));
  json_builder_end_object (builder);

  add_capacities (builder, self);
  add_questions (builder, "improved", ladder_comparison_get_improved (self));
  add_questions (builder, "declined", ladder_comparison_get_declined (self));
  add_unmatched (builder, self);
  add_actions (builder, self);
  add_indicators (builder, self);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The command ---------------------------------------------------------------- */

static int
fail (GString    *err,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static int
fail (GString    *err,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list ap;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);
  /* One line, whatever the message. */
  g_strdelimit (message, "\n", ' ');
  append_line (err, "ladder: compare: %s", message);
  return LADDER_EXIT_BAD_INPUT;
}

static gboolean
parse_arguments (int         argc,
                 char      **argv,
                 GPtrArray  *reviews,
                 GPtrArray  *data,
                 gboolean   *json,
                 GString    *err)
{
  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        *json = TRUE;
      else if (strcmp (argv[i], "--data") == 0)
        {
          if (i + 1 >= argc || argv[i + 1][0] == '-')
            {
              fail (err, "--data needs at least one data file");
              return FALSE;
            }
          /* Every argument up to the next option is a data file. */
          while (i + 1 < argc && argv[i + 1][0] != '-')
            g_ptr_array_add (data, argv[++i]);
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          fail (err, "there is no option '%s'", argv[i]);
          return FALSE;
        }
      else
        g_ptr_array_add (reviews, argv[i]);
    }
  if (reviews->len == 0 || reviews->len > 2)
    {
      fail (err, "give EARLIER.ladder and LATER.ladder, or one follow-up review");
      return FALSE;
    }
  return TRUE;
}

/**
 * ladder_compare_command:
 * @argc: arguments after "compare"
 * @argv: EARLIER.ladder LATER.ladder (or one follow-up), --json and
 *   --data FILE...
 * @out: the comparison
 * @err: one line naming the file and the problem
 *
 * With two files, the earlier review's advice is worked out again from
 * its answers; with one follow-up, the advice stored with the review it
 * carries is the advice then.
 *
 * Returns: 0, or 2 for a bad argument, file or pair of reviews.
 */
int
ladder_compare_command (int       argc,
                        char    **argv,
                        GString  *out,
                        GString  *err)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new ();
  g_autoptr(GPtrArray) data = g_ptr_array_new ();
  g_autoptr(LadderDocument) later_document = NULL;
  g_autoptr(LadderDocument) earlier_document = NULL;
  g_autoptr(LadderAssessment) earlier = NULL;
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(LadderComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *later_name = NULL;
  g_autofree char *which = NULL;
  LadderAssessment *later;
  JsonNode *advice = NULL;
  gboolean json = FALSE;

  if (!parse_arguments (argc, argv, reviews, data, &json, err))
    return LADDER_EXIT_BAD_INPUT;

  later_document = ladder_cli_open_document (reviews->pdata[reviews->len - 1], err);
  if (later_document == NULL)
    return LADDER_EXIT_BAD_INPUT;
  later = ladder_document_get_assessment (later_document);
  later_name = g_path_get_basename (reviews->pdata[reviews->len - 1]);
  if (reviews->len == 2)
    {
      g_autofree char *earlier_name = g_path_get_basename (reviews->pdata[0]);

      earlier_document = ladder_cli_open_document (reviews->pdata[0], err);
      if (earlier_document == NULL)
        return LADDER_EXIT_BAD_INPUT;
      earlier = g_object_ref (ladder_document_get_assessment (earlier_document));
      which = g_strdup_printf ("%s and %s", earlier_name, later_name);
    }
  else
    {
      if (!ladder_assessment_has_earlier (later))
        return fail (err, "%s is not a follow-up review (it carries no earlier review); give the earlier "
                     "review's file before it", later_name);
      earlier = ladder_assessment_dup_earlier (later, &error);
      if (earlier == NULL)
        return fail (err, "%s: the earlier review it carries cannot be read: %s", later_name, error->message);
      advice = ladder_assessment_get_earlier_advice (later);
      which = g_strdup (later_name);
    }
  if (data->len > 0 && (dataset = ladder_cli_load_data (data, err)) == NULL)
    return LADDER_EXIT_BAD_INPUT;

  comparison = ladder_comparison_new (ladder_document_get_content (later_document), earlier, advice, later, dataset,
                                      &error);
  if (comparison == NULL)
    return fail (err, "%s: %s", which, error->message);
  if (json)
    {
      g_autoptr(JsonNode) root = ladder_comparison_to_json (comparison);

      ladder_cli_append_json (out, root);
    }
  else
    ladder_comparison_write_text (comparison, out);
  return LADDER_EXIT_OK;
}
