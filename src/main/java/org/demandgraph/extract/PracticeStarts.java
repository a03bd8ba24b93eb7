package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.NumberWords;

/** The start of a practice told at a dated operation noun: "Reverse stings began in 1985", "started running reverse stings in 1979" (read by {@link Segment}). */
final class PracticeStarts {

    /** "Reverse stings began in 1985", "web stings were first used in 2004": the start of a practice, right after its noun. */
    private static final Pattern PRACTICE_START_AFTER = OperationTriggers.p("^[\\s,]*(?:[\\w’'-]+\\s+){0,3}?(?:began|begun|started|commenced"
            // "Online stings followed in 2010", "Web stings got under way in 2016"
            + "|followed|got\\s+under\\s?way|took\\s+hold"
            + "|first\\s+(?:used|tried|held|conducted|staged|run|introduced|launched|adopted)\\s+by\\b"
            + "|(?:were|was|have\\s+been|had\\s+been)\\s+(?:first\\s+(?:used|held|conducted|staged|run|tried)|(?:first\\s+)?(?:introduced|launched|initiated|adopted)))\\b");
    /** "started running reverse stings in 1979", "started using online reverse stings": the start of a practice, right before its noun. */
    private static final Pattern PRACTICE_START = OperationTriggers.p("\\b(?:began|begun|begin|begins|started|starting|launch\\w*|initiat\\w*|introduc\\w*)"
            + "\\s+(?:\\w+\\s+)?(?:conducting|staging|running|using|holding|the\\s+use\\s+of|to\\s+(?:conduct|use|run|stage|hold))\\s+(?:[\\w-]+\\s+){0,3}$"
            // "added internet stings in 2011": a kind of operation taken up, no number of them
            + "|\\b(?:began|begun|started)\\s+$"
            // "led the department to start reverse stings in 1999" (not "planned to start ...": never done)
            + "|(?<!\\b(?:plan|plans|planned|proposed|wants|wanted|hoped|hopes|intends|intended|voted|asked|agreed|promised)\\s)\\bto\\s+(?:start|begin)\\s+$"
            + "|\\b(?:added|adopted|introduced|took\\s+up)\\s+(?!(?:" + NumberWords.PATTERN + ")\\s)(?:[\\w-]+\\s+){0,2}$");

    /** A number or quantity right before the noun: "two", "three more", "several", "a few". */
    private static final Pattern COUNTED = OperationTriggers.p("\\b(?:" + NumberWords.PATTERN + "|several|a\\s+few|more|further|other|both)\\s+(?:[\\w-]+\\s+)?$");

    /** Years listed after the noun: "followed in 2013 and 2015", "in 2012, 2013 and 2016" (one operation each). */
    private static final Pattern YEAR_LIST = OperationTriggers.p("\\b(?:19|20)\\d\\d\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+)(?:in\\s+)?(?:19|20)\\d\\d\\b");

    private PracticeStarts() {}

    /** The trigger names a practice that began then: a plural noun ("started running reverse stings") or "the use of" it. */
    static boolean practiceStart(String sentence, Trigger t) {
        int[] b = Negation.bounds(sentence, t.start(), t.end());
        String before = sentence.substring(Math.max(b[0], t.start() - 80), t.start());
        String noun = sentence.substring(t.start(), t.end()).trim();
        // "Two stings followed in 2013": so many operations, not a practice
        // "Smaller stings followed in 2013 and 2015": one a year, not a practice begun in the first
        String after = sentence.substring(t.end(), b[1]);
        if (noun.endsWith("s") && !COUNTED.matcher(before).find() && PRACTICE_START_AFTER.matcher(after).find() && !YEAR_LIST.matcher(after).find()) return true;
        return PRACTICE_START.matcher(before).find() && (noun.endsWith("s") || before.contains("use of"));
    }
}
