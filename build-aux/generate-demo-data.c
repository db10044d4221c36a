/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes Ladder's fictional demonstration data: twenty made-up councils in
 * three made-up regions, thirteen measures over ten years, in the same
 * layouts as the Department's files (LAIT table, data dictionary,
 * statistical neighbours, LA code list), so the demo goes through the real
 * importers. Every name says it is fictional. Deterministic: the same
 * program writes the same bytes, which a test checks.
 *
 * usage: generate-demo-data OUTPUT-FOLDER */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_COUNCILS 20
#define N_REGIONS 3
#define N_YEARS 10
#define FIRST_YEAR 2016

/* xorshift64*: the same sequence on every machine and libc. */
static uint64_t state = 0x4c61646465724465ull;

static double
uniform (void)
{
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return ((state * 0x2545F4914F6CDD1Dull) >> 11) * (1.0 / 9007199254740992.0);
}

static double
noise (double size)
{
  return (uniform () - 0.5) * 2 * size;
}

static const char *regions[N_REGIONS] = {
  "Northmere (fictional region)", "Westvale (fictional region)", "Southdown (fictional region)",
};

typedef struct
{
  const char *name;
  int         region;
  const char *type;
  double      need;       /* 0 (affluent) to 1 (deprived): drives every measure */
  double      grip;       /* how well run: shapes trends */
} Council;

static Council councils[N_COUNCILS] = {
  { "Ashmoor (fictional)", 0, "UA", 0.62, 0.2 },       { "Brackenford (fictional)", 0, "MD", 0.81, -0.6 },
  { "Caldermouth (fictional)", 0, "MD", 0.74, 0.5 },   { "Dunholm (fictional)", 0, "SC", 0.35, 0.1 },
  { "Eastwold (fictional)", 0, "UA", 0.55, -0.2 },     { "Fenbridge (fictional)", 0, "MD", 0.88, 0.8 },
  { "Glenmarsh (fictional)", 0, "SC", 0.28, 0.3 },     { "Hollins Vale (fictional)", 1, "UA", 0.47, -0.4 },
  { "Ironcliffe (fictional)", 1, "MD", 0.79, 0.0 },    { "Juniper Bay (fictional)", 1, "UA", 0.58, 0.6 },
  { "Kestrel Downs (fictional)", 1, "SC", 0.22, 0.2 }, { "Larkmere (fictional)", 1, "UA", 0.66, -0.8 },
  { "Millbourne (fictional)", 1, "SC", 0.31, 0.4 },    { "Northwick Fen (fictional)", 2, "UA", 0.52, 0.1 },
  { "Oakhaven (fictional)", 2, "OLB", 0.44, 0.7 },     { "Pennystone (fictional)", 2, "OLB", 0.69, -0.3 },
  { "Quarrington (fictional)", 2, "ILB", 0.91, 0.2 },  { "Ravensholt (fictional)", 2, "SC", 0.18, 0.0 },
  { "Saltmarsh Bay (fictional)", 2, "UA", 0.63, 0.5 }, { "Thornwick Heath (fictional)", 2, "OLB", 0.39, -0.1 },
};

typedef enum { CALENDAR, ACADEMIC, FINANCIAL } YearStyle;

typedef struct
{
  const char *code;
  const char *topic;
  const char *name;
  const char *axis;
  const char *polarity;    /* "High", "Low" or "-" */
  int         decimals;
  YearStyle   years;
  double      base, need_effect, grip_effect, spread, min, max;
  int         covid_gap;   /* no figures for 2019/20 and 2020/21 */
  int         small_counts;  /* some councils' figures are suppressed */
} Measure;

static const Measure measures[] = {
  { "LAC", "Children looked after", "Children looked after per 10,000 children", "Rate per 10,000 children",
    "-", 0, FINANCIAL, 45, 70, 0, 6, 15, 160, 0, 0 },
  { "LACStable_2016on", "Children looked after", "Children looked after with three or more placements in the year",
    "Percentage", "Low", 1, FINANCIAL, 8, 4, -1.5, 1.2, 2, 20, 0, 1 },
  { "ReReferral", "Children in need", "Re-referrals to children's social care within 12 months", "Percentage",
    "Low", 1, FINANCIAL, 18, 8, -3, 2.5, 5, 40, 0, 0 },
  { "Continue_Assess_Comp", "Children in need", "Assessments completed within 45 working days", "Percentage",
    "High", 1, FINANCIAL, 86, -10, 6, 4, 40, 100, 0, 0 },
  { "PrevRegCPR", "Child protection", "Child protection plans starting for a second or later time", "Percentage",
    "Low", 1, FINANCIAL, 19, 6, -3, 3, 5, 40, 0, 1 },
  { "Work_Force_TO_Rate", "Children's services workforce", "Social worker turnover rate", "Percentage",
    "Low", 1, CALENDAR, 15, 5, -4, 2.5, 3, 35, 0, 0 },
  { "Work_Force_Agecy_Rate", "Children's services workforce", "Agency social worker rate", "Percentage",
    "Low", 1, CALENDAR, 13, 10, -6, 3, 0, 50, 0, 0 },
  { "Work_Force_Vac_Rate", "Children's services workforce", "Social worker vacancy rate", "Percentage",
    "Low", 1, CALENDAR, 14, 8, -5, 3, 0, 45, 0, 0 },
  { "Work_Force_AvgNumCase_SW", "Children's services workforce", "Average caseload per children and family "
    "social worker", "Cases", "Low", 1, CALENDAR, 15, 3, -1.5, 1.2, 8, 26, 0, 0 },
  { "KS2RWM_Expected_STD", "Attainment", "Pupils reaching the expected standard in reading, writing and maths at "
    "key stage 2", "Percentage", "High", 0, ACADEMIC, 64, -14, 3, 3, 35, 85, 1, 0 },
  { "AVG_Attain8_Score", "Attainment", "Average Attainment 8 score per pupil", "Score", "High", 1, ACADEMIC,
    48, -8, 1.5, 1.5, 35, 60, 1, 0 },
  { "SFSecPerAbNew", "Absence", "Pupils persistently absent from secondary school", "Percentage", "Low", 1,
    ACADEMIC, 14, 9, -2, 1.5, 5, 35, 0, 0 },
  { "16-17 NEET", "Education, employment and training", "16 and 17 year olds not in education, employment "
    "or training, or whose activity is not known", "Percentage", "Low", 1, CALENDAR, 5.5, 4, -1, 0.8, 1, 15, 0, 0 },
};

#define N_MEASURES (sizeof measures / sizeof measures[0])

static int
council_number (int i)
{
  return 601 + i;   /* not used by any real council */
}

static void
year_label (const Measure *measure,
            int            year,
            char          *label)
{
  switch (measure->years)
    {
    case CALENDAR: sprintf (label, "%d", year); break;
    case ACADEMIC: sprintf (label, "%d/%02d", year - 1, year % 100); break;
    case FINANCIAL: sprintf (label, "%d-%02d", year - 1, year % 100); break;
    }
}

static FILE *
open_output (const char *folder,
             const char *name)
{
  char path[4096];
  FILE *file;

  snprintf (path, sizeof path, "%s/%s", folder, name);
  file = fopen (path, "w");
  if (file == NULL)
    {
      perror (path);
      exit (1);
    }
  return file;
}

static double
clamp (double value,
       double min,
       double max)
{
  return value < min ? min : value > max ? max : value;
}

static void
write_table (const char *folder)
{
  FILE *out = open_output (folder, "fictional-lait-table.csv");
  double figures[N_COUNCILS];

  fputs ("Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n", out);
  for (size_t m = 0; m < N_MEASURES; m++)
    {
      const Measure *measure = &measures[m];

      for (int y = 0; y < N_YEARS; y++)
        {
          int year = FIRST_YEAR + y;
          int gap = measure->covid_gap && measure->years == ACADEMIC && (year == 2020 || year == 2021);
          char label[16];
          double region_sum[N_REGIONS] = { 0 };
          int region_n[N_REGIONS] = { 0 };
          double england = 0;

          year_label (measure, year, label);
          for (int c = 0; c < N_COUNCILS; c++)
            {
              const Council *council = &councils[c];
              /* Well-run councils improve over the decade, struggling ones
               * slip; "improve" follows the measure's polarity. */
              double direction = strcmp (measure->polarity, "High") == 0 ? 1 : -1;
              double drift = measure->grip_effect != 0 ? council->grip * 0.35 * y * direction * fabs (measure->grip_effect) / 3 : 0;
              double value = measure->base + measure->need_effect * (council->need - 0.5) + drift +
                             noise (measure->spread);

              figures[c] = clamp (value, measure->min, measure->max);
              region_sum[council->region] += figures[c];
              region_n[council->region]++;
              england += figures[c] / N_COUNCILS;
            }
          for (int c = 0; c < N_COUNCILS; c++)
            {
              const char *name_field = m < N_MEASURES && c == 0 && y == 0 ? measure->name : "";
              char value[32];

              if (gap)
                strcpy (value, "-");
              /* Small councils' figures withheld now and then. */
              else if (measure->small_counts && councils[c].need < 0.3 && (y % 3) == 1)
                strcpy (value, "c");
              else
                snprintf (value, sizeof value, "%.*f", measure->decimals, figures[c]);
              fprintf (out, "%s,\"%s\",%s,%s,%s,%d,%s\n", measure->code, name_field, label,
                       councils[c].name, value, council_number (c), regions[councils[c].region]);
            }
          for (int r = 0; r < N_REGIONS; r++)
            {
              if (gap)
                fprintf (out, "%s,\"\",%s,%s,-,%d,NA\n", measure->code, label, regions[r], 991 + r);
              else
                fprintf (out, "%s,\"\",%s,%s,%.*f,%d,NA\n", measure->code, label, regions[r],
                         measure->decimals, region_sum[r] / region_n[r], 991 + r);
            }
          if (gap)
            fprintf (out, "%s,\"\",%s,England (fictional figures),-,970,NA\n", measure->code, label);
          else
            fprintf (out, "%s,\"\",%s,England (fictional figures),%.*f,970,NA\n", measure->code, label,
                     measure->decimals, england);
        }
    }
  fclose (out);
}

static void
write_dictionary (const char *folder)
{
  FILE *out = open_output (folder, "fictional-lait-dictionary.csv");
  static const char *year_types[] = { "Calendar Year", "Academic Year", "Financial Year" };

  fputs ("\"Measure_code\",\"Topic\",\"Measure\",\"Chart_title\",\"Measure_short\",\"Polarity\","
         "\"y_axis_name\",\"Table_status\",\"Description\",\"dps\",\"Year_Type\",\"No_Quartile\"\n", out);
  for (size_t m = 0; m < N_MEASURES; m++)
    fprintf (out, "\"%zu\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"Fictional demonstration data\","
             "\"Made-up figures for trying Ladder out.\nThey describe no real council.\",\"%d\",\"%s\",NA\n",
             m + 1, measures[m].topic, measures[m].name, measures[m].name, measures[m].code,
             measures[m].polarity, measures[m].axis, measures[m].decimals, year_types[measures[m].years]);
  fclose (out);
}

/* Neighbours are the ten councils closest in need, in the LAIT spreadsheet
 * layout with its two junk rows, as published. */
static void
write_neighbours (const char *folder)
{
  FILE *out = open_output (folder, "fictional-neighbours.csv");

  fputs ("A,B,C,D,E,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n", out);
  fputs ("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n", out);
  fputs ("LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,"
         "SN8,SNP,SN9,SNP,SN10,SNP,\n", out);
  for (int c = 0; c < N_COUNCILS; c++)
    {
      int order[N_COUNCILS - 1];
      int n = 0;

      for (int o = 0; o < N_COUNCILS; o++)
        if (o != c)
          order[n++] = o;
      for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
          if (fabs (councils[order[j]].need - councils[c].need) < fabs (councils[order[i]].need - councils[c].need))
            {
              int swap = order[i];
              order[i] = order[j];
              order[j] = swap;
            }
      fprintf (out, "%d,%s,%d,%d,%s", council_number (c), councils[c].name, council_number (c),
               councils[c].region + 1, regions[councils[c].region]);
      for (int k = 0; k < 10; k++)
        {
          double distance = fabs (councils[order[k]].need - councils[c].need);
          fprintf (out, ",%d,%s", council_number (order[k]),
                   distance < 0.04 ? "Very close" : distance < 0.1 ? "Close" : "Somewhat close");
        }
      fputs (",\n", out);
    }
  fputs (",,,,,,,,,,,,,,,,,,,,,,,,,\n", out);
  fclose (out);
}

static void
write_code_list (const char *folder)
{
  FILE *out = open_output (folder, "fictional-la-codes.csv");

  fputs ("LA Number,LA Name,Region,Type\n", out);
  for (int c = 0; c < N_COUNCILS; c++)
    fprintf (out, "%d,%s,%s,%s\n", council_number (c), councils[c].name, regions[councils[c].region],
             councils[c].type);
  for (int r = 0; r < N_REGIONS; r++)
    fprintf (out, "%d,%s,NA,NA\n", 991 + r, regions[r]);
  fputs ("970,England (fictional figures),NA,NA\n", out);
  fclose (out);
}

int
main (int    argc,
      char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s OUTPUT-FOLDER\n", argv[0]);
      return 2;
    }
  write_table (argv[1]);
  write_dictionary (argv[1]);
  write_neighbours (argv[1]);
  write_code_list (argv[1]);
  return 0;
}
