package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.Hedges;

/**
 * One stretch of a sentence between two dates, with what it says: its event date and since-year, its
 * operation noun and name, its counts. A sentence is cut at each further date, so two dated operations
 * in one sentence are two segments.
 */
record Segment(Sentence sentence, int from, int to, DateMention date, DateMention since, Trigger trigger,
               String name, List<CountMention> counts, boolean background, boolean moreSegments) {

    private static final Pattern NEGATED_OP = OperationTriggers.p(Hedges.OPERATION_DENIAL);
    /** A date that is not of an event: when something was surveyed, studied or sentenced. */
    private static final Pattern NOT_AN_EVENT = OperationTriggers.p("survey|questionnaire|\\bstud(?:y|ies)\\b|sentenc|pleaded|\\bcensus\\b|\\bpoll\\b|\\binterview");
    /** A date when results were made known (the words right around it): the event's year (it is rarely announced in another), never its month or day. */
    private static final Pattern REPORTED = OperationTriggers.p("announc|press release|news release|(?:press|news|media)\\s+(?:conference|briefing)|released\\s+(?:the\\s+)?results");
    /** The date followed by the one who made the results known: "In April 2019 the County Attorney's Office announced". */
    private static final Pattern REPORTER_AFTER = Pattern.compile("[,\\s]*(?:(?:(?i:the|a|an|of|and|for|state|county|city|federal|local|district)|[A-Z][\\w’'.-]*)[,\\s]+){0,10}"
            + "(?i:announc|released|reported|issued)");
    /** "In a June 2016 news release": the date of the release itself. */
    private static final Pattern RELEASE_AFTER = OperationTriggers.p("\\s+(?:news|press|media)\\s+(?:releases?|conferences?|briefings?|statements?)\\b");
    /** A practice that stopped then ("stopped holding reverse stings in 2012", "stings ended in 2009"): no operation of that year. */
    private static final Pattern CESSATION = OperationTriggers.p("\\b(?:(?:stopped|quit)\\s+(?:running|holding|conducting|staging|using|doing)|ceased|halted|discontinued"
            + "|abandoned|no\\s+longer|phased\\s+out|(?:was|were|been)\\s+(?:suspended|paused|put\\s+on\\s+hold)"
            + "|(?:stopped|ended|halted|suspended|terminated|dropped|scrapped|shut\\s+down)\\s+(?:its|their)|called\\s+off|(?:suspended|halted|discontinued|paused)\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations|details|sweeps|reversals)|cancell?ed|postponed|struck\\s+down|voted\\s+down|overturned|repealed|seldom|rarely"
            + "|(?:been|become|became|grown|grew|are|were)\\s+(?:rare|uncommon|infrequent)"
            + "|(?:stopped|ended|halted|suspended|terminated|dropped|scrapped|shut\\s+down)\\s+the\\s+(?:[\\w-]+\\s+){0,3}?(?:program|programme|practice|initiative|unit))\\b|\\b(?:ended|came\\s+to\\s+an\\s+end)\\s+(?:in\\s+(?:19|20)\\d\\d|when|after)\\b");
    /** A measure that never took effect, told anywhere after it: "voted to let police impound the cars ..., but the mayor vetoed the measure". */
    private static final Pattern VOIDED = OperationTriggers.p("\\b(?:" + UnadoptedProposals.REFUSED + "|vetoed|died\\s+in\\s+(?:committee|the\\s+legislature)|never\\s+(?:took|went\\s+into)\\s+effect|(?:was|were)\\s+(?:struck\\s+down|voted\\s+down|repealed))\\b");
    /** "... ever since", "every year since", "every March since", "since then": a practice since the date told before. */
    static final Pattern EVER_SINCE = OperationTriggers.p("\\b(?:ever|(?:every|each)\\s+(?:year|spring|summer|fall|autumn|winter|" + org.demandgraph.extract.lexicon.Months.FULL + ")"
            + "|(?:every|each)\\s+(?:few|couple\\s+of|other|two|three)\\s+(?:years|months)"
            + "|(?:several|many|numerous)\\s+times|regularly|periodically|repeatedly)\\s+since\\b(?!\\s+(?:at\\s+least\\s+)?(?:the\\s+)?(?:19|20)\\d\\d)"
            + "|\\bsince\\s+(?:then|that\\s+time)\\b");
    /** An agency joining a practice told before: "has taken part in them", "joined them". */
    private static final Pattern JOINED_THEM = OperationTriggers.p("\\b(?:tak(?:en|es?|ing)|took)\\s+part\\s+in\\s+(?:them|it)\\b"
            + "|\\b(?:join|assist|help|participat)\\w*\\s+(?:in\\s+)?(?:them|it)\\b");
    /** A sting on sellers: officers answering sellers' ads or posing as customers. */
    private static final Pattern ON_SELLERS = OperationTriggers.p("\\b(?:ads?|advertisements?|listings?|postings?)\\s+(?:posted|placed)\\s+by\\s+(?:sex\\s+workers|prostitutes|escorts|women|sellers)\\b"
            + "|\\b(?:posed|posing|poses?)\\s+as\\s+(?:customers|clients|johns|buyers|a\\s+(?:customer|client|john|buyer))\\b"
            // "answered online escort ads and arrested 5 women for prostitution": the ads' sellers taken, not buyers
            + "|\\b(?:answered|answering|responded\\s+to|responding\\s+to|replied\\s+to)\\s[^.;]{0,60}?\\b(?:ads?|advertisements?|listings?|postings?)\\b[^.;]{0,40}?\\b(?:arrested|arresting|charged|charging|cited)\\s+"
            + "(?:\\w+\\s+)?(?:women|prostitutes|escorts|sex\\s+workers)\\b");

    /** After an operation noun, its copula to a noun phrase ("..., Operation X, was a four-day "), within the clause. */
    private static final Pattern IS_A = OperationTriggers.p("\\G[^.;:]{0,60}?\\b(?:was|is)\\s+an?\\s+");
    /** Modifiers between the copula's article and the noun ("four-day", "joint multi-agency"). */
    private static final Pattern MODIFIERS = Pattern.compile("(?:[\\w-]+\\s+){0,2}");

    String text() {
        return sentence.text().substring(from, to);
    }

    boolean buyerCount() {
        return counts.stream().anyMatch(CountMention::buyers);
    }

    /** The segments of a sentence, cut before each further date; {@code counts} are the sentence's. */
    static List<Segment> of(Sentence s, List<DateMention> dates, List<CountMention> counts, boolean background, String place) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        List<DateMention> kept = new ArrayList<>(dates);
        List<Integer> anchors = new ArrayList<>(dates.stream().map(DateMention::start).toList());
        // "the 2023 edition, which ran from June 28 to July 2, 2023, led to 71 arrests": a date right after a bare year that
        // makes it precise is the same event's: the segment is cut before the year, not between them
        for (int i = kept.size() - 1; i >= 1; i--)
            if (refinesBefore(s, kept.get(i - 1), kept.get(i))) {
                anchors.set(i, anchors.get(i - 1));
                kept.remove(i - 1);
                anchors.remove(i - 1);
            }
        dates = kept;
        for (int i = 1; i < dates.size(); i++)
            cuts.add(ClauseCuts.cutBefore(s.text(), anchors.get(i) - s.start(), dates.get(i - 1).end() - s.start(), cuts.get(cuts.size() - 1)));
        if (dates.isEmpty()) {
            int second = secondPractice(s.text());
            if (second > 0) cuts.add(second);
        }
        cuts.add(s.text().length());
        List<Segment> out = new ArrayList<>();
        for (int c = 0; c + 1 < cuts.size(); c++)
            out.add(segment(s, cuts.get(c), cuts.get(c + 1), dates, counts, background, c + 2 < cuts.size(), place));
        // "ran reverse stings in 2012 and 2014": each further bare year dates another of the plural noun's operations
        for (int i = 1; i < out.size(); i++) {
            Segment head = out.get(i - 1), g = out.get(i);
            // "In 2019 and 2020, police ran reverse stings": the first year takes the noun after it
            if (head.trigger == null && head.date != null && head.since == null && head.counts.isEmpty() && g.date != null && g.trigger != null
                    && g.counts.isEmpty() && g.name == null && plural(g) && BARE.matcher(without(head)).matches()) {
                out.set(i - 1, new Segment(s, head.from, head.to, head.date, null, g.trigger, null, head.counts, head.background, false));
                continue;
            }
            // "... held prostitution stings in 1999, 2002 and 2005, with female deputies posing as women": the last year's
            // description after a comma tells the kind of all of them
            Trigger described = g.trigger == null || g.date == null ? null : described(g);
            if (g.trigger != null && described == null || g.date == null || g.since != null || !g.counts.isEmpty() || head.trigger == null || head.date == null
                    || !head.counts.isEmpty() || head.name != null || !plural(head) || g.trigger == null && !BARE.matcher(without(g)).matches()
                    // "During 2012 as a whole, 236 men were arrested in those stings, the chief told the council the following
                    // February": a period's total lists no further operations
                    || OperationCues.periodTotal(head)) continue;
            Trigger listed = head.trigger;
            if (described != null && listed.kind() == Operation.Kind.ENFORCEMENT_OPERATION && described.kind() != Operation.Kind.ENFORCEMENT_OPERATION
                    && described.kind() != Operation.Kind.SWEEP && OperationTriggers.isSting(described.kind())) {
                listed = new Trigger(listed.start(), listed.end(), described.kind());
                for (int j = 0; j < i - 1; j++) {
                    Segment e = out.get(j);
                    if (e.trigger != null && e.trigger.start() == listed.start())
                        out.set(j, new Segment(s, e.from, e.to, e.date, e.since, listed, e.name, e.counts, e.background, e.moreSegments));
                }
            }
            out.set(i - 1, new Segment(s, head.from, head.to, head.date, head.since, listed, null, head.counts, head.background, false));
            out.set(i, new Segment(s, g.from, g.to, g.date, null, listed, null, g.counts, g.background, g.moreSegments));
        }
        return out;
    }

    /**
     * "The Ostby Police Department regularly runs reverse stings ..., and the Brask Police Department has carried out a number
     * of web stings on its own": two practices told in two clauses of an undated sentence; where the second clause starts, or -1.
     */
    private static int secondPractice(String sentence) {
        Trigger first = OperationTriggers.find(sentence, 0);
        if (first == null || !OperationTriggers.isSting(first.kind())) return -1;
        int and = sentence.indexOf(", and ", first.end());
        if (and < 0) return -1;
        Trigger second = OperationTriggers.find(sentence.substring(and + 2), and + 2);
        if (second == null || !OperationTriggers.isSting(second.kind()) || second.start() - and > 120) return -1;
        String one = sentence.substring(0, and), two = sentence.substring(and + 2);
        return OperationTriggers.recurring(one, sentence.substring(first.start(), first.end()))
                && OperationTriggers.recurring(two, sentence.substring(second.start(), second.end())) ? and + 2 : -1;
    }

    /** Between a bare year and a date of that year right after it: no other clause (", which ran ", " held "). */
    private static final Pattern SAME_EVENT_GAP = Pattern.compile("[\\w\\s,’'-]{0,30}");
    private static final Pattern OTHER_CLAUSE = OperationTriggers.p("\\band\\b|\\bbut\\b|\\bthen\\b|\\blater\\b|\\bafter\\b|\\bbefore\\b");

    /** Whether {@code next} makes the bare year {@code year} right before it precise (same year, a month, day or range). */
    private static boolean refinesBefore(Sentence s, DateMention year, DateMention next) {
        if (year.since() || next.since() || year.until() != null || year.when().precision() != When.Precision.YEAR
                || next.when().precision() == When.Precision.YEAR || next.when().year() != year.when().year()) return false;
        String gap = s.text().substring(year.end() - s.start(), Math.max(year.end() - s.start(), next.start() - s.start()));
        return SAME_EVENT_GAP.matcher(gap).matches() && !OTHER_CLAUSE.matcher(gap).find();
    }

    private static boolean plural(Segment g) {
        return g.sentence.text().substring(g.trigger.start(), g.trigger.end()).trim().endsWith("s");
    }

    /** The segment's text without its date. */
    private static String without(Segment g) {
        String t = g.sentence.text();
        int at = g.date.start() - g.sentence.start(), to = g.date.end() - g.sentence.start();
        return t.substring(g.from, Math.max(g.from, at)) + t.substring(Math.min(g.to, to), g.to);
    }

    /** A description after the last year of a list: ", with female deputies posing as women". */
    private static final Pattern DESCRIPTION = Pattern.compile("\\s*,\\s*(?:with|as|where|while|each\\s+time|in\\s+(?:each|which))\\b", Pattern.CASE_INSENSITIVE);

    /** What may stand around a further year of a list ("..., 2012 and 2014."). */
    private static final Pattern BARE = Pattern.compile("[\\s,;.]*(?:(?:and|or|&)\\s+)?(?:again\\s+)?(?:(?:in|during)\\s+)?[\\s,;.]*", Pattern.CASE_INSENSITIVE);

    /** The trigger of a bare further year followed by a description of the list's operations after a comma, or null. */
    private static Trigger described(Segment g) {
        String t = g.sentence.text();
        int dateEnd = g.date.end() - g.sentence.start();
        int comma = t.indexOf(',', dateEnd);
        if (comma < 0 || comma >= g.to || g.trigger.start() < comma || g.date.start() - g.sentence.start() < g.from) return null;
        String bare = t.substring(g.from, g.date.start() - g.sentence.start()) + t.substring(dateEnd, comma);
        return BARE.matcher(bare).matches() && DESCRIPTION.matcher(t).region(comma, g.to).lookingAt() ? g.trigger : null;
    }

    private static Segment segment(Sentence s, int from, int to, List<DateMention> dates, List<CountMention> counts, boolean background,
                                   boolean more, String place) {
        DateMention date = null, since = null;
        for (DateMention d : dates) {
            int rel = d.start() - s.start();
            if (rel < from || rel >= to) continue;
            if (d.since() && since == null) since = d;
            else if (!d.since() && date == null) date = d;
        }
        String seg = s.text().substring(from, to);
        Trigger trigger = OperationTriggers.find(seg, from);
        // "The largest operation in the county's history, Operation X, was a four-day sweep of motels": the kind the copula gives
        if (trigger != null && trigger.kind() == Operation.Kind.ENFORCEMENT_OPERATION) {
            Matcher is = IS_A.matcher(s.text()).region(trigger.end(), to);
            Trigger then = is.find() ? OperationTriggers.find(s.text().substring(is.end(), to), is.end()) : null;
            if (then != null && MODIFIERS.matcher(s.text().substring(is.end(), then.start())).matches() && then.kind() != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(then.kind()))
                trigger = new Trigger(trigger.start(), trigger.end(), then.kind());
        }
        Matcher named = OperationTriggers.name(seg);
        String name = null;
        if (named != null) {
            // "Operation Thaw’s 2019 edition": the name without its possessive
            name = "Operation " + named.group(1).replaceAll("[’']s$", "");
            if (trigger == null) trigger = new Trigger(from + named.start(), from + named.end(), Operation.Kind.ENFORCEMENT_OPERATION);
        }
        // "Asked in a 2006 survey, ...": a date, but of no event; "announced in April 2019 that ...": the year only.
        if (date != null) {
            String around = Negation.clause(s.text(), date.start() - s.start(), date.end() - s.start());
            if (LiteralGuard.find(NOT_AN_EVENT, around)) date = null;
            else if (reported(s.text(), date.start() - s.start(), date.end() - s.start()) && date.until() == null && date.when().precision() != When.Precision.YEAR)
                date = new DateMention(date.start(), date.end(), new When(When.Precision.YEAR, Integer.toString(date.when().year())), false);
        }
        if (trigger != null) {
            String clause = Negation.clause(s.text(), trigger.start(), trigger.end());
            if (Negation.denied(s.text(), trigger.start(), trigger.end()) && LiteralGuard.find(NEGATED_OP, clause)
                    || LiteralGuard.find(CESSATION, clause) || LiteralGuard.find(ON_SELLERS, s.text())
                    || !OperationTriggers.isSting(trigger.kind()) && LiteralGuard.mayFind(VOIDED, s.text()) && VOIDED.matcher(s.text()).region(trigger.end(), s.text().length()).find()) trigger = null;
        }
        // "The neighboring city of Dalton runs reverse stings": another place's operation and arrests are none of this one's.
        List<CountMention> own = ArrestCounts.within(counts, s, from, to);
        // "In fiscal year 2008 alone the department reported 143 arrests ..., and a dozen or more reverse stings were held each year"
        if (trigger != null && date != null && date.when().precision() == When.Precision.YEAR && OperationCues.yearTally(s.text())) own = List.of();
        if (OtherPlace.marked(trigger != null ? Negation.clause(s.text(), trigger.start(), trigger.end()) : seg, place)
                || OtherPlace.contrasted(s.text(), place)) {
            trigger = null;
            background = true;
            own = List.of();
        }
        // "began answering escort ads in 2006, and ... have been part of the routine ever since": the date a practice began
        // "started putting policewomen out as decoys in 1981, and those details ran several times a year from then on": too
        // (not a task force's formation: "formed the X Task Force, which has held decoy operations ... since then" is dated, FormedWithPractice)
        boolean formation = trigger != null && trigger.kind() == Operation.Kind.TASK_FORCE;
        if (!formation && (date != null && since == null && trigger != null && own.isEmpty() && date.until() == null && KeptUp.after(s.text(), date.end() - s.start(), to)
                || date != null && since == null && trigger != null && own.isEmpty() && date.until() == null
                && LiteralGuard.mayFind(EVER_SINCE, s.text()) && EVER_SINCE.matcher(s.text()).region(date.end() - s.start(), to).find()
                || date != null && since == null && trigger != null && PracticeStarts.practiceStart(s.text(), trigger)
                // "Online stings followed in 2010, when ... arrested 12 men": the date is the first operation's too (PracticeBegun)
                && !PracticeBegun.firstEventAfter(s, date.end() - s.start(), own)
                // "began going after buyers in 1979, when its vice squad first put policewomen on Kinsey Avenue as decoys"
                || date != null && since == null && trigger != null && own.isEmpty() && date.until() == null
                    && PracticeBegun.startedWhenFirst(s.text(), date.start() - s.start(), date.end() - s.start(), trigger)
                // "officers first went online in 2007, posting decoy ads": a practice moved online that year, no event of its own
                || date != null && since == null && trigger != null && own.isEmpty() && date.until() == null
                    && OperationCues.movedOnlineIn(s.text(), from, date.start() - s.start()))) {
            since = new DateMention(date.start(), date.end(), new When(When.Precision.YEAR, Integer.toString(date.when().year())), true);
            date = null;
        }
        // "Deputies have run online stings ... since then, ..., and since 2016 the X Police Department has taken part in them":
        // a since-year in a later clause that refers back to the practice dates an agency's joining, not the practice
        if (since != null && trigger != null && since.start() - s.start() > trigger.end()
                && s.text().substring(trigger.end(), since.start() - s.start()).contains(", and ")
                && JOINED_THEM.matcher(s.text().substring(since.end() - s.start(), to)).find()) since = null;
        // "...; and, since 2021, a chatbot that answers ads": the since-year of a later item of a list of practices
        if (since != null && trigger != null && ListItemSince.ofLaterItem(s, trigger.end(), since)) since = null;
        return new Segment(s, from, to, date, since, trigger, name, own, background, more);
    }

    /**
     * Whether the date is when results were made known: "announced on March 9, 2021" (just before it), "In April 2019
     * the County Attorney announced" (its subject and verb right after); not a news release told at the sentence's
     * other end from a sting's own day.
     */
    static boolean reported(String sentence, int from, int to) {
        return REPORTED.matcher(sentence.substring(Math.max(0, from - 40), from)).find() || REPORTER_AFTER.matcher(sentence.substring(to)).lookingAt()
                || RELEASE_AFTER.matcher(sentence.substring(to)).lookingAt();
    }

    /** An undated, uncounted, indefinite sting noun described as a repeated practice. */
    boolean recurring() {
        Trigger t = trigger;
        if (t == null || date != null && dateInTriggerClause() || since != null || name != null || !counts.isEmpty() || background) return false;
        if (!OperationTriggers.isSting(t.kind()) || OperationTriggers.isDefinite(sentence.text(), t.start())) return false;
        // "Police have worked against demand mainly through online stings": the means of the work in summary, no practice of its own
        if (OperationTriggers.asMeans(sentence.text(), t.start())) return false;
        String clause = Negation.clause(sentence.text(), t.start(), t.end());
        return !Negation.denied(sentence.text(), t.start(), t.end())
                && OperationTriggers.recurring(clause, sentence.text().substring(t.start(), t.end()));
    }

    /** Whether the date is in the operation noun's clause (true when either is missing). */
    boolean dateInTriggerClause() {
        if (date == null || trigger == null) return true;
        int[] b = Negation.bounds(sentence.text(), trigger.start(), trigger.end());
        int at = date.start() - sentence.start();
        // "... had held reverse stings since the 1980s, and in 2003 set up a programme": another clause.
        String between = sentence.text().substring(Math.min(at, trigger.end()), Math.max(at, trigger.start()));
        return b[0] <= at && at < b[1] && !between.contains(", and ");
    }
}
