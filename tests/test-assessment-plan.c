/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for what follows the answers: the evidence log, the action plan
 * and a follow-up's earlier review, in memory, in the file and through
 * the document's undo. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-document.h"

static LadderContent *
content (void)
{
  g_autoptr(GError) error = NULL;
  LadderContent *bank = ladder_content_get_default (&error);

  g_assert_no_error (error);
  return bank;
}

static LadderEvidence
audit (const char *date)
{
  return (LadderEvidence) {
    .question = (char *) "sa-data-and-audits", .kind = LADDER_EVIDENCE_CASE_FILE_AUDIT, .date = (char *) date,
    .found = (char *) "Eight of twelve plans had no review date (fictional).", .bearing = LADDER_BEARING_CONTRADICTS,
  };
}

static LadderAction
action (const char        *due,
        LadderActionStatus status)
{
  return (LadderAction) {
    .description = (char *) "Audit every plan without a review date", .owner = (char *) "Head of service",
    .due = (char *) due, .status = status, .link_kind = LADDER_LINK_QUESTION, .link = (char *) "sa-data-and-audits",
  };
}

static void
test_entry_checks (void)
{
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(GError) error = NULL;
  LadderEvidence entry = audit ("2026-02-30");
  LadderAction plan = action ("2026-13-01", LADDER_ACTION_ON_TRACK);
  g_autofree char *id = NULL;

  /* An impossible date is refused when entered, and says what it was. */
  g_assert_null (ladder_assessment_add_evidence (assessment, &entry, &error));
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  g_assert_null (ladder_assessment_add_action (assessment, &plan, &error));
  g_assert_nonnull (strstr (error->message, "2026-13-01"));
  g_clear_error (&error);
  entry.date = "2026-02-28";
  entry.found = "   ";
  g_assert_null (ladder_assessment_add_evidence (assessment, &entry, &error));
  g_clear_error (&error);
  g_assert_cmpuint (ladder_assessment_get_n_evidence (assessment), ==, 0);
  g_assert_false (ladder_assessment_get_modified (assessment));

  entry = audit ("2026-02-28");
  id = ladder_assessment_add_evidence (assessment, &entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "e1");
  g_assert_true (ladder_assessment_get_modified (assessment));

  /* Overdue: past its date and not done. */
  plan = action ("2026-03-01", LADDER_ACTION_AT_RISK);
  g_assert_true (ladder_action_is_overdue (&plan, "2026-03-02"));
  g_assert_false (ladder_action_is_overdue (&plan, "2026-03-01"));
  plan.status = LADDER_ACTION_DONE;
  g_assert_false (ladder_action_is_overdue (&plan, "2026-03-02"));
}

static void
test_round_trip (void)
{
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autoptr(LadderAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  LadderEvidence entry = audit ("2026-02-28");
  LadderAction plan = action ("2026-06-30", LADDER_ACTION_AT_RISK);
  g_autofree char *evidence_id = NULL;
  g_autofree char *action_id = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  const LadderEvidence *read_entry;
  const LadderAction *read_action;
  gsize length, length_again;

  ladder_assessment_add_respondent (assessment, NULL, NULL, 0);
  entry.private_entry = TRUE;
  evidence_id = ladder_assessment_add_evidence (assessment, &entry, &error);
  action_id = ladder_assessment_add_action (assessment, &plan, &error);
  g_assert_no_error (error);
  data = ladder_assessment_to_data (assessment, NULL, &length);
  loaded = ladder_assessment_load_data (data, length, "plan.ladder", NULL, &error);
  g_assert_no_error (error);
  read_entry = ladder_assessment_find_evidence (loaded, evidence_id);
  g_assert_nonnull (read_entry);
  g_assert_cmpint (read_entry->kind, ==, LADDER_EVIDENCE_CASE_FILE_AUDIT);
  g_assert_cmpint (read_entry->bearing, ==, LADDER_BEARING_CONTRADICTS);
  g_assert_true (read_entry->private_entry);
  g_assert_cmpstr (read_entry->found, ==, entry.found);
  read_action = ladder_assessment_find_action (loaded, action_id);
  g_assert_nonnull (read_action);
  g_assert_cmpint (read_action->status, ==, LADDER_ACTION_AT_RISK);
  g_assert_cmpint (read_action->link_kind, ==, LADDER_LINK_QUESTION);
  g_assert_cmpstr (read_action->link, ==, "sa-data-and-audits");
  g_assert_cmpstr (read_action->due, ==, "2026-06-30");
  again = ladder_assessment_to_data (loaded, NULL, &length_again);
  g_assert_cmpstr (again, ==, data);
}

/* An impossible date in a file is refused with its line and column. */
static void
test_reader_refuses (void)
{
  static const struct { const char *member; const char *expect; } cases[] = {
    { "\"evidence\": [{\"id\": \"e1\", \"question\": \"q\", \"kind\": \"staff\", \"date\": \"2026-02-30\",\n"
      "  \"found\": \"x\", \"bearing\": \"supports\"}]", "line 3, column 69" },
    { "\"actions\": [{\"id\": \"a1\", \"description\": \"x\", \"due\": \"2026-04-31\",\n \"status\": \"done\"}]",
      "2026-04-31" },
    { "\"actions\": [{\"id\": \"a1\", \"description\": \"x\", \"status\": \"finished\"}]", "not a status" },
    { "\"evidence\": [{\"id\": \"e1\", \"question\": \"q\", \"kind\": \"gossip\", \"found\": \"x\", "
      "\"bearing\": \"supports\"}]", "not a kind of evidence" },
    { "\"earlier\": {\"review\": {\"format\": \"ladder-assessment\", \"version\": 99}}", "earlier review" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"ladder-assessment\", \"version\": 2,\n"
                                               "\"context\": {}, \"respondents\": [], \"answers\": [],\n%s}", cases[i].member);
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderAssessment) assessment = ladder_assessment_load_data (text, strlen (text), "bad.ladder",
                                                                            NULL, &error);

      g_assert_null (assessment);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "bad.ladder"));
      g_assert_nonnull (strstr (error->message, cases[i].expect));
    }
}

static void
test_follow_up (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  /* Held: the follow-up replaces it in the document. */
  g_autoptr(LadderAssessment) earlier = g_object_ref (ladder_document_get_assessment (document));
  g_autoptr(LadderAssessment) loaded = NULL;
  g_autoptr(LadderAssessment) then = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "follow-up.ladder", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  LadderAction plan = action ("2026-06-30", LADDER_ACTION_ON_TRACK);
  LadderAssessment *later;
  JsonNode *advice;

  ladder_document_set_autosave_delay (document, 0);
  ladder_assessment_set_council (earlier, "Ashmoor (fictional)", "601");
  ladder_assessment_set_review_date (earlier, "2026-05-01");
  ladder_document_set_answer (document, "sa-data-and-audits", LADDER_RATING_EMERGING, "then", FALSE);
  g_free (ladder_document_add_action (document, &plan, &error));
  g_assert_no_error (error);

  ladder_document_start_follow_up (document, "2026-11-24");
  later = ladder_document_get_assessment (document);
  g_assert_true (later != earlier);
  g_assert_true (ladder_assessment_has_earlier (later));
  g_assert_true (ladder_document_get_modified (document));
  g_assert_null (ladder_document_get_path (document));
  g_assert_cmpstr (ladder_assessment_get_council_code (later), ==, "601");
  g_assert_cmpstr (ladder_assessment_get_review_date (later), ==, "2026-11-24");
  g_assert_cmpstr (ladder_assessment_get_review_id (later), !=, ladder_assessment_get_review_id (earlier));
  /* The same people, no answers yet; the plan carried over. */
  g_assert_cmpuint (ladder_assessment_get_n_respondents (later), ==, 1);
  g_assert_cmpstr (ladder_assessment_get_respondent (later, 0)->uid, ==,
                   ladder_assessment_get_respondent (earlier, 0)->uid);
  g_assert_cmpuint (g_hash_table_size (ladder_assessment_get_respondent (later, 0)->answers), ==, 0);
  g_assert_cmpuint (ladder_assessment_get_n_actions (later), ==, 1);
  advice = ladder_assessment_get_earlier_advice (later);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (advice));
  g_assert_true (json_object_has_member (json_node_get_object (advice), "rule"));

  /* The earlier review, whole: its answer is there. */
  then = ladder_assessment_dup_earlier (later, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_assessment_get_answer (then, ladder_assessment_get_respondent (then, 0)->id,
                                                 "sa-data-and-audits")->note, ==, "then");

  /* Saved, read and saved again: the same bytes. */
  g_assert_true (ladder_document_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  loaded = ladder_assessment_load_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ladder_assessment_has_earlier (loaded));
  g_assert_true (ladder_assessment_save_file (loaded, path, &error));
  g_assert_true (g_file_get_contents (path, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);
  g_unlink (path);
}

static void
test_undo (void)
{
  g_autoptr(LadderContent) bank = content ();
  g_autoptr(LadderDocument) document = ladder_document_new (bank);
  LadderAssessment *assessment = ladder_document_get_assessment (document);
  g_autoptr(GError) error = NULL;
  LadderEvidence entry = audit ("2026-02-28");
  LadderAction plan = action ("2026-06-30", LADDER_ACTION_NOT_STARTED);
  g_autofree char *evidence_id = NULL;
  g_autofree char *action_id = NULL;
  g_autofree char *undone = NULL;
  LadderAction *changed;

  ladder_document_set_autosave_delay (document, 0);
  evidence_id = ladder_document_add_evidence (document, &entry, &error);
  action_id = ladder_document_add_action (document, &plan, &error);
  g_assert_no_error (error);
  changed = ladder_action_copy (ladder_assessment_find_action (assessment, action_id));
  changed->status = LADDER_ACTION_DONE;
  g_assert_true (ladder_document_update_action (document, changed, &error));
  ladder_action_free (changed);
  g_assert_true (ladder_document_remove_evidence (document, evidence_id));

  /* A refused edit leaves nothing to undo. */
  entry.date = "2026-02-31";
  g_assert_null (ladder_document_add_evidence (document, &entry, &error));
  g_clear_error (&error);

  undone = ladder_document_undo (document);
  g_assert_cmpstr (undone, ==, "The evidence entry is back");
  g_assert_nonnull (ladder_assessment_find_evidence (assessment, evidence_id));
  g_free (ladder_document_undo (document));
  g_assert_cmpint (ladder_assessment_find_action (assessment, action_id)->status, ==, LADDER_ACTION_NOT_STARTED);
  g_free (ladder_document_undo (document));
  g_assert_cmpuint (ladder_assessment_get_n_actions (assessment), ==, 0);
  g_free (ladder_document_undo (document));
  g_assert_cmpuint (ladder_assessment_get_n_evidence (assessment), ==, 0);
  g_assert_false (ladder_document_get_can_undo (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment-plan/entry-checks", test_entry_checks);
  g_test_add_func ("/assessment-plan/round-trip", test_round_trip);
  g_test_add_func ("/assessment-plan/reader-refuses", test_reader_refuses);
  g_test_add_func ("/assessment-plan/follow-up", test_follow_up);
  g_test_add_func ("/assessment-plan/undo", test_undo);
  return g_test_run ();
}
