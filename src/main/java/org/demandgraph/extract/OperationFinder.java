package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.BuyerWords;

/**
 * Finds the operations a narrative describes. A sentence is cut at each further date, so two dated
 * operations in one sentence are two. A segment opens an operation when it names one indefinitely
 * ("a street-level reverse sting", "periodic reverse stings", "Operation Cupid") with a date, a
 * "since", a count or a name; or when it dates an arrest of people without naming an operation.
 * A definite mention ("the sting", "the February 2014 reverse sting") refers back to the earlier one
 * with a compatible date. Later sentences of the same paragraph without a new date add a count or an
 * agency to the operation being described. Background crimes (trafficking, homicide) open nothing.
 */
final class OperationFinder {

    private static final Pattern ONLINE = OperationTriggers.p("craigslist|backpage|online|internet|website|web site|social media|dating app|\\bapps?\\b|escort (?:site|ads?)|decoy\\s+(?:ads?|advertisements?)\\b"
            // "answered ads posted by undercover officers"
            + "|\\b(?:ads?|advertisements?|listings?)\\s+(?:posted|placed)\\s+by\\s+(?:undercover|police|officers|detectives|deputies|agents|investigators)\\b");
    private static final Pattern STING_WORDS = OperationTriggers.p("sting|decoy|revers|posing as|pose as|undercover");
    private static final Pattern STING_NOUN = OperationTriggers.p("\\bstings?\\b");
    private static final Pattern BUYER_CONTEXT = OperationTriggers.p(BuyerWords.CONTEXT);
    private static final Pattern BUYERS = OperationTriggers.p(BuyerWords.ANY);
    /** People of the other side of the trade, or other offenders. */
    private static final Pattern SELLER_SIDE = OperationTriggers.p("pimp|pander|promot|traffickers\\b|drug|robber|weapon|murder|homicide|kidnap|gang");
    private static final Pattern CONTINUED = OperationTriggers.p("\\bcontinu(?:e|es|ed|ing)\\s+to\\b|\\bcontinu(?:e|es|ed)\\s+(?:conducting|staging|running|using)\\b");
    private static final Pattern STREET = OperationTriggers.p("\\b(?:street|streets|street-level|hotels?|motels?|in person)\\b");
    private static final Pattern BOTH = OperationTriggers.p("\\bboth\\s+(?:(?:law\\s+enforcement|police)\\s+)?(?:agencies|departments)\\b");
    private static final Pattern MULTI_AGENCY = OperationTriggers.p("\\b(?:multi-?agency|multi-?jurisdictional|joint|task\\s+force|statewide|regional)\\b");
    /** A sentence opening on operations just told, in the past: "The online reverse stings were run from hotels". */
    private static final Pattern THOSE_WERE = OperationTriggers.p("\\s*(?:the|these|those)\\s+(?:[\\w-]+\\s+){0,3}?(?:stings?|operations?|reversals?)\\s+(?:were|was)\\b");
    /** A sentence opening on the operation or arrests just told. */
    private static final Pattern BACK_REFERENCE = OperationTriggers.p("\\s*(?:the|these|those)\\s+(?:arrests|operations?|stings?)\\b");
    private static final Pattern ANOTHER = OperationTriggers.p("\\b(?:also|other|another|comparable|similar)\\b");
    private final String text;
    private final ActorFinder.Result actors;
    private final EarlierOperations drafts = new EarlierOperations();
    private final SentenceDates sentenceDates = new SentenceDates();
    /** The paragraph's last event date before the sentence being read. */
    private When paragraphDate;
    /** An earlier sentence of the paragraph speaks of buyers. */
    private boolean paragraphBuyers;
    /** Where the paragraph starts in the profile text. */
    private int paragraphStart;
    /** The start of the sentence before the one being read (an operation's agency is looked for no further back). */
    private int previousStart;
    private int sentenceStart;
    /** The index of the paragraph's first draft. */
    private int paragraphFirstDraft;

    /**
     * A background segment with a date and an operation word that opened nothing ("announced 19 arrests in human
     * trafficking operations"): of the sentence being read, and of the one before it in the paragraph.
     */
    private Segment untold, untoldBefore;

    /** The profile's place name, or null: what another place is told apart from. */
    private final String place;

    OperationFinder(String text, ActorFinder.Result actors, String place) {
        this.text = text;
        this.actors = actors;
        this.place = place;
    }

    List<Operation> find(List<Sentence> sentences) {
        OperationDraft current = null;
        for (Sentence s : sentences) {
            if (sentenceDates.newParagraph(s)) {
                current = null;
                paragraphBuyers = false;
                paragraphFirstDraft = drafts.size();
                paragraphStart = s.start();
            }
            paragraphDate = sentenceDates.lastDate();
            previousStart = sentenceStart;
            sentenceStart = s.start();
            untoldBefore = sentenceDates.newParagraphSeen() ? null : untold;
            untold = null;
            Work.add(s.text().length());
            List<DateMention> dates = sentenceDates.of(s);
            List<OperationDraft> respective = new ArrayList<>(RespectiveCounts.in(s, dates, actors, text));
            if (respective.isEmpty()) respective.addAll(PairedCounts.in(s, actors, text));
            if (!respective.isEmpty()) { drafts.addAll(respective); current = null; continue; }
            boolean background = Background.story(s.text());
            List<CountMention> counts = ArrestCounts.in(s, 0, s.text().length());
            for (Segment g : Segment.of(s, dates, counts, background, place)) current = read(g, current);
            if (!background && LiteralGuard.find(BUYER_CONTEXT, s.text())) paragraphBuyers = true;
        }
        return OperationAssembly.assemble(drafts.all());
    }

    /** What the segment does to the operation being described: the operation described after it. */
    private OperationDraft read(Segment g, OperationDraft current) {
        boolean sting = g.trigger() != null && OperationTriggers.isSting(g.trigger().kind());
        // "As part of a statewide human trafficking operation ..., police charged six men with attempting to purchase sex":
        // a count whose own phrase makes the people buyers is demand work even in a trafficking story
        boolean buyersByPhrase = g.counts().stream().anyMatch(c -> c.strength() >= 2);
        boolean named = g.name() != null && g.trigger() != null;
        // "31 people were arrested on charges including trafficking in a multi-agency sting called Operation X": a named sting's arrests
        // (not one whose people are pimps, traffickers or other offenders)
        String namedClause = named ? Negation.clause(g.sentence().text(), g.trigger().start(), g.trigger().end()) : "";
        boolean namedStingArrests = named && !g.counts().isEmpty() && !SELLER_SIDE.matcher(namedClause).find()
                && OperationTriggers.stingNoun(g.sentence().text().substring(g.trigger().start(), g.trigger().end()));
        // "... results of a coordinated sting against trafficking. Operation X targeted sex buyers": a named operation aimed at buyers
        boolean namedForBuyers = named && BUYERS.matcher(namedClause).find() && !SELLER_SIDE.matcher(namedClause).find();
        if (g.background() && namedForBuyers && g.date() == null && g.counts().isEmpty() && untoldBefore != null)
            return fromUntold(g, null);
        if (g.background() && !(sting && g.buyerCount()) && !buyersByPhrase && !namedStingArrests && !namedForBuyers) {
            if (g.date() != null && g.since() == null && OperationCues.operationWord(g)) untold = g;
            return keepIfCompatible(g, current);
        }
        if (g.trigger() != null && g.name() == null && OperationTriggers.isDefinite(g.sentence().text(), g.trigger().start())) {
            // "... announced 19 arrests in human trafficking operations. The online reverse stings were run from hotels": those were stings
            Operation.Kind specific = OperationTriggers.specificSting(g.text());
            if (untoldBefore != null && !untoldBefore.counts().isEmpty() && specific != null && g.date() == null && g.counts().isEmpty()
                    && g.from() == 0 && THOSE_WERE.matcher(g.sentence().text()).lookingAt())
                return fromUntold(g, specific);
            OperationDraft target = drafts.referent(g.date() == null ? null : g.date().when(), current);
            // A count is one event's: it does not go to a practice repeated over years.
            if (target != null && !(target.recurring && !g.counts().isEmpty())) return refer(g, target);
            // "the department's month-long sting" never introduced: the sentence itself describes it.
            if (g.date() == null && g.counts().isEmpty()) return current;
        }
        // "In April 2014, police ran a web sting. Troopers posted decoy ads, and 9 men ... were arrested": how the operation told was done
        if (g.trigger() != null && g.date() == null && g.since() == null && g.name() == null && current != null && !current.recurring
                && OperationTriggers.isSting(current.kind) && OperationTriggers.verbLed(g.sentence().text(), g.trigger().start())) {
            if (current.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(g.trigger().kind())) current.kind = g.trigger().kind();
            return extend(g, current);
        }
        // "Detectives run web stings several times a year; in one, in May 2018, 9 johns were arrested": the practice, then its example
        if (sting && g.name() == null && g.since() == null && (g.date() != null || !g.counts().isEmpty()) && OperationCues.exampleAfterPractice(g)) {
            OperationDraft practice = open(g, Rule.RECURRING_PRACTICE);
            practice.recurring = true;
            practice.arrestsUncounted |= practice.arrests != null;
            practice.arrests = null;
            practice.buyerCount = false;
            return open(g, Rule.OPERATION_NOUN);
        }
        boolean opens = g.trigger() != null && (g.date() != null || g.since() != null || g.name() != null || !g.counts().isEmpty());
        // "In 2014, the police chief told the council that reverse stings were too costly": a plural noun with a date but
        // nothing done is no operation
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && g.date() != null && OperationCues.nothingDone(g)) opens = false;
        // "In 2019, police conducted two operations: in March, ... and in November, ...": the later dates open them.
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && g.moreSegments()) opens = false;
        // A date that only times another clause ("..., but when the site closed in 2010") does not date the operation.
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && !g.dateInTriggerClause()) opens = false;
        if (!opens && g.recurring()) return practice(g, current);
        Rule rule = Rule.OPERATION_NOUN;
        if (!opens && g.trigger() == null) {
            OperationDraft like = likeTheOneBefore(g, current);
            if (like != null) return like;
        }
        // "In March 2016, deputies watched a motel room ... The three men were arrested": the dated paragraph's buyers, counted later
        if (!opens && g.trigger() == null && g.date() == null && g.since() == null && g.counts().isEmpty() && current == null
                && paragraphDate != null && paragraphBuyers && !g.background()) {
            CountMention referred = ArrestCounts.referred(g.sentence(), g.from(), g.to());
            if (referred != null) {
                OperationDraft d = open(g, Rule.DATED_BUYER_ARRESTS);
                d.date = paragraphDate;
                d.addCount(List.of(referred), text);
                d.buyerContext = true;
                return d;
            }
        }
        // "In all, 31 buyers were charged in 2015 alone": a period's total, not an operation.
        // "During 2017, a total of 48 johns were arrested": a whole year's count without an operation noun is its total.
        if (g.trigger() == null && OperationCues.periodTotal(g)) return keepIfCompatible(g, current);
        if (!opens && g.trigger() == null && g.date() != null && (!g.background() || buyersByPhrase) && g.buyerCount()) {
            if (current != null && current.arrests == null && current.date != null && current.date.compatibleWith(g.date().when())) {
                // "... ran two reverse stings in 2021. The first, in April, netted 5 johns": the more precise date
                if (g.date().when().lexical().length() > current.date.lexical().length()) current.date = g.date().when();
                current.addDetail(g.sentence().evidence());
                current.addCount(g.counts(), text);
                return current;
            }
            opens = true;
            rule = Rule.DATED_BUYER_ARRESTS;
        }
        // "... holds details regularly. It has held reverse stings since at least 1994.": one practice.
        if (opens && g.since() != null && g.date() == null && g.counts().isEmpty() && g.name() == null) {
            OperationDraft practice = practiceDated(g);
            if (practice != null) return practice;
        }
        if (opens && g.date() == null && g.name() != null && exactCountOf(g, current)) return current;
        if (opens) {
            OperationDraft d = openAfter(g, rule, current);
            d.buyerContext |= namedStingArrests;
            return d;
        }
        if (current != null && g.date() == null && g.since() == null && (g.trigger() == null || current.recurring && g.counts().isEmpty()))
            return extend(g, current);
        // "... in a multi-agency sting called Operation X. The arrests came after an undercover operation by A, B and C."
        if (current != null && current.conductedBy.isEmpty() && g.date() == null && g.since() == null && g.counts().isEmpty()
                && g.from() == 0 && BACK_REFERENCE.matcher(g.sentence().text()).lookingAt()) {
            current.addActors(actors, g.sentence(), g.from(), g.to());
            if (!current.conductedBy.isEmpty()) current.addDetail(g.sentence().evidence());
        }
        return keepIfCompatible(g, current);
    }

    /** The operation the sentence before told only as background, opened now that {@code g} says it was demand work. */
    private OperationDraft fromUntold(Segment g, Operation.Kind kind) {
        OperationDraft d = open(untoldBefore, Rule.DATED_BUYER_ARRESTS);
        untoldBefore = null;
        if (kind != null) d.kind = kind;
        if (d.name == null) d.name = g.name();
        d.buyerContext = true;
        d.addDetail(g.sentence().evidence());
        d.addActors(actors, g.sentence(), g.from(), g.to());
        return d;
    }

    /** A segment without an operation noun that tells another operation like the one before, opened; else null. */
    private OperationDraft likeTheOneBefore(Segment g, OperationDraft current) {
        // "... on the street (since 1988) and online (since 2009)": the second since-year is a second practice.
        if (g.since() != null && g.date() == null && current != null && current.since != null
                && drafts.contains(current) && current.evidence.equals(g.sentence().evidence())
                // a medium or place, not another tactic ("... web stings (2004) and citizen patrols (1990)")
                && (ONLINE.matcher(g.text()).find() || STREET.matcher(g.text()).find())) {
            OperationDraft d = open(g, Rule.OPERATION_NOUN);
            d.kind = ONLINE.matcher(g.text()).find() ? Operation.Kind.WEB_STING : current.kind;
            d.buyerContext |= current.buyerContext;
            return d;
        }
        // "has run reverse stings and web stings since 1996 and 2010, respectively": the second noun's practice
        if (g.since() != null && g.date() == null && current != null && current.since != null && drafts.contains(current)
                && current.evidence.equals(g.sentence().evidence()) && OperationCues.respectively(g)) {
            Trigger second = OperationCues.secondTrigger(g.sentence().text());
            if (second != null && second.kind() != current.kind) {
                OperationDraft d = open(g, Rule.OPERATION_NOUN);
                d.kind = second.kind();
                d.buyerContext |= current.buyerContext;
                return d;
            }
        }
        // "In May 2015, deputies stopped another buyer with the same ruse": another of the last sting, one arrestee
        if (g.date() != null && g.counts().isEmpty() && OperationCues.sameTactics(g)) {
            OperationDraft last = drafts.lastSting();
            CountMention one = last == null ? null : ArrestCounts.lone(g.sentence(), g.from(), g.to());
            if (one != null) {
                OperationDraft d = open(g, Rule.DATED_BUYER_ARRESTS);
                d.kind = last.kind;
                d.stingNoun = last.stingNoun;
                d.buyerContext = true;
                d.addCount(List.of(one), text);
                d.lone = true;
                return d;
            }
        }
        // "Two weeks later, 5 more arrests followed": another operation like the one before.
        // "...; the second, in September, netted 8": another of the operations just counted
        if (g.date() != null && !g.counts().isEmpty() && current != null
                && (current.buyerCount || current.buyerContext) && OperationCues.anotherCounted(g)) {
            OperationDraft d = open(g, Rule.DATED_BUYER_ARRESTS);
            d.kind = current.kind;
            d.stingNoun = current.stingNoun;
            d.buyerContext = true;
            return d;
        }
        return null;
    }

    /** A definite mention of an operation described before: what it adds to it. */
    private OperationDraft refer(Segment g, OperationDraft target) {
        target.addDetail(g.sentence().evidence());
        // "... arrested 14 men. The operation was a reverse sting ...": the more specific kind.
        Operation.Kind specific = OperationTriggers.specificSting(g.text());
        if (target.kind == Operation.Kind.ENFORCEMENT_OPERATION && specific != null) target.kind = specific;
        target.addActors(actors, g.sentence(), g.from(), g.to());
        if (target.refinedBy(g.counts())) target.addCount(g.counts(), text);
        return target;
    }

    /** A practice described as repeated: the one being described, one told earlier and continued, or a new one. */
    private OperationDraft practice(Segment g, OperationDraft current) {
        // "... started running reverse stings in 1979. Such operations have become a regular part of patrol work.": the same practice.
        // "Comparable operations have also taken place elsewhere": another practice.
        boolean another = ANOTHER.matcher(g.text()).find();
        if (current != null && current.recurring
                && (current.kind == g.trigger().kind() || !another && EarlierOperations.sameKind(g.trigger().kind(), current.kind))
                && noNewAgency(g, current)) return extend(g, current);
        // "Reverse stings still go on, as the department continues to run them": the practice told earlier.
        OperationDraft continued = CONTINUED.matcher(g.text()).find() ? drafts.earlierPractice(g.trigger().kind()) : null;
        if (continued != null) {
            continued.addDetail(g.sentence().evidence());
            continued.addActors(actors, g.sentence(), g.from(), g.to());
            return continued;
        }
        OperationDraft d = open(g, Rule.RECURRING_PRACTICE);
        d.recurring = true;
        return d;
    }

    /**
     * A since-year for the paragraph's undated practice, or null: "runs details on a regular basis ... reverse
     * stings since 1996" is one practice; web stings since 2005 after street stings is another.
     */
    private OperationDraft practiceDated(Segment g) {
        OperationDraft practice = drafts.undatedPractice(paragraphFirstDraft);
        Operation.Kind kind = g.trigger().kind();
        if (practice == null || !(EarlierOperations.sameKind(kind, practice.kind)
                || practice.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(kind))) return null;
        if (practice.kind == Operation.Kind.ENFORCEMENT_OPERATION) practice.kind = kind;
        practice.since = g.since().when();
        practice.addDetail(g.sentence().evidence());
        practice.addActors(actors, g.sentence(), g.from(), g.to());
        return practice;
    }

    private OperationDraft open(Segment g, Rule rule) {
        Sentence s = g.sentence();
        Trigger trigger = g.trigger();
        OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(), rule, s.evidence());
        d.name = g.name();
        d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
        String clause = trigger == null ? g.text() : Negation.clause(s.text(), trigger.start(), trigger.end());
        // "Under the name Operation X, officers now hold john stings on a regular schedule": a named practice, not one event.
        String noun = trigger == null ? "" : s.text().substring(trigger.start(), trigger.end()).trim();
        boolean practice = g.date() == null && g.counts().isEmpty() && trigger != null
                && (OperationTriggers.recurring(clause, noun) || g.name() != null && OperationTriggers.recurringPlural(clause))
                // "had arrested more than 300 buyers in reverse stings": a total over a practice, not one event's count
                || g.date() == null && g.since() == null && g.name() == null && !g.counts().isEmpty() && noun.endsWith("s")
                    && OperationCues.cumulative(g);
        // a practice's segment date times another clause ("had run stings since the 1990s, and in 2001 set up a program")
        if (g.date() != null && rule != Rule.RECURRING_PRACTICE) { d.date = g.date().when(); d.end = g.date().until(); }
        // "In 1978, the city passed an ordinance. As a result, police arrested over 50 buyers in reverse stings."
        else if (g.since() == null && rule == Rule.OPERATION_NOUN && paragraphDate != null && !practice) d.date = paragraphDate;
        d.since = g.since() == null ? null : g.since().when();
        d.buyerContext = BUYER_CONTEXT.matcher(clause).find();
        // "arrested nine men who had arranged online to pay an undercover deputy": a sting without the word
        if (trigger == null && d.kind == Operation.Kind.ENFORCEMENT_OPERATION && STING_WORDS.matcher(clause).find())
            d.kind = ONLINE.matcher(clause).find() ? Operation.Kind.WEB_STING : Operation.Kind.REVERSE_STING;
        if ((d.kind == Operation.Kind.REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                && trigger != null && trigger.kind() != Operation.Kind.SWEEP
                && ONLINE.matcher(g.from() > 0 || g.moreSegments() ? g.text() : s.text()).find()
                && STING_WORDS.matcher(g.text()).find()) d.kind = Operation.Kind.WEB_STING;
        // "Operation Night Owl, a web sting that ...": the name came first, the clause says what kind it was
        // (within the segment: "a web sting led to 8 arrests, and the following spring a street sting caught 6" is two kinds)
        Operation.Kind specific = trigger == null || trigger.kind() == Operation.Kind.SWEEP ? null : OperationTriggers.specificSting(inSegment(g, clause));
        if (specific != null && d.kind == Operation.Kind.ENFORCEMENT_OPERATION) d.kind = specific;
        // "a week-long operation targeting men who solicit online": a web sting
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && trigger != null && trigger.kind() != Operation.Kind.SWEEP && d.buyerContext
                && ONLINE.matcher(clause).find()) d.kind = Operation.Kind.WEB_STING;
        if (g.since() != null || rule == Rule.RECURRING_PRACTICE) d.buyerContext |= paragraphBuyers;
        d.recurring = g.since() != null && g.date() == null || practice;
        d.addActors(actors, s, g.from(), g.to());
        // a multi-agency operation is not the work of the agency the sentence before named
        if (d.conductedBy.isEmpty() && !MULTI_AGENCY.matcher(clause).find()) d.conductedBy.addAll(agenciesNamedBefore(s));
        // a count belongs to one event, not to a practice repeated over years ("since 1993, several of them netting ...")
        if (!d.recurring) d.addCount(g.counts(), text);
        else d.arrestsUncounted = !g.counts().isEmpty();
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && STING_NOUN.matcher(clause).find() && (d.buyerContext || d.buyerCount))
            d.kind = Operation.Kind.REVERSE_STING;
        if (d.arrests == null && !d.recurring && trigger != null && OperationTriggers.isSting(d.kind)) addLone(d, s, g.from(), g.to());
        drafts.add(d);
        return d;
    }

    /**
     * As {@link #open}, told after {@code current}: "Six months later, four more were charged after a second sting" counts
     * people like the operation before's; "a similar operation" is of its kind.
     */
    private OperationDraft openAfter(Segment g, Rule rule, OperationDraft current) {
        OperationDraft d = open(g, rule);
        OperationDraft last = d.kind == Operation.Kind.ENFORCEMENT_OPERATION && g.trigger() != null && OperationCues.similar(g) ? drafts.lastStingBefore(d) : null;
        if (last != null) {
            d.kind = last.kind;
            d.stingNoun |= last.stingNoun;
            d.buyerContext |= last.buyerCount || last.buyerContext;
        }
        if (current == null || current.recurring || !OperationTriggers.isSting(current.kind)) return d;
        if (!g.counts().isEmpty() && (current.buyerCount || current.buyerContext) && OperationCues.anotherCounted(g)) d.buyerContext = true;
        return d;
    }

    /** The part of the trigger's clause inside the segment. */
    private static String inSegment(Segment g, String clause) {
        int[] b = Negation.bounds(g.sentence().text(), g.trigger().start(), g.trigger().end());
        int from = Math.max(0, g.from() - b[0]), to = Math.min(clause.length(), g.to() - b[0]);
        return from < to ? clause.substring(from, to) : clause;
    }

    /** "The Elm County Police ... In March 2014, officers ran a sting": the paragraph's last enforcing agency before the sentence (two for "both agencies"). */
    private List<Actor> agenciesNamedBefore(Sentence s) {
        // "both agencies staged reverse stings": the last two
        int n = BOTH.matcher(s.text()).find() ? 2 : 1;
        FallbackAgency.Reach reach = FallbackAgency.reach(s.text(), place);
        if (reach == FallbackAgency.Reach.NONE) return List.of();
        int from = reach == FallbackAgency.Reach.PREVIOUS_SENTENCE ? Math.max(paragraphStart, previousStart) : paragraphStart;
        return actors.lastEnforcing(from, s.start(), EarlierOperations.LOOK_BACK, n);
    }

    /**
     * "... roughly 30 people were taken into custody. Operation X ... ended with 31 arrests in total.": a named
     * operation without a date of its own whose exact count makes precise the approximate count of the
     * operation just described is that operation. True when {@code current} took the name and count.
     */
    private boolean exactCountOf(Segment g, OperationDraft current) {
        if (current == null || current.name != null || current.date == null || current.arrests == null
                || current.arrests.bound() != ArrestCount.Bound.APPROXIMATELY || !drafts.contains(current)) return false;
        CountMention exact = g.counts().stream().filter(c -> c.bound() == ArrestCount.Bound.EXACT).findFirst().orElse(null);
        int approx = current.arrests.value();
        if (exact == null || Math.abs(exact.value() - approx) * 5 > approx) return false;
        current.name = g.name();
        current.addDetail(g.sentence().evidence());
        current.addActors(actors, g.sentence(), g.from(), g.to());
        current.addCount(List.of(exact), text);
        return true;
    }

    private boolean noNewAgency(Segment g, OperationDraft current) {
        return actors.within(g.sentence().start() + g.from(), g.sentence().start() + g.to()).stream()
                .filter(m -> m.actor().enforces()).allMatch(m -> current.conductedBy.contains(m.actor()));
    }

    /** A later sentence of the paragraph, without a new date or operation: its count or buyers. */
    private OperationDraft extend(Segment g, OperationDraft current) {
        String s = g.sentence().text();
        boolean added = false;
        CountMention referred;
        // A count belongs to one event, not to a practice repeated over years.
        if (!current.recurring && current.refinedBy(g.counts())) { current.addCount(g.counts(), text); added = current.arrests != null; }
        // "When the man arrived to meet the decoy, he was arrested."
        else if (!current.recurring && current.arrests == null && g.counts().isEmpty() && OperationTriggers.isSting(current.kind)
                && current.rule != Rule.DATED_BUYER_ARRESTS && addLone(current, g.sentence(), g.from(), g.to())) added = true;
        // "... was approached by seven men. All seven were arrested.": the people told of before, now counted
        else if (!current.recurring && (current.arrests == null || current.lone) && g.counts().isEmpty() && OperationTriggers.isSting(current.kind)
                && (referred = ArrestCounts.referred(g.sentence(), g.from(), g.to())) != null) {
            current.addCount(List.of(referred), text);
            added = true;
        }
        // "Police charged the men with patronizing": the operation's arrests were of buyers.
        if (!current.buyerContext && BUYER_CONTEXT.matcher(s).find() && !Negation.denied(s, 0, s.length())) {
            current.buyerContext = true;
            added = true;
        }
        if (added) {
            current.addDetail(g.sentence().evidence());
            current.addActors(actors, g.sentence(), g.from(), g.to());
        }
        return current;
    }

    /** "... a 34-year-old man, who was arrested when he arrived": a count of one for a sting that has no count. */
    private boolean addLone(OperationDraft d, Sentence s, int from, int to) {
        CountMention one = ArrestCounts.lone(s, from, to);
        if (one == null) return false;
        d.addCount(List.of(one), text);
        d.lone = true;
        return true;
    }

    /** A new date the current operation cannot have ends its description. */
    private static OperationDraft keepIfCompatible(Segment g, OperationDraft current) {
        if (g.date() != null && current != null && (current.date == null || !current.date.compatibleWith(g.date().when()))) return null;
        return current;
    }
}
