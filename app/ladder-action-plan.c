/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The action plan worked on: the actions filtered by owner and status (or
 * overdue, from a date the caller gives) and sorted for a list, the
 * distinct owners, what each action is linked to in words, and the plan
 * as CSV.
 *
 * The CSV is a LadderTable written by ladder_table_to_csv(), as a chart's
 * figures are: RFC 4180 quoting, CR LF, a UTF-8 byte order mark, and text
 * a spreadsheet would run as a formula neutralised the same way. It goes
 * to disk through ladder_file_write_atomic(). A mismatch id is opaque here
 * ("question-id/rule/indicator", from the mismatch engine): only its first
 * part, the question, is read. */
#include "config.h"

#include <string.h>

#include "ladder-action-plan.h"
#include "ladder-atomic-file.h"
#include "ladder-table.h"

G_STATIC_ASSERT (LADDER_ACTION_FILTER_NOT_STARTED == 1 + LADDER_ACTION_NOT_STARTED);
G_STATIC_ASSERT (LADDER_ACTION_FILTER_DONE == 1 + LADDER_ACTION_DONE);
G_STATIC_ASSERT (LADDER_ACTION_FILTER_OVERDUE == 1 + LADDER_N_ACTION_STATUSES);

static const char * const filter_labels[LADDER_N_ACTION_FILTERS] = {
  "All", "Not started", "On track", "At risk", "Done", "Overdue",
};
static const char * const sort_labels[LADDER_N_ACTION_SORTS] = {
  "Due date", "Owner", "Status",
};

/* One action as the sort sees it, its keys made once. */
typedef struct
{
  guint               index;
  const char         *due;         /* NULL when none */
  char               *owner;       /* collation key, NULL when no owner */
  LadderActionStatus  status;
} Item;

static gboolean
blank (const char *text)
{
  for (const char *c = text; c != NULL && *c != '\0'; c++)
    if (!g_ascii_isspace (*c))
      return FALSE;
  return TRUE;
}

/* An owner as compared: case folded and composed, so that "Head of
 * Service" and "head of service" are one owner; "" for none. */
static char *
owner_fold (const char *owner)
{
  g_autofree char *folded = NULL;

  if (blank (owner))
    return g_strdup ("");
  folded = g_utf8_casefold (owner, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);
}

static int
compare_text_last (const char *a,
                   const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return strcmp (a, b);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Item *x = a, *y = b;
  LadderActionSort sort = GPOINTER_TO_INT (user_data);
  int order = 0;

  if (sort == LADDER_ACTION_SORT_OWNER)
    order = compare_text_last (x->owner, y->owner);
  else if (sort == LADDER_ACTION_SORT_STATUS)
    order = (x->status > y->status) - (x->status < y->status);
  if (order == 0)
    order = compare_text_last (x->due, y->due);
  /* Ties keep the plan's own order, so a list never shuffles. */
  if (order == 0)
    order = (x->index > y->index) - (x->index < y->index);
  return order;
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->owner);
}

/**
 * ladder_action_filter_for_status:
 * @status: an action's status
 *
 * Returns: the filter that shows the actions with @status.
 */
LadderActionFilter
ladder_action_filter_for_status (LadderActionStatus status)
{
  g_return_val_if_fail (status < LADDER_N_ACTION_STATUSES, LADDER_ACTION_FILTER_ALL);
  return LADDER_ACTION_FILTER_NOT_STARTED + status;
}

/**
 * ladder_action_filter_get_label:
 * @filter: a filter
 *
 * Returns: its name for a drop-down, such as "Overdue".
 */
const char *
ladder_action_filter_get_label (LadderActionFilter filter)
{
  g_return_val_if_fail (filter < LADDER_N_ACTION_FILTERS, NULL);
  return filter_labels[filter];
}

/**
 * ladder_action_sort_get_label:
 * @sort: an order
 *
 * Returns: its name for a drop-down, such as "Due date".
 */
const char *
ladder_action_sort_get_label (LadderActionSort sort)
{
  g_return_val_if_fail (sort < LADDER_N_ACTION_SORTS, NULL);
  return sort_labels[sort];
}

/**
 * ladder_action_plan_dup_today:
 *
 * Returns: (transfer full): today's local date, YYYY-MM-DD, the date
 *   overdue is worked out from when none is given.
 */
char *
ladder_action_plan_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * ladder_action_plan_select:
 * @assessment: the assessment
 * @owner: (nullable): only the actions of this owner, compared whole but
 *   regardless of case ("" for the actions with no owner); %NULL for all
 * @filter: which statuses, or only those overdue
 * @sort: the order
 * @today: (nullable): the date overdue is worked out from, YYYY-MM-DD;
 *   %NULL for today's
 *
 * Returns: (transfer full) (element-type guint): the indices of the
 *   actions to show, as ladder_assessment_get_action() takes them, in
 *   order; actions that tie stay in the plan's order.
 */
GArray *
ladder_action_plan_select (LadderAssessment   *assessment,
                           const char         *owner,
                           LadderActionFilter  filter,
                           LadderActionSort    sort,
                           const char         *today)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree char *wanted = owner != NULL ? owner_fold (owner) : NULL;
  g_autofree char *now = today == NULL ? ladder_action_plan_dup_today () : NULL;
  const char *date = today != NULL ? today : now;
  GArray *indices;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (filter < LADDER_N_ACTION_FILTERS && sort < LADDER_N_ACTION_SORTS, NULL);
  g_array_set_clear_func (items, item_clear);
  for (guint i = 0; i < ladder_assessment_get_n_actions (assessment); i++)
    {
      const LadderAction *action = ladder_assessment_get_action (assessment, i);
      g_autofree char *folded = owner_fold (action->owner);
      Item item = { i, action->due, NULL, action->status };

      if (wanted != NULL && strcmp (folded, wanted) != 0)
        continue;
      if (filter == LADDER_ACTION_FILTER_OVERDUE
          ? !ladder_action_is_overdue (action, date)
          : filter != LADDER_ACTION_FILTER_ALL && filter != ladder_action_filter_for_status (action->status))
        continue;
      if (sort == LADDER_ACTION_SORT_OWNER && *folded != '\0')
        item.owner = g_utf8_collate_key (folded, -1);
      g_array_append_val (items, item);
    }
  g_array_sort_with_data (items, compare_items, GINT_TO_POINTER (sort));
  indices = g_array_sized_new (FALSE, FALSE, sizeof (guint), items->len);
  for (guint i = 0; i < items->len; i++)
    g_array_append_val (indices, g_array_index (items, Item, i).index);
  return indices;
}

/**
 * ladder_action_plan_dup_owners:
 * @assessment: the assessment
 *
 * Owners that differ only in case are one owner, spelt as it is first
 * written in the plan. Actions with no owner add none.
 *
 * Returns: (transfer full) (element-type utf8): the distinct owners in
 *   alphabetical order.
 */
GPtrArray *
ladder_action_plan_dup_owners (LadderAssessment *assessment)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  GPtrArray *owners;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);
  g_array_set_clear_func (items, item_clear);
  for (guint i = 0; i < ladder_assessment_get_n_actions (assessment); i++)
    {
      const LadderAction *action = ladder_assessment_get_action (assessment, i);
      g_autofree char *folded = owner_fold (action->owner);
      Item item = { i, NULL, NULL, 0 };

      if (*folded == '\0' || g_hash_table_contains (seen, folded))
        continue;
      item.owner = g_utf8_collate_key (folded, -1);
      g_array_append_val (items, item);
      g_hash_table_add (seen, g_steal_pointer (&folded));
    }
  g_array_sort_with_data (items, compare_items, GINT_TO_POINTER (LADDER_ACTION_SORT_OWNER));
  owners = g_ptr_array_new_full (items->len, g_free);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderAction *action = ladder_assessment_get_action (assessment, g_array_index (items, Item, i).index);

      g_ptr_array_add (owners, g_strdup (action->owner));
    }
  return owners;
}

/**
 * ladder_action_plan_count_overdue:
 * @assessment: the assessment
 * @today: (nullable): the date, YYYY-MM-DD; %NULL for today's
 *
 * Returns: how many actions are not done and past their due date.
 */
guint
ladder_action_plan_count_overdue (LadderAssessment *assessment,
                                  const char       *today)
{
  g_autofree char *now = today == NULL ? ladder_action_plan_dup_today () : NULL;
  const char *date = today != NULL ? today : now;
  guint n = 0;

  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), 0);
  for (guint i = 0; i < ladder_assessment_get_n_actions (assessment); i++)
    n += ladder_action_is_overdue (ladder_assessment_get_action (assessment, i), date);
  return n;
}

/* A success factor of a form, or an item of the design checklist. */
static char *
describe_checklist_item (LadderContent *content,
                         const char    *id)
{
  GPtrArray *forms = ladder_content_get_forms (content);
  GPtrArray *design = ladder_content_get_design_checklist (content);

  for (guint f = 0; f < forms->len; f++)
    {
      const LadderForm *form = forms->pdata[f];

      for (guint i = 0; i < form->success_factors->len; i++)
        {
          const LadderChecklistItem *item = form->success_factors->pdata[i];

          if (strcmp (item->id, id) == 0)
            return g_strdup_printf ("Success factor for %s: %s", form->name, item->text);
        }
    }
  for (guint i = 0; i < design->len; i++)
    {
      const LadderChecklistItem *item = design->pdata[i];

      if (strcmp (item->id, id) == 0)
        return g_strdup_printf ("Design checklist: %s", item->text);
    }
  return g_strdup_printf ("Success factor “%s”, not in this version’s library", id);
}

/* "question-id/rule/indicator": the question's statement, then the rest
 * as it is. */
static char *
describe_mismatch (LadderContent *content,
                   const char    *id)
{
  const char *slash = strchr (id, '/');
  g_autofree char *question_id = slash != NULL ? g_strndup (id, slash - id) : g_strdup (id);
  const LadderQuestion *question = ladder_content_find_question (content, question_id);

  if (question == NULL)
    return g_strdup_printf ("Answers against the evidence: %s", id);
  if (slash == NULL || slash[1] == '\0')
    return g_strdup_printf ("Answers against the evidence: %s", question->statement);
  return g_strdup_printf ("Answers against the evidence: %s (%s)", question->statement, slash + 1);
}

/**
 * ladder_action_plan_describe_link:
 * @content: the question bank and library
 * @action: an action
 *
 * What the action answers, in words: a question's statement, a success
 * factor's or design checklist item's text, or, for a mismatch between
 * the answers and the evidence, its question's statement. An id the
 * content does not have is shown as it is. The text is not sanitised.
 *
 * Returns: (transfer full): the description; empty when not linked.
 */
char *
ladder_action_plan_describe_link (LadderContent      *content,
                                  const LadderAction *action)
{
  const LadderQuestion *question;

  g_return_val_if_fail (content != NULL && action != NULL, NULL);
  if (action->link_kind == LADDER_LINK_NONE || blank (action->link))
    return g_strdup ("");
  if (action->link_kind == LADDER_LINK_SUCCESS_FACTOR)
    return describe_checklist_item (content, action->link);
  if (action->link_kind == LADDER_LINK_MISMATCH)
    return describe_mismatch (content, action->link);
  g_return_val_if_fail (action->link_kind == LADDER_LINK_QUESTION, NULL);
  question = ladder_content_find_question (content, action->link);
  if (question == NULL)
    return g_strdup_printf ("Question “%s”, not in this version’s question bank", action->link);
  return g_strdup_printf ("Question: %s", question->statement);
}

/**
 * ladder_action_plan_to_csv:
 * @content: the question bank and library
 * @assessment: the assessment
 * @today: (nullable): the date overdue is worked out from, YYYY-MM-DD;
 *   %NULL for today's
 *
 * The plan soonest due first, with columns Action, Owner, Due, Status,
 * Overdue (yes or no) and Linked to, in the CSV every table of Ladder's
 * is written as (see ladder_table_to_csv()).
 *
 * Returns: (transfer full): the CSV's bytes.
 */
GBytes *
ladder_action_plan_to_csv (LadderContent    *content,
                           LadderAssessment *assessment,
                           const char       *today)
{
  static const char * const headers[] = { "Action", "Owner", "Due", "Status", "Overdue", "Linked to" };
  g_autoptr(LadderTable) table = ladder_table_new (G_N_ELEMENTS (headers));
  g_autofree char *now = today == NULL ? ladder_action_plan_dup_today () : NULL;
  const char *date = today != NULL ? today : now;
  g_autoptr(GArray) order = NULL;
  char *csv;
  gsize length;

  g_return_val_if_fail (content != NULL && LADDER_IS_ASSESSMENT (assessment), NULL);
  order = ladder_action_plan_select (assessment, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, date);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    ladder_table_set_header (table, c, headers[c], FALSE);
  for (guint i = 0; i < order->len; i++)
    {
      const LadderAction *action = ladder_assessment_get_action (assessment, g_array_index (order, guint, i));
      guint row = ladder_table_add_row (table);

      ladder_table_set (table, row, 0, action->description);
      ladder_table_set (table, row, 1, action->owner);
      ladder_table_set (table, row, 2, action->due);
      ladder_table_set (table, row, 3, ladder_action_status_get_label (action->status));
      ladder_table_set (table, row, 4, ladder_action_is_overdue (action, date) ? "yes" : "no");
      ladder_table_take (table, row, 5, ladder_action_plan_describe_link (content, action));
    }
  csv = ladder_table_to_csv (table, &length);
  return g_bytes_new_take (csv, length);
}

/**
 * ladder_action_plan_write_csv:
 * @content: the question bank and library
 * @assessment: the assessment
 * @today: (nullable): the date overdue is worked out from; %NULL for today's
 * @path: where to write; replaced whole, or not at all
 * @error: return location for an error
 *
 * Writes ladder_action_plan_to_csv() to @path.
 *
 * Returns: %TRUE when the file was written.
 */
gboolean
ladder_action_plan_write_csv (LadderContent    *content,
                              LadderAssessment *assessment,
                              const char       *today,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(GBytes) csv = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  csv = ladder_action_plan_to_csv (content, assessment, today);
  data = g_bytes_get_data (csv, &length);
  return ladder_file_write_atomic (path, data, length, error);
}
