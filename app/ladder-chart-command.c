/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder chart": one chart of a council's figures to PNG, SVG or PDF, with
 * no display, and its summary sentence on standard output. */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-chart-command.h"
#include "ladder-cli.h"
#include "ladder-data-import.h"
#include "ladder-scorecard.h"
#include "ladder-snapshot-painter.h"

typedef enum
{
  KIND_TREND,
  KIND_NEIGHBOURS,
  KIND_DISTRIBUTION,
  KIND_SCORECARD,
} Kind;

typedef struct
{
  GPtrArray  *data_files;
  const char *area;
  const char *measure;
  const char *output;
  Kind        kind;
  int         width;
  int         height;
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
        options->measure = value;
      else if (strcmp (arg, "-o") == 0 || strcmp (arg, "--output") == 0)
        options->output = value;
      else if (strcmp (arg, "--kind") == 0)
        {
          if (strcmp (value, "trend") == 0)
            options->kind = KIND_TREND;
          else if (strcmp (value, "neighbours") == 0)
            options->kind = KIND_NEIGHBOURS;
          else if (strcmp (value, "distribution") == 0)
            options->kind = KIND_DISTRIBUTION;
          else if (strcmp (value, "scorecard") == 0)
            options->kind = KIND_SCORECARD;
          else
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
  if (options->data_files->len == 0 || options->area == NULL || options->measure == NULL ||
      options->output == NULL)
    {
      g_string_append (err, "ladder: chart needs --data FILE..., --area, --measure and -o OUT.png|svg|pdf\n");
      return FALSE;
    }
  if (!g_str_has_suffix (options->output, ".png") && !g_str_has_suffix (options->output, ".svg") &&
      !g_str_has_suffix (options->output, ".pdf"))
    {
      g_string_append_printf (err, "ladder: chart: '%s' must end in .png, .svg or .pdf\n", options->output);
      return FALSE;
    }
  return TRUE;
}

/* Whether there is something to draw, so that a file is only begun (an
 * SVG or PDF surface opens its file at once) when it can be finished. */
static gboolean
can_draw (LadderDataset  *dataset,
          guint           measure,
          guint           area,
          const Options  *options,
          GError        **error)
{
  switch (options->kind)
    {
    case KIND_SCORECARD:
      return TRUE;
    case KIND_NEIGHBOURS:
      {
        g_autoptr(LadderNeighboursData) data = ladder_neighbours_data_new (dataset, measure, area, error);

        return data != NULL;
      }
    case KIND_DISTRIBUTION:
      {
        g_autoptr(LadderDistributionData) data = ladder_distribution_data_new (dataset, measure, area, error);

        return data != NULL;
      }
    case KIND_TREND:
    default:
      {
        g_autoptr(LadderTrendData) data = ladder_trend_data_new (dataset, measure, area, FALSE, error);

        return data != NULL;
      }
    }
}

/* Draws the chart, and returns its summary sentence, or NULL with @error. */
static char *
draw (cairo_t        *cr,
      LadderDataset  *dataset,
      GArray         *measures,
      guint           area,
      const Options  *options,
      GError        **error)
{
  guint measure = g_array_index (measures, guint, 0);
  LadderChartStyle style;

  ladder_chart_style_init (&style, FALSE);
  switch (options->kind)
    {
    case KIND_SCORECARD:
      {
        g_autoptr(LadderScorecardData) data = ladder_scorecard_data_new (dataset, (guint *) measures->data,
                                                                         measures->len, area);

        ladder_paint_scorecard (cr, options->width, options->height, data, &style);
        return ladder_scorecard_data_summary (data);
      }
    case KIND_NEIGHBOURS:
      {
        g_autoptr(LadderNeighboursData) data = ladder_neighbours_data_new (dataset, measure, area, error);

        if (data == NULL)
          return NULL;
        ladder_paint_neighbours (cr, options->width, options->height, data, &style, NULL);
        return ladder_neighbours_data_summary (data);
      }
    case KIND_DISTRIBUTION:
      {
        g_autoptr(LadderDistributionData) data = ladder_distribution_data_new (dataset, measure, area, error);

        if (data == NULL)
          return NULL;
        ladder_paint_distribution (cr, options->width, options->height, data, &style, NULL);
        return ladder_distribution_data_summary (data);
      }
    case KIND_TREND:
    default:
      {
        g_autoptr(LadderTrendData) data = ladder_trend_data_new (dataset, measure, area, FALSE, error);
        LadderTrendOptions trend = { 0 };

        if (data == NULL)
          return NULL;
        ladder_paint_trend (cr, options->width, options->height, data, &style, &trend, NULL);
        return ladder_trend_data_summary (data);
      }
    }
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
  Options options = { files, NULL, NULL, NULL, KIND_TREND, 1000, 600 };
  g_autoptr(LadderDataset) dataset = ladder_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) codes = NULL;
  gboolean all;
  guint area;

  if (!parse_options (argc, argv, &options, err))
    return LADDER_EXIT_BAD_INPUT;
  for (guint i = 0; i < files->len; i++)
    {
      LadderImportReport *report = ladder_data_import_file (dataset, files->pdata[i], NULL, &error);

      if (report == NULL)
        {
          g_string_append_printf (err, "ladder: %s\n", error->message);
          return LADDER_EXIT_BAD_INPUT;
        }
      ladder_import_report_free (report);
    }
  if (!ladder_dataset_find_area (dataset, options.area, &area) ||
      ladder_dataset_get_area (dataset, area)->kind != LADDER_AREA_COUNCIL)
    {
      g_string_append_printf (err, "ladder: chart: no council called or numbered '%s' in the data\n", options.area);
      return LADDER_EXIT_BAD_INPUT;
    }
  /* A scorecard takes several codes, separated by commas, or "all". */
  all = options.kind == KIND_SCORECARD && strcmp (options.measure, "all") == 0;
  codes = g_strsplit (options.measure, ",", -1);
  for (guint m = 0; all && m < ladder_dataset_get_n_measures (dataset); m++)
    g_array_append_val (measures, m);
  for (guint i = 0; !all && codes[i] != NULL; i++)
    {
      guint measure;

      if (!ladder_dataset_find_measure (dataset, codes[i], &measure))
        {
          g_string_append_printf (err, "ladder: chart: no measure with the code '%s' in the data\n", codes[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      g_array_append_val (measures, measure);
    }
  for (guint i = 0; options.kind != KIND_SCORECARD && codes[i] != NULL && codes[i + 1] != NULL; i++)
    {
      g_string_append (err, "ladder: chart: only a scorecard shows several measures\n");
      return LADDER_EXIT_BAD_INPUT;
    }

  if (!can_draw (dataset, g_array_index (measures, guint, 0), area, &options, &error))
    {
      g_string_append_printf (err, "ladder: chart: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (g_str_has_suffix (options.output, ".png"))
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, options.width, options.height);
  else if (g_str_has_suffix (options.output, ".svg"))
    surface = cairo_svg_surface_create (options.output, options.width, options.height);
  else
    surface = cairo_pdf_surface_create (options.output, options.width, options.height);
  cr = cairo_create (surface);
  summary = draw (cr, dataset, measures, area, &options, &error);
  cairo_destroy (cr);
  status = summary != NULL && g_str_has_suffix (options.output, ".png")
    ? cairo_surface_write_to_png (surface, options.output) : CAIRO_STATUS_SUCCESS;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (summary == NULL)
    {
      g_string_append_printf (err, "ladder: chart: %s\n", error->message);
      return LADDER_EXIT_BAD_INPUT;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_string_append_printf (err, "ladder: chart: %s could not be written: %s\n", options.output,
                              cairo_status_to_string (status));
      return LADDER_EXIT_BAD_INPUT;
    }
  g_string_append_printf (out, "%s\n", summary);
  return LADDER_EXIT_OK;
}
