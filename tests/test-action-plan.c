/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the action plan engine: filters by owner and status, overdue
 * from a given date, the three orders, the distinct owners, what each
 * link says, and the CSV read back with Ladder's own reader (byte order
 * mark, quoting, formulas neutralised, written atomically). */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ladder-action-plan.h"
#include "ladder-csv-reader.h"

#define TODAY "2026-03-02"

typedef struct
{
  LadderContent    *content;
  LadderAssessment *assessment;
} Fixture;

/* Six actions, in this order in the plan (a1 to a6):
 *   a1 Head of Service, 2026-03-01, at risk, a question       (overdue on TODAY)
 *   a2 head of service, 2026-06-30, on track, a success factor
 *   a3 Chief executive, no date, not started, a mismatch      (a formula)
 *   a4 no owner,        2026-01-15, done, the design checklist (comma, quotes, line break)
 *   a5 Director,        2026-02-01, not started, no link      (overdue)
 *   a6 Chief Executive, 2026-02-01, on track, an unknown question (overdue) */
static const LadderAction plan[] = {
  { NULL, "Audit every plan without a review date", "Head of Service", "2026-03-01", LADDER_ACTION_AT_RISK,
    LADDER_LINK_QUESTION, "sa-data-and-audits" },
  { NULL, "Train managers in supervision", "head of service", "2026-06-30", LADDER_ACTION_ON_TRACK,
    LADDER_LINK_SUCCESS_FACTOR, "sl-rigour" },
  { NULL, "=1+1", "Chief executive", NULL, LADDER_ACTION_NOT_STARTED,
    LADDER_LINK_MISMATCH, "sa-data-and-audits/rule-7/CIN_RATE" },
  { NULL, "Agree the aims, \"in writing\",\nwith partners", NULL, "2026-01-15", LADDER_ACTION_DONE,
    LADDER_LINK_SUCCESS_FACTOR, "dc-aims-agreed" },
  { NULL, "\tStart the panel", "Director", "2026-02-01", LADDER_ACTION_NOT_STARTED, LADDER_LINK_NONE, NULL },
  { NULL, "Ask the board", "Chief Executive", "2026-02-01", LADDER_ACTION_ON_TRACK,
    LADDER_LINK_QUESTION, "no-such-question" },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;

  f->content = ladder_content_get_default (&error);
  g_assert_no_error (error);
  f->assessment = ladder_assessment_new ();
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      g_autofree char *id = ladder_assessment_add_action (f->assessment, &plan[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (id);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  unused)
{
  g_clear_object (&f->assessment);
  g_clear_pointer (&f->content, ladder_content_unref);
}

/* The selection as "a4 a5 a6", for messages that say what came out. */
static char *
names (GArray *indices)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    g_string_append_printf (out, "%sa%u", i > 0 ? " " : "", g_array_index (indices, guint, i) + 1);
  return g_string_free (out, FALSE);
}

static void
expect (Fixture            *f,
        const char         *owner,
        LadderActionFilter  filter,
        LadderActionSort    sort,
        const char         *today,
        const char         *expected)
{
  g_autoptr(GArray) indices = ladder_action_plan_select (f->assessment, owner, filter, sort, today);
  g_autofree char *got = names (indices);

  g_test_message ("owner %s, filter %s, sort %s, on %s: %s", owner != NULL ? owner : "(any)",
                  ladder_action_filter_get_label (filter), ladder_action_sort_get_label (sort), today, got);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_filters_and_sorts (Fixture       *f,
                        gconstpointer  unused)
{
  /* Soonest first, no date last, a tie in the plan's order. */
  expect (f, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, TODAY, "a4 a5 a6 a1 a2 a3");
  /* Owners compared whole, regardless of case; "" is no owner. */
  expect (f, "HEAD OF SERVICE", LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, TODAY, "a1 a2");
  expect (f, "head", LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, TODAY, "");
  expect (f, "", LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_DUE, TODAY, "a4");
  /* A status, and overdue from the date given. */
  expect (f, NULL, ladder_action_filter_for_status (LADDER_ACTION_AT_RISK), LADDER_ACTION_SORT_DUE, TODAY, "a1");
  expect (f, NULL, ladder_action_filter_for_status (LADDER_ACTION_DONE), LADDER_ACTION_SORT_DUE, TODAY, "a4");
  expect (f, NULL, LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE, TODAY, "a5 a6 a1");
  expect (f, NULL, LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE, "2026-02-15", "a5 a6");
  expect (f, NULL, LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE, "2026-02-01", "");
  /* The done action is never overdue, however late. */
  expect (f, NULL, LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE, "2099-01-01", "a5 a6 a1 a2");
  expect (f, "chief executive", LADDER_ACTION_FILTER_OVERDUE, LADDER_ACTION_SORT_DUE, TODAY, "a6");
  /* By owner (no owner last), then by due date. */
  expect (f, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_OWNER, TODAY, "a6 a3 a5 a1 a2 a4");
  /* By status in its order, then by due date. */
  expect (f, NULL, LADDER_ACTION_FILTER_ALL, LADDER_ACTION_SORT_STATUS, TODAY, "a5 a3 a6 a2 a1 a4");

  g_assert_cmpuint (ladder_action_plan_count_overdue (f->assessment, TODAY), ==, 3);
  g_assert_cmpuint (ladder_action_plan_count_overdue (f->assessment, "2026-01-01"), ==, 0);
  g_assert_cmpint (ladder_action_filter_for_status (LADDER_ACTION_ON_TRACK), ==, LADDER_ACTION_FILTER_ON_TRACK);
  g_assert_cmpstr (ladder_action_filter_get_label (LADDER_ACTION_FILTER_OVERDUE), ==, "Overdue");
  {
    g_autofree char *today = ladder_action_plan_dup_today ();

    g_assert_true (ladder_date_is_valid (today));
  }
}

/* One spelling per owner, the first the plan has, in alphabetical order. */
static void
test_owners (Fixture       *f,
             gconstpointer  unused)
{
  g_autoptr(GPtrArray) owners = ladder_action_plan_dup_owners (f->assessment);
  g_autoptr(LadderAssessment) empty = ladder_assessment_new ();
  g_autoptr(GPtrArray) none = ladder_action_plan_dup_owners (empty);

  g_assert_cmpuint (owners->len, ==, 3);
  g_assert_cmpstr (owners->pdata[0], ==, "Chief executive");
  g_assert_cmpstr (owners->pdata[1], ==, "Director");
  g_assert_cmpstr (owners->pdata[2], ==, "Head of Service");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_links (Fixture       *f,
            gconstpointer  unused)
{
  const LadderQuestion *question = ladder_content_find_question (f->content, "sa-data-and-audits");
  const LadderForm *form = ladder_content_find_form (f->content, "sector-led");
  const LadderChecklistItem *factor = NULL, *design = NULL;
  GPtrArray *checklist = ladder_content_get_design_checklist (f->content);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  LadderAction odd = plan[2];

  for (guint i = 0; i < form->success_factors->len; i++)
    if (strcmp (((LadderChecklistItem *) form->success_factors->pdata[i])->id, "sl-rigour") == 0)
      factor = form->success_factors->pdata[i];
  for (guint i = 0; i < checklist->len; i++)
    if (strcmp (((LadderChecklistItem *) checklist->pdata[i])->id, "dc-aims-agreed") == 0)
      design = checklist->pdata[i];
  g_assert_nonnull (question);
  g_assert_nonnull (factor);
  g_assert_nonnull (design);

  text = ladder_action_plan_describe_link (f->content, &plan[0]);
  expected = g_strdup_printf ("Question: %s", question->statement);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  text = ladder_action_plan_describe_link (f->content, &plan[1]);
  expected = g_strdup_printf ("Success factor for %s: %s", form->name, factor->text);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* A mismatch: its question's statement, the rest of its id as it is. */
  text = ladder_action_plan_describe_link (f->content, &plan[2]);
  expected = g_strdup_printf ("Answers against the evidence: %s (rule-7/CIN_RATE)", question->statement);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  text = ladder_action_plan_describe_link (f->content, &plan[3]);
  expected = g_strdup_printf ("Design checklist: %s", design->text);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  text = ladder_action_plan_describe_link (f->content, &plan[4]);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* Ids this version does not have are shown as they are. */
  text = ladder_action_plan_describe_link (f->content, &plan[5]);
  g_assert_cmpstr (text, ==, "Question “no-such-question”, not in this version’s question bank");
  g_clear_pointer (&text, g_free);
  odd.link = "gone-question/rule-1/X";
  text = ladder_action_plan_describe_link (f->content, &odd);
  g_assert_cmpstr (text, ==, "Answers against the evidence: gone-question/rule-1/X");
  g_clear_pointer (&text, g_free);
  odd.link_kind = LADDER_LINK_SUCCESS_FACTOR;
  odd.link = "no-factor";
  text = ladder_action_plan_describe_link (f->content, &odd);
  g_assert_nonnull (strstr (text, "no-factor"));
}

typedef struct
{
  GPtrArray *rows;     /* each a GPtrArray of fields */
  GPtrArray *current;
} Collected;

static void
collect_field (LadderCsvReader *reader,
               guint            column,
               const char      *text,
               gsize            length,
               gpointer         user_data)
{
  Collected *collected = user_data;

  if (collected->current == NULL)
    collected->current = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (collected->current, g_strndup (text, length));
}

static void
collect_row (LadderCsvReader *reader,
             guint            n_fields,
             gpointer         user_data)
{
  Collected *collected = user_data;

  g_ptr_array_add (collected->rows, g_steal_pointer (&collected->current));
}

static const char *
field (Collected *collected,
       guint      row,
       guint      column)
{
  GPtrArray *fields = collected->rows->pdata[row];

  g_assert_cmpuint (column, <, fields->len);
  return fields->pdata[column];
}

/* The CSV as Ladder's own reader sees it: a byte order mark, the header,
 * a row per action soonest due first, quoted fields whole, a formula and
 * a leading tab neutralised; the bytes in memory and on disk the same;
 * a folder that is not there is an error. */
static void
test_csv (Fixture       *f,
          gconstpointer  unused)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-action-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "plan.csv", NULL);
  g_autoptr(GBytes) bytes = ladder_action_plan_to_csv (f->content, f->assessment, TODAY);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *link = NULL;
  static const char * const headers[] = { "Action", "Owner", "Due", "Status", "Overdue", "Linked to" };
  Collected collected = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref), NULL };
  LadderCsvInfo info;
  gsize length;

  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  g_assert_true (ladder_action_plan_write_csv (f->content, f->assessment, TODAY, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpmem (contents, 3, "\xef\xbb\xbf", 3);
  /* On disk, the formula behind an apostrophe, inside quotes. */
  g_assert_nonnull (strstr (contents, "\r\n\"'=1+1\",Chief executive,,Not started,no,"));
  g_assert_nonnull (strstr (contents, "\"Agree the aims, \"\"in writing\"\",\nwith partners\""));

  g_assert_true (ladder_csv_read (path, "plan.csv", collect_field, collect_row, &collected, &info, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.encoding, ==, LADDER_CSV_UTF8_BOM);
  g_assert_cmpint (info.delimiter, ==, ',');
  ladder_csv_info_clear (&info);
  g_assert_cmpuint (collected.rows->len, ==, 1 + G_N_ELEMENTS (plan));
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_assert_cmpstr (field (&collected, 0, c), ==, headers[c]);
  /* Row 1 is a4, done: its comma, quotes and line break come back whole. */
  g_assert_cmpstr (field (&collected, 1, 0), ==, plan[3].description);
  g_assert_cmpstr (field (&collected, 1, 1), ==, "");
  g_assert_cmpstr (field (&collected, 1, 2), ==, "2026-01-15");
  g_assert_cmpstr (field (&collected, 1, 3), ==, "Done");
  g_assert_cmpstr (field (&collected, 1, 4), ==, "no");
  /* a5: a leading tab is neutralised too, and it is overdue. */
  g_assert_cmpstr (field (&collected, 2, 0), ==, "'\tStart the panel");
  g_assert_cmpstr (field (&collected, 2, 4), ==, "yes");
  g_assert_cmpstr (field (&collected, 2, 5), ==, "");
  /* a1, at risk and overdue, with its question. */
  link = ladder_action_plan_describe_link (f->content, &plan[0]);
  g_assert_cmpstr (field (&collected, 4, 0), ==, plan[0].description);
  g_assert_cmpstr (field (&collected, 4, 1), ==, "Head of Service");
  g_assert_cmpstr (field (&collected, 4, 3), ==, "At risk");
  g_assert_cmpstr (field (&collected, 4, 4), ==, "yes");
  g_assert_cmpstr (field (&collected, 4, 5), ==, link);
  g_assert_cmpstr (field (&collected, 5, 4), ==, "no");
  /* a3 last, with no date: the formula is text. */
  g_assert_cmpstr (field (&collected, 6, 0), ==, "'=1+1");
  g_assert_cmpstr (field (&collected, 6, 2), ==, "");
  g_assert_true (g_str_has_prefix (field (&collected, 6, 5), "Answers against the evidence: "));

  /* Nowhere to write: an error. */
  g_assert_false (ladder_action_plan_write_csv (f->content, f->assessment, TODAY, missing, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_ptr_array_unref (collected.rows);
  g_unlink (path);
  g_rmdir (dir);
}

/* An empty plan is a header alone. */
static void
test_csv_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(GBytes) bytes = ladder_action_plan_to_csv (content, assessment, NULL);
  const char *expected = "\xef\xbb\xbf" "Action,Owner,Due,Status,Overdue,Linked to\r\n";

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, strlen (expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/action-plan/filters-and-sorts", Fixture, NULL, fixture_set_up, test_filters_and_sorts,
              fixture_tear_down);
  g_test_add ("/action-plan/owners", Fixture, NULL, fixture_set_up, test_owners, fixture_tear_down);
  g_test_add ("/action-plan/links", Fixture, NULL, fixture_set_up, test_links, fixture_tear_down);
  g_test_add ("/action-plan/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add_func ("/action-plan/csv-empty", test_csv_empty);

  return g_test_run ();
}
