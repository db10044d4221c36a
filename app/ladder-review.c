/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everyone's answers side by side: the people in order of leadership
 * level, a row per question with each person's rating and the spread, what
 * the people at each level make of each capacity, and the same as text for
 * a terminal and as JSON for scripts.
 *
 * People are named only by ladder_assessment_dup_person_label(), so the
 * name of someone listed by role only never leaves the assessment, and
 * notes marked private are kept out of the text and the JSON. Text from the
 * file goes through ladder_sanitise_for_terminal() before it reaches a
 * terminal. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ladder-review.h"

struct _LadderReview
{
  gatomicrefcount       ref_count;
  LadderContent        *content;
  LadderRecommendation *recommendation;
  char                 *council;        /* nullable */
  char                 *review_date;    /* nullable */

  LadderReviewPerson   *people;         /* in review order */
  char                **labels_with_role;
  guint                 n_people;
  LadderReviewRow      *rows;           /* in question bank order */
  guint                 n_rows;
  /* People at each level who rated a question of each capacity 1 to 4. */
  guint                 raters[LADDER_N_CAPACITIES][LADDER_N_PERSPECTIVES];
};

static const char * const level_plurals[LADDER_N_PERSPECTIVES] = {
  "councillors", "corporate leaders", "service leaders", "partners", "people whose level is not given",
};
static const char * const level_singulars[LADDER_N_PERSPECTIVES] = {
  "councillor", "corporate leader", "service leader", "partner", "person whose level is not given",
};
/* A person's level after their name: "Team manager 2, a service leader". */
static const char * const level_roles[LADDER_N_PERSPECTIVES] = {
  "a councillor", "a corporate leader", "a service leader", "a partner", "level not given",
};

/**
 * ladder_review_level_get_plural:
 * @level: a leadership level index 0-3, or 4 for "not given"
 *
 * Returns: the people at that level, as in "among service leaders".
 */
const char *
ladder_review_level_get_plural (int level)
{
  g_return_val_if_fail (level >= 0 && level < LADDER_N_PERSPECTIVES, NULL);
  return level_plurals[level];
}

/**
 * ladder_review_level_get_singular:
 * @level: a leadership level index 0-3, or 4 for "not given"
 *
 * Returns: one person at that level, as in "1 service leader".
 */
const char *
ladder_review_level_get_singular (int level)
{
  g_return_val_if_fail (level >= 0 && level < LADDER_N_PERSPECTIVES, NULL);
  return level_singulars[level];
}

static const char *
level_id (int level)
{
  return level < LADDER_N_LEADERSHIP_LEVELS ? ladder_leadership_level_get_id (1u << level) : NULL;
}

static gboolean
is_rating (LadderRating rating)
{
  return rating >= LADDER_RATING_NOT_IN_PLACE && rating <= LADDER_RATING_FULLY_IN_PLACE;
}

static void
add_people (LadderReview     *self,
            LadderAssessment *assessment)
{
  guint n = ladder_assessment_get_n_respondents (assessment), i = 0;

  self->n_people = n;
  self->people = g_new0 (LadderReviewPerson, n);
  self->labels_with_role = g_new0 (char *, n + 1);
  /* A pass per level keeps the file's order within each. */
  for (int level = 0; level < LADDER_N_PERSPECTIVES; level++)
    for (guint r = 0; r < n; r++)
      {
        const LadderRespondent *respondent = ladder_assessment_get_respondent (assessment, r);

        if (ladder_leadership_level_get_index (respondent->level) != level)
          continue;
        self->people[i].id = g_strdup (respondent->id);
        self->people[i].label = ladder_assessment_dup_person_label (assessment, respondent, FALSE);
        self->people[i].level = level;
        self->labels_with_role[i] = ladder_assessment_dup_person_label (assessment, respondent, TRUE);
        i++;
      }
  g_assert (i == n);
}

static void
add_row (LadderReview          *self,
         LadderAssessment      *assessment,
         const LadderQuestion  *question,
         LadderReviewRow       *row,
         gboolean              *rated)
{
  row->question = question;
  row->ratings = g_new0 (LadderRating, self->n_people);
  row->notes = g_new0 (char *, self->n_people + 1);
  row->private_notes = g_new0 (gboolean, self->n_people);
  for (guint i = 0; i < self->n_people; i++)
    {
      const LadderAnswer *answer = ladder_assessment_get_answer (assessment, self->people[i].id, question->id);

      if (answer == NULL)
        continue;
      row->ratings[i] = answer->rating;
      if (answer->note != NULL && *answer->note != '\0')
        {
          row->notes[i] = g_strdup (answer->note);
          row->private_notes[i] = answer->private_note;
        }
      if (answer->rating == LADDER_RATING_DONT_KNOW)
        {
          row->n_dont_know++;
          self->people[i].n_answered++;
        }
      else if (is_rating (answer->rating))
        {
          row->lowest = row->n_rated == 0 ? answer->rating : MIN (row->lowest, answer->rating);
          row->highest = MAX (row->highest, answer->rating);
          row->n_rated++;
          self->people[i].n_answered++;
          if (question->section < LADDER_N_CAPACITIES)
            rated[i * LADDER_N_CAPACITIES + question->section] = TRUE;
        }
    }
  row->spread = row->n_rated >= 2 ? row->highest - row->lowest : 0;
  row->differs = row->spread >= LADDER_REVIEW_DIFFERS_BY;
}

/**
 * ladder_review_new:
 * @content: the question bank
 * @assessment: the assessment; nothing of it is kept, so it may change after
 * @recommendation: (nullable): the advice for @assessment, whose views by
 *   level and view gaps the review repeats; worked out here when %NULL
 *
 * Returns: (transfer full): everyone's answers side by side.
 */
LadderReview *
ladder_review_new (LadderContent        *content,
                   LadderAssessment     *assessment,
                   LadderRecommendation *recommendation)
{
  LadderReview *self;
  g_autofree gboolean *rated = NULL;  /* per person and capacity */

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LADDER_IS_ASSESSMENT (assessment), NULL);

  self = g_new0 (LadderReview, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->content = ladder_content_ref (content);
  self->recommendation = recommendation != NULL ? ladder_recommendation_ref (recommendation)
                                                : ladder_recommend_without_changes (content, assessment);
  self->council = g_strdup (ladder_assessment_get_council_name (assessment));
  self->review_date = g_strdup (ladder_assessment_get_review_date (assessment));
  add_people (self, assessment);

  rated = g_new0 (gboolean, (gsize) MAX (self->n_people, 1) * LADDER_N_CAPACITIES);
  self->n_rows = ladder_content_get_n_questions (content);
  self->rows = g_new0 (LadderReviewRow, self->n_rows);
  for (guint q = 0; q < self->n_rows; q++)
    add_row (self, assessment, ladder_content_get_question (content, q), &self->rows[q], rated);
  for (guint i = 0; i < self->n_people; i++)
    for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
      if (rated[i * LADDER_N_CAPACITIES + c])
        self->raters[c][self->people[i].level]++;
  return self;
}

LadderReview *
ladder_review_ref (LadderReview *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ladder_review_unref (LadderReview *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint q = 0; q < self->n_rows; q++)
    {
      LadderReviewRow *row = &self->rows[q];

      for (guint i = 0; i < self->n_people; i++)
        g_free (row->notes[i]);
      g_free (row->notes);
      g_free (row->ratings);
      g_free (row->private_notes);
    }
  g_free (self->rows);
  for (guint i = 0; i < self->n_people; i++)
    {
      g_free (self->people[i].id);
      g_free (self->people[i].label);
    }
  g_free (self->people);
  g_strfreev (self->labels_with_role);
  g_free (self->council);
  g_free (self->review_date);
  ladder_recommendation_unref (self->recommendation);
  ladder_content_unref (self->content);
  g_free (self);
}

guint
ladder_review_get_n_people (LadderReview *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_people;
}

/**
 * ladder_review_get_person:
 * @self: a review
 * @index: a person's place in review order
 *
 * Returns: (transfer none): the person.
 */
const LadderReviewPerson *
ladder_review_get_person (LadderReview *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_people, NULL);
  return &self->people[index];
}

/**
 * ladder_review_get_person_label_with_role:
 * @self: a review
 * @index: a person's place in review order
 *
 * Returns: (transfer none): the person's label with their role after a
 *   name ("Name, role"); a role-only person's label is their role.
 */
const char *
ladder_review_get_person_label_with_role (LadderReview *self,
                                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_people, NULL);
  return self->labels_with_role[index];
}

guint
ladder_review_get_n_rows (LadderReview *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

/**
 * ladder_review_get_row:
 * @self: a review
 * @index: a question's place in the question bank
 *
 * Returns: (transfer none): everyone's answers to that question.
 */
const LadderReviewRow *
ladder_review_get_row (LadderReview *self,
                       guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_rows, NULL);
  return &self->rows[index];
}

/**
 * ladder_review_get_n_differing:
 * @self: a review
 *
 * Returns: how many questions people rated LADDER_REVIEW_DIFFERS_BY
 *   points apart or more.
 */
guint
ladder_review_get_n_differing (LadderReview *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint q = 0; q < self->n_rows; q++)
    n += self->rows[q].differs;
  return n;
}

static int
compare_spread (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const LadderReviewRow *rows = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (rows[x].spread != rows[y].spread)
    return rows[x].spread > rows[y].spread ? -1 : 1;
  return (x > y) - (x < y);
}

/**
 * ladder_review_sort_by_spread:
 * @self: a review
 *
 * Returns: (transfer full) (array): every row index, the largest spread
 *   first and questions of equal spread in question bank order.
 */
guint *
ladder_review_sort_by_spread (LadderReview *self)
{
  guint *order;

  g_return_val_if_fail (self != NULL, NULL);
  order = g_new (guint, MAX (self->n_rows, 1));
  for (guint q = 0; q < self->n_rows; q++)
    order[q] = q;
  g_qsort_with_data (order, self->n_rows, sizeof (guint), compare_spread, self->rows);
  return order;
}

/* The capacity as a sentence's subject: "Self-assessment". */
static char *
capacity_subject (guint capacity)
{
  const char *title = ladder_capacity_get_short_title (capacity);
  gunichar first = g_unichar_toupper (g_utf8_get_char (title));
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (first, buffer);
  return g_strconcat (buffer, g_utf8_next_char (title), NULL);
}

static char *
rating_word (double view)
{
  int nearest = CLAMP ((int) lround (view), LADDER_RATING_NOT_IN_PLACE, LADDER_RATING_FULLY_IN_PLACE);

  return g_utf8_strdown (ladder_rating_get_label (nearest), -1);
}

/**
 * ladder_review_dup_summary:
 * @self: a review
 * @capacity: a capacity section, 0 to 2
 *
 * What the people at each leadership level make of the capacity, the
 * highest view first, and the levels with no ratings for it.
 *
 * Returns: (transfer full): one sentence, such as "Self-assessment:
 *   largely in place among service leaders (3.2, 3 people), emerging among
 *   councillors (2.0, 2 people); no ratings yet from partners."
 */
char *
ladder_review_dup_summary (LadderReview *self,
                           guint         capacity)
{
  const LadderPerspective *perspectives;
  g_autoptr(GString) out = NULL;
  g_autofree char *subject = NULL;
  int order[LADDER_N_PERSPECTIVES];
  guint n_rated = 0;
  gboolean unplaced = FALSE;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (capacity < LADDER_N_CAPACITIES, NULL);

  perspectives = self->recommendation->perspectives;
  for (guint i = 0; i < self->n_people; i++)
    unplaced |= self->people[i].level == LADDER_N_LEADERSHIP_LEVELS;
  subject = capacity_subject (capacity);
  out = g_string_new (subject);
  for (int p = 0; p < LADDER_N_PERSPECTIVES; p++)
    {
      if (!isnan (perspectives[p].views[capacity]))
        {
          /* Insertion keeps levels with the same view in level order. */
          int at = n_rated++;

          while (at > 0 && perspectives[order[at - 1]].views[capacity] < perspectives[p].views[capacity])
            {
              order[at] = order[at - 1];
              at--;
            }
          order[at] = p;
        }
      /* People whose level is not given are only missed when there are some. */
      else if (p < LADDER_N_LEADERSHIP_LEVELS || unplaced)
        g_ptr_array_add (missing, (gpointer) level_plurals[p]);
    }
  if (n_rated == 0)
    {
      g_string_append (out, ": nobody has rated it yet.");
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  g_string_append (out, ": ");
  for (guint i = 0; i < n_rated; i++)
    {
      int p = order[i];
      double view = perspectives[p].views[capacity];
      guint n = self->raters[capacity][p];
      g_autofree char *word = rating_word (view);

      g_string_append_printf (out, "%s%s among %s (%.1f, %u %s)", i > 0 ? ", " : "", word, level_plurals[p], view,
                              n, n == 1 ? "person" : "people");
    }
  if (missing->len > 0)
    g_string_append (out, "; no ratings yet from ");
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == missing->len ? " or " : ", ",
                            (const char *) missing->pdata[i]);
  g_string_append_c (out, '.');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ladder_review_dup_view_gaps:
 * @self: a review
 *
 * Returns: (transfer full) (element-type utf8): the decision model's
 *   sentences on where people at two levels see a capacity two points or
 *   more apart; empty when they do not.
 */
GPtrArray *
ladder_review_dup_view_gaps (LadderReview *self)
{
  GArray *gaps;
  GPtrArray *out;

  g_return_val_if_fail (self != NULL, NULL);
  gaps = self->recommendation->view_gaps;
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < gaps->len; i++)
    g_ptr_array_add (out, ladder_recommendation_describe_view_gap (self->recommendation,
                                                                   &g_array_index (gaps, LadderViewGap, i)));
  return out;
}

/**
 * ladder_review_describe_people:
 * @self: a review
 *
 * Returns: (transfer full): who took part, level by level, named with
 *   their roles ("Name, role"; a role-only person by role alone), and who
 *   has not answered yet.
 */
char *
ladder_review_describe_people (LadderReview *self)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(GPtrArray) silent = g_ptr_array_new ();
  guint counts[LADDER_N_PERSPECTIVES] = { 0 };
  guint n_groups = 0, group = 0;

  g_return_val_if_fail (self != NULL, NULL);
  if (self->n_people == 0)
    return g_strdup ("Nobody has taken part yet.");
  for (guint i = 0; i < self->n_people; i++)
    {
      n_groups += counts[self->people[i].level]++ == 0;
      if (self->people[i].n_answered == 0)
        g_ptr_array_add (silent, self->people[i].label);
    }
  out = g_string_new (NULL);
  g_string_printf (out, "%u %s took part: ", self->n_people, self->n_people == 1 ? "person" : "people");
  for (guint i = 0; i < self->n_people; i++)
    {
      int level = self->people[i].level;
      gboolean first = i == 0 || self->people[i - 1].level != level;

      if (first)
        {
          if (group > 0)
            g_string_append (out, group + 1 == n_groups ? " and " : ", ");
          group++;
          g_string_append_printf (out, "%u %s (", counts[level],
                                  counts[level] == 1 ? level_singulars[level] : level_plurals[level]);
        }
      else
        g_string_append (out, "; ");
      g_string_append (out, self->labels_with_role[i]);
      if (i + 1 == self->n_people || self->people[i + 1].level != level)
        g_string_append_c (out, ')');
    }
  g_string_append_c (out, '.');
  for (guint i = 0; i < silent->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " " : i + 1 == silent->len ? " and " : ", ",
                            (const char *) silent->pdata[i]);
  if (silent->len > 0)
    g_string_append_printf (out, " %s not answered yet.", silent->len == 1 ? "has" : "have");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ladder_review_describe_cell:
 * @self: a review
 * @row: a question's row
 * @person: a person's place in review order
 *
 * Returns: (transfer full): one person's answer to one question in words,
 *   for a tooltip or a screen reader: "Team manager 2, a service leader,
 *   on “…”: 3, Largely in place. Note: …". A private note is only said
 *   to exist.
 */
char *
ladder_review_describe_cell (LadderReview *self,
                             guint         row,
                             guint         person)
{
  const LadderReviewRow *r;
  const LadderReviewPerson *who;
  LadderRating rating;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n_rows && person < self->n_people, NULL);

  r = &self->rows[row];
  who = &self->people[person];
  rating = r->ratings[person];
  g_string_printf (out, "%s, %s, on “%s”: ", who->label, level_roles[who->level], r->question->statement);
  if (is_rating (rating))
    g_string_append_printf (out, "%d, %s.", rating, ladder_rating_get_label (rating));
  else if (rating == LADDER_RATING_DONT_KNOW)
    g_string_append (out, "don’t know.");
  else
    g_string_append (out, "no answer.");
  if (r->notes[person] != NULL && r->private_notes[person])
    g_string_append (out, " There is a private note.");
  else if (r->notes[person] != NULL)
    g_string_append_printf (out, " Note: %s", r->notes[person]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ladder_review_get_rating_mark:
 * @rating: a rating
 *
 * Returns: the rating as one character: its number, "?" for don't know,
 *   "-" for no answer.
 */
const char *
ladder_review_get_rating_mark (LadderRating rating)
{
  static const char * const marks[] = { "-", "1", "2", "3", "4", "?" };

  g_return_val_if_fail (rating <= LADDER_RATING_DONT_KNOW, "-");
  return marks[rating];
}

static void
append_sanitised (GString    *out,
                  const char *text)
{
  g_autofree char *safe = ladder_sanitise_for_terminal (text);

  g_string_append (out, safe);
}

static void
write_grid (LadderReview *self,
            GString      *out)
{
  int width = self->n_people >= 100 ? 3 : self->n_people >= 10 ? 2 : 1;
  int id_width = (int) strlen ("Question");
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  glong label_width = 0;

  for (guint q = 0; q < self->n_rows; q++)
    id_width = MAX (id_width, (int) strlen (self->rows[q].question->id));
  for (guint i = 0; i < self->n_people; i++)
    {
      char *label = ladder_sanitise_for_terminal (self->people[i].label);

      g_ptr_array_add (labels, label);
      label_width = MAX (label_width, g_utf8_strlen (label, -1));
    }

  g_string_append (out, "\nPeople\n");
  for (guint i = 0; i < self->n_people; i++)
    {
      const char *label = labels->pdata[i];
      int level = self->people[i].level;

      /* Padded by characters, not bytes, so the levels line up. */
      g_string_append_printf (out, "  %*u  %s%*s  %s\n", width, i + 1, label,
                              (int) (label_width - g_utf8_strlen (label, -1)), "",
                              level < LADDER_N_LEADERSHIP_LEVELS ? level_singulars[level] : "level not given");
    }
  g_string_append (out, "\nRatings: 1 not in place, 2 emerging, 3 largely in place, 4 fully in place, ? don’t "
                        "know, - no answer; * marks a question people rated two or more points apart.\n");

  for (guint s = 0; s < LADDER_N_SECTIONS; s++)
    {
      const LadderSectionInfo *section = ladder_content_get_section (self->content, s);

      g_string_append_printf (out, "\n%s\n  %-*s ", section->title, id_width, "Question");
      for (guint i = 0; i < self->n_people; i++)
        g_string_append_printf (out, " %*u", width, i + 1);
      g_string_append (out, "  Spread\n");
      for (guint q = 0; q < self->n_rows; q++)
        {
          const LadderReviewRow *row = &self->rows[q];

          if (row->question->section != s)
            continue;
          g_string_append_printf (out, "  %-*s ", id_width, row->question->id);
          for (guint i = 0; i < self->n_people; i++)
            g_string_append_printf (out, " %*s", width, ladder_review_get_rating_mark (row->ratings[i]));
          g_string_append_printf (out, "  %u%s\n", row->spread, row->differs ? " *" : "");
        }
    }
}

/**
 * ladder_review_write_text:
 * @self: a review
 * @out: where to write
 *
 * Writes the review as plain text for a terminal: who took part, what each
 * level makes of each capacity, where views differ, and a grid of every
 * rating. Names, roles and the council's name are sanitised; no notes are
 * written.
 */
void
ladder_review_write_text (LadderReview *self,
                          GString      *out)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *people = NULL;
  guint differing;

  g_return_if_fail (self != NULL && out != NULL);

  g_string_append (out, "Everyone’s answers side by side: ");
  append_sanitised (out, self->council != NULL ? self->council : "no council named");
  if (self->review_date != NULL)
    {
      g_string_append (out, ", review of ");
      append_sanitised (out, self->review_date);
    }
  g_string_append (out, "\n\n");
  people = ladder_review_describe_people (self);
  append_sanitised (out, people);
  g_string_append (out, "\n\nWhat the people at each level make of each capacity\n");
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      g_autofree char *summary = ladder_review_dup_summary (self, c);

      g_string_append_printf (out, "  %s\n", summary);
    }

  gaps = ladder_review_dup_view_gaps (self);
  if (gaps->len > 0)
    g_string_append (out, "\nWhere views differ\n");
  for (guint i = 0; i < gaps->len; i++)
    g_string_append_printf (out, "  - %s\n", (const char *) gaps->pdata[i]);
  differing = ladder_review_get_n_differing (self);
  g_string_append_printf (out, "\nQuestions people rated two or more points apart: %u of %u.\n", differing,
                          self->n_rows);
  write_grid (self, out);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_rating (JsonBuilder  *builder,
            LadderRating  rating)
{
  if (rating == LADDER_RATING_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, ladder_rating_get_id (rating));
}

static void
add_summaries (LadderReview *self,
               JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "summary");
  json_builder_begin_array (builder);
  for (guint c = 0; c < LADDER_N_CAPACITIES; c++)
    {
      g_autofree char *sentence = ladder_review_dup_summary (self, c);

      json_builder_begin_object (builder);
      add_string (builder, "capacity", ladder_section_get_id (c));
      add_string (builder, "sentence", sentence);
      json_builder_set_member_name (builder, "by-level");
      json_builder_begin_array (builder);
      for (int p = 0; p < LADDER_N_PERSPECTIVES; p++)
        {
          double view = self->recommendation->perspectives[p].views[c];

          if (p == LADDER_N_LEADERSHIP_LEVELS && isnan (view))
            continue;
          json_builder_begin_object (builder);
          add_string (builder, "level", level_id (p));
          add_int (builder, "people", self->raters[c][p]);
          json_builder_set_member_name (builder, "mean");
          if (isnan (view))
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, view);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_questions (LadderReview *self,
               JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint q = 0; q < self->n_rows; q++)
    {
      const LadderReviewRow *row = &self->rows[q];

      json_builder_begin_object (builder);
      add_string (builder, "id", row->question->id);
      add_string (builder, "section", ladder_section_get_id (row->question->section));
      add_string (builder, "statement", row->question->statement);
      json_builder_set_member_name (builder, "ratings");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->n_people; i++)
        add_rating (builder, row->ratings[i]);
      json_builder_end_array (builder);
      /* A private note never leaves the assessment. */
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->n_people; i++)
        if (row->notes[i] != NULL && !row->private_notes[i])
          json_builder_add_string_value (builder, row->notes[i]);
        else
          json_builder_add_null_value (builder);
      json_builder_end_array (builder);
      add_int (builder, "spread", row->spread);
      json_builder_set_member_name (builder, "differs");
      json_builder_add_boolean_value (builder, row->differs);
      add_int (builder, "dont-know", row->n_dont_know);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * ladder_review_to_json:
 * @self: a review
 *
 * Returns: (transfer full): the review for scripts: the people (by label),
 *   the summaries, the view gaps and every question's ratings and public
 *   notes, person by person in review order.
 */
JsonNode *
ladder_review_to_json (LadderReview *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GPtrArray) gaps = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "council", self->council);
  add_string (builder, "review-date", self->review_date);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_people; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "label", self->people[i].label);
      add_string (builder, "level", level_id (self->people[i].level));
      add_int (builder, "answered", self->people[i].n_answered);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_summaries (self, builder);

  gaps = ladder_review_dup_view_gaps (self);
  json_builder_set_member_name (builder, "views-differ");
  json_builder_begin_array (builder);
  for (guint i = 0; i < gaps->len; i++)
    json_builder_add_string_value (builder, gaps->pdata[i]);
  json_builder_end_array (builder);

  add_questions (self, builder);
  add_int (builder, "differing", ladder_review_get_n_differing (self));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * ladder_review_disagreements_to_json:
 * @self: a review
 *
 * Returns: (transfer full): an array with each question people rated
 *   LADDER_REVIEW_DIFFERS_BY points apart or more, in question bank order:
 *   its id, statement, lowest and highest rating (1 to 4), spread, and
 *   each answer given ("person" label, "level" id or null, "rating" id).
 */
JsonNode *
ladder_review_disagreements_to_json (LadderReview *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint q = 0; q < self->n_rows; q++)
    {
      const LadderReviewRow *row = &self->rows[q];

      if (!row->differs)
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "question", row->question->id);
      add_string (builder, "statement", row->question->statement);
      add_int (builder, "lowest", row->lowest);
      add_int (builder, "highest", row->highest);
      add_int (builder, "spread", row->spread);
      json_builder_set_member_name (builder, "ratings");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->n_people; i++)
        {
          if (row->ratings[i] == LADDER_RATING_NONE)
            continue;
          json_builder_begin_object (builder);
          add_string (builder, "person", self->people[i].label);
          add_string (builder, "level", level_id (self->people[i].level));
          add_string (builder, "rating", ladder_rating_get_id (row->ratings[i]));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}
