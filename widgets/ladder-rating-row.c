/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One question to rate: the statement, the four points with their
 * descriptors and "don't know", an evidence note and its privacy.
 *
 * By keyboard the five choices are one radio group and one Tab stop: the
 * chosen one, or the first while none is. The arrow keys move within the
 * group and choose as they go, Space chooses, and 1 to 4 (0 for "don't
 * know", Delete to clear) rate the question from anywhere in the row except
 * the note, where they are typed. A rating by number key emits
 * #LadderRatingRow::rated-by-key, so the page can move on to the next
 * question. */
#include "config.h"

#include <math.h>

#include "ladder-chart-view.h"
#include "ladder-glossary-button.h"
#include "ladder-rating-row.h"
#include "ladder-text.h"

struct _LadderRatingRow
{
  GtkBox                parent_instance;

  GtkLabel             *statement_label;
  GtkLabel             *levels_label;
  GtkExpander          *help_expander;
  GtkLabel             *help_label;
  GtkLabel             *good_label;
  GtkBox               *figures_box;
  GtkBox               *choices_box;
  GtkTextView          *note_view;
  char                 *note;          /* the note's text, kept for ladder_rating_row_get_note() */
  GtkCheckButton       *private_check;
  GtkWidget            *choices[LADDER_RATING_DONT_KNOW + 1];   /* index 0 unused */

  const LadderQuestion *question;
  LadderRating          rating;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (LadderRatingRow, ladder_rating_row, GTK_TYPE_BOX)

enum {
  ANSWER_CHANGED,
  RATED_BY_KEY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (LadderRatingRow *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[ANSWER_CHANGED], 0);
}

/* The choice that takes the group's one Tab stop. */
static LadderRating
roving_choice (LadderRatingRow *self)
{
  return self->rating >= LADDER_RATING_NOT_IN_PLACE && self->rating <= LADDER_RATING_DONT_KNOW
    ? self->rating : LADDER_RATING_NOT_IN_PLACE;
}

static gboolean
focus_in_choices (LadderRatingRow *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->choices_box));
}

/* Only one choice can take the focus, and when the rating moves while the
 * focus is in the group, the focus moves with it: the ring is always on
 * the choice that is chosen. */
static void
update_roving (LadderRatingRow *self)
{
  LadderRating target = roving_choice (self);
  gboolean follow = gtk_widget_get_root (GTK_WIDGET (self)) != NULL && focus_in_choices (self);

  gtk_widget_set_focusable (self->choices[target], TRUE);
  if (follow)
    gtk_widget_grab_focus (self->choices[target]);
  for (LadderRating r = LADDER_RATING_NOT_IN_PLACE; r <= LADDER_RATING_DONT_KNOW; r++)
    if (r != target)
      gtk_widget_set_focusable (self->choices[r], FALSE);
}

static void
show_rating (LadderRatingRow *self)
{
  self->updating = TRUE;
  for (LadderRating r = LADDER_RATING_NOT_IN_PLACE; r <= LADDER_RATING_DONT_KNOW; r++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->choices[r]), r == self->rating);
  self->updating = FALSE;
  update_roving (self);
}

static void
choice_toggled_cb (GtkCheckButton  *button,
                   LadderRatingRow *self)
{
  LadderRating rating = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "rating"));

  if (self->updating || !gtk_check_button_get_active (button) || rating == self->rating)
    return;
  self->rating = rating;
  update_roving (self);
  emit_changed (self);
}

/* Up and Left choose the choice before, Down and Right the one after, as
 * in any radio group; Home and End the first and last. */
static gboolean
choices_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        LadderRatingRow       *self)
{
  int n = LADDER_RATING_DONT_KNOW, r = self->rating == LADDER_RATING_NONE ? 0 : (int) self->rating;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_Left: case GDK_KEY_KP_Left:
      r = r <= 1 ? n : r - 1;
      break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: case GDK_KEY_Right: case GDK_KEY_KP_Right:
      r = r >= n ? 1 : r + 1;
      break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      r = 1;
      break;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      r = n;
      break;
    default:
      return FALSE;
    }
  self->rating = (LadderRating) r;
  show_rating (self);
  emit_changed (self);
  return TRUE;
}

static void
note_changed_cb (LadderRatingRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->note);
  self->note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  emit_changed (self);
}

static void
ladder_rating_row_finalize (GObject *object)
{
  g_free (LADDER_RATING_ROW (object)->note);
  G_OBJECT_CLASS (ladder_rating_row_parent_class)->finalize (object);
}

static void
private_toggled_cb (LadderRatingRow *self)
{
  emit_changed (self);
}

static void
set_rating_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadderRatingRow *self = LADDER_RATING_ROW (widget);
  int value = g_variant_get_int32 (parameter);
  LadderRating rating = value == 0 ? LADDER_RATING_DONT_KNOW : (LadderRating) value;

  if (value < 0 || value > 4)
    return;
  if (rating != self->rating)
    {
      self->rating = rating;
      show_rating (self);
      emit_changed (self);
    }
  g_signal_emit (self, signals[RATED_BY_KEY], 0);
}

static void
clear_rating_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LadderRatingRow *self = LADDER_RATING_ROW (widget);

  if (self->rating == LADDER_RATING_NONE)
    return;
  self->rating = LADDER_RATING_NONE;
  show_rating (self);
  emit_changed (self);
}

static void
ladder_rating_row_class_init (LadderRatingRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ladder_rating_row_finalize;

  /**
   * LadderRatingRow::answer-changed:
   *
   * The user changed the rating, the note or its privacy.
   */
  signals[ANSWER_CHANGED] = g_signal_new ("answer-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LadderRatingRow::rated-by-key:
   *
   * The user rated the question with a number key (even to the rating it
   * had), a sign they may be ready for the next question.
   */
  signals[RATED_BY_KEY] = g_signal_new ("rated-by-key", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "rating.set", "i", set_rating_action);
  gtk_widget_class_install_action (widget_class, "rating.clear", NULL, clear_rating_action);
  for (int i = 0; i <= 4; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, 0, "rating.set", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, 0, "rating.set", "i", i);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "rating.clear", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ladder/Ladder/ladder-rating-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, levels_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, help_expander);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, help_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, good_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, figures_box);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, choices_box);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, note_view);
  gtk_widget_class_bind_template_child (widget_class, LadderRatingRow, private_check);
  gtk_widget_class_bind_template_callback (widget_class, private_toggled_cb);
}

static void
ladder_rating_row_init (LadderRatingRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->note = g_strdup ("");
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (note_changed_cb), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (choices_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->choices_box), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->help_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "What to look for", -1);
}

static void
fill (LadderRatingRow *self)
{
  const LadderQuestion *question = self->question;
  g_autoptr(GString) levels = g_string_new ("Concerns ");
  g_autofree char *good = g_strdup_printf ("What good looks like: %s", question->good);
  g_autofree char *note_name = g_strdup_printf ("Evidence note for: %s", question->statement);
  g_autofree char *private_name = g_strdup_printf ("Keep the note private, for: %s", question->statement);
  guint n = 0, total = 0;
  GtkWidget *child;

  gtk_label_set_text (self->statement_label, question->statement);
  for (guint bit = 0; bit < 4; bit++)
    total += (question->levels >> bit) & 1;
  for (guint bit = 0; bit < 4; bit++)
    {
      LadderLeadershipLevels level = 1u << bit;
      g_autofree char *name = NULL;

      if ((question->levels & level) == 0)
        continue;
      name = g_ascii_strdown (ladder_leadership_level_get_label (level), -1);
      g_string_append_printf (levels, "%s%s", n == 0 ? "" : n + 1 == total ? " and " : ", ", name);
      n++;
    }
  g_string_append (levels, total == 1 ? " leadership" : " leaders");
  gtk_label_set_text (self->levels_label, levels->str);
  gtk_label_set_text (self->help_label, question->help);
  gtk_label_set_text (self->good_label, good);
  ladder_rating_row_set_evidence (self, NULL, -1, NULL);

  for (LadderRating r = LADDER_RATING_NOT_IN_PLACE; r <= LADDER_RATING_DONT_KNOW; r++)
    {
      g_autofree char *label = r == LADDER_RATING_DONT_KNOW
        ? g_strdup ("Don’t know")
        : g_strdup_printf ("%s: %s", ladder_rating_get_label (r), question->descriptors[r - 1]);
      /* One choice of five: a radio button to a screen reader, which
       * GTK 4.8 does not make a grouped check button by itself. */
      GtkWidget *button = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                        "label", label,
                                        NULL);

      child = gtk_widget_get_last_child (button);
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_xalign (GTK_LABEL (child), 0);
        }
      if (r > LADDER_RATING_NOT_IN_PLACE)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (self->choices[1]));
      g_object_set_data (G_OBJECT (button), "rating", GINT_TO_POINTER (r));
      g_signal_connect (button, "toggled", G_CALLBACK (choice_toggled_cb), self);
      gtk_box_append (self->choices_box, button);
      self->choices[r] = button;
    }
  update_roving (self);
  child = gtk_widget_get_last_child (GTK_WIDGET (self->private_check));
  if (GTK_IS_LABEL (child))
    gtk_label_set_wrap (GTK_LABEL (child), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->private_check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, private_name, -1);
}

/**
 * ladder_rating_row_new:
 * @question: (transfer none): the question; must outlive the row
 *
 * Returns: (transfer floating): a new row with no answer.
 */
GtkWidget *
ladder_rating_row_new (const LadderQuestion *question)
{
  LadderRatingRow *self;

  g_return_val_if_fail (question != NULL, NULL);

  self = g_object_new (LADDER_TYPE_RATING_ROW, NULL);
  self->question = question;
  fill (self);
  return GTK_WIDGET (self);
}

const LadderQuestion *
ladder_rating_row_get_question (LadderRatingRow *self)
{
  g_return_val_if_fail (LADDER_IS_RATING_ROW (self), NULL);
  return self->question;
}

LadderRating
ladder_rating_row_get_rating (LadderRatingRow *self)
{
  g_return_val_if_fail (LADDER_IS_RATING_ROW (self), LADDER_RATING_NONE);
  return self->rating;
}

/**
 * ladder_rating_row_get_note:
 * @self: a row
 *
 * Returns: the note as typed, possibly empty.
 */
const char *
ladder_rating_row_get_note (LadderRatingRow *self)
{
  g_return_val_if_fail (LADDER_IS_RATING_ROW (self), NULL);
  return self->note;
}

gboolean
ladder_rating_row_get_private (LadderRatingRow *self)
{
  g_return_val_if_fail (LADDER_IS_RATING_ROW (self), FALSE);
  return gtk_check_button_get_active (self->private_check);
}

/**
 * ladder_rating_row_focus_choices:
 * @self: a row
 *
 * Puts the focus on the question's choices: the one chosen, or the first.
 *
 * Returns: whether the focus moved there.
 */
gboolean
ladder_rating_row_focus_choices (LadderRatingRow *self)
{
  g_return_val_if_fail (LADDER_IS_RATING_ROW (self), FALSE);
  return gtk_widget_grab_focus (self->choices[roving_choice (self)]);
}

/**
 * ladder_rating_row_set_answer:
 * @self: a row
 * @rating: the rating to show
 * @note: (nullable): the note
 * @private_note: whether the note is private
 *
 * Shows an answer without emitting #LadderRatingRow::answer-changed.
 */
void
ladder_rating_row_set_answer (LadderRatingRow *self,
                              LadderRating     rating,
                              const char      *note,
                              gboolean         private_note)
{
  g_return_if_fail (LADDER_IS_RATING_ROW (self));

  self->updating = TRUE;
  self->rating = rating;
  /* Rewriting the same text would move the cursor of someone typing. */
  if (g_strcmp0 (self->note, note != NULL ? note : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note != NULL ? note : "", -1);
  gtk_check_button_set_active (self->private_check, private_note);
  self->updating = FALSE;
  show_rating (self);
}

static void
draw_chip (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  LadderScorecardData *figures = data;
  LadderChartStyle style;
  GdkRGBA ink;

  ladder_chart_style_init (&style, ladder_chart_view_widget_is_dark (GTK_WIDGET (area), &ink));
  ladder_paint_figure_chip (cr, width, height, &figures->rows[0], &style);
}

/* One indicator's latest figure in words: the band and trend drawn beside
 * it say nothing the words do not. */
static char *
describe_figure (const LadderScorecardRow *row,
                 const char               *why)
{
  g_autoptr(GString) out = g_string_new (row->name);

  if (isnan (row->value))
    g_string_append (out, ": no figure for this council");
  else
    {
      g_string_append_printf (out, ": %.*f in %s", row->decimals, row->value, row->period_label);
      if (row->band != LADDER_BAND_NONE)
        g_string_append_printf (out, ", band %c", ladder_band_to_char (row->band));
      if (row->rank.status == LADDER_STAT_OK)
        g_string_append_printf (out, ", rank %u of %u", row->rank.rank, row->rank.n);
      if (row->change.status == LADDER_STAT_OK && row->change.change != 0)
        g_string_append_printf (out, ", %s %.*f on the period before%s", row->change.change > 0 ? "up" : "down",
                                row->decimals, fabs (row->change.change),
                                row->polarity == LADDER_POLARITY_NONE ? ""
                                : row->change.improved ? " (better)" : " (worse)");
    }
  g_string_append_printf (out, ". %s", why);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
figure_new (LadderDataset             *dataset,
            guint                      measure,
            int                        council,
            const LadderIndicatorLink *link)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  g_autofree char *text = NULL;
  GtkWidget *label, *button;

  if (council >= 0)
    {
      LadderScorecardData *figures = ladder_scorecard_data_new (dataset, &measure, 1, council);
      GtkWidget *chip = gtk_drawing_area_new ();

      text = describe_figure (&figures->rows[0], link->why);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (chip), 96);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chip), 22);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chip), draw_chip, figures,
                                      (GDestroyNotify) ladder_scorecard_data_free);
      gtk_widget_set_valign (chip, GTK_ALIGN_START);
      /* The words beside it say the same to a screen reader. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), chip);
    }
  else
    text = g_strdup_printf ("%s. %s", ladder_chart_measure_title (info), link->why);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  button = gtk_button_new_with_label ("Charts");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-measure");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", info->code);
  {
    g_autofree char *name = g_strdup_printf ("Charts of %s", ladder_chart_measure_title (info));

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    gtk_widget_set_tooltip_text (button, name);
  }
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

/**
 * ladder_rating_row_set_evidence:
 * @self: a row
 * @dataset: (nullable): the data loaded
 * @council: the council's area in @dataset, or -1 when none is chosen or
 *   the data lacks it
 * @no_council: (nullable): when @council is -1, why, in a sentence
 *
 * Shows the published figures that bear on the question: for each linked
 * indicator the data has, the council's band and recent trend, its latest
 * figure, rank and change in words, why it bears on the question, and a
 * button to its full charts. Indicators the data lacks are named.
 */
void
ladder_rating_row_set_evidence (LadderRatingRow *self,
                                LadderDataset   *dataset,
                                int              council,
                                const char      *no_council)
{
  GPtrArray *indicators = self->question->indicators;
  g_autoptr(GString) missing = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL)
    gtk_box_remove (self->figures_box, child);
  for (guint i = 0; i < indicators->len; i++)
    {
      const LadderIndicatorLink *link = indicators->pdata[i];
      const char *code = link->lait != NULL ? link->lait : link->ees;
      guint measure;

      if (dataset != NULL && ladder_dataset_find_measure (dataset, code, &measure))
        gtk_box_append (self->figures_box, figure_new (dataset, measure, council, link));
      else
        g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", code);
    }
  if (missing->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("Not in the data loaded: %s.", missing->str);

      gtk_box_append (self->figures_box, ladder_text_label_new (text, "dim-label"));
    }
  if (council < 0 && gtk_widget_get_first_child (GTK_WIDGET (self->figures_box)) != NULL)
    gtk_box_prepend (self->figures_box,
                     ladder_text_label_new (no_council != NULL ? no_council
                                            : "Choose the council on the Start step to see its figures.", NULL));
  if (gtk_widget_get_first_child (GTK_WIDGET (self->figures_box)) != NULL)
    {
      gtk_box_append (self->figures_box, ladder_glossary_button_new ());
      gtk_box_prepend (self->figures_box,
                       ladder_text_heading_new ("Published figures that bear on this (band A is the best quarter "
                                                "of councils, D the worst)", "caption-heading"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->figures_box), indicators->len > 0);
}

/**
 * ladder_rating_row_set_extra:
 * @self: the row
 * @extra: (transfer floating): what goes at the foot of the card, such as
 *   the evidence seen for this question
 */
void
ladder_rating_row_set_extra (LadderRatingRow *self,
                             GtkWidget       *extra)
{
  g_return_if_fail (LADDER_IS_RATING_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (extra));

  gtk_widget_set_margin_top (extra, 6);
  gtk_box_append (GTK_BOX (self), extra);
}
