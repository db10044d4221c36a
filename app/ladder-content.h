/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question bank, the library of support and the rules, loaded from the
 * program's resources and checked before use. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The three capacities, then the section on the nature of the difficulties. */
typedef enum
{
  LADDER_SECTION_SELF_ASSESSMENT,
  LADDER_SECTION_STRATEGY,
  LADDER_SECTION_IMPLEMENTATION,
  LADDER_SECTION_DIFFICULTIES,
  LADDER_N_SECTIONS
} LadderSection;

#define LADDER_N_CAPACITIES 3

typedef enum
{
  LADDER_FACET_NONE,
  LADDER_FACET_PERSISTENCE,
  LADDER_FACET_SPREAD,
  LADDER_FACET_GRIP,
  LADDER_FACET_GOVERNANCE_POLITICAL,
  LADDER_FACET_GOVERNANCE_CORPORATE,
  LADDER_FACET_GOVERNANCE_PARTNERSHIP,
  LADDER_N_FACETS
} LadderFacet;

typedef enum
{
  LADDER_LEADERSHIP_POLITICAL   = 1 << 0,
  LADDER_LEADERSHIP_CORPORATE   = 1 << 1,
  LADDER_LEADERSHIP_SERVICE     = 1 << 2,
  LADDER_LEADERSHIP_PARTNERSHIP = 1 << 3,
} LadderLeadershipLevels;

#define LADDER_N_LEADERSHIP_LEVELS 4

/* The four points of the scale; 0 is no answer, 5 is "don't know". */
typedef enum
{
  LADDER_RATING_NONE,
  LADDER_RATING_NOT_IN_PLACE,
  LADDER_RATING_EMERGING,
  LADDER_RATING_LARGELY_IN_PLACE,
  LADDER_RATING_FULLY_IN_PLACE,
  LADDER_RATING_DONT_KNOW,
} LadderRating;

typedef struct
{
  char *lait;              /* a LAIT short code, or NULL */
  char *ees;               /* an Explore education statistics column, or NULL */
  char *why;
} LadderIndicatorLink;

typedef struct
{
  char          *id;
  LadderSection  section;
  guint          index;            /* position in the whole bank */
  char          *statement;
  char          *help;
  char          *good;
  char          *descriptors[4];   /* for ratings 1 to 4 */
  guint          levels;           /* LadderLeadershipLevels */
  LadderFacet    facet;
  GPtrArray     *indicators;       /* of LadderIndicatorLink */
  char         **findings;
} LadderQuestion;

typedef struct
{
  char      *id;
  char      *title;
  char      *intro;
  GPtrArray *questions;            /* of LadderQuestion, not owned */
} LadderSectionInfo;

typedef struct
{
  char *id;
  char *source;
  char *title;
  char *text;
  char *where;                     /* where in the source it stands */
} LadderFinding;

typedef struct
{
  char *id;
  char *title;
  char *author;
  int   year;
  char *note;
  char *url;                       /* nullable */
} LadderSource;

typedef struct
{
  char *id;
  char *text;
  char *finding;                   /* NULL for a success factor */
} LadderChecklistItem;

typedef struct
{
  char      *id;
  char      *kind_of;              /* the broader form, or NULL */
  char      *name;
  char      *summary;
  char      *what;
  char     **examples;
  char     **benefits;
  GPtrArray *success_factors;      /* of LadderChecklistItem */
  char     **when_it_fits;
  char      *for_councillors;
  char      *costs;
  char     **findings;
  char     **case_studies;
} LadderForm;

typedef struct
{
  char  *id;
  char  *title;
  char **forms;
  char  *source;
  char  *story;
  char  *lesson;
} LadderCaseStudy;

typedef struct _LadderRules LadderRules;
typedef struct _LadderContent LadderContent;
typedef struct _LadderRulesCheckStats LadderRulesCheckStats;

LadderContent          *ladder_content_get_default     (GError       **error);
LadderContent          *ladder_content_load            (GBytes        *questions,
                                                        GBytes        *library,
                                                        GBytes        *rules,
                                                        GError       **error);
LadderContent          *ladder_content_load_checked    (GBytes        *questions,
                                                        GBytes        *library,
                                                        GBytes        *rules,
                                                        gboolean       every_context,
                                                        LadderRulesCheckStats *stats,
                                                        GError       **error);
LadderContent          *ladder_content_ref             (LadderContent *self);
void                    ladder_content_unref           (LadderContent *self);

const LadderSectionInfo *ladder_content_get_section    (LadderContent *self,
                                                        LadderSection  section);
guint                   ladder_content_get_n_questions (LadderContent *self);
const LadderQuestion   *ladder_content_get_question    (LadderContent *self,
                                                        guint          index);
const LadderQuestion   *ladder_content_find_question   (LadderContent *self,
                                                        const char    *id);
GPtrArray              *ladder_content_get_findings    (LadderContent *self);
const LadderFinding    *ladder_content_find_finding    (LadderContent *self,
                                                        const char    *id);
const LadderSource     *ladder_content_find_source     (LadderContent *self,
                                                        const char    *id);
GPtrArray              *ladder_content_get_forms       (LadderContent *self);
const LadderForm       *ladder_content_find_form       (LadderContent *self,
                                                        const char    *id);
GPtrArray              *ladder_content_get_case_studies (LadderContent *self);
const LadderCaseStudy  *ladder_content_find_case_study (LadderContent *self,
                                                        const char    *id);
GPtrArray              *ladder_content_get_design_checklist (LadderContent *self);
LadderRules            *ladder_content_get_rules       (LadderContent *self);
int                     ladder_content_get_form_rank   (LadderContent *self,
                                                        const char    *form);

const char             *ladder_rating_get_id           (LadderRating   rating);
const char             *ladder_rating_get_label        (LadderRating   rating);
gboolean                ladder_rating_from_id          (const char    *id,
                                                        LadderRating  *rating);
const char             *ladder_section_get_id          (LadderSection  section);
const char             *ladder_leadership_level_get_id (LadderLeadershipLevels level);
gboolean                ladder_leadership_level_from_id (const char   *id,
                                                        LadderLeadershipLevels *level);
const char             *ladder_leadership_level_get_label (LadderLeadershipLevels level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderContent, ladder_content_unref)

G_END_DECLS
