package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.vocab.UsStates;

/**
 * A wider operation whose arrests the text says were not known to be the place's (round 18): "Alcott County was also among
 * the places covered by a statewide operation in February 2022 .... Forty-seven men were arrested across the state; news
 * reports did not say whether any of those arrests were made in the county". On a city's or county's page such an
 * operation is none of the place's, nor its year: it is dropped, unless the place's own agency is named taking part in it
 * (then it stays, without the wider total as its count) or its count is the place's share ("nine of the 140 men ... were
 * arrested in Ferrin County"). A statewide operation told without such a doubt stays the place's, with its total (so the
 * annotation of the real profiles reads a state's announced total on a city's page), and on a state's page everything
 * is the state's own.
 */
final class WiderOperations {

    /** The place without its name, or a capitalised name (not a month). */
    private static final String PLACE = "(?:the\\s+(?:city|county|town|village|township|parish|borough)\\b|(?!(?:" + org.demandgraph.extract.lexicon.Months.FULL + ")\\b)(?-i:\\p{Lu}))";
    /** Arrests or an operation in the place. */
    private static final String IN_PLACE = "(?:(?:were|was)\\s+(?:made|arrested|charged|held|caught|carried\\s+out|conducted|reported)|took\\s+place|happened|occurred)"
            + "\\s+(?:in|within)\\s+" + PLACE;
    /**
     * The place's share told as unknown or none: "did not say whether any of those arrests were made in the county", "it was
     * never reported how many, if any, of those arrests were made in the county", "whether any took place in Pell County is
     * not known", "no operation under it was reported in X".
     */
    private static final Pattern UNKNOWN_HERE = OperationTriggers.p("\\b(?:(?:not|never)\\s+(?:say|said|reported?|known|disclosed|released|clear|stated|specified)|unclear|unknown)"
            + "\\s+(?:whether|how\\s+many|if)\\b[^.;]{0,80}?" + IN_PLACE
            + "|\\bwhether\\s+any\\b[^.;]{0,60}?" + IN_PLACE + "[^.;]{0,20}?\\b(?:is|was|remains?)\\s+(?:not\\s+known|unknown|unclear|not\\s+clear)"
            + "|\\bhow\\s+many,?\\s+if\\s+any,?[^.;]{0,60}?" + IN_PLACE
            // "61 men, none of them in Pell County", "no arrests were reported in the county", "though none were made in the county"
            + "|\\b(?:none|no\\s+(?:arrests?|buyers?|men|one)|not\\s+(?:a\\s+single|one))(?:\\s+of\\s+(?:them|those|these|which|the\\s+\\w+))?(?:\\s+(?:was|were|had\\s+been))?"
            + "(?:\\s+(?:made|reported|arrested|charged|taken|held))?\\s+(?:in|within)\\s+" + PLACE);
    /** A count's clause over the state or country: "across the state", "statewide", "in 19 states". */
    private static final Pattern WIDE_COUNT = OperationTriggers.p("\\b(?:(?:across|around|throughout|in)\\s+the\\s+(?:state|country|nation|united\\s+states)\\b(?![’']s)|statewide"
            + "|nationwide|nationally|in\\s+(?:\\d+|[a-z]+)\\s+(?:states|counties|cities))\\b");
    /** Where a share was taken, said without the place's name. */
    private static final Pattern HERE = OperationTriggers.p("\\b(?:in|within)\\s+the\\s+(?:city|county|town|village|township|parish|borough)\\b|\\blocally\\b");
    /** The place's officers as the subject, outside any named agency. */
    private static final Pattern OWN_OFFICERS = OperationTriggers.p("\\b(?:deputies|officers|detectives|investigators|(?<!state\\s)police"
            + "|the\\s+(?:department|office|sheriff|sheriff[’']s\\s+office|police\\s+department|vice\\s+unit|unit|agency))\\b");

    private WiderOperations() {}

    /** Drops the operations told as possibly no one's in the place, and the wider totals of those its agency took part in. */
    static void settle(List<OperationDraft> drafts, List<Sentence> sentences, String text, String place, ActorFinder.Result actors) {
        if (place == null || UsStates.codeOf(place).isPresent()) return;
        String own = place.replaceFirst(",\\s*[A-Z]{2}$", "").trim();
        drafts.removeIf(d -> doubted(d, text, sentences) && !share(d, text, own) && !tookPart(d, text, own, actors));
        for (OperationDraft d : drafts)
            if (d.arrests != null && doubted(d, text, sentences) && !share(d, text, own) && LiteralGuard.find(WIDE_COUNT, clause(text, d.arrests.evidence(), ".;,")))
                d.arrests = null;
    }

    /** The operation's sentence, one added to it, or the next of its paragraph says the place's share is unknown or none. */
    private static boolean doubted(OperationDraft d, String text, List<Sentence> sentences) {
        if (LiteralGuard.find(UNKNOWN_HERE, text.substring(d.evidence.start(), d.evidence.end()))) return true;
        for (Evidence e : d.details) if (LiteralGuard.find(UNKNOWN_HERE, text.substring(e.start(), e.end()))) return true;
        for (int i = 0; i + 1 < sentences.size(); i++)
            if (sentences.get(i).start() == d.evidence.start() && sentences.get(i + 1).paragraph() == sentences.get(i).paragraph())
                return LiteralGuard.find(UNKNOWN_HERE, sentences.get(i + 1).text());
        return false;
    }

    /**
     * The count is the place's share: its own clause names where after it, the place or "the county" ("nine of the 140 men
     * ... were arrested in Ferrin County"), or its sentence opens on the place ("In Bevill County, TBI agents ... arrested six men").
     */
    private static boolean share(OperationDraft d, String text, String own) {
        if (d.arrests == null) return false;
        String clause = clause(text, d.arrests.evidence(), ".;,");
        int at = clause.indexOf(d.arrests.evidence().exact());
        String rest = at < 0 ? clause : clause.substring(at);
        if (!own.isEmpty() && rest.contains(own) || LiteralGuard.find(HERE, rest)) return true;
        String sentence = clause(text, d.arrests.evidence(), ".");
        return !own.isEmpty() && Pattern.compile("^\\s*(?:In|Within)\\s+(?:the\\s+(?:city|town|county|village|parish)\\s+of\\s+)?" + Pattern.quote(own) + "\\s*,")
                .matcher(sentence).find();
    }

    /** The place's agency named in the operation's sentences, or its officers the subject of the sentence that tells it. */
    private static boolean tookPart(OperationDraft d, String text, String own, ActorFinder.Result actors) {
        if (!own.isEmpty())
            for (Actor a : d.conductedBy) if (a.name().startsWith(own + " ") && named(a, d, text, own, actors)) return true;
        StringBuilder plain = new StringBuilder(text.substring(d.evidence.start(), d.evidence.end()));
        for (ActorMention m : actors.within(d.evidence.start(), d.evidence.end()))
            for (int i = m.start() - d.evidence.start(); i < m.end() - d.evidence.start(); i++) plain.setCharAt(i, ' ');
        return LiteralGuard.find(OWN_OFFICERS, plain.toString());
    }

    /**
     * Whether the agency is named in the operation's sentence, or by the place's name in a later sentence about it ("Pell
     * County deputies made nine of the arrests"), not only lent by the paragraph or a "the department" that may be another's.
     */
    private static boolean named(Actor a, OperationDraft d, String text, String own, ActorFinder.Result actors) {
        for (ActorMention m : actors.within(d.evidence.start(), d.evidence.end())) if (m.actor().equals(a)) return true;
        for (Evidence e : d.details)
            for (ActorMention m : actors.within(e.start(), e.end())) if (m.actor().equals(a) && text.startsWith(own, m.start())) return true;
        return false;
    }

    /** The text around the evidence, from the last of {@code stops} before it to the next after it. */
    private static String clause(String text, Evidence e, String stops) {
        int from = e.start(), to = e.end();
        while (from > 0 && stops.indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && stops.indexOf(text.charAt(to)) < 0) to++;
        return text.substring(from, to);
    }
}
