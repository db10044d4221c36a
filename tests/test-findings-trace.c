/* SPDX-License-Identifier: GPL-3.0-or-later */
/* docs/findings-trace.md is made from the content: every reason and caveat
 * of every rule, the findings it cites, and where each finding stands in
 * its source. This test fails when the document and the content differ;
 * run it with LADDER_UPDATE_DOCS=1 to write the document again. */
#include "config.h"

#include <string.h>

#include "ladder-content.h"
#include "ladder-rules.h"

static void
cite (GString       *out,
      LadderContent *content,
      char         **findings)
{
  for (guint f = 0; findings[f] != NULL; f++)
    g_string_append_printf (out, "%s[%s](#%s)", f > 0 ? ", " : "", ladder_content_find_finding (content, findings[f])->title,
                            findings[f]);
}

static void
statements (GString       *out,
            LadderContent *content,
            const char    *kind,
            GPtrArray     *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      const LadderStatement *statement = list->pdata[i];

      g_string_append_printf (out, "| %s | %s | ", kind, statement->text);
      cite (out, content, statement->findings);
      g_string_append (out, " |\n");
    }
}

static char *
build_trace (LadderContent *content)
{
  LadderRules *rules = ladder_content_get_rules (content);
  GPtrArray *findings = ladder_content_get_findings (content);
  GString *out = g_string_new (NULL);

  g_string_append (out,
                   "# Findings trace\n\n"
                   "<!-- Made by tests/test-findings-trace.c from resources/content; do not edit by hand. Run\n"
                   "     `LADDER_UPDATE_DOCS=1 build/tests/test-findings-trace` after changing the content. -->\n\n"
                   "Every reason and caveat Ladder can give, the research findings it cites, and where each\n"
                   "finding stands in its source. The wording of each finding is Ladder's own summary; the\n"
                   "\"where\" column points to the passage in the source (the section, and the case study\n"
                   "or heading within it) so that anyone can check that the finding says what Ladder says it\n"
                   "does. How the rules use these is in [decision-model.md](decision-model.md).\n\n");
  g_string_append (out, "## Reasons and caveats, rule by rule\n\n");
  for (guint r = 0; r < rules->rules->len; r++)
    {
      const LadderRule *rule = rules->rules->pdata[r];

      g_string_append_printf (out, "### `%s`: %s\n\n%s\n\n| | says | cites |\n| --- | --- | --- |\n", rule->id,
                              rule->title, rule->summary);
      statements (out, content, "reason", rule->reasons);
      statements (out, content, "caveat", rule->caveats);
      g_string_append (out, "\n");
    }
  g_string_append (out, "### Every rule\n\n| | says | cites |\n| --- | --- | --- |\n");
  statements (out, content, "caveat", rules->caveats);
  g_string_append (out, "\n## The findings\n\n");
  for (guint i = 0; i < findings->len; i++)
    {
      const LadderFinding *finding = findings->pdata[i];
      const LadderSource *source = ladder_content_find_source (content, finding->source);

      g_string_append_printf (out, "<a id=\"%s\"></a>\n### %s\n\n- **Source:** %s, *%s* (%d)%s%s%s\n"
                              "- **Where:** %s\n- **In Ladder's words:** %s\n\n",
                              finding->id, finding->title, source->author, source->title, source->year,
                              source->url != NULL ? ", <" : "", source->url != NULL ? source->url : "",
                              source->url != NULL ? ">" : "", finding->where, finding->text);
    }
  return g_string_free (out, FALSE);
}

static void
test_trace_current (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "findings-trace.md", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *committed = NULL;

  g_assert_no_error (error);
  expected = build_trace (content);
  if (g_getenv ("LADDER_UPDATE_DOCS") != NULL)
    {
      g_file_set_contents (path, expected, -1, &error);
      g_assert_no_error (error);
    }
  if (!g_file_get_contents (path, &committed, NULL, NULL) || strcmp (committed, expected) != 0)
    g_error ("docs/findings-trace.md differs from the content: run LADDER_UPDATE_DOCS=1 %s", g_get_prgname ());
}

/* Every finding the rules cite says where it stands in its source. */
static void
test_every_finding_located (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  GPtrArray *findings = ladder_content_get_findings (content);

  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      const LadderFinding *finding = findings->pdata[i];
      const LadderSource *source = ladder_content_find_source (content, finding->source);

      g_assert_nonnull (finding->where);
      /* A finding from the research reports names a section of it; one
       * from later news gives an address to check. */
      if (g_str_has_prefix (source->id, "isos") || g_str_has_prefix (source->id, "opm"))
        g_assert_true (strstr (finding->where, "section") != NULL || strstr (finding->where, "Implications") != NULL ||
                       strstr (finding->where, "costs") != NULL || strstr (finding->where, "introduction") != NULL);
      else
        g_assert_nonnull (source->url);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/findings-trace/current", test_trace_current);
  g_test_add_func ("/findings-trace/every-finding-located", test_every_finding_located);

  return g_test_run ();
}
