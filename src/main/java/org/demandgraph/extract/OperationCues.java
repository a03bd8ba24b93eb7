package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.BackgroundCrimes;
import org.demandgraph.extract.lexicon.MovedOnline;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * What a segment's words say about the operation it tells, apart from its noun, date and count: a
 * period's total rather than one event, a plural noun with nothing done, a practice told with a dated
 * example, another operation like the one before ("5 more", "the second", "using the same tactics").
 */
final class OperationCues {

    private static final Pattern PERIOD_TOTAL = OperationTriggers.p("\\b(?:in all|in total|altogether|(?:(?:19|20)\\d\\d|year|month|quarter|week|weekend|night|day|summer|spring|fall|autumn|winter)\\s+alone|over the (?:year|period)|over\\s+the\\s+course\\s+of\\s+the\\s+(?:year|period)|for the year|throughout the year"
            + "|(?:first|second|last)\\s+(?:half|quarter|(?:three|six|nine)\\s+months)\\s+of"
            // "over the twelve months of 2019", "during 2018 as a whole", "the whole of 2016"
            + "|months\\s+of\\s+(?:19|20)\\d\\d|as\\s+a\\s+whole|the\\s+whole\\s+of|(?:entire|whole|calendar)\\s+year"
            // "Over all of 2017, ... charged 41 men ..., according to its annual report"
            + "|all\\s+of\\s+(?:19|20)\\d\\d|(?:annual|yearly|year-end)\\s+(?:report|figures|statistics|tally|totals?)"
            // "A state report issued in 2021 counted 44 buyers arrested by task forces across the state": a report's tally
            + "|(?:report|survey|study|audit|review)\\s+(?:[\\w,-]+\\s+){0,5}?(?:counted|tallied|recorded|listed))\\b");
    private static final Pattern PLURAL_STINGS = OperationTriggers.p("\\b(?:stings|operations|sweeps|details|crackdowns|reversals)\\s*$");
    private static final Pattern ACTION = OperationTriggers.p("\\b(?:ran|run|runs|running|conduct\\w*|h[eo]ld\\w*|stag(?:e|ed|es|ing)|carr(?:y|ied|ies|ying)\\s+out"
            + "|launch\\w*|organi[sz]\\w*|mount\\w*|set\\s+up|beg[au]n|start\\w*|use[ds]?|using|perform\\w*|initiat\\w*|undert\\w*|coordinat\\w*"
            + "|participat\\w*|took\\s+part|resum\\w*|took\\s+place|occurr\\w*|happened|continu\\w*|nett\\w*|led\\s+to|result\\w*|arrest\\w*"
            + "|target\\w*|employ\\w*|deploy\\w*|operat(?:e|ed|es|ing)|did|does|do|doing|made|make|makes|making|join\\w*|assist\\w*|help\\w*)\\b");
    private static final Pattern NOT_BUYERS = OperationTriggers.p(BackgroundCrimes.NOT_BUYER_CHARGES);
    private static final Pattern SIMILAR = OperationTriggers.p("\\b(?:similar|the\\s+same)\\s+(?:tactics?|methods?|techniques?|approach|ruse|ploy)\\b");
    private static final Pattern ORDINAL = OperationTriggers.p("\\bthe\\s+(?:second|third|fourth|fifth|last|latter|next|other)\\b");
    /** A count told as what a practice has achieved so far ("By 2012, police had arrested more than 300 buyers in reverse stings"). */
    private static final Pattern CUMULATIVE = OperationTriggers.p("\\b(?:has|have|had)\\s+(?:\\w+\\s+)?(?:arrested|charged|cited|netted|led\\s+to|counted|tallied|made)\\b|\\b(?:counted|tallied)\\b"
            + "|\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:19|20)\\d\\d\\b|\\bto\\s+date\\b|\\bso\\s+far\\b");
    /** After a count: the span a running total covers ("... since the first sting", "... in three years", "over the past decade"). */
    private static final Pattern TOTAL_SPAN = OperationTriggers.p("^[^.;]*?\\b(?:since\\b(?!\\s+(?:at\\s+least\\s+)?(?:19|20)\\d\\d)"
            + "|(?:in|over|across|within|during)\\s+(?:the\\s+(?:past|last|previous|first)\\s+)?(?:[\\w-]+\\s+)?(?:years|decades?)\\b)");
    private static final Pattern RESPECTIVELY = OperationTriggers.p("\\brespectively\\b");
    /** A year's tally: "during 2017", "a total of", "in 2021, according to court records". */
    private static final Pattern YEAR_TOTAL = OperationTriggers.p("\\b(?:during|throughout|over\\s+the\\s+course\\s+of)\\s+(?:(?:19|20)\\d\\d|the\\s+year)\\b|\\ba\\s+total\\s+of\\b"
            + "|\\baccording\\s+to\\s+(?:court|arrest|police|state|county|city)\\s+(?:records|data|figures|statistics)\\b"
            + "|\\b(?:court|arrest|police)\\s+(?:records|data|figures|statistics)\\s+show");
    private static final Pattern MORE = OperationTriggers.p("\\bmore\\s+arrests\\b|\\b(?:" + NumberWords.PATTERN + ")\\s+more\\b"
            + "|\\banother\\s+(?:(?:" + NumberWords.PATTERN + ")\\b|(?:was|were|took|followed|came)\\b)"
            // round 18: "It held another the following year that netted 11 men", "ran another that fall"
            + "|\\b(?:held|ran|staged|conducted|mounted|organi[sz]ed)\\s+another\\s+(?:the|that|in|during|later)\\b");
    /** "A second motel sting followed ...", "another sting in November", "repeated the operation": one more of the operations told before. */
    private static final Pattern ANOTHER_NOUN = OperationTriggers.p("\\b(?:another|a\\s+(?:second|third|fourth|fifth|further)|one\\s+more)(?:[,\\s]+[\\w-]+){0,2}?[,\\s]+"
            // "A second, smaller detail ...", "A third effort, in September 2017, ...", "Another, larger round that December"
            + "(?:stings?|operations?|reversals?|details?|efforts?|rounds?|waves?)\\b"
            // "In June 2013 officers held another, and ...", "Deputies staged another in March 2016": the noun left out
            + "|\\b(?:held|ran|run|staged|conducted|mounted|carried\\s+out|organi[sz]ed)\\s+another(?=\\s*[,;.]|\\s+(?:in|that|on|at|during|over|later|the\\s+following)\\b)"
            // "the sheriff repeated the operation, with a dozen arrests"
            + "|\\brepeat(?:ed|s|ing)?\\s+(?:the|its|that|this|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:operation|sting|effort|exercise|sweep|detail)\\b"
            // round 18: "..., and repeated it in March 2006 with 9 more arrests"
            + "|\\brepeated\\s+it\\b");
    /** One held in a practice just told: "in one such operation", "at the 2017 edition", "in one of them", "one of the largest took place". */
    private static final Pattern INSTANCE = OperationTriggers.p("\\bone\\s+(?:such|of\\s+(?:them|these|those))\\b"
            // "In one two-night operation in April 2009, ...": one of the practice just told
            + "|^\\s*(?:In|During)\\s+one\\s+(?:[\\w-]+\\s+){0,2}?(?:operation|sting)\\b"
            // "One of the largest took place ...": no noun of its own, one of those just told
            + "|\\bone\\s+of\\s+the\\s+(?:largest|biggest|first|earliest|longest|most\\s+\\w+)\\s+(?:took|was|came|ran|lasted|happened|began|netted|led)\\b"
            // "One of the larger ones, in August 2006, ...", "In one of the first on record, in March 2007, ...": one of those just told
            + "|\\bone\\s+of\\s+the\\s+(?:larger|bigger|largest|biggest|first|earliest)\\s+ones\\b"
            + "|^\\s*(?:In|At|During)\\s+one\\s+of\\s+the\\s+(?:larger|bigger|largest|biggest|first|earliest)\\b"
            + "|\\b(?:the|its|that\\s+year[’']s)\\s+(?:(?:19|20)\\d\\d\\s+)?(?:edition|installment|instalment|round)\\b"
            // "In the largest, in February 2017, ...": the largest of those just told
            + "|^\\s*(?:In|At)\\s+the\\s+(?:largest|biggest|longest|first|latest|most\\s+recent)\\s*,"
            // "Its largest, Operation Long Haul, ran from ...": the largest of the practice its owner was just told to hold
            + "|^\\s*(?:Its|Their)\\s+(?:largest|biggest|longest)\\s*,"
            // "The largest of these efforts took place ...": one of those just told
            + "|\\bthe\\s+(?:largest|biggest|longest|first|latest)\\s+of\\s+(?:these|those|them|the\\s+department[’']s)\\b");

    /** Whether the segment tells one held in the practice just told ("In one such operation", "At the 2017 edition"). */
    static boolean instanceOfPractice(Segment g) {
        return LiteralGuard.find(INSTANCE, g.text());
    }

    /** An agency word owning the noun: "the sheriff's reverse stings". */
    private static final Pattern OWNER = OperationTriggers.p("\\b(sheriff|police|department|bureau|patrol|troopers|office|unit|squad|agency)[’']s?\\s+(?:[\\w-]+\\s+){0,2}$");

    /** The agency word owning the trigger's noun ("sheriff" in "the sheriff's reverse stings"), lower case, or null. */
    static String owner(Segment g) {
        String s = g.sentence().text();
        Matcher m = OWNER.matcher(s.substring(Math.max(0, g.trigger().start() - 40), g.trigger().start()));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** Words making an operation another than the one told ("also", "other", "similar"). */
    static final Pattern ANOTHER = OperationTriggers.p("\\b(?:also|other|another|comparable|similar)\\b");
    /** "... and did so again in 2006, when 8 were arrested": told without an operation noun, another like the one before. */
    private static final Pattern AGAIN = OperationTriggers.p("\\bagain\\b");
    /** "a similar operation", "another such sting", "such stings": of the kind of the one before. */
    private static final Pattern LIKE_BEFORE = OperationTriggers.p("\\b(?:similar|comparable|such|another\\s+such|the\\s+same\\s+kind\\s+of)\\s+(?:[\\w-]+\\s+)?$");

    /** An operation word, whatever the operation ("trafficking operations", "a sting against trafficking"). */
    private static final Pattern OPERATION_WORD = OperationTriggers.p("\\b(?:operations?|stings?)\\b");

    /** A sentence about the operation just told: "It took place ...", "The sting was held ...". */
    private static final Pattern SAME_OPERATION = OperationTriggers.p("\\s*(?:it|the\\s+(?:sting|operation|raid|arrests)|this\\s+(?:sting|operation))\\s+(?:was|were|took|came|happened|ran|lasted)\\b");

    /** "Buyers arrested in the sheriff's reverse stings ...", right before the plural noun. */
    private static final Pattern ARRESTED_IN = OperationTriggers.p("\\b(?:buyers|johns|men|customers)\\s+(?:arrested|caught|charged)\\s+(?:in|during)\\s+(?:the|its|their)\\s+(?:[\\w’'-]+\\s+){0,3}$");
    /** "the names of men charged in county stings", right before the noun: the stings named through their arrestees. */
    private static final Pattern PEOPLE_ARRESTED_IN = OperationTriggers.p("\\b(?:buyers|johns|men|customers|people|those)\\s+(?:arrested|caught|charged|booked)\\s+(?:in|during)\\s+"
            + "(?:(?:the|its|their|these|those)\\s+)?(?:[\\w’'-]+\\s+){0,3}$");
    /** "... are booked at the county jail": what is done to them, habitually. */
    private static final Pattern HABITUAL_PASSIVE = OperationTriggers.p("\\b(?:are|is)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en)\\b");

    /** A sentence opening on each of the operations just told: "Each time, ...", "In each of them, ...". */
    private static final Pattern EACH_OF_THOSE = OperationTriggers.p("\\s*(?:(?:each|every)\\s+time|(?:in|at|during)\\s+(?:each|every\\s+one|all|both)(?:\\s+of\\s+(?:them|these|those|the\\s+stings))?"
            + "|(?:in|during)\\s+(?:them|these|those))\\b");

    private OperationCues() {}

    /** A plural sting noun told only through what habitually happens to the buyers arrested in it. */
    static boolean arrestedInPractice(Segment g) {
        String s = g.sentence().text();
        Trigger t = g.trigger();
        return PLURAL_STINGS.matcher(s.substring(t.start(), t.end())).find()
                && ARRESTED_IN.matcher(s.substring(Math.max(0, t.start() - 60), t.start())).find()
                && HABITUAL_PASSIVE.matcher(s.substring(t.end())).find() && !Negation.denied(s, t.start(), t.end());
    }

    /** The operation noun names stings through the people arrested in them ("printed the names of men charged in county stings since 1998"). */
    static boolean peopleArrestedIn(Segment g) {
        String s = g.sentence().text();
        return PEOPLE_ARRESTED_IN.matcher(s.substring(Math.max(0, g.trigger().start() - 60), g.trigger().start())).find();
    }

    /** "Each time, female deputies ... arrested the men who propositioned them": the operations just told were aimed at buyers. */
    static boolean eachOfThoseWithBuyers(String sentence) {
        return EACH_OF_THOSE.matcher(sentence).lookingAt() && LiteralGuard.find(OperationOpener.BUYER_CONTEXT, sentence) && !Background.story(sentence);
    }

    /** Whether the segment's sentence opens on the operation just told ("It took place over two nights in early November"). */
    static boolean sameOperation(Segment g) {
        return SAME_OPERATION.matcher(g.sentence().text()).lookingAt();
    }

    /** A sentence telling a year's tally ("In fiscal year 2008 alone the department reported 143 arrests"): its counts are no event's. */
    private static final Pattern YEAR_TALLY = OperationTriggers.p("\\b(?:(?:(?:19|20)\\d\\d|year|month|quarter|week|weekend|night|day|summer|spring|fall|autumn|winter)\\s+alone|for\\s+the\\s+year|throughout\\s+the\\s+year|as\\s+a\\s+whole|(?:entire|whole|calendar|fiscal)\\s+year)\\b");

    static boolean yearTally(String sentence) {
        return LiteralGuard.find(YEAR_TALLY, sentence);
    }

    /** Whether the segment names operations of any kind. */
    static boolean operationWord(Segment g) {
        return OPERATION_WORD.matcher(g.text()).find();
    }

    /** "In all, 31 buyers were charged in 2015 alone", "During 2017, a total of 48 johns were arrested": a period's total. */
    static boolean periodTotal(Segment g) {
        return LiteralGuard.find(PERIOD_TOTAL, g.text())
                || g.date() != null && g.date().when().precision() == When.Precision.YEAR && LiteralGuard.find(YEAR_TOTAL, g.text());
    }

    /**
     * "In all, 61 men were arrested in the city's stings during 2022", "During 2012 as a whole, 236 men were arrested in
     * those stings": a period's total over plural operations told as such ("in all", "as a whole", "alone"), no operation
     * of its own.
     */
    static boolean periodTotalOfPlural(Segment g) {
        Trigger t = g.trigger();
        if (t == null || g.name() != null || !LiteralGuard.find(PERIOD_TOTAL, g.text())) return false;
        String s = g.sentence().text(), noun = s.substring(t.start(), t.end());
        // not "In fiscal year 2008 alone ..., and a dozen or more reverse stings were held each year": a practice
        return PLURAL_STINGS.matcher(noun).find() && !OperationTriggers.recurring(Negation.clause(s, t.start(), t.end()), noun);
    }

    /** A demonstrative right before a plural operation noun: "in those stings", "these operations". */
    private static final Pattern THOSE_BEFORE = OperationTriggers.p("\\b(?:those|these|such)\\s+(?:[\\w-]+\\s+){0,2}?$");

    /**
     * "From 2003 to 2008, 164 men were arrested in those stings": a count over a span of time of the stings told before,
     * no operation of its own.
     */
    static boolean totalOverThose(Segment g) {
        Trigger t = g.trigger();
        if (t == null || g.name() != null || g.counts().isEmpty() || g.date() == null || g.date().until() == null) return false;
        String s = g.sentence().text();
        return PLURAL_STINGS.matcher(s.substring(t.start(), t.end())).find()
                && THOSE_BEFORE.matcher(s.substring(Math.max(0, t.start() - 40), t.start())).find();
    }

    /** "first went online in 2007, " right before the date's end: a practice moved online that year. */
    private static final Pattern WENT_ONLINE_IN = OperationTriggers.p(MovedOnline.WENT + "\\s+(?:in|during)\\s+$");

    /** Whether the words right before the date at {@code dateAt} say the practice moved online then ("officers first went online in 2007"). */
    static boolean movedOnlineIn(String sentence, int from, int dateAt) {
        return WENT_ONLINE_IN.matcher(sentence.substring(Math.max(from, dateAt - 60), dateAt)).find();
    }

    /** "in July." at a segment's end: nothing but the date, perhaps after "in" or "that". */
    private static final Pattern BARE_DATE = OperationTriggers.p("\\s*(?:in|that|during|of)?\\s*");

    /** Whether the segment holds its date and nothing else of weight ("... over a long weekend in | July."). */
    static boolean bareDate(Segment g) {
        String s = g.sentence().text();
        int at = g.date().start() - g.sentence().start(), end = g.date().end() - g.sentence().start();
        return BARE_DATE.matcher(s.substring(g.from(), Math.max(g.from(), at))).matches() && s.substring(Math.min(g.to(), end), g.to()).trim().matches("[.;,]?");
    }

    /** A plural sting noun whose clause says nothing was done ("told the council that reverse stings were too costly"). */
    static boolean nothingDone(Segment g) {
        String s = g.sentence().text();
        Trigger t = g.trigger();
        return PLURAL_STINGS.matcher(s.substring(t.start(), t.end())).find() && (!ACTION.matcher(Negation.clause(s, t.start(), t.end())).find()
                // "the police chief told the council that reverse stings cost too much overtime to be worth running": said of them
                || SAID_THAT.matcher(s.substring(Math.max(0, t.start() - 120), t.start())).find()
                // "Asked in 2019 how often the unit holds such stings, a spokesman estimated four to six a year": a frequency told
                || HOW_OFTEN.matcher(s.substring(Math.max(0, t.start() - 80), t.start())).find()
                // "A spokesman said in 2019 that the unit holds three or four such operations in a typical year": a frequency said
                || SAID_BEFORE.matcher(s.substring(Math.max(0, t.start() - 120), t.start())).find() && FREQUENCY.matcher(s.substring(t.end())).find());
    }

    private static final Pattern SAID_BEFORE = OperationTriggers.p("\\b(?:told|said|says|estimated|stated|explained)\\b[^.;]{0,100}?\\bthat\\b");
    private static final Pattern FREQUENCY = OperationTriggers.p("^[^.;]{0,30}?\\b(?:a|per|each|in\\s+a\\s+(?:typical|normal|given|busy)|in\\s+an\\s+(?:average|ordinary))\\s+(?:year|month)\\b");

    private static final Pattern HOW_OFTEN = OperationTriggers.p("\\bhow\\s+(?:often|frequently|many)\\b[^.;]{0,60}$");

    /** Reported speech whose subject is the plural operation noun right after: "told the council that reverse stings ...". */
    private static final Pattern SAID_THAT = OperationTriggers.p("\\b(?:told|said|says|argued|complained|testified|warned|wrote|conceded|acknowledged)\\b"
            + "[^.;]{0,80}?\\bthat\\s+(?:(?:the|its|their|such|these|those)\\s+)?(?:[\\w-]+\\s+){0,2}$");

    /** "... since 1996 and 2010, respectively". */
    static boolean respectively(Segment g) {
        return RESPECTIVELY.matcher(g.text()).find();
    }

    /** "stopped another buyer with the same ruse", not in a story of other crimes. */
    static boolean sameTactics(Segment g) {
        return SIMILAR.matcher(g.text()).find() && !NOT_BUYERS.matcher(g.sentence().text()).find();
    }

    /** "5 more arrests", "...; the second, in September, netted 8", "did so again in 2006, when 8 were arrested": another operation like the one before. */
    static boolean anotherCounted(Segment g) {
        return MORE.matcher(g.text()).find() || ANOTHER_NOUN.matcher(g.text()).find() || g.trigger() == null && AGAIN.matcher(g.text()).find()
                || ORDINAL.matcher(g.sentence().text().substring(Math.max(0, g.from() - 30), g.to())).find();
    }

    /** "a similar operation": the noun follows a word making it of the kind told before. */
    static boolean similar(Segment g) {
        String s = g.sentence().text();
        return LIKE_BEFORE.matcher(s.substring(Math.max(0, g.trigger().start() - 30), g.trigger().start())).find();
    }

    /** "By 2012, police had arrested more than 300 buyers in reverse stings": a total over a practice so far. */
    static boolean cumulative(Segment g) {
        return LiteralGuard.find(CUMULATIVE, g.sentence().text());
    }

    /**
     * "By 2004 the department said it had arrested more than 400 men since the first sting", "the two operations had led to
     * more than 150 arrests in three years": a running total over many operations, told with the date it was reported.
     */
    static boolean runningTotal(Segment g) {
        if (g.since() != null || g.counts().isEmpty() || !cumulative(g)) return false;
        String s = g.sentence().text();
        int base = g.sentence().start();
        for (CountMention c : g.counts())
            if (TOTAL_SPAN.matcher(s.substring(Math.min(s.length(), c.end() - base))).find()) return true;
        return false;
    }

    /**
     * "From 1999 until 2008 such stings were an annual event", "Between 2009 and 2015 the city held two or three stings a
     * year": a practice over a range of years, not one event.
     */
    static boolean rangePractice(Segment g) {
        Trigger t = g.trigger();
        if (t == null || g.date() == null || g.date().until() == null) return false;
        // a name over a range of years held each January ("From 2008 until 2016 the task force held Operation Cold Front each
        // January") is a named practice; a name over days is one event
        if (g.name() != null && (g.date().when().precision() != When.Precision.YEAR || g.date().until().precision() != When.Precision.YEAR)) return false;
        String s = g.sentence().text(), noun = s.substring(t.start(), t.end()).trim();
        return !Negation.denied(s, t.start(), t.end()) && OperationTriggers.recurring(Negation.clause(s, t.start(), t.end()), noun);
    }

    /** The trigger's clause tells a repeated practice, and the date and counts lie in a later clause of the sentence. */
    static boolean exampleAfterPractice(Segment g) {
        String s = g.sentence().text();
        Trigger t = g.trigger();
        int[] b = Negation.bounds(s, t.start(), t.end());
        if (b[1] >= g.to() || OperationTriggers.isDefinite(s, t.start())) return false;
        int base = g.sentence().start();
        if (g.date() != null && g.date().start() - base < b[1]) return false;
        for (CountMention c : g.counts()) if (c.start() - base < b[1]) return false;
        String clause = Negation.clause(s, t.start(), t.end());
        return !Negation.denied(s, t.start(), t.end()) && OperationTriggers.recurring(clause, s.substring(t.start(), t.end()));
    }

    /** The operation noun after the sentence's first, or null. */
    static Trigger secondTrigger(String sentence) {
        Trigger first = OperationTriggers.find(sentence, 0);
        return first == null ? null : OperationTriggers.find(sentence.substring(first.end()), first.end());
    }
}
