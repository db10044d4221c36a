/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The large members of the malformed-input corpus, made rather than kept:
 * the shapes that once cost Ladder time or memory out of proportion to
 * their size, files over its limits (sparse, so they take no disk), and
 * structures nested or repeated past what any real file has. Every name,
 * council and figure in them is made up. Used by test-malformed, which
 * replays them, and by make-malformed-inputs, which writes them for a
 * benchmark or a fuzzer. */
#pragma once

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "big-assessment.h"
#include "ladder-assessment-file.h"
#include "ladder-csv-reader.h"

#define MALFORMED_LAIT_HEADER "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n"

static inline void
malformed_write (const char *folder,
                 const char *name,
                 const char *data,
                 gsize       length)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
}

static inline void
malformed_write_string (const char *folder,
                        const char *name,
                        GString    *text)
{
  malformed_write (folder, name, text->str, text->len);
}

/* A file of @size bytes that takes no space on disk: all a size check sees. */
static inline void
malformed_write_sparse (const char *folder,
                        const char *name,
                        const char *start,
                        guint64     size)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, start, strlen (start)), ==, (gssize) strlen (start));
  g_assert_cmpint (ftruncate (fd, (off_t) size), ==, 0);
  g_assert_true (g_close (fd, NULL));
}

/* One assessment, as Ladder saves it, with a council name and one note. */
static inline void
malformed_write_assessment (const char *folder,
                            const char *name,
                            const char *council,
                            const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderContent) content = ladder_content_get_default (&error);
  g_autoptr(LadderAssessment) assessment = ladder_assessment_new ();
  g_autofree char *path = g_build_filename (folder, name, NULL);
  const char *id;

  g_assert_no_error (error);
  ladder_assessment_set_council (assessment, council, "601");
  ladder_assessment_set_review_date (assessment, "2026-11-24");
  id = ladder_assessment_add_respondent (assessment, "A reviewer (fictional)", "Director",
                                         LADDER_LEADERSHIP_SERVICE);
  for (guint q = 0; q < ladder_content_get_n_questions (content); q++)
    g_assert_true (ladder_assessment_set_answer (assessment, id, ladder_content_get_question (content, q)->id,
                                                 LADDER_RATING_NOT_IN_PLACE + q % 4, q == 0 ? note : NULL,
                                                 FALSE));
  /* Written as text, not through the checks a save makes, so that a note
   * over the length limit reaches the reader. */
  {
    gsize length;
    g_autofree char *data = ladder_assessment_to_data (assessment, NULL, &length);

    malformed_write (folder, name, data, length);
  }
}

/* A note of @n characters, @c repeated, framed so it is plainly a test. */
static inline char *
malformed_repeat (char  c,
                  gsize n)
{
  char *text = g_malloc (n + 1);

  memset (text, c, n);
  text[n] = '\0';
  return text;
}

/* Writes every large member of the corpus into @folder. */
static inline void
malformed_write_large_inputs (const char *folder)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* 8,000 measures and 8,000 councils, one figure each: once 2 GB. */
  g_string_assign (text, MALFORMED_LAIT_HEADER);
  for (guint i = 0; i < 8000; i++)
    g_string_append_printf (text, "M%04u,Measure %u (fictional),2024,Council %u (fictional),%u.5,%u,Region\n",
                            i, i, i, i % 100, 1000 + i);
  malformed_write_string (folder, "wide-8000.csv", text);

  /* 100,000 measures over ten councils: once 1.5 GB. */
  g_string_assign (text, MALFORMED_LAIT_HEADER);
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "M%u,,2024,Council %u (fictional),%u,%u,Region\n",
                            i, i % 10, i % 97, 1000 + i % 10);
  malformed_write_string (folder, "measures-100k.csv", text);

  /* A review of 250 people on one line of about 1 MB: once 80 s. */
  {
    gsize pretty_length, length;
    g_autofree char *pretty = big_assessment_pretty (&pretty_length);
    g_autofree char *one_line = big_assessment_one_line (pretty, pretty_length, &length);

    malformed_write (folder, "one-line.ladder", one_line, length);
  }

  /* Notes that once made hundreds of blank pages or lost their marker,
   * a council name too long for a page header, and a note over the limit. */
  {
    g_autofree char *newlines = malformed_repeat ('\n', 19990);
    g_autofree char *tall = NULL;
    g_autofree char *too_long = malformed_repeat ('x', 20001);
    g_autoptr(GString) words = g_string_new (NULL);
    g_autoptr(GString) council = g_string_new ("The Royal Borough of ");

    while (words->len < 19000)
      g_string_append (words, "evidence from case file audits (fictional) ");
    tall = g_strndup (words->str, 19000);
    while (council->len < 150)
      g_string_append (council, "Ashmoor and ");
    g_string_append (council, "Brackenford (fictional)");
    malformed_write_assessment (folder, "newline-note.ladder", "Ashmoor (fictional)", newlines);
    malformed_write_assessment (folder, "tall-note.ladder", "Ashmoor (fictional)", tall);
    malformed_write_assessment (folder, "long-name.ladder", council->str, "A short note.");
    malformed_write_assessment (folder, "note-too-long.ladder", "Ashmoor (fictional)", too_long);
  }

  /* Files one byte over each limit, refused before a byte is read. */
  malformed_write_sparse (folder, "over-limit.csv", MALFORMED_LAIT_HEADER, LADDER_CSV_MAX_SIZE + 1);
  malformed_write_sparse (folder, "over-limit.ladder", "{", LADDER_ASSESSMENT_MAX_SIZE + 1);

  /* A header that never ends: 8 MB with no line break. */
  g_string_assign (text, "Short Desc,");
  while (text->len < 8 * 1024 * 1024)
    g_string_append (text, "Ashmoor Ashmoor Ashmoor Ashmoor ");
  malformed_write_string (folder, "endless-line.csv", text);

  /* 100,000 columns in the header and its one row. */
  g_string_assign (text, "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region");
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, ",extra %u", i);
  g_string_append (text, "\nTO,Turnover,2024,Ashmoor (fictional),17.2,601,North");
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, ",");
  g_string_append_c (text, '\n');
  malformed_write_string (folder, "many-columns.csv", text);

  /* A million blank lines between the header and the one row. */
  g_string_assign (text, MALFORMED_LAIT_HEADER);
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (text, '\n');
  g_string_append (text, "TO,Turnover,2024,Ashmoor (fictional),17.2,601,North\n");
  malformed_write_string (folder, "blank-lines.csv", text);

  /* One quoted field of a million doubled quote marks. */
  g_string_assign (text, MALFORMED_LAIT_HEADER "TO,\"");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (text, "\"\"");
  g_string_append (text, "\",2024,Ashmoor (fictional),17.2,601,North\n");
  malformed_write_string (folder, "quote-run.csv", text);

  /* An Explore Education Statistics file with 5,000 indicator columns. */
  g_string_assign (text, "time_period,time_identifier,geographic_level,country_name,region_name,old_la_code,la_name");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, ",indicator_%u", i);
  g_string_append (text, "\n202324,Academic year,Local authority,England,North,601,Ashmoor (fictional)");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, ",%u", i % 100);
  g_string_append_c (text, '\n');
  malformed_write_string (folder, "ees-5000-indicators.csv", text);

  /* Brackets nested 100,000 deep. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  malformed_write_string (folder, "deep.ladder", text);
}
