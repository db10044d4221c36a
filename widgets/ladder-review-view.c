/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Review step: a grid of questions (rows, grouped by capacity) by
 * people (columns, grouped by leadership level), with a summary of what
 * each level makes of each capacity above it.
 *
 * Each cell gives a rating as a number and a word, so nothing depends on
 * colour; "don't know" and no answer read differently. The grid is one
 * Tab stop: the arrow keys, Home and End move from cell to cell (only the
 * current cell can take the focus), and each cell's accessible name says
 * who, at which level, which question and what they said. A cell with a
 * note opens it in a popover.
 *
 * Twelve people and forty questions make some five hundred cells, so the
 * grid is built a few rows per idle call and the window keeps drawing
 * meanwhile. A change of one answer updates the cells and row marks that
 * differ; only a change of who takes part rebuilds the grid. */
#include "config.h"

#include "ladder-review-view-private.h"
#include "ladder-text.h"

/* Rows built per idle call: about a frame's work on a slow machine. */
#define ROWS_PER_CHUNK 3
/* The questions and how far apart people are stay put on the left while
 * the people's columns scroll sideways: two grids whose rows are kept the
 * same height by a size group each. */

G_DEFINE_FINAL_TYPE (LadderReviewView, ladder_review_view, GTK_TYPE_BOX)

static const char * const filter_names[LADDER_REVIEW_N_FILTERS] = {
  "All questions",
  "Where people differ by two points or more",
  "Where someone does not know",
  "Councillors only",
  "Corporate leaders only",
  "Service leaders only",
  "Partners only",
};

static const char * const level_short_names[] = {
  "Political", "Corporate", "Service", "Partners", "No level",
};

static const char * const short_words[] = {
  "No answer", "Not in place", "Emerging", "Largely", "Fully", "Don’t know",
};

static void
grid_row_free (GridRow *row)
{
  g_clear_object (&row->heights);
  g_free (row->cells);
  g_free (row);
}

/* Cells ------------------------------------------------------------------ */

static void
show_cell (LadderReviewView *self,
           GtkWidget        *cell,
           guint             row_index,
           guint             person)
{
  const LadderReviewRow *row = ladder_review_get_row (self->review, row_index);
  LadderRating rating = row->ratings[person];
  gboolean note = row->notes[person] != NULL;
  g_autofree char *markup = NULL;
  g_autofree char *description = ladder_review_describe_cell (self->review, row_index, person);
  static const char * const classes[] = {
    "rating-none", "rating-1", "rating-2", "rating-3", "rating-4", "rating-dont-know",
  };

  if (rating >= LADDER_RATING_NOT_IN_PLACE && rating <= LADDER_RATING_FULLY_IN_PLACE)
    markup = g_strdup_printf ("<b>%d</b>%s\n%s", rating, note ? " ✎" : "", short_words[rating]);
  else if (rating == LADDER_RATING_DONT_KNOW)
    markup = g_strdup_printf ("<b>?</b>%s\n%s", note ? " ✎" : "", short_words[rating]);
  else
    markup = g_strdup_printf ("–%s\n%s", note ? " ✎" : "", short_words[0]);
  gtk_label_set_markup (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (cell))), markup);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (cell, classes[i]);
  gtk_widget_add_css_class (cell, classes[rating]);
  gtk_widget_set_tooltip_text (cell, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
show_spread (LadderReviewView *self,
             GridRow          *grid_row)
{
  const LadderReviewRow *row = ladder_review_get_row (self->review, grid_row->index);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (row->n_rated < 2)
    text = g_strdup (row->n_dont_know > 0 ? "?" : "–");
  else if (row->differs)
    text = g_strdup_printf ("⚠ %u apart", row->spread);
  else
    text = g_strdup_printf ("%u apart", row->spread);
  description = row->n_rated < 2 ? g_strdup ("Fewer than two ratings")
                : g_strdup_printf ("Ratings %u apart%s%s", row->spread,
                                   row->differs ? ": people see this differently" : "",
                                   row->n_dont_know > 0 ? "; someone does not know" : "");
  gtk_label_set_text (GTK_LABEL (grid_row->spread), text);
  gtk_widget_set_tooltip_text (grid_row->spread, description);
  if (row->differs)
    gtk_widget_add_css_class (grid_row->spread, "review-differs");
  else
    gtk_widget_remove_css_class (grid_row->spread, "review-differs");
}

/* The popover is the view's own child, so the view places it. */
static gboolean
popup_tick_cb (GtkWidget     *cell,
               GdkFrameClock *clock,
               gpointer       data)
{
  LadderReviewView *self = data;
  graphene_rect_t bounds;

  /* Ticks come before layout: this one places it after the scroll. */
  if (g_object_get_data (G_OBJECT (cell), "ticked") == NULL)
    {
      g_object_set_data (G_OBJECT (cell), "ticked", GINT_TO_POINTER (TRUE));
      return G_SOURCE_CONTINUE;
    }
  g_object_set_data (G_OBJECT (cell), "ticked", NULL);
  if (self->popover == NULL || g_object_get_data (G_OBJECT (self->popover), "cell") != cell ||
      !gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds))
    return G_SOURCE_REMOVE;
  gtk_popover_set_pointing_to (self->popover, &(GdkRectangle) {
    (int) bounds.origin.x, (int) bounds.origin.y, (int) bounds.size.width, (int) bounds.size.height });
  gtk_popover_popup (self->popover);
  return G_SOURCE_REMOVE;
}

static void
open_note (LadderReviewView *self,
           GtkWidget        *cell)
{
  guint row_index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "row"));
  guint person = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "person"));
  const LadderReviewRow *row = ladder_review_get_row (self->review, row_index);
  g_autofree char *description = ladder_review_describe_cell (self->review, row_index, person);
  g_autofree char *text = NULL;

  if (row->notes[person] != NULL)
    text = g_strdup_printf ("%s\n\n%s%s", description, row->private_notes[person] ? "Private note: " : "Note: ",
                            row->notes[person]);
  else
    text = g_strdup_printf ("%s\n\nNo note.", description);
  gtk_label_set_text (self->popover_label, text);
  g_object_set_data (G_OBJECT (self->popover), "cell", cell);
  /* A popover must open where the cell can be seen: scroll to it, and
   * open once the next frame has placed it. */
  ladder_text_scroll_into_view (cell);
  gtk_widget_add_tick_callback (cell, popup_tick_cb, g_object_ref (self), g_object_unref);
}

static void
popover_closed_cb (LadderReviewView *self)
{
  GtkWidget *cell = g_object_get_data (G_OBJECT (self->popover), "cell");

  /* Back to the cell it came from, as a menu does. */
  if (cell != NULL && cell == self->focus_cell)
    gtk_widget_grab_focus (cell);
}

static void
cell_clicked_cb (GtkButton        *cell,
                 LadderReviewView *self)
{
  open_note (self, GTK_WIDGET (cell));
}

void
ladder_review_view_make_focus_cell (LadderReviewView *self,
                 GtkWidget        *cell)
{
  if (self->focus_cell == cell)
    return;
  if (self->focus_cell != NULL)
    gtk_widget_set_focusable (self->focus_cell, FALSE);
  self->focus_cell = cell;
  if (cell != NULL)
    gtk_widget_set_focusable (cell, TRUE);
}

static void
cell_focus_cb (GtkEventControllerFocus *controller,
               LadderReviewView        *self)
{
  ladder_review_view_make_focus_cell (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static GtkWidget *
cell_new (LadderReviewView *self,
          guint             row_index,
          guint             person)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *cell = g_object_new (GTK_TYPE_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_GRID_CELL, NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "caption");
  gtk_button_set_child (GTK_BUTTON (cell), label);
  gtk_widget_add_css_class (cell, "review-cell");
  gtk_widget_add_css_class (cell, "flat");
  gtk_widget_set_focusable (cell, FALSE);
  g_object_set_data (G_OBJECT (cell), "row", GUINT_TO_POINTER (row_index));
  g_object_set_data (G_OBJECT (cell), "person", GUINT_TO_POINTER (person));
  g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_cb), self);
  gtk_widget_add_controller (cell, focus);
  show_cell (self, cell, row_index, person);
  return cell;
}

/* Building --------------------------------------------------------------- */

static GtkWidget *
header_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build_row (LadderReviewView *self,
           guint             row_index)
{
  const LadderReviewRow *row = ladder_review_get_row (self->review, row_index);
  GridRow *grid_row = g_new0 (GridRow, 1);
  LadderSection section = row->question->section;
  guint n_people = self->people->len;

  if (self->section_headers[section] == NULL)
    {
      GtkWidget *heading = ladder_text_heading_new (section < LADDER_N_CAPACITIES
                                                      ? ladder_capacity_get_title (section)
                                                      : "The nature of the difficulties", "heading");
      GtkWidget *spacer = gtk_label_new (NULL);
      g_autoptr(GtkSizeGroup) heights = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);

      gtk_widget_set_margin_top (heading, 12);
      /* One line, no wider than the questions: a wider column would let
       * them wrap into fewer lines than the size group measured. */
      gtk_label_set_wrap (GTK_LABEL (heading), FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (heading), 20);
      gtk_grid_attach (self->questions, heading, 0, FIRST_QUESTION_ROW, 2, 1);
      gtk_grid_attach (self->grid, spacer, 0, FIRST_QUESTION_ROW, MAX (n_people, 1), 1);
      gtk_size_group_add_widget (heights, heading);
      gtk_size_group_add_widget (heights, spacer);
      self->section_headers[section] = heading;
      self->section_spacers[section] = spacer;
    }
  grid_row->index = row_index;
  grid_row->section = section;
  grid_row->header = gtk_label_new (row->question->statement);
  gtk_label_set_wrap (GTK_LABEL (grid_row->header), TRUE);
  gtk_label_set_xalign (GTK_LABEL (grid_row->header), 0);
  /* One width, so that its height is the same however it is measured:
   * the size group and the grid must agree on it. Twenty characters leave
   * room for the people's columns in a window 360 pixels wide. */
  gtk_label_set_width_chars (GTK_LABEL (grid_row->header), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (grid_row->header), 20);
  grid_row->spread = gtk_label_new (NULL);
  gtk_widget_add_css_class (grid_row->spread, "numeric");
  show_spread (self, grid_row);
  grid_row->cells = g_new0 (GtkWidget *, MAX (n_people, 1));
  grid_row->heights = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  gtk_grid_attach (self->questions, grid_row->header, 0, FIRST_QUESTION_ROW, 1, 1);
  gtk_grid_attach (self->questions, grid_row->spread, 1, FIRST_QUESTION_ROW, 1, 1);
  gtk_size_group_add_widget (grid_row->heights, grid_row->header);
  for (guint p = 0; p < n_people; p++)
    {
      grid_row->cells[p] = cell_new (self, row_index, p);
      gtk_grid_attach (self->grid, grid_row->cells[p], p, FIRST_QUESTION_ROW, 1, 1);
      gtk_size_group_add_widget (grid_row->heights, grid_row->cells[p]);
    }
  g_ptr_array_add (self->rows, grid_row);
}

static void
build_headers (LadderReviewView *self)
{
  guint n_people = self->people->len;
  GtkWidget *question = header_label ("Question", "heading");
  GtkWidget *spread = header_label ("How far apart", "heading");
  GtkWidget *level_spacer = gtk_label_new (NULL);
  g_autoptr(GtkSizeGroup) level_heights = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  g_autoptr(GtkSizeGroup) name_heights = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);

  gtk_grid_attach (self->questions, level_spacer, 0, 0, 2, 1);
  gtk_grid_attach (self->questions, question, 0, 1, 1, 1);
  gtk_grid_attach (self->questions, spread, 1, 1, 1, 1);
  gtk_size_group_add_widget (level_heights, level_spacer);
  gtk_size_group_add_widget (name_heights, question);
  gtk_size_group_add_widget (name_heights, spread);
  for (guint p = 0; p < n_people;)
    {
      int level = ladder_review_get_person (self->review, p)->level;
      guint first = p;
      g_autofree char *text = NULL;
      GtkWidget *heading;

      while (p < n_people && ladder_review_get_person (self->review, p)->level == level)
        p++;
      /* Short, since a heading may have one column: the full name is the
       * tooltip's. */
      text = p - first > 1 ? g_strdup_printf ("%s (%u)", level_short_names[level], p - first)
                           : g_strdup (level_short_names[level]);
      heading = header_label (text, "caption-heading");
      /* One line, so that its height does not hang on its width: the size
       * group and the grid must agree on it. */
      gtk_label_set_wrap (GTK_LABEL (heading), FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (heading), 8 * (p - first));
      {
        g_autofree char *full = g_strdup_printf ("%s (%u)", ladder_review_level_get_plural (level), p - first);

        full[0] = g_ascii_toupper (full[0]);
        gtk_widget_set_tooltip_text (heading, full);
      }
      g_object_set_data (G_OBJECT (heading), "level", GINT_TO_POINTER (level));
      gtk_grid_attach (self->grid, heading, first, 0, p - first, 1);
      gtk_size_group_add_widget (level_heights, heading);
      g_ptr_array_add (self->column_headers, heading);
    }
  for (guint p = 0; p < n_people; p++)
    {
      GtkWidget *name = header_label (ladder_review_get_person (self->review, p)->label, "caption-heading");

      g_object_set_data (G_OBJECT (name), "level", GINT_TO_POINTER (-1));
      g_object_set_data (G_OBJECT (name), "person", GUINT_TO_POINTER (p));
      gtk_grid_attach (self->grid, name, p, 1, 1, 1);
      gtk_size_group_add_widget (name_heights, name);
      g_ptr_array_add (self->column_headers, name);
    }
}

static void
clear_grid (LadderReviewView *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->build_id, g_source_remove);
  ladder_review_view_make_focus_cell (self, NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
  g_object_set_data (G_OBJECT (self->popover), "cell", NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions))) != NULL)
    gtk_grid_remove (self->questions, child);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->column_headers, 0);
  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    self->section_headers[s] = self->section_spacers[s] = NULL;
  self->built = FALSE;
}

static gboolean
build_chunk_cb (gpointer user_data)
{
  LadderReviewView *self = user_data;
  guint n_rows = ladder_review_get_n_rows (self->review);

  for (guint i = 0; i < ROWS_PER_CHUNK && self->rows->len < n_rows; i++)
    build_row (self, self->rows->len);
  if (self->rows->len < n_rows)
    {
      /* What is built shows in its place while the rest is built. */
      ladder_review_view_arrange (self);
      return G_SOURCE_CONTINUE;
    }
  self->build_id = 0;
  self->built = TRUE;
  ladder_review_view_arrange (self);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
  return G_SOURCE_REMOVE;
}

static void
show_summary (LadderReviewView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) gaps = ladder_review_dup_view_gaps (self->review);
  g_autofree char *people = ladder_review_describe_people (self->review);
  g_autofree char *count = NULL;
  guint n_differing = ladder_review_get_n_differing (self->review);

  g_string_append_printf (text, "%s\n", people);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      g_autofree char *summary = ladder_review_dup_summary (self->review, c);

      g_string_append_printf (text, "\n• %s", summary);
    }
  for (guint i = 0; i < gaps->len; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? "\n\nWhere views differ most:\n• " : "\n• ",
                            (char *) gaps->pdata[i]);
  gtk_label_set_text (self->summary, text->str);
  g_free (self->summary_text);
  self->summary_text = g_strdup (text->str);
  count = n_differing == 0 ? g_strdup ("On no question do people differ by two points or more.")
          : g_strdup_printf (n_differing == 1 ? "People differ by two points or more on %u question: marked ⚠."
                                              : "People differ by two points or more on %u questions: marked ⚠.",
                             n_differing);
  gtk_label_set_text (self->count, count);
}

static gboolean
same_people (LadderReviewView *self,
             LadderReview     *review)
{
  if (ladder_review_get_n_people (review) != self->people->len)
    return FALSE;
  for (guint p = 0; p < self->people->len; p++)
    {
      const LadderReviewPerson *person = ladder_review_get_person (review, p);
      const LadderReviewPerson *before = ladder_review_get_person (self->review, p);

      if (g_strcmp0 (person->id, self->people->pdata[p]) != 0 || g_strcmp0 (person->label, before->label) != 0 ||
          person->level != before->level)
        return FALSE;
    }
  return ladder_review_get_n_rows (review) == ladder_review_get_n_rows (self->review);
}

/* Brings the grid up to date: in place when the same people take part,
 * else built again. */
static void
update (LadderReviewView *self)
{
  g_autoptr(LadderReview) review = NULL;
  gboolean rebuild;

  if (self->document == NULL)
    return;
  review = ladder_review_new (ladder_document_get_content (self->document),
                              ladder_document_get_assessment (self->document),
                              ladder_document_get_advice (self->document));
  rebuild = self->review == NULL || !same_people (self, review);
  if (!rebuild)
    {
      LadderReview *old = self->review;

      self->review = g_steal_pointer (&review);
      for (guint i = 0; i < self->rows->len; i++)
        {
          GridRow *grid_row = self->rows->pdata[i];
          const LadderReviewRow *now = ladder_review_get_row (self->review, grid_row->index);
          const LadderReviewRow *was = ladder_review_get_row (old, grid_row->index);

          for (guint p = 0; p < self->people->len; p++)
            if (now->ratings[p] != was->ratings[p] || g_strcmp0 (now->notes[p], was->notes[p]) != 0 ||
                now->private_notes[p] != was->private_notes[p])
              show_cell (self, grid_row->cells[p], grid_row->index, p);
          if (now->spread != was->spread || now->n_rated != was->n_rated || now->n_dont_know != was->n_dont_know)
            show_spread (self, grid_row);
        }
      ladder_review_unref (old);
      show_summary (self);
      if (self->built)
        ladder_review_view_arrange (self);
      return;
    }
  clear_grid (self);
  g_clear_pointer (&self->review, ladder_review_unref);
  self->review = g_steal_pointer (&review);
  g_ptr_array_set_size (self->people, 0);
  for (guint p = 0; p < ladder_review_get_n_people (self->review); p++)
    g_ptr_array_add (self->people, g_strdup (ladder_review_get_person (self->review, p)->id));
  show_summary (self);
  build_headers (self);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_STATE_BUSY, TRUE, -1);
  self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_chunk_cb, self, NULL);
}

static void
document_changed_cb (LadderReviewView *self)
{
  /* Hidden, it only notes that it must catch up when next shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  update (self);
}

static void
ladder_review_view_map (GtkWidget *widget)
{
  LadderReviewView *self = LADDER_REVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (ladder_review_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      update (self);
    }
}

static void
ladder_review_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LadderReviewView *self = LADDER_REVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (ladder_review_view_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->popover);
}

static void
filter_changed_cb (LadderReviewView *self)
{
  ladder_review_view_set_filter (self, gtk_drop_down_get_selected (self->filter_dropdown));
}

static void
sort_toggled_cb (LadderReviewView *self)
{
  ladder_review_view_set_sort_by_spread (self, gtk_check_button_get_active (self->sort_check));
}

static void
ladder_review_view_dispose (GObject *object)
{
  LadderReviewView *self = LADDER_REVIEW_VIEW (object);

  g_clear_handle_id (&self->build_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  g_clear_pointer (&self->review, ladder_review_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->column_headers, g_ptr_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->summary_text, g_free);

  G_OBJECT_CLASS (ladder_review_view_parent_class)->dispose (object);
}

static void
ladder_review_view_class_init (LadderReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_review_view_dispose;
  widget_class->map = ladder_review_view_map;
  widget_class->size_allocate = ladder_review_view_size_allocate;
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *tooltip)
{
  GtkWidget *button = ladder_text_button_new (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
ladder_review_view_init (LadderReviewView *self)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  g_autoptr(GtkStringList) filters = gtk_string_list_new ((const char * const *) filter_names);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *show_label = gtk_label_new ("Show");
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) grid_row_free);
  self->people = g_ptr_array_new_with_free_func (g_free);
  self->column_headers = g_ptr_array_new ();
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));

  self->intro = GTK_LABEL (ladder_text_label_new ("Each person’s answers, side by side. Ratings run from 1 (not in "
                                                  "place) to 4 (fully in place); ? means they do not know and – that "
                                                  "they have not answered; ✎ marks a note, which opens with the "
                                                  "answer. Use the arrow keys to move through the grid.", NULL));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->intro));
  gtk_box_append (GTK_BOX (self), buttons);
  gtk_box_append (GTK_BOX (buttons),
                  action_button ("Prepare Copies for Respondents…", "win.prepare-copies",
                                 "Write a file for each person to answer on their own"));
  gtk_box_append (GTK_BOX (buttons),
                  action_button ("Add Answers from Files…", "win.add-answers",
                                 "Bring in the answers people gave in their own copies"));
  /* A follow-up's comparison with the earlier review comes first. */
  self->since_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->since_box), ladder_text_heading_new ("Since the last review", "title-4"));
  self->since_label = GTK_LABEL (ladder_text_label_new ("", NULL));
  gtk_label_set_selectable (self->since_label, TRUE);
  gtk_box_append (GTK_BOX (self->since_box), GTK_WIDGET (self->since_label));
  gtk_widget_set_visible (self->since_box, FALSE);
  gtk_box_append (GTK_BOX (self), self->since_box);

  self->checks_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->checks_box), ladder_text_heading_new ("Check against the evidence", "title-4"));
  self->checks_count = GTK_LABEL (ladder_text_label_new ("", NULL));
  gtk_box_append (GTK_BOX (self->checks_box), GTK_WIDGET (self->checks_count));
  self->checks_list = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_box_append (GTK_BOX (self->checks_box), GTK_WIDGET (self->checks_list));
  gtk_widget_set_margin_top (self->checks_box, 18);

  gtk_box_append (GTK_BOX (self), ladder_text_heading_new ("What each level thinks", "title-4"));
  self->summary = GTK_LABEL (ladder_text_label_new ("", NULL));
  gtk_label_set_selectable (self->summary, TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->summary));
  self->count = GTK_LABEL (ladder_text_label_new ("", "heading"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->count));

  self->filter_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (filters)), NULL));
  gtk_drop_down_set_factory (self->filter_dropdown, factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, "Which questions and people to show", -1);
  ladder_text_name_drop_down (self->filter_dropdown, "Which questions and people to show");
  self->sort_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label ("Widest apart first"));
  gtk_box_append (GTK_BOX (controls), show_label);
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->filter_dropdown));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->sort_check));
  gtk_box_append (GTK_BOX (self), controls);
  g_signal_connect_swapped (self->filter_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->sort_check, "toggled", G_CALLBACK (sort_toggled_cb), self);

  self->grid = GTK_GRID (g_object_new (GTK_TYPE_GRID, "accessible-role", GTK_ACCESSIBLE_ROLE_GRID, NULL));
  gtk_grid_set_column_spacing (self->grid, 4);
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "review-grid");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Everyone’s answers, question by person", -1);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (ladder_review_view_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), keys);
  self->questions = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->questions, 8);
  gtk_grid_set_row_spacing (self->questions, 4);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->grid));
  gtk_widget_set_hexpand (self->scroller, TRUE);
  {
    GtkWidget *both = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

    gtk_box_append (GTK_BOX (both), GTK_WIDGET (self->questions));
    gtk_box_append (GTK_BOX (both), self->scroller);
    gtk_box_append (GTK_BOX (self), both);
  }
  self->empty = GTK_LABEL (ladder_text_label_new ("No question matches: choose another view above.", "dim-label"));
  gtk_widget_set_visible (GTK_WIDGET (self->empty), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->empty));
  /* After the grid: the answers first, then how they stand against the
   * evidence. */
  gtk_box_append (GTK_BOX (self), self->checks_box);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  self->popover_label = GTK_LABEL (ladder_text_label_new ("", NULL));
  gtk_label_set_max_width_chars (self->popover_label, 50);
  gtk_label_set_selectable (self->popover_label, TRUE);
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->popover_label));
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (popover_closed_cb), self);
}

/**
 * ladder_review_view_new:
 *
 * Returns: (transfer floating): a view with no document yet.
 */
GtkWidget *
ladder_review_view_new (void)
{
  return g_object_new (LADDER_TYPE_REVIEW_VIEW, NULL);
}

/**
 * ladder_review_view_set_document:
 * @self: a view
 * @document: whose answers it shows
 *
 * Shows the document's answers, building the grid in idle time, and
 * follows its changes from then on.
 */
void
ladder_review_view_set_document (LadderReviewView *self,
                                 LadderDocument   *document)
{
  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
  g_clear_pointer (&self->review, ladder_review_unref);
  /* Five hundred cells are not worth building until someone looks. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    document_changed_cb (self);
}

/**
 * ladder_review_view_set_checks:
 * @self: a view
 * @lines: (element-type utf8) (nullable): the checks of the answers
 *   against the figures and the evidence, mismatches first, each starting
 *   with the word that says what it is
 * @n_mismatches: how many of them are mismatches
 * @note: (nullable): why there are no figures to check against
 */
void
ladder_review_view_set_checks (LadderReviewView *self,
                               GPtrArray        *lines,
                               guint             n_mismatches,
                               const char       *note)
{
  GtkWidget *child;
  g_autofree char *count = NULL;
  guint n = lines != NULL ? lines->len : 0;

  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_box_remove (self->checks_list, child);
  if (n_mismatches > 0)
    count = g_strdup_printf (n_mismatches == 1 ? "%u answer and the evidence point different ways: look at it "
                                                 "before relying on it."
                                               : "%u answers and the evidence point different ways: look at "
                                                 "them before relying on them.", n_mismatches);
  else if (n > 0)
    count = g_strdup ("No answer and the evidence point different ways.");
  else
    count = g_strdup ("Nothing to check yet: rate the questions, record evidence under them, and load the "
                      "council’s figures.");
  if (note != NULL)
    {
      g_autofree char *with_note = g_strdup_printf ("%s %s", count, note);

      g_free (count);
      count = g_steal_pointer (&with_note);
    }
  gtk_label_set_text (self->checks_count, count);
  for (guint i = 0; i < n; i++)
    {
      const char *line = lines->pdata[i];
      gboolean mismatch = g_str_has_prefix (line, "Mismatch");
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name (mismatch ? "dialog-warning-symbolic"
                                                               : "dialog-information-symbolic");

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), ladder_text_label_new (line, mismatch ? "heading" : NULL));
      gtk_box_append (self->checks_list, row);
    }
}

/**
 * ladder_review_view_set_since_last:
 * @self: a view
 * @text: (nullable): the comparison with the earlier review, in blocks
 *   separated by blank lines; %NULL for a review that follows none
 */
void
ladder_review_view_set_since_last (LadderReviewView *self,
                                   const char       *text)
{
  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));

  gtk_widget_set_visible (self->since_box, text != NULL);
  gtk_label_set_text (self->since_label, text != NULL ? text : "");
}

/**
 * ladder_review_view_get_since_last_text:
 * @self: a view
 *
 * Returns: (nullable): the comparison with the earlier review as shown, or
 *   %NULL when there is none.
 */
const char *
ladder_review_view_get_since_last_text (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);
  return gtk_widget_get_visible (self->since_box) ? gtk_label_get_text (self->since_label) : NULL;
}

/**
 * ladder_review_view_dup_checks_text:
 * @self: a view
 *
 * Returns: (transfer full): the checks as shown, one a line, for tests.
 */
char *
ladder_review_view_dup_checks_text (LadderReviewView *self)
{
  g_autoptr(GString) text = g_string_new (gtk_label_get_text (self->checks_count));

  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (row))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ladder_review_view_get_built:
 * @self: a view
 *
 * Returns: whether every row of the grid is built.
 */
gboolean
ladder_review_view_get_built (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), FALSE);
  return self->built && !self->stale;
}

/**
 * ladder_review_view_build_now:
 * @self: a view
 *
 * Finishes the grid at once rather than in idle time, for printing and tests.
 */
void
ladder_review_view_build_now (LadderReviewView *self)
{
  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));

  if (self->stale)
    {
      self->stale = FALSE;
      update (self);
    }
  while (self->build_id != 0)
    if (build_chunk_cb (self) == G_SOURCE_REMOVE)
      g_clear_handle_id (&self->build_id, g_source_remove);
}

/**
 * ladder_review_view_set_filter:
 * @self: a view
 * @filter: which questions, or which level's people, to show
 */
void
ladder_review_view_set_filter (LadderReviewView  *self,
                               LadderReviewFilter filter)
{
  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));
  g_return_if_fail (filter < LADDER_REVIEW_N_FILTERS);

  self->filter = filter;
  if (gtk_drop_down_get_selected (self->filter_dropdown) != filter)
    gtk_drop_down_set_selected (self->filter_dropdown, filter);
  ladder_review_view_arrange (self);
}

/**
 * ladder_review_view_set_sort_by_spread:
 * @self: a view
 * @sort: whether the questions people see most differently come first
 */
void
ladder_review_view_set_sort_by_spread (LadderReviewView *self,
                                       gboolean          sort)
{
  g_return_if_fail (LADDER_IS_REVIEW_VIEW (self));

  self->sort = !!sort;
  if (gtk_check_button_get_active (self->sort_check) != self->sort)
    gtk_check_button_set_active (self->sort_check, self->sort);
  ladder_review_view_arrange (self);
}

/**
 * ladder_review_view_get_n_columns:
 * @self: a view
 *
 * Returns: the number of people's columns on show.
 */
guint
ladder_review_view_get_n_columns (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), 0);
  return self->review != NULL ? ladder_review_view_count_shown_columns (self) : 0;
}

/**
 * ladder_review_view_get_n_visible_rows:
 * @self: a view
 *
 * Returns: the number of questions on show.
 */
guint
ladder_review_view_get_n_visible_rows (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), 0);
  return ladder_review_view_count_shown_rows (self);
}

/**
 * ladder_review_view_get_cell:
 * @self: a view
 * @row: a question row on show, counted from the top
 * @column: a person's column on show, counted from the left
 *
 * Returns: (transfer none) (nullable): the cell.
 */
GtkWidget *
ladder_review_view_get_cell (LadderReviewView *self,
                             guint             row,
                             guint             column)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);
  return ladder_review_view_cell_at (self, row, column);
}

/**
 * ladder_review_view_get_row_header:
 * @self: a view
 * @row: a question row on show, counted from the top
 *
 * Returns: (transfer none) (nullable): the question's label at the left.
 */
GtkWidget *
ladder_review_view_get_row_header (LadderReviewView *self,
                                   guint             row)
{
  GridRow *grid_row;

  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);

  grid_row = ladder_review_view_shown_row_at (self, row);
  return grid_row != NULL ? grid_row->header : NULL;
}

/**
 * ladder_review_view_get_focus_cell:
 * @self: a view
 * @row: (out): its question row on show
 * @column: (out): its person's column on show
 *
 * Returns: whether there is a current cell, the grid's one Tab stop.
 */
gboolean
ladder_review_view_get_focus_cell (LadderReviewView *self,
                                   guint            *row,
                                   guint            *column)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), FALSE);

  if (self->focus_cell == NULL)
    return FALSE;
  return ladder_review_view_locate (self, self->focus_cell, row, column);
}

/**
 * ladder_review_view_get_grid:
 * @self: a view
 *
 * Returns: (transfer none): the grid of cells.
 */
GtkWidget *
ladder_review_view_get_grid (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);
  return GTK_WIDGET (self->grid);
}

/**
 * ladder_review_view_get_summary_text:
 * @self: a view
 *
 * Returns: (nullable): the summary above the grid, as shown.
 */
const char *
ladder_review_view_get_summary_text (LadderReviewView *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_VIEW (self), NULL);
  return self->summary_text;
}
