/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long the indicator list takes to answer each key while someone types:
 *
 *   bench-search TABLE.csv DICTIONARY.csv [ROUNDS]
 *
 * Loads the LAIT table and its dictionary, fills the Evidence step's
 * searchable drop-down with every indicator as the step does ("Topic: Name",
 * searched by code, name and topic), opens its list, then types "social
 * worker turnover" a key at a time, ROUNDS times. For each key it times
 * setting the search text until the list's filtered model holds its answer
 * (the filtering is synchronous), and separately until the main loop has
 * nothing left to do (the list laid out and drawn), and the matching alone
 * (folding the query and testing every indicator). As a reference measured
 * in the same run it times a plain strstr() of the same text over every
 * indicator's raw label, the least any search could do. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "bench-common.h"
#include "ladder-data-import.h"
#include "ladder-search.h"
#include "ladder-search-drop-down.h"
#include "widget-fixtures.h"

static const char query[] = "social worker turnover";

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) filtered = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reference = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) matching = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *drop_down, *button, *popover, *entry, *list;
  GListModel *model;
  int rounds = argc > 3 ? atoi (argv[3]) : 20;
  volatile guint sink = 0;

  if (argc < 3)
    {
      g_printerr ("usage: bench-search TABLE.csv DICTIONARY.csv [ROUNDS]\n");
      return 2;
    }
  gtk_init ();
  for (int i = 1; i <= 2; i++)
    {
      g_autoptr(GError) error = NULL;
      LadderImportReport *imported = ladder_data_import_file (dataset, argv[i], NULL, &error);

      if (imported == NULL)
        {
          g_printerr ("bench-search: %s\n", error->message);
          return 2;
        }
      ladder_import_report_free (imported);
    }
  for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
    {
      const LadderMeasure *measure = ladder_dataset_get_measure (dataset, m);

      if (measure->discontinued)
        continue;
      g_ptr_array_add (labels, measure->topic != NULL ? g_strdup_printf ("%s: %s", measure->topic, measure->name)
                                                      : g_strdup (measure->name));
      g_ptr_array_add (texts, ladder_search_measure_text (measure));
    }

  drop_down = ladder_search_drop_down_new ();
  ladder_search_drop_down_set_items (LADDER_SEARCH_DROP_DOWN (drop_down), (const char * const *) labels->pdata,
                                     (const char * const *) texts->pdata, labels->len);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), drop_down);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (drop_down))
    g_main_context_iteration (NULL, TRUE);
  button = find_descendant (drop_down, GTK_TYPE_TOGGLE_BUTTON);
  popover = find_descendant (drop_down, GTK_TYPE_POPOVER);
  entry = find_descendant (popover, GTK_TYPE_SEARCH_ENTRY);
  list = find_descendant (popover, GTK_TYPE_LIST_VIEW);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  while (!gtk_widget_get_mapped (list))
    g_main_context_iteration (NULL, TRUE);

  for (int round = 0; round < rounds; round++)
    for (gsize n = 0; n <= strlen (query); n++)
      {
        g_autofree char *typed = g_strndup (query, n);
        gint64 start = g_get_monotonic_time ();
        double ms;

        gtk_editable_set_text (GTK_EDITABLE (entry), typed);
        sink += g_list_model_get_n_items (model);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (filtered, ms);
        while (g_main_context_iteration (NULL, FALSE))
          ;
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (drawn, ms);

        start = g_get_monotonic_time ();
        {
          g_auto(GStrv) words = ladder_search_words (typed);

          for (guint i = 0; i < texts->len; i++)
            sink += ladder_search_words_match ((const char * const *) words, texts->pdata[i]);
        }
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (matching, ms);

        start = g_get_monotonic_time ();
        for (guint i = 0; i < labels->len; i++)
          sink += strstr (labels->pdata[i], typed) != NULL;
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (reference, ms);
      }
  g_print ("%u indicators; typing \"%s\" a key at a time, %d rounds; %u shown at the end\n", labels->len, query,
           rounds, g_list_model_get_n_items (model));
  bench_report ("search text set -> list filtered", filtered);
  bench_report ("search text set -> main loop idle (drawn)", drawn);
  bench_report ("the match alone (fold the query, test all)", matching);
  bench_report ("reference: strstr over the raw labels", reference);
  gtk_window_destroy (GTK_WINDOW (window));
  return sink == 0 ? 1 : 0;
}
