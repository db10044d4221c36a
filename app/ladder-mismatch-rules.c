/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The mismatch rules, read from resources/content/mismatches.json and
 * checked: each rule's conditions, and that every sentence uses only the
 * placeholders its rule can fill and names the question. Applied in
 * ladder-mismatch.c. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-content-resources.h"
#include "ladder-json.h"
#include "ladder-mismatch-private.h"
#include "ladder-statistics.h"

#define RULES_RESOURCE "/io/github/ladder/Ladder/content/mismatches.json"
#define RULES_FILE "mismatches.json"

static const char * const slot_names[N_SLOTS] = {
  "question", "rating", "score", "rated", "indicator", "council", "period",
  "figure", "state", "reason", "title", "band", "rank", "councils",
  "n-periods", "run", "neighbours", "reporting", "neighbour-count", "gaps",
  "source", "when", "date", "found",
};

#define S(name) (1u << SLOT_##name)
#define SLOTS_RATED (S (QUESTION) | S (RATING) | S (SCORE))
#define SLOTS_RULE (SLOTS_RATED | S (RATED) | S (INDICATOR) | S (COUNCIL) | S (PERIOD) | S (FIGURE))
#define SLOTS_BAND (S (BAND) | S (RANK) | S (COUNCILS))
#define SLOTS_RUN (S (N_PERIODS) | S (RUN))
#define SLOTS_NEIGHBOURS (S (NEIGHBOURS) | S (REPORTING) | S (NEIGHBOUR_COUNT) | S (GAPS))
#define SLOTS_EVIDENCE (SLOTS_RATED | S (RATED) | S (SOURCE) | S (WHEN) | S (FOUND))

/* Indexed by LadderCellState; a figure needs no words. */
static const char * const state_ids[LADDER_N_CELL_STATES] = {
  "absent", NULL, "suppressed", "not-available", "not-applicable", "low-reliability",
  "rounds-to-zero", "low", "dash", "blank", "unreadable",
};

static void
rule_free (gpointer data)
{
  LadderMismatchRule *rule = data;

  g_free (rule->id);
  g_free (rule->title);
  g_free (rule->sentence);
  g_free (rule);
}

static char *
list_slots (guint allowed)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint s = 0; s < N_SLOTS; s++)
    if (allowed & (1u << s))
      g_string_append_printf (out, "%s{%s}", out->len > 0 ? ", " : "", slot_names[s]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Checks that @text uses only the placeholders in @allowed (and names the
 * question when @needs_question), and keeps a copy in @out. */
static gboolean
get_template (LadderJsonDoc *doc,
              JsonObject    *object,
              const char    *path,
              const char    *member,
              guint          allowed,
              gboolean       needs_question,
              char         **out,
              GError       **error)
{
  g_autofree char *at = g_strdup_printf ("%s/%s", path, member);
  const char *text, *p;
  guint used = 0;

  if (!ladder_json_get_string (doc, object, path, member, TRUE, &text, error))
    return FALSE;
  for (p = text; *p != '\0'; p++)
    {
      const char *end;
      int slot = -1;

      if (*p == '}')
        {
          ladder_json_doc_set_error (doc, error, at, "a “}” closes no placeholder");
          return FALSE;
        }
      if (*p != '{')
        continue;
      end = strchr (p + 1, '}');
      if (end == NULL || memchr (p + 1, '{', end - p - 1) != NULL)
        {
          ladder_json_doc_set_error (doc, error, at, "a “{” opens a placeholder that is never closed");
          return FALSE;
        }
      for (guint s = 0; s < N_SLOTS; s++)
        if (strlen (slot_names[s]) == (gsize) (end - p - 1) && strncmp (slot_names[s], p + 1, end - p - 1) == 0)
          slot = s;
      if (slot < 0 || !(allowed & (1u << slot)))
        {
          g_autofree char *known = list_slots (allowed);

          ladder_json_doc_set_error (doc, error, at, "“%.*s” is not a placeholder this text can use; it can use %s",
                                     (int) (end - p + 1), p, known);
          return FALSE;
        }
      used |= 1u << slot;
      p = end;
    }
  if (needs_question && !(used & (S (QUESTION) | S (RATED))))
    {
      ladder_json_doc_set_error (doc, error, at, "the text must name the question, with {question} or {rated}");
      return FALSE;
    }
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_periods (LadderJsonDoc *doc,
             JsonObject    *object,
             const char    *path,
             const char    *member,
             guint         *out,
             GError       **error)
{
  double value = 0;

  if (!ladder_json_get_number (doc, object, path, member, FALSE, &value, error))
    return FALSE;
  if (json_object_has_member (object, member) &&
      (value != floor (value) || value < 2 || value > LADDER_MAX_TREND_PERIODS))
    {
      g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

      ladder_json_doc_set_error (doc, error, at, "“%s” must be a whole number of periods from 2 to %d",
                                 member, LADDER_MAX_TREND_PERIODS);
      return FALSE;
    }
  *out = (guint) value;
  return TRUE;
}

static gboolean
parse_bands (LadderJsonDoc *doc,
             JsonObject    *figures,
             const char    *path,
             guint         *bands,
             GError       **error)
{
  g_auto(GStrv) names = NULL;

  if (!ladder_json_get_strv (doc, figures, path, "band", FALSE, &names, error))
    return FALSE;
  if (names != NULL && names[0] == NULL)
    {
      g_autofree char *at = g_strdup_printf ("%s/band", path);

      ladder_json_doc_set_error (doc, error, at, "“band” lists no band, so the rule could never hold");
      return FALSE;
    }
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (strlen (names[i]) != 1 || names[i][0] < 'A' || names[i][0] > 'D')
        {
          g_autofree char *at = g_strdup_printf ("%s/band/%u", path, i);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a band: use “A”, “B”, “C” or “D”", names[i]);
          return FALSE;
        }
      *bands |= 1u << (LADDER_BAND_A + (names[i][0] - 'A'));
    }
  return TRUE;
}

static gboolean
parse_figures (LadderJsonDoc      *doc,
               JsonObject         *object,
               const char         *path,
               LadderMismatchRule *rule,
               GError            **error)
{
  static const char * const allowed[] = {
    "band", "worsening-periods", "improving-periods", "behind-neighbours", NULL,
  };
  static const char * const behind_allowed[] = { "min-periods", "count-when-thin", NULL };
  g_autofree char *at = g_strdup_printf ("%s/figures", path);
  g_autofree char *behind_at = g_strdup_printf ("%s/behind-neighbours", at);
  JsonObject *figures, *behind;

  if (!ladder_json_get_object (doc, object, path, "figures", TRUE, &figures, error) ||
      !ladder_json_check_members (doc, figures, at, allowed, error) ||
      !parse_bands (doc, figures, at, &rule->bands, error) ||
      !get_periods (doc, figures, at, "worsening-periods", &rule->worsening, error) ||
      !get_periods (doc, figures, at, "improving-periods", &rule->improving, error) ||
      !ladder_json_get_object (doc, figures, at, "behind-neighbours", FALSE, &behind, error))
    return FALSE;
  if (behind != NULL &&
      (!ladder_json_check_members (doc, behind, behind_at, behind_allowed, error) ||
       !ladder_json_get_boolean (doc, behind, behind_at, "count-when-thin", TRUE, &rule->count_thin, error) ||
       !get_periods (doc, behind, behind_at, "min-periods", &rule->behind_periods, error)))
    return FALSE;
  if (behind != NULL && rule->behind_periods == 0)
    {
      ladder_json_doc_set_error (doc, error, behind_at, "“min-periods” is missing");
      return FALSE;
    }
  if (rule->worsening > 0 && rule->improving > 0)
    {
      g_autofree char *improving_at = g_strdup_printf ("%s/improving-periods", at);

      ladder_json_doc_set_error (doc, error, improving_at, "a figure cannot be both worsening and improving");
      return FALSE;
    }
  if (rule->bands == 0 && rule->worsening == 0 && rule->improving == 0 && behind == NULL)
    {
      ladder_json_doc_set_error (doc, error, at, "the rule asks nothing of the figures: give “band”, "
                                 "“worsening-periods”, “improving-periods” or “behind-neighbours”");
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_rule (LadderJsonDoc      *doc,
            JsonArray          *array,
            guint               index,
            GHashTable         *ids,
            LadderMismatchRule *rule,
            GError            **error)
{
  static const char * const allowed[] = { "id", "title", "rated", "figures", "why", "sentence", NULL };
  g_autofree char *path = g_strdup_printf ("/rules/%u", index);
  g_autofree char *rated_at = g_strdup_printf ("%s/rated", path);
  g_autofree char *id_at = g_strdup_printf ("%s/id", path);
  const char *id, *title, *rated, *why;
  JsonObject *object;
  guint allowed_slots = SLOTS_RULE;

  if (!ladder_json_element_object (doc, array, "/rules", index, &object, error) ||
      !ladder_json_check_members (doc, object, path, allowed, error) ||
      !ladder_json_get_string (doc, object, path, "id", TRUE, &id, error) ||
      !ladder_json_get_string (doc, object, path, "title", TRUE, &title, error) ||
      !ladder_json_get_string (doc, object, path, "rated", TRUE, &rated, error) ||
      !ladder_json_get_string (doc, object, path, "why", TRUE, &why, error))
    return FALSE;
  if (*id == '\0' || strspn (id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (id))
    {
      ladder_json_doc_set_error (doc, error, id_at, "a rule id is lower-case letters, digits and hyphens, "
                                 "since it becomes part of the ids actions link to");
      return FALSE;
    }
  if (g_hash_table_contains (ids, id) || strcmp (id, LADDER_CHECK_RULE_EVIDENCE) == 0 ||
      strcmp (id, LADDER_CHECK_RULE_NOT_LOADED) == 0 || strcmp (id, LADDER_CHECK_RULE_NO_FIGURE) == 0 ||
      strcmp (id, LADDER_CHECK_RULE_INDICATOR) == 0)
    {
      ladder_json_doc_set_error (doc, error, id_at, "the id “%s” is already taken", id);
      return FALSE;
    }
  g_hash_table_add (ids, (gpointer) id);
  rule->id = g_strdup (id);
  rule->title = g_strdup (title);
  if (strcmp (rated, "in-place") == 0 || strcmp (rated, "not-in-place") == 0)
    rule->in_place = strcmp (rated, "in-place") == 0;
  else
    {
      ladder_json_doc_set_error (doc, error, rated_at, "“%s” is not “in-place” or “not-in-place”", rated);
      return FALSE;
    }
  if (!parse_figures (doc, object, path, rule, error))
    return FALSE;
  if (rule->bands != 0)
    allowed_slots |= SLOTS_BAND;
  if (rule->worsening > 0 || rule->improving > 0)
    allowed_slots |= SLOTS_RUN;
  if (rule->behind_periods > 0)
    allowed_slots |= SLOTS_NEIGHBOURS;
  return get_template (doc, object, path, "sentence", allowed_slots, TRUE, &rule->sentence, error);
}

static gboolean
parse_ratings (LadderMismatchRules *self,
               LadderJsonDoc       *doc,
               JsonObject          *root,
               GError             **error)
{
  static const char * const allowed[] = { "in-place-from", "not-in-place-up-to", NULL };
  JsonObject *ratings;

  if (!ladder_json_get_object (doc, root, "", "ratings", TRUE, &ratings, error) ||
      !ladder_json_check_members (doc, ratings, "/ratings", allowed, error) ||
      !ladder_json_get_number (doc, ratings, "/ratings", "in-place-from", TRUE, &self->in_place_from, error) ||
      !ladder_json_get_number (doc, ratings, "/ratings", "not-in-place-up-to", TRUE,
                               &self->not_in_place_up_to, error))
    return FALSE;
  if (self->in_place_from < 1 || self->in_place_from > 4)
    {
      ladder_json_doc_set_error (doc, error, "/ratings/in-place-from", "a score runs from 1 to 4");
      return FALSE;
    }
  if (self->not_in_place_up_to < 1 || self->not_in_place_up_to >= self->in_place_from)
    {
      ladder_json_doc_set_error (doc, error, "/ratings/not-in-place-up-to", "a score runs from 1 to 4, and "
                                 "“not-in-place-up-to” must be below “in-place-from”");
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_words (LadderMismatchRules *self,
             LadderJsonDoc       *doc,
             JsonObject          *root,
             GError             **error)
{
  static const char * const not_counted_allowed[] = { "not-loaded", "no-figure", "indicator", "rule", NULL };
  static const char * const evidence_allowed[] = {
    "kinds", "when", "contradicts", "supports", "unrated", NULL,
  };
  const char *kind_ids[LADDER_N_EVIDENCE_KINDS + 1] = { NULL };
  const char *state_members[LADDER_N_CELL_STATES] = { NULL };
  JsonObject *states, *not_counted, *evidence, *kinds;

  /* Every state but the figure itself, which needs no words. */
  for (guint s = 0, n = 0; s < LADDER_N_CELL_STATES; s++)
    if (state_ids[s] != NULL)
      state_members[n++] = state_ids[s];
  if (!ladder_json_get_object (doc, root, "", "cell-states", TRUE, &states, error) ||
      !ladder_json_check_members (doc, states, "/cell-states", state_members, error))
    return FALSE;
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    if (state_ids[s] != NULL &&
        !get_template (doc, states, "/cell-states", state_ids[s], 0, FALSE, &self->states[s], error))
      return FALSE;
  if (!ladder_json_get_object (doc, root, "", "not-counted", TRUE, &not_counted, error) ||
      !ladder_json_check_members (doc, not_counted, "/not-counted", not_counted_allowed, error) ||
      !get_template (doc, not_counted, "/not-counted", "not-loaded", S (QUESTION) | S (INDICATOR), TRUE,
                     &self->not_loaded, error) ||
      !get_template (doc, not_counted, "/not-counted", "no-figure",
                     S (QUESTION) | S (INDICATOR) | S (COUNCIL) | S (PERIOD) | S (STATE), TRUE,
                     &self->no_figure, error) ||
      !get_template (doc, not_counted, "/not-counted", "indicator", S (QUESTION) | S (INDICATOR) | S (REASON),
                     TRUE, &self->indicator, error) ||
      !get_template (doc, not_counted, "/not-counted", "rule",
                     S (QUESTION) | S (INDICATOR) | S (TITLE) | S (REASON) | S (COUNCIL) | S (PERIOD), TRUE,
                     &self->rule_not_counted, error))
    return FALSE;

  for (guint k = 0; k < LADDER_N_EVIDENCE_KINDS; k++)
    kind_ids[k] = ladder_evidence_kind_get_id (k);
  if (!ladder_json_get_object (doc, root, "", "evidence", TRUE, &evidence, error) ||
      !ladder_json_check_members (doc, evidence, "/evidence", evidence_allowed, error) ||
      !ladder_json_get_object (doc, evidence, "/evidence", "kinds", TRUE, &kinds, error) ||
      !ladder_json_check_members (doc, kinds, "/evidence/kinds", kind_ids, error))
    return FALSE;
  for (guint k = 0; k < LADDER_N_EVIDENCE_KINDS; k++)
    if (!get_template (doc, kinds, "/evidence/kinds", kind_ids[k], 0, FALSE, &self->kinds[k], error))
      return FALSE;
  return get_template (doc, evidence, "/evidence", "when", S (DATE), FALSE, &self->when, error) &&
         get_template (doc, evidence, "/evidence", "contradicts", SLOTS_EVIDENCE, TRUE, &self->contradicts, error) &&
         get_template (doc, evidence, "/evidence", "supports", SLOTS_EVIDENCE, TRUE, &self->supports, error) &&
         get_template (doc, evidence, "/evidence", "unrated", S (QUESTION) | S (SOURCE) | S (WHEN) | S (FOUND),
                       TRUE, &self->unrated, error);
}

/**
 * ladder_mismatch_rules_load:
 * @bytes: the text of a mismatch rules file (mismatches.json)
 * @error: return location for an error naming the file, line and column
 *
 * Reads and checks the rules: their conditions, and that every sentence
 * uses only the placeholders its rule can fill and names the question.
 *
 * Returns: (transfer full) (nullable): the rules.
 */
LadderMismatchRules *
ladder_mismatch_rules_load (GBytes  *bytes,
                            GError **error)
{
  static const char * const allowed[] = {
    "format", "version", "ratings", "rated", "rules", "cell-states", "not-counted", "evidence", NULL,
  };
  g_autoptr(LadderMismatchRules) self = g_new0 (LadderMismatchRules, 1);
  g_autoptr(LadderJsonDoc) doc = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *rules;
  const char *format;
  double version;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->rules = g_ptr_array_new_with_free_func (rule_free);
  data = g_bytes_get_data (bytes, &length);
  if ((doc = ladder_json_doc_parse (data != NULL ? data : "", length, RULES_FILE, error)) == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (ladder_json_doc_get_root (doc)))
    {
      ladder_json_doc_set_error (doc, error, "", "the file must hold an object in braces");
      return NULL;
    }
  root = json_node_get_object (ladder_json_doc_get_root (doc));
  if (!ladder_json_check_members (doc, root, "", allowed, error) ||
      !ladder_json_get_string (doc, root, "", "format", TRUE, &format, error))
    return NULL;
  if (strcmp (format, "ladder-mismatch-rules") != 0)
    {
      ladder_json_doc_set_error (doc, error, "/format", "expected the format “ladder-mismatch-rules”, found “%s”",
                                 format);
      return NULL;
    }
  if (!ladder_json_get_number (doc, root, "", "version", TRUE, &version, error))
    return NULL;
  if (version != 1)
    {
      ladder_json_doc_set_error (doc, error, "/version", "only version 1 is understood");
      return NULL;
    }
  if (!parse_ratings (self, doc, root, error) ||
      !get_template (doc, root, "", "rated", SLOTS_RATED, TRUE, &self->rated, error) ||
      !ladder_json_get_array (doc, root, "", "rules", TRUE, &rules, error))
    return NULL;
  if (json_array_get_length (rules) == 0)
    {
      ladder_json_doc_set_error (doc, error, "/rules", "there are no rules");
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      LadderMismatchRule *rule = g_new0 (LadderMismatchRule, 1);

      g_ptr_array_add (self->rules, rule);
      if (!parse_rule (doc, rules, i, ids, rule, error))
        return NULL;
    }
  if (!parse_words (self, doc, root, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ladder_mismatch_rules_get_default:
 * @error: return location for an error
 *
 * Loads the rules built into the program, once.
 *
 * Returns: (transfer full) (nullable): the rules, or %NULL with an error
 *   naming the place when the file is broken (which the tests catch first).
 */
LadderMismatchRules *
ladder_mismatch_rules_get_default (GError **error)
{
  static GMutex lock;
  static LadderMismatchRules *rules;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autoptr(GBytes) bytes = NULL;

  if (rules != NULL)
    return ladder_mismatch_rules_ref (rules);
  bytes = g_resource_lookup_data (ladder_content_get_resource (), RULES_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  rules = ladder_mismatch_rules_load (bytes, error);
  return rules != NULL ? ladder_mismatch_rules_ref (rules) : NULL;
}

/**
 * ladder_mismatch_rules_ref:
 * @self: the rules
 *
 * Returns: (transfer full): @self, with one more reference.
 */
LadderMismatchRules *
ladder_mismatch_rules_ref (LadderMismatchRules *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ladder_mismatch_rules_unref:
 * @self: the rules
 *
 * Drops a reference, freeing the rules with the last.
 */
void
ladder_mismatch_rules_unref (LadderMismatchRules *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->rated);
  g_ptr_array_unref (self->rules);
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    g_free (self->states[s]);
  g_free (self->not_loaded);
  g_free (self->no_figure);
  g_free (self->indicator);
  g_free (self->rule_not_counted);
  for (guint k = 0; k < LADDER_N_EVIDENCE_KINDS; k++)
    g_free (self->kinds[k]);
  g_free (self->when);
  g_free (self->contradicts);
  g_free (self->supports);
  g_free (self->unrated);
  g_free (self);
}

/**
 * ladder_mismatch_rules_get_n_rules:
 * @self: the rules
 *
 * Returns: how many rules compare ratings with figures.
 */
guint
ladder_mismatch_rules_get_n_rules (LadderMismatchRules *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rules->len;
}

/**
 * ladder_mismatch_rules_get_rule_id:
 * @self: the rules
 * @index: a rule, in the file's order
 *
 * Returns: (transfer none): its id, as in the ids of the checks it makes.
 */
const char *
ladder_mismatch_rules_get_rule_id (LadderMismatchRules *self,
                                   guint                index)
{
  g_return_val_if_fail (self != NULL && index < self->rules->len, NULL);

  return ((LadderMismatchRule *) self->rules->pdata[index])->id;
}

/**
 * ladder_mismatch_rules_get_in_place_from:
 * @self: the rules
 *
 * Returns: the lowest combined score that counts as largely or fully in place.
 */
double
ladder_mismatch_rules_get_in_place_from (LadderMismatchRules *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->in_place_from;
}

/**
 * ladder_mismatch_rules_get_not_in_place_up_to:
 * @self: the rules
 *
 * Returns: the highest combined score that counts as not in place.
 */
double
ladder_mismatch_rules_get_not_in_place_up_to (LadderMismatchRules *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->not_in_place_up_to;
}

/**
 * ladder_mismatch_expand:
 * @template: a sentence template from the rules file
 * @slots: the text for each placeholder the template may use
 *
 * Returns: (transfer full): the sentence.
 */
char *
ladder_mismatch_expand (const char        *template,
                        const char * const slots[N_SLOTS])
{
  GString *out = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++)
    {
      const char *end;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }
      for (guint s = 0; s < N_SLOTS; s++)
        if (strlen (slot_names[s]) == (gsize) (end - p - 1) && strncmp (slot_names[s], p + 1, end - p - 1) == 0)
          {
            /* The file's check allows only what each kind of sentence fills. */
            g_assert (slots[s] != NULL);
            g_string_append (out, slots[s]);
          }
      p = end;
    }
  return g_string_free (out, FALSE);
}

