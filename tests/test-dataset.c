/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the string pool and the dataset model. */
#include "config.h"

#include <string.h>

#include "ladder-dataset.h"
#include "ladder-string-pool.h"

static void
test_string_pool (void)
{
  g_autoptr(LadderStringPool) pool = ladder_string_pool_new ();
  const char *a = ladder_string_pool_intern (pool, "Barnet,extra", 6);
  const char *b = ladder_string_pool_intern (pool, "Barnet", 6);
  const char *empty = ladder_string_pool_intern (pool, "", 0);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  g_assert_true (a == b);
  g_assert_cmpstr (a, ==, "Barnet");
  g_assert_cmpstr (empty, ==, "");
  g_assert_false (ladder_string_pool_intern (pool, "Barne", 5) == a);

  /* Growth keeps every earlier pointer and its identity. */
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *text = g_strdup_printf ("area %u", i);
      g_ptr_array_add (kept, (gpointer) ladder_string_pool_intern (pool, text, strlen (text)));
    }
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *text = g_strdup_printf ("area %u", i);
      g_assert_true (ladder_string_pool_intern (pool, text, strlen (text)) == kept->pdata[i]);
    }
  g_assert_cmpuint (ladder_string_pool_size (pool), ==, 20000 + 3);
}

static guint
add_area (LadderDataset *dataset,
          int            number,
          const char    *name)
{
  return ladder_dataset_ensure_area (dataset, number, ladder_dataset_intern (dataset, name, strlen (name)));
}

static void
test_cells (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint source1 = ladder_dataset_add_source (dataset, "one.csv");
  guint source2 = ladder_dataset_add_source (dataset, "two.csv");
  guint measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "TO", 2));
  guint p2024 = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, "2024", 4));
  guint p2025 = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, "2025", 4));
  guint barking = add_area (dataset, 301, "Barking and Dagenham");
  guint england = add_area (dataset, 970, "England");
  guint london = add_area (dataset, 988, "London (Outer)");
  guint previous = 99;
  double value = 0;
  guint source = 99;

  g_assert_cmpint (ladder_dataset_get_area (dataset, barking)->kind, ==, LADDER_AREA_COUNCIL);
  g_assert_cmpint (ladder_dataset_get_area (dataset, england)->kind, ==, LADDER_AREA_ENGLAND);
  g_assert_cmpint (ladder_dataset_get_area (dataset, london)->kind, ==, LADDER_AREA_REGION);
  g_assert_cmpuint (add_area (dataset, 301, "Barking & Dagenham"), ==, barking);

  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, barking, p2024, &value, NULL), ==, LADDER_CELL_ABSENT);
  g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, barking, p2024, LADDER_CELL_VALUE, 17.2, source1, NULL),
                   ==, LADDER_SET_NEW);
  g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, barking, p2025, LADDER_CELL_SUPPRESSED, 0, source1, NULL),
                   ==, LADDER_SET_NEW);
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, barking, p2024, &value, &source), ==, LADDER_CELL_VALUE);
  g_assert_cmpfloat (value, ==, 17.2);
  g_assert_cmpuint (source, ==, source1);
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, barking, p2025, NULL, NULL), ==, LADDER_CELL_SUPPRESSED);
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, england, p2024, NULL, NULL), ==, LADDER_CELL_ABSENT);

  /* A later file: the same figure merges, a different one replaces. */
  g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, barking, p2024, LADDER_CELL_VALUE, 17.2, source2, &previous),
                   ==, LADDER_SET_SAME);
  g_assert_cmpuint (previous, ==, source1);
  g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, barking, p2024, LADDER_CELL_VALUE, 17.3, source2, &previous),
                   ==, LADDER_SET_REPLACED);
  g_assert_cmpuint (previous, ==, source2);
  g_assert_cmpint (ladder_dataset_lookup (dataset, measure, barking, p2024, &value, &source), ==, LADDER_CELL_VALUE);
  g_assert_cmpfloat (value, ==, 17.3);
  g_assert_cmpuint (source, ==, source2);
  g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, barking, p2025, LADDER_CELL_NOT_AVAILABLE, 0, source2, NULL),
                   ==, LADDER_SET_REPLACED);

  g_assert_cmpuint (ladder_dataset_count_cells (dataset, LADDER_CELL_VALUE), ==, 1);
  g_assert_cmpuint (ladder_dataset_count_cells (dataset, LADDER_CELL_NOT_AVAILABLE), ==, 1);
  g_assert_cmpstr (ladder_dataset_get_source (dataset, source2), ==, "two.csv");
}

/* More areas than the first matrices had room for: nothing is lost. */
static void
test_area_growth (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint source = ladder_dataset_add_source (dataset, "grow.csv");
  guint measures[3];
  guint periods[4];

  for (guint m = 0; m < 3; m++)
    {
      g_autofree char *code = g_strdup_printf ("M%u", m);
      measures[m] = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));
    }
  for (guint p = 0; p < 4; p++)
    {
      g_autofree char *label = g_strdup_printf ("%u", 2020 + p);
      periods[p] = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, label, 4));
    }
  for (guint a = 0; a < 1000; a++)
    {
      g_autofree char *name = g_strdup_printf ("Area %u", a);
      guint area = add_area (dataset, a, name);

      for (guint m = 0; m < 3; m++)
        for (guint p = 0; p < 4; p++)
          ladder_dataset_set_cell (dataset, measures[m], area, periods[p], LADDER_CELL_VALUE,
                                   a * 100.0 + m * 10 + p, source, NULL);
    }
  g_assert_cmpuint (ladder_dataset_get_n_areas (dataset), ==, 1000);
  for (guint a = 0; a < 1000; a++)
    for (guint m = 0; m < 3; m++)
      for (guint p = 0; p < 4; p++)
        {
          double value;

          g_assert_cmpint (ladder_dataset_lookup (dataset, measures[m], a, periods[p], &value, NULL), ==, LADDER_CELL_VALUE);
          g_assert_cmpfloat (value, ==, a * 100.0 + m * 10 + p);
        }
}

static void
test_find_and_periods (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint source = ladder_dataset_add_source (dataset, "f.csv");
  guint measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "CLA", 3));
  guint area = add_area (dataset, 302, "Barnet");
  static const char * const labels[] = { "2025 (prov)", "2019", "2024", "2018 (Rev)", "0" };
  guint found[8];
  guint index;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    ladder_dataset_set_cell (dataset, measure, area,
                             ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, labels[i], strlen (labels[i]))),
                             LADDER_CELL_VALUE, i, source, NULL);
  g_assert_cmpuint (ladder_dataset_get_measure_periods (dataset, measure, found, G_N_ELEMENTS (found)), ==, 5);
  /* Oldest first; the unreadable "0" sorts first. */
  g_assert_cmpstr (ladder_dataset_get_period (dataset, found[0])->label, ==, "0");
  g_assert_cmpstr (ladder_dataset_get_period (dataset, found[1])->label, ==, "2018 (Rev)");
  g_assert_cmpstr (ladder_dataset_get_period (dataset, found[4])->label, ==, "2025 (prov)");

  g_assert_true (ladder_dataset_find_area (dataset, "barnet", &index));
  g_assert_cmpuint (index, ==, area);
  g_assert_true (ladder_dataset_find_area (dataset, "302", &index));
  g_assert_false (ladder_dataset_find_area (dataset, "303", &index));
  g_assert_false (ladder_dataset_find_area (dataset, "Barn", &index));
  g_assert_true (ladder_dataset_find_measure (dataset, "CLA", &index));
  g_assert_false (ladder_dataset_find_measure (dataset, "cla", &index));
  g_assert_true (ladder_dataset_find_period (dataset, "2019", &index));
}

static void
test_missing_marks (void)
{
  static const struct { const char *text; LadderCellState state; } marks[] = {
    { "c", LADDER_CELL_SUPPRESSED }, { "C", LADDER_CELL_SUPPRESSED },
    { "x", LADDER_CELL_NOT_AVAILABLE }, { ":", LADDER_CELL_NOT_AVAILABLE },
    { "..", LADDER_CELL_NOT_AVAILABLE }, { "z", LADDER_CELL_NOT_APPLICABLE },
    { "u", LADDER_CELL_LOW_RELIABILITY }, { "k", LADDER_CELL_ROUNDS_TO_ZERO },
    { "low", LADDER_CELL_LOW }, { "LOW", LADDER_CELL_LOW }, { "-", LADDER_CELL_DASH },
    { "", LADDER_CELL_BLANK }, { "  ", LADDER_CELL_BLANK }, { " c ", LADDER_CELL_SUPPRESSED },
    { "n/a", LADDER_CELL_UNREADABLE }, { "cc", LADDER_CELL_UNREADABLE }, { "12a", LADDER_CELL_UNREADABLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    g_assert_cmpint (ladder_cell_state_from_text (marks[i].text, strlen (marks[i].text)), ==, marks[i].state);
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    g_assert_cmpstr (ladder_cell_state_to_string (s), !=, "unknown");
}

/* A measure per area, each with one figure: the figures, not measures
 * times areas, set the size; every figure is found and nothing else. */
static void
test_sparse (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint period = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, "2024", 4));
  const guint n = 3000;
  guint64 values = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("M%u", i);
      g_autofree char *name = g_strdup_printf ("Area %u", i);
      guint measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));
      guint area = ladder_dataset_ensure_area (dataset, -1, ladder_dataset_intern (dataset, name, strlen (name)));

      g_assert_cmpint (ladder_dataset_set_cell (dataset, measure, area, period, LADDER_CELL_VALUE, i + 0.5, 0, NULL),
                       ==, LADDER_SET_NEW);
    }
  for (guint i = 0; i < n; i += 37)
    {
      double value = 0;

      g_assert_cmpint (ladder_dataset_lookup (dataset, i, i, period, &value, NULL), ==, LADDER_CELL_VALUE);
      g_assert_cmpfloat (value, ==, i + 0.5);
      /* Beside it in the same block, and far from it: nothing. */
      g_assert_cmpint (ladder_dataset_lookup (dataset, i, i ^ 1, period, NULL, NULL), ==, LADDER_CELL_ABSENT);
      g_assert_cmpint (ladder_dataset_lookup (dataset, i, n - 1 - i, period, NULL, NULL), ==,
                       i == n - 1 - i ? LADDER_CELL_VALUE : LADDER_CELL_ABSENT);
    }
  values = ladder_dataset_count_cells (dataset, LADDER_CELL_VALUE);
  g_assert_cmpuint (values, ==, n);
  g_assert_false (ladder_dataset_get_out_of_memory (dataset));
}

/* Flags mark how a figure stands apart; an empty cell keeps none. */
static void
test_flags (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint measure = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, "TO", 2));
  guint period = ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, "2024", 4));
  guint kingston = ladder_dataset_ensure_area (dataset, 314, ladder_dataset_intern (dataset, "Kingston", 8));
  guint richmond = ladder_dataset_ensure_area (dataset, 318, ladder_dataset_intern (dataset, "Richmond", 8));

  ladder_dataset_set_cell (dataset, measure, kingston, period, LADDER_CELL_VALUE, 17.0, 0, NULL);
  ladder_dataset_set_cell_flags (dataset, measure, kingston, period, LADDER_CELL_FLAG_JOINT);
  ladder_dataset_set_cell_flags (dataset, measure, richmond, period, LADDER_CELL_FLAG_JOINT);
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, measure, kingston, period), ==, LADDER_CELL_FLAG_JOINT);
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, measure, richmond, period), ==, 0);
  /* A new figure for the cell keeps its flags until they are set again. */
  ladder_dataset_set_cell (dataset, measure, kingston, period, LADDER_CELL_VALUE, 18.0, 0, NULL);
  g_assert_cmpuint (ladder_dataset_get_cell_flags (dataset, measure, kingston, period), ==, LADDER_CELL_FLAG_JOINT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/string-pool/intern", test_string_pool);
  g_test_add_func ("/dataset/cells", test_cells);
  g_test_add_func ("/dataset/area-growth", test_area_growth);
  g_test_add_func ("/dataset/find-and-periods", test_find_and_periods);
  g_test_add_func ("/dataset/missing-marks", test_missing_marks);
  g_test_add_func ("/dataset/sparse", test_sparse);
  g_test_add_func ("/dataset/flags", test_flags);

  return g_test_run ();
}
