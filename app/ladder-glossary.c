/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the words beside the figures mean (band, rank, statistical
 * neighbours, the averages and units), for the window's "What the Figures
 * Mean" and the board paper's glossary alike. */
#include "config.h"

#include "ladder-glossary.h"

static const struct {
  const char *term;
  const char *meaning;
} entries[] = {
  { "Band",
    "Every council with a figure is sorted from best to worst and split into four groups of equal size. "
    "A is the best quarter and D the worst. A measure where neither higher nor lower is better, or whose "
    "figures are too close together, has no band." },
  { "Rank",
    "The council’s place among all councils with a figure for the latest year: 1 is the best. Councils "
    "without a figure are left out, so “17 of 150” means 150 councils had one." },
  { "Statistical neighbours",
    "The ten councils most like this one in their population and the needs of their children, as the "
    "Department for Education works them out. They are a fairer comparison than England as a whole." },
  { "Neighbours’ average and median",
    "The average is the mean of the neighbours’ figures; the median is the middle one, which one unusual "
    "council cannot pull up or down. When fewer than half the neighbours have a figure, Ladder says the "
    "comparison is too thin to rely on." },
  { "Units",
    "Each figure is in the unit the Department publishes it in: a percentage, a rate per 10,000 children, a "
    "number of days, or a count of children. The chart’s side axis names it." },
};

guint
ladder_glossary_get_n_terms (void)
{
  return G_N_ELEMENTS (entries);
}

/**
 * ladder_glossary_get_term:
 * @index: from 0, below ladder_glossary_get_n_terms()
 * @meaning: (out): what it means, in a sentence or two
 *
 * Returns: the term.
 */
const char *
ladder_glossary_get_term (guint        index,
                          const char **meaning)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (entries), NULL);
  *meaning = entries[index].meaning;
  return entries[index].term;
}
