/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper of a hostile file, read back with poppler's tools: a
 * council's name with a right-to-left override, controls and 165
 * characters (nothing reversed, no box or U+FFFD where the text is, the
 * running header cut short inside the page and the name whole on the
 * cover), notes, findings and actions of 19,990 line breaks (no more pages
 * than with one), a note taller than a page (split across pages, its
 * bullet beside its first line, nothing lost) and a table row taller than
 * a page (split likewise, the headings repeated); and a chart of areas
 * whose names from the data have an override and controls. Apart from
 * test-report.c, which is near the size a file should keep to. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ladder-assessment-file.h"
#include "ladder-chart.h"
#include "ladder-report.h"
#include "report-fixtures.h"

#define RLO            "\u202E"
#define FFFD           "\xef\xbf\xbd"
#define PAGE_WIDTH     595.276
#define MARGIN         56.0
#define BREAKS         19990
#define TALL_WORDS     3500
#define TALL_CELL_WORDS 6000

/* 165 characters as the paper shows them: the override and controls go. */
#define LONG_NAME_SHOWN "The Royal Borough of Upper and Lower Longwinded on the Marsh with Saint Swithun's " \
                        "under the Hill and the Associated Parishes of Great and Little Yarcombe (fictional)"

/* "Begin.", @n line breaks and "end.": 20,000 characters, the most a
 * note may have, with 19,990 line breaks. */
static char *
with_breaks (guint n)
{
  g_autoptr(GString) text = g_string_new ("Begin.");

  for (guint i = 0; i < n; i++)
    g_string_append_c (text, '\n');
  g_string_append (text, "end.");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Tall WHAT begins.", @n words "LETTER0" to "LETTER9" in turn and "Tall
 * WHAT ends.": more than a page of it. */
static char *
tall_text (const char *what,
           char        letter,
           guint       n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "Tall %s begins.", what);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, " %c%u", letter, i % 10);
  g_string_append_printf (text, " Tall %s ends.", what);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The demo review with the hostile name and texts; @breaks line breaks in
 * each note, finding and action. */
static LadderAssessment *
hostile_assessment (LadderContent *content,
                    guint          breaks)
{
  g_autofree char *path = fixture_demo_file ("fictional-assessment.ladder");
  LadderAssessment *assessment = ladder_assessment_load_file (path, NULL, NULL);
  const LadderRespondent *first = ladder_assessment_get_respondent (assessment, 0);
  g_autofree char *note = with_breaks (breaks);
  g_autofree char *tall = tall_text ("note", 'w', TALL_WORDS);
  g_autofree char *tall_action = tall_text ("action", 'a', TALL_CELL_WORDS);
  g_autofree char *long_word = g_strnfill (2000, 'x');
  g_autofree char *evidence_id = NULL, *action_id = NULL;
  g_autoptr(GError) error = NULL;
  LadderEvidence entry = {
    .question = (char *) "sa-data-and-audits", .kind = LADDER_EVIDENCE_CASE_FILE_AUDIT, .found = note,
    .bearing = LADDER_BEARING_SUPPORTS,
  };
  LadderAction action = {
    .description = note, .owner = (char *) "Head\x1b[2J of service", .status = LADDER_ACTION_ON_TRACK,
  };

  ladder_assessment_set_council (assessment, "The Royal " RLO "Borough of Upper and Lower Longwinded on the "
                                 "Marsh\x01 with Saint Swithun's under the Hill and the Associated Parishes of "
                                 "Great\x1b\x07 and Little Yarcombe (fictional)", "601");
  g_assert_true (ladder_assessment_set_answer (assessment, first->id, ladder_content_get_question (content, 0)->id,
                                               LADDER_RATING_EMERGING, note, FALSE));
  g_assert_true (ladder_assessment_set_answer (assessment, first->id, ladder_content_get_question (content, 1)->id,
                                               LADDER_RATING_EMERGING, tall, FALSE));
  evidence_id = ladder_assessment_add_evidence (assessment, &entry, &error);
  g_assert_no_error (error);
  action_id = ladder_assessment_add_action (assessment, &action, &error);
  g_assert_no_error (error);
  g_clear_pointer (&action_id, g_free);
  action.description = tall_action;
  action_id = ladder_assessment_add_action (assessment, &action, &error);
  g_assert_no_error (error);
  g_clear_pointer (&action_id, g_free);
  action.description = long_word;
  action_id = ladder_assessment_add_action (assessment, &action, &error);
  g_assert_no_error (error);
  return assessment;
}

/* The paper as a file in @dir. */
static char *
write_paper (LadderContent    *content,
             LadderAssessment *assessment,
             const char       *dir,
             const char       *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ladder_report_render (content, assessment, NULL, NULL, NULL, NULL, NULL, &error);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  return path;
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *at = strstr (text, what); at != NULL; at = strstr (at + strlen (what), what))
    n++;
  return n;
}

/* Every word pdftotext finds on @page (above the rule under the header
 * with @header_only) ends inside the right margin. */
static void
assert_inside (const char *path,
               int         page,
               gboolean    header_only)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  g_autofree char *html = fixture_tool_output ("pdftotext", "-f", first, "-l", first, "-bbox", path, "-", NULL);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                        "yMax=\"[0-9.]+\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (word, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 3);
      g_autofree char *text = g_match_info_fetch (match, 4);

      if (!header_only || g_ascii_strtod (y, NULL) < MARGIN - 14)
        {
          g_assert_cmpfloat (g_ascii_strtod (x_max, NULL), <=, PAGE_WIDTH - MARGIN + 0.5);
          n++;
        }
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n, >, 3);
}

static void
test_hostile_paper (void)
{
  g_autoptr(LadderContent) content = ladder_content_get_default (NULL);
  g_autoptr(LadderAssessment) hostile = hostile_assessment (content, BREAKS);
  g_autoptr(LadderAssessment) one_break = hostile_assessment (content, 1);
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *path = write_paper (content, hostile, dir, "hostile.pdf");
  g_autofree char *reference = write_paper (content, one_break, dir, "reference.pdf");
  g_autofree char *text = fixture_tool_output ("pdftotext", path, "-", NULL);
  g_autofree char *reference_text = NULL, *layout = NULL, *info = NULL, *flat = NULL;
  g_auto(GStrv) pages = NULL, lines = NULL;
  int begins = -1, ends = -1;
  gboolean marked = FALSE;

  if (text == NULL)
    {
      g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
      g_unlink (path);
      g_unlink (reference);
      g_rmdir (dir);
      return;
    }
  reference_text = fixture_tool_output ("pdftotext", reference, "-", NULL);
  layout = fixture_tool_output ("pdftotext", "-layout", path, "-", NULL);
  info = fixture_tool_output ("pdfinfo", path, NULL);
  flat = report_squeeze (text);

  /* Nothing reversed, nothing replaced, no control left. */
  g_assert_null (strstr (text, RLO));
  g_assert_null (strstr (text, FFFD));
  g_assert_null (strpbrk (text, "\x01\x07\x1b"));
  g_assert_nonnull (strstr (flat, "Head[2J of service"));
  g_assert_null (strstr (flat, "secivres s’nerdlihc"));
  g_assert_null (strstr (flat, "hsraM eht no dedniwgnoL"));

  /* The name whole on the cover and in the summary; the header cut short
   * with an ellipsis, inside the page. */
  g_assert_cmpint (g_utf8_strlen (LONG_NAME_SHOWN, -1), ==, 165);
  pages = g_strsplit (text, "\f", -1);
  {
    g_autofree char *cover = report_squeeze (pages[0]);

    g_assert_nonnull (strstr (cover, LONG_NAME_SHOWN));
  }
  g_assert_nonnull (strstr (flat, "For " LONG_NAME_SHOWN ", Ladder recommends"));
  g_assert_nonnull (strstr (info, "Board paper: " LONG_NAME_SHOWN "\n"));
  g_assert_true (g_str_has_prefix (pages[1], "The Royal Borough of Upper"));
  g_assert_true (g_regex_match_simple ("^The Royal Borough of Upper[^\n]*…: board paper on support to improve "
                                       "children’s services\n", pages[1], 0, 0));
  assert_inside (path, 2, TRUE);
  assert_inside (path, 5, TRUE);

  /* 19,990 line breaks take no more room than one. */
  g_assert_cmpuint (count (text, "\f"), ==, count (reference_text, "\f"));
  g_assert_cmpuint (count (flat, "Begin. end."), ==, 3);

  /* The tall note: its bullet beside its first line, on to at least two
   * more pages, every word there. */
  for (guint p = 0; pages[p] != NULL; p++)
    {
      if (begins < 0 && strstr (pages[p], "Tall note begins.") != NULL)
        begins = (int) p;
      if (strstr (pages[p], "Tall note ends.") != NULL)
        ends = (int) p;
    }
  g_assert_cmpint (begins, >, 0);
  g_assert_cmpint (ends, >=, begins + 2);
  lines = g_strsplit (layout, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "Tall note begins.") != NULL)
      marked = g_regex_match_simple ("^\\s*–\\s+\\S.*: Emerging\\. Note: Tall note begins\\.", lines[i], 0, 0);
  g_assert_true (marked);
  g_assert_cmpuint (count (flat, " w7 "), ==, TALL_WORDS / 10);

  /* A table's row taller than a page goes on over the pages, beneath the
   * headings again, nothing lost. */
  begins = ends = -1;
  for (guint p = 0; pages[p] != NULL; p++)
    {
      if (begins < 0 && strstr (pages[p], "Tall action begins.") != NULL)
        begins = (int) p;
      if (strstr (pages[p], "Tall action ends.") != NULL)
        ends = (int) p;
    }
  g_assert_cmpint (begins, >, 0);
  g_assert_cmpint (ends, >=, begins + 2);
  for (int p = begins + 1; p <= ends; p++)
    g_assert_nonnull (strstr (pages[p], "Action"));
  g_assert_cmpuint (count (flat, " a7 "), ==, TALL_CELL_WORDS / 10);
  /* A word of 2,000 letters in a table is broken to fit the page. */
  for (guint p = 0; pages[p] != NULL; p++)
    if (strstr (pages[p], "xxxxxxxxxx") != NULL)
      assert_inside (path, (int) p + 1, FALSE);

  g_unlink (path);
  g_unlink (reference);
  g_rmdir (dir);
}

static guint
add_area (LadderDataset *dataset,
          int            number,
          const char    *name,
          const char    *region)
{
  guint area = ladder_dataset_ensure_area (dataset, number, ladder_dataset_intern (dataset, name, strlen (name)));

  ladder_dataset_get_area (dataset, area)->region = ladder_dataset_intern (dataset, region, strlen (region));
  return area;
}

/* A trend chart saved as PDF, its title, caption and the names at the end
 * of its lines from data whose names hold an override and controls. */
static void
test_hostile_chart (void)
{
  static const char * const years[] = { "2021", "2022", "2023" };
  static const char measure_name[] = "Turn\x1b[2Jover " RLO "(%)";
  static const char region_name[] = "North\x01mere " RLO "region";
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(LadderChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL, *flat = NULL;
  LadderNeighbour neighbour;
  guint measure, council, other, region, england;

  ladder_dataset_add_source (dataset, "made\x1b]0;up\x07.csv");
  measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "TURN", 4));
  ladder_dataset_get_measure (dataset, measure)->chart_title = ladder_dataset_intern (dataset, measure_name,
                                                                                      strlen (measure_name));
  council = add_area (dataset, 601, "Ash" RLO "moor\x1b[31m", region_name);
  other = add_area (dataset, 602, "Bracken\x07ford", region_name);
  region = add_area (dataset, 980, region_name, region_name);
  england = add_area (dataset, 970, "England", region_name);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      guint period = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, years[y], 4));
      guint areas[] = { council, other, region, england };

      for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
        ladder_dataset_set_cell (dataset, measure, areas[a], period, LADDER_CELL_VALUE, 10 + a + y, 0, NULL);
    }
  neighbour.area = other;
  neighbour.closeness = "Close";
  ladder_dataset_set_neighbours (dataset, council, &neighbour, 1);
  chart = ladder_chart_new (dataset, LADDER_CHART_TREND, &measure, 1, council, &error);
  g_assert_no_error (error);
  g_assert_true (ladder_chart_save (chart, path, 800, 500, &error));
  g_assert_no_error (error);

  text = fixture_tool_output ("pdftotext", path, "-", NULL);
  if (text == NULL)
    {
      g_test_skip ("poppler-utils is not installed (apt-get install poppler-utils)");
    }
  else
    {
      info = fixture_tool_output ("pdfinfo", path, NULL);
      flat = report_squeeze (text);
      g_test_message ("%s", flat);
      for (const char *bad = RLO "\0" FFFD "\0\x1b\0\x07\0\x01\0"; *bad != '\0'; bad += strlen (bad) + 1)
        {
          g_assert_null (strstr (text, bad));
          g_assert_null (strstr (info, bad));
        }
      /* Forward, whole, where the names are: the title, the caption, the
       * end of the lines. */
      g_assert_nonnull (strstr (flat, "Over time: Turn[2Jover (%)"));
      g_assert_nonnull (strstr (flat, "Ashmoor[31m"));
      g_assert_nonnull (strstr (flat, "Northmere region"));
      g_assert_nonnull (strstr (flat, "made]0;up.csv"));
      g_assert_nonnull (strstr (info, "Over time: Turn[2Jover (%)\n"));
    }
  g_unlink (path);

  /* The bar and dot charts of one period draw the same names. */
  for (guint k = 0; k < 2 && text != NULL; k++)
    {
      static const LadderChartKind kinds[] = { LADDER_CHART_NEIGHBOURS, LADDER_CHART_DISTRIBUTION };
      g_autoptr(LadderChart) snapshot = ladder_chart_new (dataset, kinds[k], &measure, 1, council, &error);
      g_autofree char *snapshot_text = NULL;
      g_autofree char *snapshot_flat = NULL;

      g_assert_no_error (error);
      g_assert_true (ladder_chart_save (snapshot, path, 800, 500, &error));
      g_assert_no_error (error);
      snapshot_text = fixture_tool_output ("pdftotext", path, "-", NULL);
      snapshot_flat = report_squeeze (snapshot_text);
      g_test_message ("%s", snapshot_flat);
      for (const char *bad = RLO "\0" FFFD "\0\x1b\0\x07\0\x01\0"; *bad != '\0'; bad += strlen (bad) + 1)
        g_assert_null (strstr (snapshot_text, bad));
      g_assert_nonnull (strstr (snapshot_flat, "Ashmoor[31m"));
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-hostile/paper", test_hostile_paper);
  g_test_add_func ("/report-hostile/chart", test_hostile_chart);

  return g_test_run ();
}
