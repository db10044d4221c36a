/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question bank, the library of support and the rules, loaded from the
 * program's resources and checked before use. */
#include "config.h"

#include <string.h>

#include "ladder-content.h"
#include "ladder-content-resources.h"
#include "ladder-rules.h"

#define CONTENT_PATH "/io/github/ladder/Ladder/content/"

struct _LadderContent
{
  gatomicrefcount    ref_count;
  LadderSectionInfo  sections[LADDER_N_SECTIONS];
  GPtrArray         *questions;        /* of LadderQuestion, in bank order */
  GHashTable        *questions_by_id;
  GPtrArray         *sources;
  GPtrArray         *findings;
  GHashTable        *findings_by_id;
  GPtrArray         *forms;
  GPtrArray         *case_studies;
  GPtrArray         *design_checklist;
  LadderRules       *rules;
};

static const char * const section_ids[LADDER_N_SECTIONS] = {
  "self-assessment", "strategy", "implementation", "difficulties",
};
static const char * const facet_ids[LADDER_N_FACETS] = {
  "", "persistence", "spread", "grip",
  "governance-political", "governance-corporate", "governance-partnership",
};
static const char * const rating_ids[] = {
  "", "not-in-place", "emerging", "largely-in-place", "fully-in-place", "dont-know",
};
static const char * const rating_labels[] = {
  "No answer", "Not in place", "Emerging", "Largely in place", "Fully in place", "Don’t know",
};
static const char * const level_ids[] = { "political", "corporate", "service", "partnership" };
static const char * const level_labels[] = { "Political", "Corporate", "Service", "Partnership" };

/* Frees */

static void
indicator_free (gpointer data)
{
  LadderIndicatorLink *link = data;

  g_free (link->lait);
  g_free (link->ees);
  g_free (link->why);
  g_free (link);
}

static void
question_free (gpointer data)
{
  LadderQuestion *question = data;

  g_free (question->id);
  g_free (question->statement);
  g_free (question->help);
  g_free (question->good);
  for (guint i = 0; i < 4; i++)
    g_free (question->descriptors[i]);
  g_clear_pointer (&question->indicators, g_ptr_array_unref);
  g_strfreev (question->findings);
  g_free (question);
}

static void
finding_free (gpointer data)
{
  LadderFinding *finding = data;

  g_free (finding->id);
  g_free (finding->source);
  g_free (finding->title);
  g_free (finding->text);
  g_free (finding->where);
  g_free (finding);
}

static void
source_free (gpointer data)
{
  LadderSource *source = data;

  g_free (source->id);
  g_free (source->title);
  g_free (source->author);
  g_free (source->note);
  g_free (source->url);
  g_free (source);
}

static void
checklist_item_free (gpointer data)
{
  LadderChecklistItem *item = data;

  g_free (item->id);
  g_free (item->text);
  g_free (item->finding);
  g_free (item);
}

static void
form_free (gpointer data)
{
  LadderForm *form = data;

  g_free (form->id);
  g_free (form->kind_of);
  g_free (form->name);
  g_free (form->summary);
  g_free (form->what);
  g_strfreev (form->examples);
  g_strfreev (form->benefits);
  g_clear_pointer (&form->success_factors, g_ptr_array_unref);
  g_strfreev (form->when_it_fits);
  g_free (form->for_councillors);
  g_free (form->costs);
  g_strfreev (form->findings);
  g_strfreev (form->case_studies);
  g_free (form);
}

static void
case_study_free (gpointer data)
{
  LadderCaseStudy *study = data;

  g_free (study->id);
  g_free (study->title);
  g_strfreev (study->forms);
  g_free (study->source);
  g_free (study->story);
  g_free (study->lesson);
  g_free (study);
}

/* Reading */

/* Text that a person reads must say something. */
static gboolean
get_text (LadderJsonDoc *doc,
          JsonObject    *object,
          const char    *path,
          const char    *member,
          char         **out,
          GError       **error)
{
  const char *text;

  if (!ladder_json_get_string (doc, object, path, member, TRUE, &text, error))
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    {
      g_autofree char *at = g_strdup_printf ("%s/%s", path, member);

      ladder_json_doc_set_error (doc, error, at, "“%s” is empty", member);
      return FALSE;
    }
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
check_header (LadderJsonDoc *doc,
              const char    *format,
              int            expected_version,
              JsonObject   **root,
              GError       **error)
{
  JsonNode *node = ladder_json_doc_get_root (doc);
  const char *found;
  double version;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ladder_json_doc_set_error (doc, error, "", "the file must hold an object in braces");
      return FALSE;
    }
  *root = json_node_get_object (node);
  if (!ladder_json_get_string (doc, *root, "", "format", TRUE, &found, error) ||
      !ladder_json_get_number (doc, *root, "", "version", TRUE, &version, error))
    return FALSE;
  if (strcmp (found, format) != 0)
    {
      ladder_json_doc_set_error (doc, error, "/format", "expected the format “%s”, found “%s”", format, found);
      return FALSE;
    }
  if (version != expected_version)
    {
      ladder_json_doc_set_error (doc, error, "/version", "only version %d is understood", expected_version);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_unique (GHashTable    *ids,
            const char    *id,
            LadderJsonDoc *doc,
            const char    *path,
            GError       **error)
{
  if (g_hash_table_contains (ids, id))
    {
      ladder_json_doc_set_error (doc, error, path, "the identifier “%s” is used twice", id);
      return FALSE;
    }
  g_hash_table_add (ids, (gpointer) id);
  return TRUE;
}

static gboolean
parse_indicator (LadderJsonDoc  *doc,
                 JsonObject     *object,
                 const char     *path,
                 LadderQuestion *question,
                 GError        **error)
{
  static const char * const allowed[] = { "lait", "ees", "why", NULL };
  LadderIndicatorLink *link = g_new0 (LadderIndicatorLink, 1);
  const char *lait, *ees;

  g_ptr_array_add (question->indicators, link);
  if (!ladder_json_check_members (doc, object, path, allowed, error) ||
      !ladder_json_get_string (doc, object, path, "lait", FALSE, &lait, error) ||
      !ladder_json_get_string (doc, object, path, "ees", FALSE, &ees, error) ||
      !get_text (doc, object, path, "why", &link->why, error))
    return FALSE;
  if ((lait == NULL) == (ees == NULL))
    {
      ladder_json_doc_set_error (doc, error, path, "an indicator names either a LAIT code (“lait”) "
                                 "or a column (“ees”), not both or neither");
      return FALSE;
    }
  link->lait = g_strdup (lait);
  link->ees = g_strdup (ees);
  return TRUE;
}

static gboolean
parse_question (LadderContent *self,
                LadderJsonDoc *doc,
                JsonObject    *object,
                const char    *path,
                LadderSection  section,
                GError       **error)
{
  static const char * const allowed[] = {
    "id", "statement", "help", "good", "descriptors", "levels", "facet",
    "indicators", "findings", NULL,
  };
  static const char * const prefixes[LADDER_N_SECTIONS] = { "sa-", "st-", "im-", "di-" };
  g_autofree char *descriptors_path = g_strdup_printf ("%s/descriptors", path);
  g_autofree char *indicators_path = g_strdup_printf ("%s/indicators", path);
  LadderQuestion *question = g_new0 (LadderQuestion, 1);
  g_auto(GStrv) levels = NULL;
  JsonObject *descriptors;
  JsonArray *indicators;
  const char *facet;

  question->section = section;
  question->index = self->questions->len;
  question->indicators = g_ptr_array_new_with_free_func (indicator_free);
  g_ptr_array_add (self->questions, question);
  if (!ladder_json_check_members (doc, object, path, allowed, error) ||
      !get_text (doc, object, path, "id", &question->id, error) ||
      !get_text (doc, object, path, "statement", &question->statement, error) ||
      !get_text (doc, object, path, "help", &question->help, error) ||
      !get_text (doc, object, path, "good", &question->good, error) ||
      !ladder_json_get_object (doc, object, path, "descriptors", TRUE, &descriptors, error) ||
      !ladder_json_check_members (doc, descriptors, descriptors_path, rating_ids + 1, error) ||
      !ladder_json_get_strv (doc, object, path, "levels", TRUE, &levels, error) ||
      !ladder_json_get_string (doc, object, path, "facet", FALSE, &facet, error) ||
      !ladder_json_get_array (doc, object, path, "indicators", TRUE, &indicators, error) ||
      !ladder_json_get_strv (doc, object, path, "findings", TRUE, &question->findings, error))
    return FALSE;
  if (!g_str_has_prefix (question->id, prefixes[section]))
    {
      g_autofree char *at = g_strdup_printf ("%s/id", path);

      ladder_json_doc_set_error (doc, error, at, "questions in this section have identifiers "
                                 "beginning “%s”", prefixes[section]);
      return FALSE;
    }
  if (g_hash_table_contains (self->questions_by_id, question->id))
    {
      ladder_json_doc_set_error (doc, error, path, "two questions are called “%s”", question->id);
      return FALSE;
    }
  g_hash_table_insert (self->questions_by_id, question->id, question);
  /* The rating names end in "dont-know", which is not a descriptor. */
  for (guint r = 0; r < 4; r++)
    if (!get_text (doc, descriptors, descriptors_path, rating_ids[r + 1], &question->descriptors[r], error))
      return FALSE;
  if (json_object_has_member (descriptors, "dont-know"))
    {
      ladder_json_doc_set_error (doc, error, descriptors_path, "“don’t know” has no descriptor");
      return FALSE;
    }
  for (guint l = 0; levels[l] != NULL; l++)
    {
      LadderLeadershipLevels level;

      if (!ladder_leadership_level_from_id (levels[l], &level))
        {
          g_autofree char *at = g_strdup_printf ("%s/levels/%u", path, l);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a leadership level (political, "
                                     "corporate, service or partnership)", levels[l]);
          return FALSE;
        }
      question->levels |= level;
    }
  if (question->levels == 0)
    {
      ladder_json_doc_set_error (doc, error, path, "a question must concern at least one leadership level");
      return FALSE;
    }
  if ((facet != NULL) != (section == LADDER_SECTION_DIFFICULTIES))
    {
      ladder_json_doc_set_error (doc, error, path, "questions on the difficulties, and only those, "
                                 "say which facet they measure (“facet”)");
      return FALSE;
    }
  if (facet != NULL)
    {
      int index = ladder_json_find_id (facet_ids, LADDER_N_FACETS, facet);

      if (index <= 0)
        {
          g_autofree char *at = g_strdup_printf ("%s/facet", path);

          ladder_json_doc_set_error (doc, error, at, "“%s” is not a facet of the difficulties", facet);
          return FALSE;
        }
      question->facet = index;
    }
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s/%u", indicators_path, i);
      JsonObject *element;

      if (!ladder_json_element_object (doc, indicators, indicators_path, i, &element, error) ||
          !parse_indicator (doc, element, item_path, question, error))
        return FALSE;
    }
  if (question->findings[0] == NULL)
    {
      ladder_json_doc_set_error (doc, error, path, "a question must rest on at least one finding");
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_questions (LadderContent *self,
                 LadderJsonDoc *doc,
                 GError       **error)
{
  static const char * const allowed[] = { "format", "version", "sections", NULL };
  static const char * const allowed_section[] = { "id", "title", "intro", "questions", NULL };
  gboolean facet_seen[LADDER_N_FACETS] = { FALSE };
  JsonObject *root;
  JsonArray *sections;

  if (!check_header (doc, "ladder-question-bank", 2, &root, error) ||
      !ladder_json_check_members (doc, root, "", allowed, error) ||
      !ladder_json_get_array (doc, root, "", "sections", TRUE, &sections, error))
    return FALSE;
  if (json_array_get_length (sections) != LADDER_N_SECTIONS)
    {
      ladder_json_doc_set_error (doc, error, "/sections", "there must be exactly %d sections", LADDER_N_SECTIONS);
      return FALSE;
    }
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      g_autofree char *path = g_strdup_printf ("/sections/%u", s);
      g_autofree char *questions_path = g_strdup_printf ("%s/questions", path);
      LadderSectionInfo *info = &self->sections[s];
      JsonObject *object;
      JsonArray *questions;
      guint n;

      if (!ladder_json_element_object (doc, sections, "/sections", s, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed_section, error) ||
          !get_text (doc, object, path, "id", &info->id, error) ||
          !get_text (doc, object, path, "title", &info->title, error) ||
          !get_text (doc, object, path, "intro", &info->intro, error) ||
          !ladder_json_get_array (doc, object, path, "questions", TRUE, &questions, error))
        return FALSE;
      if (strcmp (info->id, section_ids[s]) != 0)
        {
          g_autofree char *at = g_strdup_printf ("%s/id", path);

          ladder_json_doc_set_error (doc, error, at, "section %u must be “%s”", s + 1, section_ids[s]);
          return FALSE;
        }
      n = json_array_get_length (questions);
      if (n < 6 || n > 8)
        {
          ladder_json_doc_set_error (doc, error, questions_path, "a section has six to eight questions, "
                                     "not %u", n);
          return FALSE;
        }
      for (guint q = 0; q < n; q++)
        {
          g_autofree char *question_path = g_strdup_printf ("%s/%u", questions_path, q);
          JsonObject *element;

          if (!ladder_json_element_object (doc, questions, questions_path, q, &element, error) ||
              !parse_question (self, doc, element, question_path, s, error))
            return FALSE;
          g_ptr_array_add (info->questions, self->questions->pdata[self->questions->len - 1]);
          facet_seen[((LadderQuestion *) self->questions->pdata[self->questions->len - 1])->facet] = TRUE;
        }
    }
  /* The advice judges each capacity at every leadership level, so each
   * level needs at least one question in each capacity section. */
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
      {
        gboolean found = FALSE;

        for (guint q = 0; q < self->sections[c].questions->len; q++)
          found |= (((LadderQuestion *) self->sections[c].questions->pdata[q])->levels & (1u << l)) != 0;
        if (!found)
          {
            g_autofree char *at = g_strdup_printf ("/sections/%u/questions", c);

            ladder_json_doc_set_error (doc, error, at, "no question in “%s” concerns the %s level, so Ladder "
                                       "could not judge that level's grip on this capacity",
                                       self->sections[c].title, level_ids[l]);
            return FALSE;
          }
      }
  for (guint f = 1; f < LADDER_N_FACETS; f++)
    if (!facet_seen[f])
      {
        ladder_json_doc_set_error (doc, error, "/sections/3", "no question measures the facet “%s”", facet_ids[f]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
parse_checklist_item (LadderJsonDoc       *doc,
                      JsonObject          *object,
                      const char          *path,
                      gboolean             with_finding,
                      GHashTable          *ids,
                      GPtrArray           *out,
                      GError             **error)
{
  static const char * const allowed_factor[] = { "id", "text", NULL };
  static const char * const allowed_item[] = { "id", "text", "finding", NULL };
  LadderChecklistItem *item = g_new0 (LadderChecklistItem, 1);
  const char *finding = NULL;

  g_ptr_array_add (out, item);
  if (!ladder_json_check_members (doc, object, path, with_finding ? allowed_item : allowed_factor, error) ||
      !get_text (doc, object, path, "id", &item->id, error) ||
      !get_text (doc, object, path, "text", &item->text, error) ||
      (with_finding && !ladder_json_get_string (doc, object, path, "finding", TRUE, &finding, error)))
    return FALSE;
  item->finding = g_strdup (finding);
  return add_unique (ids, item->id, doc, path, error);
}

static gboolean
parse_form (LadderJsonDoc *doc,
            JsonObject    *object,
            const char    *path,
            GHashTable    *factor_ids,
            LadderForm    *form,
            GError       **error)
{
  static const char * const allowed[] = {
    "id", "kind-of", "name", "summary", "what", "examples", "benefits", "success-factors",
    "when-it-fits", "for-councillors", "costs", "findings", "case-studies", NULL,
  };
  g_autofree char *factors_path = g_strdup_printf ("%s/success-factors", path);
  const char *kind_of;
  JsonArray *factors;

  if (!ladder_json_check_members (doc, object, path, allowed, error) ||
      !get_text (doc, object, path, "id", &form->id, error) ||
      !ladder_json_get_string (doc, object, path, "kind-of", FALSE, &kind_of, error) ||
      !get_text (doc, object, path, "name", &form->name, error) ||
      !get_text (doc, object, path, "summary", &form->summary, error) ||
      !get_text (doc, object, path, "what", &form->what, error) ||
      !ladder_json_get_strv (doc, object, path, "examples", TRUE, &form->examples, error) ||
      !ladder_json_get_strv (doc, object, path, "benefits", TRUE, &form->benefits, error) ||
      !ladder_json_get_array (doc, object, path, "success-factors", TRUE, &factors, error) ||
      !ladder_json_get_strv (doc, object, path, "when-it-fits", TRUE, &form->when_it_fits, error) ||
      !get_text (doc, object, path, "for-councillors", &form->for_councillors, error) ||
      !get_text (doc, object, path, "costs", &form->costs, error) ||
      !ladder_json_get_strv (doc, object, path, "findings", TRUE, &form->findings, error) ||
      !ladder_json_get_strv (doc, object, path, "case-studies", TRUE, &form->case_studies, error))
    return FALSE;
  form->kind_of = g_strdup (kind_of);
  if (json_array_get_length (factors) == 0)
    {
      ladder_json_doc_set_error (doc, error, factors_path, "a form of support needs its success factors");
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (factors); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s/%u", factors_path, i);
      JsonObject *element;

      if (!ladder_json_element_object (doc, factors, factors_path, i, &element, error) ||
          !parse_checklist_item (doc, element, item_path, FALSE, factor_ids, form->success_factors, error))
        return FALSE;
    }
  return TRUE;
}

/* Every cross reference in @ids must name something in @known. */
static gboolean
check_references (LadderJsonDoc      *doc,
                  const char         *path,
                  const char         *what,
                  const char * const *ids,
                  GHashTable         *known,
                  GError            **error)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!g_hash_table_contains (known, ids[i]))
      {
        g_autofree char *at = g_strdup_printf ("%s/%u", path, i);

        ladder_json_doc_set_error (doc, error, at, "there is no %s called “%s”", what, ids[i]);
        return FALSE;
      }
  return TRUE;
}

static GHashTable *
index_ids (GPtrArray *items)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  /* Every item type starts with its id. */
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (ids, *(char **) items->pdata[i], items->pdata[i]);
  return ids;
}

static gboolean
parse_library (LadderContent *self,
               LadderJsonDoc *doc,
               GError       **error)
{
  static const char * const allowed[] = {
    "format", "version", "sources", "findings", "forms", "case-studies", "design-checklist", NULL,
  };
  static const char * const allowed_source[] = { "id", "title", "author", "year", "note", "url", NULL };
  static const char * const allowed_finding[] = { "id", "source", "title", "text", "where", NULL };
  static const char * const allowed_case[] = { "id", "title", "forms", "source", "story", "lesson", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) factor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source_ids = NULL;
  g_autoptr(GHashTable) form_ids = NULL;
  g_autoptr(GHashTable) case_ids = NULL;
  JsonArray *sources, *findings, *forms, *cases, *checklist;
  JsonObject *root;

  if (!check_header (doc, "ladder-library", 2, &root, error) ||
      !ladder_json_check_members (doc, root, "", allowed, error) ||
      !ladder_json_get_array (doc, root, "", "sources", TRUE, &sources, error) ||
      !ladder_json_get_array (doc, root, "", "findings", TRUE, &findings, error) ||
      !ladder_json_get_array (doc, root, "", "forms", TRUE, &forms, error) ||
      !ladder_json_get_array (doc, root, "", "case-studies", TRUE, &cases, error) ||
      !ladder_json_get_array (doc, root, "", "design-checklist", TRUE, &checklist, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sources/%u", i);
      LadderSource *source = g_new0 (LadderSource, 1);
      JsonObject *object;
      const char *url;
      double year;

      g_ptr_array_add (self->sources, source);
      if (!ladder_json_element_object (doc, sources, "/sources", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed_source, error) ||
          !get_text (doc, object, path, "id", &source->id, error) ||
          !get_text (doc, object, path, "title", &source->title, error) ||
          !get_text (doc, object, path, "author", &source->author, error) ||
          !ladder_json_get_number (doc, object, path, "year", TRUE, &year, error) ||
          !get_text (doc, object, path, "note", &source->note, error) ||
          !ladder_json_get_string (doc, object, path, "url", FALSE, &url, error) ||
          !add_unique (ids, source->id, doc, path, error))
        return FALSE;
      if (url != NULL && !g_str_has_prefix (url, "https://"))
        {
          g_autofree char *at = g_strdup_printf ("%s/url", path);

          ladder_json_doc_set_error (doc, error, at, "a source's address must begin “https://”");
          return FALSE;
        }
      source->url = g_strdup (url);
      source->year = (int) year;
    }
  source_ids = index_ids (self->sources);

  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/findings/%u", i);
      LadderFinding *finding = g_new0 (LadderFinding, 1);
      JsonObject *object;

      g_ptr_array_add (self->findings, finding);
      if (!ladder_json_element_object (doc, findings, "/findings", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed_finding, error) ||
          !get_text (doc, object, path, "id", &finding->id, error) ||
          !get_text (doc, object, path, "source", &finding->source, error) ||
          !get_text (doc, object, path, "title", &finding->title, error) ||
          !get_text (doc, object, path, "text", &finding->text, error) ||
          !get_text (doc, object, path, "where", &finding->where, error) ||
          !add_unique (ids, finding->id, doc, path, error))
        return FALSE;
      if (!g_hash_table_contains (source_ids, finding->source))
        {
          g_autofree char *at = g_strdup_printf ("%s/source", path);

          ladder_json_doc_set_error (doc, error, at, "there is no source called “%s”", finding->source);
          return FALSE;
        }
      g_hash_table_insert (self->findings_by_id, finding->id, finding);
    }

  for (guint i = 0; i < json_array_get_length (forms); i++)
    {
      g_autofree char *path = g_strdup_printf ("/forms/%u", i);
      LadderForm *form = g_new0 (LadderForm, 1);
      JsonObject *object;

      form->success_factors = g_ptr_array_new_with_free_func (checklist_item_free);
      g_ptr_array_add (self->forms, form);
      if (!ladder_json_element_object (doc, forms, "/forms", i, &object, error) ||
          !parse_form (doc, object, path, factor_ids, form, error) ||
          !add_unique (ids, form->id, doc, path, error))
        return FALSE;
    }
  form_ids = index_ids (self->forms);

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case-studies/%u", i);
      g_autofree char *forms_path = g_strdup_printf ("%s/forms", path);
      LadderCaseStudy *study = g_new0 (LadderCaseStudy, 1);
      JsonObject *object;

      g_ptr_array_add (self->case_studies, study);
      if (!ladder_json_element_object (doc, cases, "/case-studies", i, &object, error) ||
          !ladder_json_check_members (doc, object, path, allowed_case, error) ||
          !get_text (doc, object, path, "id", &study->id, error) ||
          !get_text (doc, object, path, "title", &study->title, error) ||
          !ladder_json_get_strv (doc, object, path, "forms", TRUE, &study->forms, error) ||
          !get_text (doc, object, path, "source", &study->source, error) ||
          !get_text (doc, object, path, "story", &study->story, error) ||
          !get_text (doc, object, path, "lesson", &study->lesson, error) ||
          !add_unique (ids, study->id, doc, path, error) ||
          !check_references (doc, forms_path, "form of support", (const char * const *) study->forms,
                             form_ids, error))
        return FALSE;
    }
  case_ids = index_ids (self->case_studies);

  for (guint i = 0; i < json_array_get_length (checklist); i++)
    {
      g_autofree char *path = g_strdup_printf ("/design-checklist/%u", i);
      JsonObject *object;
      LadderChecklistItem *item;

      if (!ladder_json_element_object (doc, checklist, "/design-checklist", i, &object, error) ||
          !parse_checklist_item (doc, object, path, TRUE, factor_ids, self->design_checklist, error))
        return FALSE;
      item = self->design_checklist->pdata[self->design_checklist->len - 1];
      if (!g_hash_table_contains (self->findings_by_id, item->finding))
        {
          g_autofree char *at = g_strdup_printf ("%s/finding", path);

          ladder_json_doc_set_error (doc, error, at, "there is no finding called “%s”", item->finding);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->forms->len; i++)
    {
      LadderForm *form = self->forms->pdata[i];
      g_autofree char *path = g_strdup_printf ("/forms/%u", i);
      g_autofree char *findings_path = g_strdup_printf ("%s/findings", path);
      g_autofree char *cases_path = g_strdup_printf ("%s/case-studies", path);

      if (!check_references (doc, findings_path, "finding", (const char * const *) form->findings,
                             self->findings_by_id, error) ||
          !check_references (doc, cases_path, "case study", (const char * const *) form->case_studies,
                             case_ids, error))
        return FALSE;
      if (form->kind_of != NULL && !g_hash_table_contains (form_ids, form->kind_of))
        {
          g_autofree char *at = g_strdup_printf ("%s/kind-of", path);

          ladder_json_doc_set_error (doc, error, at, "there is no form of support called “%s”", form->kind_of);
          return FALSE;
        }
    }
  return TRUE;
}

/* References from the questions and rules into the library. */
static gboolean
check_question_findings (LadderContent *self,
                         LadderJsonDoc *doc,
                         GError       **error)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      LadderQuestion *question = self->questions->pdata[i];
      const LadderSectionInfo *section = &self->sections[question->section];
      guint position = 0;
      g_autofree char *path = NULL;

      while (section->questions->pdata[position] != question)
        position++;
      path = g_strdup_printf ("/sections/%u/questions/%u/findings", question->section, position);
      if (!check_references (doc, path, "finding", (const char * const *) question->findings,
                             self->findings_by_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_statements (LadderJsonDoc *doc,
                  GPtrArray     *statements,
                  const char    *path,
                  GHashTable    *findings,
                  GError       **error)
{
  for (guint i = 0; i < statements->len; i++)
    {
      LadderStatement *statement = statements->pdata[i];
      g_autofree char *at = g_strdup_printf ("%s/%u/findings", path, i);

      if (!check_references (doc, at, "finding", (const char * const *) statement->findings, findings, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_rule_references (LadderContent *self,
                       LadderJsonDoc *doc,
                       GError       **error)
{
  g_autoptr(GHashTable) form_ids = index_ids (self->forms);
  LadderRules *rules = self->rules;

  for (guint i = 0; i < rules->rules->len; i++)
    {
      LadderRule *rule = rules->rules->pdata[i];
      g_autofree char *path = g_strdup_printf ("/rules/%u", i);
      g_autofree char *reasons = g_strdup_printf ("%s/reasons", path);
      g_autofree char *caveats = g_strdup_printf ("%s/caveats", path);

      if (rule->primary != NULL && !g_hash_table_contains (form_ids, rule->primary))
        {
          g_autofree char *at = g_strdup_printf ("%s/primary", path);

          ladder_json_doc_set_error (doc, error, at, "there is no form of support called “%s”", rule->primary);
          return FALSE;
        }
      for (guint p = 0; p < rule->package->len; p++)
        {
          LadderPackageItem *item = rule->package->pdata[p];

          if (item->form != NULL && !g_hash_table_contains (form_ids, item->form))
            {
              g_autofree char *at = g_strdup_printf ("%s/package/%u/form", path, p);

              ladder_json_doc_set_error (doc, error, at, "there is no form of support called “%s”", item->form);
              return FALSE;
            }
        }
      if (!check_statements (doc, rule->reasons, reasons, self->findings_by_id, error) ||
          !check_statements (doc, rule->caveats, caveats, self->findings_by_id, error))
        return FALSE;
    }
  return check_statements (doc, rules->caveats, "/caveats", self->findings_by_id, error);
}

/* Each form's place in the order of escalation; kinds share their form's. */
static GHashTable *
form_ranks (LadderContent *self)
{
  GHashTable *ranks = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->forms->len; i++)
    {
      LadderForm *form = self->forms->pdata[i];
      const char *top = form->kind_of != NULL ? form->kind_of : form->id;
      int rank = ladder_rules_get_rank (self->rules, top);

      if (rank > 0)
        g_hash_table_insert (ranks, form->id, GINT_TO_POINTER (rank));
    }
  return ranks;
}

static gboolean
check_escalation (LadderContent *self,
                  LadderJsonDoc *doc,
                  GError       **error)
{
  for (guint i = 0; self->rules->escalation[i] != NULL; i++)
    {
      const LadderForm *form = ladder_content_find_form (self, self->rules->escalation[i]);
      g_autofree char *at = g_strdup_printf ("/escalation/%u", i);

      if (form == NULL)
        {
          ladder_json_doc_set_error (doc, error, at, "there is no form of support called “%s”",
                                     self->rules->escalation[i]);
          return FALSE;
        }
      if (form->kind_of != NULL)
        {
          ladder_json_doc_set_error (doc, error, at, "“%s” is a kind of “%s”; the order of escalation lists "
                                     "forms, and kinds share their form's place", form->id, form->kind_of);
          return FALSE;
        }
    }
  return TRUE;
}

static LadderContent *
content_new (void)
{
  LadderContent *self = g_new0 (LadderContent, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->questions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->findings = g_ptr_array_new_with_free_func (finding_free);
  self->findings_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->forms = g_ptr_array_new_with_free_func (form_free);
  self->case_studies = g_ptr_array_new_with_free_func (case_study_free);
  self->design_checklist = g_ptr_array_new_with_free_func (checklist_item_free);
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    self->sections[s].questions = g_ptr_array_new ();
  return self;
}

static LadderJsonDoc *
parse_bytes (GBytes     *bytes,
             const char *name,
             GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return ladder_json_doc_parse (data, length, name, error);
}

/**
 * ladder_content_load:
 * @questions: the question bank (questions.json)
 * @library: the library of support (library.json)
 * @rules: the decision rules (rules.json)
 * @error: return location for an error naming the file, line and column
 *
 * Reads and checks the three content files, including every reference
 * between them.
 *
 * Returns: (transfer full) (nullable): the content.
 */
LadderContent *
ladder_content_load (GBytes  *questions,
                     GBytes  *library,
                     GBytes  *rules,
                     GError **error)
{
  return ladder_content_load_checked (questions, library, rules, FALSE, NULL, error);
}

/**
 * ladder_content_load_checked:
 * @questions: the question bank (questions.json)
 * @library: the library of support (library.json)
 * @rules: the decision rules (rules.json)
 * @every_context: check the rules' properties in every context rather than
 *   in one of each kind their conditions tell apart (slower)
 * @stats: (out) (optional): what the check of the rules tried
 * @error: return location for an error naming the file, line and column
 *
 * As ladder_content_load(), saying how the rules were checked.
 *
 * Returns: (transfer full) (nullable): the content.
 */
LadderContent *
ladder_content_load_checked (GBytes                *questions,
                             GBytes                *library,
                             GBytes                *rules,
                             gboolean               every_context,
                             LadderRulesCheckStats *stats,
                             GError               **error)
{
  g_autoptr(LadderContent) self = content_new ();
  g_autoptr(LadderJsonDoc) questions_doc = NULL;
  g_autoptr(LadderJsonDoc) library_doc = NULL;
  g_autoptr(LadderJsonDoc) rules_doc = NULL;
  g_autoptr(GHashTable) ranks = NULL;

  if ((questions_doc = parse_bytes (questions, "questions.json", error)) == NULL ||
      (library_doc = parse_bytes (library, "library.json", error)) == NULL ||
      (rules_doc = parse_bytes (rules, "rules.json", error)) == NULL ||
      !parse_questions (self, questions_doc, error) ||
      !parse_library (self, library_doc, error) ||
      !check_question_findings (self, questions_doc, error) ||
      (self->rules = ladder_rules_parse (rules_doc, error)) == NULL ||
      !check_rule_references (self, rules_doc, error) ||
      !check_escalation (self, rules_doc, error))
    return NULL;
  ranks = form_ranks (self);
  if (!ladder_rules_check (self->rules, rules_doc, ranks, every_context, stats, error))
    return NULL;
  return g_steal_pointer (&self);
}

static GBytes *
lookup_resource (const char *name,
                 GError    **error)
{
  g_autofree char *path = g_strconcat (CONTENT_PATH, name, NULL);

  return g_resource_lookup_data (ladder_content_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/**
 * ladder_content_get_default:
 * @error: return location for an error
 *
 * Loads the content built into the program, once.
 *
 * Returns: (transfer full) (nullable): the content, or %NULL with an error
 *   when a content file is broken (which the tests catch first).
 */
LadderContent *
ladder_content_get_default (GError **error)
{
  static GMutex lock;
  static LadderContent *content;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autoptr(GBytes) questions = NULL;
  g_autoptr(GBytes) library = NULL;
  g_autoptr(GBytes) rules = NULL;

  if (content != NULL)
    return ladder_content_ref (content);
  if ((questions = lookup_resource ("questions.json", error)) == NULL ||
      (library = lookup_resource ("library.json", error)) == NULL ||
      (rules = lookup_resource ("rules.json", error)) == NULL)
    return NULL;
  content = ladder_content_load (questions, library, rules, error);
  return content != NULL ? ladder_content_ref (content) : NULL;
}

LadderContent *
ladder_content_ref (LadderContent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ladder_content_unref (LadderContent *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      g_free (self->sections[s].id);
      g_free (self->sections[s].title);
      g_free (self->sections[s].intro);
      g_ptr_array_unref (self->sections[s].questions);
    }
  g_hash_table_unref (self->questions_by_id);
  g_ptr_array_unref (self->questions);
  g_ptr_array_unref (self->sources);
  g_hash_table_unref (self->findings_by_id);
  g_ptr_array_unref (self->findings);
  g_ptr_array_unref (self->forms);
  g_ptr_array_unref (self->case_studies);
  g_ptr_array_unref (self->design_checklist);
  g_clear_pointer (&self->rules, ladder_rules_free);
  g_free (self);
}

const LadderSectionInfo *
ladder_content_get_section (LadderContent *self,
                            LadderSection  section)
{
  g_return_val_if_fail (section < LADDER_N_SECTIONS, NULL);
  return &self->sections[section];
}

guint
ladder_content_get_n_questions (LadderContent *self)
{
  return self->questions->len;
}

const LadderQuestion *
ladder_content_get_question (LadderContent *self,
                             guint          index)
{
  g_return_val_if_fail (index < self->questions->len, NULL);
  return self->questions->pdata[index];
}

const LadderQuestion *
ladder_content_find_question (LadderContent *self,
                              const char    *id)
{
  return g_hash_table_lookup (self->questions_by_id, id);
}

/**
 * ladder_content_get_findings:
 *
 * Returns: (transfer none) (element-type LadderFinding): every research
 *   finding, in library order.
 */
GPtrArray *
ladder_content_get_findings (LadderContent *self)
{
  return self->findings;
}

const LadderFinding *
ladder_content_find_finding (LadderContent *self,
                             const char    *id)
{
  return g_hash_table_lookup (self->findings_by_id, id);
}

static gpointer
find_by_id (GPtrArray  *items,
            const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (strcmp (*(char **) items->pdata[i], id) == 0)
      return items->pdata[i];
  return NULL;
}

const LadderSource *
ladder_content_find_source (LadderContent *self,
                            const char    *id)
{
  return find_by_id (self->sources, id);
}

/**
 * ladder_content_get_forms:
 *
 * Returns: (transfer none) (element-type LadderForm): the forms of support,
 *   in library order.
 */
GPtrArray *
ladder_content_get_forms (LadderContent *self)
{
  return self->forms;
}

const LadderForm *
ladder_content_find_form (LadderContent *self,
                          const char    *id)
{
  return find_by_id (self->forms, id);
}

GPtrArray *
ladder_content_get_case_studies (LadderContent *self)
{
  return self->case_studies;
}

const LadderCaseStudy *
ladder_content_find_case_study (LadderContent *self,
                                const char    *id)
{
  return find_by_id (self->case_studies, id);
}

GPtrArray *
ladder_content_get_design_checklist (LadderContent *self)
{
  return self->design_checklist;
}

/**
 * ladder_content_get_form_rank:
 * @self: the content
 * @form: (nullable): a form id
 *
 * Returns: the form's place in the order of escalation (1 for the lightest,
 *   a kind of form shares its form's place), or 0 for none.
 */
int
ladder_content_get_form_rank (LadderContent *self,
                              const char    *form)
{
  const LadderForm *found = form != NULL ? ladder_content_find_form (self, form) : NULL;

  if (found == NULL)
    return 0;
  return ladder_rules_get_rank (self->rules, found->kind_of != NULL ? found->kind_of : found->id);
}

LadderRules *
ladder_content_get_rules (LadderContent *self)
{
  return self->rules;
}

const char *
ladder_rating_get_id (LadderRating rating)
{
  g_return_val_if_fail (rating <= LADDER_RATING_DONT_KNOW, NULL);
  return rating_ids[rating];
}

const char *
ladder_rating_get_label (LadderRating rating)
{
  g_return_val_if_fail (rating <= LADDER_RATING_DONT_KNOW, NULL);
  return rating_labels[rating];
}

/**
 * ladder_rating_from_id:
 * @id: "not-in-place", "emerging", "largely-in-place", "fully-in-place" or
 *   "dont-know"
 * @rating: (out): the rating
 *
 * Returns: %FALSE when @id names no rating.
 */
gboolean
ladder_rating_from_id (const char   *id,
                       LadderRating *rating)
{
  int index = ladder_json_find_id (rating_ids + 1, G_N_ELEMENTS (rating_ids) - 1, id);

  if (index < 0)
    return FALSE;
  *rating = index + 1;
  return TRUE;
}

const char *
ladder_section_get_id (LadderSection section)
{
  g_return_val_if_fail (section < LADDER_N_SECTIONS, NULL);
  return section_ids[section];
}

static int
level_index (LadderLeadershipLevels level)
{
  int bit = g_bit_nth_lsf (level, -1);

  g_return_val_if_fail (bit >= 0 && bit < 4 && level == (1u << bit), 0);
  return bit;
}

const char *
ladder_leadership_level_get_id (LadderLeadershipLevels level)
{
  return level_ids[level_index (level)];
}

const char *
ladder_leadership_level_get_label (LadderLeadershipLevels level)
{
  return level_labels[level_index (level)];
}

gboolean
ladder_leadership_level_from_id (const char             *id,
                                 LadderLeadershipLevels *level)
{
  int index = ladder_json_find_id (level_ids, G_N_ELEMENTS (level_ids), id);

  if (index < 0)
    return FALSE;
  *level = 1u << index;
  return TRUE;
}
