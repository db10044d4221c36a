/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board paper's flow layout, shared by its parts through
 * ladder-report-private.h: pages with the running header, the page number
 * and the protective marking; paragraphs that break between lines,
 * bullets whose mark stays beside their first line, headings with
 * bookmarks that wait for what follows them so that none is ever last on
 * a page, and figures kept whole. Text is laid out left to right whatever
 * a name in it begins with (each name from a file is isolated by
 * ladder_sanitise_for_paper()), and the running header is cut short to
 * fit one line.
 *
 * On the PDF, everything is tagged as it is drawn, in reading order: the
 * document, a section for each top-level heading, headings, paragraphs,
 * lists (nested as the bullets are indented) and figures. The header and
 * footer are left untagged, so a screen reader skips them: a tag that
 * text is going into is closed while the page turns and opened again. */
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

/**
 * ladder_report_set_font:
 * @p: the paper
 * @size: in points
 * @bold: whether bold
 *
 * Returns: (transfer none): the paper's layout, set to the font, left
 *   aligned and with no attributes.
 */
PangoLayout *
ladder_report_set_font (Paper    *p,
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
  return p->layout;
}

/* Structure tags ------------------------------------------------------------ */

/* Only the PDF has a structure tree: a printer's pages and the sink have
 * none. */
void
ladder_report_tag_begin (Paper      *p,
                         const char *tag)
{
  if (p->surface != NULL)
    cairo_tag_begin (p->cr, tag, "");
}

void
ladder_report_tag_end (Paper      *p,
                       const char *tag)
{
  if (p->surface != NULL)
    cairo_tag_end (p->cr, tag);
}

/* A tag that text or a drawing goes into: closed while the page turns, so
 * that the header and footer stay out of it (a screen reader skips what
 * no tag holds), and opened again after them. */
void
ladder_report_leaf_begin (Paper      *p,
                          const char *tag)
{
  g_assert (p->leaf == NULL);
  p->leaf = tag;
  ladder_report_tag_begin (p, tag);
}

void
ladder_report_leaf_end (Paper *p)
{
  g_assert (p->leaf != NULL);
  ladder_report_tag_end (p, p->leaf);
  p->leaf = NULL;
}

/* Pages --------------------------------------------------------------------- */

/* Header and footer text, in a layout of their own: a page may begin in
 * the middle of a paragraph whose layout is still being drawn. Centred
 * when @x is negative. */
static void
show_at (Paper      *p,
         const char *text,
         double      x,
         double      y,
         double      grey)
{
  int width;

  pango_layout_set_text (p->chrome, text, -1);
  pango_layout_get_pixel_size (p->chrome, &width, NULL);
  cairo_set_source_rgb (p->cr, grey, grey, grey);
  cairo_move_to (p->cr, x < 0 ? (PAGE_WIDTH - width) / 2 : x, y);
  pango_cairo_show_layout (p->cr, p->chrome);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

/* The protective marking, bold, centred at the top and the foot of every
 * page, as the Government Security Classifications ask. */
static void
show_marking (Paper *p)
{
  g_autofree char *markup = NULL;

  if (p->marking == NULL)
    return;
  markup = g_markup_printf_escaped ("<b>%s</b>", p->marking);
  pango_layout_set_markup (p->chrome, markup, -1);
  for (guint i = 0; i < 2; i++)
    {
      int width;

      pango_layout_get_pixel_size (p->chrome, &width, NULL);
      cairo_move_to (p->cr, (PAGE_WIDTH - width) / 2, i == 0 ? 12 : BOTTOM + 32);
      pango_cairo_show_layout (p->cr, p->chrome);
    }
  pango_layout_set_attributes (p->chrome, NULL);
}

/* The running header (on every page but the first), the page's number at
 * the foot and the marking, none of them tagged. */
static void
show_chrome (Paper *p)
{
  g_autofree char *number = g_strdup_printf ("%s %d", p->footer, p->page);

  if (p->page > 1)
    {
      show_at (p, p->running, MARGIN, MARGIN - 30, 0.35);
      cairo_set_source_rgb (p->cr, 0.7, 0.7, 0.7);
      cairo_set_line_width (p->cr, 0.5);
      cairo_move_to (p->cr, MARGIN, MARGIN - 14);
      cairo_line_to (p->cr, MARGIN + CONTENT_WIDTH, MARGIN - 14);
      cairo_stroke (p->cr);
    }
  show_at (p, number, -1, BOTTOM + 20, 0.35);
  show_marking (p);
}

/* Starts the next page now. */
void
ladder_report_new_page (Paper *p)
{
  const char *leaf = p->leaf;

  if (leaf != NULL)
    ladder_report_tag_end (p, leaf);
  if (p->page > 0 && p->target_page < 0)
    cairo_show_page (p->cr);
  p->page++;
  if (p->target_page >= 0)
    p->cr = p->page == p->target_page ? p->target : p->sink;
  p->y = MARGIN;
  p->break_next = FALSE;
  show_chrome (p);
  if (leaf != NULL)
    ladder_report_tag_begin (p, leaf);
}

/* Starts a page before whatever comes next, if anything does. */
void
ladder_report_break_page (Paper *p)
{
  p->break_next = TRUE;
}

/* Lists ------------------------------------------------------------------- */

static void
close_list (Paper *p)
{
  ladder_report_tag_end (p, "LI");
  ladder_report_tag_end (p, "L");
  g_array_set_size (p->lists, p->lists->len - 1);
}

static void
close_lists (Paper *p)
{
  while (p->lists->len > 0)
    close_list (p);
}

/* An item of the list at @indent: a list deeper than that ends, one at it
 * goes on, and a deeper one begins inside the item before. */
static void
list_item_begin (Paper  *p,
                 double  indent)
{
  while (p->lists->len > 0 && g_array_index (p->lists, double, p->lists->len - 1) > indent + 0.5)
    close_list (p);
  if (p->lists->len > 0 && g_array_index (p->lists, double, p->lists->len - 1) > indent - 0.5)
    ladder_report_tag_end (p, "LI");
  else
    {
      ladder_report_tag_begin (p, "L");
      g_array_append_val (p->lists, indent);
    }
  ladder_report_tag_begin (p, "LI");
}

/* Text -------------------------------------------------------------------- */

/* Sets the paper's layout to @text, wrapped @indent points in. */
static void
prepare (Paper      *p,
         const char *text,
         gboolean    markup,
         double      size,
         gboolean    bold,
         double      indent)
{
  ladder_report_set_font (p, size, bold);
  pango_layout_set_width (p->layout, (int) ((CONTENT_WIDTH - indent) * PANGO_SCALE));
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (p->layout, text, -1);
  else
    pango_layout_set_text (p->layout, text, -1);
}

/* The height of the prepared text's first @n lines. */
static double
first_lines (Paper *p,
             int    n)
{
  PangoRectangle logical;
  double height = 0;

  for (int i = 0; i < MIN (n, pango_layout_get_line_count (p->layout)); i++)
    {
      pango_layout_line_get_extents (pango_layout_get_line_readonly (p->layout, i), NULL, &logical);
      height += logical.height / (double) PANGO_SCALE;
    }
  return height;
}

/* The prepared text, tagged @tag, line by line on to the next page. */
static void
draw_lines (Paper      *p,
            const char *tag,
            double      indent,
            double      after)
{
  PangoLayoutIter *iter = pango_layout_get_iter (p->layout);

  cairo_set_source_rgb (p->cr, 0, 0, 0);
  ladder_report_leaf_begin (p, tag);
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
  ladder_report_leaf_end (p);
  p->y += after;
}

/* Headings ---------------------------------------------------------------- */

/* A heading waits until what follows it is laid out, so that the two go
 * on one page: no heading is ever the last thing on a page. */
typedef struct
{
  int                level;
  char              *text;
  LadderHeadingFlags flags;
} Heading;

static void
heading_free (Heading *heading)
{
  g_free (heading->text);
  g_free (heading);
}

static double
heading_size (const Heading *h)
{
  if (h->flags & LADDER_HEADING_TITLE)
    return 24;
  if (h->level >= 3 || (h->flags & LADDER_HEADING_SMALL))
    return BODY_SIZE;
  return h->level == 1 ? 17 : 12.5;
}

static double
heading_before (const Heading *h)
{
  return h->level == 1 ? 12 : h->level == 2 ? 8 : 4;
}

static double
heading_after (const Heading *h)
{
  if (h->flags & LADDER_HEADING_TITLE)
    return 16;
  return h->level == 1 ? 8 : h->level == 2 ? 4 : 2;
}

static double
heading_height (Paper         *p,
                const Heading *h)
{
  prepare (p, h->text, FALSE, heading_size (h), TRUE, 0);
  return heading_before (h) + first_lines (p, G_MAXINT) + heading_after (h);
}

/* Whether anything is on this page yet. */
static gboolean
page_is_empty (Paper *p)
{
  return p->page > 0 && p->y <= MARGIN;
}

/* A top-level heading begins a section of the structure tree; every
 * heading but the cover's is a bookmark, a second-level one beneath the
 * section's. */
static void
draw_heading (Paper         *p,
              const Heading *h)
{
  static const char * const tags[] = { "H1", "H2", "H3" };

  if (!page_is_empty (p))
    p->y += heading_before (h);
  if (h->level == 1)
    {
      if (p->in_section)
        ladder_report_tag_end (p, "Sect");
      ladder_report_tag_begin (p, "Sect");
      p->in_section = TRUE;
    }
  if (p->surface != NULL && h->level <= 2 && !(h->flags & LADDER_HEADING_NO_BOOKMARK))
    {
      g_autofree char *link = g_strdup_printf ("page=%d pos=[%.1f %.1f]", p->page, MARGIN, p->y);
      int id = cairo_pdf_surface_add_outline (p->surface, h->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : p->outline,
                                              h->text, link, 0);

      if (h->level == 1)
        p->outline = id;
    }
  prepare (p, h->text, FALSE, heading_size (h), TRUE, 0);
  draw_lines (p, tags[CLAMP (h->level, 1, 3) - 1], 0, heading_after (h));
}

/* Makes room for the first @height points of what comes next: on this
 * page with the headings waiting for it, or else on the next. */
static void
place (Paper  *p,
       double  height)
{
  double needed = height;
  gboolean new_page = p->break_next || p->page == 0;

  if (p->headings->len > 0)
    close_lists (p);
  for (guint i = 0; i < p->headings->len; i++)
    {
      const Heading *h = p->headings->pdata[i];

      needed += heading_height (p, h);
      new_page |= (h->flags & LADDER_HEADING_NEW_PAGE) != 0;
    }
  if ((new_page && !page_is_empty (p)) || (p->y + needed > BOTTOM && !page_is_empty (p)))
    ladder_report_new_page (p);
  for (guint i = 0; i < p->headings->len; i++)
    draw_heading (p, p->headings->pdata[i]);
  g_ptr_array_set_size (p->headings, 0);
  p->break_next = FALSE;
}

/**
 * ladder_report_heading:
 * @p: the paper being laid out
 * @level: 1 for a section, 2 for its parts, 3 beneath those
 * @text: the heading
 * @flags: how it looks and behaves
 *
 * A heading, laid out with the first lines of what follows it: sections
 * at the top level of the bookmarks, their parts beneath.
 */
void
ladder_report_heading (Paper              *p,
                       int                 level,
                       const char         *text,
                       LadderHeadingFlags  flags)
{
  Heading *heading = g_new0 (Heading, 1);

  /* A heading that begins a page takes no heading before it along. */
  if ((flags & LADDER_HEADING_NEW_PAGE) && p->headings->len > 0)
    place (p, 0);
  heading->level = level;
  heading->text = g_strdup (text);
  heading->flags = flags;
  g_ptr_array_add (p->headings, heading);
}

/**
 * ladder_report_keep:
 * @p: the paper being laid out
 * @height: the first points of what comes next that must stay together
 *
 * Ends any list, and starts a new page unless @height points still fit
 * on this one beneath the headings waiting to be laid out.
 */
void
ladder_report_keep (Paper  *p,
                    double  height)
{
  close_lists (p);
  place (p, height);
}

/**
 * ladder_report_flow:
 * @p: the paper being laid out
 * @tag: its structure tag: "P", "H1"...
 * @text: the text
 * @markup: whether @text is pango markup
 * @size: in points
 * @bold: whether bold
 * @after: the space after it, in points
 *
 * Text that flows on to the next page between lines; its first two lines
 * stay with any heading above it.
 */
void
ladder_report_flow (Paper      *p,
                    const char *tag,
                    const char *text,
                    gboolean    markup,
                    double      size,
                    gboolean    bold,
                    double      after)
{
  prepare (p, text, markup, size, bold, 0);
  ladder_report_keep (p, first_lines (p, 2));
  /* Placing the headings used the layout. */
  prepare (p, text, markup, size, bold, 0);
  draw_lines (p, tag, 0, after);
}

/* A paragraph of body text. */
void
ladder_report_paragraph (Paper      *p,
                         const char *text)
{
  ladder_report_flow (p, "P", text, FALSE, BODY_SIZE, FALSE, 6);
}

/* A note in small type: a chart's caption, a key. */
void
ladder_report_note (Paper      *p,
                    const char *text)
{
  ladder_report_flow (p, "P", text, FALSE, 8, FALSE, 6);
}

/* Body text beside @mark (a bullet, a number), indented by @indent
 * points, as an item of a list: items in a row make one list, and an item
 * indented further begins a list inside the one before. */
void
ladder_report_bullet (Paper      *p,
                      const char *mark,
                      const char *text,
                      double      indent)
{
  double first;

  /* The mark beside the first line: the page is chosen for that line
   * first, and the mark drawn before the rest of the text can move on to
   * the next page. */
  prepare (p, mark, FALSE, BODY_SIZE, FALSE, indent);
  first = first_lines (p, 1);
  prepare (p, text, FALSE, BODY_SIZE, FALSE, indent + 14);
  place (p, MAX (first, first_lines (p, 1)));
  list_item_begin (p, indent);
  prepare (p, mark, FALSE, BODY_SIZE, FALSE, indent);
  ladder_report_leaf_begin (p, "Lbl");
  cairo_move_to (p->cr, MARGIN + indent, p->y);
  pango_cairo_show_layout (p->cr, p->layout);
  ladder_report_leaf_end (p);
  prepare (p, text, FALSE, BODY_SIZE, FALSE, indent + 14);
  draw_lines (p, "LBody", indent + 14, 3);
}

/* Figures ----------------------------------------------------------------- */

/**
 * ladder_report_figure_begin:
 * @p: the paper being laid out
 * @height: the figure's height; it is as wide as the text
 * @alt: what it shows in words, for a screen reader, which reads that
 *   rather than the drawing
 *
 * Begins a figure, whole on one page with any heading above it: draw it
 * with its top left at the origin, then call ladder_report_figure_end().
 */
void
ladder_report_figure_begin (Paper      *p,
                            double      height,
                            const char *alt)
{
  ladder_report_keep (p, height);
  if (p->surface != NULL)
    g_ptr_array_add (p->figure_alts, g_strdup (alt));
  ladder_report_leaf_begin (p, "Figure");
  cairo_save (p->cr);
  cairo_translate (p->cr, MARGIN, p->y);
  cairo_rectangle (p->cr, 0, 0, CONTENT_WIDTH, height);
  cairo_clip (p->cr);
}

void
ladder_report_figure_end (Paper  *p,
                          double  height)
{
  cairo_restore (p->cr);
  ladder_report_leaf_end (p);
  p->y += height + 6;
}

/**
 * ladder_report_begin:
 * @p: a paper with nothing laid out yet
 * @council: the council's name, as ladder_report_safe_text() gives it
 * @options: the report number and marking for each page
 *
 * Makes the layouts the paper is measured and drawn with, the running
 * header and footer, and opens the document's structure.
 */
void
ladder_report_begin (Paper                     *p,
                     const char                *council,
                     const LadderReportOptions *options)
{
  p->layout = layout_new (0);
  p->chrome = layout_new (8);
  p->running = running_header (p->chrome, council);
  if (options->marking != NULL && *options->marking != '\0')
    p->marking = ladder_report_safe_text (options->marking);
  if (options->report_number != NULL && *options->report_number != '\0')
    {
      g_autofree char *number = ladder_report_safe_text (options->report_number);

      p->footer = g_strdup_printf ("Report %s, page", number);
    }
  else
    p->footer = g_strdup ("Page");
  p->lists = g_array_new (FALSE, FALSE, sizeof (double));
  p->headings = g_ptr_array_new_with_free_func ((GDestroyNotify) heading_free);
  p->figure_alts = g_ptr_array_new_with_free_func (g_free);
  ladder_report_tag_begin (p, "Document");
}

/**
 * ladder_report_end:
 * @p: a paper laid out
 *
 * Closes the document's structure and frees what ladder_report_begin()
 * made, but for the figures' alternative texts.
 */
void
ladder_report_end (Paper *p)
{
  if (p->headings->len > 0)
    place (p, 0);
  close_lists (p);
  if (p->in_section)
    ladder_report_tag_end (p, "Sect");
  ladder_report_tag_end (p, "Document");
  g_clear_object (&p->layout);
  g_clear_object (&p->chrome);
  g_clear_pointer (&p->running, g_free);
  g_clear_pointer (&p->marking, g_free);
  g_clear_pointer (&p->footer, g_free);
  g_clear_pointer (&p->lists, g_array_unref);
  g_clear_pointer (&p->headings, g_ptr_array_unref);
}
