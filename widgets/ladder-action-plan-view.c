/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The action plan on the Plan and paper step: each action with its status
 * in a word and an icon (never colour alone), its owner, due date and
 * whether it is overdue (worked out from today), and what it answers;
 * Add, Edit and Remove (with Undo); filters by owner and status, a sort,
 * and export to CSV for a spreadsheet. */
#include "config.h"

#include "ladder-action-dialog.h"
#include "ladder-action-plan.h"
#include "ladder-action-plan-view.h"
#include "ladder-text.h"

struct _LadderActionPlanView
{
  GtkBox          parent_instance;

  LadderDocument *document;
  GtkDropDown    *owner_dropdown;
  GtkStringList  *owners;          /* the first is "Everyone" */
  GtkDropDown    *filter_dropdown;
  GtkDropDown    *sort_dropdown;
  GtkListBox     *list;
  GtkLabel       *summary;
  GPtrArray      *link_kinds;      /* the choices of "what it answers" */
  GPtrArray      *link_ids;
  GPtrArray      *link_labels;
  char           *today;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (LadderActionPlanView, ladder_action_plan_view, GTK_TYPE_BOX)

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void toast (LadderActionPlanView *self,
                   const char           *message,
                   gboolean              undoable);

static const char *
selected_owner (LadderActionPlanView *self)
{
  guint i = gtk_drop_down_get_selected (self->owner_dropdown);

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? NULL : gtk_string_list_get_string (self->owners, i);
}

static void
edit_clicked_cb (GtkButton            *button,
                 LadderActionPlanView *self)
{
  ladder_action_plan_view_edit (self, g_object_get_data (G_OBJECT (button), "action"));
}

static void
remove_clicked_cb (GtkButton            *button,
                   LadderActionPlanView *self)
{
  if (ladder_document_remove_action (self->document, g_object_get_data (G_OBJECT (button), "action")))
    toast (self, "Action removed", TRUE);
}

static GtkWidget *
action_row (LadderActionPlanView *self,
            const LadderAction   *action)
{
  LadderContent *content = ladder_document_get_content (self->document);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gboolean overdue = ladder_action_is_overdue (action, self->today);
  g_autofree char *link = ladder_action_plan_describe_link (content, action);
  g_autofree char *details = g_strdup_printf ("%s · %s%s%s", action->owner != NULL ? action->owner : "No owner yet",
                                              action->due != NULL ? "due " : "no due date",
                                              action->due != NULL ? action->due : "",
                                              overdue ? " · OVERDUE" : "");
  g_autofree char *name = g_strdup_printf ("%s. %s. %s.", action->description,
                                           ladder_action_status_get_label (action->status), details);
  g_autofree char *edit_name = g_strdup_printf ("Edit action: %s", action->description);
  g_autofree char *remove_name = g_strdup_printf ("Remove action: %s", action->description);
  /* One line: a wrapped label in this narrow column upsets GTK 4.8's
   * measuring ("reports a minimum width ..."). */
  GtkWidget *word = gtk_label_new (ladder_action_status_get_label (action->status));
  GtkWidget *description = ladder_text_label_new (action->description, "heading");

  gtk_box_append (GTK_BOX (status), gtk_image_new_from_icon_name (ladder_action_status_get_icon_name (action->status)));
  gtk_widget_add_css_class (word, "caption-heading");
  gtk_box_append (GTK_BOX (status), word);
  gtk_widget_set_size_request (status, 84, -1);
  gtk_box_append (GTK_BOX (text), description);
  gtk_box_append (GTK_BOX (text), ladder_text_label_new (details, overdue ? "error" : "dim-label"));
  if (link != NULL)
    {
      g_autofree char *answers = g_strdup_printf ("Answers: %s", link);

      gtk_box_append (GTK_BOX (text), ladder_text_label_new (answers, "caption"));
    }
  gtk_widget_set_hexpand (text, TRUE);
  /* A floor under the wrapped labels' width: without it GTK 4.8 measures
   * the column two ways and complains. */
  gtk_widget_set_size_request (text, 160, -1);
  for (GtkWidget **b = (GtkWidget *[]) { edit, remove, NULL }; *b != NULL; b++)
    {
      gtk_widget_add_css_class (*b, "flat");
      gtk_widget_set_valign (*b, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (*b), "action", g_strdup (action->id), g_free);
    }
  gtk_widget_set_tooltip_text (edit, "Edit");
  gtk_widget_set_tooltip_text (remove, "Remove");
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), status);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), edit);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

/* The owners on offer follow the plan; the choice is kept when it can be.
 * "Everyone" stays put, and the list changes only when the owners do:
 * replacing a drop-down's chosen item under it makes GTK 4.8 spin. */
static void
fill_owners (LadderActionPlanView *self)
{
  g_autoptr(GPtrArray) owners = ladder_action_plan_dup_owners (ladder_document_get_assessment (self->document));
  g_autofree char *chosen = g_strdup (selected_owner (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->owners));
  gboolean same = n == owners->len + 1;
  guint selected = 0;

  for (guint i = 0; same && i < owners->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->owners, i + 1), owners->pdata[i]) == 0;
  if (same)
    return;
  if (chosen != NULL)
    gtk_drop_down_set_selected (self->owner_dropdown, 0);
  g_ptr_array_add (owners, NULL);
  gtk_string_list_splice (self->owners, 1, n - 1, (const char * const *) owners->pdata);
  for (guint i = 0; chosen != NULL && owners->pdata[i] != NULL; i++)
    if (g_strcmp0 (owners->pdata[i], chosen) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
}

static void
refresh (LadderActionPlanView *self)
{
  LadderAssessment *assessment;
  g_autoptr(GArray) shown = NULL;
  GtkWidget *child;
  guint n, overdue;
  g_autofree char *summary = NULL;

  if (self->document == NULL || self->filling)
    return;
  self->filling = TRUE;
  assessment = ladder_document_get_assessment (self->document);
  fill_owners (self);
  shown = ladder_action_plan_select (assessment, selected_owner (self), gtk_drop_down_get_selected (self->filter_dropdown),
                                     gtk_drop_down_get_selected (self->sort_dropdown), self->today);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < shown->len; i++)
    gtk_list_box_append (self->list, action_row (self, ladder_assessment_get_action (assessment,
                                                                                     g_array_index (shown, guint, i))));
  n = ladder_assessment_get_n_actions (assessment);
  overdue = ladder_action_plan_count_overdue (assessment, self->today);
  if (n == 0)
    summary = g_strdup ("No actions yet. Add what has been agreed, who owns it and when it is due.");
  else
    summary = g_strdup_printf ("%u %s, %u shown; %u overdue as of %s.", n, n == 1 ? "action" : "actions",
                               shown->len, overdue, self->today);
  gtk_label_set_text (self->summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->list), shown->len > 0);
  self->filling = FALSE;
}

static void
toast (LadderActionPlanView *self,
       const char           *message,
       gboolean              undoable)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message, undoable);
}

static void
add_clicked_cb (LadderActionPlanView *self)
{
  ladder_action_plan_view_add (self);
}

static void
export_response_cb (GtkNativeDialog      *chooser,
                    int                   response,
                    LadderActionPlanView *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                         : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (path == NULL)
    {
      toast (self, "The plan can only be saved to a file on this computer", FALSE);
      return;
    }
  ladder_action_plan_view_export (self, path);
}

static void
export_clicked_cb (LadderActionPlanView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new ("Export the Action Plan",
                                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, "_Export", "_Cancel");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *council = ladder_assessment_get_council_name (ladder_document_get_assessment (self->document));
  g_autofree char *name = g_strdup_printf ("Action plan – %s.csv", council != NULL ? council : "assessment");

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  gtk_file_filter_set_name (filter, "CSV files (for a spreadsheet)");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkDropDown *
named_drop_down (GtkStringList *model,
                 const char    *name)
{
  g_autoptr(GtkListItemFactory) factory = ladder_text_list_factory_new ();
  GtkDropDown *drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (model), NULL));

  gtk_drop_down_set_factory (drop_down, factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  ladder_text_name_drop_down (drop_down, name);
  return drop_down;
}

static void
ladder_action_plan_view_dispose (GObject *object)
{
  LadderActionPlanView *self = LADDER_ACTION_PLAN_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->owners);
  g_clear_pointer (&self->link_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->link_ids, g_ptr_array_unref);
  g_clear_pointer (&self->link_labels, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ladder_action_plan_view_parent_class)->dispose (object);
}

static void
ladder_action_plan_view_class_init (LadderActionPlanViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_action_plan_view_dispose;

  /**
   * LadderActionPlanView::toast:
   * @message: what happened
   * @undoable: whether Undo reverses it
   */
  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ladder_action_plan_view_init (LadderActionPlanView *self)
{
  g_autoptr(GtkStringList) filters = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sorts = gtk_string_list_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *add = ladder_text_button_new ("Add Action…");
  GtkWidget *export = ladder_text_button_new ("Export to a Spreadsheet…");

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 8);
  self->today = ladder_action_plan_dup_today ();
  self->link_kinds = g_ptr_array_new ();
  self->link_ids = g_ptr_array_new_with_free_func (g_free);
  self->link_labels = g_ptr_array_new_with_free_func (g_free);
  for (LadderActionFilter f = 0; f < LADDER_N_ACTION_FILTERS; f++)
    gtk_string_list_append (filters, ladder_action_filter_get_label (f));
  for (LadderActionSort s = 0; s < LADDER_N_ACTION_SORTS; s++)
    gtk_string_list_append (sorts, ladder_action_sort_get_label (s));
  self->owners = gtk_string_list_new ((const char * const []) { "Everyone", NULL });

  gtk_box_append (GTK_BOX (self), ladder_text_heading_new ("The action plan", "title-4"));
  gtk_box_append (GTK_BOX (self), ladder_text_label_new ("What has been agreed, who owns it and by when. Status "
                                                         "and overdue are shown in words; an action is overdue "
                                                         "when its date has passed and it is not done.", NULL));
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_tooltip_text (export, "Save the plan as a CSV file that Excel and other spreadsheets open");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (export_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), export);
  gtk_box_append (GTK_BOX (self), buttons);

  self->owner_dropdown = named_drop_down (g_object_ref (self->owners), "Show actions owned by");
  self->filter_dropdown = named_drop_down (g_object_ref (filters), "Show actions that are");
  self->sort_dropdown = named_drop_down (g_object_ref (sorts), "Order the actions by");
  gtk_box_append (GTK_BOX (controls), gtk_label_new ("Show"));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->owner_dropdown));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->filter_dropdown));
  gtk_box_append (GTK_BOX (controls), gtk_label_new ("by"));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->sort_dropdown));
  gtk_box_append (GTK_BOX (self), controls);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (self->filter_dropdown, "notify::selected", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (refresh), self);

  self->summary = GTK_LABEL (ladder_text_label_new ("", "dim-label"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->summary));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, "Actions", -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->list));
}

/**
 * ladder_action_plan_view_new:
 *
 * Returns: (transfer floating): the view, with no document yet.
 */
GtkWidget *
ladder_action_plan_view_new (void)
{
  return g_object_new (LADDER_TYPE_ACTION_PLAN_VIEW, NULL);
}

/**
 * ladder_action_plan_view_set_document:
 * @self: the view
 * @document: whose plan it shows and edits
 */
void
ladder_action_plan_view_set_document (LadderActionPlanView *self,
                                      LadderDocument       *document)
{
  g_return_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self));
  g_return_if_fail (LADDER_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

/**
 * ladder_action_plan_view_set_today:
 * @self: the view
 * @today: the date overdue is worked out from, YYYY-MM-DD
 */
void
ladder_action_plan_view_set_today (LadderActionPlanView *self,
                                   const char           *today)
{
  g_return_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self));
  g_return_if_fail (ladder_date_is_valid (today));

  g_free (self->today);
  self->today = g_strdup (today);
  refresh (self);
}

/**
 * ladder_action_plan_view_set_links:
 * @self: the view
 * @kinds: (element-type guint): per choice, `GUINT_TO_POINTER (LadderLinkKind)`
 * @ids: (element-type utf8): per choice, what it links to
 * @labels: (element-type utf8): per choice, how it reads
 *
 * What an action may answer: questions, success factors and mismatches.
 */
void
ladder_action_plan_view_set_links (LadderActionPlanView *self,
                                   GPtrArray            *kinds,
                                   GPtrArray            *ids,
                                   GPtrArray            *labels)
{
  g_return_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self));

  g_ptr_array_set_size (self->link_kinds, 0);
  g_ptr_array_set_size (self->link_ids, 0);
  g_ptr_array_set_size (self->link_labels, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      g_ptr_array_add (self->link_kinds, kinds->pdata[i]);
      g_ptr_array_add (self->link_ids, g_strdup (ids->pdata[i]));
      g_ptr_array_add (self->link_labels, g_strdup (labels->pdata[i]));
    }
}

static GtkWindow *
open_dialog (LadderActionPlanView *self,
             const char           *action_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  LadderActionDialog *dialog;

  g_ptr_array_add (kinds, GUINT_TO_POINTER (LADDER_LINK_NONE));
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, "Nothing in particular");
  for (guint i = 0; i < self->link_labels->len; i++)
    {
      g_ptr_array_add (kinds, self->link_kinds->pdata[i]);
      g_ptr_array_add (ids, self->link_ids->pdata[i]);
      g_ptr_array_add (labels, self->link_labels->pdata[i]);
    }
  dialog = ladder_action_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document, action_id,
                                     kinds, ids, labels);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/**
 * ladder_action_plan_view_add:
 * @self: the view
 *
 * Returns: (transfer none): the dialog for a new action, as Add Action opens it.
 */
GtkWindow *
ladder_action_plan_view_add (LadderActionPlanView *self)
{
  g_return_val_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self), NULL);
  return open_dialog (self, NULL);
}

/**
 * ladder_action_plan_view_edit:
 * @self: the view
 * @action_id: an action of the plan
 *
 * Returns: (transfer none): the dialog editing it.
 */
GtkWindow *
ladder_action_plan_view_edit (LadderActionPlanView *self,
                              const char           *action_id)
{
  g_return_val_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self), NULL);
  return open_dialog (self, action_id);
}

/**
 * ladder_action_plan_view_export:
 * @self: the view
 * @path: where to write the CSV
 *
 * Writes the whole plan and says so, or why not, in a toast.
 *
 * Returns: whether it was written.
 */
gboolean
ladder_action_plan_view_export (LadderActionPlanView *self,
                                const char           *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = NULL;
  gboolean written;

  g_return_val_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self), FALSE);

  written = ladder_action_plan_write_csv (ladder_document_get_content (self->document),
                                          ladder_document_get_assessment (self->document), self->today, path, &error);
  message = written ? g_strdup_printf ("Action plan saved as %s", name)
                    : g_strdup_printf ("Could not save the action plan: %s", error->message);
  toast (self, message, FALSE);
  return written;
}

/**
 * ladder_action_plan_view_get_n_shown:
 * @self: the view
 *
 * Returns: how many actions the filters leave on show.
 */
guint
ladder_action_plan_view_get_n_shown (LadderActionPlanView *self)
{
  guint n = 0;

  g_return_val_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

/**
 * ladder_action_plan_view_set_filter:
 * @self: the view
 * @owner: (nullable): only this owner's actions
 * @filter: which statuses
 * @sort: the order
 *
 * Chooses as the drop-downs do.
 */
void
ladder_action_plan_view_set_filter (LadderActionPlanView *self,
                                    const char           *owner,
                                    LadderActionFilter    filter,
                                    LadderActionSort      sort)
{
  guint selected = 0;

  g_return_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self));

  for (guint i = 1; owner != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->owners)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->owners, i), owner) == 0)
      selected = i;
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
  gtk_drop_down_set_selected (self->filter_dropdown, filter);
  gtk_drop_down_set_selected (self->sort_dropdown, sort);
  refresh (self);
}

/**
 * ladder_action_plan_view_dup_row_text:
 * @self: the view
 * @index: a row on show
 *
 * Returns: (transfer full) (nullable): the texts shown in the row, joined by " | ", for tests.
 */
char *
ladder_action_plan_view_dup_row_text (LadderActionPlanView *self,
                                      guint                 index)
{
  GtkListBoxRow *row;
  GtkWidget *box;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (LADDER_IS_ACTION_PLAN_VIEW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row == NULL)
    return NULL;
  box = gtk_list_box_row_get_child (row);
  for (GtkWidget *part = gtk_widget_get_first_child (box); part != NULL; part = gtk_widget_get_next_sibling (part))
    for (GtkWidget *child = gtk_widget_get_first_child (part); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s%s", text->len > 0 ? " | " : "", gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
