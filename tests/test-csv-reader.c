/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the CSV reader: encodings, delimiters, line ends, located errors,
 * exact numbers. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "ladder-csv-reader.h"
#include "test-fixtures.h"

/* A string literal that may hold NUL bytes, and its length. */
#define BYTES(literal) literal, sizeof literal - 1

typedef struct
{
  GPtrArray *rows;     /* each a GPtrArray of fields */
  GPtrArray *current;
  int        fail_at_record;
  int        warn_at_record;
} Collected;

static void
collect_field (LadderCsvReader *reader,
               guint            column,
               const char      *text,
               gsize            length,
               gpointer         user_data)
{
  Collected *collected = user_data;

  g_assert_cmpuint (strlen (text), ==, length);
  if (collected->current == NULL)
    collected->current = g_ptr_array_new_with_free_func (g_free);
  g_assert_cmpuint (column, ==, collected->current->len);
  g_ptr_array_add (collected->current, g_strndup (text, length));
}

static void
collect_row (LadderCsvReader *reader,
             guint            n_fields,
             gpointer         user_data)
{
  Collected *collected = user_data;
  guint64 record = ladder_csv_reader_get_record (reader);

  g_assert_cmpuint (record, ==, collected->rows->len);
  if (record == 0)
    ladder_csv_reader_set_header (reader, 0, (const char * const *) collected->current->pdata,
                                  collected->current->len);
  if ((int) record == collected->warn_at_record)
    ladder_csv_reader_warn (reader, 1, "looks odd");
  if ((int) record == collected->fail_at_record)
    ladder_csv_reader_fail (reader, 1, "is wrong");
  g_ptr_array_add (collected->rows, g_steal_pointer (&collected->current));
}

static gboolean
read_bytes (const void    *data,
            gssize         length,
            Collected     *collected,
            LadderCsvInfo *info,
            GError       **error)
{
  g_autofree char *path = fixture_write ("ladder-csv-XXXXXX.csv", data, length);
  gboolean ok;

  collected->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  ok = ladder_csv_read (path, "sample.csv", collect_field, collect_row, collected, info, NULL, error);
  g_unlink (path);
  return ok;
}

static const char *
cell (Collected *collected,
      guint      row,
      guint      column)
{
  GPtrArray *fields = collected->rows->pdata[row];

  return fields->pdata[column];
}

static void
collected_clear (Collected *collected)
{
  g_clear_pointer (&collected->rows, g_ptr_array_unref);
  g_clear_pointer (&collected->current, g_ptr_array_unref);
}

static void
test_delimiters_and_line_ends (void)
{
  static const struct { const char *text; char delimiter; } cases[] = {
    { "a,b,c\n1,\"x,y\",3\n", ',' },
    { "a;b;c\r\n1;x,y;3\r\n", ';' },
    { "a\tb\tc\r1\tx,y\t3", '\t' },
    { "\n\na,b,c\n\n1,\"x,y\",3\n\n", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;

      g_assert_true (read_bytes (cases[i].text, -1, &collected, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpint (info.delimiter, ==, cases[i].delimiter);
      g_assert_cmpuint (info.n_records, ==, 2);
      g_assert_cmpuint (collected.rows->len, ==, 2);
      g_assert_cmpstr (cell (&collected, 0, 2), ==, "c");
      g_assert_cmpstr (cell (&collected, 1, 1), ==, "x,y");
      g_assert_cmpstr (cell (&collected, 1, 2), ==, "3");
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

static void
test_encodings (void)
{
  /* "Area,Value\nBromley’s £,1.5\n" in five encodings. */
  static const guchar utf8_bom[] = "\xEF\xBB\xBF" "Area,Value\nBromley\xE2\x80\x99s \xC2\xA3,1.5\n";
  static const guchar windows_1252[] = "Area,Value\nBromley\x92s \xA3,1.5\n";
  const char *expected = "Bromley’s £";
  g_autofree gunichar2 *utf16 = NULL;
  glong n_units = 0;
  g_autofree guchar *le = NULL;
  g_autofree guchar *be = NULL;
  struct { const void *data; gssize length; LadderCsvEncoding encoding; } cases[4];

  utf16 = g_utf8_to_utf16 ("Area,Value\r\nBromley’s £,1.5\r\n", -1, NULL, &n_units, NULL);
  le = g_malloc ((n_units + 1) * 2);
  be = g_malloc ((n_units + 1) * 2);
  le[0] = 0xFF, le[1] = 0xFE, be[0] = 0xFE, be[1] = 0xFF;
  for (glong i = 0; i < n_units; i++)
    {
      le[2 + 2 * i] = utf16[i] & 0xFF;
      le[3 + 2 * i] = utf16[i] >> 8;
      be[2 + 2 * i] = utf16[i] >> 8;
      be[3 + 2 * i] = utf16[i] & 0xFF;
    }
  cases[0].data = utf8_bom, cases[0].length = sizeof utf8_bom - 1, cases[0].encoding = LADDER_CSV_UTF8_BOM;
  cases[1].data = windows_1252, cases[1].length = sizeof windows_1252 - 1, cases[1].encoding = LADDER_CSV_WINDOWS_1252;
  cases[2].data = le, cases[2].length = (n_units + 1) * 2, cases[2].encoding = LADDER_CSV_UTF16LE;
  cases[3].data = be, cases[3].length = (n_units + 1) * 2, cases[3].encoding = LADDER_CSV_UTF16BE;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;

      g_test_message ("encoding case %u", i);
      g_assert_true (read_bytes (cases[i].data, cases[i].length, &collected, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpint (info.encoding, ==, cases[i].encoding);
      g_assert_cmpstr (cell (&collected, 0, 0), ==, "Area");
      g_assert_cmpstr (cell (&collected, 1, 0), ==, expected);
      g_assert_cmpstr (cell (&collected, 1, 1), ==, "1.5");
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

/* Rows from two sources: UTF-8 "’" in one, a Windows-1252 "’" (0x92) in
 * another. Both read as the same character. */
static void
test_mixed_encodings (void)
{
  const char *text = "Area,Value\nBromley\xE2\x80\x99s,1\nBarnet\x92s,2\nBoth\xE2\x80\x99\x92,3\n";
  Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
  g_autoptr(GError) error = NULL;
  LadderCsvInfo info;

  g_assert_true (read_bytes (text, -1, &collected, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.encoding, ==, LADDER_CSV_MIXED);
  g_assert_cmpstr (cell (&collected, 1, 0), ==, "Bromley’s");
  g_assert_cmpstr (cell (&collected, 2, 0), ==, "Barnet’s");
  g_assert_cmpstr (cell (&collected, 3, 0), ==, "Both’’");
  ladder_csv_info_clear (&info);
  collected_clear (&collected);
}

/* The encoding check reads in 128 KiB chunks: a character cut by a chunk's
 * end is still UTF-8, and one bad byte far into the file is still noticed. */
static void
test_encoding_across_chunks (void)
{
  for (guint variant = 0; variant < 2; variant++)
    {
      g_autoptr(GString) text = g_string_new ("Name,Value\n");
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;
      GPtrArray *last;

      while (text->len < 128 * 1024 - 1)
        g_string_append (text, "a,1\n");
      /* The newline is the chunk's second-last byte, so the next
       * character's first byte is the chunk's last. */
      g_string_truncate (text, 128 * 1024 - 2);
      g_string_append (text, "\n");
      g_assert_cmpuint (text->len, ==, 128 * 1024 - 1);
      /* "£" (C2 A3) straddles the boundary; or a lone Windows-1252 "’". */
      g_string_append (text, variant == 0 ? "\xC2\xA3x,2\n" : "\x92x,2\n");
      while (text->len < 400 * 1024)
        g_string_append (text, "b,3\n");

      g_assert_true (read_bytes (text->str, text->len, &collected, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpint (info.encoding, ==, variant == 0 ? LADDER_CSV_UTF8 : LADDER_CSV_WINDOWS_1252);
      for (guint i = 1; i < collected.rows->len; i++)
        {
          last = collected.rows->pdata[i];
          if (g_str_has_suffix (last->pdata[0], "x"))
            {
              g_assert_cmpstr (last->pdata[0], ==, variant == 0 ? "£x" : "’x");
              break;
            }
          g_assert_true (i + 1 < collected.rows->len);
        }
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

/* A NUL byte is refused where it is, whatever the encoding around it,
 * rather than cutting a field short without a word. */
static void
test_nul_byte (void)
{
  static const struct { const char *text; gsize length; const char *message; } cases[] = {
    { "a,b\n1,\0" "2\n", 8, "sample.csv: line 2, column 3: there is a NUL byte here" },
    /* UTF-16 saved without a byte-order mark. */
    { "a\0,\0b\0", 6, "sample.csv: line 1, column 2: there is a NUL byte here" },
    /* After a Windows-1252 byte: counted in characters of the converted text. */
    { "a,b\n\xe9t\xe9,\0" "2\n", 11, "sample.csv: line 2, column 5: there is a NUL byte here" },
    /* Marked UTF-8 but not valid, then a NUL. */
    { "\xef\xbb\xbf" "a,b\n1,\xff\n2,\0" "3\n", 16, "sample.csv: line 3, column 3: there is a NUL byte here" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;

      g_assert_false (read_bytes (cases[i].text, cases[i].length, &collected, &info, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      /* Nothing was handed on before the refusal. */
      g_assert_cmpuint (collected.rows->len, ==, 0);
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

static void
test_located_errors (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    /* A quoted field left open: the record starts on line 3. */
    { "a,b\n1,2\n3,\"never closed\n4,5\n", "sample.csv: line 3: a quoted field is still open" },
    /* A quote mark inside an unquoted field, at line 2, character 4. */
    { "a,b\n1,2\"x\n", "sample.csv: line 2, column 4: a quote mark is out of place" },
    /* Blank lines and a quoted newline still give physical line numbers. */
    { "a,b\n\n\"x\ny\",2\n\n5,\"open\n", "sample.csv: line 6: a quoted field is still open" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;

      g_assert_false (read_bytes (cases[i].text, -1, &collected, &info, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

static void
test_empty_file (void)
{
  Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
  g_autoptr(GError) error = NULL;
  LadderCsvInfo info;

  g_assert_false (read_bytes ("\n\r\n", -1, &collected, &info, &error));
  g_assert_cmpstr (error->message, ==, "sample.csv is empty: it has no header and no rows");
  ladder_csv_info_clear (&info);
  collected_clear (&collected);
}

static void
test_missing_file (void)
{
  Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
  g_autoptr(GError) error = NULL;
  LadderCsvInfo info;

  g_assert_false (ladder_csv_read ("/nonexistent/ladder/file.csv", "file.csv", collect_field,
                                   collect_row, &collected, &info, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (error->message, "file.csv could not be opened"));
  ladder_csv_info_clear (&info);
}

/* Problems reported by the caller are located on the record's own line,
 * past blank lines and newlines inside quotes, and name the column. */
static void
test_caller_problems (void)
{
  const char *text = "Name,Value\n\n\"two\nlines\",1\nthird,2\nfourth,3\n";
  Collected collected = { .fail_at_record = 3, .warn_at_record = 2 };
  g_autoptr(GError) error = NULL;
  LadderCsvInfo info;

  g_assert_false (read_bytes (text, -1, &collected, &info, &error));
  g_assert_cmpstr (error->message, ==, "sample.csv: line 6, column 2 (Value): is wrong");
  ladder_csv_info_clear (&info);
  collected_clear (&collected);

  collected.fail_at_record = -1;
  g_clear_error (&error);
  g_assert_true (read_bytes (text, -1, &collected, &info, &error));
  g_assert_cmpuint (info.n_warnings, ==, 1);
  g_assert_cmpstr (info.warnings->pdata[0], ==, "line 5, column 2 (Value): looks odd");
  ladder_csv_info_clear (&info);
  collected_clear (&collected);
}

/* The fast decimal reader must give exactly what g_ascii_strtod gives. */
static void
test_numbers_exact (void)
{
  static const char * const good[] = {
    "0", "-0", "12.13", "-12.13", "78.599999999999994", "18.600000000000001", "100",
    "0.000123", "1e3", "2.5E-2", "123456789012345678901234", "+7", ".5", "5.", " 3.25 ",
  };
  static const char * const bad[] = {
    "", "-", ".", "1,234", "nan", "inf", "0x10", "12%", "1.2.3", "e5", "--1", "1e", "12 3",
  };
  GRand *rand = g_rand_new_with_seed (20261124);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double value = -1;
      g_autofree char *trimmed = g_strstrip (g_strdup (good[i]));

      g_assert_true (ladder_csv_parse_double (good[i], strlen (good[i]), &value));
      g_assert_cmpfloat (value, ==, g_ascii_strtod (trimmed, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value;
      g_assert_false (ladder_csv_parse_double (bad[i], strlen (bad[i]), &value));
    }
  for (guint i = 0; i < 200000; i++)
    {
      char text[64];
      double value;
      guint decimals = g_rand_int_range (rand, 0, 18);
      double x = g_rand_double_range (rand, -1e6, 1e6);

      g_snprintf (text, sizeof text, "%.*f", decimals, x);
      g_assert_true (ladder_csv_parse_double (text, strlen (text), &value));
      if (memcmp (&value, &(double) { g_ascii_strtod (text, NULL) }, sizeof value) != 0)
        g_error ("“%s” read as %.17g", text, value);
    }
  g_rand_free (rand);
}

/* Files renamed to .csv by mistake are named for what they are, not
 * taken for UTF-16 because of the NUL bytes all binary files have. */
static void
test_other_formats (void)
{
  static const struct { const char *bytes; gsize length; const char *message; } cases[] = {
    { BYTES ("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"),
      "sample.csv looks like an Excel workbook or another zip file (such as an OpenDocument "
      "spreadsheet), not CSV: save it as CSV first" },
    { BYTES ("PK\x05\x06\x00\x00\x00\x00"), "sample.csv looks like an Excel workbook or another zip file" },
    { BYTES ("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"),
      "sample.csv looks like a compressed (gzip) file, not CSV: uncompress it first" },
    { BYTES ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00"), "sample.csv looks like a PDF document, not CSV" },
    { BYTES ("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "sample.csv looks like a PNG image, not CSV" },
    { BYTES ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"),
      "sample.csv looks like an older Excel workbook (.xls), not CSV: save it as CSV first" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      LadderCsvInfo info;

      g_assert_false (read_bytes (cases[i].bytes, cases[i].length, &collected, &info, &error));
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (strstr (error->message, "UTF-16"));
      g_assert_cmpuint (collected.rows->len, ==, 0);
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

/* A file converted to UTF-8 twice starts with two byte-order marks: the
 * second is not part of the first column's name, and is reported. */
static void
test_doubled_bom (void)
{
  static const guchar utf16[] = { 0xFF, 0xFE, 0xFF, 0xFE, 'A', 0, ',', 0, 'B', 0, '\n', 0, '1', 0, ',', 0, '2', 0 };
  static const struct { const char *bytes; gsize length; guint n_boms; } cases[] = {
    { BYTES ("\xEF\xBB\xBF\xEF\xBB\xBF" "A,B\n1,2\n"), 2 },
    { BYTES ("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF" "A,B\n1,\xff\n"), 3 },
    { (const char *) utf16, sizeof utf16, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      LadderCsvInfo info;

      g_assert_true (read_bytes (cases[i].bytes, cases[i].length, &collected, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (cell (&collected, 0, 0), ==, "A");
      g_assert_cmpstr (cell (&collected, 1, 0), ==, "1");
      g_assert_cmpuint (info.n_warnings, ==, 1);
      expected = g_strdup_printf ("line 1: the file starts with %u byte-order marks instead of one "
                                  "(it was probably converted to UTF-8 twice); the extra ones "
                                  "were ignored", cases[i].n_boms);
      g_assert_cmpstr (info.warnings->pdata[0], ==, expected);
      ladder_csv_info_clear (&info);
      collected_clear (&collected);
    }
}

/* A data file over the limit is refused from its size alone, before any
 * of it is read; the file here is sparse, so it takes no disk space. */
static void
test_too_large (void)
{
  g_autofree char *path = fixture_write ("ladder-csv-XXXXXX.csv", "a,b\n1,2\n", -1);
  Collected collected = { .fail_at_record = -1, .warn_at_record = -1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *size = g_format_size (LADDER_CSV_MAX_SIZE + 1);
  g_autofree char *expected = g_strdup_printf ("big.csv is %s, more than the 1 GB Ladder reads in a "
                                               "data file: the largest file the Department "
                                               "publishes", size);
  LadderCsvInfo info;

  g_assert_cmpint (truncate (path, LADDER_CSV_MAX_SIZE + 1), ==, 0);
  collected.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_assert_false (ladder_csv_read (path, "big.csv", collect_field, collect_row, &collected, &info,
                                   NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_cmpuint (collected.rows->len, ==, 0);
  g_unlink (path);
  ladder_csv_info_clear (&info);
  collected_clear (&collected);
}

typedef struct
{
  const char *path;
  guint       n_rows;
} Growing;

static void
growing_field (LadderCsvReader *reader,
               guint            column,
               const char      *text,
               gsize            length,
               gpointer         user_data)
{
}

static void
growing_row (LadderCsvReader *reader,
             guint            n_fields,
             gpointer         user_data)
{
  Growing *growing = user_data;

  if (growing->n_rows++ == 1)
    {
      int fd = g_open (growing->path, O_WRONLY | O_APPEND, 0);

      g_assert_cmpint (fd, >=, 0);
      for (guint i = 0; i < 50; i++)
        g_assert_cmpint (write (fd, "x,9\n", 4), ==, 4);
      g_close (fd, NULL);
    }
}

/* Rows added to a file while it is read are not read: only what the
 * file held when opened, which the encoding check saw, counts. */
static void
test_growing_file (void)
{
  g_autofree char *path = fixture_write ("ladder-csv-XXXXXX.csv", "a,b\n1,2\n3,4\n5,6\n", -1);
  Growing growing = { path, 0 };
  g_autoptr(GError) error = NULL;
  LadderCsvInfo info;

  ladder_csv_set_chunk_size (4);
  g_assert_true (ladder_csv_read (path, "growing.csv", growing_field, growing_row, &growing, &info,
                                  NULL, &error));
  ladder_csv_set_chunk_size (128 * 1024);
  g_assert_no_error (error);
  g_assert_cmpuint (growing.n_rows, ==, 4);
  g_assert_cmpuint (info.n_bytes, ==, 16);
  g_unlink (path);
  ladder_csv_info_clear (&info);
}

/* Figures: overflow, underflow and numbers no figure comes near are
 * refused, so that no sum or average meets an infinity. */
static void
test_figures_in_range (void)
{
  static const struct { const char *text; LadderCsvNumber kind; double value; } cases[] = {
    { "16012355892", LADDER_CSV_NUMBER, 16012355892.0 },
    { "-1e15", LADDER_CSV_NUMBER, -1e15 },
    { "0.00078", LADDER_CSV_NUMBER, 0.00078 },
    { "1000000000000001", LADDER_CSV_NUMBER_TOO_LARGE, 0 },
    { "1.7e308", LADDER_CSV_NUMBER_TOO_LARGE, 0 },
    { "-1.7976931348623157e308", LADDER_CSV_NUMBER_TOO_LARGE, 0 },
    { "1e309", LADDER_CSV_NUMBER_TOO_LARGE, 0 },
    { "123456789012345678901234", LADDER_CSV_NUMBER_TOO_LARGE, 0 },
    { "1e-400", LADDER_CSV_NUMBER_TOO_SMALL, 0 },
    { "inf", LADDER_CSV_NOT_A_NUMBER, 0 },
    { "n/a", LADDER_CSV_NOT_A_NUMBER, 0 },
  };
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      value = 0;
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ladder_csv_parse_figure (cases[i].text, strlen (cases[i].text), &value), ==,
                       cases[i].kind);
      if (cases[i].kind == LADDER_CSV_NUMBER)
        g_assert_cmpfloat (value, ==, cases[i].value);
    }
  /* The plain reader still reads any double, but not overflow or underflow. */
  g_assert_true (ladder_csv_parse_double ("1.7e308", 7, &value));
  g_assert_false (ladder_csv_parse_double ("1e309", 5, &value));
  g_assert_false (ladder_csv_parse_double ("1e-400", 6, &value));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/delimiters-and-line-ends", test_delimiters_and_line_ends);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/encoding-across-chunks", test_encoding_across_chunks);
  g_test_add_func ("/csv/mixed-encodings", test_mixed_encodings);
  g_test_add_func ("/csv/located-errors", test_located_errors);
  g_test_add_func ("/csv/nul-byte", test_nul_byte);
  g_test_add_func ("/csv/empty-file", test_empty_file);
  g_test_add_func ("/csv/missing-file", test_missing_file);
  g_test_add_func ("/csv/caller-problems", test_caller_problems);
  g_test_add_func ("/csv/numbers-exact", test_numbers_exact);
  g_test_add_func ("/csv/other-formats", test_other_formats);
  g_test_add_func ("/csv/doubled-bom", test_doubled_bom);
  g_test_add_func ("/csv/too-large", test_too_large);
  g_test_add_func ("/csv/growing-file", test_growing_file);
  g_test_add_func ("/csv/figures-in-range", test_figures_in_range);

  return g_test_run ();
}
