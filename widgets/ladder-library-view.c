/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The library of support: each form, its case studies and the research.
 *
 * A drop-down chooses the topic (each form of support, or the research
 * findings); the page for it is below. ladder_library_view_show() takes
 * "form:ID" or "finding:ID", so every reason can link to what it cites. */
#include "config.h"

#include <string.h>

#include "ladder-library-view.h"
#include "ladder-text.h"

#define FINDINGS_PAGE "findings"

struct _LadderLibraryView
{
  GtkBox          parent_instance;

  LadderContent  *content;
  GtkDropDown    *topic;
  GtkStack       *stack;
  GPtrArray      *page_names;      /* in drop-down order */
  GHashTable     *finding_labels;  /* finding id -> its title label */
};

G_DEFINE_FINAL_TYPE (LadderLibraryView, ladder_library_view, GTK_TYPE_BOX)

static void
add_findings (LadderLibraryView *self,
              GtkBox            *box,
              char             **ids,
              gboolean           register_labels)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const LadderFinding *finding = ladder_content_find_finding (self->content, ids[i]);
      const LadderSource *source = ladder_content_find_source (self->content, finding->source);
      g_autofree char *cite = g_strdup_printf ("%s, %d. Where: %s.%s%s", source->author, source->year,
                                               finding->where, source->url != NULL ? " " : "",
                                               source->url != NULL ? source->url : "");
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = ladder_text_label_new (finding->title, "heading");

      /* A link to a finding puts the keyboard here. */
      gtk_label_set_selectable (GTK_LABEL (title), register_labels);
      gtk_widget_set_focus_on_click (title, FALSE);
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), ladder_text_label_new (finding->text, NULL));
      gtk_box_append (GTK_BOX (card), ladder_text_label_new (cite, "dim-label"));
      gtk_box_append (box, card);
      if (register_labels)
        g_hash_table_insert (self->finding_labels, finding->id, title);
    }
}

static GtkWidget *
form_page (LadderLibraryView *self,
           const LadderForm  *form)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_autoptr(GPtrArray) factors = g_ptr_array_new ();
  GtkWidget *section;

  gtk_box_append (GTK_BOX (box), ladder_text_heading_new (form->name, "title-2"));
  gtk_box_append (GTK_BOX (box), ladder_text_label_new (form->summary, NULL));
  if (form->kind_of != NULL)
    {
      const LadderForm *parent = ladder_content_find_form (self->content, form->kind_of);
      g_autofree char *kind = g_strdup_printf ("Part of: %s.", parent->name);

      gtk_box_append (GTK_BOX (box), ladder_text_label_new (kind, "dim-label"));
    }
  section = ladder_text_section_new (GTK_BOX (box), "What it is");
  gtk_box_append (GTK_BOX (section), ladder_text_label_new (form->what, NULL));
  gtk_box_append (GTK_BOX (section), ladder_text_list_new ((const char * const *) form->examples));
  section = ladder_text_section_new (GTK_BOX (box), "Benefits");
  gtk_box_append (GTK_BOX (section), ladder_text_list_new ((const char * const *) form->benefits));
  section = ladder_text_section_new (GTK_BOX (box), "What makes it work");
  for (guint i = 0; i < form->success_factors->len; i++)
    g_ptr_array_add (factors, ((LadderChecklistItem *) form->success_factors->pdata[i])->text);
  g_ptr_array_add (factors, NULL);
  gtk_box_append (GTK_BOX (section), ladder_text_list_new ((const char * const *) factors->pdata));
  section = ladder_text_section_new (GTK_BOX (box), "When it fits");
  gtk_box_append (GTK_BOX (section), ladder_text_list_new ((const char * const *) form->when_it_fits));
  section = ladder_text_section_new (GTK_BOX (box), "What it means for councillors");
  gtk_box_append (GTK_BOX (section), ladder_text_label_new (form->for_councillors, NULL));
  section = ladder_text_section_new (GTK_BOX (box), "Costs");
  gtk_box_append (GTK_BOX (section), ladder_text_label_new (form->costs, NULL));

  if (form->case_studies[0] != NULL)
    section = ladder_text_section_new (GTK_BOX (box), "Case studies");
  for (guint i = 0; form->case_studies[i] != NULL; i++)
    {
      const LadderCaseStudy *study = ladder_content_find_case_study (self->content, form->case_studies[i]);
      g_autofree char *lesson = g_strdup_printf ("Lesson: %s", study->lesson);

      gtk_box_append (GTK_BOX (section), ladder_text_label_new (study->title, "heading"));
      gtk_box_append (GTK_BOX (section), ladder_text_label_new (study->story, NULL));
      gtk_box_append (GTK_BOX (section), ladder_text_label_new (lesson, "dim-label"));
    }
  section = ladder_text_section_new (GTK_BOX (box), "Research behind it");
  add_findings (self, GTK_BOX (section), form->findings, FALSE);
  return box;
}

static GtkWidget *
findings_page (LadderLibraryView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  GPtrArray *findings = ladder_content_get_findings (self->content);

  gtk_box_append (GTK_BOX (box), ladder_text_heading_new ("The research", "title-2"));
  gtk_box_append (GTK_BOX (box), ladder_text_label_new ("The findings that Ladder’s questions and advice rest on, "
                                                        "from two studies of how councils improved their "
                                                        "children’s services.", NULL));
  for (guint f = 0; f < findings->len; f++)
    g_strv_builder_add (all, ((LadderFinding *) findings->pdata[f])->id);
  ids = g_strv_builder_end (all);
  add_findings (self, GTK_BOX (box), ids, TRUE);
  return box;
}

static void
topic_selected_cb (LadderLibraryView *self)
{
  guint index = gtk_drop_down_get_selected (self->topic);

  if (index < self->page_names->len)
    gtk_stack_set_visible_child_name (self->stack, self->page_names->pdata[index]);
}

static void
ladder_library_view_dispose (GObject *object)
{
  LadderLibraryView *self = LADDER_LIBRARY_VIEW (object);

  g_clear_pointer (&self->content, ladder_content_unref);
  g_clear_pointer (&self->page_names, g_ptr_array_unref);
  g_clear_pointer (&self->finding_labels, g_hash_table_unref);

  G_OBJECT_CLASS (ladder_library_view_parent_class)->dispose (object);
}

static void
ladder_library_view_class_init (LadderLibraryViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ladder_library_view_dispose;
}

static void
ladder_library_view_init (LadderLibraryView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->page_names = g_ptr_array_new_with_free_func (g_free);
  self->finding_labels = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * ladder_library_view_new:
 * @content: the library's content
 *
 * Returns: (transfer floating): the library, showing its first form.
 */
GtkWidget *
ladder_library_view_new (LadderContent *content)
{
  LadderLibraryView *self = g_object_new (LADDER_TYPE_LIBRARY_VIEW, NULL);
  g_autoptr(GtkStringList) topics = gtk_string_list_new (NULL);
  GPtrArray *forms = ladder_content_get_forms (content);
  GtkWidget *row, *label;

  self->content = ladder_content_ref (content);
  self->stack = GTK_STACK (gtk_stack_new ());
  /* Measure only the page on show: the others' long text would widen it. */
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  for (guint i = 0; i < forms->len; i++)
    {
      const LadderForm *form = forms->pdata[i];
      g_autofree char *name = g_strdup_printf ("form:%s", form->id);

      gtk_string_list_append (topics, form->name);
      gtk_stack_add_named (self->stack, form_page (self, form), name);
      g_ptr_array_add (self->page_names, g_steal_pointer (&name));
    }
  gtk_string_list_append (topics, "The research behind Ladder");
  gtk_stack_add_named (self->stack, findings_page (self), FINDINGS_PAGE);
  g_ptr_array_add (self->page_names, g_strdup (FINDINGS_PAGE));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic ("_Topic");
  self->topic = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&topics)), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->topic));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->topic), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  ladder_text_name_drop_down (self->topic, "Topic");
  gtk_widget_set_hexpand (GTK_WIDGET (self->topic), TRUE);
  g_signal_connect_swapped (self->topic, "notify::selected", G_CALLBACK (topic_selected_cb), self);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->topic));
  gtk_box_append (GTK_BOX (self), row);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  return GTK_WIDGET (self);
}

/**
 * ladder_library_view_show:
 * @self: the library
 * @target: "form:ID", "finding:ID" or "" for the first topic
 *
 * Shows a form of support, or the research with the finding in view and
 * focused.
 *
 * Returns: %FALSE when @target names nothing in the library.
 */
gboolean
ladder_library_view_show (LadderLibraryView *self,
                          const char        *target)
{
  guint index;

  g_return_val_if_fail (LADDER_IS_LIBRARY_VIEW (self), FALSE);

  if (*target == '\0')
    target = self->page_names->pdata[0];
  if (g_str_has_prefix (target, "finding:"))
    {
      GtkWidget *label = g_hash_table_lookup (self->finding_labels, target + strlen ("finding:"));

      if (label == NULL)
        return FALSE;
      ladder_library_view_show (self, FINDINGS_PAGE);
      gtk_widget_grab_focus (label);
      gtk_label_select_region (GTK_LABEL (label), 0, 0);
      return TRUE;
    }
  if (!g_ptr_array_find_with_equal_func (self->page_names, target, g_str_equal, &index))
    return FALSE;
  gtk_drop_down_set_selected (self->topic, index);
  gtk_stack_set_visible_child_name (self->stack, target);
  return TRUE;
}

/**
 * ladder_library_view_get_topic:
 * @self: the library
 *
 * Returns: the page on show: "form:ID" or "findings".
 */
const char *
ladder_library_view_get_topic (LadderLibraryView *self)
{
  g_return_val_if_fail (LADDER_IS_LIBRARY_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
