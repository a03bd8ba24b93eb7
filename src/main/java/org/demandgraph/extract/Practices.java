package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * Practices told as repeated over time: the one being described told again, one told earlier and continued, or a new
 * one; and a since-year that dates the paragraph's undated practice.
 */
final class Practices {

    /** Words making an operation another than the one before ("also", "other", "comparable"). */
    static final Pattern ANOTHER = OperationTriggers.p("\\b(?:also|other|another|comparable|similar)\\b");
    private static final Pattern CONTINUED = OperationTriggers.p("\\bcontinu(?:e|es|ed|ing)\\s+to\\b|\\bcontinu(?:e|es|ed)\\s+(?:conducting|staging|running|using)\\b");

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
        // "... started running reverse stings in 1979. Such operations have become a regular part of patrol work.": the same practice.
        // "Comparable operations have also taken place elsewhere": another practice.
        boolean another = ANOTHER.matcher(g.text()).find();
        if (current != null && current.recurring
                && (current.kind == g.trigger().kind() || !another && EarlierOperations.sameKind(g.trigger().kind(), current.kind))
                && details.noNewAgency(g, current)) return details.extend(g, current);
        // "Reverse stings still go on, as the department continues to run them": the practice told earlier.
        OperationDraft continued = CONTINUED.matcher(g.text()).find() ? drafts.earlierPractice(g.trigger().kind()) : null;
        if (continued != null) {
            continued.addDetail(g.sentence().evidence());
            continued.addActors(actors, g.sentence(), g.from(), g.to());
            return continued;
        }
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.recurring = true;
        // "... adopted this tactic in 1995. Officers have posed as prostitutes there ever since": since the paragraph's date
        // (or, in a paragraph told before any date of its own, the date the paragraphs before ended on: "since then")
        if (paragraph.dateOrCarried != null && Segment.EVER_SINCE.matcher(g.text()).find())
            d.since = new When(When.Precision.YEAR, Integer.toString(paragraph.dateOrCarried.year()));
        return d;
    }

    /**
     * A since-year for the paragraph's undated practice, or null: "runs details on a regular basis ... reverse
     * stings since 1996" is one practice; web stings since 2005 after street stings is another.
     */
    OperationDraft dated(Segment g) {
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
}
