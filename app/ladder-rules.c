/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision rules, read from resources/content/rules.json: which form of
 * support fits which combination of capacities, difficulties and context. */
#include "config.h"

#include <string.h>

#include "ladder-rules.h"

static const char * const level_ids[LADDER_N_LEVELS] = {
  "unknown", "not-in-place", "partly", "in-place",
};
static const char * const level_labels[LADDER_N_LEVELS] = {
  "Not enough answers", "Not in place", "Partly in place", "In place",
};
static const char * const flag_ids[LADDER_N_FLAGS] = {
  "systemic", "contained-weakness", "governance-dysfunctional",
};
static const char * const flag_state_ids[LADDER_N_FLAG_STATES] = {
  "unknown", "no", "yes",
};
static const char * const stage_ids[LADDER_N_STAGES] = {
  "", "poor-to-fair", "fair-to-good", "good-to-great",
};
static const char * const stage_labels[LADDER_N_STAGES] = {
  "Not stated", "From poor to fair", "From fair to good", "From good to great",
};
static const char * const context_ids[] = {
  "new-leadership", "recent-inspection", "formal-intervention",
};
/* In the order of the LadderBasis bits. */
static const char * const basis_ids[] = {
  "self-assessment", "strategy", "implementation",
  "systemic", "contained-weakness", "governance-dysfunctional",
  "new-leadership", "recent-inspection", "formal-intervention", "stage",
};
static const char * const capacity_ids[3] = {
  "self-assessment", "strategy", "implementation",
};

static char *
join_ids (const char * const *ids,
          guint               n_ids,
          guint               first)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = first; i < n_ids; i++)
    g_string_append_printf (out, "%s“%s”", i == first ? "" : ", ", ids[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads a list of names as a bit mask. */
static gboolean
parse_mask (LadderJsonDoc      *doc,
            JsonObject         *object,
            const char         *path,
            const char         *member,
            const char * const *ids,
            guint               n_ids,
            guint               first,
            guint              *mask,
            GError            **error)
{
  g_auto(GStrv) names = NULL;
  JsonNode *node = json_object_get_member (object, member);

  /* true and false stand for ["yes"] and ["no"]. */
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
      ids == flag_state_ids)
    {
      *mask = 1u << (json_node_get_boolean (node) ? LADDER_FLAG_STATE_YES : LADDER_FLAG_STATE_NO);
      return TRUE;
    }
  if (!ladder_json_get_strv (doc, object, path, member, FALSE, &names, error))
    return FALSE;
  *mask = 0;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      int index = ladder_json_find_id (ids, n_ids, names[i]);

      if (index < (int) first)
        {
          g_autofree char *at = g_strdup_printf ("%s/%s/%u", path, member, i);
          g_autofree char *known = join_ids (ids, n_ids, first);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not one of %s", names[i], known);
          return FALSE;
        }
      *mask |= 1u << index;
    }
  if (names != NULL && *mask == 0)
    {
      g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

      ladder_json_doc_set_error (doc, error, at, "“%s” lists nothing, so it could never hold", member);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_condition (LadderJsonDoc   *doc,
                 JsonObject      *parent,
                 const char      *parent_path,
                 LadderCondition *condition,
                 GError         **error)
{
  static const char * const allowed[] = {
    "self-assessment", "strategy", "implementation", "any-capacity", "all-capacities",
    "systemic", "contained-weakness", "governance-dysfunctional", "any-context", "stage", NULL,
  };
  g_autofree char *path = g_strdup_printf ("%s/when", parent_path);
  JsonObject *when;

  memset (condition, 0, sizeof *condition);
  if (!ladder_json_get_object (doc, parent, parent_path, "when", FALSE, &when, error))
    return FALSE;
  if (when == NULL)
    return TRUE;
  if (!ladder_json_check_members (doc, when, path, allowed, error))
    return FALSE;
  for (guint c = 0; c < 3; c++)
    if (!parse_mask (doc, when, path, capacity_ids[c], level_ids, LADDER_N_LEVELS, 0,
                     &condition->levels[c], error))
      return FALSE;
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    if (!parse_mask (doc, when, path, flag_ids[f], flag_state_ids, LADDER_N_FLAG_STATES, 0,
                     &condition->flags[f], error))
      return FALSE;
  return parse_mask (doc, when, path, "any-capacity", level_ids, LADDER_N_LEVELS, 0,
                     &condition->any_capacity, error) &&
         parse_mask (doc, when, path, "all-capacities", level_ids, LADDER_N_LEVELS, 0,
                     &condition->all_capacities, error) &&
         parse_mask (doc, when, path, "any-context", context_ids, G_N_ELEMENTS (context_ids), 0,
                     &condition->any_context, error) &&
         parse_mask (doc, when, path, "stage", stage_ids, LADDER_N_STAGES, 1,
                     &condition->stages, error);
}

static void
statement_free (gpointer data)
{
  LadderStatement *statement = data;

  g_free (statement->text);
  g_strfreev (statement->findings);
  g_free (statement);
}

static void
package_item_free (gpointer data)
{
  LadderPackageItem *item = data;

  g_free (item->form);
  g_free (item->text);
  g_free (item);
}

static void
rule_free (gpointer data)
{
  LadderRule *rule = data;

  g_free (rule->id);
  g_free (rule->title);
  g_free (rule->summary);
  g_free (rule->primary);
  g_clear_pointer (&rule->package, g_ptr_array_unref);
  g_clear_pointer (&rule->reasons, g_ptr_array_unref);
  g_clear_pointer (&rule->caveats, g_ptr_array_unref);
  g_free (rule);
}

static gboolean
parse_statements (LadderJsonDoc *doc,
                  JsonObject    *parent,
                  const char    *parent_path,
                  const char    *member,
                  gboolean       with_because,
                  GPtrArray     *out,
                  GError       **error)
{
  static const char * const allowed_reason[] = { "text", "because", "answers", "findings", "when", NULL };
  static const char * const choices[] = { "by-level", "strongest", "weakest" };
  static const char * const allowed_caveat[] = { "text", "findings", "when", NULL };
  g_autofree char *path = g_strdup_printf ("%s/%s", parent_path, member);
  JsonArray *array;

  if (!ladder_json_get_array (doc, parent, parent_path, member, TRUE, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s/%u", path, i);
      g_auto(GStrv) because = NULL;
      LadderStatement *statement;
      JsonObject *object;
      const char *text, *choice;

      if (!ladder_json_element_object (doc, array, path, i, &object, error) ||
          !ladder_json_check_members (doc, object, item_path,
                                      with_because ? allowed_reason : allowed_caveat, error) ||
          !ladder_json_get_string (doc, object, item_path, "text", TRUE, &text, error))
        return FALSE;
      statement = g_new0 (LadderStatement, 1);
      statement->text = g_strdup (text);
      g_ptr_array_add (out, statement);
      if (!ladder_json_get_strv (doc, object, item_path, "findings", TRUE, &statement->findings, error) ||
          !parse_condition (doc, object, item_path, &statement->when, error))
        return FALSE;
      if (!with_because)
        continue;
      if (!ladder_json_get_strv (doc, object, item_path, "because", TRUE, &because, error) ||
          !ladder_json_get_string (doc, object, item_path, "answers", FALSE, &choice, error))
        return FALSE;
      if (choice != NULL && (statement->answers = ladder_json_find_id (choices, G_N_ELEMENTS (choices), choice)) < 1)
        {
          g_autofree char *at = g_strdup_printf ("%s/answers", item_path);

          ladder_json_doc_set_error (doc, error, at, "“answers” is “strongest” or “weakest”, not “%s”", choice);
          return FALSE;
        }
      for (guint b = 0; because[b] != NULL; b++)
        {
          int index = ladder_json_find_id (basis_ids, G_N_ELEMENTS (basis_ids), because[b]);

          if (index < 0)
            {
              g_autofree char *at = g_strdup_printf ("%s/because/%u", item_path, b);
              g_autofree char *known = join_ids (basis_ids, G_N_ELEMENTS (basis_ids), 0);

              ladder_json_doc_set_error (doc, error, at, "“%s” is not one of %s", because[b], known);
              return FALSE;
            }
          statement->because |= 1u << index;
        }
    }
  return TRUE;
}

static gboolean
parse_rule (LadderJsonDoc *doc,
            JsonObject    *object,
            const char    *path,
            LadderRule    *rule,
            GError       **error)
{
  static const char * const allowed[] = {
    "id", "title", "summary", "when", "primary", "confidence-at-most",
    "package", "reasons", "caveats", NULL,
  };
  static const char * const allowed_item[] = { "form", "text", "when", NULL };
  static const char * const confidence_ids[] = { "low", "medium", "high" };
  g_autofree char *package_path = g_strdup_printf ("%s/package", path);
  const char *id, *title, *summary, *primary, *cap;
  JsonArray *package;

  if (!ladder_json_check_members (doc, object, path, allowed, error) ||
      !ladder_json_get_string (doc, object, path, "id", TRUE, &id, error) ||
      !ladder_json_get_string (doc, object, path, "title", TRUE, &title, error) ||
      !ladder_json_get_string (doc, object, path, "summary", TRUE, &summary, error) ||
      !ladder_json_get_string (doc, object, path, "primary", FALSE, &primary, error) ||
      !ladder_json_get_string (doc, object, path, "confidence-at-most", FALSE, &cap, error))
    return FALSE;
  if (!json_object_has_member (object, "primary"))
    {
      ladder_json_doc_set_error (doc, error, path, "“primary” is missing (write null for no recommendation)");
      return FALSE;
    }
  rule->id = g_strdup (id);
  rule->title = g_strdup (title);
  rule->summary = g_strdup (summary);
  rule->primary = g_strdup (primary);
  rule->confidence_cap = cap == NULL ? -1 : ladder_json_find_id (confidence_ids, 3, cap);
  if (cap != NULL && rule->confidence_cap < 0)
    {
      g_autofree char *at = g_strdup_printf ("%s/confidence-at-most", path);

      ladder_json_doc_set_error (doc, error, at, "“%s” is not one of “low”, “medium”, “high”", cap);
      return FALSE;
    }
  if (!parse_condition (doc, object, path, &rule->when, error) ||
      !ladder_json_get_array (doc, object, path, "package", TRUE, &package, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (package); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s/%u", package_path, i);
      LadderPackageItem *item;
      const char *form, *text;
      JsonObject *element;

      if (!ladder_json_element_object (doc, package, package_path, i, &element, error) ||
          !ladder_json_check_members (doc, element, item_path, allowed_item, error) ||
          !ladder_json_get_string (doc, element, item_path, "form", FALSE, &form, error) ||
          !ladder_json_get_string (doc, element, item_path, "text", TRUE, &text, error))
        return FALSE;
      item = g_new0 (LadderPackageItem, 1);
      item->form = g_strdup (form);
      item->text = g_strdup (text);
      g_ptr_array_add (rule->package, item);
      if (!parse_condition (doc, element, item_path, &item->when, error))
        return FALSE;
    }
  return parse_statements (doc, object, path, "reasons", TRUE, rule->reasons, error) &&
         parse_statements (doc, object, path, "caveats", FALSE, rule->caveats, error);
}

typedef struct
{
  const char *member;
  gsize       offset;
} Threshold;

static gboolean
parse_thresholds (LadderJsonDoc   *doc,
                  JsonObject      *root,
                  const char      *member,
                  const Threshold *thresholds,
                  guint            n_thresholds,
                  const char      *extra,
                  LadderRules     *rules,
                  GError         **error)
{
  g_autofree char *path = g_strdup_printf ("/%s", member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) allowed = NULL;
  JsonObject *object;

  for (guint i = 0; i < n_thresholds; i++)
    g_strv_builder_add (builder, thresholds[i].member);
  if (extra != NULL)
    g_strv_builder_add (builder, extra);
  allowed = g_strv_builder_end (builder);
  if (!ladder_json_get_object (doc, root, "", member, TRUE, &object, error) ||
      !ladder_json_check_members (doc, object, path, (const char * const *) allowed, error))
    return FALSE;
  for (guint i = 0; i < n_thresholds; i++)
    if (!ladder_json_get_number (doc, object, path, thresholds[i].member, TRUE,
                                 G_STRUCT_MEMBER_P (rules, thresholds[i].offset), error))
      return FALSE;
  return TRUE;
}

#define THRESHOLD(name, field) { name, G_STRUCT_OFFSET (LadderRules, field) }

/**
 * ladder_rules_parse:
 * @doc: the parsed rules file
 * @error: return location for an error naming line and column
 *
 * Reads the rules and checks their form. References to forms and findings
 * are checked by #LadderContent, which knows the library.
 *
 * Returns: (transfer full) (nullable): the rules.
 */
LadderRules *
ladder_rules_parse (LadderJsonDoc  *doc,
                    GError        **error)
{
  static const char * const allowed[] = {
    "format", "version", "scoring", "difficulties", "confidence", "rules", "caveats", NULL,
  };
  static const Threshold scoring[] = {
    THRESHOLD ("in-place-from", in_place_from),
    THRESHOLD ("partly-from", partly_from),
    THRESHOLD ("minimum-coverage", minimum_coverage),
    THRESHOLD ("disagreement-spread", disagreement_spread),
  };
  static const Threshold difficulties[] = {
    THRESHOLD ("systemic-if-persistence-below", systemic_persistence_below),
    THRESHOLD ("systemic-if-spread-below", systemic_spread_below),
    THRESHOLD ("contained-if-grip-below", contained_grip_below),
    THRESHOLD ("contained-if-spread-from", contained_spread_from),
    THRESHOLD ("dysfunctional-if-governance-below", dysfunctional_governance_below),
  };
  static const Threshold confidence[] = {
    THRESHOLD ("medium-if-answered-below", medium_answered_below),
    THRESHOLD ("low-if-answered-below", low_answered_below),
    THRESHOLD ("medium-if-dont-know-from", medium_dont_know_from),
    THRESHOLD ("low-if-dont-know-from", low_dont_know_from),
    THRESHOLD ("medium-if-disagreements-from", medium_disagreements_from),
    THRESHOLD ("low-if-disagreements-from", low_disagreements_from),
    THRESHOLD ("medium-if-one-answer-moved-by", medium_single_change_size),
  };
  g_autoptr(LadderRules) rules = g_new0 (LadderRules, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root_node = ladder_json_doc_get_root (doc);
  JsonObject *root;
  JsonArray *array;
  const char *format;
  gboolean catch_all = FALSE;

  rules->rules = g_ptr_array_new_with_free_func (rule_free);
  rules->caveats = g_ptr_array_new_with_free_func (statement_free);
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      ladder_json_doc_set_error (doc, error, "", "the rules must be an object in braces");
      return NULL;
    }
  root = json_node_get_object (root_node);
  if (!ladder_json_check_members (doc, root, "", allowed, error) ||
      !ladder_json_get_string (doc, root, "", "format", TRUE, &format, error))
    return NULL;
  if (strcmp (format, "ladder-rules") != 0)
    {
      ladder_json_doc_set_error (doc, error, "/format", "this is not a rules file (its format is “%s”)", format);
      return NULL;
    }
  if (!parse_thresholds (doc, root, "scoring", scoring, G_N_ELEMENTS (scoring), NULL, rules, error) ||
      !parse_thresholds (doc, root, "difficulties", difficulties, G_N_ELEMENTS (difficulties), NULL,
                         rules, error) ||
      !parse_thresholds (doc, root, "confidence", confidence, G_N_ELEMENTS (confidence), NULL,
                         rules, error))
    return NULL;
  if (!(rules->partly_from < rules->in_place_from) || rules->minimum_coverage <= 0 ||
      rules->minimum_coverage > 1)
    {
      ladder_json_doc_set_error (doc, error, "/scoring", "“partly-from” must be below “in-place-from”, "
                                 "and “minimum-coverage” must be above 0 and at most 1");
      return NULL;
    }

  if (!ladder_json_get_array (doc, root, "", "rules", TRUE, &array, error))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/%u", i);
      LadderRule *rule = g_new0 (LadderRule, 1);
      JsonObject *object;

      rule->package = g_ptr_array_new_with_free_func (package_item_free);
      rule->reasons = g_ptr_array_new_with_free_func (statement_free);
      rule->caveats = g_ptr_array_new_with_free_func (statement_free);
      g_ptr_array_add (rules->rules, rule);
      if (catch_all)
        {
          ladder_json_doc_set_error (doc, error, path, "this rule can never apply: the rule before it has "
                                     "no conditions and so always applies");
          return NULL;
        }
      if (!ladder_json_element_object (doc, array, "/rules", i, &object, error) ||
          !parse_rule (doc, object, path, rule, error))
        return NULL;
      if (!g_hash_table_add (ids, rule->id))
        {
          ladder_json_doc_set_error (doc, error, path, "two rules are called “%s”", rule->id);
          return NULL;
        }
      if (rule->reasons->len == 0)
        {
          ladder_json_doc_set_error (doc, error, path, "the rule “%s” gives no reasons", rule->id);
          return NULL;
        }
      catch_all = memcmp (&rule->when, &(LadderCondition) { 0 }, sizeof rule->when) == 0;
    }
  /* Every answer must lead somewhere that explains itself. */
  if (!catch_all)
    {
      ladder_json_doc_set_error (doc, error, "/rules", "the last rule must have no conditions, "
                                 "so that every set of answers gets an explained result");
      return NULL;
    }
  if (!parse_statements (doc, root, "", "caveats", FALSE, rules->caveats, error))
    return NULL;
  return g_steal_pointer (&rules);
}

/**
 * ladder_rules_free:
 * @rules: (transfer full) (nullable): rules
 */
void
ladder_rules_free (LadderRules *rules)
{
  if (rules == NULL)
    return;
  g_clear_pointer (&rules->rules, g_ptr_array_unref);
  g_clear_pointer (&rules->caveats, g_ptr_array_unref);
  g_free (rules);
}

static gboolean
allowed (guint mask,
         guint value)
{
  return mask == 0 || (mask & (1u << value)) != 0;
}

/**
 * ladder_condition_matches:
 * @condition: a condition
 * @state: capacities, difficulties and context
 *
 * Returns: whether every part of @condition holds for @state.
 */
gboolean
ladder_condition_matches (const LadderCondition *condition,
                          const LadderRuleState *state)
{
  gboolean any = FALSE;

  for (guint c = 0; c < 3; c++)
    {
      if (!allowed (condition->levels[c], state->levels[c]) ||
          !allowed (condition->all_capacities, state->levels[c]))
        return FALSE;
      any |= (condition->any_capacity & (1u << state->levels[c])) != 0;
    }
  if (condition->any_capacity != 0 && !any)
    return FALSE;
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    if (!allowed (condition->flags[f], state->flags[f]))
      return FALSE;
  if (condition->any_context != 0 && (condition->any_context & state->context) == 0)
    return FALSE;
  return allowed (condition->stages, state->stage);
}

/**
 * ladder_rules_match:
 * @rules: rules
 * @state: capacities, difficulties and context
 *
 * Returns: (transfer none): the first rule whose conditions hold. The last
 *   rule has none, so there is always one.
 */
const LadderRule *
ladder_rules_match (const LadderRules     *rules,
                    const LadderRuleState *state)
{
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const LadderRule *rule = rules->rules->pdata[i];

      if (ladder_condition_matches (&rule->when, state))
        return rule;
    }
  g_assert_not_reached ();
}

const char *
ladder_level_get_id (LadderLevel level)
{
  g_return_val_if_fail (level < LADDER_N_LEVELS, NULL);
  return level_ids[level];
}

const char *
ladder_level_get_label (LadderLevel level)
{
  g_return_val_if_fail (level < LADDER_N_LEVELS, NULL);
  return level_labels[level];
}

const char *
ladder_flag_get_id (LadderFlag flag)
{
  g_return_val_if_fail (flag < LADDER_N_FLAGS, NULL);
  return flag_ids[flag];
}

const char *
ladder_flag_state_get_id (LadderFlagState state)
{
  g_return_val_if_fail (state < LADDER_N_FLAG_STATES, NULL);
  return flag_state_ids[state];
}

const char *
ladder_stage_get_id (LadderStage stage)
{
  g_return_val_if_fail (stage < LADDER_N_STAGES, NULL);
  return stage_ids[stage];
}

const char *
ladder_stage_get_label (LadderStage stage)
{
  g_return_val_if_fail (stage < LADDER_N_STAGES, NULL);
  return stage_labels[stage];
}

/**
 * ladder_stage_from_id:
 * @id: "poor-to-fair", "fair-to-good", "good-to-great" or ""
 * @stage: (out): the stage
 *
 * Returns: %FALSE when @id names no stage.
 */
gboolean
ladder_stage_from_id (const char  *id,
                      LadderStage *stage)
{
  int index = ladder_json_find_id (stage_ids, LADDER_N_STAGES, id);

  if (index < 0)
    return FALSE;
  *stage = index;
  return TRUE;
}

const char *
ladder_confidence_get_id (LadderConfidence confidence)
{
  static const char * const ids[] = { "low", "medium", "high" };

  g_return_val_if_fail (confidence <= LADDER_CONFIDENCE_HIGH, NULL);
  return ids[confidence];
}

/**
 * ladder_basis_get_id:
 * @basis: a single #LadderBasis bit
 *
 * Returns: its name in the rules file.
 */
const char *
ladder_basis_get_id (LadderBasis basis)
{
  int bit = g_bit_nth_lsf (basis, -1);

  g_return_val_if_fail (bit >= 0 && bit < (int) G_N_ELEMENTS (basis_ids), NULL);
  return basis_ids[bit];
}
