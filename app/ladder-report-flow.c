/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's flow layout, shared by its parts through
 * ladder-report-private.h: pages with the running header and the page
 * number, paragraphs that break between lines, bullets whose mark stays
 * beside their first line, headings with bookmarks, and tables that break
 * between rows and repeat their headings. Text is laid out left to right
 * whatever a name in it begins with (each name from a file is isolated by
 * ladder_sanitise_for_paper()), and the running header is cut short to fit
 * one line. */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "ladder-report-private.h"
#include "ladder-sanitise.h"

#define RUNNING_TITLE "board paper on support to improve children’s services"

/* Layouts measured the same whatever they are drawn on (PDF, a printer or
 * the sink), so that every page breaks in the same place. */
static PangoLayout *
layout_new (double size)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoLayout *layout;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  layout = pango_layout_new (context);
  g_object_unref (context);
  /* The paper is in English, left to right, whatever the first strong
   * character of a name that begins a paragraph. */
  pango_layout_set_auto_dir (layout, FALSE);
  if (size > 0)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
    }
  return layout;
}

static gboolean
fits_header (PangoLayout *chrome,
             const char  *text)
{
  int width;

  pango_layout_set_text (chrome, text, -1);
  pango_layout_get_size (chrome, &width, NULL);
  return width <= CONTENT_WIDTH * PANGO_SCALE;
}

/* The header with the first @n characters of @name and an ellipsis. */
static char *
header_cut_short (const char *name,
                  glong       n)
{
  g_autofree char *start = g_strndup (name, g_utf8_offset_to_pointer (name, n) - name);

  return g_strdup_printf (LADDER_FIRST_STRONG_ISOLATE "%s…" LADDER_POP_DIRECTIONAL_ISOLATE ": %s",
                          g_strchomp (start), RUNNING_TITLE);
}

/* "Council: board paper on…" for the top of each page but the cover, on
 * one line: a name too long for it is cut short with an ellipsis (the
 * cover has it whole). @council is as ladder_report_safe_text() gives it:
 * isolated, and cut inside the isolate. */
static char *
running_header (PangoLayout *chrome,
                const char  *council)
{
  const char *inner = council;
  gsize inner_length = strlen (council);
  char *text = g_strdup_printf ("%s: %s", council, RUNNING_TITLE);
  glong low = 0, high;

  if (fits_header (chrome, text))
    return text;
  g_free (text);
  if (g_str_has_prefix (council, LADDER_FIRST_STRONG_ISOLATE) &&
      g_str_has_suffix (council, LADDER_POP_DIRECTIONAL_ISOLATE))
    {
      inner += strlen (LADDER_FIRST_STRONG_ISOLATE);
      inner_length -= strlen (LADDER_FIRST_STRONG_ISOLATE) + strlen (LADDER_POP_DIRECTIONAL_ISOLATE);
    }
  /* The most characters of the name that fit, found by halving. */
  high = g_utf8_strlen (inner, (gssize) inner_length);
  while (low < high)
    {
      glong middle = (low + high + 1) / 2;
      g_autofree char *candidate = header_cut_short (inner, middle);

      if (fits_header (chrome, candidate))
        low = middle;
      else
        high = middle - 1;
    }
  return header_cut_short (inner, low);
}

static void
set_font (Paper    *p,
          double    size,
          gboolean  bold)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->layout, font);
  pango_layout_set_attributes (p->layout, NULL);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
}

/* Header and footer text, in a layout of their own: a page may begin in
 * the middle of a paragraph whose layout is still being drawn. */
static void
show_at (Paper      *p,
         const char *text,
         double      x,
         double      y,
         double      grey)
{
  pango_layout_set_text (p->chrome, text, -1);
  cairo_set_source_rgb (p->cr, grey, grey, grey);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->chrome);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

/* Starts the next page: the running header (on every page but the first)
 * and the page's number at the foot. */
void
ladder_report_new_page (Paper *p)
{
  g_autofree char *number = NULL;
  int width;

  if (p->page > 0 && p->target_page < 0)
    cairo_show_page (p->cr);
  p->page++;
  if (p->target_page >= 0)
    p->cr = p->page == p->target_page ? p->target : p->sink;
  p->y = MARGIN;
  if (p->page > 1)
    {
      show_at (p, p->running, MARGIN, MARGIN - 30, 0.35);
      cairo_set_source_rgb (p->cr, 0.7, 0.7, 0.7);
      cairo_set_line_width (p->cr, 0.5);
      cairo_move_to (p->cr, MARGIN, MARGIN - 14);
      cairo_line_to (p->cr, MARGIN + CONTENT_WIDTH, MARGIN - 14);
      cairo_stroke (p->cr);
    }
  number = g_strdup_printf ("Page %d", p->page);
  pango_layout_set_text (p->chrome, number, -1);
  pango_layout_get_pixel_size (p->chrome, &width, NULL);
  show_at (p, number, (PAGE_WIDTH - width) / 2, BOTTOM + 20, 0.35);
}

/* Starts a new page unless @height points still fit on this one: what
 * must stay with the first lines that follow it. */
void
ladder_report_keep (Paper  *p,
                    double  height)
{
  if (p->y + height > BOTTOM)
    ladder_report_new_page (p);
}

/* Text that flows on to the next page between lines. */
void
ladder_report_flow (Paper      *p,
                    const char *text,
                    gboolean    markup,
                    double      size,
                    gboolean    bold,
                    double      indent,
                    double      after)
{
  PangoLayoutIter *iter;

  set_font (p, size, bold);
  pango_layout_set_width (p->layout, (int) ((CONTENT_WIDTH - indent) * PANGO_SCALE));
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (p->layout, text, -1);
  else
    pango_layout_set_text (p->layout, text, -1);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
  iter = pango_layout_get_iter (p->layout);
  do
    {
      PangoRectangle logical;
      double height;
      int baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (iter);
      height = logical.height / (double) PANGO_SCALE;
      if (p->y + height > BOTTOM)
        ladder_report_new_page (p);
      cairo_move_to (p->cr, MARGIN + indent + logical.x / (double) PANGO_SCALE,
                     p->y + (baseline - logical.y) / (double) PANGO_SCALE);
      pango_cairo_show_layout_line (p->cr, pango_layout_iter_get_line_readonly (iter));
      p->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  p->y += after;
}

/* A paragraph of body text. */
void
ladder_report_paragraph (Paper      *p,
                         const char *text)
{
  ladder_report_flow (p, text, FALSE, BODY_SIZE, FALSE, 0, 6);
}

/* Body text beside @mark (a bullet, a number), indented by @indent points. */
void
ladder_report_bullet (Paper      *p,
                      const char *mark,
                      const char *text,
                      double      indent)
{
  PangoRectangle first, logical;

  /* The mark beside the first line: the page is chosen for that line
   * first, and the mark drawn before the rest of the text can move on to
   * the next page. */
  set_font (p, BODY_SIZE, FALSE);
  pango_layout_set_width (p->layout, (int) ((CONTENT_WIDTH - indent - 14) * PANGO_SCALE));
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (p->layout, text, -1);
  pango_layout_line_get_extents (pango_layout_get_line_readonly (p->layout, 0), NULL, &first);
  pango_layout_set_width (p->layout, -1);
  pango_layout_set_text (p->layout, mark, -1);
  pango_layout_get_extents (p->layout, NULL, &logical);
  ladder_report_keep (p, MAX (first.height, logical.height) / (double) PANGO_SCALE);
  cairo_move_to (p->cr, MARGIN + indent, p->y);
  pango_cairo_show_layout (p->cr, p->layout);
  ladder_report_flow (p, text, FALSE, BODY_SIZE, FALSE, indent + 14, 3);
}

/* A heading, kept with what follows, and a bookmark to it: sections at the
 * top level, their parts beneath. */
void
ladder_report_heading (Paper      *p,
                       int         level,
                       const char *text,
                       gboolean    new_page_first)
{
  double size = level == 1 ? 17 : 12.5;
  g_autofree char *link = NULL;
  int id;

  if (new_page_first || p->y + size * 5 > BOTTOM)
    ladder_report_new_page (p);
  else
    p->y += level == 1 ? 12 : 8;
  if (p->surface != NULL)
    {
      link = g_strdup_printf ("page=%d pos=[%.1f %.1f]", p->page, MARGIN, p->y);
      id = cairo_pdf_surface_add_outline (p->surface, level == 1 ? CAIRO_PDF_OUTLINE_ROOT : p->outline, text,
                                          link, 0);
      if (level == 1)
        p->outline = id;
    }
  ladder_report_flow (p, text, FALSE, size, TRUE, 0, level == 1 ? 8 : 4);
}

static void
measure_cell (Paper      *p,
              const char *text,
              double     *longest_word,
              double     *natural)
{
  int w;

  pango_layout_set_text (p->layout, text, -1);
  pango_layout_set_width (p->layout, -1);
  pango_layout_get_pixel_size (p->layout, &w, NULL);
  *natural = MAX (*natural, w);
  /* Wrapped as narrow as it goes: its widest word. */
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD);
  pango_layout_set_width (p->layout, PANGO_SCALE);
  pango_layout_get_pixel_size (p->layout, &w, NULL);
  *longest_word = MAX (*longest_word, w);
}

/* Widest words wider than the page between them (a word of 2,000 letters
 * from a file) are cut to fit: the narrower columns keep theirs, and the
 * wider share what is left equally, their words broken where they must. */
static void
fit_widest_words (double *widths,
                  guint   n)
{
  double total = 0, cap = CONTENT_WIDTH / n;
  guint wide = n + 1;

  for (guint c = 0; c < n; c++)
    total += widths[c];
  if (total <= CONTENT_WIDTH)
    return;
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
}

/* Column widths: every column gets its widest word (as far as the page
 * allows); what room is left goes to the columns in proportion to how much
 * more they would take unwrapped. */
static void
column_widths (Paper             *p,
               const LadderTable *table,
               double             size,
               double            *widths)
{
  guint n = ladder_table_get_n_columns (table);
  g_autofree double *natural = g_new0 (double, n);
  double spare = CONTENT_WIDTH, wanted = 0;

  for (guint c = 0; c < n; c++)
    {
      widths[c] = 0;
      set_font (p, size, TRUE);
      measure_cell (p, ladder_table_get_header (table, c), &widths[c], &natural[c]);
      set_font (p, size, FALSE);
      for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
        measure_cell (p, ladder_table_get (table, r, c), &widths[c], &natural[c]);
      widths[c] += 8;
      natural[c] += 8;
    }
  fit_widest_words (widths, n);
  for (guint c = 0; c < n; c++)
    {
      spare -= widths[c];
      wanted += natural[c] - widths[c];
    }
  for (guint c = 0; c < n && spare > 0 && wanted > 0; c++)
    widths[c] += (natural[c] - widths[c]) * MIN (1, spare / wanted);
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

static double
table_row (Paper             *p,
           const LadderTable *table,
           int                row,
           const double      *widths,
           double             size,
           gboolean           draw)
{
  guint n = ladder_table_get_n_columns (table);
  double x = MARGIN, height = 0;

  set_font (p, size, row < 0);
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  for (guint c = 0; c < n; c++)
    {
      int h;

      cell_layout (p, table, row, c, widths[c]);
      pango_layout_get_pixel_size (p->layout, NULL, &h);
      if (draw)
        {
          cairo_move_to (p->cr, x + 4, p->y + 3);
          pango_cairo_show_layout (p->cr, p->layout);
        }
      height = MAX (height, h + 6);
      x += widths[c];
    }
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

/* The headings on their grey band; returns their height. */
static double
table_headings (Paper             *p,
                const LadderTable *table,
                const double      *widths,
                double             size,
                double             width)
{
  double height = table_row (p, table, -1, widths, size, FALSE);

  cairo_set_source_rgb (p->cr, 0.9, 0.9, 0.9);
  cairo_rectangle (p->cr, MARGIN, p->y, width, height);
  cairo_fill (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
  table_row (p, table, -1, widths, size, TRUE);
  return height;
}

/* A row taller than a page (a long text from a file), a page at a time:
 * each cell's lines go down the page until the next would not fit, and
 * go on on the next page, beneath the headings again. */
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

  set_font (p, size, FALSE);
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
      for (guint c = 0; c < n; c++)
        {
          double y = p->y + 3;

          while (lines[c] != NULL)
            {
              PangoRectangle logical;
              double height;

              pango_layout_iter_get_line_extents (lines[c], NULL, &logical);
              height = logical.height / (double) PANGO_SCALE;
              /* At least one line a page, so the row always moves on. */
              if (y + height > BOTTOM - 3 && y > p->y + 3)
                {
                  more = TRUE;
                  break;
                }
              cairo_move_to (p->cr, x + 4 + logical.x / (double) PANGO_SCALE,
                             y + (pango_layout_iter_get_baseline (lines[c]) - logical.y) / (double) PANGO_SCALE);
              pango_cairo_show_layout_line (p->cr, pango_layout_iter_get_line_readonly (lines[c]));
              y += height;
              if (!pango_layout_iter_next_line (lines[c]))
                g_clear_pointer (&lines[c], pango_layout_iter_free);
            }
          used = MAX (used, y + 3 - p->y);
          x += widths[c];
        }
      p->y += used;
      if (more)
        {
          ladder_report_new_page (p);
          p->y += table_headings (p, table, widths, size, width);
        }
    }
}

/* A table that breaks between rows and repeats its headings; a row taller
 * than a page breaks between its lines. */
void
ladder_report_table (Paper             *p,
                     const LadderTable *table,
                     double             size)
{
  guint n = ladder_table_get_n_columns (table);
  g_autofree double *widths = g_new0 (double, n);
  double header, width = 0;

  column_widths (p, table, size, widths);
  for (guint c = 0; c < n; c++)
    width += widths[c];
  header = table_row (p, table, -1, widths, size, FALSE);
  if (p->y + header + 20 > BOTTOM)
    ladder_report_new_page (p);
  p->y += table_headings (p, table, widths, size, width);
  rule (p, width);
  for (guint r = 0; r < ladder_table_get_n_rows (table); r++)
    {
      double height = table_row (p, table, (int) r, widths, size, FALSE);
      gboolean tall = height > BOTTOM - MARGIN - header;

      /* A row goes whole to the next page, or if no page could hold it,
       * starts here when a few of its lines fit. */
      if (p->y + (tall ? size * 3 : height) > BOTTOM)
        {
          ladder_report_new_page (p);
          p->y += table_headings (p, table, widths, size, width);
        }
      if (tall)
        tall_row (p, table, (int) r, widths, size, width);
      else
        {
          table_row (p, table, (int) r, widths, size, TRUE);
          p->y += height;
        }
      rule (p, width);
    }
  p->y += 10;
}
/**
 * ladder_report_begin:
 * @p: a paper with nothing laid out yet
 * @council: the council's name, as ladder_report_safe_text() gives it
 *
 * Makes the layouts the paper is measured and drawn with, and the running
 * header.
 */
void
ladder_report_begin (Paper      *p,
                     const char *council)
{
  p->layout = layout_new (0);
  p->chrome = layout_new (8);
  p->running = running_header (p->chrome, council);
}

/**
 * ladder_report_end:
 * @p: a paper laid out
 *
 * Frees what ladder_report_begin() made.
 */
void
ladder_report_end (Paper *p)
{
  g_clear_object (&p->layout);
  g_clear_object (&p->chrome);
  g_clear_pointer (&p->running, g_free);
}
