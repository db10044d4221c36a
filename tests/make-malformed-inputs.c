/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the large members of the malformed-input corpus to a folder, to
 * try by hand or to time, or writes seeds for the fuzz harnesses that are
 * large enough to reach what only large inputs reach: a CSV longer than
 * the reader's 128 KB chunk, a measure with more councils than one block
 * of the store holds, an assessment of many people on one line.
 *
 *   make-malformed-inputs FOLDER
 *   make-malformed-inputs --fuzz-seeds DATA-FOLDER ASSESSMENT-FOLDER */
#include "config.h"

#include "malformed-inputs.h"

static void
write_fuzz_seeds (const char *data_folder,
                  const char *assessment_folder)
{
  g_autoptr(GString) text = g_string_new (MALFORMED_LAIT_HEADER);

  g_assert_cmpint (g_mkdir_with_parents (data_folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (assessment_folder, 0755), ==, 0);

  /* 160 councils, five measures, three periods: about 150 KB, past the
   * first chunk, with measures spread over five blocks of the store. */
  for (guint m = 0; m < 5; m++)
    for (guint p = 0; p < 3; p++)
      for (guint a = 0; a < 160; a++)
        g_string_append_printf (text, "M%u,%s,%u,Council %u (fictional),%u.%u,%u,Region %u (fictional)\n",
                                m, a == 0 && p == 0 ? "A measure (fictional)" : "", 2022 + p, a,
                                (a * 7 + m) % 100, p, 100 + a, a % 9);
  malformed_write_string (data_folder, "large-lait-table.csv", text);

  /* A tidy file of 200 councils and 20 indicators, about 60 KB. */
  g_string_assign (text, "time_period,time_identifier,geographic_level,country_name,region_name,old_la_code,la_name");
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (text, ",indicator_%u", i);
  g_string_append_c (text, '\n');
  for (guint a = 0; a < 200; a++)
    {
      g_string_append_printf (text, "202324,Academic year,Local authority,England,Region %u,%u,Council %u (fictional)",
                              a % 9, 100 + a, a);
      for (guint i = 0; i < 20; i++)
        g_string_append_printf (text, a % 17 == i ? ",c" : ",%u.%u", (a + i) % 50, i % 10);
      g_string_append_c (text, '\n');
    }
  malformed_write_string (data_folder, "large-ees-tidy.csv", text);

  /* Distinct measures and councils on every row: the sparse shape. */
  g_string_assign (text, MALFORMED_LAIT_HEADER);
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "M%04u,Measure %u (fictional),2024,Council %u (fictional),%u.5,%u,Region\n",
                            i, i, i, i % 100, 1000 + i);
  malformed_write_string (data_folder, "sparse-measures.csv", text);

  /* A review of 40 people on one line, about 180 KB. */
  {
    gsize pretty_length, length;
    g_autofree char *pretty = big_assessment_pretty_of (40, &pretty_length);
    g_autofree char *one_line = big_assessment_one_line (pretty, pretty_length, &length);

    malformed_write (assessment_folder, "one-line-review.ladder", one_line, length);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && argv[1][0] != '-')
    {
      g_assert_cmpint (g_mkdir_with_parents (argv[1], 0755), ==, 0);
      malformed_write_large_inputs (argv[1]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--fuzz-seeds"))
    {
      write_fuzz_seeds (argv[2], argv[3]);
      return 0;
    }
  g_printerr ("usage: make-malformed-inputs FOLDER\n"
              "       make-malformed-inputs --fuzz-seeds DATA-FOLDER ASSESSMENT-FOLDER\n");
  return 2;
}
