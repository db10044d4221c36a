/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding things by what people type.
 *
 * Text is folded once (accents and case dropped, anything that is not a
 * letter or digit made a space) so that matching while someone types is a
 * handful of substring tests. A query matches when every word of it appears
 * somewhere in the folded text: "looked after", "Dagenham" and "turnover"
 * all find what a person would expect, wherever the words sit in a name. */
#include "config.h"

#include <string.h>

#include "ladder-search.h"

/* What councils' names carry around the place name, which people leave out
 * or write differently: "London Borough of Barking and Dagenham", "Leeds
 * City Council", "Kingston upon Hull, City of". Longest first. */
static const char * const name_suffixes[] = {
  "metropolitan borough council", "metropolitan district council", "city and county council",
  "borough council", "county council", "district council", "city council", "council", "city of",
  NULL,
};
static const char * const name_prefixes[] = {
  "london borough of", "royal borough of", "city of", "county of", "the", NULL,
};

/**
 * ladder_search_fold:
 * @text: any text, valid UTF-8 or not
 *
 * Returns: @text without accents, case folded, with every run of characters
 *   that are not letters or digits made one space and none at either end.
 */
char *
ladder_search_fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) kept = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (g_unichar_isalnum (c))
        {
          if (space && kept->len > 0)
            g_string_append_c (kept, ' ');
          g_string_append_unichar (kept, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_utf8_casefold (kept->str, -1);
}

/**
 * ladder_search_words:
 * @query: what someone typed
 *
 * Returns: (transfer full): the folded words of @query, empty when it has
 *   none (which matches everything).
 */
char **
ladder_search_words (const char *query)
{
  g_autofree char *folded = ladder_search_fold (query);

  if (*folded == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (folded, " ", -1);
}

/**
 * ladder_search_words_match:
 * @words: from ladder_search_words()
 * @folded: text from ladder_search_fold()
 *
 * Returns: whether every word appears in @folded, as a word or part of one.
 */
gboolean
ladder_search_words_match (const char * const *words,
                           const char         *folded)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
strip_prefix (GString    *key,
              const char *prefix)
{
  gsize n = strlen (prefix);

  if (key->len > n && strncmp (key->str, prefix, n) == 0 && key->str[n] == ' ')
    {
      g_string_erase (key, 0, n + 1);
      return TRUE;
    }
  return FALSE;
}

static gboolean
strip_suffix (GString    *key,
              const char *suffix)
{
  gsize n = strlen (suffix);

  if (key->len > n && strcmp (key->str + key->len - n, suffix) == 0 && key->str[key->len - n - 1] == ' ')
    {
      g_string_truncate (key, key->len - n - 1);
      return TRUE;
    }
  return FALSE;
}

/**
 * ladder_search_council_key:
 * @name: a council's name as someone wrote it
 *
 * Returns: the place name alone, folded, with "and" dropped (so "&" and
 *   "and" agree) and the words for the kind of council removed: "Leeds City
 *   Council" and "Leeds", or "London Borough of Barking & Dagenham" and
 *   "Barking and Dagenham", give the same key.
 */
char *
ladder_search_council_key (const char *name)
{
  g_autofree char *folded = ladder_search_fold (name);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean changed = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (words[i], "and") != 0 && words[i][0] != '\0')
      g_string_append_printf (key, "%s%s", key->len > 0 ? " " : "", words[i]);
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; name_suffixes[i] != NULL && !changed; i++)
        changed = strip_suffix (key, name_suffixes[i]);
      for (guint i = 0; name_prefixes[i] != NULL && !changed; i++)
        changed = strip_prefix (key, name_prefixes[i]);
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

/**
 * ladder_search_area_text:
 * @area: a place in a dataset
 *
 * Returns: what a search of places looks in, folded: the name, the DfE
 *   number and the ONS code.
 */
char *
ladder_search_area_text (const LadderArea *area)
{
  g_autofree char *text = NULL;

  if (area->la_number >= 0)
    text = g_strdup_printf ("%s %d %s", area->name, area->la_number, area->ons_code != NULL ? area->ons_code : "");
  else
    text = g_strdup_printf ("%s %s", area->name, area->ons_code != NULL ? area->ons_code : "");
  return ladder_search_fold (text);
}

/**
 * ladder_search_measure_text:
 * @measure: an indicator
 *
 * Returns: what a search of indicators looks in, folded: the code, the
 *   name and the topic.
 */
char *
ladder_search_measure_text (const LadderMeasure *measure)
{
  g_autofree char *text = g_strdup_printf ("%s %s %s", measure->code, measure->name != NULL ? measure->name : "",
                                           measure->topic != NULL ? measure->topic : "");

  return ladder_search_fold (text);
}

static gboolean
parse_number (const char *text,
              gint64     *number)
{
  char *end = NULL;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  *number = g_ascii_strtoll (text, &end, 10);
  return *end == '\0';
}

/**
 * ladder_dataset_match_council:
 * @dataset: a dataset
 * @text: a DfE number ("301"), an ONS code ("E09000002") or a name, with or
 *   without "Council", "City Council", "London Borough of" and the like
 * @area: (out): the council found
 *
 * Finds a council, never a region or England, the way a person would name
 * it.
 *
 * Returns: %TRUE when exactly that council is in @dataset.
 */
gboolean
ladder_dataset_match_council (LadderDataset *dataset,
                              const char    *text,
                              guint         *area)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *key = NULL;
  guint n_areas;
  gint64 number;
  gboolean is_number;

  g_return_val_if_fail (dataset != NULL && area != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return FALSE;
  is_number = parse_number (trimmed, &number);
  n_areas = ladder_dataset_get_n_areas (dataset);
  for (guint a = 0; a < n_areas; a++)
    {
      const LadderArea *candidate = ladder_dataset_get_area (dataset, a);

      if (candidate->kind != LADDER_AREA_COUNCIL)
        continue;
      if ((is_number && candidate->la_number == number) ||
          (candidate->ons_code != NULL && g_ascii_strcasecmp (candidate->ons_code, trimmed) == 0) ||
          g_utf8_collate (candidate->name, trimmed) == 0)
        {
          *area = a;
          return TRUE;
        }
    }
  if (is_number)
    return FALSE;
  key = ladder_search_council_key (trimmed);
  if (*key == '\0')
    return FALSE;
  for (guint a = 0; a < n_areas; a++)
    {
      const LadderArea *candidate = ladder_dataset_get_area (dataset, a);
      g_autofree char *candidate_key = NULL;

      if (candidate->kind != LADDER_AREA_COUNCIL)
        continue;
      candidate_key = ladder_search_council_key (candidate->name);
      if (strcmp (candidate_key, key) == 0)
        {
          *area = a;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ladder_dataset_find_council:
 * @dataset: (nullable): a dataset
 * @code: (nullable): a council's DfE number or ONS code, as an assessment
 *   records it
 * @name: (nullable): its name
 * @area: (out): the council found
 *
 * Finds an assessment's council: by its code, or else by its name, as
 * ladder_dataset_match_council() does. Never another council in its place.
 *
 * Returns: %TRUE when found.
 */
gboolean
ladder_dataset_find_council (LadderDataset *dataset,
                             const char    *code,
                             const char    *name,
                             guint         *area)
{
  if (dataset == NULL)
    return FALSE;
  return ladder_dataset_match_council (dataset, code, area) || ladder_dataset_match_council (dataset, name, area);
}

/* Edits (insert, delete, change one byte) between two short keys. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *row = g_new (guint, m + 1);

  for (gsize j = 0; j <= m; j++)
    row[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= m; j++)
        {
          guint above = row[j];
          guint best = MIN (above + 1, row[j - 1] + 1);

          row[j] = MIN (best, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
          diagonal = above;
        }
    }
  return row[m];
}

/* Whether a word of @key is a word of @candidate misspelt: one slip in a
 * short word, two in a longer one ("Ashmore" for "Ashmoor"). */
static gboolean
near_word (const char *word,
           const char *candidate)
{
  g_auto(GStrv) words = g_strsplit (candidate, " ", -1);
  guint allowed = strlen (word) >= 7 ? 2 : 1;

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) <= 40 && edit_distance (word, words[i]) <= allowed)
      return TRUE;
  return FALSE;
}

/* How like @key a council's key is: 0 not at all. */
static int
likeness (const char         *key,
          const char * const *words,
          const char         *candidate)
{
  gsize longest = MAX (strlen (key), strlen (candidate));
  guint distance;
  int score = 0;

  if (strstr (candidate, key) != NULL || strstr (key, candidate) != NULL)
    score += 100;
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 3 && strstr (candidate, words[i]) != NULL)
      score += 20;
    else if (strlen (words[i]) >= 4 && strlen (words[i]) <= 40)
      score += near_word (words[i], candidate) ? 40 : 0;
  /* Whole keys are compared only when short enough for the cost to stay
   * small whatever a file or a person supplies. */
  if (longest <= 200)
    {
      distance = edit_distance (key, candidate);
      if (distance <= MAX (2, longest / 3))
        score += 60 - (int) distance * 5;
    }
  return score;
}

typedef struct
{
  const char *name;
  int         score;
} Suggestion;

static int
by_score (gconstpointer a,
          gconstpointer b)
{
  const Suggestion *x = a, *y = b;

  if (x->score != y->score)
    return y->score - x->score;
  return g_utf8_collate (x->name, y->name);
}

/**
 * ladder_dataset_suggest_councils:
 * @dataset: a dataset
 * @text: what was asked for and not found
 * @max: how many to give at most
 *
 * Returns: (transfer container) (element-type utf8): the names of the
 *   councils in @dataset most like @text, closest first; perhaps none.
 */
GPtrArray *
ladder_dataset_suggest_councils (LadderDataset *dataset,
                                 const char    *text,
                                 guint          max)
{
  g_autofree char *key = ladder_search_council_key (text);
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Suggestion));
  GPtrArray *names = g_ptr_array_new ();

  g_return_val_if_fail (dataset != NULL, names);

  if (*key == '\0')
    return names;
  for (guint a = 0; a < ladder_dataset_get_n_areas (dataset); a++)
    {
      const LadderArea *candidate = ladder_dataset_get_area (dataset, a);
      g_autofree char *candidate_key = NULL;
      Suggestion suggestion;

      if (candidate->kind != LADDER_AREA_COUNCIL)
        continue;
      candidate_key = ladder_search_council_key (candidate->name);
      suggestion.name = candidate->name;
      suggestion.score = likeness (key, (const char * const *) words, candidate_key);
      if (suggestion.score > 0)
        g_array_append_val (found, suggestion);
    }
  g_array_sort (found, by_score);
  for (guint i = 0; i < found->len && i < max; i++)
    g_ptr_array_add (names, (gpointer) g_array_index (found, Suggestion, i).name);
  return names;
}

/**
 * ladder_search_did_you_mean:
 * @dataset: a dataset
 * @text: a council asked for and not found
 *
 * Returns: a sentence naming up to three councils like @text, or saying
 *   that none is; for messages to people.
 */
char *
ladder_search_did_you_mean (LadderDataset *dataset,
                            const char    *text)
{
  g_autoptr(GPtrArray) names = ladder_dataset_suggest_councils (dataset, text, 3);
  g_autoptr(GString) sentence = g_string_new (NULL);

  if (names->len == 0)
    return g_strdup ("No council in the data has a name like it.");
  g_string_append (sentence, "Did you mean ");
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (sentence, i + 1 == names->len ? " or " : ", ");
      g_string_append (sentence, g_ptr_array_index (names, i));
    }
  g_string_append (sentence, "?");
  return g_string_free (g_steal_pointer (&sentence), FALSE);
}

/**
 * ladder_dataset_find_council_or_suggest:
 * @dataset: (nullable): a dataset
 * @code: (nullable): the assessment's council code
 * @name: (nullable): its name
 * @area: (out): the council found
 * @asked: (out) (transfer none) (nullable): the name asked for (or the code
 *   when there is no name), %NULL when the assessment names no council
 * @suggestion: (out) (transfer full) (nullable): when a council was asked
 *   for and not found, "Did you mean …?" or the like, else %NULL
 *
 * ladder_dataset_find_council(), and when it fails what every view that
 * shows the council's figures says: which council was asked for, and the
 * councils in the data most like it.
 *
 * Returns: %TRUE when found.
 */
gboolean
ladder_dataset_find_council_or_suggest (LadderDataset  *dataset,
                                        const char     *code,
                                        const char     *name,
                                        guint          *area,
                                        const char    **asked,
                                        char          **suggestion)
{
  *asked = name != NULL && *name != '\0' ? name : code != NULL && *code != '\0' ? code : NULL;
  *suggestion = NULL;
  if (ladder_dataset_find_council (dataset, code, name, area))
    return TRUE;
  if (dataset != NULL && *asked != NULL)
    *suggestion = ladder_search_did_you_mean (dataset, *asked);
  return FALSE;
}
