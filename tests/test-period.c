/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading period labels. */
#include "config.h"

#include "ladder-period.h"

typedef struct
{
  const char        *label;
  gboolean           understood;
  LadderPeriodKind   kind;
  int                start_year;
  int                span;
  LadderPeriodFlags  flags;
} Case;

static void
test_labels (void)
{
  static const Case cases[] = {
    { "2019", TRUE, LADDER_PERIOD_CALENDAR, 2019, 1, 0 },
    { "2016-17", TRUE, LADDER_PERIOD_SPLIT_YEAR, 2016, 1, 0 },
    { "2016/17", TRUE, LADDER_PERIOD_SPLIT_YEAR, 2016, 1, 0 },
    { "202425", TRUE, LADDER_PERIOD_SPLIT_YEAR, 2024, 1, 0 },
    { "1999-00", TRUE, LADDER_PERIOD_SPLIT_YEAR, 1999, 1, 0 },
    { "2016-2017", TRUE, LADDER_PERIOD_SPLIT_YEAR, 2016, 1, 0 },
    { "2014-16", TRUE, LADDER_PERIOD_ROLLING, 2014, 3, 0 },
    { "2013/14-15/16", TRUE, LADDER_PERIOD_ROLLING, 2013, 3, 0 },
    { "2025 (prov)", TRUE, LADDER_PERIOD_CALENDAR, 2025, 1, LADDER_PERIOD_PROVISIONAL },
    { "2018 (Rev)", TRUE, LADDER_PERIOD_CALENDAR, 2018, 1, LADDER_PERIOD_REVISED },
    { "2020 (Final)", TRUE, LADDER_PERIOD_CALENDAR, 2020, 1, LADDER_PERIOD_FINAL },
    { "2016-17 (OT)", TRUE, LADDER_PERIOD_SPLIT_YEAR, 2016, 1, LADDER_PERIOD_OUTTURN },
    { " 2019 ", TRUE, LADDER_PERIOD_CALENDAR, 2019, 1, 0 },
    { "0", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "2016-15", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "2016/18", TRUE, LADDER_PERIOD_ROLLING, 2016, 3, 0 },
    { "2013/15-15/16", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "abcd", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "2025 (maybe)", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
    { "Q1 2025", FALSE, LADDER_PERIOD_UNKNOWN, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      LadderPeriod period;

      g_test_message ("label “%s”", c->label);
      g_assert_cmpint (ladder_period_parse (c->label, &period), ==, c->understood);
      g_assert_true (period.label == c->label);
      g_assert_cmpint (period.kind, ==, c->kind);
      g_assert_cmpint (period.start_year, ==, c->start_year);
      g_assert_cmpint (period.span, ==, c->span);
      g_assert_cmpint (period.flags, ==, c->flags);
    }
}

static void
test_identifier (void)
{
  LadderPeriod period;

  ladder_period_parse ("202425", &period);
  ladder_period_apply_identifier (&period, "Academic year");
  g_assert_cmpint (period.kind, ==, LADDER_PERIOD_ACADEMIC);
  ladder_period_parse ("202425", &period);
  ladder_period_apply_identifier (&period, "Financial year");
  g_assert_cmpint (period.kind, ==, LADDER_PERIOD_FINANCIAL);
  /* A calendar year stays one whatever the identifier says. */
  ladder_period_parse ("2025", &period);
  ladder_period_apply_identifier (&period, "Academic year");
  g_assert_cmpint (period.kind, ==, LADDER_PERIOD_CALENDAR);
}

static void
test_order (void)
{
  LadderPeriod a, b, c, d;

  ladder_period_parse ("2018", &a);
  ladder_period_parse ("2018 (Rev)", &b);
  ladder_period_parse ("2019", &c);
  ladder_period_parse ("2017-19", &d);
  g_assert_cmpint (ladder_period_compare (&a, &b), <, 0);
  g_assert_cmpint (ladder_period_compare (&b, &c), <, 0);
  g_assert_cmpint (ladder_period_compare (&d, &a), <, 0);
  g_assert_cmpint (ladder_period_compare (&c, &c), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/labels", test_labels);
  g_test_add_func ("/period/identifier", test_identifier);
  g_test_add_func ("/period/order", test_order);

  return g_test_run ();
}
