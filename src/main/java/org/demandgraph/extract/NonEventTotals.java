package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.demandgraph.extract.lexicon.NumberWords;
import org.demandgraph.vocab.UsStates;

/**
 * Counts dated by a year that times no event of their own, none of them one operation:
 * <ul>
 * <li>a period's total told with the year of the report or announcement that gave it ("From 2010 through 2013, according
 * to figures the department published in 2014, officers arrested 74 buyers in stings", "A report the sheriff released in
 * 2016 said deputies had arrested 61 men in stings between 2012 and 2015");</li>
 * <li>a year's total spread over several operations ("The busiest year was 2017, when officers made 46 buyer arrests,
 * most of them in online stings");</li>
 * <li>a two-year total ("11 buyer arrests in 2017 and 2018 combined", "In 2018 and 2019 together, ...");</li>
 * <li>on a city's or county's page, a statewide or national total with no share of the place ("58 men had been arrested
 * across Montana in a statewide sting", "112 arrests for soliciting in nine counties", and a statewide operation whose
 * next sentence says no arrest was reported in the county).</li>
 * </ul>
 */
final class NonEventTotals {

    private static final String YEAR = "(?:19|20)\\d\\d";
    /** Right before the date: the verb of a report made public ("published in", "released in March"). */
    private static final Pattern REPORT_BEFORE = OperationTriggers.p("\\b(?:released|published|issued|compiled|announced|reported|made\\s+public)\\s+(?:in|on|during)\\s+$");
    /** Right after the date: a report ("a 2016 report", "its 2014 annual review"). */
    private static final Pattern REPORT_AFTER = OperationTriggers.p("^\\s+(?:annual\\s+|year-end\\s+)?(?:report|audit|review|analysis|study|tally|summary|figures|statistics)\\b");
    /** Right after the date: a short subject and its verb of telling ("In 2014 the police chief announced"). */
    private static final Pattern TELLER_AFTER = OperationTriggers.p("^\\s*,?\\s+(?:[\\w’'.-]+\\s+){1,6}?(?:announced|reported|said|stated|released|published|disclosed|told)\\b");
    /** A span of years in the sentence: "between 2012 and 2015", "from 2009 to 2013", "From 2010 through 2013", "2012-2015". */
    private static final Pattern SPAN = OperationTriggers.p("\\b(?:between\\s+" + YEAR + "\\s+and\\s+" + YEAR + "|from\\s+" + YEAR + "\\s+(?:to|through|until|till|thru)\\s+" + YEAR
            + "|" + YEAR + "\\s*(?:-|–|—|to|through)\\s*" + YEAR + "|since\\s+" + YEAR + ")\\b");
    /** A count spread over several operations: "most of them in online stings", "nearly all of them caught in web stings". */
    private static final Pattern SPREAD = OperationTriggers.p("\\b(?:most|many|all|nearly\\s+all|almost\\s+all|some|the\\s+majority|about\\s+half|half|several)\\s+of\\s+(?:them|those|these|which|whom)"
            + "\\s+(?:(?:were|was)\\s+)?(?:\\w+\\s+)?(?:in|through|from|during|at)\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations|sweeps|details|reversals|decoy\\s+operations)\\b");
    /** A year singled out by its total: "the busiest year", "their most active year", "the record year". */
    private static final Pattern PEAK_YEAR = OperationTriggers.p("\\b(?:busiest|biggest|best|worst|peak|record|most\\s+active|most\\s+productive|highest)\\s+(?:single\\s+)?year\\b");
    /** Two years told as one total: "in 2017 and 2018 combined", "In 2018 and 2019 together", "over both 2020 and 2021". */
    private static final Pattern TWO_YEARS = OperationTriggers.p("\\b(" + YEAR + ")\\s*(?:and|&)\\s*(" + YEAR + ")\\s*,?\\s*(?:combined|together|taken\\s+together|put\\s+together|between\\s+them)\\b"
            + "|\\b(?:over|across|during|in)\\s+both\\s+(" + YEAR + ")\\s+and\\s+(" + YEAR + ")\\b");
    /** The state, the nation or several counties after an arrest word: where a wider total was made. */
    private static final Pattern WIDE_LOCUS;
    /** A share of the place told beside the wider total: "8 of them in X", "8 of the 95 arrests across the state". */
    private static final Pattern SHARE = OperationTriggers.p("\\bof\\s+(?:them|whom|those)\\b|\\b(?:\\d+|" + NumberWords.PATTERN
            + ")\\s+of\\s+the\\s+(?:roughly\\s+|about\\s+|some\\s+|nearly\\s+|more\\s+than\\s+)?(?:\\d+|" + NumberWords.PATTERN + ")\\b");
    /** An effort wider than the place: "a statewide operation", "a national sting". */
    private static final Pattern WIDE_EFFORT = OperationTriggers.p("\\b(?:statewide|state-wide|nationwide|nation-wide|national|multi-state|multistate)\\s+(?:[\\w-]+\\s+)?(?:operation|sting|sweep|crackdown|effort|campaign)s?\\b");

    static {
        String states = UsStates.all().values().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        WIDE_LOCUS = Pattern.compile("\\b(?:arrested|arrests|charged|caught|cited)\\b[^.;]{0,40}?\\b(?:in|across|throughout|around)\\s+"
                + "(?:the\\s+(?:state|country|nation|united\\s+states)\\b|(?:\\d+|[a-z]+)\\s+(?:counties|states|cities|towns|jurisdictions)\\b|(?-i:(?:" + states + "))\\b(?![’'])(?!\\s+(?-i:\\p{Lu})))",
                Pattern.CASE_INSENSITIVE);
    }

    private NonEventTotals() {}

    /** Whether the segment is a total dated by a year that times no event, on the page of {@code place}. */
    static boolean total(Segment g, List<Sentence> sentences, String place) {
        return reportYearOfSpan(g) || yearTotal(g) || twoYearTotal(g) || wideTotal(g, sentences, place);
    }

    /** The segment's date is the year a report of a span's total was made public. */
    static boolean reportYearOfSpan(Segment g) {
        DateMention d = g.date();
        if (d == null || d.until() != null || d.since() || g.name() != null || g.counts().isEmpty()) return false;
        String t = g.sentence().text();
        int at = d.start() - g.sentence().start(), to = d.end() - g.sentence().start();
        boolean report = REPORT_BEFORE.matcher(t.substring(Math.max(0, at - 40), at)).find() || REPORT_AFTER.matcher(t.substring(to)).lookingAt()
                || Segment.reported(t, at, to) || TELLER_AFTER.matcher(t.substring(to)).lookingAt();
        if (!report) return false;
        Matcher span = SPAN.matcher(t);
        while (span.find()) if (span.end() <= at || span.start() >= to) return true;
        return false;
    }

    /** A bare year whose count the sentence spreads over several operations, or tells as a peak year's. */
    static boolean yearTotal(Segment g) {
        DateMention d = g.date();
        if (d == null || d.until() != null || d.when().precision() != When.Precision.YEAR || g.name() != null || g.counts().isEmpty()) return false;
        String t = g.sentence().text();
        if (LiteralGuard.find(SPREAD, t)) return true;
        return LiteralGuard.find(PEAK_YEAR, t) && (g.trigger() == null || t.substring(g.trigger().start(), g.trigger().end()).trim().endsWith("s"));
    }

    /** A bare year that is one of two told as one total. */
    static boolean twoYearTotal(Segment g) {
        DateMention d = g.date();
        if (d == null || d.until() != null || d.when().precision() != When.Precision.YEAR || g.name() != null) return false;
        Matcher m = TWO_YEARS.matcher(g.sentence().text());
        String year = Integer.toString(d.when().year());
        while (m.find())
            for (int i = 1; i <= 4; i++) if (year.equals(m.group(i))) return true;
        return false;
    }

    /** A count told in a sentence: "8 men", "six buyers", "14 arrests". */
    private static final Pattern A_COUNT = OperationTriggers.p("\\b(?:\\d+|" + NumberWords.PATTERN + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:men|buyers|johns|customers|people|arrests)\\b");

    /**
     * On a city's or county's page, a total made across the state, the nation or several counties, with no share of the
     * place: every count of the segment is in a clause that places it there, no share of the place is told beside it
     * ("in X" not denied) and the next sentence of the paragraph tells no count of its own (the place's share told there).
     */
    static boolean wideTotal(Segment g, List<Sentence> sentences, String place) {
        if (place == null || UsStates.codeOf(place).isPresent() || g.name() != null) return false;
        String t = g.sentence().text();
        if (LiteralGuard.find(SHARE, t) || sharedHere(t, place)) return false;
        Sentence next = after(sentences, g.sentence());
        boolean nextCounts = next != null && next.paragraph() == g.sentence().paragraph() && LiteralGuard.find(A_COUNT, next.text());
        if (!g.counts().isEmpty()) {
            if (nextCounts) return false;
            for (CountMention c : g.counts()) if (!WIDE_LOCUS.matcher(clauseOf(t, c.start() - g.sentence().start(), c.end() - g.sentence().start())).find()) return false;
            return true;
        }
        if (g.trigger() == null) return false;
        // "... said 31 men had been arrested in Iowa during the nationwide sting": the sentence's only counts were the wider ones
        if (!nextCounts && WIDE_LOCUS.matcher(t).find() && LiteralGuard.find(A_COUNT, t)
                && ArrestCounts.in(g.sentence(), 0, t.length()).isEmpty()) return true;
        // "X County was among the places covered by a statewide operation ... . ... did not say whether any ... in the county"
        String clause = Negation.clause(t, g.trigger().start(), g.trigger().end());
        return sentences != null && LiteralGuard.find(WIDE_EFFORT, clause) && StatewideWork.elsewhere(clause, g.sentence(), sentences, place);
    }

    /** "six of the ... men arrested across the country were arrested in Cedar Haven" (or "in the county"): the place's share, unless denied. */
    private static boolean sharedHere(String sentence, String place) {
        Matcher m = Pattern.compile("\\b(?:in|at)\\s+(?:" + Pattern.quote(place) + "|the\\s+(?:county|city|town|parish|village|township|borough))\\b([^.;]{0,60})").matcher(sentence);
        Pattern denied = Pattern.compile("\\b(?:not|no|never|none)\\b");
        while (m.find()) {
            // "..., none in the county", "... were not in X": denied before or after
            String before = sentence.substring(Math.max(0, m.start() - 25), m.start());
            if (!denied.matcher(m.group(1)).find() && !denied.matcher(before).find()) return true;
        }
        return false;
    }

    /** The clause of [from, to) between commas, semicolons and stops. */
    private static String clauseOf(String text, int from, int to) {
        while (from > 0 && ",;.".indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && ",;.".indexOf(text.charAt(to)) < 0) to++;
        return text.substring(from, to);
    }

    /** The sentence right after {@code s}, or null. */
    private static Sentence after(List<Sentence> sentences, Sentence s) {
        if (sentences == null) return null;
        int i = Sentence.indexOf(sentences, s);
        return i >= 0 && i + 1 < sentences.size() ? sentences.get(i + 1) : null;
    }
}
