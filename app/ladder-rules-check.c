/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The properties every rules file must have, checked over every
 * combination of the rules' inputs (docs/decision-model.md):
 * - worse answers never bring lighter support (a lighter primary form, or
 *   a package that loses its heaviest form), and better answers never
 *   heavier;
 * - a change of one input by one step moves the primary form by at most
 *   one step of the order of escalation;
 * - every rule can apply to some combination.
 *
 * The inputs are split into what the answers decide (the three capacity
 * levels and six facets of the difficulties, 46,656 combinations) and the
 * context (inspection, intervention, stage, partner and three switches).
 * Matching is done with bit sets: for each input and value, the rules and
 * package items that allow it, so one combination costs a few ANDs. When
 * loading, context values that no condition tells apart are tried once
 * (they cannot change the result), and contexts that enable the same
 * rules and items share one table; the tests try every context. */
#include "config.h"

#include <string.h>

#include "ladder-rules.h"

enum
{
  D_SELF_ASSESSMENT, D_STRATEGY, D_IMPLEMENTATION,
  D_PERSISTENCE, D_SPREAD, D_GRIP, D_GOVERNANCE, D_VIEWS, D_EARLY,
  N_ANSWER_DIMS
};

/* Levels: 0 unknown, 1 not in place, 2 partly, 3 in place. Facets: 0 not
 * answered, 1 sound, 2 a problem. Views and early grip: flag states. */
static const guint answer_sizes[N_ANSWER_DIMS] = { 4, 4, 4, 3, 3, 3, 3, 3, 3 };
static const char * const answer_names[N_ANSWER_DIMS] = {
  "self-assessment", "strategy", "implementation", "whether past gains lasted",
  "how far the weaknesses spread", "grip on key areas of practice", "oversight",
  "whether views differ between leadership levels", "new leaders' early grip",
};
static const char * const facet_values[3] = { "not answered", "sound", "a problem" };

enum
{
  C_INSPECTION, C_INTERVENTION, C_STAGE, C_PARTNER, C_NEW_LEADERSHIP, C_RECENT_INSPECTION, C_BY_CHOICE,
  N_CONTEXT_DIMS
};

static const guint context_sizes[N_CONTEXT_DIMS] = {
  LADDER_N_GRADES, LADDER_N_INTERVENTIONS, LADDER_N_STAGES, LADDER_N_FLAG_STATES, 2, 2, 2,
};

#define N_ANSWER_STATES (4 * 4 * 4 * 3 * 3 * 3 * 3 * 3 * 3)
#define MAX_ITEMS 128

typedef struct
{
  guint64 bits[2];
} ItemSet;

typedef struct
{
  const LadderCondition *when;
  int                    rank;     /* of its form in the order of escalation */
  int                    rule;     /* the rule it belongs to, or -1 for every rule */
} Item;

typedef struct
{
  guint better;
  guint worse;
  guint dim;
} Move;

typedef struct
{
  LadderRules   *rules;
  LadderJsonDoc *doc;
  guint          n_rules;
  int            rule_rank[64];
  Item           items[MAX_ITEMS];
  guint          n_items;
  ItemSet        rule_items[64];   /* each rule's own items and the rules-wide ones */
  ItemSet        weighty;          /* items heavier than some rule they can join */

  guint64       *rule_candidates;  /* per answer state, before the context */
  ItemSet       *item_candidates;
  guint8        *severity;         /* per answer state, for one context */
  guint8        *rule_of;
  GArray        *moves;            /* of Move */
  guint64        reached;
  GHashTable    *seen;             /* eligibility signatures already checked */
  LadderRulesCheckStats *stats;
} Checker;

static void
decode_answers (guint            index,
                guint           *values)
{
  for (int d = N_ANSWER_DIMS - 1; d >= 0; d--)
    {
      values[d] = index % answer_sizes[d];
      index /= answer_sizes[d];
    }
}

static guint
stride_of (guint dim)
{
  guint stride = 1;

  for (guint d = dim + 1; d < N_ANSWER_DIMS; d++)
    stride *= answer_sizes[d];
  return stride;
}

static LadderFlagState
facet_flag (guint value)
{
  return value == 0 ? LADDER_FLAG_STATE_UNKNOWN : value == 1 ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_YES;
}

/* The same derivation as ladder-recommendation.c makes from scores. */
static void
fill_answers (const guint     *values,
              LadderRuleState *state)
{
  guint persistence = values[D_PERSISTENCE], spread = values[D_SPREAD];

  for (guint c = 0; c < 3; c++)
    state->levels[c] = values[c];
  state->flags[LADDER_FLAG_SYSTEMIC] = (persistence == 2 || spread == 2) ? LADDER_FLAG_STATE_YES
    : (persistence == 1 && spread == 1) ? LADDER_FLAG_STATE_NO : LADDER_FLAG_STATE_UNKNOWN;
  state->flags[LADDER_FLAG_REPEATED_DECLINE] = facet_flag (persistence);
  state->flags[LADDER_FLAG_AREA_GRIP_LOST] = facet_flag (values[D_GRIP]);
  state->flags[LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL] = facet_flag (values[D_GOVERNANCE]);
  state->flags[LADDER_FLAG_VIEWS_DIFFER] = values[D_VIEWS];
  state->flags[LADDER_FLAG_EARLY_GRIP] = values[D_EARLY];
}

static void
fill_context (const guint     *values,
              LadderRuleState *state)
{
  state->inspection = values[C_INSPECTION];
  state->intervention = values[C_INTERVENTION];
  state->stage = values[C_STAGE];
  state->strong_partner = values[C_PARTNER];
  state->context = (values[C_NEW_LEADERSHIP] ? LADDER_CONTEXT_NEW_LEADERSHIP : 0) |
                   (values[C_RECENT_INSPECTION] ? LADDER_CONTEXT_RECENT_INSPECTION : 0) |
                   (values[C_BY_CHOICE] ? LADDER_CONTEXT_NEW_MODEL_BY_CHOICE : 0);
}

static gboolean
context_matches (const LadderCondition *when,
                 const LadderRuleState *state)
{
  LadderCondition context_only = { 0 };

  context_only.any_context = when->any_context;
  context_only.stages = when->stages;
  context_only.inspection = when->inspection;
  context_only.intervention = when->intervention;
  context_only.strong_partner = when->strong_partner;
  return ladder_condition_matches (&context_only, state);
}

static void
item_set_add (ItemSet *set,
              guint    index)
{
  set->bits[index / 64] |= G_GUINT64_CONSTANT (1) << (index % 64);
}

static gboolean
add_items (Checker    *self,
           GPtrArray  *package,
           int         rule,
           GHashTable *form_ranks,
           GError    **error)
{
  for (guint i = 0; i < package->len; i++)
    {
      const LadderPackageItem *item = package->pdata[i];
      int rank = item->form != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (form_ranks, item->form)) : 0;

      /* Steps that are no form cannot make a package lighter or heavier. */
      if (rank == 0)
        continue;
      if (self->n_items == MAX_ITEMS)
        {
          ladder_json_doc_set_error (self->doc, error, "", "there are more than %d package items with a form",
                                     MAX_ITEMS);
          return FALSE;
        }
      self->items[self->n_items] = (Item) { &item->when, rank, rule };
      self->n_items++;
    }
  return TRUE;
}

/* The answer part of a condition as one mask per input: which values of
 * each level, of the two facets behind "systemic" together, and of each
 * other facet it allows; "any-capacity" is kept as a table over the 64
 * combinations of levels. The same semantics as ladder_condition_matches(),
 * which the tests compare it with. */
typedef struct
{
  guint    levels[3];
  guint64  any_capacity;           /* bit per combination of the three levels */
  guint    persistence_spread;     /* bit per persistence * 3 + spread */
  guint    others[4];              /* grip, governance, views, early grip */
} AnswerMasks;

static gboolean
allows (guint mask,
        guint value)
{
  return mask == 0 || (mask & (1u << value)) != 0;
}

static void
answer_masks (const LadderCondition *when,
              AnswerMasks           *out)
{
  static const LadderFlag facet_flags[4] = {
    LADDER_FLAG_AREA_GRIP_LOST, LADDER_FLAG_GOVERNANCE_DYSFUNCTIONAL, LADDER_FLAG_VIEWS_DIFFER, LADDER_FLAG_EARLY_GRIP,
  };

  memset (out, 0, sizeof *out);
  for (guint c = 0; c < 3; c++)
    for (guint v = 0; v < LADDER_N_LEVELS; v++)
      if (allows (when->levels[c], v) && allows (when->all_capacities, v))
        out->levels[c] |= 1u << v;
  for (guint combo = 0; combo < 64; combo++)
    {
      guint a = combo >> 4, b = (combo >> 2) & 3, c = combo & 3;

      if (when->any_capacity == 0 || (when->any_capacity & ((1u << a) | (1u << b) | (1u << c))) != 0)
        out->any_capacity |= G_GUINT64_CONSTANT (1) << combo;
    }
  for (guint p = 0; p < 3; p++)
    for (guint s = 0; s < 3; s++)
      {
        guint values[N_ANSWER_DIMS] = { 0 };
        LadderRuleState state = { 0 };

        values[D_PERSISTENCE] = p;
        values[D_SPREAD] = s;
        fill_answers (values, &state);
        if (allows (when->flags[LADDER_FLAG_SYSTEMIC], state.flags[LADDER_FLAG_SYSTEMIC]) &&
            allows (when->flags[LADDER_FLAG_REPEATED_DECLINE], state.flags[LADDER_FLAG_REPEATED_DECLINE]))
          out->persistence_spread |= 1u << (p * 3 + s);
      }
  for (guint f = 0; f < 4; f++)
    for (guint v = 0; v < 3; v++)
      if (allows (when->flags[facet_flags[f]], v))
        out->others[f] |= 1u << v;
}

/* For each input and value, the set of rules (or items) that allow it. */
typedef struct
{
  ItemSet levels[3][LADDER_N_LEVELS];
  ItemSet any_capacity[64];
  ItemSet persistence_spread[9];
  ItemSet others[4][3];
} AllowedBy;

static void
allowed_by (const AnswerMasks *masks,
            guint              n,
            AllowedBy         *out)
{
  memset (out, 0, sizeof *out);
  for (guint i = 0; i < n; i++)
    {
      for (guint c = 0; c < 3; c++)
        for (guint v = 0; v < LADDER_N_LEVELS; v++)
          if (masks[i].levels[c] >> v & 1)
            item_set_add (&out->levels[c][v], i);
      for (guint combo = 0; combo < 64; combo++)
        if (masks[i].any_capacity >> combo & 1)
          item_set_add (&out->any_capacity[combo], i);
      for (guint ps = 0; ps < 9; ps++)
        if (masks[i].persistence_spread >> ps & 1)
          item_set_add (&out->persistence_spread[ps], i);
      for (guint f = 0; f < 4; f++)
        for (guint v = 0; v < 3; v++)
          if (masks[i].others[f] >> v & 1)
            item_set_add (&out->others[f][v], i);
    }
}

static ItemSet
allowed_for (const AllowedBy *by,
             const guint     *values)
{
  const ItemSet *sets[] = {
    &by->levels[0][values[0]], &by->levels[1][values[1]], &by->levels[2][values[2]],
    &by->any_capacity[(values[0] << 4) | (values[1] << 2) | values[2]],
    &by->persistence_spread[values[D_PERSISTENCE] * 3 + values[D_SPREAD]],
    &by->others[0][values[D_GRIP]], &by->others[1][values[D_GOVERNANCE]],
    &by->others[2][values[D_VIEWS]], &by->others[3][values[D_EARLY]],
  };
  ItemSet result = *sets[0];

  for (guint i = 1; i < G_N_ELEMENTS (sets); i++)
    for (guint w = 0; w < 2; w++)
      result.bits[w] &= sets[i]->bits[w];
  return result;
}

/* The rules and items that the answers alone allow, for every answer
 * state, and the pairs of states one step apart. */
static void
compute_candidates (Checker *self)
{
  g_autofree AnswerMasks *rule_masks = g_new (AnswerMasks, self->n_rules);
  g_autofree AnswerMasks *item_masks = g_new (AnswerMasks, MAX (self->n_items, 1));
  g_autofree AllowedBy *rules_allowed = g_new (AllowedBy, 1);
  g_autofree AllowedBy *items_allowed = g_new (AllowedBy, 1);
  guint strides[N_ANSWER_DIMS];
  guint values[N_ANSWER_DIMS];

  for (guint r = 0; r < self->n_rules; r++)
    answer_masks (&((LadderRule *) self->rules->rules->pdata[r])->when, &rule_masks[r]);
  for (guint i = 0; i < self->n_items; i++)
    answer_masks (self->items[i].when, &item_masks[i]);
  allowed_by (rule_masks, self->n_rules, rules_allowed);
  allowed_by (item_masks, self->n_items, items_allowed);
  for (guint d = 0; d < N_ANSWER_DIMS; d++)
    strides[d] = stride_of (d);

  self->moves = g_array_new (FALSE, FALSE, sizeof (Move));
  for (guint s = 0; s < N_ANSWER_STATES; s++)
    {
      decode_answers (s, values);
      self->rule_candidates[s] = allowed_for (rules_allowed, values).bits[0];
      self->item_candidates[s] = allowed_for (items_allowed, values);

      /* Moves are compared only where every capacity has a level: a change
       * of rating never makes a level unknown or known. */
      if (values[D_SELF_ASSESSMENT] == 0 || values[D_STRATEGY] == 0 || values[D_IMPLEMENTATION] == 0)
        continue;
      for (guint d = 0; d < N_ANSWER_DIMS; d++)
        {
          Move move = { s, 0, d };

          if (d < 3)
            {
              /* A level may fall by two steps when one question decides it. */
              for (guint step = 1; step <= 2; step++)
                if (values[d] > step)
                  {
                    move.worse = s - step * strides[d];
                    g_array_append_val (self->moves, move);
                  }
            }
          else if (d == D_EARLY ? values[d] == LADDER_FLAG_STATE_YES : values[d] == 1)
            {
              move.worse = d == D_EARLY ? s - strides[d] : s + strides[d];
              g_array_append_val (self->moves, move);
            }
        }
    }
}

static int
rank_of_items (Checker       *self,
               const ItemSet *items)
{
  int rank = 0;

  for (guint w = 0; w < 2; w++)
    for (guint64 bits = items->bits[w]; bits != 0; bits &= bits - 1)
      rank = MAX (rank, self->items[w * 64 + __builtin_ctzll (bits)].rank);
  return rank;
}

static void
describe_answers (GString     *out,
                  const guint *values,
                  int          except)
{
  gboolean first = TRUE;

  for (guint d = 0; d < N_ANSWER_DIMS; d++)
    {
      const char *value;
      g_autofree char *lower = NULL;

      if ((int) d == except)
        continue;
      if (d < 3)
        value = lower = g_utf8_strdown (ladder_level_get_label (values[d]), -1);
      else if (d < D_VIEWS)
        value = facet_values[values[d]];
      else
        value = values[d] == 0 ? "not known" : values[d] == 1 ? "no" : "yes";
      g_string_append_printf (out, "%s%s: %s", first ? "" : ", ", answer_names[d], value);
      first = FALSE;
    }
}

static void
describe_value (GString *out,
                guint    dim,
                guint    value)
{
  g_autofree char *lower = NULL;

  if (dim < 3)
    g_string_append (out, (lower = g_utf8_strdown (ladder_level_get_label (value), -1)));
  else if (dim < D_VIEWS)
    g_string_append (out, facet_values[value]);
  else
    g_string_append (out, value == 0 ? "not known" : value == 1 ? "no" : "yes");
}

static void
describe_context (GString     *out,
                  const guint *context)
{
  g_autofree char *grade = g_utf8_strdown (ladder_grade_get_label (context[C_INSPECTION]), -1);
  g_autofree char *intervention = g_utf8_strdown (ladder_intervention_get_label (context[C_INTERVENTION]), -1);
  g_autofree char *stage = g_utf8_strdown (ladder_stage_get_label (context[C_STAGE]), -1);

  g_string_append_printf (out, "latest inspection: %s; intervention: %s; stage: %s; a strong council willing "
                          "to lead: %s; new leadership: %s; a recent inspection: %s; a new model by choice: %s",
                          grade, intervention, stage, ladder_flag_state_get_id (context[C_PARTNER]),
                          context[C_NEW_LEADERSHIP] ? "yes" : "no", context[C_RECENT_INSPECTION] ? "yes" : "no",
                          context[C_BY_CHOICE] ? "yes" : "no");
}

static const char *
advice_name (const LadderRule *rule)
{
  return rule->primary != NULL ? rule->primary : "no recommendation";
}

static gboolean
report (Checker     *self,
        const char  *problem,
        guint        better,
        guint        worse,
        guint        dim,
        const guint *context,
        GError     **error)
{
  const LadderRule *lighter = self->rules->rules->pdata[self->rule_of[worse]];
  const LadderRule *other = self->rules->rules->pdata[self->rule_of[better]];
  g_autoptr(GString) text = g_string_new (problem);
  guint values[N_ANSWER_DIMS], worse_values[N_ANSWER_DIMS];

  decode_answers (better, values);
  decode_answers (worse, worse_values);
  g_string_append_printf (text, ": the rule “%s” gives %s (heaviest package item rank %d) when %s is ", lighter->id,
                          advice_name (lighter), self->severity[worse] & 7, answer_names[dim]);
  describe_value (text, dim, worse_values[dim]);
  g_string_append_printf (text, ", but the rule “%s” gives %s (heaviest package item rank %d) when it is ", other->id,
                          advice_name (other), self->severity[better] & 7);
  describe_value (text, dim, values[dim]);
  g_string_append (text, " (with ");
  describe_answers (text, values, dim);
  g_string_append (text, "; ");
  describe_context (text, context);
  g_string_append (text, ")");
  ladder_json_doc_set_error (self->doc, error, lighter->path, "%s", text->str);
  return FALSE;
}

/* Compares every known state with its one-step worse neighbours. */
static gboolean
check_moves (Checker     *self,
             const guint *context,
             GError     **error)
{
  const Move *moves = (const Move *) self->moves->data;

  /* Lighter support for worse answers is the graver fault: look for it
   * everywhere first. */
  for (guint m = 0; m < self->moves->len; m++)
    {
      guint s = moves[m].better, t = moves[m].worse;

      if (G_LIKELY (self->severity[t] >= self->severity[s]))
        continue;
      return report (self, (self->severity[s] >> 3) > (self->severity[t] >> 3)
                     ? "worse answers would bring lighter support"
                     : "worse answers would take the heaviest form out of the package",
                     s, t, moves[m].dim, context, error);
    }
  for (guint m = 0; m < self->moves->len; m++)
    {
      guint s = moves[m].better, t = moves[m].worse;
      int better_rank = self->severity[s] >> 3, worse_rank = self->severity[t] >> 3;

      if (G_LIKELY (better_rank == 0 || worse_rank <= better_rank + 1))
        continue;
      return report (self, "a change of one answer would move the advice two steps up the order of escalation",
                     s, t, moves[m].dim, context, error);
    }
  self->stats->n_moves += self->moves->len;
  return TRUE;
}

static gboolean
check_context (Checker     *self,
               const guint *context,
               GError     **error)
{
  LadderRuleState state = { 0 };
  guint64 eligible_rules = 0;
  ItemSet eligible_items = { { 0, 0 } };
  g_autofree char *signature = NULL;

  fill_context (context, &state);
  for (guint r = 0; r < self->n_rules; r++)
    if (context_matches (&((LadderRule *) self->rules->rules->pdata[r])->when, &state))
      eligible_rules |= G_GUINT64_CONSTANT (1) << r;
  for (guint i = 0; i < self->n_items; i++)
    if (context_matches (self->items[i].when, &state))
      item_set_add (&eligible_items, i);
  self->stats->n_contexts++;
  self->stats->n_states += N_ANSWER_STATES;

  if (self->seen != NULL)
    {
      /* Contexts that enable the same rules, and the same items able to
       * make a package heavier than its rule, give the same table. */
      signature = g_strdup_printf ("%" G_GINT64_MODIFIER "x/%" G_GINT64_MODIFIER "x/%" G_GINT64_MODIFIER "x",
                                   eligible_rules, eligible_items.bits[0] & self->weighty.bits[0],
                                   eligible_items.bits[1] & self->weighty.bits[1]);
      if (!g_hash_table_add (self->seen, g_steal_pointer (&signature)))
        return TRUE;
    }

  for (guint s = 0; s < N_ANSWER_STATES; s++)
    {
      guint64 candidates = self->rule_candidates[s] & eligible_rules;
      ItemSet items;
      guint r;

      /* The last rule has no conditions, so something always matches. */
      g_assert (candidates != 0);
      r = __builtin_ctzll (candidates);
      for (guint w = 0; w < 2; w++)
        items.bits[w] = self->item_candidates[s].bits[w] & eligible_items.bits[w] & self->rule_items[r].bits[w];
      self->rule_of[s] = r;
      self->severity[s] = (self->rule_rank[r] << 3) | MAX (rank_of_items (self, &items), self->rule_rank[r]);
      self->reached |= G_GUINT64_CONSTANT (1) << r;
    }
  return check_moves (self, context, error);
}

/* Values of one context input that no condition tells apart behave alike:
 * keep the first of each kind. */
static guint
representatives (Checker *self,
                 guint    dim,
                 guint   *out)
{
  g_autoptr(GPtrArray) conditions = g_ptr_array_new ();
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = 0;

  for (guint r = 0; r < self->n_rules; r++)
    g_ptr_array_add (conditions, &((LadderRule *) self->rules->rules->pdata[r])->when);
  for (guint i = 0; i < self->n_items; i++)
    g_ptr_array_add (conditions, (gpointer) self->items[i].when);
  for (guint v = 0; v < context_sizes[dim]; v++)
    {
      g_autoptr(GString) kind = g_string_new (NULL);

      for (guint c = 0; c < conditions->len; c++)
        {
          const LadderCondition *when = conditions->pdata[c];
          guint mask = 0;

          switch (dim)
            {
            case C_INSPECTION: mask = when->inspection; break;
            case C_INTERVENTION: mask = when->intervention; break;
            case C_STAGE: mask = when->stages; break;
            case C_PARTNER: mask = when->strong_partner; break;
            case C_NEW_LEADERSHIP: mask = when->any_context & LADDER_CONTEXT_NEW_LEADERSHIP ? 2 : 0; break;
            case C_RECENT_INSPECTION: mask = when->any_context & LADDER_CONTEXT_RECENT_INSPECTION ? 2 : 0; break;
            case C_BY_CHOICE: mask = when->any_context & LADDER_CONTEXT_NEW_MODEL_BY_CHOICE ? 2 : 0; break;
            default: g_assert_not_reached ();
            }
          g_string_append_c (kind, mask == 0 || (mask & (1u << v)) ? '1' : '0');
        }
      if (g_hash_table_add (kinds, g_string_free (g_steal_pointer (&kind), FALSE)))
        out[n++] = v;
    }
  return n;
}

static gboolean
check_contexts (Checker  *self,
                gboolean  every_context,
                GError  **error)
{
  guint values[N_CONTEXT_DIMS][8], counts[N_CONTEXT_DIMS], position[N_CONTEXT_DIMS] = { 0 };
  guint context[N_CONTEXT_DIMS];

  for (guint d = 0; d < N_CONTEXT_DIMS; d++)
    {
      if (every_context)
        {
          counts[d] = context_sizes[d];
          for (guint v = 0; v < counts[d]; v++)
            values[d][v] = v;
        }
      else
        counts[d] = representatives (self, d, values[d]);
    }
  for (;;)
    {
      int d;

      for (d = 0; d < N_CONTEXT_DIMS; d++)
        context[d] = values[d][position[d]];
      if (!check_context (self, context, error))
        return FALSE;
      for (d = N_CONTEXT_DIMS - 1; d >= 0; d--)
        {
          if (++position[d] < counts[d])
            break;
          position[d] = 0;
        }
      if (d < 0)
        return TRUE;
    }
}

/**
 * ladder_rules_check:
 * @rules: rules just parsed
 * @doc: the rules file, for the line and column of a problem
 * @form_ranks: form id to its place in the order of escalation (1 the
 *   lightest); kinds of a form share its place
 * @every_context: try every context rather than one of each kind the
 *   conditions tell apart (slower; for the tests)
 * @stats: (out) (optional): what was tried
 * @error: return location for an error naming the rule and the property
 *
 * Checks the decision model's properties over every combination of the
 * rules' inputs.
 *
 * Returns: %TRUE when the rules have every property.
 */
gboolean
ladder_rules_check (LadderRules           *rules,
                    LadderJsonDoc         *doc,
                    GHashTable            *form_ranks,
                    gboolean               every_context,
                    LadderRulesCheckStats *stats,
                    GError               **error)
{
  LadderRulesCheckStats local_stats = { 0 };
  Checker self = { 0 };
  gboolean ok;

  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (form_ranks != NULL, FALSE);

  self.rules = rules;
  self.doc = doc;
  self.n_rules = rules->rules->len;
  self.stats = stats != NULL ? stats : &local_stats;
  memset (self.stats, 0, sizeof *self.stats);
  for (guint r = 0; r < self.n_rules; r++)
    {
      LadderRule *rule = rules->rules->pdata[r];
      guint first = self.n_items;

      self.rule_rank[r] = ladder_rules_get_rank (rules, rule->primary);
      if (!add_items (&self, rule->package, r, form_ranks, error))
        return FALSE;
      for (guint i = first; i < self.n_items; i++)
        item_set_add (&self.rule_items[r], i);
    }
  {
    guint first = self.n_items;

    if (!add_items (&self, rules->package, -1, form_ranks, error))
      return FALSE;
    for (guint r = 0; r < self.n_rules; r++)
      for (guint i = first; i < self.n_items && self.rule_rank[r] > 0; i++)
        item_set_add (&self.rule_items[r], i);
  }

  for (guint i = 0; i < self.n_items; i++)
    for (guint r = 0; r < self.n_rules; r++)
      if ((self.rule_items[r].bits[i / 64] >> (i % 64) & 1) && self.items[i].rank > self.rule_rank[r])
        item_set_add (&self.weighty, i);

  self.rule_candidates = g_new (guint64, N_ANSWER_STATES);
  self.item_candidates = g_new (ItemSet, N_ANSWER_STATES);
  self.severity = g_new (guint8, N_ANSWER_STATES);
  self.rule_of = g_new (guint8, N_ANSWER_STATES);
  self.seen = every_context ? NULL : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  compute_candidates (&self);
  ok = check_contexts (&self, every_context, error);
  for (guint r = 0; ok && r < self.n_rules; r++)
    if ((self.reached & (G_GUINT64_CONSTANT (1) << r)) == 0)
      {
        LadderRule *rule = rules->rules->pdata[r];

        ladder_json_doc_set_error (doc, error, rule->path, "the rule “%s” can never apply: the rules before it "
                                   "cover every case it describes", rule->id);
        ok = FALSE;
      }
  g_free (self.rule_candidates);
  g_free (self.item_candidates);
  g_free (self.severity);
  g_free (self.rule_of);
  g_clear_pointer (&self.seen, g_hash_table_unref);
  g_clear_pointer (&self.moves, g_array_unref);
  return ok;
}
