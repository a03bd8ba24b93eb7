package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.extract.lexicon.NamedStreets;

/**
 * Opens an operation told by a segment: its kind (the trigger's, or what its clause says: online, a decoy),
 * date (its own, or the paragraph's), since-year, whether it is a practice repeated over years, its agencies
 * (named in the segment, else borrowed from the text before) and its count.
 */
final class OperationOpener {

    static final Pattern ONLINE = OperationTriggers.p("craigslist|backpage|online|internet|on\\s+the\\s+web\\b|website|web site|social media|dating (?:apps?|sites?|services?)|classifieds?\\s+(?:ads?\\s+)?(?:sites?|websites?|pages?)|\\bapps?\\b|escort (?:site|ads?)|decoy\\s+(?:ads?|advertisements?)\\b"
            // "answered ads posted by undercover officers"
            + "|\\b(?:ads?|advertisements?|listings?)\\s+(?:posted|placed)\\s+by\\s+(?:undercover|police|officers|detectives|deputies|agents|investigators)\\b");
    private static final Pattern STING_WORDS = OperationTriggers.p("sting|decoy|revers|posing as|pose as|posed as|poses as|undercover");
    private static final Pattern STING_NOUN = OperationTriggers.p("\\bstings?\\b");
    /**
     * Officers told as decoys on a street, named or not ("female officers work undercover as decoys on the street", "posed as
     * prostitutes on Harbor Street", "decoys along Delmar Boulevard", "on the shoulder of Route 9"): the settled convention,
     * a street sting. Not stings "on the street" told as a place ("reverse stings on the street (since 1994)", no decoy), nor
     * decoys at a motel, hotel or apartment that is on a named street.
     */
    private static final Pattern STREET = OperationTriggers.p("\\b(?:undercover|decoys?|pos(?:ed|ing)\\s+as\\s+\\w+)\\s+"
            + "(?:(?!(?:motels?|hotels?|inns?|apartments?|rooms?|suites?|houses?|homes?|residences?|buildings?|lodges?)\\b)[\\w-]+\\s+){0,3}?"
            + "(?:on\\s+(?:the\\s+)?(?:city\\s+)?streets?\\b(?![\\s-]+level)|on\\s+street\\s+corners?\\b"
            + "|(?:on|along)\\s+(?:the\\s+(?:shoulder|side|edge|corner)\\s+of\\s+)?" + NamedStreets.NAME
            // "decoy operations on the county highway", "decoys along the old road": a road told without its name
            + "|(?:on|along)\\s+the\\s+(?:[a-z-]+\\s+)?(?:roads?|roadside|highways?)\\b(?!\\s+(?:motels?|hotels?|inns?))" + ")");
    /** Officers in a seller's place: "posing as prostitutes", "working as decoys". */
    private static final Pattern DECOY_OFFICERS = OperationTriggers.p("\\bpos(?:ed|ing|es?)\\s+as\\b|\\b(?:work(?:ed|ing)?|serv(?:ed|ing)|act(?:ed|ing))\\s+as\\s+(?:an?\\s+)?decoys?\\b");
    static final Pattern BUYER_CONTEXT = OperationTriggers.p(BuyerWords.CONTEXT);

    private final String text;
    private final ActorFinder.Result actors;
    private final EarlierOperations drafts;
    private final ParagraphState paragraph;
    /** Whether the segment names an enforcing agency of its own ("..., and a second by the X Police Department ..."). */
    boolean namesAgency(Segment g) {
        Sentence s = g.sentence();
        for (ActorMention m : actors.within(s.start() + g.from(), s.start() + g.to())) if (m.actor().enforces()) return true;
        return false;
    }

    /** The profile's place name, or null: what another place is told apart from. */
    private final String place;

    OperationOpener(String text, ActorFinder.Result actors, EarlierOperations drafts, ParagraphState paragraph, String place) {
        this.text = text;
        this.actors = actors;
        this.drafts = drafts;
        this.paragraph = paragraph;
        this.place = place;
    }

    OperationDraft open(Segment g, Rule rule) {
        Sentence s = g.sentence();
        Trigger trigger = g.trigger();
        OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(), rule, s.evidence());
        d.name = g.name();
        if (d.name == null && trigger != null) d.name = NamedEditions.shortFormOf(s.text(), trigger, drafts);
        if (d.name == null) d.name = NamedEditions.editionAfterNamed(g, drafts);
        // "Detectives ran a third Amber Gate in May 2019": one more of the named operation, by its short name
        if (d.name == null) d.name = NamedEditions.ordinalShortName(g.text(), drafts);
        d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
        String clause = trigger == null ? g.text() : Negation.clause(s.text(), trigger.start(), trigger.end());
        // "Operation Safe Harbor, a joint sting timed to the cruise season": a name its clause calls a sting
        if (d.name != null && g.name() != null && LiteralGuard.find(STING_NOUN, clause)) d.stingNoun = true;
        // "Under the name Operation X, officers now hold john stings on a regular schedule": a named practice, not one event.
        String noun = trigger == null ? "" : s.text().substring(trigger.start(), trigger.end()).trim();
        boolean practice = g.date() == null && g.counts().isEmpty() && trigger != null
                && (OperationTriggers.recurring(clause, noun) || g.name() != null && OperationTriggers.recurringPlural(clause))
                // "had arrested more than 300 buyers in reverse stings": a total over a practice, not one event's count
                || g.date() == null && g.since() == null && g.name() == null && !g.counts().isEmpty() && noun.endsWith("s")
                    && OperationCues.cumulative(g)
                || g.counts().isEmpty() && OperationCues.rangePractice(g);
        // a practice's segment date times another clause ("had run stings since the 1990s, and in 2001 set up a program")
        if (g.date() != null && rule != Rule.RECURRING_PRACTICE) { d.date = g.date().when(); d.end = g.date().until(); }
        // "In 1978, the city passed an ordinance. As a result, police arrested over 50 buyers in reverse stings."
        else if (g.since() == null && rule == Rule.OPERATION_NOUN && paragraph.date != null && !practice) d.date = paragraph.date;
        d.since = g.since() == null ? null : g.since().when();
        d.buyerContext = LiteralGuard.find(BUYER_CONTEXT, clause);
        // "... the men who pay for sex at the motels. A sting there in May 2014 ended with nine arrests": the paragraph's buyers
        d.paragraphBuyers = !d.buyerContext && rule == Rule.OPERATION_NOUN && BuyerParagraphStings.counted(g, trigger, paragraph.buyers);
        // "arrested nine men who had arranged online to pay an undercover deputy": a sting without the word
        if (trigger == null && d.kind == Operation.Kind.ENFORCEMENT_OPERATION && LiteralGuard.find(STING_WORDS, clause))
            d.kind = online(clause) ? Operation.Kind.WEB_STING : Operation.Kind.REVERSE_STING;
        if ((d.kind == Operation.Kind.REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                && trigger != null && trigger.kind() != Operation.Kind.SWEEP
                && online(g.from() > 0 || g.moreSegments() ? g.text() : s.text())
                // "decoy details a year on Dock Street ..., after which most of the trade moved to websites": the market's medium
                && !streetDecoysOnly(g.from() > 0 || g.moreSegments() ? g.text() : s.text())
                && LiteralGuard.find(STING_WORDS, g.text())) d.kind = Operation.Kind.WEB_STING;
        // "a second operation that October, this one on the web: investigators posted an ad on a dating app": how it was done
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && trigger != null && trigger.kind() != Operation.Kind.SWEEP && trigger.end() < g.to()) {
            Trigger next = OperationTriggers.find(s.text().substring(trigger.end(), g.to()), trigger.end());
            if (next != null && next.kind() == Operation.Kind.WEB_STING) d.kind = Operation.Kind.WEB_STING;
        }
        // "Operation Night Owl, a web sting that ...": the name came first, the clause says what kind it was
        // (within the segment: "a web sting led to 8 arrests, and the following spring a street sting caught 6" is two kinds)
        Operation.Kind specific = trigger == null || trigger.kind() == Operation.Kind.SWEEP ? null : OperationTriggers.specificSting(inSegment(g, clause));
        if (specific != null && d.kind == Operation.Kind.ENFORCEMENT_OPERATION) d.kind = specific;
        // "The earliest operation took place in July 1986, when officers posing as prostitutes ... arrested 22 men": officers in
        // a seller's place make the operation a reverse sting
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && trigger != null && trigger.kind() != Operation.Kind.SWEEP
                && LiteralGuard.find(DECOY_OFFICERS, inSegment(g, clause))) d.kind = Operation.Kind.REVERSE_STING;
        // "reverse stings on the east end, in which female officers work undercover as decoys on the street": street-level
        // ("decoys on Delmar Boulevard arrested 112 men": told without an operation noun, the segment's clause)
        if (d.kind == Operation.Kind.REVERSE_STING && LiteralGuard.find(STREET, trigger == null ? clause : inSegment(g, clause)))
            d.kind = Operation.Kind.STREET_REVERSE_STING;
        // "a week-long operation targeting men who solicit online": a web sting
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && trigger != null && trigger.kind() != Operation.Kind.SWEEP && d.buyerContext
                && online(inSegment(g, clause))) d.kind = Operation.Kind.WEB_STING;
        if (g.since() != null || rule == Rule.RECURRING_PRACTICE) d.buyerContext |= paragraph.buyers;
        d.recurring = g.since() != null && g.date() == null || practice;
        // "Operation Thaw has been repeated every March since": a named practice since the date told before
        if (g.name() != null && g.date() == null && g.since() == null && paragraph.dateOrCarried != null && LiteralGuard.find(Segment.EVER_SINCE, clause)) {
            d.date = null;
            d.since = new When(When.Precision.YEAR, Integer.toString(paragraph.dateOrCarried.year()));
            d.recurring = true;
        }
        d.addActors(actors, s, g.from(), g.to());
        Actor lead = PartnerAgencies.lead(s, g.from(), g.to(), d.conductedBy, paragraph.start, actors, place);
        if (lead != null) d.conductedBy.add(0, lead);
        TaskForceFounders.apply(d, s, g.from(), g.to(), actors);
        // an edition of a named operation told before, naming no agency of its own: that operation's, before any agency the
        // sentences before it named ("A second Amber Gate operation in June 2017 ended with 18 arrests")
        OperationDraft edition = d.conductedBy.isEmpty() && d.name != null ? drafts.lastNamed(NamedEditions.unnumbered(d.name)) : null;
        if (edition == null && d.conductedBy.isEmpty() && d.name != null) edition = drafts.lastNamed(d.name);
        if (edition != null) d.conductedBy.addAll(edition.conductedBy);
        if (d.conductedBy.isEmpty())
            d.conductedBy.addAll(BorrowedAgency.namedBefore(s, g.from(), clause, paragraph.start, paragraph.previousStart, actors, place));
        // "X (with occasional support from Y) works to arrest buyers. X has run reverse stings since 1974": Y too
        if (paragraph.previousStart >= paragraph.start && paragraph.previousFirstDraft == paragraph.sentenceFirstDraft)
            d.conductedBy.addAll(Supporters.of(text, paragraph.previousStart, s.start(), actors, d.conductedBy));
        // an edition of a named operation told before, naming no agency of its own: that operation's
        OperationDraft named = d.conductedBy.isEmpty() && d.name != null ? drafts.lastNamed(d.name) : null;
        if (named != null) d.conductedBy.addAll(named.conductedBy);
        // a count belongs to one event, not to a practice repeated over years ("since 1993, several of them netting ...")
        if (!d.recurring) d.addCount(g.counts(), text);
        else d.arrestsUncounted = !g.counts().isEmpty();
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && LiteralGuard.find(STING_NOUN, clause) && (d.buyerContext || d.buyerCount))
            d.kind = Operation.Kind.REVERSE_STING;
        if (d.arrests == null && !d.recurring && trigger != null && OperationTriggers.isSting(d.kind)) addLone(d, s, g.from(), g.to());
        drafts.add(d);
        return d;
    }

    /**
     * As {@link #open}, told after {@code current}: "Six months later, four more were charged after a second sting" counts
     * people like the operation before's; "a similar operation" is of its kind.
     */
    OperationDraft openAfter(Segment g, Rule rule, OperationDraft current) {
        OperationDraft d = open(g, rule);
        // "In one such operation in March 2014, ...", "At the 2017 edition, ...": one held in the practice just told, of its kind
        // (a reverse sting "in one operation" of a street-level practice is street-level too)
        OperationDraft practice = !(d.kind == Operation.Kind.ENFORCEMENT_OPERATION || d.kind == Operation.Kind.REVERSE_STING) || !OperationCues.instanceOfPractice(g) ? null
                // the practice being told, the paragraph's, or the one told right before the paragraph
                : current != null && current.recurring ? current : drafts.lastPractice(Math.min(paragraph.firstDraft, drafts.size() - 2));
        if (practice != null && practice != d && practice.kind != Operation.Kind.ENFORCEMENT_OPERATION && practice.kind != Operation.Kind.SWEEP
                && OperationTriggers.isSting(practice.kind)
                && (d.kind == Operation.Kind.ENFORCEMENT_OPERATION || practice.kind == Operation.Kind.STREET_REVERSE_STING)) {
            d.kind = practice.kind;
            d.buyerContext |= practice.buyerContext || practice.buyerCount;
            // "The 2018 round, in May, was the largest so far, ..." of the practice known as Operation Open Door: an edition of it
            if (d.name == null && practice.name != null) d.name = practice.name;
            // "In the largest, in February 2017, investigators ...": naming no agency, it is the practice's agencies' work
            if (actors.within(g.sentence().start() + g.from(), g.sentence().start() + g.to()).stream().noneMatch(m -> m.actor().enforces())
                    && !practice.conductedBy.isEmpty()) {
                d.conductedBy.clear();
                d.conductedBy.addAll(practice.conductedBy);
            }
            return d;
        }
        // "such stings", and bare stings held as a practice over a range of years after stings told before: of the kind before
        OperationDraft last = d.kind == Operation.Kind.ENFORCEMENT_OPERATION && g.trigger() != null
                && (OperationCues.similar(g) || d.recurring && d.end != null) ? drafts.lastStingBefore(d) : null;
        if (last != null) {
            d.kind = last.kind;
            d.stingNoun |= last.stingNoun;
            d.buyerContext |= last.buyerCount || last.buyerContext;
        }
        if (current == null || current.recurring || !OperationTriggers.isSting(current.kind)) return d;
        if (!g.counts().isEmpty() && (current.buyerCount || current.buyerContext) && OperationCues.anotherCounted(g)) d.buyerContext = true;
        return d;
    }

    /** Names or photos "posted on its website": where buyers were shown, not where they were caught. */
    private static final Pattern SHOWN_BEFORE = OperationTriggers.p(
            "\\b(?:names?|photos?|photographs?|mugshots?|pictures?|identities|faces)(?:\\s+and\\s+(?:[\\w-]+\\s+)?\\w+)?\\s+of\\b[^.;]{0,50}$"
            + "|\\b(?:post|publish|upload|display|releas|print|shar)\\w*\\s+(?:the\\s+|their\\s+|his\\s+)?(?:names?|photos?|photographs?|mugshots?|pictures?|identities|faces)\\b[^.;]{0,40}$");

    /** "in response to complaints about online escort ads": a medium the complaints were about, not the operation's. */
    private static final Pattern COMPLAINED_OF = OperationTriggers.p("\\b(?:complaints?|complained|concerns?|tips?|reports?)\\s+(?:about|over|of|regarding|concerning)\\b[^.;,]{0,40}$");

    /** Whether the text names an online medium of the operation (not one where arrested buyers were shown, nor one complained of). */
    static boolean online(String text) {
        Matcher m = LiteralGuard.matcher(ONLINE, text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 80), m.start());
            if (!LiteralGuard.find(SHOWN_BEFORE, before) && !LiteralGuard.find(COMPLAINED_OF, before)) return true;
        }
        return false;
    }

    private static final Pattern STREET_DECOYS = OperationTriggers.p(org.demandgraph.extract.lexicon.StingMethods.STREET);
    private static final Pattern POLICE_WEB = OperationTriggers.p(org.demandgraph.extract.lexicon.StingMethods.WEB);

    /** Decoys told on a street and no police advertising or answering online (StingMethods): an online word is not the operation's. */
    private static boolean streetDecoysOnly(String text) {
        return LiteralGuard.find(STREET_DECOYS, text) && !LiteralGuard.find(POLICE_WEB, text);
    }

    /** The part of the trigger's clause inside the segment. */
    private static String inSegment(Segment g, String clause) {
        int[] b = Negation.bounds(g.sentence().text(), g.trigger().start(), g.trigger().end());
        int from = Math.max(0, g.from() - b[0]), to = Math.min(clause.length(), g.to() - b[0]);
        return from < to ? clause.substring(from, to) : clause;
    }

    /** "... a 34-year-old man, who was arrested when he arrived": a count of one for a sting that has no count. */
    boolean addLone(OperationDraft d, Sentence s, int from, int to) {
        CountMention one = ArrestCounts.lone(s, from, to);
        if (one == null) return false;
        d.addCount(List.of(one), text);
        d.lone = true;
        return true;
    }
}
