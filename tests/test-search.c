/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for finding indicators and councils by what people type. */
#include "config.h"

#include <string.h>

#include "ladder-search.h"

static guint
add_council (LadderDataset *dataset,
             int            number,
             const char    *ons,
             const char    *name)
{
  guint area = ladder_dataset_ensure_area (dataset, number, ladder_dataset_intern (dataset, name, strlen (name)));

  ladder_dataset_get_area (dataset, area)->ons_code = ons != NULL ? ladder_dataset_intern (dataset, ons, strlen (ons))
                                                                  : NULL;
  return area;
}

static gboolean
matches (const char *query,
         const char *text)
{
  g_auto(GStrv) words = ladder_search_words (query);
  g_autofree char *folded = ladder_search_fold (text);

  return ladder_search_words_match ((const char * const *) words, folded);
}

static void
test_fold (void)
{
  g_autofree char *a = ladder_search_fold ("  Pöle-Télé  (Ñorth) ");
  g_autofree char *b = ladder_search_fold ("STRASSE & Straße");
  g_autofree char *c = ladder_search_fold ("\xff\xfe broken");
  g_autofree char *d = ladder_search_fold (NULL);

  g_assert_cmpstr (a, ==, "pole tele north");
  g_assert_cmpstr (b, ==, "strasse strasse");
  g_assert_cmpstr (c, ==, "broken");
  g_assert_cmpstr (d, ==, "");
}

/* The three searches that found nothing before: any word, anywhere. */
static void
test_words (void)
{
  g_assert_true (matches ("turnover", "Workforce: Social worker turnover rate"));
  g_assert_true (matches ("looked after", "Children looked after: rate per 10,000 children"));
  g_assert_true (matches ("LOOKED  After", "Children looked after: rate per 10,000 children"));
  g_assert_true (matches ("dagenham", "Barking and Dagenham 301 E09000002"));
  g_assert_true (matches ("dagen", "Barking and Dagenham"));
  g_assert_true (matches ("e0900000", "Barking and Dagenham 301 E09000002"));
  g_assert_true (matches ("301", "Barking and Dagenham 301 E09000002"));
  g_assert_true (matches ("pole", "Pôle Test"));
  g_assert_true (matches ("", "anything"));
  g_assert_true (matches ("  ,, ", "anything"));
  g_assert_false (matches ("after looked turnover", "Children looked after"));
  g_assert_false (matches ("dagenhams", "Barking and Dagenham"));
}

static void
test_council_key (void)
{
  static const struct { const char *name, *key; } cases[] = {
    { "Leeds City Council", "leeds" },
    { "Leeds", "leeds" },
    { "London Borough of Barking & Dagenham", "barking dagenham" },
    { "Barking and Dagenham", "barking dagenham" },
    { "Dudley Metropolitan Borough Council", "dudley" },
    { "Devon County Council", "devon" },
    { "Swindon Borough Council", "swindon" },
    { "Kingston upon Hull, City of", "kingston upon hull" },
    { "The Royal Borough of Kensington and Chelsea", "kensington chelsea" },
    { "council", "council" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = ladder_search_council_key (cases[i].name);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static LadderDataset *
councils (void)
{
  LadderDataset *dataset = ladder_dataset_new ();

  add_council (dataset, 970, "E92000001", "England");
  add_council (dataset, 987, "E13000001", "Inner London");
  add_council (dataset, 301, "E09000002", "Barking and Dagenham");
  add_council (dataset, 383, "E08000035", "Leeds");
  add_council (dataset, 332, "E08000027", "Dudley");
  add_council (dataset, 810, "E06000010", "Kingston upon Hull, City of");
  add_council (dataset, 380, "E08000032", "Bradford");
  add_council (dataset, 381, "E08000033", "Calderdale");
  return dataset;
}

static void
test_match_council (void)
{
  g_autoptr(LadderDataset) dataset = councils ();
  guint barking, leeds, hull, area = 99;

  g_assert_true (ladder_dataset_find_area (dataset, "Barking and Dagenham", &barking));
  g_assert_true (ladder_dataset_find_area (dataset, "Leeds", &leeds));
  g_assert_true (ladder_dataset_find_area (dataset, "810", &hull));

  g_assert_true (ladder_dataset_match_council (dataset, "301", &area));
  g_assert_cmpuint (area, ==, barking);
  g_assert_true (ladder_dataset_match_council (dataset, " e09000002 ", &area));
  g_assert_cmpuint (area, ==, barking);
  g_assert_true (ladder_dataset_match_council (dataset, "London Borough of Barking & Dagenham", &area));
  g_assert_cmpuint (area, ==, barking);
  g_assert_true (ladder_dataset_match_council (dataset, "Leeds City Council", &area));
  g_assert_cmpuint (area, ==, leeds);
  g_assert_true (ladder_dataset_match_council (dataset, "LEEDS", &area));
  g_assert_cmpuint (area, ==, leeds);
  g_assert_true (ladder_dataset_match_council (dataset, "Hull City Council", &area) == FALSE);
  g_assert_true (ladder_dataset_match_council (dataset, "Kingston upon Hull City Council", &area));
  g_assert_cmpuint (area, ==, hull);

  /* Never a region or England, never a near miss, never a guess. */
  g_assert_false (ladder_dataset_match_council (dataset, "970", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "England", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "Inner London", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "Leed", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "3010", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "", &area));
  g_assert_false (ladder_dataset_match_council (dataset, "Council", &area));
  g_assert_false (ladder_dataset_match_council (dataset, NULL, &area));

  /* An assessment's council: by its code, else by its name. */
  g_assert_true (ladder_dataset_find_council (dataset, "383", "Somewhere else", &area));
  g_assert_cmpuint (area, ==, leeds);
  g_assert_true (ladder_dataset_find_council (dataset, "999", "Dudley MBC Council", &area) == FALSE);
  g_assert_true (ladder_dataset_find_council (dataset, NULL, "Dudley Metropolitan Borough Council", &area));
  g_assert_false (ladder_dataset_find_council (NULL, "383", "Leeds", &area));
}

static void
test_suggestions (void)
{
  g_autoptr(LadderDataset) dataset = councils ();
  g_autoptr(GPtrArray) leeds = ladder_dataset_suggest_councils (dataset, "Leads City Council", 3);
  g_autoptr(GPtrArray) dagenham = ladder_dataset_suggest_councils (dataset, "Dagenham", 3);
  g_autoptr(GPtrArray) nothing = ladder_dataset_suggest_councils (dataset, "Zzyzx", 3);
  g_autofree char *sentence = ladder_search_did_you_mean (dataset, "Dudly");
  g_autofree char *none = ladder_search_did_you_mean (dataset, "Zzyzx");

  g_assert_cmpuint (leeds->len, >=, 1);
  g_assert_cmpstr (leeds->pdata[0], ==, "Leeds");
  g_assert_cmpuint (dagenham->len, >=, 1);
  g_assert_cmpstr (dagenham->pdata[0], ==, "Barking and Dagenham");
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpstr (sentence, ==, "Did you mean Dudley?");
  {
    g_autofree char *slip = ladder_search_did_you_mean (dataset, "Caldedale Council");

    g_assert_cmpstr (slip, ==, "Did you mean Calderdale?");
  }
  g_assert_cmpstr (none, ==, "No council in the data has a name like it.");
  /* Regions and England are never offered. */
  {
    g_autoptr(GPtrArray) london = ladder_dataset_suggest_councils (dataset, "Inner London", 3);

    for (guint i = 0; i < london->len; i++)
      g_assert_cmpstr (london->pdata[i], !=, "Inner London");
  }
  /* What the window, the Evidence step and the paper say when the
   * assessment's council is missing: the name asked for (the code when the
   * name is empty) and the nearest, or nothing when none was named. */
  {
    const char *asked = NULL;
    char *suggestion = NULL;
    guint area;

    g_assert_true (ladder_dataset_find_council_or_suggest (dataset, "383", NULL, &area, &asked, &suggestion));
    g_assert_null (suggestion);
    g_assert_false (ladder_dataset_find_council_or_suggest (dataset, NULL, "Dudly", &area, &asked, &suggestion));
    g_assert_cmpstr (asked, ==, "Dudly");
    g_assert_cmpstr (suggestion, ==, "Did you mean Dudley?");
    g_clear_pointer (&suggestion, g_free);
    g_assert_false (ladder_dataset_find_council_or_suggest (dataset, "999", "", &area, &asked, &suggestion));
    g_assert_cmpstr (asked, ==, "999");
    g_assert_nonnull (suggestion);
    g_clear_pointer (&suggestion, g_free);
    g_assert_false (ladder_dataset_find_council_or_suggest (dataset, NULL, "", &area, &asked, &suggestion));
    g_assert_null (asked);
    g_assert_null (suggestion);
  }
}

static void
test_source_date (void)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  guint one = ladder_dataset_add_source (dataset, "one.csv");
  guint two = ladder_dataset_add_source (dataset, "two.csv");

  g_assert_null (ladder_dataset_get_source_date (dataset, one));
  ladder_dataset_set_source_date (dataset, two, "2026-11-30");
  g_assert_cmpstr (ladder_dataset_get_source_date (dataset, two), ==, "2026-11-30");
  g_assert_null (ladder_dataset_get_source_date (dataset, one));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/words", test_words);
  g_test_add_func ("/search/council-key", test_council_key);
  g_test_add_func ("/search/match-council", test_match_council);
  g_test_add_func ("/search/suggestions", test_suggestions);
  g_test_add_func ("/search/source-date", test_source_date);

  return g_test_run ();
}
