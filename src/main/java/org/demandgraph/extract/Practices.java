package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.MovedOnline;

/**
 * Practices told as repeated over time: one continued or told again, a since-year for the paragraph's undated
 * practice, and a habit told without an operation noun ("female officers regularly stand on corners, and the men
 * who offer them money are arrested").
 */
final class Practices {

    private static final Pattern CONTINUED = OperationTriggers.p("\\bcontinu(?:e|es|ed|ing)\\s+to\\b|\\bcontinu(?:e|es|ed)\\s+(?:conducting|staging|running|using)\\b");
    /** Officers in a seller's place: the decoys of a street sting told without its noun. */
    private static final Pattern DECOY_OFFICERS = OperationTriggers.p("\\b(?:(?:female|women|plain[\\s-]?clothes|undercover)\\s+(?:officers|deputies|detectives|troopers|teams?|police)"
            + "|policewomen|plain[\\s-]?clothes\\s+teams?)\\b");
    /** The buyers habitually taken: "the men who offer them money for sex are arrested", "the drivers who make an offer are handcuffed". */
    private static final Pattern BUYERS_TAKEN = OperationTriggers.p("\\b(?:men|drivers|motorists|buyers|johns|customers)\\s+who\\b[^.;]{0,60}?\\b(?:are|get)\\s+"
            + "(?:then\\s+|promptly\\s+|immediately\\s+|quickly\\s+)?(?:arrested|handcuffed|charged|booked|cited|taken\\s+into\\s+custody)\\b");

    /** The practice told before, now done online: "has done most of this work online", "moved its stings online". */
    private static final Pattern MOVED_ONLINE = OperationTriggers.p("\\b" + MovedOnline.WORK + "\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:online|on\\s+the\\s+(?:internet|web))\\b|" + MovedOnline.MOVE);

    private static final Pattern POLICE_WORK = OperationTriggers.p("\\b" + MovedOnline.WORK_BEFORE + "\\b");

    private final ActorFinder.Result actors;
    private final EarlierOperations drafts;
    private final ParagraphState paragraph;
    private final OperationOpener opener;
    private final OperationDetails details;

    Practices(ActorFinder.Result actors, EarlierOperations drafts, ParagraphState paragraph, OperationOpener opener, OperationDetails details) {
        this.actors = actors;
        this.drafts = drafts;
        this.paragraph = paragraph;
        this.opener = opener;
        this.details = details;
    }

    /** A practice described as repeated: the one being described, one told earlier and continued, or a new one. */
    OperationDraft practice(Segment g, OperationDraft current) {
        // "The chief has promised to hold such stings several times a year": a statement of intent, nothing done
        if (LiteralGuard.find(HeldSinceThen.INTENT, g.text())) return current;
        // "... started running reverse stings in 1979. Such operations have become a regular part of patrol work.": the same practice.
        // "Comparable operations have also taken place elsewhere": another practice.
        boolean another = LiteralGuard.find(OperationCues.ANOTHER, g.text());
        if (current != null && current.recurring
                && (current.kind == g.trigger().kind() || !another && EarlierOperations.sameKind(g.trigger().kind(), current.kind))
                && details.noNewAgency(g, current)) return details.extend(g, current);
        // "Reverse stings still go on, as the department continues to run them": the practice told earlier.
        OperationDraft continued = LiteralGuard.find(CONTINUED, g.text()) ? drafts.earlierPractice(g.trigger().kind()) : null;
        if (continued != null) {
            continued.addDetail(g.sentence().evidence());
            continued.addActors(actors, g.sentence(), g.from(), g.to());
            return continued;
        }
        // "... have used reverse stings since 1985. In July 1986, officers posing as prostitutes on Sixth Street ... Through the
        // 1990s such stings were held several times a year": the practice told before, of the kind of the last sting
        Operation.Kind last = g.trigger().kind() == Operation.Kind.ENFORCEMENT_OPERATION && !another && OperationCues.similar(g) ? drafts.lastStingKind() : null;
        OperationDraft told = last == null ? null : drafts.earlierPractice(last);
        if (told != null && details.noNewAgency(g, told)) return details.extend(g, told);
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.recurring = true;
        // "... held its first reverse sting in 1984 ... Through the 1990s such stings were held about twice a year": of the kind before
        // (the last sting is never d, a practice, nor an enforcement operation)
        Operation.Kind before = d.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationCues.similar(g) ? drafts.lastStingKind() : null;
        if (before != null && before != Operation.Kind.SWEEP) {
            d.kind = before;
            d.buyerContext = true;
        }
        // "... adopted this tactic in 1995. Officers have posed as prostitutes there ever since": since the paragraph's date
        // (or, in a paragraph told before any date of its own, the date the paragraphs before ended on: "since then")
        if (paragraph.dateOrCarried != null && LiteralGuard.find(Segment.EVER_SINCE, g.text()))
            d.since = new When(When.Precision.YEAR, Integer.toString(paragraph.dateOrCarried.year()));
        return d;
    }

    /**
     * A since-year for the paragraph's undated practice, or null: "runs details on a regular basis ... reverse
     * stings since 1996" is one practice; web stings since 2005 after street stings is another.
     */
    OperationDraft practiceDated(Segment g) {
        OperationDraft practice = drafts.undatedPractice(paragraph.firstDraft);
        Operation.Kind kind = g.trigger().kind();
        if (practice == null || !(EarlierOperations.sameKind(kind, practice.kind)
                || practice.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(kind))) return null;
        if (practice.kind == Operation.Kind.ENFORCEMENT_OPERATION) practice.kind = kind;
        practice.since = g.since().when();
        practice.addDetail(g.sentence().evidence());
        practice.addActors(actors, g.sentence(), g.from(), g.to());
        return practice;
    }

    /**
     * "Since 2016, the unit has done most of this work online": with no operation noun, the sting practice told before
     * moved online in that year, a web-sting practice since then, of the same agencies ("has since moved much of this
     * work online": an undated one). Else null.
     */
    OperationDraft movedOnline(Segment g) {
        String s = g.sentence().text();
        if (g.trigger() != null || g.date() != null || !g.counts().isEmpty() || g.background()
                || !LiteralGuard.find(MOVED_ONLINE, g.text()) || Negation.denied(s, g.from(), g.to())) return null;
        // undated ("has since moved much of this work online"): only the police's own work told moved, not a market
        if (g.since() == null && !LiteralGuard.find(POLICE_WORK, g.text())) return null;
        OperationDraft before = drafts.lastPractice(0);
        // "From 2013 on, the department shifted most of its enforcement to the internet" after single stings: their work
        if (before == null && g.since() != null) before = drafts.lastSting();
        return OnlineSincePractice.webAfter(g, before, opener);
    }

    /**
     * "Female officers in plain clothes regularly stand on corners of Front Street, and the men who offer them money for sex
     * are arrested": officers in a seller's place and buyers habitually taken, with no operation noun, date or count, are a
     * reverse-sting practice (one per paragraph). Else null.
     */
    OperationDraft habit(Segment g) {
        String s = g.sentence().text();
        if (g.trigger() != null || g.date() != null || g.since() != null || !g.counts().isEmpty() || g.background() || g.from() != 0 || g.moreSegments()
                || !LiteralGuard.find(DECOY_OFFICERS, s) || !LiteralGuard.find(BUYERS_TAKEN, s) || Negation.denied(s, 0, s.length())
                || drafts.lastPractice(paragraph.firstDraft) != null) return null;
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.kind = Operation.Kind.REVERSE_STING;
        d.recurring = true;
        d.buyerContext = true;
        return d;
    }
}
