package org.demandgraph.extract;

import java.util.regex.Pattern;

import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * A count over a span of whole years told of the stings as a whole, not of one: "Between 2016 and 2019 its operations led
 * to the arrest of 212 men", "arrested more than 150 buyers in about a dozen smaller online operations from 2015 to 2019",
 * "From 2020 to 2023 the department’s online stings netted 240 men". The plural noun is owned (its, their, the unit's) or
 * counted loosely (about a dozen, dozens of, several, a series of): a tally, no operation. An exact number of stings
 * ("Between 2005 and 2009, police conducted 14 reverse stings, arresting 312 buyers") keeps the settled one record.
 */
final class WholeSpanTallies {

    private static final Pattern PLURAL = OperationTriggers.p("\\b(?:stings|operations|sweeps|details|crackdowns|reversals|decoys)\\s*$");
    private static final Pattern LOOSE_BEFORE = OperationTriggers.p("\\b(?:its|their|[\\w-]+[’']s"
            + "|(?:roughly|about|around|some|nearly|almost|more\\s+than|over|at\\s+least)\\s+(?:a\\s+|two\\s+|three\\s+)?(?:dozen|score)"
            + "|dozens\\s+of|scores\\s+of|several|many|numerous|a\\s+(?:series|string|number|handful|run)\\s+of)\\s+(?:[\\w-]+\\s+){0,3}?$");

    private WholeSpanTallies() {}

    static boolean total(Segment g) {
        Trigger t = g.trigger();
        DateMention d = g.date();
        if (t == null || g.name() != null || g.counts().isEmpty() || d == null || d.until() == null) return false;
        if (d.when().precision() != When.Precision.YEAR || d.until().precision() != When.Precision.YEAR || d.until().year() <= d.when().year())
            return false;
        String s = g.sentence().text();
        return PLURAL.matcher(s.substring(t.start(), t.end())).find()
                && LOOSE_BEFORE.matcher(s.substring(Math.max(0, t.start() - 60), t.start())).find();
    }
}
