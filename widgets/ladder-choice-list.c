/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A titled list of things to tick, folded into one row until opened: what
 * goes into the board paper (its sections, its indicators). Its subtitle
 * says how many are ticked, or the note the owner gives. */
#include "config.h"

#include "ladder-choice-list.h"

struct _LadderChoiceList
{
  GtkBox          parent_instance;

  AdwExpanderRow *row;
  GPtrArray      *checks;    /* of GtkCheckButton, "id" data set; not owned */
  GPtrArray      *rows;      /* their rows, to remove; not owned */
  char           *note;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (LadderChoiceList, ladder_choice_list, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_subtitle (LadderChoiceList *self)
{
  guint n = 0;
  g_autofree char *count = NULL;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (self->checks->pdata[i]);
  count = g_strdup_printf ("%u of %u chosen%s%s", n, self->checks->len,
                           self->note != NULL ? ": " : "", self->note != NULL ? self->note : "");
  adw_expander_row_set_subtitle (self->row, count);
}

static void
toggled_cb (LadderChoiceList *self)
{
  update_subtitle (self);
  if (!self->filling)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
ladder_choice_list_finalize (GObject *object)
{
  LadderChoiceList *self = LADDER_CHOICE_LIST (object);

  g_ptr_array_unref (self->checks);
  g_ptr_array_unref (self->rows);
  g_free (self->note);
  G_OBJECT_CLASS (ladder_choice_list_parent_class)->finalize (object);
}

static void
ladder_choice_list_class_init (LadderChoiceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_choice_list_finalize;

  /**
   * LadderChoiceList::changed:
   *
   * The user ticked or unticked something.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);
}

static void
ladder_choice_list_init (LadderChoiceList *self)
{
  GtkWidget *list = gtk_list_box_new ();

  self->checks = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->row));
  gtk_box_append (GTK_BOX (self), list);
}

/**
 * ladder_choice_list_new:
 * @title: what the list chooses, such as "Sections"
 *
 * Returns: (transfer floating): an empty list.
 */
GtkWidget *
ladder_choice_list_new (const char *title)
{
  LadderChoiceList *self = g_object_new (LADDER_TYPE_CHOICE_LIST, "orientation", GTK_ORIENTATION_VERTICAL, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  /* libadwaita 1.2 leaves an expander row's list item unnamed. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  update_subtitle (self);
  return GTK_WIDGET (self);
}

static GtkWidget *
choice_row (LadderChoiceList *self,
            const char       *id,
            const char       *title,
            gboolean          active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* The row names the check for screen readers: naming it too reads the
   * title twice. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data_full (G_OBJECT (check), "id", g_strdup (id), g_free);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_ptr_array_add (self->checks, check);
  return row;
}

/**
 * ladder_choice_list_set:
 * @self: the list
 * @ids: (array zero-terminated=1): each choice's identifier, in order
 * @titles: (array zero-terminated=1): what each is called, parallel to @ids
 * @checked: (array zero-terminated=1) (nullable): the identifiers ticked
 *
 * Replaces the choices, without emitting #LadderChoiceList::changed. When
 * the choices are the ones on show, only the ticks are set, so a list the
 * user has open is not rebuilt under them.
 */
void
ladder_choice_list_set (LadderChoiceList   *self,
                        const char * const *ids,
                        const char * const *titles,
                        const char * const *checked)
{
  gboolean same;

  g_return_if_fail (LADDER_IS_CHOICE_LIST (self));

  same = g_strv_length ((char **) ids) == self->checks->len;
  for (guint i = 0; same && ids[i] != NULL; i++)
    same = g_strcmp0 (g_object_get_data (G_OBJECT (self->checks->pdata[i]), "id"), ids[i]) == 0 &&
           g_strcmp0 (adw_preferences_row_get_title (self->rows->pdata[i]), titles[i]) == 0;
  if (same)
    {
      self->filling = TRUE;
      for (guint i = 0; ids[i] != NULL; i++)
        gtk_check_button_set_active (self->checks->pdata[i], checked != NULL && g_strv_contains (checked, ids[i]));
      self->filling = FALSE;
      update_subtitle (self);
      return;
    }
  self->filling = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_expander_row_remove (self->row, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->checks, 0);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *row = choice_row (self, ids[i], titles[i], checked != NULL && g_strv_contains (checked, ids[i]));

      adw_expander_row_add_row (self->row, row);
      g_ptr_array_add (self->rows, row);
    }
  self->filling = FALSE;
  update_subtitle (self);
}

/**
 * ladder_choice_list_dup_checked:
 * @self: the list
 *
 * Returns: (transfer full): the identifiers ticked, in the list's order.
 */
char **
ladder_choice_list_dup_checked (LadderChoiceList *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (LADDER_IS_CHOICE_LIST (self), NULL);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_strv_builder_add (ids, g_object_get_data (G_OBJECT (self->checks->pdata[i]), "id"));
  return g_strv_builder_end (ids);
}

/**
 * ladder_choice_list_set_note:
 * @self: the list
 * @note: (nullable): said after the count, such as who chose
 */
void
ladder_choice_list_set_note (LadderChoiceList *self,
                             const char       *note)
{
  g_return_if_fail (LADDER_IS_CHOICE_LIST (self));
  g_free (self->note);
  self->note = g_strdup (note);
  update_subtitle (self);
}

/**
 * ladder_choice_list_add_action:
 * @self: the list
 * @widget: (transfer floating): a button for the list's row, such as one
 *   that puts the choice back as it was
 */
void
ladder_choice_list_add_action (LadderChoiceList *self,
                               GtkWidget        *widget)
{
  g_return_if_fail (LADDER_IS_CHOICE_LIST (self));
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (self->row, widget);
}
