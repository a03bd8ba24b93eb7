package org.demandgraph.extract;

/**
 * A count over a span of whole years ("more than 150 buyers between 2012 and 2019", "from 2009 to 2014 officers
 * arrested 180 men"): with no operation noun, a tally of many operations, never one of its own. (With one, "Between 2005
 * and 2009, police conducted 14 reverse stings, arresting 312 buyers", the settled reading is one record over the range.)
 */
final class YearSpanTotals {

    private YearSpanTotals() {}

    static boolean total(Segment g) {
        DateMention d = g.date();
        if (g.counts().isEmpty() || g.name() != null || d == null || d.until() == null) return false;
        if (d.when().precision() != When.Precision.YEAR || d.until().precision() != When.Precision.YEAR || d.until().year() <= d.when().year())
            return false;
        return g.trigger() == null;
    }
}
