package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A date told of something else started after the operation noun, in a clause of its own: "men arrested in the
 * department's stings are named to the press, a practice the department adopted in 2008", "Cases from every operation go
 * to the prosecutor's office, which in 2013 began a diversion program". The year dates the practice or programme, not the
 * stings, so the segment keeps no date (and opens no dated operation).
 */
final class OtherClauseDates {

    /** Right before the date: "a practice the department adopted in", "a policy that began in". */
    private static final Pattern STARTED_BEFORE = OperationTriggers.p("\\b(?:a|an|the)\\s+(?:practice|policy|measure|step|rule|program|programme|procedure|arrangement)\\b"
            + "[^,;.]{0,40}?\\b(?:adopted|began|started|introduced|instituted|launched|created|set\\s+up|put\\s+in\\s+place)\\s+(?:in\\s+)?$");
    /** Right before the date: "which in", "who in". */
    private static final Pattern RELATIVE_BEFORE = OperationTriggers.p(",\\s*(?:which|who)\\s+(?:in\\s+)?$");
    /** Right after a relative "which in 2013": its verb starts something that is no operation. */
    private static final Pattern STARTED_AFTER = OperationTriggers.p("^\\s*,?\\s*(?:began|started|launched|created|set\\s+up|introduced|adopted|opened|founded)\\s+(?:a|an|its|their)\\s+"
            + "(?!(?:[\\w-]+\\s+){0,2}(?:stings?|operations?|sweeps?|details?|crackdowns?)\\b)");

    private OtherClauseDates() {}

    /** The segment without its date when the date is another clause's start of something else; else the segment. */
    static Segment strip(Segment g) {
        DateMention d = g.date();
        if (d == null || g.trigger() == null || !g.counts().isEmpty() || g.name() != null || d.until() != null) return g;
        String t = g.sentence().text();
        int at = d.start() - g.sentence().start(), to = d.end() - g.sentence().start();
        if (g.trigger().end() > at) return g;
        String before = t.substring(Math.max(0, at - 80), at);
        boolean other = STARTED_BEFORE.matcher(before).find()
                || RELATIVE_BEFORE.matcher(before).find() && STARTED_AFTER.matcher(t.substring(to)).lookingAt();
        if (!other) return g;
        return new Segment(g.sentence(), g.from(), g.to(), null, g.since(), g.trigger(), g.name(), g.counts(), g.background(), g.moreSegments());
    }
}
