/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the drop-down searched by any word or part of a word. */
#include "config.h"

#include <gtk/gtk.h>

#include "ladder-search.h"
#include "ladder-search-drop-down.h"
#include "widget-fixtures.h"

static const char * const labels[] = {
  "Children looked after: rate per 10,000",
  "Social worker turnover rate",
  "Barking and Dagenham",
  "Pöle Test",
};

static gboolean
wait_for_mapped (GtkWidget *widget,
                 gboolean   mapped)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_mapped (widget) != mapped && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  /* Let the list lay out its rows. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  return gtk_widget_get_mapped (widget) == mapped;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

typedef struct
{
  GtkWidget          *window;
  GtkWidget          *drop_down;
  GtkWidget          *button;
  GtkWidget          *popover;
  GtkWidget          *entry;
  GtkWidget          *list;
  GtkWidget          *no_matches;
  GListModel         *filtered;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dagenham = ladder_search_fold ("Barking and Dagenham 301 E09000002");
  const char *search_texts[G_N_ELEMENTS (labels)] = { NULL, NULL, dagenham, NULL };
  GtkWidget *scrolled;

  f->drop_down = g_object_ref_sink (ladder_search_drop_down_new ());
  ladder_search_drop_down_set_name (LADDER_SEARCH_DROP_DOWN (f->drop_down), "Indicator");
  ladder_search_drop_down_set_items (LADDER_SEARCH_DROP_DOWN (f->drop_down), labels, search_texts,
                                     G_N_ELEMENTS (labels));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 300);
  gtk_widget_set_valign (f->drop_down, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (f->window), f->drop_down);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (wait_for_mapped (f->drop_down, TRUE));

  f->button = find_descendant (f->drop_down, GTK_TYPE_TOGGLE_BUTTON);
  f->popover = find_descendant (f->drop_down, GTK_TYPE_POPOVER);
  f->entry = find_descendant (f->popover, GTK_TYPE_SEARCH_ENTRY);
  f->list = find_descendant (f->popover, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (f->button);
  g_assert_nonnull (f->entry);
  g_assert_nonnull (f->list);
  scrolled = gtk_widget_get_ancestor (f->list, GTK_TYPE_SCROLLED_WINDOW);
  f->no_matches = gtk_widget_get_next_sibling (scrolled);
  g_assert_true (GTK_IS_LABEL (f->no_matches));
  f->filtered = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (f->list))));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->drop_down);
}

static void
open_popover (Fixture *f)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (f->button), TRUE);
  g_assert_true (wait_for_mapped (f->popover, TRUE));
}

/* The items the search leaves, in order, joined by "|". */
static char *
shown (Fixture    *f,
       const char *query)
{
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_editable_set_text (GTK_EDITABLE (f->entry), query);
  for (guint i = 0; i < g_list_model_get_n_items (f->filtered); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (f->filtered, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", gtk_string_object_get_string (item));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
focus_within (Fixture   *f,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  static const struct
  {
    const char *query;
    guint       n;
    const char *expected;
  } cases[] = {
    { "turnover", 1, "Social worker turnover rate" },
    { "LOOKED after", 1, "Children looked after: rate per 10,000" },
    { "dagenham", 1, "Barking and Dagenham" },
    { "pole", 1, "Pöle Test" },
    { "PÔLE", 1, "Pöle Test" },
    { "rate", 2, "Children looked after: rate per 10,000|Social worker turnover rate" },
    { "after rate", 1, "Children looked after: rate per 10,000" },
    { "301", 1, "Barking and Dagenham" },   /* by its search text, not its label */
    { "nowhere", 0, "" },
    { "", 4, "Children looked after: rate per 10,000|Social worker turnover rate|Barking and Dagenham|Pöle Test" },
  };

  open_popover (f);
  /* Typing goes straight into the search. */
  g_assert_true (focus_within (f, f->entry));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *items = shown (f, cases[i].query);

      g_assert_cmpstr (items, ==, cases[i].expected);
      g_assert_cmpuint (g_list_model_get_n_items (f->filtered), ==, cases[i].n);
      g_assert_cmpint (gtk_widget_get_visible (f->no_matches), ==, cases[i].n == 0);
    }
}

static void
test_enter_chooses_first (Fixture       *f,
                          gconstpointer  data)
{
  LadderSearchDropDown *drop_down = LADDER_SEARCH_DROP_DOWN (f->drop_down);
  guint notified = 0;

  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, GTK_INVALID_LIST_POSITION);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (count_cb), &notified);
  open_popover (f);
  g_free (shown (f, "rate"));
  g_signal_emit_by_name (f->entry, "activate");
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (wait_for_mapped (f->popover, FALSE));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (f->button)));
  g_assert_true (focus_within (f, f->button));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Indicator: Children looked after: rate per 10,000");

  /* With nothing typed, Enter keeps the choice; typed, it takes the first
   * match even when the choice is among the matches. */
  ladder_search_drop_down_set_selected (drop_down, 1);
  g_assert_cmpuint (notified, ==, 2);
  open_popover (f);
  g_signal_emit_by_name (f->entry, "activate");
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 1);
  g_assert_cmpuint (notified, ==, 2);
  open_popover (f);
  g_free (shown (f, "rate"));
  g_signal_emit_by_name (f->entry, "activate");
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (notified, ==, 3);

  /* Enter with no match changes nothing. */
  open_popover (f);
  g_free (shown (f, "nowhere"));
  g_signal_emit_by_name (f->entry, "activate");
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (notified, ==, 3);

  /* Escape closes without a change. */
  g_free (shown (f, "dagenham"));
  g_signal_emit_by_name (f->entry, "stop-search");
  g_assert_true (wait_for_mapped (f->popover, FALSE));
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (focus_within (f, f->button));

  /* Setting the same item again says nothing; another says so once. */
  ladder_search_drop_down_set_selected (drop_down, 0);
  g_assert_cmpuint (notified, ==, 3);
  g_object_set (drop_down, "selected", 3, NULL);
  g_assert_cmpuint (notified, ==, 4);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Indicator: Pöle Test");
  ladder_search_drop_down_set_selected (drop_down, 17);
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (notified, ==, 5);
}

static void
test_keyboard_into_list (Fixture       *f,
                         gconstpointer  data)
{
  LadderSearchDropDown *drop_down = LADDER_SEARCH_DROP_DOWN (f->drop_down);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (f->entry);
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "ladder-search-keys") == 0)
        keys = controller;
    }
  g_assert_nonnull (keys);

  /* A mnemonic opens the list, as it does a GtkDropDown's. */
  g_assert_true (gtk_widget_mnemonic_activate (f->drop_down, FALSE));
  g_assert_true (wait_for_mapped (f->popover, TRUE));
  g_free (shown (f, "rate"));
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_true (focus_within (f, f->list));
  g_assert_false (focus_within (f, f->entry));

  /* Activating the second row chooses it, among all the items. */
  g_signal_emit_by_name (f->list, "activate", 1);
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 1);
  g_assert_true (wait_for_mapped (f->popover, FALSE));
  g_assert_true (focus_within (f, f->button));
  g_assert_cmpstr (ladder_search_drop_down_get_label (drop_down, 1), ==, "Social worker turnover rate");

  /* Reopened, the search is empty and shows every item. */
  open_popover (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (f->filtered), ==, G_N_ELEMENTS (labels));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Indicator: search by any word");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Indicator: choices");
  gtk_popover_popdown (GTK_POPOVER (f->popover));
}

/* An item appended later is found too, and replacing the items clears
 * the choice. */
static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  LadderSearchDropDown *drop_down = LADDER_SEARCH_DROP_DOWN (f->drop_down);
  g_autofree char *found = NULL;

  ladder_search_drop_down_set_selected (drop_down, 2);
  ladder_search_drop_down_append (drop_down, "Brackenford (fictional)", NULL);
  g_assert_cmpuint (ladder_search_drop_down_get_n_items (drop_down), ==, 5);
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, 2);
  found = shown (f, "bracken");
  g_assert_cmpstr (found, ==, "Brackenford (fictional)");
  ladder_search_drop_down_set_items (drop_down, labels, NULL, 2);
  g_assert_cmpuint (ladder_search_drop_down_get_selected (drop_down), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (g_list_model_get_n_items (f->filtered), ==, 0);
  g_clear_pointer (&found, g_free);
  found = shown (f, "worker");
  g_assert_cmpstr (found, ==, "Social worker turnover rate");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Indicator");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/search-drop-down/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/search-drop-down/enter-chooses-first", Fixture, NULL, fixture_set_up, test_enter_chooses_first,
              fixture_tear_down);
  g_test_add ("/search-drop-down/keyboard-into-list", Fixture, NULL, fixture_set_up, test_keyboard_into_list,
              fixture_tear_down);
  g_test_add ("/search-drop-down/items", Fixture, NULL, fixture_set_up, test_items, fixture_tear_down);
  return g_test_run ();
}
