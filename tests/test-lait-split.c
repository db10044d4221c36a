/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A large LAIT table is read in two parts on two threads. Whatever the file
 * holds, the result must be exactly what one thread gives: every measure,
 * area, period and cell in the same order, the same counts, the same
 * warnings on the same lines and the same errors. Each case is imported
 * both ways and compared. */
#include "config.h"

#include <string.h>

#include "test-fixtures.h"

#define HEADER "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region"

typedef struct
{
  const char *eol;               /* "\n" or "\r\n" */
  guint       n_rows;
  /* Called for each row index; may append an unusual row before it. */
  void      (*before_row) (GString *text, guint row, guint n_rows, const char *eol);
} Recipe;

/* Forty councils over ten years for each measure, in LAIT's order:
 * measure, then period, then area. */
static char *
make_table (const Recipe *recipe)
{
  GString *text = g_string_new (HEADER);

  g_string_append (text, recipe->eol);
  for (guint row = 0; row < recipe->n_rows; row++)
    {
      guint area = row % 40;
      guint period = (row / 40) % 10;
      guint measure = row / 400;
      const char *marks[] = { "c", "x", "-", "", "k", "u" };

      if (recipe->before_row != NULL)
        recipe->before_row (text, row, recipe->n_rows, recipe->eol);
      g_string_append_printf (text, "M%02u,%s,%u,Council %u,", measure,
                              area == 0 && period == 0 ? "Measure name" : "", 2014 + period, area);
      if ((row * 7) % 23 == 0)
        g_string_append (text, marks[row % G_N_ELEMENTS (marks)]);
      else
        g_string_append_printf (text, "%u.%u", (row * 37) % 900, row % 10);
      g_string_append_printf (text, ",%u,%s%s", 800 + area,
                              period == 0 ? "Region A" : "", recipe->eol);
    }
  return g_string_free (text, FALSE);
}

static LadderImportReport *
import_with (LadderDataset *dataset,
             const char    *path,
             gboolean       split,
             GError       **error)
{
  LadderImportReport *report;

  ladder_csv_set_split_minimum (split ? 1 : G_MAXUINT64);
  report = ladder_data_import_file (dataset, path, NULL, error);
  ladder_csv_set_split_minimum (4 * 1024 * 1024);
  return report;
}

static void
assert_same_dataset (LadderDataset *a,
                     LadderDataset *b)
{
  guint n_measures = ladder_dataset_get_n_measures (a);
  guint n_areas = ladder_dataset_get_n_areas (a);
  guint n_periods = ladder_dataset_get_n_periods (a);

  g_assert_cmpuint (ladder_dataset_get_n_measures (b), ==, n_measures);
  g_assert_cmpuint (ladder_dataset_get_n_areas (b), ==, n_areas);
  g_assert_cmpuint (ladder_dataset_get_n_periods (b), ==, n_periods);
  g_assert_cmpuint (ladder_dataset_get_n_sources (b), ==, ladder_dataset_get_n_sources (a));

  for (guint m = 0; m < n_measures; m++)
    {
      g_assert_cmpstr (ladder_dataset_get_measure (a, m)->code, ==, ladder_dataset_get_measure (b, m)->code);
      g_assert_cmpstr (ladder_dataset_get_measure (a, m)->name, ==, ladder_dataset_get_measure (b, m)->name);
    }
  for (guint i = 0; i < n_areas; i++)
    {
      LadderArea *x = ladder_dataset_get_area (a, i);
      LadderArea *y = ladder_dataset_get_area (b, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->la_number, ==, y->la_number);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->region, ==, y->region);
    }
  for (guint p = 0; p < n_periods; p++)
    g_assert_cmpstr (ladder_dataset_get_period (a, p)->label, ==, ladder_dataset_get_period (b, p)->label);

  for (guint m = 0; m < n_measures; m++)
    for (guint i = 0; i < n_areas; i++)
      for (guint p = 0; p < n_periods; p++)
        {
          double x = 0, y = 0;
          guint source_x = 0, source_y = 0;

          g_assert_cmpint (ladder_dataset_lookup (a, m, i, p, &x, &source_x), ==,
                           ladder_dataset_lookup (b, m, i, p, &y, &source_y));
          g_assert_cmpfloat (x, ==, y);
          g_assert_cmpuint (source_x, ==, source_y);
        }
}

static void
assert_same_report (LadderImportReport *a,
                    LadderImportReport *b)
{
  g_assert_cmpuint (a->n_rows, ==, b->n_rows);
  g_assert_cmpuint (a->n_values, ==, b->n_values);
  g_assert_cmpuint (a->n_missing, ==, b->n_missing);
  for (guint i = 0; i < LADDER_N_CELL_STATES; i++)
    g_assert_cmpuint (a->n_missing_by_state[i], ==, b->n_missing_by_state[i]);
  g_assert_cmpuint (a->n_merged, ==, b->n_merged);
  g_assert_cmpuint (a->n_conflicts, ==, b->n_conflicts);
  g_assert_cmpuint (a->n_duplicates, ==, b->n_duplicates);
  g_assert_cmpuint (a->n_measures, ==, b->n_measures);
  g_assert_cmpuint (a->n_areas, ==, b->n_areas);
  g_assert_cmpuint (a->n_periods, ==, b->n_periods);
  g_assert_cmpuint (a->n_warnings, ==, b->n_warnings);
  g_assert_cmpuint (a->warnings->len, ==, b->warnings->len);
  for (guint i = 0; i < a->warnings->len; i++)
    g_assert_cmpstr (a->warnings->pdata[i], ==, b->warnings->pdata[i]);
  g_assert_cmpuint (a->unreadable_periods->len, ==, b->unreadable_periods->len);
}

/* Imports @earlier (if any) then @text, both ways; returns the number of
 * threads the second way used, after checking both ways agree. */
static guint
compare_both_ways (const char *earlier,
                   const char *text,
                   GError    **error_out)
{
  g_autofree char *path = fixture_write ("ladder-split-XXXXXX.csv", text, -1);
  g_autofree char *earlier_path = earlier ? fixture_write ("ladder-earlier-XXXXXX.csv", earlier, -1) : NULL;
  g_autoptr(LadderDataset) one = ladder_dataset_new ();
  g_autoptr(LadderDataset) two = ladder_dataset_new ();
  g_autoptr(LadderImportReport) report_one = NULL;
  g_autoptr(LadderImportReport) report_two = NULL;
  g_autoptr(GError) error_one = NULL;
  g_autoptr(GError) error_two = NULL;
  guint n_threads = 0;

  if (earlier_path != NULL)
    {
      g_autoptr(LadderImportReport) a = import_with (one, earlier_path, FALSE, NULL);
      g_autoptr(LadderImportReport) b = import_with (two, earlier_path, FALSE, NULL);

      g_assert_nonnull (a);
      g_assert_nonnull (b);
    }
  report_one = import_with (one, path, FALSE, &error_one);
  report_two = import_with (two, path, TRUE, &error_two);
  g_unlink (path);
  if (earlier_path != NULL)
    g_unlink (earlier_path);

  if (error_one != NULL)
    {
      g_assert_nonnull (error_two);
      g_assert_cmpstr (error_one->message, ==, error_two->message);
      g_propagate_error (error_out, g_steal_pointer (&error_one));
      return 0;
    }
  g_assert_no_error (error_two);
  g_assert_cmpuint (report_one->n_threads, ==, 1);
  assert_same_report (report_one, report_two);
  assert_same_dataset (one, two);
  n_threads = report_two->n_threads;
  return n_threads;
}

static void quoted_lines_near_middle (GString    *text,
                                      guint       row,
                                      guint       n_rows,
                                      const char *eol);

static void
test_plain (void)
{
  Recipe recipe = { "\n", 24000, NULL };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 2);
}

static void
test_crlf (void)
{
  Recipe recipe = { "\r\n", 24000, NULL };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 2);
}

/* Chunks of one byte: the line end before the split comes in two reads. */
static void
test_one_byte_chunks (void)
{
  Recipe recipe = { "\r\n", 3000, quoted_lines_near_middle };
  g_autofree char *text = make_table (&recipe);

  ladder_csv_set_chunk_size (1);
  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 2);
  ladder_csv_set_chunk_size (128 * 1024);
}

/* Quoted fields with line ends inside them, all around the middle: the
 * split must fall between records, never inside one of these. */
static void
quoted_lines_near_middle (GString    *text,
                          guint       row,
                          guint       n_rows,
                          const char *eol)
{
  if (row > n_rows / 2 - 60 && row < n_rows / 2 + 60)
    g_string_append_printf (text, "Q,\"A name%son two lines\",2020,\"Council%s%u\",1,%u,\"Region%sB\"%s",
                            eol, eol, row, 100 + row % 600, eol, eol);
}

static void
test_quoted_line_ends_near_middle (void)
{
  Recipe lf = { "\n", 24000, quoted_lines_near_middle };
  Recipe crlf = { "\r\n", 24000, quoted_lines_near_middle };
  g_autofree char *text_lf = make_table (&lf);
  g_autofree char *text_crlf = make_table (&crlf);

  g_assert_cmpuint (compare_both_ways (NULL, text_lf, NULL), ==, 2);
  g_assert_cmpuint (compare_both_ways (NULL, text_crlf, NULL), ==, 2);
}

/* Warnings in both halves keep their order, count and lines. */
static void
warnings_in_both_halves (GString    *text,
                         guint       row,
                         guint       n_rows,
                         const char *eol)
{
  if (row == n_rows / 4 || row == n_rows * 3 / 4)
    g_string_append_printf (text, "W,,%u,Council 1,twelve,801,%s", row, eol);
  if (row == n_rows * 3 / 4 + 5)
    g_string_append_printf (text, "M00,,2014,,5,801,Region A%s", eol);
  if (row == n_rows * 3 / 4 + 9)
    g_string_append_printf (text, "M00,,2014,Council 1%s", eol);
}

static void
test_warnings_in_both_halves (void)
{
  Recipe recipe = { "\n", 24000, warnings_in_both_halves };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 2);
}

/* A repeat inside the second half, under another name for the same LA
 * number: the warning must name the area as the whole file does, so the
 * part is read again on one thread. */
static void
repeat_in_second_half (GString    *text,
                       guint       row,
                       guint       n_rows,
                       const char *eol)
{
  if (row == n_rows / 4)
    g_string_append_printf (text, "MY,,2014,Original name,1,900,%s", eol);
  if (row == n_rows * 3 / 4 + 11)
    g_string_append_printf (text, "MX,,2014,Renamed council,1,900,%sMX,,2014,Renamed council,2,900,%s",
                            eol, eol);
}

static void
test_repeat_in_second_half (void)
{
  Recipe recipe = { "\n", 24000, repeat_in_second_half };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 1);
}

/* Many warnings: the first twenty kept are the same ones. */
static void
many_warnings (GString    *text,
               guint       row,
               guint       n_rows,
               const char *eol)
{
  if (row % 150 == 0)
    g_string_append_printf (text, "W,,%u,Council 1,?%u,801,%s", row, row, eol);
}

static void
test_many_warnings (void)
{
  Recipe recipe = { "\n", 24000, many_warnings };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 2);
}

/* A figure in the first half repeated in the second: the repeat must be
 * warned about on its own line, so the second half is read again on one
 * thread. */
static void
repeat_across_halves (GString    *text,
                      guint       row,
                      guint       n_rows,
                      const char *eol)
{
  if (row == n_rows * 3 / 4)
    g_string_append_printf (text, "M00,,2014,Council 3,99,803,%s", eol);
}

static void
test_repeat_across_halves (void)
{
  Recipe recipe = { "\n", 24000, repeat_across_halves };
  g_autofree char *text = make_table (&recipe);

  g_assert_cmpuint (compare_both_ways (NULL, text, NULL), ==, 1);
}

/* A second file over a first: merged and conflicting figures counted the
 * same way. */
static void
test_over_earlier_file (void)
{
  Recipe recipe = { "\n", 24000, NULL };
  Recipe earlier_recipe = { "\n", 20000, NULL };
  g_autofree char *text = make_table (&recipe);
  g_autofree char *earlier = make_table (&earlier_recipe);
  g_autoptr(GString) changed = g_string_new (earlier);

  /* Some of the earlier file's figures differ. */
  g_string_replace (changed, ",1.1,", ",2.2,", 0);
  g_string_replace (changed, ",10.0,", ",11.0,", 0);
  g_assert_cmpuint (compare_both_ways (changed->str, text, NULL), ==, 2);
}

static void
misplaced_quote (GString    *text,
                 guint       row,
                 guint       n_rows,
                 const char *eol)
{
  if (row == n_rows * 3 / 4)
    g_string_append_printf (text, "M00,,2014,Council \"3\",99,803,%s", eol);
}

static void
test_error_in_second_half (void)
{
  Recipe recipe = { "\n", 24000, misplaced_quote };
  g_autofree char *text = make_table (&recipe);
  g_autoptr(GError) error = NULL;

  compare_both_ways (NULL, text, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "line 18002"));
}

static void
test_open_quote_at_end (void)
{
  Recipe recipe = { "\n", 24000, NULL };
  g_autofree char *table = make_table (&recipe);
  g_autofree char *text = g_strconcat (table, "M00,,2014,\"Council 3,99,803,\n", NULL);
  g_autoptr(GError) error = NULL;

  compare_both_ways (NULL, text, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "line 24002"));
  g_assert_nonnull (strstr (error->message, "still open"));
}

/* The real table, both ways. */
static void
test_real_table (void)
{
  g_autofree char *path = fixture_real_data ("lait/bds_long.csv");
  g_autoptr(LadderDataset) one = NULL;
  g_autoptr(LadderDataset) two = NULL;
  g_autoptr(LadderImportReport) report_one = NULL;
  g_autoptr(LadderImportReport) report_two = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;
  one = ladder_dataset_new ();
  two = ladder_dataset_new ();
  report_one = import_with (one, path, FALSE, &error);
  g_assert_no_error (error);
  report_two = ladder_data_import_file (two, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report_one->n_threads, ==, 1);
  g_assert_cmpuint (report_two->n_threads, ==, g_get_num_processors () >= 2 ? 2 : 1);
  assert_same_report (report_one, report_two);
  assert_same_dataset (one, two);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lait-split/plain", test_plain);
  g_test_add_func ("/lait-split/crlf", test_crlf);
  g_test_add_func ("/lait-split/one-byte-chunks", test_one_byte_chunks);
  g_test_add_func ("/lait-split/quoted-line-ends-near-middle", test_quoted_line_ends_near_middle);
  g_test_add_func ("/lait-split/warnings-in-both-halves", test_warnings_in_both_halves);
  g_test_add_func ("/lait-split/many-warnings", test_many_warnings);
  g_test_add_func ("/lait-split/repeat-in-second-half", test_repeat_in_second_half);
  g_test_add_func ("/lait-split/repeat-across-halves", test_repeat_across_halves);
  g_test_add_func ("/lait-split/over-earlier-file", test_over_earlier_file);
  g_test_add_func ("/lait-split/error-in-second-half", test_error_in_second_half);
  g_test_add_func ("/lait-split/open-quote-at-end", test_open_quote_at_end);
  g_test_add_func ("/lait-split/real", test_real_table);

  return g_test_run ();
}
