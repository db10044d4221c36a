/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's tables: columns as wide as their words need (a short
 * cell such as "17 of 20" never wraps), rows that break between pages
 * with the headings repeated, and a row taller than a page split between
 * its lines. Tagged as a table of header and data cells; the headings
 * repeated on a later page are left untagged, so a screen reader reads
 * them once. */
#include "config.h"

#include "ladder-report-private.h"

/* A cell this wide or narrower ("17 of 20", "2025", "+2.5") is kept on
 * one line: broken, it reads as two figures. */
#define SHORT_CELL (CONTENT_WIDTH * 0.12)

static void
measure_cell (Paper      *p,
              const char *text,
              double     *narrowest,
              double     *natural)
{
  int w;

  pango_layout_set_text (p->layout, text, -1);
  pango_layout_set_width (p->layout, -1);
  pango_layout_get_pixel_size (p->layout, &w, NULL);
  *natural = MAX (*natural, w);
  if (w <= SHORT_CELL)
    {
      *narrowest = MAX (*narrowest, w);
      return;
    }
  /* Wrapped as narrow as it goes: its widest word. */
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD);
  pango_layout_set_width (p->layout, PANGO_SCALE);
  pango_layout_get_pixel_size (p->layout, &w, NULL);
  *narrowest = MAX (*narrowest, w);
}

/* Widest words wider than the page between them (a word of 2,000 letters
 * from a file) are cut to fit: the narrower columns keep theirs, and the
 * wider share what is left equally, their words broken where they must. */
static gboolean
fit_widest_words (double *widths,
                  guint   n)
{
  double total = 0, cap = CONTENT_WIDTH / n;
  guint wide = n + 1;

  for (guint c = 0; c < n; c++)
    total += widths[c];
  if (total <= CONTENT_WIDTH)
    return TRUE;
  for (;;)
    {
      double narrow = 0;
      guint now_wide = 0;

      for (guint c = 0; c < n; c++)
        if (widths[c] <= cap)
          narrow += widths[c];
        else
          now_wide++;
      if (now_wide == wide || now_wide == 0)
        break;
      wide = now_wide;
      cap = (CONTENT_WIDTH - narrow) / wide;
    }
  for (guint c = 0; c < n; c++)
    widths[c] = MIN (widths[c], cap);
  return FALSE;
}

/* Shares out @spare points between the columns in proportion to how much
 * more each would take to reach @wanted, never past it. */
static void
grow (double       *widths,
      const double *wanted,
      guint         n,
      double       *spare)
{
  double short_by = 0, given = 0;

  for (guint c = 0; c < n; c++)
    short_by += MAX (0, wanted[c] - widths[c]);
  for (guint c = 0; c < n && *spare > 0 && short_by > 0; c++)
    {
      double more = MAX (0, wanted[c] - widths[c]) * MIN (1, *spare / short_by);

      widths[c] += more;
      given += more;
    }
  *spare -= given;
}

/* Column widths: every column gets its widest word, or its widest short
 * cell whole (as far as the page allows); what room is left goes first to
 * the cells, so that they wrap as little as they can, and only then to
 * the headings, which wrap before a figure or a name does. */
static gboolean
column_widths (Paper             *p,
               const LadderTable *table,
               double             size,
               double            *widths)
{
  gboolean fit;
  guint n = ladder_table_get_n_columns (table);
  g_autofree double *cells = g_new0 (double, n);
  g_autofree double *whole = g_new0 (double, n);
  double spare = CONTENT_WIDTH;

  for (guint c = 0; c < n; c++)
    {
      widths[c] = 0;
      ladder_report_set_font (p, size, FALSE);
      for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
        measure_cell (p, ladder_table_get (table, r, c), &widths[c], &cells[c]);
      whole[c] = cells[c];
      ladder_report_set_font (p, size, TRUE);
      measure_cell (p, ladder_table_get_header (table, c), &widths[c], &whole[c]);
      widths[c] += 8;
      cells[c] += 8;
      whole[c] += 8;
    }
  fit = fit_widest_words (widths, n);
  for (guint c = 0; c < n; c++)
    spare -= widths[c];
  grow (widths, cells, n, &spare);
  grow (widths, whole, n, &spare);
  return fit;
}

/* Sets the paper's layout to a cell of @row (-1 for the headings). */
static void
cell_layout (Paper             *p,
             const LadderTable *table,
             int                row,
             guint              column,
             double             width)
{
  const char *text = row < 0 ? ladder_table_get_header (table, column) : ladder_table_get (table, row, column);

  pango_layout_set_width (p->layout, (int) ((width - 8) * PANGO_SCALE));
  pango_layout_set_alignment (p->layout, ladder_table_is_numeric (table, column) ? PANGO_ALIGN_RIGHT
                                                                                : PANGO_ALIGN_LEFT);
  /* A figure the chart could not draw says so. */
  pango_layout_set_text (p->layout, *text == '\0' && row >= 0 && ladder_table_is_numeric (table, column)
                                    ? "–" : text, -1);
}

/* A row's height; with @tag ("TH", "TD") it is drawn too, each cell so
 * tagged, and with "" drawn untagged. */
static double
table_row (Paper             *p,
           const LadderTable *table,
           int                row,
           const double      *widths,
           double             size,
           const char        *tag)
{
  guint n = ladder_table_get_n_columns (table);
  double x = MARGIN, height = 0;

  ladder_report_set_font (p, size, row < 0);
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  if (tag != NULL && *tag != '\0')
    ladder_report_tag_begin (p, "TR");
  for (guint c = 0; c < n; c++)
    {
      int h;

      cell_layout (p, table, row, c, widths[c]);
      pango_layout_get_pixel_size (p->layout, NULL, &h);
      if (tag != NULL)
        {
          if (*tag != '\0')
            ladder_report_leaf_begin (p, tag);
          cairo_move_to (p->cr, x + 4, p->y + 3);
          pango_cairo_show_layout (p->cr, p->layout);
          if (*tag != '\0')
            ladder_report_leaf_end (p);
        }
      height = MAX (height, h + 6);
      x += widths[c];
    }
  if (tag != NULL && *tag != '\0')
    ladder_report_tag_end (p, "TR");
  return height;
}

/* The line under a row. */
static void
rule (Paper  *p,
      double  width)
{
  cairo_set_source_rgb (p->cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (p->cr, 0.5);
  cairo_move_to (p->cr, MARGIN, p->y);
  cairo_line_to (p->cr, MARGIN + width, p->y);
  cairo_stroke (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

/* The headings on their grey band, tagged the first time only; returns
 * their height. */
static double
table_headings (Paper             *p,
                const LadderTable *table,
                const double      *widths,
                double             size,
                double             width,
                gboolean           first)
{
  double height = table_row (p, table, -1, widths, size, NULL);

  cairo_set_source_rgb (p->cr, 0.9, 0.9, 0.9);
  cairo_rectangle (p->cr, MARGIN, p->y, width, height);
  cairo_fill (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
  table_row (p, table, -1, widths, size, first ? "TH" : "");
  return height;
}

/* The next page, beneath the table's headings again. */
static void
continue_table (Paper             *p,
                const LadderTable *table,
                const double      *widths,
                double             size,
                double             width)
{
  ladder_report_new_page (p);
  p->y += table_headings (p, table, widths, size, width, FALSE);
}

/* One cell's lines from @line down the page until the next would not fit
 * (at least one, so the row always moves on); returns where they end. */
static double
cell_lines (Paper            *p,
            PangoLayoutIter **line,
            double            x,
            gboolean         *more)
{
  double y = p->y + 3;

  ladder_report_leaf_begin (p, "TD");
  while (*line != NULL)
    {
      PangoRectangle logical;
      double height;

      pango_layout_iter_get_line_extents (*line, NULL, &logical);
      height = logical.height / (double) PANGO_SCALE;
      if (y + height > BOTTOM - 3 && y > p->y + 3)
        {
          *more = TRUE;
          break;
        }
      cairo_move_to (p->cr, x + 4 + logical.x / (double) PANGO_SCALE,
                     y + (pango_layout_iter_get_baseline (*line) - logical.y) / (double) PANGO_SCALE);
      pango_cairo_show_layout_line (p->cr, pango_layout_iter_get_line_readonly (*line));
      y += height;
      if (!pango_layout_iter_next_line (*line))
        g_clear_pointer (line, pango_layout_iter_free);
    }
  ladder_report_leaf_end (p);
  return y;
}

/* A row taller than a page (a long text from a file), a page at a time:
 * each cell's lines go down the page until the next would not fit, and
 * go on on the next page, beneath the headings again, as a row of its
 * own to a screen reader. */
static void
tall_row (Paper             *p,
          const LadderTable *table,
          int                row,
          const double      *widths,
          double             size,
          double             width)
{
  guint n = ladder_table_get_n_columns (table);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree PangoLayoutIter **lines = g_new0 (PangoLayoutIter *, n);
  gboolean more = TRUE;

  ladder_report_set_font (p, size, FALSE);
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  for (guint c = 0; c < n; c++)
    {
      cell_layout (p, table, row, c, widths[c]);
      g_ptr_array_add (layouts, pango_layout_copy (p->layout));
      lines[c] = pango_layout_get_iter (layouts->pdata[c]);
    }
  while (more)
    {
      double x = MARGIN, used = 0;

      more = FALSE;
      ladder_report_tag_begin (p, "TR");
      for (guint c = 0; c < n; c++)
        {
          double end = cell_lines (p, &lines[c], x, &more);

          used = MAX (used, end + 3 - p->y);
          x += widths[c];
        }
      ladder_report_tag_end (p, "TR");
      p->y += used;
      if (more)
        continue_table (p, table, widths, size, width);
    }
}

/**
 * ladder_report_table:
 * @p: the paper being laid out
 * @table: the table, its text already as the paper shows it
 * @size: the text's size in points
 *
 * Lays out a table that breaks between rows and repeats its headings; a
 * row taller than a page breaks between its lines. Its headings and first
 * row stay with any heading above it.
 */
void
ladder_report_table (Paper             *p,
                     const LadderTable *table,
                     double             size)
{
  guint n = ladder_table_get_n_columns (table);
  g_autofree double *widths = g_new0 (double, n);
  double header, first = 0, width = 0;

  /* A table too wide for its words at this size (a chart's ten columns)
   * is set a little smaller, down to 6 points, rather than breaking a
   * heading inside a word. */
  while (!column_widths (p, table, size, widths) && size > 6)
    size = MAX (6, size - 0.5);
  for (guint c = 0; c < n; c++)
    width += widths[c];
  header = table_row (p, table, -1, widths, size, NULL);
  if (ladder_table_get_n_rows (table) > 0)
    first = MIN (table_row (p, table, 0, widths, size, NULL), size * 3);
  ladder_report_keep (p, header + first);
  ladder_report_tag_begin (p, "Table");
  p->y += table_headings (p, table, widths, size, width, TRUE);
  rule (p, width);
  for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
    {
      double height = table_row (p, table, (int) r, widths, size, NULL);
      gboolean tall = height > BOTTOM - MARGIN - header;

      /* A row goes whole to the next page, or if no page could hold it,
       * starts here when a few of its lines fit. */
      if (p->y + (tall ? size * 3 : height) > BOTTOM)
        continue_table (p, table, widths, size, width);
      if (tall)
        tall_row (p, table, (int) r, widths, size, width);
      else
        {
          table_row (p, table, (int) r, widths, size, "TD");
          p->y += height;
        }
      rule (p, width);
    }
  ladder_report_tag_end (p, "Table");
  p->y += 10;
}
