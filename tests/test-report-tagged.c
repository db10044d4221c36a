/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the board paper as a screen reader and a reader of print get
 * it: a tagged PDF whose structure tree (pdfinfo -struct-text) follows the
 * reading order, every section and chart heading in it and each chart a
 * figure with its alternative text, followed by its summary and its table;
 * British English and the title shown as the window's title (read with
 * qpdf); no heading left last on a page (pdftotext, page by page); the
 * scorecard once, as a table, short cells on one line and long names
 * whole; and every source named by its publication, with its file. */
#include "config.h"

#include <qpdf/qpdf-c.h>

#include "ladder-assessment-file.h"
#include "ladder-chart.h"
#include "pdf-fixture.h"
#include "report-fixtures.h"

/* One element of the structure tree, as pdfinfo -struct-text prints it. */
typedef struct
{
  int   depth;
  char *type;
  char *text;    /* its first run of text (poppler stops at a ligature), or NULL */
} Node;

static void
node_free (Node *node)
{
  g_free (node->type);
  g_free (node->text);
  g_free (node);
}

/* @text less the ligature poppler ends it with ("di" for "diﬃ"). */
static char *
without_ligature (const char *text,
                  gsize       length)
{
  char *copy = g_strndup (text, length);
  char *last = g_utf8_find_prev_char (copy, copy + strlen (copy));

  if (last != NULL && g_utf8_get_char (last) >= 0xFB00 && g_utf8_get_char (last) <= 0xFB06)
    *last = '\0';
  return copy;
}

/* The structure tree of the PDF at @path, element by element in order. */
static GPtrArray *
structure (const char *path)
{
  g_autofree char *out = fixture_tool_output ("pdfinfo", "-struct-text", path, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      int depth = strspn (line, " ") / 2;
      Node *last = nodes->len > 0 ? nodes->pdata[nodes->len - 1] : NULL;

      line += strspn (line, " ");
      if (*line == '\0')
        continue;
      if (*line == '"')
        {
          if (last != NULL && last->text == NULL)
            last->text = without_ligature (line + 1, strlen (line) - 2);
          continue;
        }
      last = g_new0 (Node, 1);
      last->depth = depth;
      last->type = g_strndup (line, strcspn (line, " "));
      g_ptr_array_add (nodes, last);
    }
  return nodes;
}

static gboolean
is_heading (const Node *node)
{
  return node->type[0] == 'H' && g_ascii_isdigit (node->type[1]);
}

/* The types of @nodes' children at @depth from @from, up to the next
 * element no deeper than @depth - 1, as "H2 Figure P P Table". */
static char *
child_types (GPtrArray *nodes,
             guint      from,
             int        depth)
{
  g_autoptr(GString) types = g_string_new (NULL);

  for (guint i = from; i < nodes->len && ((Node *) nodes->pdata[i])->depth >= depth; i++)
    if (((Node *) nodes->pdata[i])->depth == depth)
      g_string_append_printf (types, "%s%s", types->len > 0 ? " " : "", ((Node *) nodes->pdata[i])->type);
  return g_string_free (g_steal_pointer (&types), FALSE);
}

/* The catalogue's language and DisplayDocTitle, and the figures' texts. */
static GPtrArray *
catalogue (const char  *path,
           char       **language,
           gboolean    *display_title)
{
  qpdf_data q = qpdf_init ();
  GPtrArray *alts = g_ptr_array_new_with_free_func (g_free);
  qpdf_oh root;

  qpdf_silence_errors (q);
  g_assert_cmpint (qpdf_read (q, path, NULL) & QPDF_ERRORS, ==, 0);
  root = qpdf_get_root (q);
  *language = g_strdup (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, root, "/Lang")));
  *display_title = qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/ViewerPreferences"),
                                                               "/DisplayDocTitle"));
  collect_alts (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root, "/StructTreeRoot"), "/K"), alts);
  g_assert_false (qpdf_has_error (q));
  qpdf_cleanup (&q);
  return alts;
}

/* The demo review's paper with the demo data: tagged, in reading order. */
static void
test_structure (void)
{
  static const char * const sections[] = {
    "Support to improve children’s", "Summary", "Recommendations to the board", "The three capacities",
    "The review", "Checking the answers against the evidence", "The recommendation", "What makes ", "Evidence",
    "Appendix: every answer", "Glossary: the forms of support", "Glossary: what the",
  };
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autofree char *path = report_write (content, assessment, dataset, NULL);
  g_autofree char *info = NULL, *text = NULL, *flat = NULL, *language = NULL;
  g_autoptr(GPtrArray) nodes = NULL, alts = NULL;
  const char *at;
  guint n_sections = 0, n_figures = 0, n_charts = 0;
  gboolean display_title;

  if (!report_have_poppler ())
    {
      report_remove (path);
      return;
    }
  info = fixture_tool_output ("pdfinfo", path, NULL);
  g_assert_true (g_regex_match_simple ("^Tagged: +yes$", info, G_REGEX_MULTILINE, 0));
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  flat = report_squeeze (text);
  /* A chart's ten columns are set small enough that no heading breaks
   * inside a word ("Neighbours" above "’ average"). */
  g_assert_nonnull (strstr (flat, "Neighbours’"));
  g_assert_null (strstr (flat, "Neighbours ’"));
  nodes = structure (path);
  g_assert_cmpstr (((Node *) nodes->pdata[0])->type, ==, "Document");

  /* Every heading where a reader of the page meets it: the tree's order is
   * the page's. Each section its own, its heading first. */
  at = flat;
  for (guint i = 0; i < nodes->len; i++)
    {
      const Node *node = nodes->pdata[i];

      if (!is_heading (node))
        continue;
      g_assert_nonnull (node->text);
      at = strstr (at, node->text);
      g_test_message ("%s %s", node->type, node->text);
      g_assert_nonnull (at);
      if (strcmp (node->type, "H1") != 0)
        continue;
      g_assert_cmpuint (n_sections, <, G_N_ELEMENTS (sections));
      g_assert_true (g_str_has_prefix (node->text, sections[n_sections]));
      g_assert_cmpstr (((Node *) nodes->pdata[i - 1])->type, ==, "Sect");
      n_sections++;
    }
  g_assert_cmpuint (n_sections, ==, G_N_ELEMENTS (sections));

  /* The evidence: the scorecard as a table after its summary and caption,
   * then each chart a figure, its summary, its caption and its table. */
  for (guint i = 0; i < nodes->len; i++)
    {
      const Node *node = nodes->pdata[i];
      g_autofree char *types = NULL;

      if (strcmp (node->type, "Figure") == 0)
        n_figures++;
      if (!is_heading (node) || strcmp (node->type, "H2") != 0)
        continue;
      types = child_types (nodes, i, node->depth);
      if (g_str_has_prefix (node->text, "Scorecard: "))
        g_assert_true (g_str_has_prefix (types, "H2 P P Table"));
      else if (g_str_has_prefix (node->text, "Over time: "))
        {
          g_assert_true (g_str_has_prefix (types, "H2 Figure P P Table"));
          n_charts++;
        }
    }
  g_assert_cmpuint (n_charts, ==, 4);
  /* The three capacities' ladder and the charts. */
  g_assert_cmpuint (n_figures, ==, n_charts + 1);

  /* Tables with header cells across the top; lists of labelled items. */
  for (guint i = 0; i + 3 < nodes->len; i++)
    {
      const Node *node = nodes->pdata[i];

      if (strcmp (node->type, "Table") == 0)
        {
          g_assert_cmpstr (((Node *) nodes->pdata[i + 1])->type, ==, "TR");
          g_assert_cmpstr (((Node *) nodes->pdata[i + 2])->type, ==, "TH");
        }
      else if (strcmp (node->type, "L") == 0)
        {
          g_assert_cmpstr (((Node *) nodes->pdata[i + 1])->type, ==, "LI");
          g_assert_cmpstr (((Node *) nodes->pdata[i + 2])->type, ==, "Lbl");
          g_assert_cmpstr (((Node *) nodes->pdata[i + 3])->type, ==, "LBody");
        }
    }

  /* British English, the title in the window's title bar, and each figure
   * with words for a screen reader to read in its place. */
  alts = catalogue (path, &language, &display_title);
  g_assert_cmpstr (language, ==, "en-GB");
  g_assert_true (display_title);
  g_assert_cmpuint (alts->len, ==, n_figures);
  g_assert_true (g_str_has_prefix (alts->pdata[0], "Ladder of the three capacities, from the bottom rung"));
  for (guint i = 1; i < alts->len; i++)
    {
      g_test_message ("%s", (char *) alts->pdata[i]);
      g_assert_true (g_str_has_prefix (alts->pdata[i], "Chart: Over time: "));
      g_assert_true (g_str_has_suffix (alts->pdata[i], "The paragraph and the table after it say what it shows."));
    }
  report_remove (path);
}

/* Every heading the paper can have: the parts' own, the questions and
 * forms the appendix and glossary are headed by, and each chart's title. */
static GPtrArray *
known_headings (LadderContent *content,
                LadderDataset *dataset)
{
  static const char * const parts[] = {
    "Summary", "Recommendations to the board", "The three capacities", "The nature of the difficulties",
    "The review", "Who took part", "What each level makes of each capacity", "Where views differ",
    "Where people differ most", "Checking the answers against the evidence", "Mismatches",
    "What bears the answers out", "Not counted", "The recommendation", "How the context shaped the advice",
    "What to put in place", "Why", "Caveats", "How confident this is", "What would change it", "Evidence",
    "Appendix: every answer", "Glossary: the forms of support", "Data used",
  };
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);
  guint council;
  GPtrArray *forms = ladder_content_get_forms (content);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_ptr_array_add (headings, g_strdup (parts[i]));
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    g_ptr_array_add (headings, g_strdup (ladder_content_get_section (content, s)->title));
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    g_ptr_array_add (headings, g_strdup (ladder_content_get_question (content, q)->statement));
  for (guint i = 0; i < forms->len; i++)
    g_ptr_array_add (headings, g_strdup (((LadderForm *) forms->pdata[i])->name));
  g_assert_true (ladder_dataset_find_area (dataset, "Ashmoor (fictional)", &council));
  for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
    {
      g_autoptr(LadderChart) chart = ladder_chart_new (dataset, LADDER_CHART_TREND, &m, 1, council, NULL);

      if (chart != NULL)
        g_ptr_array_add (headings, g_strdup (ladder_chart_get_title (chart)));
    }
  return headings;
}

/* The last three lines of a page's text above its footer, trimmed, the
 * last first. */
static GPtrArray *
last_lines (const char *page)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  GPtrArray *last = g_ptr_array_new_with_free_func (g_free);

  for (int i = (int) g_strv_length (lines) - 1; i >= 0 && last->len < 3; i--)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || g_regex_match_simple ("^(Report .*, page|Page) \\d+$", line, 0, 0) ||
          g_regex_match_simple ("^OFFICIAL", line, 0, 0))
        continue;
      g_ptr_array_add (last, g_strdup (line));
    }
  return last;
}

/* Whether the page ends with a heading: its last line, or its last lines
 * joined, is one, or its last line begins one that goes on overleaf. */
static gboolean
ends_with_heading (GPtrArray *headings,
                   GPtrArray *last)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint k = 0; k < last->len; k++)
    {
      g_string_prepend (joined, k > 0 ? " " : "");
      g_string_prepend (joined, last->pdata[k]);
      for (guint i = 0; i < headings->len; i++)
        if (strcmp (headings->pdata[i], joined->str) == 0 ||
            (k == 0 && strlen (joined->str) > 12 && g_str_has_prefix (headings->pdata[i], joined->str)))
          return TRUE;
    }
  return FALSE;
}

static void
assert_no_heading_last (const char *path,
                        GPtrArray  *headings)
{
  int n = report_n_pages (path);

  for (int page = 1; page <= n; page++)
    {
      g_autofree char *text = report_page_text (path, page);
      g_autoptr(GPtrArray) last = last_lines (text);

      g_test_message ("page %d ends: %s", page, last->len > 0 ? (char *) last->pdata[0] : "");
      g_assert_false (ends_with_heading (headings, last));
    }
}

/* No page ends with a heading: with the indicators chosen on the demo
 * review, and with every indicator in the demo data, whose charts fall
 * all down the pages. */
static void
test_headings_kept (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autoptr(GPtrArray) headings = known_headings (content, dataset);
  g_autoptr(LadderReportOptions) every = ladder_report_options_new ();
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autofree char *chosen = report_write (content, assessment, dataset, NULL);
  g_autofree char *all = NULL;

  for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
    g_strv_builder_add (codes, ladder_dataset_get_measure (dataset, m)->code);
  every->indicators = g_strv_builder_end (codes);
  all = report_write (content, assessment, dataset, every);
  if (report_have_poppler ())
    {
      g_assert_cmpint (report_n_pages (all), >, report_n_pages (chosen) + 4);
      assert_no_heading_last (chosen, headings);
      assert_no_heading_last (all, headings);
    }
  report_remove (chosen);
  report_remove (all);
}

/* The scorecard once, as a table: each measure named once and whole,
 * never cut short, and a rank such as "17 of 20" on one line. */
static void
test_scorecard_once (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) dataset = report_demo_dataset ();
  g_autofree char *path = report_write (content, assessment, dataset, NULL);
  g_autofree char *layout = NULL, *text = NULL, *flat = NULL, *part = NULL;
  const char *start, *end;

  if (!report_have_poppler ())
    {
      report_remove (path);
      return;
    }
  layout = fixture_tool_output ("pdftotext", "-layout", path, "-", NULL);
  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  flat = report_squeeze (text);
  start = strstr (flat, "Scorecard: Ashmoor (fictional)");
  g_assert_nonnull (start);
  end = strstr (start, "Over time: ");
  g_assert_nonnull (end);
  part = g_strndup (start, end - start);
  g_test_message ("%s", part);
  g_assert_nonnull (strstr (part, "Social worker turnover rate"));
  g_assert_null (strstr (strstr (part, "Social worker turnover rate") + 1, "Social worker turnover rate"));
  g_assert_nonnull (strstr (part, "Average caseload per children and family social worker"));
  g_assert_null (strstr (part, "…"));
  g_assert_true (g_regex_match_simple ("^ *Social worker turnover rate .* 17 of 20 ", layout, G_REGEX_MULTILINE, 0));
  report_remove (path);
}

/* A copy of demo file @name as @as in @dir, imported into @dataset. */
static void
import_copy (LadderDataset *dataset,
             const char    *dir,
             const char    *name,
             const char    *as)
{
  g_autofree char *from = fixture_demo_file (name);
  g_autofree char *to = g_build_filename (dir, as, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
  ladder_import_report_free (ladder_data_import_file (dataset, to, NULL, &error));
  g_assert_no_error (error);
  g_unlink (to);
}

/* Sources by their publications, each with its file: the demonstration
 * data as Ladder's own; the same figures under other names as the
 * Department's tools they are laid out as; a file of no known publication
 * by its name alone. */
static void
test_sources (void)
{
  g_autofree char *assessment_path = fixture_demo_file ("fictional-assessment.ladder");
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_load_file (assessment_path, NULL, NULL);
  g_autoptr(LadderDataset) demo = report_demo_dataset ();
  g_autoptr(LadderDataset) renamed = ladder_dataset_new ();
  g_autofree char *dir = g_dir_make_tmp ("ladder-sources-XXXXXX", NULL);
  g_autofree char *demo_path = report_write (content, assessment, demo, NULL);
  g_autofree char *renamed_path = NULL, *text = NULL, *flat = NULL;

  import_copy (renamed, dir, "fictional-lait-table.csv", "bds_long.csv");
  import_copy (renamed, dir, "fictional-lait-dictionary.csv", "dictionary.csv");
  import_copy (renamed, dir, "fictional-neighbours.csv", "sn.csv");
  import_copy (renamed, dir, "fictional-la-codes.csv", "codes.csv");
  g_rmdir (dir);
  renamed_path = report_write (content, assessment, renamed, NULL);
  if (!report_have_poppler ())
    {
      report_remove (demo_path);
      report_remove (renamed_path);
      return;
    }
  text = fixture_tool_output ("pdftotext", demo_path, "-", NULL);
  flat = report_squeeze (text);
  g_assert_nonnull (strstr (flat, "Neighbours as grouped in Ladder’s fictional demonstration data (file "
                                  "fictional-neighbours.csv). Source: Ladder’s fictional demonstration data (file "
                                  "fictional-lait-table.csv)."));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&flat, g_free);

  text = fixture_tool_output ("pdftotext", renamed_path, "-", NULL);
  flat = report_squeeze (text);
  g_assert_nonnull (strstr (flat, "Neighbours as grouped in Children’s services statistical neighbour benchmarking "
                                  "tool, Department for Education (file sn.csv). Source: Local authority "
                                  "interactive tool (LAIT), Department for Education (file bds_long.csv)."));
  g_assert_nonnull (strstr (flat, "Local authority interactive tool (LAIT), Department for Education (file "
                                  "dictionary.csv), as at "));
  g_assert_true (g_regex_match_simple ("• codes\\.csv, as at ", flat, 0, 0));
  report_remove (demo_path);
  report_remove (renamed_path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-tagged/structure", test_structure);
  g_test_add_func ("/report-tagged/headings-kept", test_headings_kept);
  g_test_add_func ("/report-tagged/scorecard-once", test_scorecard_once);
  g_test_add_func ("/report-tagged/sources", test_sources);

  return g_test_run ();
}
