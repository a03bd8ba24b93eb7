package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * A practice told with its first, counted sting (round 17): "has targeted buyers at those truck stops since 2011, when
 * deputies first posed as sex sellers in the lot ...; four men were arrested that night", "since 2005, when a deputy first
 * posed as a prostitute outside a motel there; six men were arrested that night", "has gone after buyers online since
 * 2016, when detectives first posted a decoy ad ..., arresting seven men". The year is that sting's: an operation of the
 * practice's kind (or the kind the when-clause names), with the practice's agencies and those of the clause. When the
 * sentence opened no practice and the clause says it was the first, the practice since that year is opened too. Not: a
 * count of anything but people arrested or charged ("some 40 cars have been impounded"), a when-clause denied.
 */
final class FirstStingSince {

    private static final String NUM = NumberWords.PATTERN;
    private static final String PEOPLE = "(?:men|buyers|johns|people|customers|suspects)";
    private static final String WHEN = "\\bsince\\s+(?<y>(?:19|20)\\d\\d),\\s+when\\s+(?<c>[^;.]{5,200}?)";
    /** "...; four men were arrested that night", ", and nine men were charged". */
    private static final Pattern PASSIVE = OperationTriggers.p(WHEN + "(?:;\\s*|,\\s+(?:and\\s+)?)" + FollowUpCounts.BOUND + "(?<n>" + NUM + ")\\s+"
            + PEOPLE + "\\s+(?:were|had\\s+been)\\s+(?:arrested|charged|cited|caught)\\b");
    /** ", arresting seven men", "and arrested 12 men". */
    private static final Pattern ACTIVE = OperationTriggers.p(WHEN + ",?\\s+(?:and\\s+)?(?:arresting|charging|netting|catching|arrested|charged|netted)\\s+"
            + FollowUpCounts.BOUND + "(?<n>" + NUM + ")\\s+" + PEOPLE + "\\b");
    /** A decoy told by the clause: a reverse sting. */
    private static final Pattern DECOY = OperationTriggers.p("\\b(?:posed|posing|decoys?|undercover|female\\s+(?:officer|deputy|detective|trooper)s?)\\b");
    private static final Pattern FIRST = OperationTriggers.p("\\b(?:first|began|started)\\b");

    private FirstStingSince() {}

    /** The first sting of such a practice in {@code s}, added to {@code out}; the practice added to {@code drafts} when none was opened. */
    static void in(Sentence s, String text, EarlierOperations drafts, ParagraphState paragraph, ActorFinder.Result actors, String place,
                   List<OperationDraft> out) {
        if (!s.text().contains(" when ")) return;
        Matcher m = null;
        for (Pattern p : List.of(PASSIVE, ACTIVE)) {
            Matcher x = LiteralGuard.matcher(p, s.text());
            if (x.find()) { m = x; break; }
        }
        if (m == null || Negation.denied(s.text(), m.start("c"), m.end("c")) || OtherPlace.contrasted(s.text(), place)) return;
        String year = m.group("y");
        OperationDraft practice = null;
        List<OperationDraft> all = drafts.all();
        for (int i = Math.min(paragraph.sentenceFirstDraft, all.size()); i < all.size(); i++) {
            OperationDraft d = all.get(i);
            if (d.evidence.equals(s.evidence()) && d.since != null && d.since.lexical().equals(year)) practice = d;
        }
        OperationTriggers.Trigger trigger = OperationTriggers.find(m.group("c"), 0);
        Operation.Kind kind = practice != null && OperationTriggers.isSting(practice.kind) ? practice.kind
                : trigger != null && OperationTriggers.isSting(trigger.kind()) ? trigger.kind()
                : LiteralGuard.find(DECOY, m.group("c")) ? Operation.Kind.REVERSE_STING : null;
        if (kind == null || practice != null && !OperationTriggers.isSting(practice.kind)) return;
        ArrestCount count = FollowUpCounts.of(m, s, text);
        if (count == null) return;
        if (practice == null && LiteralGuard.find(FIRST, m.group("c"))) {
            OperationDraft p = new OperationDraft(kind, Rule.RECURRING_PRACTICE, s.evidence());
            p.since = new When(When.Precision.YEAR, year);
            p.recurring = true;
            p.buyerContext = true;
            p.addActors(actors, s, 0, s.text().length());
            drafts.add(p);
            practice = p;
        }
        OperationDraft d = new OperationDraft(kind, Rule.DATED_BUYER_ARRESTS, s.evidence());
        d.date = new When(When.Precision.YEAR, year);
        d.arrests = count;
        d.buyerContext = true;
        d.buyerCount = true;
        d.addActors(actors, s, m.start("c"), m.end("c"));
        if (practice != null) for (Actor a : practice.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
        if (d.conductedBy.isEmpty()) d.addActors(actors, s, 0, s.text().length());
        out.add(d);
    }
}
