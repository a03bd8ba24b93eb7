package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A rate told in reported speech, dated by its telling: "The chief estimated in 2021 that the department arrests 60 to 80
 * buyers a year", "a sergeant said in 2018 that the unit charges about 40 men each year", "told the council in 2023 that
 * officers arrest roughly 100 buyers per year". The year is the statement's, no operation's, and the count no sting's.
 * A rate of stings ("estimated that the department mounts three or four reverse stings each year") stays the undated
 * practice it was.
 */
final class RatesTold {

    private static final Pattern RATE = OperationTriggers.p("\\b(?:estimated|said|says|told|stated|reckoned|guessed|put\\s+it|testified)\\b[^.;]{0,100}?\\bthat\\b"
            + "[^.;]{0,120}?\\b(?:buyers|men|johns|customers|clients|people|arrests)\\s+(?:a|per|each|every)\\s+(?:year|month|week)\\b(?!\\s+(?:earlier|before|later|ago|after))");

    private RatesTold() {}

    static boolean rate(Segment g) {
        return g.name() == null && LiteralGuard.find(RATE, g.sentence().text());
    }
}
