/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Review step's rows and columns: which show for the filter, where
 * each goes for the sort, and moving from cell to cell by keyboard. */
#include "config.h"

#include "ladder-review-view-private.h"
#include "ladder-text.h"

/* Which rows and columns show ------------------------------------------- */

gboolean
ladder_review_view_person_shown (LadderReviewView *self,
              guint             person)
{
  int level = ladder_review_get_person (self->review, person)->level;

  switch (self->filter)
    {
    case LADDER_REVIEW_FILTER_POLITICAL:
    case LADDER_REVIEW_FILTER_CORPORATE:
    case LADDER_REVIEW_FILTER_SERVICE:
    case LADDER_REVIEW_FILTER_PARTNERSHIP:
      return level == (int) (self->filter - LADDER_REVIEW_FILTER_POLITICAL);
    default:
      return TRUE;
    }
}

static gboolean
ladder_review_view_row_shown (LadderReviewView *self,
           guint             row_index)
{
  const LadderReviewRow *row = ladder_review_get_row (self->review, row_index);

  switch (self->filter)
    {
    case LADDER_REVIEW_FILTER_DIFFERING:
      return row->differs;
    case LADDER_REVIEW_FILTER_DONT_KNOW:
      return row->n_dont_know > 0;
    default:
      return TRUE;
    }
}

GridRow *
ladder_review_view_find_row (LadderReviewView *self,
          guint             row_index)
{
  return row_index < self->rows->len ? self->rows->pdata[row_index] : NULL;
}

static void
ladder_review_view_set_grid_row (GtkWidget *widget,
              int        row)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (gtk_widget_get_parent (widget));

  gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, widget)), row);
}

/* Puts every built row in its place for the sort, and shows or hides rows
 * and columns for the filter. */
void
ladder_review_view_arrange (LadderReviewView *self)
{
  g_autofree guint *by_spread = NULL;
  int position = FIRST_QUESTION_ROW;
  guint n_shown = 0;
  LadderSection section = LADDER_N_SECTIONS;

  if (self->review == NULL)
    return;
  g_array_set_size (self->order, 0);
  if (self->sort)
    {
      by_spread = ladder_review_sort_by_spread (self->review);
      g_array_append_vals (self->order, by_spread, ladder_review_get_n_rows (self->review));
    }
  else
    for (guint i = 0; i < ladder_review_get_n_rows (self->review); i++)
      g_array_append_val (self->order, i);

  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    if (self->section_headers[s] != NULL)
      {
        gtk_widget_set_visible (self->section_headers[s], FALSE);
        gtk_widget_set_visible (self->section_spacers[s], FALSE);
      }
  for (guint i = 0; i < self->order->len; i++)
    {
      GridRow *row = ladder_review_view_find_row (self, g_array_index (self->order, guint, i));
      guint n_people = self->people->len;

      if (row == NULL)
        continue;
      row->shown = ladder_review_view_row_shown (self, row->index);
      /* Sorted, the rows leave their sections, so the headings go. */
      if (!self->sort && row->shown && row->section != section && self->section_headers[row->section] != NULL)
        {
          section = row->section;
          ladder_review_view_set_grid_row (self->section_headers[section], position);
          ladder_review_view_set_grid_row (self->section_spacers[section], position++);
          gtk_widget_set_visible (self->section_headers[section], TRUE);
          gtk_widget_set_visible (self->section_spacers[section], TRUE);
        }
      gtk_widget_set_visible (row->header, row->shown);
      gtk_widget_set_visible (row->spread, row->shown);
      ladder_review_view_set_grid_row (row->header, position);
      ladder_review_view_set_grid_row (row->spread, position);
      for (guint p = 0; p < n_people; p++)
        {
          gtk_widget_set_visible (row->cells[p], row->shown && ladder_review_view_person_shown (self, p));
          ladder_review_view_set_grid_row (row->cells[p], position);
        }
      position++;
      n_shown += row->shown;
    }
  for (guint i = 0; i < self->column_headers->len; i++)
    {
      GtkWidget *header = self->column_headers->pdata[i];
      guint person = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (header), "person"));
      int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (header), "level"));

      if (level >= 0)
        gtk_widget_set_visible (header, self->filter < LADDER_REVIEW_FILTER_POLITICAL ||
                                        level == (int) (self->filter - LADDER_REVIEW_FILTER_POLITICAL));
      else
        gtk_widget_set_visible (header, ladder_review_view_person_shown (self, person));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty), self->built && n_shown == 0);
  if (self->focus_cell != NULL && !gtk_widget_get_visible (self->focus_cell))
    ladder_review_view_make_focus_cell (self, NULL);
  if (self->focus_cell == NULL && self->built)
    for (guint i = 0; i < self->order->len && self->focus_cell == NULL; i++)
      {
        GridRow *row = ladder_review_view_find_row (self, g_array_index (self->order, guint, i));

        for (guint p = 0; row != NULL && row->shown && p < self->people->len && self->focus_cell == NULL; p++)
          if (ladder_review_view_person_shown (self, p))
            ladder_review_view_make_focus_cell (self, row->cells[p]);
      }
}

/* Keyboard --------------------------------------------------------------- */

/* The cells on show, as display rows of columns. */
gboolean
ladder_review_view_locate (LadderReviewView *self,
        GtkWidget        *cell,
        guint            *display_row,
        guint            *column)
{
  guint row_index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "row"));
  guint person = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "person"));
  guint shown_rows = 0, shown_columns = 0;

  for (guint i = 0; i < self->order->len; i++)
    {
      GridRow *row = ladder_review_view_find_row (self, g_array_index (self->order, guint, i));

      if (row == NULL || !row->shown)
        continue;
      if (row->index == row_index)
        break;
      shown_rows++;
    }
  for (guint p = 0; p < person; p++)
    shown_columns += ladder_review_view_person_shown (self, p);
  *display_row = shown_rows;
  *column = shown_columns;
  return TRUE;
}

GtkWidget *
ladder_review_view_cell_at (LadderReviewView *self,
         guint             display_row,
         guint             column)
{
  guint shown_rows = 0;

  for (guint i = 0; i < self->order->len; i++)
    {
      GridRow *row = ladder_review_view_find_row (self, g_array_index (self->order, guint, i));
      guint shown_columns = 0;

      if (row == NULL || !row->shown)
        continue;
      if (shown_rows++ != display_row)
        continue;
      for (guint p = 0; p < self->people->len; p++)
        if (ladder_review_view_person_shown (self, p) && shown_columns++ == column)
          return row->cells[p];
    }
  return NULL;
}

GridRow *
ladder_review_view_shown_row_at (LadderReviewView *self,
              guint             display_row)
{
  guint shown_rows = 0;

  for (guint i = 0; i < self->order->len; i++)
    {
      GridRow *row = ladder_review_view_find_row (self, g_array_index (self->order, guint, i));

      if (row != NULL && row->shown && shown_rows++ == display_row)
        return row;
    }
  return NULL;
}

guint
ladder_review_view_count_shown_rows (LadderReviewView *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    n += ((GridRow *) self->rows->pdata[i])->shown;
  return n;
}

guint
ladder_review_view_count_shown_columns (LadderReviewView *self)
{
  guint n = 0;

  for (guint p = 0; p < self->people->len; p++)
    n += ladder_review_view_person_shown (self, p);
  return n;
}

gboolean
ladder_review_view_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LadderReviewView      *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  guint row, column, n_rows, n_columns;
  int to_row, to_column;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  GtkWidget *target;

  if (focus == NULL || !gtk_widget_has_css_class (focus, "review-cell") ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid)))
    return GDK_EVENT_PROPAGATE;
  ladder_review_view_locate (self, focus, &row, &column);
  n_rows = ladder_review_view_count_shown_rows (self);
  n_columns = ladder_review_view_count_shown_columns (self);
  to_row = row;
  to_column = column;
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: to_row--; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: to_row++; break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: to_column--; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: to_column++; break;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: to_row -= 10; break;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: to_row += 10; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      to_column = 0;
      if (control)
        to_row = 0;
      break;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      to_column = (int) n_columns - 1;
      if (control)
        to_row = (int) n_rows - 1;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  to_row = CLAMP (to_row, 0, (int) n_rows - 1);
  to_column = CLAMP (to_column, 0, (int) n_columns - 1);
  target = ladder_review_view_cell_at (self, to_row, to_column);
  if (target != NULL)
    {
      ladder_review_view_make_focus_cell (self, target);
      gtk_widget_grab_focus (target);
      ladder_text_scroll_into_view (target);
    }
  /* At an edge the key is still the grid's: focus does not wander out. */
  return GDK_EVENT_STOP;
}

