/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the statistics, against figures worked out by hand and against
 * the worked example of lait-rules.md on the real data. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-chart-data.h"
#include "ladder-data-import.h"
#include "ladder-statistics.h"
#include "test-fixtures.h"

typedef struct
{
  LadderDataset *dataset;
  guint          source;
  guint          low, high, none, rolling;
} Fixture;

static guint
intern_area (LadderDataset *dataset,
             int            number,
             const char    *name)
{
  return ladder_dataset_ensure_area (dataset, number, ladder_dataset_intern (dataset, name, strlen (name)));
}

static guint
period (LadderDataset *dataset,
        const char    *label)
{
  return ladder_dataset_ensure_period (dataset, ladder_dataset_intern (dataset, label, strlen (label)));
}

static guint
area (LadderDataset *dataset,
      int            number)
{
  g_autofree char *text = g_strdup_printf ("%d", number);
  guint index;

  g_assert_true (ladder_dataset_find_area (dataset, text, &index));
  return index;
}

static void
set (Fixture    *f,
     guint       measure,
     int         number,
     const char *label,
     double      value)
{
  ladder_dataset_set_cell (f->dataset, measure, area (f->dataset, number), period (f->dataset, label),
                           LADDER_CELL_VALUE, value, f->source, NULL);
}

static guint
add_measure (LadderDataset  *dataset,
             const char     *code,
             LadderPolarity  polarity)
{
  guint m = ladder_dataset_ensure_measure (dataset, ladder_dataset_intern (dataset, code, strlen (code)));

  ladder_dataset_get_measure (dataset, m)->polarity = polarity;
  ladder_dataset_get_measure (dataset, m)->decimals = 1;
  return m;
}

/* Eight councils with figures 10, 20, 20, 30, 40, 50, 60, 70 in 2024 (901 has
 * 10, improving by 1 a year since 2020), three councils with none, a region
 * and England. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const double figures_2024[] = { 10, 20, 20, 30, 40, 50, 60, 70 };
  LadderNeighbour neighbours[LADDER_MAX_NEIGHBOURS];

  f->dataset = ladder_dataset_new ();
  f->source = ladder_dataset_add_source (f->dataset, "made-up.csv");
  for (int n = 901; n <= 911; n++)
    {
      g_autofree char *name = g_strdup_printf ("Fictional council %d", n);
      guint a = intern_area (f->dataset, n, name);
      ladder_dataset_get_area (f->dataset, a)->region = "Fictional North";
    }
  intern_area (f->dataset, 980, "Fictional North");
  intern_area (f->dataset, 970, "England");
  f->low = add_measure (f->dataset, "LOW", LADDER_POLARITY_LOW);
  f->high = add_measure (f->dataset, "HIGH", LADDER_POLARITY_HIGH);
  f->none = add_measure (f->dataset, "NONE", LADDER_POLARITY_NONE);
  f->rolling = add_measure (f->dataset, "ROLL", LADDER_POLARITY_LOW);

  for (guint i = 0; i < G_N_ELEMENTS (figures_2024); i++)
    for (int year = 2020; year <= 2024; year++)
      {
        char label[8];

        g_snprintf (label, sizeof label, "%d", year);
        /* 901 improves by one a year; the others stay put. */
        set (f, f->low, 901 + i, label, i == 0 ? 10 + (2024 - year) : figures_2024[i]);
        set (f, f->high, 901 + i, label, figures_2024[i]);
        set (f, f->none, 901 + i, label, figures_2024[i]);
      }
  set (f, f->low, 980, "2024", 33);
  set (f, f->low, 970, "2024", 31);
  set (f, f->low, 901, "2018", 99);
  set (f, f->low, 901, "2018 (Rev)", 19);
  set (f, f->low, 901, "2019", 15);
  set (f, f->rolling, 901, "2014-16", 5);
  set (f, f->rolling, 901, "2015-17", 6);
  set (f, f->rolling, 901, "2017-19", 8);

  for (guint i = 0; i < 10; i++)
    neighbours[i].area = area (f->dataset, 902 + i), neighbours[i].closeness = "Close";
  ladder_dataset_set_neighbours (f->dataset, area (f->dataset, 901), neighbours, 10);
  neighbours[0].area = area (f->dataset, 909);
  neighbours[1].area = area (f->dataset, 910);
  neighbours[2].area = area (f->dataset, 911);
  neighbours[3].area = area (f->dataset, 901);
  ladder_dataset_set_neighbours (f->dataset, area (f->dataset, 902), neighbours, 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ladder_dataset_unref (f->dataset);
}

static void
test_neighbour_average (Fixture       *f,
                        gconstpointer  data)
{
  LadderNeighbourAverage average = ladder_stats_neighbour_average (f->dataset, f->low, area (f->dataset, 901),
                                                                   period (f->dataset, "2024"));

  g_assert_cmpint (average.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (average.n_reporting, ==, 7);
  g_assert_cmpuint (average.n_neighbours, ==, 10);
  g_assert_cmpfloat_with_epsilon (average.mean, 290.0 / 7, 1e-12);
  g_assert_cmpfloat (average.median, ==, 40);
  g_assert_false (average.thin);

  /* One of four reporting: given, but flagged as thin. */
  average = ladder_stats_neighbour_average (f->dataset, f->low, area (f->dataset, 902), period (f->dataset, "2024"));
  g_assert_cmpint (average.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (average.n_reporting, ==, 1);
  g_assert_true (average.thin);
  g_assert_cmpfloat (average.mean, ==, 10);

  average = ladder_stats_neighbour_average (f->dataset, f->low, area (f->dataset, 903), period (f->dataset, "2024"));
  g_assert_cmpint (average.status, ==, LADDER_STAT_NO_NEIGHBOURS);
  average = ladder_stats_neighbour_average (f->dataset, f->low, area (f->dataset, 980), period (f->dataset, "2024"));
  g_assert_cmpint (average.status, ==, LADDER_STAT_NOT_A_COUNCIL);
  average = ladder_stats_neighbour_average (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2018"));
  g_assert_cmpint (average.status, ==, LADDER_STAT_NONE_REPORTING);
}

static void
test_region_and_england (Fixture       *f,
                         gconstpointer  data)
{
  guint region;
  double value;

  g_assert_cmpint (ladder_stats_region_value (f->dataset, f->low, area (f->dataset, 905),
                                              period (f->dataset, "2024"), &region, &value), ==, LADDER_STAT_OK);
  g_assert_cmpuint (region, ==, area (f->dataset, 980));
  g_assert_cmpfloat (value, ==, 33);
  g_assert_cmpint (ladder_stats_england_value (f->dataset, f->low, period (f->dataset, "2024"), &value), ==, LADDER_STAT_OK);
  g_assert_cmpfloat (value, ==, 31);
  g_assert_cmpint (ladder_stats_england_value (f->dataset, f->low, period (f->dataset, "2023"), &value),
                   ==, LADDER_STAT_NO_ENGLAND);
}

static void
test_rank (Fixture       *f,
           gconstpointer  data)
{
  guint p = period (f->dataset, "2024");
  LadderRank rank;

  /* Low is good: 10 first; the two 20s share second; 30 is fourth. */
  rank = ladder_stats_rank (f->dataset, f->low, area (f->dataset, 901), p);
  g_assert_cmpuint (rank.rank, ==, 1);
  g_assert_cmpuint (rank.n, ==, 8);
  g_assert_cmpuint (ladder_stats_rank (f->dataset, f->low, area (f->dataset, 902), p).rank, ==, 2);
  g_assert_cmpuint (ladder_stats_rank (f->dataset, f->low, area (f->dataset, 903), p).rank, ==, 2);
  g_assert_cmpuint (ladder_stats_rank (f->dataset, f->low, area (f->dataset, 904), p).rank, ==, 4);
  /* High is good: 70 first, 10 last. */
  g_assert_cmpuint (ladder_stats_rank (f->dataset, f->high, area (f->dataset, 908), p).rank, ==, 1);
  g_assert_cmpuint (ladder_stats_rank (f->dataset, f->high, area (f->dataset, 901), p).rank, ==, 8);
  g_assert_cmpint (ladder_stats_rank (f->dataset, f->none, area (f->dataset, 901), p).status, ==, LADDER_STAT_NO_POLARITY);
  g_assert_cmpint (ladder_stats_rank (f->dataset, f->low, area (f->dataset, 909), p).status, ==, LADDER_STAT_NO_FIGURE);
  g_assert_cmpint (ladder_stats_rank (f->dataset, f->low, area (f->dataset, 970), p).status, ==, LADDER_STAT_NOT_A_COUNCIL);
}

/* Compares and frees a returned string. */
static void
assert_range (char       *range,
              const char *expected)
{
  g_assert_cmpstr (range, ==, expected);
  g_free (range);
}

static void
test_quartiles_and_bands (Fixture       *f,
                          gconstpointer  data)
{
  guint p = period (f->dataset, "2024");
  LadderQuartiles q = ladder_stats_quartiles (f->dataset, f->high, p);
  static const struct { int council; char low_band; char high_band; } bands[] = {
    { 901, 'A', 'D' },   /* 10 */
    { 902, 'A', 'D' },   /* 20: on Q1, the lower-valued band */
    { 904, 'B', 'C' },   /* 30 */
    { 905, 'C', 'B' },   /* 40 */
    { 907, 'D', 'A' },   /* 60 */
  };
  LadderStatStatus status;
  g_autofree char *c_high = NULL;

  /* 10 20 20 30 40 50 60 70: QUARTILE.INC gives 20, 35, 52.5. */
  g_assert_cmpuint (q.n, ==, 8);
  g_assert_cmpfloat (q.min, ==, 10);
  g_assert_cmpfloat (q.q1, ==, 20);
  g_assert_cmpfloat (q.median, ==, 35);
  g_assert_cmpfloat (q.q3, ==, 52.5);
  g_assert_cmpfloat (q.max, ==, 70);

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      /* The LOW measure's 901 is 10 in 2024 like the others' 901. */
      g_assert_cmpint (ladder_band_to_char (ladder_stats_band (f->dataset, f->low, area (f->dataset, bands[i].council), p, NULL)),
                       ==, bands[i].low_band);
      g_assert_cmpint (ladder_band_to_char (ladder_stats_band (f->dataset, f->high, area (f->dataset, bands[i].council), p, NULL)),
                       ==, bands[i].high_band);
    }
  g_assert_cmpint (ladder_stats_band (f->dataset, f->none, area (f->dataset, 901), p, &status), ==, LADDER_BAND_NONE);
  g_assert_cmpint (status, ==, LADDER_STAT_NO_POLARITY);
  ladder_dataset_get_measure (f->dataset, f->high)->quartiles_allowed = FALSE;
  g_assert_cmpint (ladder_stats_band (f->dataset, f->high, area (f->dataset, 901), p, &status), ==, LADDER_BAND_NONE);
  g_assert_cmpint (status, ==, LADDER_STAT_QUARTILES_OFF);

  /* Ranges as LAIT shows them, with high polarity's band C put right:
   * LAIT shows "median+step to Q1+step" (35.1 to 20.1). */
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_LOW, LADDER_BAND_A, 1), "10.0 to 20.0");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_LOW, LADDER_BAND_B, 1), "20.1 to 35.0");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_LOW, LADDER_BAND_C, 1), "35.1 to 52.5");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_LOW, LADDER_BAND_D, 1), "52.6 to 70.0");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_HIGH, LADDER_BAND_A, 1), "70.0 to 52.6");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_HIGH, LADDER_BAND_B, 1), "52.5 to 35.1");
  c_high = ladder_stats_band_range (&q, LADDER_POLARITY_HIGH, LADDER_BAND_C, 1);
  g_assert_cmpstr (c_high, ==, "35.0 to 20.1");
  assert_range (ladder_stats_band_range (&q, LADDER_POLARITY_HIGH, LADDER_BAND_D, 0), "20 to 10");
}

static void
test_change_only_from_consecutive (Fixture       *f,
                                   gconstpointer  data)
{
  guint previous;
  LadderChange change;

  change = ladder_stats_change (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2024"));
  g_assert_cmpint (change.status, ==, LADDER_STAT_OK);
  g_assert_cmpfloat (change.change, ==, -1);
  g_assert_true (change.improved);
  g_assert_cmpstr (ladder_dataset_get_period (f->dataset, change.previous)->label, ==, "2023");

  /* 2019's predecessor is 2018, revised figure preferred. */
  g_assert_true (ladder_stats_previous_period (f->dataset, f->low, period (f->dataset, "2019"), &previous));
  g_assert_cmpstr (ladder_dataset_get_period (f->dataset, previous)->label, ==, "2018 (Rev)");
  change = ladder_stats_change (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2019"));
  g_assert_cmpfloat (change.change, ==, 15 - 19);

  /* Pooled years: 2017-19 follows 2014-16, not the overlapping 2015-17. */
  g_assert_true (ladder_stats_previous_period (f->dataset, f->rolling, period (f->dataset, "2017-19"), &previous));
  g_assert_cmpstr (ladder_dataset_get_period (f->dataset, previous)->label, ==, "2014-16");
  g_assert_false (ladder_stats_previous_period (f->dataset, f->rolling, period (f->dataset, "2015-17"), &previous));
  change = ladder_stats_change (f->dataset, f->rolling, area (f->dataset, 901), period (f->dataset, "2015-17"));
  g_assert_cmpint (change.status, ==, LADDER_STAT_NO_PREVIOUS);
}

static void
test_trend_and_gap (Fixture       *f,
                    gconstpointer  data)
{
  LadderTrend trend = ladder_stats_trend (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2024"));
  LadderGapTrend gap;

  g_assert_cmpint (trend.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (trend.n_periods, ==, 5);
  g_assert_cmpfloat_with_epsilon (trend.slope, -1, 1e-12);
  g_assert_cmpuint (trend.years_improving, ==, 4);

  /* Flat figures: no slope, no improvement; no direction without polarity. */
  trend = ladder_stats_trend (f->dataset, f->none, area (f->dataset, 905), period (f->dataset, "2024"));
  g_assert_cmpfloat (trend.slope, ==, 0);
  g_assert_cmpuint (trend.years_improving, ==, 0);
  trend = ladder_stats_trend (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2019"));
  g_assert_cmpint (trend.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (trend.n_periods, ==, 2);
  trend = ladder_stats_trend (f->dataset, f->low, area (f->dataset, 909), period (f->dataset, "2024"));
  g_assert_cmpint (trend.status, ==, LADDER_STAT_NO_FIGURE);

  /* 901 moves from 14 to 10 while its neighbours stay at 290/7: the gap
   * grows from 27.4 to 31.4. */
  gap = ladder_stats_gap_trend (f->dataset, f->low, area (f->dataset, 901), period (f->dataset, "2024"));
  g_assert_cmpint (gap.status, ==, LADDER_STAT_OK);
  g_assert_cmpuint (gap.n_periods, ==, 5);
  g_assert_cmpint (gap.direction, ==, LADDER_GAP_WIDENING);
  g_assert_cmpfloat_with_epsilon (gap.first_gap, 14 - 290.0 / 7, 1e-12);
  g_assert_cmpfloat_with_epsilon (gap.last_gap, 10 - 290.0 / 7, 1e-12);
}

/* lait-rules.md, worked example: Barking and Dagenham, workforce, 2025. */
static void
test_worked_example (void)
{
  static const struct {
    const char *code;
    double la_2024, la_2025, outer_london, england, sn_mean;
    guint sn_n;
    double change;
    guint rank, n;
    double min, q1, median, q3, max;
    char band;
  } rows[] = {
    { "Work_Force_AvgNumCase_SW", 14.9, 15.0, 14.6, 15.2, 14.01, 10, 0.1, 67, 151, 6.0, 14.0, 15.2, 16.75, 20.9, 'B' },
    { "Work_Force_TO_Rate", 17.2, 14.8, 15.7, 11.8, 12.30, 10, -2.4, 106, 150, 0.0, 9.5, 11.75, 15.35, 34.9, 'C' },
    { "Work_Force_Agecy_Rate", 18.6, 15.5, 18.4, 13.0, 15.21, 10, -3.1, 93, 151, 0.0, 7.85, 12.8, 20.9, 100.0, 'C' },
    { "Work_Force_Vac_Rate", 13.3, 18.8, 20.5, 14.2, 18.27, 10, 5.5, 102, 151, 0.0, 7.75, 14.5, 20.75, 100.0, 'C' },
  };
  const char *files[] = { "lait/bds_long.csv", "lait/lait_data_dictionary.csv", "lait/sn_may_2025.csv" };
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint council, p2024, p2025, region;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture_real_data (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LadderImportReport) report = NULL;

      if (path == NULL)
        return;
      report = ladder_data_import_file (dataset, path, NULL, &error);
      g_assert_no_error (error);
    }
  g_assert_true (ladder_dataset_find_area (dataset, "Barking and Dagenham", &council));
  g_assert_true (ladder_dataset_find_period (dataset, "2024", &p2024));
  g_assert_true (ladder_dataset_find_period (dataset, "2025", &p2025));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      LadderNeighbourAverage average;
      LadderChange change;
      LadderRank rank;
      LadderQuartiles q;
      LadderStatStatus status;
      guint measure, latest;
      double value;

      g_test_message ("%s", rows[i].code);
      g_assert_true (ladder_dataset_find_measure (dataset, rows[i].code, &measure));
      g_assert_true (ladder_stats_latest_period (dataset, measure, &latest));
      g_assert_cmpuint (latest, ==, p2025);

      ladder_dataset_lookup (dataset, measure, council, p2024, &value, NULL);
      g_assert_cmpfloat (value, ==, rows[i].la_2024);
      ladder_dataset_lookup (dataset, measure, council, p2025, &value, NULL);
      g_assert_cmpfloat (value, ==, rows[i].la_2025);
      g_assert_cmpint (ladder_stats_region_value (dataset, measure, council, p2025, &region, &value), ==, LADDER_STAT_OK);
      g_assert_cmpstr (ladder_dataset_get_area (dataset, region)->name, ==, "London (Outer)");
      g_assert_cmpfloat (value, ==, rows[i].outer_london);
      g_assert_cmpint (ladder_stats_england_value (dataset, measure, p2025, &value), ==, LADDER_STAT_OK);
      g_assert_cmpfloat (value, ==, rows[i].england);

      average = ladder_stats_neighbour_average (dataset, measure, council, p2025);
      g_assert_cmpint (average.status, ==, LADDER_STAT_OK);
      g_assert_cmpuint (average.n_reporting, ==, rows[i].sn_n);
      g_assert_cmpfloat_with_epsilon (average.mean, rows[i].sn_mean, 0.005);

      change = ladder_stats_change (dataset, measure, council, p2025);
      g_assert_cmpint (change.status, ==, LADDER_STAT_OK);
      g_assert_cmpfloat_with_epsilon (change.change, rows[i].change, 1e-9);
      g_assert_cmpint (change.improved, ==, rows[i].change < 0);

      rank = ladder_stats_rank (dataset, measure, council, p2025);
      g_assert_cmpint (rank.status, ==, LADDER_STAT_OK);
      g_assert_cmpuint (rank.rank, ==, rows[i].rank);
      g_assert_cmpuint (rank.n, ==, rows[i].n);

      q = ladder_stats_quartiles (dataset, measure, p2025);
      g_assert_cmpfloat_with_epsilon (q.min, rows[i].min, 1e-9);
      g_assert_cmpfloat_with_epsilon (q.q1, rows[i].q1, 1e-9);
      g_assert_cmpfloat_with_epsilon (q.median, rows[i].median, 1e-9);
      g_assert_cmpfloat_with_epsilon (q.q3, rows[i].q3, 1e-9);
      g_assert_cmpfloat_with_epsilon (q.max, rows[i].max, 1e-9);
      g_assert_cmpint (ladder_band_to_char (ladder_stats_band (dataset, measure, council, p2025, &status)), ==, rows[i].band);
    }
}

/* A London borough's region line is one place under its own name: Inner
 * London when it has a figure in the indicator's latest period, London
 * otherwise (as LAIT chooses), never one in some years and the other in
 * the rest under the first one's name. */
static void
test_london_region_line (void)
{
  static const struct { double inner[2]; const char *line; double expected[2]; } cases[] = {
    /* Inner London lacks the latest period: London throughout. */
    { { 21, NAN }, "London", { 30, 31 } },
    /* Inner London has the latest: Inner London throughout, a gap before. */
    { { NAN, 22 }, "London (Inner)", { NAN, 22 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Fixture fixture = { ladder_dataset_new (), 0, 0, 0, 0, 0 }, *f = &fixture;
      const char *labels[] = { "2024", "2025" };
      g_autoptr(GError) error = NULL;
      LadderTrendData *data;
      guint camden;

      f->source = ladder_dataset_add_source (f->dataset, "made-up.csv");
      camden = intern_area (f->dataset, 202, "Camden");
      ladder_dataset_get_area (f->dataset, camden)->region = "Inner London";
      intern_area (f->dataset, 986, "London");
      intern_area (f->dataset, 987, "London (Inner)");
      f->low = add_measure (f->dataset, "LOW", LADDER_POLARITY_LOW);
      for (guint y = 0; y < 2; y++)
        {
          set (f, f->low, 202, labels[y], 10 + y);
          set (f, f->low, 986, labels[y], 30 + y);
          if (!isnan (cases[c].inner[y]))
            set (f, f->low, 987, labels[y], cases[c].inner[y]);
        }
      data = ladder_trend_data_new (f->dataset, f->low, camden, FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (data->region_name, ==, cases[c].line);
      for (guint y = 0; y < 2; y++)
        {
          guint region;
          double value = NAN;
          LadderStatStatus status = ladder_stats_region_value (f->dataset, f->low, camden,
                                                               period (f->dataset, labels[y]), &region, &value);

          if (isnan (cases[c].expected[y]))
            g_assert_cmpint (status, ==, LADDER_STAT_NO_REGION);
          else
            {
              g_assert_cmpint (status, ==, LADDER_STAT_OK);
              g_assert_cmpfloat (value, ==, cases[c].expected[y]);
              g_assert_cmpstr (ladder_dataset_get_area (f->dataset, region)->name, ==, cases[c].line);
            }
        }
      ladder_trend_data_free (data);
      ladder_dataset_unref (f->dataset);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/statistics/neighbour-average", Fixture, NULL, fixture_set_up, test_neighbour_average, fixture_tear_down);
  g_test_add ("/statistics/region-england", Fixture, NULL, fixture_set_up, test_region_and_england, fixture_tear_down);
  g_test_add_func ("/statistics/london-region-line", test_london_region_line);
  g_test_add ("/statistics/rank", Fixture, NULL, fixture_set_up, test_rank, fixture_tear_down);
  g_test_add ("/statistics/quartiles-bands", Fixture, NULL, fixture_set_up, test_quartiles_and_bands, fixture_tear_down);
  g_test_add ("/statistics/change", Fixture, NULL, fixture_set_up, test_change_only_from_consecutive, fixture_tear_down);
  g_test_add ("/statistics/trend-gap", Fixture, NULL, fixture_set_up, test_trend_and_gap, fixture_tear_down);
  g_test_add_func ("/statistics/worked-example", test_worked_example);

  return g_test_run ();
}
