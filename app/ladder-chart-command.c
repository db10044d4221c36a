/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder chart": one chart of a council's figures to PNG, SVG or PDF (with
 * its title and a caption naming the period and source), or its figures
 * to CSV, with no display, and its summary sentence on standard output. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ladder-atomic-file.h"
#include "ladder-chart-command.h"
#include "ladder-cli.h"
#include "ladder-chart.h"
#include "ladder-search.h"

typedef struct
{
  GPtrArray  *data_files;
  const char *area;
  GPtrArray  *measures;      /* each --measure given, in order */
  const char *output;
  LadderChartKind kind;
  int         width;
  int         height;
  gboolean    each_neighbour;
  LadderFileWriteFlags output_flags;
} Options;

static gboolean
parse_size (const char *text,
            int        *out)
{
  char *end = NULL;
  long value = strtol (text, &end, 10);

  if (end == text || *end != '\0' || value < 100 || value > 10000)
    return FALSE;
  *out = (int) value;
  return TRUE;
}

/* What to add to a refusal to write a read-only -o. */
static const char *
force_hint (const GError *error)
{
  return g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY)
         ? "; add --force to replace it" : "";
}

static gboolean
parse_options (int       argc,
               char    **argv,
               Options  *options,
               GString  *err)
{
  for (int i = 0; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (strcmp (arg, "--each-neighbour") == 0)
        {
          options->each_neighbour = TRUE;
          continue;
        }
      if (strcmp (arg, "--force") == 0)
        {
          options->output_flags |= LADDER_FILE_WRITE_REPLACE_READ_ONLY;
          continue;
        }
      if (strcmp (arg, "--data") == 0)
        {
          /* Every argument up to the next option is a data file. */
          while (i + 1 < argc && argv[i + 1][0] != '-')
            g_ptr_array_add (options->data_files, argv[++i]);
          continue;
        }
      if (value == NULL)
        {
          g_string_append_printf (err, "ladder: chart: '%s' needs a value\n", arg);
          return FALSE;
        }
      if (strcmp (arg, "--area") == 0)
        options->area = value;
      else if (strcmp (arg, "--measure") == 0)
        g_ptr_array_add (options->measures, (gpointer) value);
      else if (strcmp (arg, "-o") == 0 || strcmp (arg, "--output") == 0)
        options->output = value;
      else if (strcmp (arg, "--kind") == 0)
        {
          if (!ladder_chart_kind_from_string (value, &options->kind))
            {
              g_string_append_printf (err, "ladder: chart: '%s' is not a kind of chart "
                                      "(trend, neighbours, distribution or scorecard)\n", value);
              return FALSE;
            }
        }
      else if (strcmp (arg, "--width") == 0 || strcmp (arg, "--height") == 0)
        {
          if (!parse_size (value, arg[2] == 'w' ? &options->width : &options->height))
            {
              g_string_append_printf (err, "ladder: chart: %s must be a whole number of pixels from 100 "
                                      "to 10000, not '%s'\n", arg, value);
              return FALSE;
            }
        }
      else
        {
          g_string_append_printf (err, "ladder: chart has no option '%s'\n", arg);
          return FALSE;
        }
      i++;
    }
  if (options->data_files->len == 0 || options->area == NULL || options->measures->len == 0 ||
      options->output == NULL)
    {
      g_string_append (err, "ladder: chart needs --data FILE..., --area, --measure and -o "
                            "OUT.png|svg|pdf|csv|xlsx\n");
      return FALSE;
    }
  if (!g_str_has_suffix (options->output, ".png") && !g_str_has_suffix (options->output, ".svg") &&
      !g_str_has_suffix (options->output, ".pdf") && !g_str_has_suffix (options->output, ".csv") &&
      !g_str_has_suffix (options->output, ".xlsx"))
    {
      g_string_append_printf (err, "ladder: chart: '%s' must end in .png, .svg, .pdf, .csv or .xlsx\n",
                              options->output);
      return FALSE;
    }
  /* -o names the file itself, never what a link there leads to; refused
   * before the data is read, and again by the write itself. */
  {
    g_autoptr(GError) error = NULL;

    if (!ladder_file_check_replaceable (options->output, options->output_flags, &error))
      {
        g_string_append_printf (err, "ladder: chart: %s%s\n", error->message, force_hint (error));
        return FALSE;
      }
  }
  return TRUE;
}

/* The measures one --measure names. A code is taken whole first, since
 * codes may hold commas ("CPP_Total_Rateper10,000"); a scorecard also takes
 * several codes separated by commas, or "all". */
static gboolean
add_measures (LadderDataset   *dataset,
              LadderChartKind  kind,
              const char      *value,
              GArray          *measures,
              GString         *err)
{
  g_auto(GStrv) codes = NULL;
  guint measure;

  if (ladder_dataset_find_measure (dataset, value, &measure))
    {
      g_array_append_val (measures, measure);
      return TRUE;
    }
  codes = g_strsplit (value, ",", -1);
  if (kind != LADDER_CHART_SCORECARD)
    {
      gboolean several = codes[0] != NULL && codes[1] != NULL;

      for (guint i = 0; several && codes[i] != NULL; i++)
        several = ladder_dataset_find_measure (dataset, codes[i], &measure);
      if (several)
        g_string_append_printf (err, "ladder: chart: '%s' names several measures, and only a scorecard shows "
                                "several measures (add --kind scorecard)\n", value);
      else
        g_string_append_printf (err, "ladder: chart: no measure with the code '%s' in the data\n", value);
      return FALSE;
    }
  if (strcmp (value, "all") == 0)
    {
      for (guint m = 0; m < ladder_dataset_get_n_measures (dataset); m++)
        if (!ladder_dataset_get_measure (dataset, m)->discontinued)
          g_array_append_val (measures, m);
      return TRUE;
    }
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (!ladder_dataset_find_measure (dataset, codes[i], &measure))
        {
          g_string_append_printf (err, "ladder: chart: no measure with the code '%s' in the data\n", codes[i]);
          return FALSE;
        }
      g_array_append_val (measures, measure);
    }
  return TRUE;
}

/**
 * ladder_chart_command:
 * @argc: arguments after "chart"
 * @argv: the options
 * @out: the chart's summary sentence
 * @err: one line naming the problem
 *
 * Returns: 0, or 2 for a bad option, file, area or measure.
 */
int
ladder_chart_command (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  Options options = { files, NULL, wanted, NULL, LADDER_CHART_TREND, 1000, 600, FALSE,
                      LADDER_FILE_WRITE_STRICT };
  LadderFileWriteFlags previous_flags;
  gboolean written;
  g_autoptr(LadderDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderChart) chart = NULL;
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
  guint area;

  if (!parse_options (argc, argv, &options, err))
    return LADDER_EXIT_BAD_INPUT;
  dataset = ladder_cli_load_data (files, err);
  if (dataset == NULL)
    return LADDER_EXIT_BAD_INPUT;
  if (!ladder_dataset_match_council (dataset, options.area, &area))
    {
      g_autofree char *suggestion = ladder_search_did_you_mean (dataset, options.area);

      g_string_append_printf (err, "ladder: chart: no council called or numbered '%s' in the data. %s\n",
                              options.area, suggestion);
      return LADDER_EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < wanted->len; i++)
    if (!add_measures (dataset, options.kind, wanted->pdata[i], measures, err))
      return LADDER_EXIT_BAD_INPUT;
  chart = ladder_chart_new (dataset, options.kind, (const guint *) measures->data, measures->len, area, &error);
  if (chart == NULL)
    {
      g_string_append_printf (err, "ladder: chart: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (options.each_neighbour)
    {
      LadderTrendOptions trend = { .each_neighbour = TRUE };

      ladder_chart_set_trend_options (chart, &trend);
    }
  previous_flags = ladder_file_write_set_thread_flags (options.output_flags);
  written = ladder_chart_save (chart, options.output, options.width, options.height, &error);
  ladder_file_write_set_thread_flags (previous_flags);
  if (!written)
    {
      g_string_append_printf (err, "ladder: chart: %s%s\n", error->message, force_hint (error));
      return LADDER_EXIT_BAD_INPUT;
    }
  g_string_append_printf (out, "%s\n", ladder_chart_get_summary (chart));
  return LADDER_EXIT_OK;
}
