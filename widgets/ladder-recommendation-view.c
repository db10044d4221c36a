/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recommendation page: the advice, the ladder, reasons with the answers
 * and research behind them, caveats, confidence, what would change it and
 * the success factors to check.
 *
 * Built from a LadderRecommendation each time the advice changes; a new
 * recommendation that says the same as the one on show changes nothing,
 * so ticking a success factor (which changes the assessment) does not
 * rebuild the page under the user's hands. Links to the library go
 * through the window action win.show-library. */
#include "config.h"

#include <math.h>

#include "ladder-capacity-ladder.h"
#include "ladder-recommend-command.h"
#include "ladder-recommendation-view.h"
#include "ladder-text.h"

struct _LadderRecommendationView
{
  GtkBox                parent_instance;

  LadderRecommendation *recommendation;
  LadderAssessment     *assessment;
  char                 *digest;
  char                 *headline;
  GHashTable           *factor_checks;   /* success factor id -> check button */
  gboolean              syncing;
};

G_DEFINE_FINAL_TYPE (LadderRecommendationView, ladder_recommendation_view, GTK_TYPE_BOX)

static const char * const capacity_names[LADDER_N_CAPACITIES] = {
  "Self-assessment", "Strategy", "Implementation",
};
static const char * const level_headers[LADDER_N_LEADERSHIP_LEVELS] = {
  "Political", "Corporate", "Service", "Partners",
};

static GtkWidget *
library_button (const char *label,
                const char *target)
{
  GtkWidget *button = ladder_text_button_new (label);

  /* A long finding's title wraps rather than widening the window. */
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), GTK_JUSTIFY_LEFT);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-library");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "link");
  return button;
}

static void
factor_toggled_cb (GtkCheckButton           *check,
                   LadderRecommendationView *self)
{
  if (self->syncing || self->assessment == NULL)
    return;
  ladder_assessment_set_plan_item (self->assessment, g_object_get_data (G_OBJECT (check), "factor"),
                                   gtk_check_button_get_active (check));
}

static void
clear (LadderRecommendationView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  g_hash_table_remove_all (self->factor_checks);
}

static void
build_capacities (LadderRecommendationView *self,
                  LadderRecommendation     *rec)
{
  GtkWidget *section = ladder_text_section_new (GTK_BOX (self), "The three capacities");
  GtkWidget *ladder = ladder_capacity_ladder_new ();
  GtkWidget *grid = gtk_grid_new ();

  double scores[LADDER_N_CAPACITIES];

  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    scores[c] = rec->capacities[c].level == LADDER_LEVEL_UNKNOWN ? NAN : rec->capacities[c].score;
  ladder_capacity_ladder_set_levels (LADDER_CAPACITY_LADDER (ladder), rec->state.levels);
  ladder_capacity_ladder_set_scores (LADDER_CAPACITY_LADDER (ladder), scores);
  gtk_box_append (GTK_BOX (section), ladder);
  gtk_box_append (GTK_BOX (section),
                  ladder_text_label_new ("Each capacity is judged at every leadership level, from 1 (not in "
                                         "place) to 4 (fully in place). The weakest of the political, corporate "
                                         "and service levels decides, and partners’ too for implementation; their "
                                         "part in the other two counts towards oversight.",
                                         "dim-label"));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new ("Capacity", "heading"), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new ("Level", "heading"), 1, 0, 1, 1);
  for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
    gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new (level_headers[l], "heading"), 2 + l, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new ("Rated", "heading"), 6, 0, 1, 1);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      const LadderCapacityResult *capacity = &rec->capacities[c];
      g_autofree char *rated = g_strdup_printf ("%u of %u", capacity->n_answered, capacity->n_questions);
      g_autofree char *level = g_strdup_printf ("%s%s", ladder_level_get_label (capacity->level),
                                                capacity->lowered ? " (held back)" : "");

      GtkWidget *name_label = ladder_text_label_new (capacity_names[c], NULL);

      /* A capacity's name is one word: never broken across lines. */
      gtk_label_set_wrap (GTK_LABEL (name_label), FALSE);
      gtk_grid_attach (GTK_GRID (grid), name_label, 0, c + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new (level, NULL), 1, c + 1, 1, 1);
      for (guint l = 0; l < LADDER_N_LEADERSHIP_LEVELS; l++)
        {
          const LadderLevelResult *result = &capacity->by_level[l];
          g_autofree char *label = g_utf8_strdown (ladder_level_get_label (result->level), -1);
          g_autofree char *cell = result->level == LADDER_LEVEL_UNKNOWN ? g_strdup ("no ratings")
                                  : g_strdup_printf ("%.1f, %s", result->score, label);
          GtkWidget *cell_label = ladder_text_label_new (cell, (int) l == capacity->weakest ? "heading" : NULL);
          g_autofree char *name = g_strdup_printf ("%s at the %s level: %s%s", capacity_names[c],
                                                   ladder_perspective_get_name (&rec->perspectives[l]), cell,
                                                   (int) l == capacity->weakest ? " (the weakest)" : "");

          /* The weakest level is marked in words for screen readers, not only in bold. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell_label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_grid_attach (GTK_GRID (grid), cell_label, 2 + l, c + 1, 1, 1);
        }
      gtk_grid_attach (GTK_GRID (grid), ladder_text_label_new (rated, NULL), 6, c + 1, 1, 1);
    }
  gtk_box_append (GTK_BOX (section), grid);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    if (rec->capacities[c].weakest >= 0)
      {
        g_autofree char *line = g_strdup_printf ("%s: the weakest level is %s%s.", capacity_names[c],
                                                 ladder_perspective_get_name (&rec->perspectives[rec->capacities[c].weakest]),
                                                 rec->capacities[c].lowered
                                                 ? "; held at partly in place because views differ between levels"
                                                 : "");

        gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, "dim-label"));
      }

  {
    g_autofree char *partners = ladder_recommendation_describe_partners (rec);

    if (partners != NULL)
      gtk_box_append (GTK_BOX (section), ladder_text_label_new (partners, NULL));
  }

  if (rec->view_gaps->len > 0)
    section = ladder_text_section_new (GTK_BOX (self), "Where views differ");
  for (guint i = 0; i < rec->view_gaps->len; i++)
    {
      g_autofree char *text = ladder_recommendation_describe_view_gap (rec, &g_array_index (rec->view_gaps,
                                                                                            LadderViewGap, i));
      g_autofree char *line = g_strdup_printf ("• %s", text);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  section = ladder_text_section_new (GTK_BOX (self), "The nature of the difficulties");
  for (guint f = 0; f < LADDER_N_FLAGS; f++)
    {
      g_autofree char *line = NULL;

      if (!ladder_recommendation_flag_applies (rec, f))
        continue;
      line = g_strdup_printf ("%s: %s.", ladder_flag_get_title (f), ladder_flag_state_get_answer (rec->state.flags[f]));
      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }
}

static void
build_reasons (LadderRecommendationView *self,
               LadderRecommendation     *rec)
{
  GtkWidget *section = ladder_text_section_new (GTK_BOX (self), "Why");

  for (guint i = 0; i < rec->reasons->len; i++)
    {
      const LadderReason *reason = rec->reasons->pdata[i];
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, reason->statement->text);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_box_append (GTK_BOX (box), ladder_text_label_new (text, NULL));
      for (guint a = 0; a < reason->answers->len; a++)
        {
          const LadderQuestionResult *answer = reason->answers->pdata[a];
          g_autofree char *rating = ladder_recommendation_describe_answer (answer);
          g_autofree char *line = g_strdup_printf ("Answer: “%s”: %s", answer->question->statement, rating);

          gtk_box_append (GTK_BOX (box), ladder_text_label_new (line, "dim-label"));
        }
      for (guint f = 0; reason->statement->findings[f] != NULL; f++)
        {
          const LadderFinding *finding = ladder_content_find_finding (rec->content, reason->statement->findings[f]);
          g_autofree char *label = g_strdup_printf ("Research: %s", finding->title);
          g_autofree char *target = g_strdup_printf ("finding:%s", finding->id);

          gtk_box_append (GTK_BOX (box), library_button (label, target));
        }
      gtk_box_append (GTK_BOX (section), box);
    }
}

static void
build_lists (LadderRecommendationView *self,
             LadderRecommendation     *rec)
{
  GtkWidget *section = NULL;

  if (rec->caveats->len > 0)
    section = ladder_text_section_new (GTK_BOX (self), "Caveats");
  for (guint i = 0; i < rec->caveats->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", ((LadderStatement *) rec->caveats->pdata[i])->text);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  {
    g_autofree char *heading = g_strdup_printf ("Confidence: %s", ladder_confidence_get_label (rec->confidence));

    section = ladder_text_section_new (GTK_BOX (self), heading);
  }
  for (guint i = 0; i < rec->confidence_reasons->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", (char *) rec->confidence_reasons->pdata[i]);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  if (rec->primary == NULL)
    {
      section = ladder_text_section_new (GTK_BOX (self), "More answers needed");
      for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
        {
          g_autofree char *needs = ladder_recommendation_describe_needs (rec, c);
          g_autofree char *line = needs != NULL ? g_strdup_printf ("• %s", needs) : NULL;

          if (line != NULL)
            gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
        }
      return;
    }
  section = ladder_text_section_new (GTK_BOX (self), "What would change it");
  if (rec->changes->len == 0)
    gtk_box_append (GTK_BOX (section), ladder_text_label_new ("No change of one or two answers would lead to "
                                                              "a different form of support.", NULL));
  for (guint i = 0; i < rec->changes->len; i++)
    {
      g_autofree char *text = ladder_recommendation_describe_change (rec, rec->changes->pdata[i]);
      g_autofree char *line = g_strdup_printf ("• %s", text);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  if (rec->primary == NULL)
    return;
  {
    g_autofree char *heading = g_strdup_printf ("What makes %s work", rec->primary->name);

    section = ladder_text_section_new (GTK_BOX (self), heading);
  }
  gtk_box_append (GTK_BOX (section), ladder_text_label_new ("Tick each condition once it is in place. "
                                                            "The ticks are saved with the assessment.",
                                                            "dim-label"));
  for (guint i = 0; i < rec->primary->success_factors->len; i++)
    {
      const LadderChecklistItem *item = rec->primary->success_factors->pdata[i];
      GtkWidget *check = gtk_check_button_new_with_label (item->text);
      GtkWidget *label = gtk_widget_get_last_child (check);

      if (GTK_IS_LABEL (label))
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      g_object_set_data_full (G_OBJECT (check), "factor", g_strdup (item->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (factor_toggled_cb), self);
      g_hash_table_insert (self->factor_checks, g_strdup (item->id), check);
      gtk_box_append (GTK_BOX (section), check);
    }
}

static void
build (LadderRecommendationView *self)
{
  LadderRecommendation *rec = self->recommendation;
  GtkWidget *section = NULL;

  clear (self);
  g_free (self->headline);
  self->headline = rec->primary != NULL ? g_strdup_printf ("Recommended: %s", rec->primary->name)
                                        : g_strdup ("No recommendation yet");
  gtk_box_append (GTK_BOX (self), ladder_text_heading_new (self->headline, "title-1"));
  {
    g_autofree char *in_short = ladder_recommendation_describe_in_short (rec);
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

    gtk_widget_add_css_class (box, "in-short");
    gtk_box_append (GTK_BOX (box), ladder_text_heading_new ("In short", "heading"));
    gtk_box_append (GTK_BOX (box), ladder_text_label_new (in_short, NULL));
    gtk_box_append (GTK_BOX (self), box);
  }
  gtk_box_append (GTK_BOX (self), ladder_text_label_new (rec->rule->title, "heading"));
  gtk_box_append (GTK_BOX (self), ladder_text_label_new (rec->rule->summary, NULL));
  if (rec->primary != NULL)
    {
      g_autofree char *label = g_strdup_printf ("About %s", rec->primary->name);
      g_autofree char *target = g_strdup_printf ("form:%s", rec->primary->id);

      gtk_box_append (GTK_BOX (self), library_button (label, target));
    }

  if (rec->context_notes->len > 0)
    section = ladder_text_section_new (GTK_BOX (self), "How the context shaped the advice");
  for (guint i = 0; i < rec->context_notes->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", (char *) rec->context_notes->pdata[i]);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  section = ladder_text_section_new (GTK_BOX (self), "What to put in place");
  for (guint i = 0; i < rec->package->len; i++)
    {
      const LadderPackageItem *item = rec->package->pdata[i];
      const LadderForm *form = item->form != NULL ? ladder_content_find_form (rec->content, item->form) : NULL;
      g_autofree char *line = g_strdup_printf ("• %s%s%s", form != NULL ? form->name : "",
                                               form != NULL ? ": " : "", item->text);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (line, NULL));
    }

  build_capacities (self, rec);
  build_reasons (self, rec);
  build_lists (self, rec);
}

/* Ticks follow the assessment, without rebuilding anything. */
static void
sync_factors (LadderRecommendationView *self)
{
  GHashTableIter iter;
  gpointer id, check;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->factor_checks);
  while (g_hash_table_iter_next (&iter, &id, &check))
    gtk_check_button_set_active (check, self->assessment != NULL &&
                                 ladder_assessment_get_plan_item (self->assessment, id));
  self->syncing = FALSE;
}

static void
ladder_recommendation_view_dispose (GObject *object)
{
  LadderRecommendationView *self = LADDER_RECOMMENDATION_VIEW (object);

  g_clear_pointer (&self->recommendation, ladder_recommendation_unref);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->factor_checks, g_hash_table_unref);

  G_OBJECT_CLASS (ladder_recommendation_view_parent_class)->dispose (object);
}

static void
ladder_recommendation_view_finalize (GObject *object)
{
  LadderRecommendationView *self = LADDER_RECOMMENDATION_VIEW (object);

  g_free (self->digest);
  g_free (self->headline);

  G_OBJECT_CLASS (ladder_recommendation_view_parent_class)->finalize (object);
}

static void
ladder_recommendation_view_class_init (LadderRecommendationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_recommendation_view_dispose;
  object_class->finalize = ladder_recommendation_view_finalize;
  g_type_ensure (LADDER_TYPE_CAPACITY_LADDER);
}

static void
ladder_recommendation_view_init (LadderRecommendationView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->factor_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
ladder_recommendation_view_new (void)
{
  return g_object_new (LADDER_TYPE_RECOMMENDATION_VIEW, NULL);
}

/**
 * ladder_recommendation_view_set:
 * @self: the view
 * @recommendation: the advice to show
 * @assessment: the assessment it came from, where ticks are kept
 *
 * Returns: %TRUE when the page was rebuilt, %FALSE when the advice was
 *   the same as before and only the ticks were brought up to date.
 */
gboolean
ladder_recommendation_view_set (LadderRecommendationView *self,
                                LadderRecommendation     *recommendation,
                                LadderAssessment         *assessment)
{
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *digest = NULL;
  gboolean rebuild;

  g_return_val_if_fail (LADDER_IS_RECOMMENDATION_VIEW (self), FALSE);
  g_return_val_if_fail (recommendation != NULL, FALSE);

  json = ladder_recommendation_to_json (recommendation);
  digest = json_to_string (json, FALSE);
  rebuild = g_strcmp0 (digest, self->digest) != 0;
  g_set_object (&self->assessment, assessment);
  g_clear_pointer (&self->recommendation, ladder_recommendation_unref);
  self->recommendation = ladder_recommendation_ref (recommendation);
  if (rebuild)
    {
      g_free (self->digest);
      self->digest = g_steal_pointer (&digest);
      build (self);
    }
  sync_factors (self);
  return rebuild;
}

/**
 * ladder_recommendation_view_get_recommendation:
 * @self: the view
 *
 * Returns: (transfer none) (nullable): the advice on show.
 */
LadderRecommendation *
ladder_recommendation_view_get_recommendation (LadderRecommendationView *self)
{
  g_return_val_if_fail (LADDER_IS_RECOMMENDATION_VIEW (self), NULL);
  return self->recommendation;
}

/**
 * ladder_recommendation_view_get_headline:
 * @self: the view
 *
 * Returns: (nullable): the headline on show, such as "Recommended: …".
 */
const char *
ladder_recommendation_view_get_headline (LadderRecommendationView *self)
{
  g_return_val_if_fail (LADDER_IS_RECOMMENDATION_VIEW (self), NULL);
  return self->headline;
}
