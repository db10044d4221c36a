/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An Excel workbook's first sheet as CSV text.
 *
 * The Department publishes the statistical neighbour table as a workbook.
 * Rather than a second set of importers, its first sheet is turned into
 * CSV (row N of the sheet is line N, column A is column 1, so a message
 * about the CSV names the right cell) and read by the importers every CSV
 * goes through, with all their checks. The package is opened with minizip
 * and each part read with libxml2's streaming reader, entities never
 * expanded and nothing fetched from the network; every part has a size
 * limit checked before it is unpacked and again while it is, so a
 * workbook cannot unpack into more memory than a real one needs. */
#include "config.h"

#include <libxml/xmlreader.h>
#include <minizip/unzip.h>
#include <string.h>
#include <unistd.h>

#include "ladder-input.h"
#include "ladder-xlsx-reader.h"

/* Far beyond the neighbour table (a few hundred kilobytes unpacked). */
#define MAX_PART_BYTES (256 * 1024 * 1024)
#define MAX_COLUMNS 16384        /* Excel's own limit, XFD */
#define MAX_ROWS 1048576

static gboolean
fail (GError     **error,
      const char  *name,
      const char  *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not a workbook Ladder can read: %s", name, what);
  return FALSE;
}

/* One part of the package, unpacked into memory, or NULL when absent. */
static char *
read_part (unzFile      zip,
           const char  *part,
           const char  *name,
           gsize       *length,
           GError     **error)
{
  unz_file_info64 info;
  g_autofree char *data = NULL;
  gsize at = 0;

  *length = 0;
  if (unzLocateFile (zip, part, 0) != UNZ_OK)
    return NULL;
  if (unzGetCurrentFileInfo64 (zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK ||
      info.uncompressed_size > MAX_PART_BYTES)
    {
      g_autofree char *what = g_strdup_printf ("its part %s is larger than any workbook of figures needs", part);

      fail (error, name, what);
      return NULL;
    }
  if (unzOpenCurrentFile (zip) != UNZ_OK)
    {
      g_autofree char *what = g_strdup_printf ("its part %s cannot be unpacked", part);

      fail (error, name, what);
      return NULL;
    }
  data = g_malloc (info.uncompressed_size + 1);
  for (;;)
    {
      /* Read one byte past the size the header gives: more is a lie. */
      gsize room = info.uncompressed_size + 1 - at;
      int n = room > 0 ? unzReadCurrentFile (zip, data + at, (unsigned) MIN (room, 1 << 20)) : 0;

      if (n < 0 || at + (gsize) MAX (n, 0) > info.uncompressed_size)
        {
          g_autofree char *what = g_strdup_printf ("its part %s is damaged", part);

          unzCloseCurrentFile (zip);
          fail (error, name, what);
          return NULL;
        }
      if (n == 0)
        break;
      at += n;
    }
  if (unzCloseCurrentFile (zip) != UNZ_OK || at != info.uncompressed_size)
    {
      g_autofree char *what = g_strdup_printf ("its part %s is damaged", part);

      fail (error, name, what);
      return NULL;
    }
  data[at] = '\0';
  *length = at;
  return g_steal_pointer (&data);
}

static xmlTextReaderPtr
reader_for (const char *data,
            gsize       length)
{
  /* No entity expansion, no DTD loading, no network: only the text. */
  return xmlReaderForMemory (data, (int) length, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
}

static gboolean
is_element (xmlTextReaderPtr reader,
            const char      *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local_name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr reader,
        const char      *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local_name) == 0;
}

/* Every text of a string item: <si><t>..</t></si> or rich runs <r><t>. */
static GPtrArray *
shared_strings (const char *data,
                gsize       length)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader = data != NULL ? reader_for (data, length) : NULL;
  GString *item = NULL;

  while (reader != NULL && xmlTextReaderRead (reader) == 1)
    {
      if (is_element (reader, "si"))
        item = g_string_new (NULL);
      else if (item != NULL && is_element (reader, "t") && !xmlTextReaderIsEmptyElement (reader))
        {
          xmlChar *text = xmlTextReaderReadString (reader);

          g_string_append (item, text != NULL ? (const char *) text : "");
          xmlFree (text);
        }
      else if (item != NULL && is_end (reader, "si"))
        {
          g_ptr_array_add (strings, g_string_free (item, FALSE));
          item = NULL;
        }
    }
  if (item != NULL)
    g_string_free (item, TRUE);
  if (reader != NULL)
    xmlFreeTextReader (reader);
  return strings;
}

/* The first sheet's part name, from the workbook and its relationships. */
static char *
first_sheet (unzFile      zip,
             const char  *name,
             GError     **error)
{
  gsize length;
  g_autofree char *workbook = read_part (zip, "xl/workbook.xml", name, &length, error);
  g_autofree char *rels = NULL;
  g_autofree char *id = NULL;
  char *target = NULL;
  xmlTextReaderPtr reader;

  if (workbook == NULL)
    {
      if (error != NULL && *error == NULL)
        fail (error, name, "it has no xl/workbook.xml (it may be another kind of zip file, such as an "
                           "OpenDocument spreadsheet: save it from the spreadsheet program as .xlsx or .csv)");
      return NULL;
    }
  reader = reader_for (workbook, length);
  while (reader != NULL && id == NULL && xmlTextReaderRead (reader) == 1)
    if (is_element (reader, "sheet"))
      {
        xmlChar *value = xmlTextReaderGetAttributeNs (reader, BAD_CAST "id",
                                                      BAD_CAST "http://schemas.openxmlformats.org/"
                                                               "officeDocument/2006/relationships");

        id = g_strdup ((const char *) value);
        xmlFree (value);
      }
  if (reader != NULL)
    xmlFreeTextReader (reader);
  rels = read_part (zip, "xl/_rels/workbook.xml.rels", name, &length, error);
  if (id == NULL || rels == NULL)
    {
      if (error != NULL && *error == NULL)
        fail (error, name, "it names no worksheet");
      return NULL;
    }
  reader = reader_for (rels, length);
  while (reader != NULL && target == NULL && xmlTextReaderRead (reader) == 1)
    if (is_element (reader, "Relationship"))
      {
        xmlChar *rel_id = xmlTextReaderGetAttribute (reader, BAD_CAST "Id");
        xmlChar *rel_target = xmlTextReaderGetAttribute (reader, BAD_CAST "Target");

        if (rel_id != NULL && rel_target != NULL && g_strcmp0 ((const char *) rel_id, id) == 0)
          target = g_str_has_prefix ((const char *) rel_target, "/")
                   ? g_strdup ((const char *) rel_target + 1)
                   : g_strconcat ("xl/", (const char *) rel_target, NULL);
        xmlFree (rel_id);
        xmlFree (rel_target);
      }
  if (reader != NULL)
    xmlFreeTextReader (reader);
  if (target == NULL)
    fail (error, name, "its first worksheet cannot be found");
  return target;
}

/* "BC12" -> column 54 (0-based 54), row 12; FALSE when it is not a cell. */
static gboolean
parse_ref (const char *ref,
           guint      *column,
           guint64    *row)
{
  guint c = 0;
  const char *p = ref;

  while (g_ascii_isupper (*p) && c <= MAX_COLUMNS)
    c = c * 26 + (*p++ - 'A' + 1);
  if (c == 0 || c > MAX_COLUMNS || !g_ascii_isdigit (*p))
    return FALSE;
  *column = c - 1;
  return g_ascii_string_to_unsigned (p, 10, 1, MAX_ROWS, row, NULL);
}

static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Writes the cells of one row, filling the columns it skips. */
static void
flush_row (GString   *out,
           GPtrArray *cells)
{
  for (guint c = 0; c < cells->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      if (cells->pdata[c] != NULL)
        append_field (out, cells->pdata[c]);
    }
  g_string_append_c (out, '\n');
  g_ptr_array_set_size (cells, 0);
}

static char *
sheet_to_csv (const char  *data,
              gsize        length,
              GPtrArray   *strings,
              const char  *name,
              gsize       *csv_length,
              GError     **error)
{
  xmlTextReaderPtr reader = reader_for (data, length);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint64 line = 0, row = 0;
  guint column = 0;
  g_autofree char *type = NULL;
  gboolean ok = reader != NULL;
  int status;

  while (ok && (status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "row"))
        {
          xmlChar *r = xmlTextReaderGetAttribute (reader, BAD_CAST "r");

          if (r == NULL || !g_ascii_string_to_unsigned ((const char *) r, 10, line + 1, MAX_ROWS, &row, NULL))
            row = line + 1;
          xmlFree (r);
          /* Rows the sheet leaves out are empty lines, so line N stays row N. */
          while (line + 1 < row)
            {
              g_string_append_c (out, '\n');
              line++;
            }
          column = 0;
        }
      else if (is_end (reader, "row") || (is_element (reader, "row") && xmlTextReaderIsEmptyElement (reader)))
        {
          flush_row (out, cells);
          line = row;
        }
      else if (is_element (reader, "c"))
        {
          xmlChar *ref = xmlTextReaderGetAttribute (reader, BAD_CAST "r");
          xmlChar *t = xmlTextReaderGetAttribute (reader, BAD_CAST "t");
          guint64 cell_row;

          if (ref == NULL || !parse_ref ((const char *) ref, &column, &cell_row))
            cell_row = row;
          g_free (type);
          type = g_strdup (t != NULL ? (const char *) t : "n");
          xmlFree (ref);
          xmlFree (t);
          if (column >= MAX_COLUMNS)
            ok = fail (error, name, "a row has more columns than Excel allows");
          else if (cells->len <= column)
            g_ptr_array_set_size (cells, column + 1);
        }
      else if ((is_element (reader, "v") || is_element (reader, "t")) && !xmlTextReaderIsEmptyElement (reader) &&
               column < cells->len)
        {
          xmlChar *text = xmlTextReaderReadString (reader);
          const char *value = text != NULL ? (const char *) text : "";
          guint64 index;

          if (g_strcmp0 (type, "s") == 0)
            {
              if (!g_ascii_string_to_unsigned (value, 10, 0, strings->len > 0 ? strings->len - 1 : 0, &index, NULL) ||
                  strings->len == 0)
                ok = fail (error, name, "a cell refers to a shared text that is not there");
              else
                {
                  g_free (cells->pdata[column]);
                  cells->pdata[column] = g_strdup (strings->pdata[index]);
                }
            }
          else
            {
              g_free (cells->pdata[column]);
              cells->pdata[column] = g_strdup (value);
            }
          xmlFree (text);
          column++;
        }
    }
  if (ok && status != 0)
    ok = fail (error, name, "its worksheet is not well-formed XML");
  if (reader != NULL)
    xmlFreeTextReader (reader);
  if (!ok)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  *csv_length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * ladder_xlsx_is_workbook:
 * @path: a file
 *
 * Returns: whether @path is a zip package holding xl/workbook.xml: an
 *   Excel workbook, which ladder_xlsx_to_csv() reads.
 */
gboolean
ladder_xlsx_is_workbook (const char *path)
{
  g_autofree char *name = ladder_input_display_name (path);
  int fd = ladder_input_open (path, name, NULL, NULL);
  guchar head[4] = { 0 };
  gboolean zip;
  unzFile archive;
  gboolean found;

  if (fd < 0)
    return FALSE;
  zip = read (fd, head, 4) == 4 && memcmp (head, "PK\x03\x04", 4) == 0;
  close (fd);
  if (!zip || (archive = unzOpen64 (path)) == NULL)
    return FALSE;
  found = unzLocateFile (archive, "xl/workbook.xml", 0) == UNZ_OK;
  unzClose (archive);
  return found;
}

/**
 * ladder_xlsx_to_csv:
 * @path: an Excel workbook
 * @display_name: its name for messages
 * @length: (out): the CSV's length
 * @error: return location for an error naming the file and the problem
 *
 * Returns: (transfer full) (nullable): the first worksheet as CSV text,
 *   row N on line N, or %NULL with @error set.
 */
char *
ladder_xlsx_to_csv (const char  *path,
                    const char  *display_name,
                    gsize       *length,
                    GError     **error)
{
  unzFile zip;
  g_autofree char *sheet_name = NULL;
  g_autofree char *strings_data = NULL;
  g_autofree char *sheet = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  gsize strings_length = 0, sheet_length = 0;
  char *csv = NULL;
  int fd;

  /* Only an ordinary file: never a pipe or a device, which minizip would
   * wait on or read for ever. */
  fd = ladder_input_open (path, display_name, NULL, error);
  if (fd < 0)
    return NULL;
  close (fd);
  zip = unzOpen64 (path);
  if (zip == NULL)
    {
      fail (error, display_name, "its zip package cannot be opened");
      return NULL;
    }
  sheet_name = first_sheet (zip, display_name, error);
  if (sheet_name != NULL)
    {
      g_autoptr(GError) strings_error = NULL;

      strings_data = read_part (zip, "xl/sharedStrings.xml", display_name, &strings_length, &strings_error);
      if (strings_error != NULL)
        g_propagate_error (error, g_steal_pointer (&strings_error));
      else
        {
          sheet = read_part (zip, sheet_name, display_name, &sheet_length, error);
          if (sheet == NULL && error != NULL && *error == NULL)
            fail (error, display_name, "its first worksheet is missing");
        }
    }
  unzClose (zip);
  if (sheet == NULL)
    return NULL;
  strings = shared_strings (strings_data, strings_length);
  csv = sheet_to_csv (sheet, sheet_length, strings, display_name, length, error);
  return csv;
}
