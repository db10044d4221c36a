/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `ladder data inspect`: what is in data files, without a display. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-cli.h"
#include "ladder-data-import.h"
#include "ladder-data-inspect.h"
#include "ladder-review.h"

static void
count_area_kinds (LadderDataset *dataset,
                  guint          counts[3])
{
  counts[0] = counts[1] = counts[2] = 0;
  for (guint i = 0; i < ladder_dataset_get_n_areas (dataset); i++)
    counts[ladder_dataset_get_area (dataset, i)->kind]++;
}

static void
append_text_report (GString            *out,
                    LadderImportReport *report)
{
  g_autofree char *rows = ladder_format_count (report->n_rows);
  g_autofree char *values = ladder_format_count (report->n_values);
  g_autofree char *missing = ladder_format_count (report->n_missing);

  g_string_append_printf (out, "%s: %s\n", report->name, ladder_data_format_to_string (report->format));
  g_string_append_printf (out, "  %.1f MB, %s, %s\n", report->n_bytes / 1e6,
                          ladder_csv_encoding_to_string (report->encoding),
                          ladder_csv_delimiter_name (report->delimiter));
  if (report->n_values + report->n_missing > 0)
    g_string_append_printf (out, "  %s %s: %s %s and %s missing\n",
                            rows, report->n_rows == 1 ? "row" : "rows",
                            values, report->n_values == 1 ? "figure" : "figures", missing);
  else
    g_string_append_printf (out, "  %s %s\n", rows, report->n_rows == 1 ? "row" : "rows");
  if (report->n_skipped > 0)
    {
      g_autofree char *skipped = ladder_format_count (report->n_skipped);
      g_string_append_printf (out, "  %s %s left out on purpose: discontinued measures, "
                              "superseded codes or older neighbour groupings\n",
                              skipped, report->n_skipped == 1 ? "row" : "rows");
    }
  if (report->n_unusable > 0)
    {
      g_autofree char *unusable = ladder_format_count (report->n_unusable);
      g_autofree char *why = ladder_import_report_describe_unusable (report);

      g_string_append_printf (out, "  %s %s skipped: %s\n", unusable,
                              report->n_unusable == 1 ? "row" : "rows", why);
    }
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    if (report->n_missing_by_state[s] > 0)
      {
        g_autofree char *n = ladder_format_count (report->n_missing_by_state[s]);
        g_string_append_printf (out, "    %s %s\n", n, ladder_cell_state_to_string (s));
      }
  {
    g_autofree char *coverage = ladder_import_report_describe_coverage (report);
    g_string_append_printf (out, "  %s\n", coverage);
  }
  if (report->unreadable_periods->len > 0)
    {
      g_string_append (out, "  Period labels Ladder cannot read, kept as published:");
      for (guint i = 0; i < report->unreadable_periods->len; i++)
        {
          g_autofree char *label = ladder_text_sanitise (report->unreadable_periods->pdata[i]);

          g_string_append_printf (out, " “%s”", label);
        }
      g_string_append_c (out, '\n');
    }
  if (report->n_superseded > 0)
    {
      g_autofree char *superseded = ladder_format_count (report->n_superseded);

      g_string_append_printf (out, "  Rows of an earlier version of a figure the file also gives later "
                              "(provisional, then final, then revised), left out: %s\n", superseded);
    }
  if (report->n_merged > 0 || report->n_conflicts > 0)
    {
      g_autofree char *merged = ladder_format_count (report->n_merged);
      g_autofree char *conflicts = ladder_format_count (report->n_conflicts);
      g_string_append_printf (out, "  Same figure as an earlier file: %s; different figure, "
                              "this file's kept: %s\n", merged, conflicts);
    }
  if (report->n_warnings == 0)
    g_string_append (out, "  No warnings.\n");
  else
    {
      g_autofree char *n = ladder_format_count (report->n_warnings);
      g_string_append_printf (out, "  %s warning%s%s:\n", n, report->n_warnings == 1 ? "" : "s",
                              report->n_warnings > report->warnings->len ? ", the first of them" : "");
      for (guint i = 0; i < report->warnings->len; i++)
        {
          /* Warnings quote fields, which may hold anything. */
          g_autofree char *warning = ladder_text_sanitise (report->warnings->pdata[i]);

          g_string_append_printf (out, "    %s\n", warning);
        }
    }
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_strings (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (builder, values->pdata[i]);
  json_builder_end_array (builder);
}

static JsonNode *
report_to_json (LadderImportReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  char delimiter[2] = { report->delimiter, '\0' };

  json_builder_begin_object (builder);
  add_string (builder, "file", report->name);
  add_string (builder, "layout", ladder_data_format_to_string (report->format));
  add_string (builder, "encoding", ladder_csv_encoding_to_string (report->encoding));
  add_string (builder, "delimiter", delimiter);
  add_int (builder, "bytes", report->n_bytes);
  add_int (builder, "rows", report->n_rows);
  add_int (builder, "figures", report->n_values);
  add_int (builder, "missing", report->n_missing);
  json_builder_set_member_name (builder, "missing_by_reason");
  json_builder_begin_object (builder);
  for (guint s = 0; s < LADDER_N_CELL_STATES; s++)
    if (report->n_missing_by_state[s] > 0)
      add_int (builder, ladder_cell_state_to_string (s), report->n_missing_by_state[s]);
  json_builder_end_object (builder);
  add_int (builder, "left_out", report->n_skipped);
  {
    g_autofree char *why = ladder_import_report_describe_unusable (report);

    add_int (builder, "skipped", report->n_unusable);
    add_string (builder, "skipped_because", why);
  }
  add_int (builder, "measures", report->n_measures);
  add_int (builder, "areas", report->n_areas);
  add_int (builder, "periods", report->n_periods);
  add_strings (builder, "unreadable_periods", report->unreadable_periods);
  add_int (builder, "superseded_versions", report->n_superseded);
  add_int (builder, "same_as_earlier_file", report->n_merged);
  add_int (builder, "different_from_earlier_file", report->n_conflicts);
  add_int (builder, "repeated_in_file", report->n_duplicates);
  add_int (builder, "warnings_total", report->n_warnings);
  add_strings (builder, "warnings", report->warnings);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * ladder_data_inspect_command:
 * @argc: arguments after "data inspect"
 * @argv: FILE... and optionally --json
 * @out: the summary
 * @err: one line per file that could not be read
 *
 * Reads every file into one dataset and describes each file and the whole.
 *
 * Returns: 0, or 2 when an argument was wrong or a file could not be read.
 */
int
ladder_data_inspect_command (int       argc,
                             char    **argv,
                             GString  *out,
                             GString  *err)
{
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_import_report_free);
  gboolean json = FALSE;
  gboolean failed = FALSE;
  guint n_files = 0;
  guint kinds[3];

  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        json = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_string_append_printf (err, "ladder: data inspect has no option '%s'\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      else
        n_files++;
    }
  if (n_files == 0)
    {
      g_string_append (err, "ladder: data inspect needs at least one FILE\n");
      return LADDER_EXIT_BAD_INPUT;
    }

  for (int i = 0; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      LadderImportReport *report;

      if (strcmp (argv[i], "--json") == 0)
        continue;
      report = ladder_data_import_file (dataset, argv[i], NULL, &error);
      if (report == NULL)
        {
          /* One line of inert text: the message may quote the file. */
          g_autofree char *one_line = g_strdelimit (g_strdup (error->message), "\n", ' ');
          g_autofree char *line = ladder_text_sanitise (one_line);

          g_string_append_printf (err, "ladder: %s\n", line);
          failed = TRUE;
          continue;
        }
      g_ptr_array_add (reports, report);
    }

  count_area_kinds (dataset, kinds);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);
      for (guint i = 0; i < reports->len; i++)
        json_builder_add_value (builder, report_to_json (reports->pdata[i]));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "dataset");
      json_builder_begin_object (builder);
      add_int (builder, "measures", ladder_dataset_count_measures (dataset));
      add_int (builder, "periods", ladder_dataset_get_n_periods (dataset));
      add_int (builder, "councils", kinds[LADDER_AREA_COUNCIL]);
      add_int (builder, "regions", kinds[LADDER_AREA_REGION]);
      add_int (builder, "england", kinds[LADDER_AREA_ENGLAND]);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      ladder_cli_append_json (out, root);
    }
  else
    {
      for (guint i = 0; i < reports->len; i++)
        append_text_report (out, reports->pdata[i]);
      if (reports->len > 1)
        {
          g_autofree char *measures = ladder_format_count (ladder_dataset_count_measures (dataset));
          g_autofree char *councils = ladder_format_count (kinds[LADDER_AREA_COUNCIL]);

          g_string_append_printf (out, "All files together: %s measures; %s councils, %u regions "
                                  "and %u England; %u periods\n",
                                  measures, councils, kinds[LADDER_AREA_REGION], kinds[LADDER_AREA_ENGLAND],
                                  ladder_dataset_get_n_periods (dataset));
        }
    }

  return failed ? LADDER_EXIT_BAD_INPUT : LADDER_EXIT_OK;
}
