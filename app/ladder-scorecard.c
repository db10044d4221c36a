/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scorecard: many measures for one council in one view, each with its
 * latest figure, band, rank, change and trend.
 *
 * Nothing is told by colour alone: the band is a letter in a box, the
 * change an arrow whose direction is the figure's and a word saying
 * whether that is better or worse, and the trend a small line with the
 * years of improvement written beside it. */
#include "config.h"

#include <math.h>

#include "ladder-chart-painter-private.h"
#include "ladder-scorecard.h"

static void
fill_row (LadderDataset      *dataset,
          guint               measure,
          guint               council,
          LadderScorecardRow *row)
{
  LadderMeasure *info = ladder_dataset_get_measure (dataset, measure);
  guint periods[LADDER_CHART_MAX_PERIODS];
  guint n = MIN (ladder_dataset_get_measure_periods (dataset, measure, periods, LADDER_CHART_MAX_PERIODS),
                 LADDER_CHART_MAX_PERIODS);
  int latest = -1;

  row->code = info->code;
  row->name = ladder_chart_measure_title (info);
  row->decimals = ladder_chart_measure_decimals (dataset, measure);
  row->polarity = info->polarity;
  row->value = NAN;
  row->england = NAN;
  for (int i = (int) n - 1; i >= 0 && latest < 0; i--)
    if (!isnan (ladder_chart_figure (dataset, measure, council, periods[i], NULL, NULL)))
      latest = i;
  if (latest < 0)
    return;
  {
    guint source;

    guint newest;

    row->period_label = ladder_dataset_get_period (dataset, periods[latest])->label;
    row->value = ladder_chart_figure (dataset, measure, council, periods[latest], NULL, &source);
    row->source = ladder_dataset_get_source (dataset, source);
    /* Other councils have a later figure: this one is out of date. */
    if (ladder_stats_latest_period (dataset, measure, &newest) && newest != periods[latest] &&
        ladder_period_compare (ladder_dataset_get_period (dataset, newest),
                               ladder_dataset_get_period (dataset, periods[latest])) > 0)
      row->latest_label = ladder_dataset_get_period (dataset, newest)->label;
  }
  row->neighbours = ladder_stats_neighbour_average (dataset, measure, council, periods[latest]);
  if (ladder_stats_england_value (dataset, measure, periods[latest], &row->england) != LADDER_STAT_OK)
    row->england = NAN;
  row->gap = ladder_stats_gap_trend (dataset, measure, council, periods[latest]);
  row->band = ladder_stats_band (dataset, measure, council, periods[latest], NULL);
  row->rank = ladder_stats_rank (dataset, measure, council, periods[latest]);
  row->change = ladder_stats_change (dataset, measure, council, periods[latest]);
  row->trend = ladder_stats_trend (dataset, measure, council, periods[latest]);
  /* The small trend line: the same consecutive periods the trend used. */
  {
    guint period = periods[latest];
    double newest_first[LADDER_MAX_TREND_PERIODS];

    while (row->n_recent < LADDER_MAX_TREND_PERIODS)
      {
        double value = ladder_chart_figure (dataset, measure, council, period, NULL, NULL);

        if (isnan (value))
          break;
        newest_first[row->n_recent++] = value;
        if (!ladder_stats_previous_period (dataset, measure, period, &period))
          break;
      }
    for (guint i = 0; i < row->n_recent; i++)
      row->recent[i] = newest_first[row->n_recent - 1 - i];
  }
}

/**
 * ladder_scorecard_data_new:
 * @dataset: the data
 * @measures: (array length=n_measures): the measures, in the order to show
 * @n_measures: how many
 * @council: a council
 *
 * Returns: (transfer full): a row per measure; a measure the council has no
 *   figure for keeps its row, saying so.
 */
LadderScorecardData *
ladder_scorecard_data_new (LadderDataset *dataset,
                           const guint   *measures,
                           guint          n_measures,
                           guint          council)
{
  LadderScorecardData *data = g_new0 (LadderScorecardData, 1);

  data->dataset = ladder_dataset_ref (dataset);
  data->council_name = g_strdup (ladder_dataset_get_area (dataset, council)->name);
  data->rows = g_new0 (LadderScorecardRow, n_measures);
  data->n_rows = n_measures;
  for (guint i = 0; i < n_measures; i++)
    fill_row (dataset, measures[i], council, &data->rows[i]);
  return data;
}

void
ladder_scorecard_data_free (LadderScorecardData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->dataset, ladder_dataset_unref);
  g_free (data->council_name);
  g_free (data->rows);
  g_free (data);
}

/**
 * ladder_scorecard_data_summary:
 * @data: the scorecard
 *
 * Returns: (transfer full): the scorecard in a few words: how many measures
 *   are in each band (figures from an older period than the latest kept
 *   out, and said), and how many got better or worse.
 */
char *
ladder_scorecard_data_summary (const LadderScorecardData *data)
{
  guint bands[5] = { 0 }, better = 0, worse = 0, missing = 0, older = 0;
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < data->n_rows; i++)
    {
      const LadderScorecardRow *row = &data->rows[i];

      if (isnan (row->value))
        {
          missing++;
          continue;
        }
      if (row->latest_label != NULL)
        {
          older++;
          continue;
        }
      bands[row->band]++;
      if (row->change.status == LADDER_STAT_OK && row->polarity != LADDER_POLARITY_NONE && row->change.change != 0)
        {
          better += row->change.improved;
          worse += !row->change.improved;
        }
    }
  g_string_printf (out, "Scorecard for %s: %u %s", data->council_name, data->n_rows,
                   data->n_rows == 1 ? "measure" : "measures");
  if (missing > 0)
    g_string_append_printf (out, " (%u with no figure)", missing);
  g_string_append_printf (out, ". Bands: %u A, %u B, %u C, %u D, %u without a band. Since the period before, "
                          "%u got better and %u got worse.", bands[LADDER_BAND_A], bands[LADDER_BAND_B],
                          bands[LADDER_BAND_C], bands[LADDER_BAND_D], bands[LADDER_BAND_NONE], better, worse);
  if (older > 0)
    g_string_append_printf (out, " %u %s from an earlier period than the latest, so %s left out of the bands.",
                            older, older == 1 ? "figure is" : "figures are", older == 1 ? "it is" : "they are");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* WCAG's relative luminance of a colour. */
static double
luminance (const LadderRgb *rgb)
{
  double channel[3] = { rgb->red, rgb->green, rgb->blue };

  for (guint i = 0; i < 3; i++)
    channel[i] = channel[i] <= 0.03928 ? channel[i] / 12.92 : pow ((channel[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double
contrast (const LadderRgb *a,
          const LadderRgb *b)
{
  double x = luminance (a), y = luminance (b);

  return (MAX (x, y) + 0.05) / (MIN (x, y) + 0.05);
}

/**
 * ladder_band_fill:
 * @style: colours
 * @band: a band
 * @fill: (out): the band's fill
 *
 * The band's shade: the council's colour mixed into the background, more
 * for a worse band, so that D (the worst quarter) stands out most and the
 * four differ even in greyscale; A, the best, is the palest.
 */
void
ladder_band_fill (const LadderChartStyle *style,
                  LadderBand              band,
                  LadderRgb              *fill)
{
  static const double strength[] = { 0, 0.12, 0.32, 0.6, 1.0 };
  const LadderRgb *colour = &style->series[LADDER_SERIES_COUNCIL];
  double a = strength[band];

  fill->red = style->background.red * (1 - a) + colour->red * a;
  fill->green = style->background.green * (1 - a) + colour->green * a;
  fill->blue = style->background.blue * (1 - a) + colour->blue * a;
}

/**
 * ladder_band_letter_colour:
 * @style: colours
 * @band: a band
 *
 * Returns: (transfer none): black or white, whichever reads better on the
 *   band's fill: one of them always reaches WCAG's 4.5 to 1, which the
 *   style's own ink and background do not on a mid shade.
 */
const LadderRgb *
ladder_band_letter_colour (const LadderChartStyle *style,
                           LadderBand              band)
{
  static const LadderRgb black = { 0, 0, 0 }, white = { 1, 1, 1 };
  LadderRgb fill;

  ladder_band_fill (style, band, &fill);
  return contrast (&black, &fill) >= contrast (&white, &fill) ? &black : &white;
}

static void
paint_band (cairo_t                *cr,
            PangoLayout            *layout,
            const LadderChartStyle *style,
            LadderBand              band,
            double                  x,
            double                  y,
            double                  size)
{
  char letter[2] = { ladder_band_to_char (band), 0 };

  if (band != LADDER_BAND_NONE)
    {
      LadderRgb fill;

      ladder_band_fill (style, band, &fill);
      cairo_rectangle (cr, x, y, size * 1.4, size);
      set_rgb (cr, &fill, 1);
      cairo_fill_preserve (cr);
      set_rgb (cr, &style->ink, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  set_rgb (cr, band != LADDER_BAND_NONE ? ladder_band_letter_colour (style, band) : &style->ink, 1);
  show_text (cr, layout, letter, x + size * 0.7, y + size / 2, 0.5, 0.5);
  /* What is drawn next is in ink again, whatever the letter took. */
  set_rgb (cr, &style->ink, 1);
}

/* The change since the period before, in words; "–" when unknown. */
static char *
change_text (const LadderScorecardRow *row)
{
  if (row->change.status != LADDER_STAT_OK)
    return g_strdup ("–");
  if (row->change.change == 0 || row->polarity == LADDER_POLARITY_NONE)
    return g_strdup_printf ("%+.*f", row->decimals, row->change.change);
  return g_strdup_printf ("%+.*f %s", row->decimals, row->change.change, row->change.improved ? "better" : "worse");
}

/* The room before the change's words: an arrow the way the figure moved. */
static double
arrow_width (double row_height)
{
  return 2.6 * row_height * 0.35;
}

static void
paint_change (cairo_t                  *cr,
              PangoLayout              *layout,
              const LadderChartStyle   *style,
              const LadderScorecardRow *row,
              double                    x,
              double                    y,
              double                    size)
{
  g_autofree char *text = change_text (row);
  double s = size * 0.35;

  set_rgb (cr, &style->ink, 1);
  if (row->change.status == LADDER_STAT_OK && row->change.change != 0)
    {
      double dir = row->change.change > 0 ? -1 : 1;

      cairo_move_to (cr, x + s, y + dir * s);
      cairo_line_to (cr, x + 2 * s, y - dir * s);
      cairo_line_to (cr, x, y - dir * s);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  show_text (cr, layout, text, x + arrow_width (size), y, 0, 0.5);
}

static void
paint_sparkline (cairo_t                  *cr,
                 const LadderChartStyle   *style,
                 const LadderScorecardRow *row,
                 double                    x,
                 double                    y,
                 double                    width,
                 double                    height)
{
  double low = INFINITY, high = -INFINITY;

  if (row->n_recent < 2)
    return;
  for (guint i = 0; i < row->n_recent; i++)
    {
      low = MIN (low, row->recent[i]);
      high = MAX (high, row->recent[i]);
    }
  if (high <= low)
    high = low + 1;
  cairo_new_path (cr);
  for (guint i = 0; i < row->n_recent; i++)
    cairo_line_to (cr, x + width * i / (row->n_recent - 1),
                   y + height - (row->recent[i] - low) / (high - low) * height);
  set_rgb (cr, &style->series[LADDER_SERIES_COUNCIL], 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

typedef enum
{
  COLUMN_MEASURE,
  COLUMN_PERIOD,
  COLUMN_FIGURE,
  COLUMN_NEIGHBOURS,
  COLUMN_ENGLAND,
  COLUMN_BAND,
  COLUMN_RANK,
  COLUMN_CHANGE,
  COLUMN_TREND,
  N_COLUMNS
} Column;

static const char * const headers[N_COLUMNS] = {
  "Measure", "Period", "Figure", "Neighbours", "England", "Band", "Rank", "Change", "Trend",
};

/* The order columns give way in when the width runs out; the scorecard's
 * table, beside or under it, keeps every one. */
static const Column give_way[] = { COLUMN_TREND, COLUMN_ENGLAND, COLUMN_NEIGHBOURS, COLUMN_PERIOD, COLUMN_RANK };

/* The least room a row takes: its words still legible. */
#define MIN_ROW_HEIGHT 18
#define MAX_ROW_HEIGHT 28

typedef struct
{
  double row_height;
  double gap;               /* the least space between columns */
  double x[N_COLUMNS];      /* where each column starts */
  double width[N_COLUMNS];  /* 0 for a column left out */
} Columns;

/* What a row writes in a column, or NULL for a drawing (band, trend). */
static char *
cell_text (const LadderScorecardRow *row,
           Column                    column)
{
  switch (column)
    {
    case COLUMN_MEASURE:
      return g_strdup (row->name);
    case COLUMN_PERIOD:
      return row->period_label == NULL ? g_strdup ("–")
             : row->latest_label != NULL ? g_strdup_printf ("%s (older)", row->period_label)
             : g_strdup (row->period_label);
    case COLUMN_FIGURE:
      return isnan (row->value) ? g_strdup ("no figure") : g_strdup_printf ("%.*f", row->decimals, row->value);
    case COLUMN_NEIGHBOURS:
      /* A neighbours' average from too few of them is marked, as on the trend. */
      return row->neighbours.status != LADDER_STAT_OK ? g_strdup ("–")
             : g_strdup_printf ("%.*f%s", row->decimals, row->neighbours.mean, row->neighbours.thin ? " (few)" : "");
    case COLUMN_ENGLAND:
      return isnan (row->england) ? g_strdup ("–") : g_strdup_printf ("%.*f", row->decimals, row->england);
    case COLUMN_RANK:
      return row->rank.status == LADDER_STAT_OK ? g_strdup_printf ("%u of %u", row->rank.rank, row->rank.n)
                                                : g_strdup ("–");
    case COLUMN_CHANGE:
      return change_text (row);
    case COLUMN_BAND:
    case COLUMN_TREND:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  g_autofree char *safe = ladder_sanitise_for_paper (text, LADDER_SANITISE_ONE_LINE);
  int w;

  pango_layout_set_text (layout, safe, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* The room each column needs for its heading and its widest cell. */
static void
measure_columns (PangoLayout               *layout,
                 const LadderScorecardData *data,
                 Columns                   *columns)
{
  double band = columns->row_height * 0.7 * 1.4;

  for (Column c = 0; c < N_COLUMNS; c++)
    columns->width[c] = text_width (layout, headers[c]);
  columns->width[COLUMN_BAND] = MAX (columns->width[COLUMN_BAND], band);
  columns->width[COLUMN_TREND] = MAX (columns->width[COLUMN_TREND], columns->row_height * 2.5);
  for (guint i = 0; i < data->n_rows; i++)
    for (Column c = 0; c < N_COLUMNS; c++)
      {
        g_autofree char *text = cell_text (&data->rows[i], c);

        if (text != NULL)
          columns->width[c] = MAX (columns->width[c], text_width (layout, text) +
                                   (c == COLUMN_CHANGE ? arrow_width (columns->row_height) : 0));
      }
}

/* The columns across @width: the measure's name takes what the others
 * leave, and they give way one by one until it has a fair share. */
static void
place_columns (Columns *columns,
               double   width)
{
  double widest_name = columns->width[COLUMN_MEASURE];
  double fair = MIN (widest_name, MAX (width * 0.25, 90));
  double others = 0, spare;
  guint n_shown = 0;

  for (Column c = COLUMN_PERIOD; c < N_COLUMNS; c++)
    others += columns->width[c] + columns->gap;
  for (guint k = 0; k < G_N_ELEMENTS (give_way) && width - others < fair; k++)
    {
      others -= columns->width[give_way[k]] + columns->gap;
      columns->width[give_way[k]] = 0;
    }
  columns->width[COLUMN_MEASURE] = MAX (MIN (widest_name, width - others), 20);
  /* Room to spare is shared between the gaps. */
  for (Column c = COLUMN_PERIOD; c < N_COLUMNS; c++)
    n_shown += columns->width[c] > 0;
  spare = MAX (0, width - others - columns->width[COLUMN_MEASURE]) / MAX (n_shown, 1);
  columns->x[COLUMN_MEASURE] = 0;
  for (Column c = COLUMN_PERIOD, last = COLUMN_MEASURE; c < N_COLUMNS; c++)
    if (columns->width[c] > 0)
      {
        columns->x[c] = columns->x[last] + columns->width[last] + columns->gap + spare;
        last = c;
      }
}

/**
 * ladder_scorecard_get_min_height:
 * @data: the scorecard
 *
 * Returns: the height the scorecard needs for every row to be legible:
 *   drawn in less, its rows are too small to read.
 */
double
ladder_scorecard_get_min_height (const LadderScorecardData *data)
{
  return MIN_ROW_HEIGHT * (data->n_rows + 1.5);
}

static void
paint_row (cairo_t                  *cr,
           PangoLayout              *layout,
           const LadderChartStyle   *style,
           const LadderScorecardRow *row,
           const Columns            *columns,
           double                    y)
{
  double h = columns->row_height;

  set_rgb (cr, &style->ink, 1);
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *text = NULL;

      if (columns->width[c] <= 0 || (isnan (row->value) && c > COLUMN_FIGURE))
        continue;
      if (c == COLUMN_BAND)
        paint_band (cr, layout, style, row->band, columns->x[c], y - h * 0.35, h * 0.7);
      else if (c == COLUMN_CHANGE)
        paint_change (cr, layout, style, row, columns->x[c], y, h);
      else if (c == COLUMN_TREND)
        paint_sparkline (cr, style, row, columns->x[c], y - h * 0.3, columns->width[c], h * 0.6);
      else if ((text = cell_text (row, c)) != NULL)
        {
          /* Only the measure's name may be cut short: the table has it whole. */
          pango_layout_set_width (layout, c == COLUMN_MEASURE ? (int) (columns->width[c] * PANGO_SCALE) : -1);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          show_text (cr, layout, text, columns->x[c], y, 0, 0.5);
        }
    }
  pango_layout_set_width (layout, -1);
}

/**
 * ladder_paint_scorecard:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area: ladder_scorecard_get_min_height() or
 *   more for legible rows
 * @data: the scorecard
 * @style: colours and font
 * @frame: (out) (optional): where the rows went (y is the row)
 *
 * Draws a table: measure, period, figure, neighbours' average, England,
 * band, rank, change and trend, one row per measure, with a header. Each
 * column is as wide as its widest cell; when the width runs out the trend,
 * England, neighbours, period and rank give way, in that order, before the
 * measure's name is cut short.
 */
void
ladder_paint_scorecard (cairo_t                   *cr,
                        double                     width,
                        double                     height,
                        const LadderScorecardData *data,
                        const LadderChartStyle    *style,
                        LadderChartFrame          *frame)
{
  Columns columns = { MIN (MAX_ROW_HEIGHT, height / (data->n_rows + 1.5)) };
  double text_size = CLAMP (columns.row_height * 0.5, 7, 13);
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text_size);
  double row_height = columns.row_height;

  columns.gap = text_size;
  measure_columns (layout, data, &columns);
  /* A little room at the right, so that the last column does not touch the edge. */
  place_columns (&columns, width - 4);
  cairo_save (cr);
  set_rgb (cr, &style->background, 1);
  cairo_paint (cr);
  set_rgb (cr, &style->ink, 1);
  for (Column c = 0; c < N_COLUMNS; c++)
    if (columns.width[c] > 0)
      show_text (cr, layout, headers[c], columns.x[c], row_height / 2, 0, 0.5);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, row_height + 0.5);
  cairo_line_to (cr, width, row_height + 0.5);
  cairo_stroke (cr);
  for (guint i = 0; i < data->n_rows; i++)
    {
      double y = row_height * (i + 1.5);

      if (i % 2 == 1)
        {
          set_rgb (cr, &style->grid, 0.35);
          cairo_rectangle (cr, 0, y - row_height / 2, width, row_height);
          cairo_fill (cr);
        }
      paint_row (cr, layout, style, &data->rows[i], &columns, y);
    }
  cairo_restore (cr);
  if (frame != NULL)
    *frame = (LadderChartFrame) { 0, row_height, width, row_height * data->n_rows,
                                  0, 1, 0, MAX (data->n_rows, 1) };
}

/**
 * ladder_paint_figure_chip:
 * @cr: where to draw
 * @width: the width of the area
 * @height: the height of the area
 * @row: one measure's latest figure for a council
 * @style: colours and font
 *
 * Draws one scorecard row small, for a question: the band in its box (the
 * letter as well as the shade) and the recent trend line beside it.
 */
void
ladder_paint_figure_chip (cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const LadderScorecardRow *row,
                          const LadderChartStyle   *style)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, CLAMP (height * 0.45, 7, 13));
  double size = height * 0.8;

  cairo_save (cr);
  if (!isnan (row->value))
    {
      paint_band (cr, layout, style, row->band, 1, (height - size) / 2, size);
      paint_sparkline (cr, style, row, size * 1.4 + 8, height * 0.15, width - size * 1.4 - 10, height * 0.7);
    }
  cairo_restore (cr);
}
