/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision rules, read from resources/content/rules.json: which form of
 * support fits which combination of capacities, difficulties and context.
 * The properties every rules file must have are checked in
 * ladder-rules-check.c. */
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
  "systemic", "repeated-decline", "area-grip-lost", "governance-dysfunctional",
  "views-differ", "early-grip",
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
static const char * const grade_ids[LADDER_N_GRADES] = {
  "none", "outstanding", "good", "requires-improvement", "inadequate",
};
static const char * const grade_labels[LADDER_N_GRADES] = {
  "None recorded", "Outstanding", "Good", "Requires improvement to be good", "Inadequate",
};
static const char * const intervention_ids[LADDER_N_INTERVENTIONS] = {
  "none", "improvement-notice", "statutory-direction", "unspecified",
};
static const char * const intervention_labels[LADDER_N_INTERVENTIONS] = {
  "None", "An improvement notice", "A statutory direction", "Formal intervention (kind not recorded)",
};
static const char * const context_ids[LADDER_N_CONTEXT_FLAGS] = {
  "new-leadership", "recent-inspection", "new-model-by-choice",
};
/* In the order of the LadderBasis bits. */
static const char * const basis_ids[LADDER_N_BASES] = {
  "self-assessment", "strategy", "implementation",
  "systemic", "repeated-decline", "area-grip-lost", "governance-dysfunctional", "views-differ", "early-grip",
  "new-leadership", "recent-inspection", "new-model-by-choice", "inspection", "intervention", "stage",
  "strong-partner",
};
static const char * const capacity_ids[3] = {
  "self-assessment", "strategy", "implementation",
};
static const char * const capacity_ids_null[4] = {
  "self-assessment", "strategy", "implementation", NULL,
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
    "systemic", "repeated-decline", "area-grip-lost", "governance-dysfunctional", "views-differ", "early-grip",
    "any-context", "stage", "inspection", "intervention", "strong-partner", NULL,
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
         parse_mask (doc, when, path, "any-context", context_ids, LADDER_N_CONTEXT_FLAGS, 0,
                     &condition->any_context, error) &&
         parse_mask (doc, when, path, "stage", stage_ids, LADDER_N_STAGES, 1,
                     &condition->stages, error) &&
         parse_mask (doc, when, path, "inspection", grade_ids, LADDER_N_GRADES, 0,
                     &condition->inspection, error) &&
         parse_mask (doc, when, path, "intervention", intervention_ids, LADDER_N_INTERVENTIONS, 0,
                     &condition->intervention, error) &&
         parse_mask (doc, when, path, "strong-partner", flag_state_ids, LADDER_N_FLAG_STATES, 0,
                     &condition->strong_partner, error);
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
  g_free (rule->path);
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
      if (statement->findings[0] == NULL)
        {
          g_autofree char *at = g_strdup_printf ("%s/findings", item_path);

          ladder_json_doc_set_error (doc, error, at, "every reason and caveat must cite a finding");
          return FALSE;
        }
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
parse_package (LadderJsonDoc *doc,
               JsonObject    *parent,
               const char    *parent_path,
               gboolean       rules_wide,
               GPtrArray     *out,
               GError       **error)
{
  static const char * const allowed_item[] = { "form", "text", "when", NULL };
  static const char * const allowed_wide[] = { "form", "text", "when", "lead", NULL };
  g_autofree char *path = g_strdup_printf ("%s/package", parent_path);
  JsonArray *package;

  if (!ladder_json_get_array (doc, parent, parent_path, "package", TRUE, &package, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (package); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s/%u", path, i);
      LadderPackageItem *item;
      const char *form, *text;
      JsonObject *element;

      if (!ladder_json_element_object (doc, package, path, i, &element, error) ||
          !ladder_json_check_members (doc, element, item_path, rules_wide ? allowed_wide : allowed_item, error) ||
          !ladder_json_get_string (doc, element, item_path, "form", FALSE, &form, error) ||
          !ladder_json_get_string (doc, element, item_path, "text", TRUE, &text, error))
        return FALSE;
      item = g_new0 (LadderPackageItem, 1);
      item->form = g_strdup (form);
      item->text = g_strdup (text);
      g_ptr_array_add (out, item);
      if (!parse_condition (doc, element, item_path, &item->when, error) ||
          (rules_wide && !ladder_json_get_boolean (doc, element, item_path, "lead", FALSE, &item->lead, error)))
        return FALSE;
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
  static const char * const confidence_ids[] = { "low", "medium", "high" };
  const char *id, *title, *summary, *primary, *cap;

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
  rule->path = g_strdup (path);
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
  return parse_condition (doc, object, path, &rule->when, error) &&
         parse_package (doc, object, path, FALSE, rule->package, error) &&
         parse_statements (doc, object, path, "reasons", TRUE, rule->reasons, error) &&
         parse_statements (doc, object, path, "caveats", FALSE, rule->caveats, error);
}

typedef struct
{
  const char *member;
  gsize       offset;
  double      lowest;              /* the value must lie in (lowest, highest] */
  double      highest;
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
    {
      double *value = G_STRUCT_MEMBER_P (rules, thresholds[i].offset);

      if (!ladder_json_get_number (doc, object, path, thresholds[i].member, TRUE, value, error))
        return FALSE;
      if (!(*value > thresholds[i].lowest && *value <= thresholds[i].highest))
        {
          g_autofree char *at = g_strdup_printf ("%s/%s", path, thresholds[i].member);

          ladder_json_doc_set_error (doc, error, at, "“%s” must be above %g and at most %g, not %g",
                                     thresholds[i].member, thresholds[i].lowest, thresholds[i].highest, *value);
          return FALSE;
        }
    }
  return TRUE;
}

#define THRESHOLD(name, field, low, high) { name, G_STRUCT_OFFSET (LadderRules, field), low, high }

static gboolean
parse_escalation (LadderJsonDoc *doc,
                  JsonObject    *root,
                  LadderRules   *rules,
                  GError       **error)
{
  if (!ladder_json_get_strv (doc, root, "", "escalation", TRUE, &rules->escalation, error))
    return FALSE;
  if (g_strv_length (rules->escalation) < 2)
    {
      ladder_json_doc_set_error (doc, error, "/escalation", "the order of escalation needs at least two forms");
      return FALSE;
    }
  for (guint i = 0; rules->escalation[i] != NULL; i++)
    for (guint j = 0; j < i; j++)
      if (strcmp (rules->escalation[i], rules->escalation[j]) == 0)
        {
          g_autofree char *at = g_strdup_printf ("/escalation/%u", i);

          ladder_json_doc_set_error (doc, error, at, "“%s” is listed twice", rules->escalation[i]);
          return FALSE;
        }
  return TRUE;
}

/* For each capacity, the leadership levels whose weakest decides it. */
static gboolean
parse_deciding_levels (LadderJsonDoc *doc,
                       JsonObject    *root,
                       LadderRules   *rules,
                       GError       **error)
{
  static const char * const level_names[] = { "political", "corporate", "service", "partnership" };
  JsonObject *scoring = json_object_get_object_member (root, "scoring");
  JsonObject *deciding;

  if (!ladder_json_get_object (doc, scoring, "/scoring", "deciding-levels", TRUE, &deciding, error) ||
      !ladder_json_check_members (doc, deciding, "/scoring/deciding-levels", capacity_ids_null, error))
    return FALSE;
  for (guint c = 0; c < 3; c++)
    {
      g_autofree char *path = g_strdup_printf ("/scoring/deciding-levels/%s", capacity_ids[c]);
      g_auto(GStrv) levels = NULL;

      if (!ladder_json_get_strv (doc, deciding, "/scoring/deciding-levels", capacity_ids[c], TRUE, &levels, error))
        return FALSE;
      for (guint i = 0; levels[i] != NULL; i++)
        {
          int index = ladder_json_find_id (level_names, G_N_ELEMENTS (level_names), levels[i]);

          if (index < 0)
            {
              g_autofree char *at = g_strdup_printf ("%s/%u", path, i);

              ladder_json_doc_set_error (doc, error, at, "“%s” is not a leadership level (political, corporate, "
                                         "service or partnership)", levels[i]);
              return FALSE;
            }
          rules->deciding_levels[c] |= 1u << index;
        }
      if (rules->deciding_levels[c] == 0)
        {
          ladder_json_doc_set_error (doc, error, path, "at least one leadership level must decide “%s”",
                                     capacity_ids[c]);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ladder_rules_parse:
 * @doc: the parsed rules file
 * @error: return location for an error naming line and column
 *
 * Reads the rules and checks their form. References to forms and findings
 * are checked by #LadderContent, which knows the library, and so are the
 * decision model's properties (ladder_rules_check()).
 *
 * Returns: (transfer full) (nullable): the rules.
 */
LadderRules *
ladder_rules_parse (LadderJsonDoc  *doc,
                    GError        **error)
{
  static const char * const allowed[] = {
    "format", "version", "escalation", "scoring", "difficulties", "confidence", "rules", "package", "caveats", NULL,
  };
  static const Threshold scoring[] = {
    THRESHOLD ("in-place-from", in_place_from, 1, 4),
    THRESHOLD ("partly-from", partly_from, 1, 4),
    THRESHOLD ("minimum-coverage", minimum_coverage, 0, 1),
    THRESHOLD ("views-differ-by", views_differ_by, 0, 3),
    THRESHOLD ("disagreement-spread", disagreement_spread, 0, 3),
  };
  static const Threshold difficulties[] = {
    THRESHOLD ("systemic-if-persistence-below", systemic_persistence_below, 1, 4),
    THRESHOLD ("systemic-if-spread-below", systemic_spread_below, 1, 4),
    THRESHOLD ("grip-lost-if-an-area-below", grip_lost_below, 1, 4),
    THRESHOLD ("dysfunctional-if-governance-below", dysfunctional_governance_below, 1, 4),
    THRESHOLD ("dysfunctional-if-partnership-level-below", dysfunctional_partnership_level_below, 1, 4),
  };
  static const Threshold confidence[] = {
    THRESHOLD ("medium-if-answered-below", medium_answered_below, 0, 1),
    THRESHOLD ("low-if-answered-below", low_answered_below, 0, 1),
    THRESHOLD ("medium-if-dont-know-from", medium_dont_know_from, 0, 1),
    THRESHOLD ("low-if-dont-know-from", low_dont_know_from, 0, 1),
    THRESHOLD ("medium-if-disagreements-from", medium_disagreements_from, 0, 100),
    THRESHOLD ("low-if-disagreements-from", low_disagreements_from, 0, 100),
    THRESHOLD ("medium-if-one-answer-moved-by", medium_single_change_size, -1, 3),
  };
  g_autoptr(LadderRules) rules = g_new0 (LadderRules, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root_node = ladder_json_doc_get_root (doc);
  JsonObject *root;
  JsonArray *array;
  const char *format;
  double version;
  gboolean catch_all = FALSE;

  rules->rules = g_ptr_array_new_with_free_func (rule_free);
  rules->package = g_ptr_array_new_with_free_func (package_item_free);
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
  if (!ladder_json_get_number (doc, root, "", "version", TRUE, &version, error))
    return NULL;
  if (version != 2)
    {
      ladder_json_doc_set_error (doc, error, "/version", "only version 2 of the rules is understood");
      return NULL;
    }
  if (!parse_escalation (doc, root, rules, error) ||
      !parse_thresholds (doc, root, "scoring", scoring, G_N_ELEMENTS (scoring), "deciding-levels", rules, error) ||
      !parse_deciding_levels (doc, root, rules, error) ||
      !parse_thresholds (doc, root, "difficulties", difficulties, G_N_ELEMENTS (difficulties), NULL, rules, error) ||
      !parse_thresholds (doc, root, "confidence", confidence, G_N_ELEMENTS (confidence), NULL, rules, error))
    return NULL;
  if (!(rules->partly_from < rules->in_place_from))
    {
      ladder_json_doc_set_error (doc, error, "/scoring/partly-from", "“partly-from” must be below “in-place-from”");
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
      if (rule->primary != NULL && !g_strv_contains ((const char * const *) rules->escalation, rule->primary))
        {
          g_autofree char *at = g_strdup_printf ("%s/primary", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not in the order of escalation, so Ladder could "
                                     "not tell whether it is lighter or heavier than other advice", rule->primary);
          return NULL;
        }
      catch_all = memcmp (&rule->when, &(LadderCondition) { 0 }, sizeof rule->when) == 0;
    }
  if (rules->rules->len > 64)
    {
      ladder_json_doc_set_error (doc, error, "/rules", "there are more than 64 rules");
      return NULL;
    }
  /* Every answer must lead somewhere that explains itself. */
  if (!catch_all)
    {
      ladder_json_doc_set_error (doc, error, "/rules", "the last rule must have no conditions, "
                                 "so that every set of answers gets an explained result");
      return NULL;
    }
  if (!parse_package (doc, root, "", TRUE, rules->package, error) ||
      !parse_statements (doc, root, "", "caveats", FALSE, rules->caveats, error))
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
  g_strfreev (rules->escalation);
  g_clear_pointer (&rules->rules, g_ptr_array_unref);
  g_clear_pointer (&rules->package, g_ptr_array_unref);
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
  return allowed (condition->stages, state->stage) &&
         allowed (condition->inspection, state->inspection) &&
         allowed (condition->intervention, state->intervention) &&
         allowed (condition->strong_partner, state->strong_partner);
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

/**
 * ladder_rules_get_rank:
 * @rules: rules
 * @form: (nullable): a form id
 *
 * Returns: how far up the order of escalation @form is: 1 for the lightest,
 *   0 for no form or one that is not in the order.
 */
int
ladder_rules_get_rank (const LadderRules *rules,
                       const char        *form)
{
  for (guint i = 0; form != NULL && rules->escalation[i] != NULL; i++)
    if (strcmp (rules->escalation[i], form) == 0)
      return i + 1;
  return 0;
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
ladder_grade_get_id (LadderGrade grade)
{
  g_return_val_if_fail (grade < LADDER_N_GRADES, NULL);
  return grade_ids[grade];
}

const char *
ladder_grade_get_label (LadderGrade grade)
{
  g_return_val_if_fail (grade < LADDER_N_GRADES, NULL);
  return grade_labels[grade];
}

/**
 * ladder_grade_from_id:
 * @id: "outstanding", "good", "requires-improvement", "inadequate" or "none"
 * @grade: (out): the grade
 *
 * Returns: %FALSE when @id names no grade.
 */
gboolean
ladder_grade_from_id (const char  *id,
                      LadderGrade *grade)
{
  int index = ladder_json_find_id (grade_ids, LADDER_N_GRADES, id);

  if (index < 0)
    return FALSE;
  *grade = index;
  return TRUE;
}

const char *
ladder_intervention_get_id (LadderIntervention intervention)
{
  g_return_val_if_fail (intervention < LADDER_N_INTERVENTIONS, NULL);
  return intervention_ids[intervention];
}

const char *
ladder_intervention_get_label (LadderIntervention intervention)
{
  g_return_val_if_fail (intervention < LADDER_N_INTERVENTIONS, NULL);
  return intervention_labels[intervention];
}

/**
 * ladder_intervention_from_id:
 * @id: "none", "improvement-notice", "statutory-direction" or "unspecified"
 * @intervention: (out): the kind of intervention
 *
 * Returns: %FALSE when @id names none of them.
 */
gboolean
ladder_intervention_from_id (const char         *id,
                             LadderIntervention *intervention)
{
  int index = ladder_json_find_id (intervention_ids, LADDER_N_INTERVENTIONS, id);

  if (index < 0)
    return FALSE;
  *intervention = index;
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
