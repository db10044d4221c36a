/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the .ladder reader: any bytes must be read or
 * refused with a located message, never crash, leak or trip a sanitizer;
 * and whatever is read must save and read back to the same bytes, with
 * the same advice. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ladder-assessment-file.h"
#include "ladder-recommend-command.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static LadderContent *content;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadderAssessment) first = NULL;
  g_autoptr(LadderAssessment) second = NULL;
  g_autoptr(LadderRecommendation) advice_first = NULL;
  g_autoptr(LadderRecommendation) advice_second = NULL;
  g_autoptr(JsonNode) json_first = NULL;
  g_autoptr(JsonNode) json_second = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *text_first = NULL;
  g_autofree char *text_second = NULL;
  gsize length;

  if (content == NULL)
    content = ladder_content_get_default (NULL);
  first = ladder_assessment_load_data ((const char *) data, size, "fuzz.ladder", NULL, &error);
  if (first == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.ladder"));
      return 0;
    }
  saved = ladder_assessment_to_data (first, NULL, &length);
  second = ladder_assessment_load_data (saved, length, "saved.ladder", NULL, &error);
  /* abort (), not g_error (): libFuzzer keeps the input for a SIGABRT,
   * not for the SIGTRAP that g_error () raises. */
  if (second == NULL)
    {
      g_printerr ("what was read could not be read back: %s\n", error->message);
      abort ();
    }
  saved_again = ladder_assessment_to_data (second, NULL, NULL);
  g_assert_cmpstr (saved, ==, saved_again);

  advice_first = ladder_recommend (content, first);
  advice_second = ladder_recommend (content, second);
  json_first = ladder_recommendation_to_json (advice_first);
  json_second = ladder_recommendation_to_json (advice_second);
  text_first = json_to_string (json_first, FALSE);
  text_second = json_to_string (json_second, FALSE);
  g_assert_cmpstr (text_first, ==, text_second);
  return 0;
}
