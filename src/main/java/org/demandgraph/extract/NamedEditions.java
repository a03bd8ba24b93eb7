package org.demandgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * A named operation told again in a long narrative: "Operation Lantern" held every December, then "the first Lantern
 * sting", "the 2022 Lantern operation" or "the 2016 edition" or "the 2022 round" (of the named operation told before). Each such mention is
 * an edition: it takes the name, and an edition whose kind the text leaves open takes the kind of the editions that
 * say it ("decoys ... netted 19 men" makes the Lantern stings reverse stings).
 */
final class NamedEditions {

    /** A capitalised word or two right before the operation noun, perhaps with one lower-case word between. */
    private static final Pattern SHORT_NAME = Pattern.compile("\\b([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)\\s+(?:[a-z][\\w-]*\\s+)?$");
    /** "the 2016 edition", "its 2020 installment". */
    private static final Pattern EDITION = OperationTriggers.p("\\b(?:edition|installment|instalment)s?\\b"
            // "in the 2022 round": a year's round of the named operation (fix22long2)
            + "|\\b(?:19|20)\\d\\d\\s+round\\b");

    /** "the 2019 round", "its 2021 edition": one year's run of the operation told before. */
    private static final Pattern YEAR_ROUND = OperationTriggers.p("\\b(?:the|its|their|that)\\s+(?:19|20)\\d\\d\\s+(?:round|edition|installment|instalment)\\b");

    private NamedEditions() {}

    /** Whether the text tells one year's run of an operation told before ("in the 2019 round"). */
    static boolean yearRound(String text) {
        return YEAR_ROUND.matcher(text).find();
    }

    /** The name of the operation told before that the trigger's short form names ("the first Lantern sting"), or null. */
    static String shortFormOf(String sentence, Trigger t, EarlierOperations drafts) {
        Matcher m = SHORT_NAME.matcher(sentence.substring(Math.max(0, t.start() - 40), t.start()));
        if (!m.find()) return null;
        OperationDraft named = drafts.lastNamed("Operation " + m.group(1));
        return named == null ? null : named.name;
    }

    /** "a third Low Tide", "another Amber Gate", "the next Porchlight": one more of a named operation, by its short name. */
    private static final Pattern ORDINAL_SHORT = Pattern.compile("\\b(?:(?:[Aa]n?|[Tt]he)\\s+(?:second|third|fourth|fifth|sixth|seventh|next|latest|new)|[Aa]nother)\\s+"
            + "([A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,2})\\b");

    /** The name of the operation told before that an ordinal and its short name call again ("ran a third Low Tide"), or null. */
    static String ordinalShortName(String text, EarlierOperations drafts) {
        Matcher m = ORDINAL_SHORT.matcher(text);
        while (m.find()) {
            OperationDraft named = drafts.lastNamed("Operation " + m.group(1));
            if (named != null) return named.name;
        }
        return null;
    }

    /** Whether an ordinal and the short form of {@code name} ("a third Low Tide" of "Operation Low Tide") stand in the text. */
    static boolean ordinalShortName(String text, String name) {
        Matcher m = ORDINAL_SHORT.matcher(text);
        while (m.find()) if (("Operation " + m.group(1)).equals(name)) return true;
        return false;
    }

    /** A number ending a name: "Operation Night Ferry II", "Operation Safe Passage 2". */
    private static final Pattern NUMBERED = Pattern.compile("\\s+(?:II|III|IV|V|VI|[2-9]|Two|Three|Four)$");

    /** The name without the number of its edition ("Operation Night Ferry" of "Operation Night Ferry II"). */
    static String unnumbered(String name) {
        return NUMBERED.matcher(name).replaceFirst("");
    }

    /** A number of times told before "since": "twice more since then", "three times since". */
    private static final java.util.regex.Pattern TIMES_SINCE = OperationTriggers.p("\\b(?:twice|(?:three|four|five|\\d+)\\s+times)\\s+(?:more\\s+)?since\\b");

    /** "Operation Open Door has been repeated every fall since": the named operation told before, now told as a practice. */
    static boolean repeatedSince(Segment g) {
        if (g.name() == null || g.trigger() == null) return false;
        int[] b = Negation.bounds(g.sentence().text(), g.trigger().start(), g.trigger().end());
        return Segment.EVER_SINCE.matcher(g.sentence().text().substring(b[0], b[1])).find();
    }

    /**
     * "The 2016 edition was the largest, with 38 arrests": an edition of the operation named last, in the paragraph or right
     * before it, with its count; else null.
     */
    static OperationDraft edition(Segment g, EarlierOperations drafts, OperationOpener opener, int paragraphFirstDraft) {
        if (g.trigger() != null || g.date() == null || g.counts().isEmpty() || !EDITION.matcher(g.text()).find() || drafts.size() == 0) return null;
        OperationDraft named = null;
        for (int i = drafts.size() - 1; named == null && i >= Math.min(paragraphFirstDraft, drafts.size() - 1); i--) {
            Work.add(1);
            if (drafts.all().get(i).name != null) named = drafts.all().get(i);
        }
        if (named == null) return null;
        OperationDraft d = opener.open(g, Rule.NAMED_EDITION);
        d.name = named.name;
        d.kind = named.kind;
        d.stingNoun |= named.stingNoun;
        d.buyerContext |= named.buyerContext || named.buyerCount;
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(named.conductedBy);
        return d;
    }

    /**
     * "Operation Thaw has been repeated every March since; the 2016 edition was the largest, with 38 arrests": the named
     * practice since the paragraph's date, then the edition its later clause dates and counts (returned); else null.
     */
    static OperationDraft practiceThenEdition(Segment g, When paragraphDate, OperationOpener opener) {
        if (g.name() == null || g.trigger() == null || g.since() != null || g.date() == null || paragraphDate == null) return null;
        String s = g.sentence().text();
        int[] b = Negation.bounds(s, g.trigger().start(), g.trigger().end());
        if (g.date().start() - g.sentence().start() < b[1] || !Segment.EVER_SINCE.matcher(s.substring(b[0], b[1])).find()) return null;
        // "has held Operation X twice more since then: a 2019 edition ..., and a 2020 edition ...": so many editions, no open practice
        if (TIMES_SINCE.matcher(s.substring(b[0], b[1])).find()) return null;
        OperationDraft practice = opener.open(g, Rule.RECURRING_PRACTICE);
        practice.date = null;
        practice.end = null;
        practice.since = new When(When.Precision.YEAR, Integer.toString(paragraphDate.year()));
        practice.recurring = true;
        practice.arrests = null;
        practice.buyerCount = false;
        return opener.open(g, Rule.NAMED_EDITION);
    }

    /** After a short name: it became a yearly event ("Northern Lights became an annual event"). */
    private static final String BECAME_ANNUAL = "(?:\\s+(?:sweep|sting|operation))?\\s+(?:became|has\\s+become|has\\s+been|is|was)\\s+"
            + "(?:an?\\s+)?(?:annual|yearly)\\s+(?:event|affair|tradition|fixture|exercise)\\b";

    /**
     * "Operation Northern Lights, a four-day sweep ..., September 2017. ... Northern Lights became an annual event": the named
     * operation told last, by its short name, as a practice since its year; else null.
     */
    static OperationDraft annualAfterNamed(Segment g, EarlierOperations drafts, OperationOpener opener) {
        if (g.trigger() != null || g.date() != null || g.since() != null || !g.counts().isEmpty() || g.from() != 0) return null;
        OperationDraft named = null;
        for (int i = drafts.size() - 1; named == null && i >= 0 && i >= drafts.size() - 3; i--)
            if (drafts.all().get(i).name != null && drafts.all().get(i).date != null && !drafts.all().get(i).recurring) named = drafts.all().get(i);
        if (named == null) return null;
        String shortName = named.name.replaceFirst("^Operation:?\\s+", "");
        if (!Pattern.compile("^\\s*(?:The\\s+)?" + Pattern.quote(shortName) + BECAME_ANNUAL, Pattern.CASE_INSENSITIVE).matcher(g.sentence().text()).find()) return null;
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.name = named.name;
        d.kind = named.kind;
        d.date = null;
        d.end = null;
        d.since = new When(When.Precision.YEAR, Integer.toString(named.date.year()));
        d.recurring = true;
        d.stingNoun |= named.stingNoun;
        d.buyerContext |= named.buyerContext || named.buyerCount;
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(named.conductedBy);
        return d;
    }

    /**
     * Editions of one name whose kind the text left open take the kind of the first edition that says it; all are aimed at
     * buyers when one is, and stings when one is told as one.
     */
    static void shareKinds(List<OperationDraft> drafts) {
        Map<String, OperationDraft> told = new HashMap<>();
        Map<String, Boolean> buyers = new HashMap<>();
        Map<String, Boolean> stings = new HashMap<>();
        for (OperationDraft d : drafts) {
            if (d.name == null) continue;
            if (d.kind != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(d.kind)) told.putIfAbsent(d.name, d);
            if (d.buyerContext || d.buyerCount) buyers.put(d.name, true);
            if (d.stingNoun) stings.put(d.name, true);
        }
        for (OperationDraft d : drafts) {
            if (d.name == null) continue;
            d.buyerContext |= buyers.containsKey(d.name);
            // "Operation X, a joint sting ...": every edition of a name told as a sting is one
            d.stingNoun |= stings.containsKey(d.name);
            OperationDraft first = d.kind != Operation.Kind.ENFORCEMENT_OPERATION ? null : told.get(d.name);
            if (first != null) d.kind = first.kind;
        }
    }

    /**
     * "Operation Open Door has been repeated every fall since. The 2020 operation netted about 25 buyers": a definite
     * operation noun dated by a year of its own, right after the named operation told last, is its edition.
     */
    static String editionAfterNamed(Segment g, EarlierOperations drafts) {
        if (g.trigger() == null || g.date() == null || drafts.size() == 0 || !OperationTriggers.isDefinite(g.sentence().text(), g.trigger().start())) return null;
        OperationDraft last = drafts.all().get(drafts.size() - 1);
        return last.name != null && last.recurring ? last.name : null;
    }
}
