/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "ladder review": everyone's answers side by side, as text or JSON. */
#include "config.h"

#include <string.h>

#include "ladder-cli.h"
#include "ladder-review-command.h"
#include "ladder-review.h"

/**
 * ladder_review_command:
 * @argc: arguments after "review"
 * @argv: FILE.ladder and optionally --json
 * @out: the review
 * @err: one line naming the problem
 *
 * Returns: 0, or 2 for a bad argument or file.
 */
int
ladder_review_command (int       argc,
                       char    **argv,
                       GString  *out,
                       GString  *err)
{
  g_autoptr(LadderDocument) document = NULL;
  g_autoptr(LadderReview) review = NULL;
  const char *path = NULL;
  gboolean json = FALSE;

  for (int i = 0; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        json = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_string_append_printf (err, "ladder: review has no option '%s'\n", argv[i]);
          return LADDER_EXIT_BAD_INPUT;
        }
      else if (path != NULL)
        {
          g_string_append (err, "ladder: review reads one FILE.ladder at a time\n");
          return LADDER_EXIT_BAD_INPUT;
        }
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_string_append (err, "ladder: review needs a FILE.ladder\n");
      return LADDER_EXIT_BAD_INPUT;
    }

  document = ladder_cli_open_document (path, err);
  if (document == NULL)
    return LADDER_EXIT_BAD_INPUT;
  review = ladder_review_new (ladder_document_get_content (document), ladder_document_get_assessment (document),
                              ladder_document_get_advice (document));
  if (json)
    {
      g_autoptr(JsonNode) root = ladder_review_to_json (review);

      ladder_cli_append_json (out, root);
    }
  else
    ladder_review_write_text (review, out);
  return LADDER_EXIT_OK;
}
