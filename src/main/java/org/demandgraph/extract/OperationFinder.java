package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

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

    /** A sentence opening on operations just told, in the past: "The online reverse stings were run from hotels". */
    private static final Pattern THOSE_WERE = OperationTriggers.p("\\s*(?:the|these|those)\\s+(?:[\\w-]+\\s+){0,3}?(?:stings?|operations?|reversals?)\\s+(?:were|was)\\b");
    /** A sentence opening on the operation or arrests just told. */
    private static final Pattern BACK_REFERENCE = OperationTriggers.p("\\s*(?:the|these|those)\\s+(?:arrests|operations?|stings?)\\b");

    private final String text;
    private final ActorFinder.Result actors;
    private final EarlierOperations drafts = new EarlierOperations();
    private final SentenceDates sentenceDates = new SentenceDates();
    private final ParagraphState paragraph = new ParagraphState();
    private final OperationOpener opener;
    private final OperationDetails details;
    private final LikeTheOneBefore like;
    private final Practices practices;
    private final FollowUps followUps;

    /**
     * A background segment with a date and an operation word that opened nothing ("announced 19 arrests in human
     * trafficking operations"): of the sentence being read, and of the one before it in the paragraph.
     */
    private Segment untold, untoldBefore;

    /** Where the paragraph before the one being read starts (text offset). */
    private int previousParagraphStart;

    /** The profile's place name, or null: what another place is told apart from. */
    private final String place;
    /** The narrative's sentences, while {@link #find} runs. */
    private List<Sentence> sentences;

    OperationFinder(String text, ActorFinder.Result actors, String place) {
        this.text = text;
        this.actors = actors;
        this.opener = new OperationOpener(text, actors, drafts, paragraph, place);
        this.details = new OperationDetails(text, actors, drafts, opener);
        this.like = new LikeTheOneBefore(text, drafts, opener);
        this.practices = new Practices(actors, drafts, paragraph, opener, details);
        this.followUps = new FollowUps(text, actors, drafts, paragraph, place);
        this.place = place;
    }

    List<Operation> find(List<Sentence> sentences) {
        this.sentences = sentences;
        OperationDraft current = null;
        for (Sentence s : sentences) {
            if (sentenceDates.newParagraph(s)) {
                current = null;
                paragraph.buyers = false;
                paragraph.firstDraft = drafts.size();
                previousParagraphStart = paragraph.start;
                paragraph.start = s.start();
            }
            paragraph.previousFirstDraft = paragraph.sentenceFirstDraft;
            paragraph.sentenceFirstDraft = drafts.size();
            // "Deputies held stings in 2005, 2007 and 2010. Each time, ... arrested the men who ...": those bare stings were buyer stings
            if (paragraph.previousFirstDraft >= paragraph.firstDraft && OperationCues.eachOfThoseWithBuyers(s.text()))
                for (OperationDraft d : drafts.all().subList(paragraph.previousFirstDraft, drafts.size()))
                    if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && d.stingNoun) d.buyerContext = true;
            paragraph.date = sentenceDates.lastDate();
            paragraph.dateOrCarried = sentenceDates.lastOrCarried();
            paragraph.previousStart = paragraph.sentenceStart;
            paragraph.sentenceStart = s.start();
            untoldBefore = sentenceDates.newParagraphSeen() ? null : untold;
            untold = null;
            Work.add(s.text().length());
            List<DateMention> dates = sentenceDates.of(s);
            List<OperationDraft> respective = DatedCountLists.in(s, dates, actors, text, paragraph.buyers);
            if (!respective.isEmpty()) {
                CountedTogether.settle(respective, s, drafts, paragraph, actors, place);
                drafts.addAll(respective);
                current = followUps.after(s);
                continue;
            }
            boolean background = Background.story(s.text());
            List<CountMention> counts = ArrestCounts.in(s, 0, s.text().length());
            Segment last = null;
            for (Segment g : ProgrammeUse.settle(Segment.of(s, dates, counts, background, place))) current = read(last = ElidedPeopleCounts.fill(GappedCounts.fill(g, counts), counts), current);
            current = PracticesTold.after(s, last, current, dates.isEmpty() && counts.isEmpty() && !background, drafts, paragraph, opener, actors, place);
            OperationDraft followUp = followUps.after(s);
            if (followUp != null) current = followUp;
            else OwnCount.settle(s, current, place, actors, text);
            if (!background && LiteralGuard.find(OperationOpener.BUYER_CONTEXT, s.text())) paragraph.buyers = true;
        }
        WiderOperations.settle(drafts.all(), sentences, text, place, actors);
        SharedAgencies.settle(drafts.all(), sentences, actors, place);
        StingMethod.settle(drafts.all(), sentences);
        RepeatKinds.settle(drafts.all(), sentences);
        PracticeDuplicates.drop(drafts.all(), sentences);
        return OperationAssembly.assemble(drafts.all());
    }

    /** What the segment does to the operation being described: the operation described after it. */
    private OperationDraft read(Segment g, OperationDraft current) {
        // "..., a practice the department adopted in 2008", "..., which in 2013 began a diversion program": not the stings' date
        g = OtherClauseDates.strip(g);
        boolean sting = g.trigger() != null && OperationTriggers.isSting(g.trigger().kind());
        boolean namedForBuyers = DemandWork.namedForBuyers(g);
        // totals and tallies told instead of an operation of its own
        NoOperationTotals.Effect total = NoOperationTotals.of(g, current, drafts, sentences, place);
        if (total == NoOperationTotals.Effect.KEEP_IF_COMPATIBLE) return keepIfCompatible(g, current);
        if (total == NoOperationTotals.Effect.KEEP_CURRENT) return current;
        if (g.background() && namedForBuyers && g.date() == null && g.counts().isEmpty() && untoldBefore != null)
            return fromUntold(g, null);
        if (g.background() && !(sting && g.buyerCount()) && !DemandWork.buyersByPhrase(g) && !DemandWork.namedStingArrests(g) && !namedForBuyers
                && !FormedWithPractice.formation(g)) { // forming a task force is no crime story
            if (g.date() != null && g.since() == null && OperationCues.operationWord(g)) untold = g;
            return keepIfCompatible(g, current);
        }
        // "It has been repeated every spring since then": the operation named last, now a practice since its first run
        OperationDraft repeated = NamedRepeats.practice(g, drafts, paragraph, opener);
        if (repeated != null) return repeated;
        // "One man arrested in the Operation Lantern sting was sentenced ...": a name told before is that operation
        OperationDraft sameName = g.name() == null ? null : drafts.named(g.name());
        if (sameName != null && !NamedEditions.repeatedSince(g) && (g.date() == null || sameName.date == null || sameName.date.compatibleWith(g.date().when()))) return details.refer(g, sameName);
        // "Since 2014, most of the department's stings have been conducted online": a web practice since then
        OperationDraft onlineSince = OnlineSincePractice.open(g, drafts, opener);
        if (onlineSince != null) return onlineSince;
        if (g.trigger() != null && g.name() == null && OperationTriggers.isDefinite(g.sentence().text(), g.trigger().start())) {
            // "... announced 19 arrests in human trafficking operations. The online reverse stings were run from hotels": those were stings
            Operation.Kind specific = OperationTriggers.specificSting(g.text());
            if (untoldBefore != null && !untoldBefore.counts().isEmpty() && specific != null && g.date() == null && g.counts().isEmpty()
                    && g.from() == 0 && THOSE_WERE.matcher(g.sentence().text()).lookingAt())
                return fromUntold(g, specific);
            // "Buyers arrested in the sheriff's reverse stings are booked ...": a practice told only through its arrested buyers
            if (g.date() == null && g.since() == null && g.counts().isEmpty() && !g.background() && OperationCues.arrestedInPractice(g)
                    && !drafts.hasPracticeOf(g.trigger().kind(), OperationCues.owner(g))) {
                OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
                d.recurring = true;
                return d;
            }
            OperationDraft target = drafts.referent(g.date() == null ? null : g.date().when(), current, OperationTriggers.isSting(g.trigger().kind()));
            if (FormedTaskForces.firstOperationOf(target, g.sentence().text(), g.trigger().start())) target = null;
            // A count is one event's: it does not go to a practice repeated over years.
            if (target != null && !(target.recurring && !g.counts().isEmpty())) return details.refer(g, target);
            // "the department's month-long sting" never introduced: the sentence itself describes it.
            if (g.date() == null && g.since() == null && g.counts().isEmpty()) return current;
        }
        // "In May 2018, officers took eleven men into custody. All had offered cash ... as part of a reverse sting": the kind of the arrests told
        if (sting && current != null && current.rule == Rule.DATED_BUYER_ARRESTS && current.kind == Operation.Kind.ENFORCEMENT_OPERATION
                && g.trigger().kind() != Operation.Kind.ENFORCEMENT_OPERATION && g.date() == null && g.since() == null && g.name() == null
                && g.counts().isEmpty() && !g.recurring() && !g.background()) {
            current.kind = g.trigger().kind();
            return details.extend(g, current);
        }
        // "In April 2014, police ran a web sting. Troopers posted decoy ads, and 9 men ... were arrested": how the operation told was done
        if (g.trigger() != null && g.date() == null && g.since() == null && g.name() == null && current != null && !current.recurring
                && OperationTriggers.isSting(current.kind) && OperationTriggers.verbLed(g.sentence().text(), g.trigger().start())) {
            if (current.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(g.trigger().kind())) current.kind = g.trigger().kind();
            return details.extend(g, current);
        }
        // "Detectives run web stings several times a year; in one, in May 2018, 9 johns were arrested": the practice, then its example
        if (sting && g.name() == null && g.since() == null && (g.date() != null || !g.counts().isEmpty()) && OperationCues.exampleAfterPractice(g)) {
            OperationDraft practice = opener.open(g, Rule.RECURRING_PRACTICE);
            practice.recurring = true;
            practice.arrestsUncounted |= practice.arrests != null;
            practice.arrests = null;
            practice.buyerCount = false;
            return opener.open(g, Rule.OPERATION_NOUN);
        }
        // "Eight weeks later another sting caught 11 more": a bare operation noun, more people like the one before's
        if (g.trigger() != null && g.trigger().kind() == Operation.Kind.ENFORCEMENT_OPERATION && g.name() == null && g.since() == null) {
            OperationDraft another = like.anotherNoun(g, current);
            if (another != null) return another;
        }
        // "The Ledger has printed the names of men charged in county stings since 1998": stings told before, not a new practice
        if (g.trigger() != null && g.date() == null && g.counts().isEmpty() && OperationCues.peopleArrestedIn(g) && drafts.lastSting() != null) return current;
        // "... arrested 12 buyers. Its organizers named it Operation Northern Line": the name of the operation just told
        OperationDraft renamed = NamedAfter.name(g, current);
        if (renamed != null) return renamed;
        OperationDraft edition = NamedEditions.practiceThenEdition(g, paragraph.date, opener);
        if (edition != null) return edition;
        boolean opens = g.trigger() != null && (g.date() != null || g.since() != null || g.name() != null || !g.counts().isEmpty());
        // "In 2014, the police chief told the council that reverse stings were too costly": a plural noun with a date but
        // nothing done is no operation
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && g.date() != null && OperationCues.nothingDone(g)
                && !OperationCues.rangePractice(g)) opens = false;
        // "In 2019, police conducted two operations: in March, ... and in November, ...": the later dates open them (StingOfArrestee aside)
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && g.moreSegments() && !StingOfArrestee.told(g)) opens = false;
        // A date that only times another clause ("..., but when the site closed in 2010") does not date the operation.
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && !g.dateInTriggerClause()) opens = false;
        if (!opens && g.recurring()) return practices.practice(g, current);
        Rule rule = Rule.OPERATION_NOUN;
        if (!opens && g.trigger() == null) {
            OperationDraft habit = practices.habit(g);
            if (habit != null) return habit;
            OperationDraft online = practices.movedOnline(g);
            if (online != null) return online;
            OperationDraft street = StreetDecoyPractice.open(g, drafts, paragraph, opener);
            if (street != null) return street;
            OperationDraft annual = NamedEditions.annualAfterNamed(g, drafts, opener);
            if (annual != null) return annual;
            OperationDraft one = OneOfThose.open(g, current, paragraph.previousStart >= paragraph.start && paragraph.previousStart < paragraph.sentenceStart
                    ? text.substring(paragraph.previousStart, paragraph.sentenceStart) : "", opener, text);
            if (one != null) return one;
            OperationDraft another = like.open(g, current);
            if (another != null) return another;
            // "the 2016 edition was the largest, with 38 arrests": an edition of the operation named in the paragraph or right before
            OperationDraft ofNamed = NamedEditions.edition(g, drafts, opener, paragraph.firstDraft);
            if (ofNamed != null) return ofNamed;
        }
        // what a sentence after the operation adds to it: its counted buyers, its month, "Each was arrested"
        OperationDraft after = SentenceAfterOperation.read(g, opens, current, paragraph, opener, text);
        if (after != null) return after;
        // "In all, 31 buyers were charged in 2015 alone": a period's total, not an operation.
        // "During 2017, a total of 48 johns were arrested": a whole year's count without an operation noun is its total.
        if (g.trigger() == null && OperationCues.periodTotal(g)) return keepIfCompatible(g, current);
        // "... the city's first large internet sting. In August 2014, agents posted ads on an escort site and arrested 10 men": how it was done
        boolean how = opens && g.trigger() != null && g.name() == null && g.since() == null && g.from() == 0
                && OperationTriggers.verbLed(g.sentence().text(), g.trigger().start()) && current != null && current.kind == g.trigger().kind();
        // Round 13: "Others followed in November 1995 (11 arrests)" in a paragraph about stings: arrests of its stings
        OperationDraft stingOfParagraph = StingParagraph.datedEventCount(g, place) ? StingParagraph.sting(drafts, paragraph.firstDraft, previousParagraphStart) : null;
        if ((!opens && g.trigger() == null || how) && g.date() != null && (!g.background() || DemandWork.buyersByPhrase(g))
                && (g.buyerCount() || stingOfParagraph != null)) {
            if (current != null && current.arrests == null && current.date != null && current.date.compatibleWith(g.date().when())) {
                // "... ran two reverse stings in 2021. The first, in April, netted 5 johns": the more precise date
                if (g.date().when().lexical().length() > current.date.lexical().length()) current.date = g.date().when();
                current.addDetail(g.sentence().evidence());
                current.addCount(g.counts(), text);
                // "Operation X was a four-day sweep ... Deputies, Brask police officers and BCA agents arrested 52 people": its agencies
                current.addActors(actors, g.sentence(), g.from(), g.to());
                return current;
            }
            if (!how) rule = Rule.DATED_BUYER_ARRESTS;
            opens = true;
        }
        // "... holds details regularly. It has held reverse stings since at least 1994.": one practice.
        if (opens && g.since() != null && g.date() == null && g.counts().isEmpty() && g.name() == null) {
            OperationDraft practice = practices.practiceDated(g);
            if (practice != null) return practice;
        }
        if (opens && g.date() == null && g.name() != null && details.exactCountOf(g, current)) return current;
        if (opens) {
            OperationDraft d = opener.openAfter(g, rule, current);
            d.buyerContext |= DemandWork.namedStingArrests(g);
            StingOfArrestee.settle(d, g, paragraph.buyers);
            if (stingOfParagraph != null && !d.buyerCount && !d.buyerContext && d.date != null) StingParagraph.adopt(d, stingOfParagraph, g, actors, drafts);
            else if (stingOfParagraph != null && d.date != null) StingParagraph.nameOfPractice(d, stingOfParagraph, g, actors, drafts);
            // "The 2019 edition netted 26 buyers, and in 2022 close to forty men were charged": the next edition of that name
            if (rule == Rule.DATED_BUYER_ARRESTS && current != null && current.rule == Rule.NAMED_EDITION && current.name != null
                    && g.from() > 0 && current.evidence.equals(g.sentence().evidence())) {
                d.name = current.name;
                d.kind = current.kind;
                d.buyerContext |= current.buyerContext;
                if (d.conductedBy.isEmpty()) d.conductedBy.addAll(current.conductedBy);
            }
            return d;
        }
        // "... in 2022 close to forty men were charged over a long weekend in July": a bare month later in the clause makes the year precise
        if (g.trigger() == null && g.counts().isEmpty() && g.date() != null && g.since() == null && g.from() > 0 && current != null
                && current.evidence.equals(g.sentence().evidence()) && refines(current, g.date()) && OperationCues.bareDate(g)) {
            current.date = g.date().when();
            return current;
        }
        if (current != null && g.date() == null && g.since() == null && (g.trigger() == null || current.recurring && g.counts().isEmpty()))
            return details.extend(g, current);
        // "... in a multi-agency sting called Operation X. The arrests came after an ... operation by A, B and C." (also when
        // the operation had borrowed an agency: the sentence says whose it was)
        if (current != null && g.date() == null && g.since() == null && g.counts().isEmpty()
                && g.from() == 0 && BACK_REFERENCE.matcher(g.sentence().text()).lookingAt()) {
            current.addActors(actors, g.sentence(), g.from(), g.to());
            if (!current.conductedBy.isEmpty()) current.addDetail(g.sentence().evidence());
        }
        return keepIfCompatible(g, current);
    }

    /** The operation the sentence before told only as background, opened now that {@code g} says it was demand work. */
    private OperationDraft fromUntold(Segment g, Operation.Kind kind) {
        OperationDraft d = opener.open(untoldBefore, Rule.DATED_BUYER_ARRESTS);
        untoldBefore = null;
        if (kind != null) d.kind = kind;
        if (d.name == null) d.name = g.name();
        d.buyerContext = true;
        d.addDetail(g.sentence().evidence());
        d.addActors(actors, g.sentence(), g.from(), g.to());
        return d;
    }

    /** Whether {@code d} makes the year of a single operation told without a range more precise. */
    static boolean refines(OperationDraft current, DateMention d) {
        return !current.recurring && current.end == null && d.until() == null && current.date != null
                && current.date.precision() == When.Precision.YEAR && d.when().precision() != When.Precision.YEAR && current.date.compatibleWith(d.when());
    }

    /** A new date the current operation cannot have ends its description. */
    private static OperationDraft keepIfCompatible(Segment g, OperationDraft current) {
        if (g.date() != null && current != null && (current.date == null || !current.date.compatibleWith(g.date().when()))) return null;
        return current;
    }
}
