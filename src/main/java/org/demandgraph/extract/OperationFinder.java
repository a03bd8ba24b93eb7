package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.extract.lexicon.Hedges;

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

    private static final Pattern ONLINE = OperationTriggers.p("craigslist|backpage|online|internet|website|web site|social media|dating app|\\bapps?\\b|escort (?:site|ads?)");
    private static final Pattern STING_WORDS = OperationTriggers.p("sting|decoy|revers|posing as|pose as|undercover");
    private static final Pattern STING_NOUN = OperationTriggers.p("\\bstings?\\b");
    private static final Pattern BUYER_CONTEXT = OperationTriggers.p(BuyerWords.CONTEXT);
    private static final Pattern NEGATED_OP = OperationTriggers.p(Hedges.OPERATION_DENIAL);
    private static final Pattern CONTINUED = OperationTriggers.p("\\bcontinu(?:e|es|ed|ing)\\s+to\\b|\\bcontinu(?:e|es|ed)\\s+(?:conducting|staging|running|using)\\b");
    private static final Pattern STREET = OperationTriggers.p("\\b(?:street|streets|street-level|hotels?|motels?|in person)\\b");
    private static final Pattern ANOTHER = OperationTriggers.p("\\b(?:also|other|another|comparable|similar)\\b");
    private static final Pattern MORE = OperationTriggers.p("\\bmore\\s+arrests\\b|\\b\\d+\\s+more\\b");
    private static final Pattern PERIOD_TOTAL = OperationTriggers.p("\\b(?:in all|in total|altogether|alone|over the (?:year|period)|for the year|throughout the year)\\b");
    /** A date that is not of an event: when something was announced, surveyed or sentenced. */
    private static final Pattern NOT_AN_EVENT = OperationTriggers.p("announc|survey|sentenc|pleaded|press release|news release");
    /** "began conducting reverse stings in 1976", "launching the use of web stings": the start of a practice, right before its noun. */
    private static final Pattern PRACTICE_START = OperationTriggers.p("\\b(?:began|begun|begin|begins|started|starting|launch\\w*|initiat\\w*|introduc\\w*)"
            + "\\s+(?:\\w+\\s+)?(?:conducting|staging|running|using|holding|the\\s+use\\s+of|to\\s+(?:conduct|use|run|stage|hold))\\s+(?:[\\w-]+\\s+){0,3}$");

    /** One stretch of a sentence between two dates, with what it says. */
    private record Segment(Sentence sentence, int from, int to, DateMention date, DateMention since, Trigger trigger,
                           String name, List<CountMention> counts, boolean background, boolean moreSegments) {
        String text() {
            return sentence.text().substring(from, to);
        }

        boolean buyerCount() {
            return counts.stream().anyMatch(CountMention::buyers);
        }
    }

    private final String text;
    private final ActorFinder.Result actors;
    private final List<OperationDraft> drafts = new ArrayList<>();
    /** The drafts, for a membership test in constant time. */
    private final java.util.Set<OperationDraft> opened = new java.util.HashSet<>();
    /** How far back (operations, agency mentions) a reference is looked for: bounded, so the work per sentence is. */
    private static final int LOOK_BACK = 64;
    private final SentenceDates sentenceDates = new SentenceDates();
    /** The paragraph's last event date before the sentence being read. */
    private When paragraphDate;
    /** The sentence that wrote {@link #paragraphDate}: evidence of an operation dated by it. */
    private Evidence paragraphDateEvidence;
    /** An earlier sentence of the paragraph speaks of buyers. */
    private boolean paragraphBuyers;
    /** Where the paragraph starts in the profile text. */
    private int paragraphStart;
    /** The index of the paragraph's first draft. */
    private int paragraphFirstDraft;

    OperationFinder(String text, ActorFinder.Result actors) {
        this.text = text;
        this.actors = actors;
    }

    List<Operation> find(List<Sentence> sentences) {
        OperationDraft current = null;
        Evidence previous = null;
        for (Sentence s : sentences) {
            if (sentenceDates.newParagraph(s)) {
                current = null;
                paragraphBuyers = false;
                paragraphFirstDraft = drafts.size();
                paragraphStart = s.start();
            }
            When before = sentenceDates.lastDate();
            if (before == null) paragraphDateEvidence = null;
            else if (!before.equals(paragraphDate)) paragraphDateEvidence = previous;
            paragraphDate = before;
            previous = s.evidence();
            Work.add(s.text().length());
            List<DateMention> dates = sentenceDates.of(s);
            List<OperationDraft> respective = new ArrayList<>(RespectiveCounts.in(s, dates, actors, text));
            if (respective.isEmpty()) respective.addAll(PairedCounts.in(s, actors, text));
            if (!respective.isEmpty()) { drafts.addAll(respective); opened.addAll(respective); current = null; continue; }
            boolean background = Background.story(s.text());
            List<Integer> cuts = new ArrayList<>();
            cuts.add(0);
            for (int i = 1; i < dates.size(); i++)
                cuts.add(cutBefore(s.text(), dates.get(i).start() - s.start(), dates.get(i - 1).end() - s.start(), cuts.get(cuts.size() - 1)));
            cuts.add(s.text().length());
            List<CountMention> counts = ArrestCounts.in(s, 0, s.text().length());
            for (int c = 0; c + 1 < cuts.size(); c++)
                current = read(segment(s, cuts.get(c), cuts.get(c + 1), dates, counts, background, c + 2 < cuts.size()), current);
            if (!background && BUYER_CONTEXT.matcher(s.text()).find()) paragraphBuyers = true;
        }
        return OperationAssembly.assemble(drafts);
    }

    /**
     * Where a sentence is cut before a further date: at the "and" that joins it ("... on the street and online (since 2009)");
     * before a year in parentheses, right after the date before it, since such a year follows the noun it dates
     * ("foot patrols (1984) and online reverse stings (2003)").
     */
    private static int cutBefore(String sentence, int date, int previousDate, int previousCut) {
        if (date > 0 && sentence.charAt(date - 1) == '(' && previousDate > previousCut) {
            int after = previousDate < sentence.length() && sentence.charAt(previousDate) == ')' ? previousDate + 1 : previousDate;
            if (after < date) return after;
        }
        int and = sentence.lastIndexOf(" and ", date);
        return and > previousCut && date - and <= 30 ? and + 1 : date;
    }

    private static Segment segment(Sentence s, int from, int to, List<DateMention> dates, List<CountMention> counts, boolean background, boolean more) {
        DateMention date = null, since = null;
        for (DateMention d : dates) {
            int rel = d.start() - s.start();
            if (rel < from || rel >= to) continue;
            if (d.since() && since == null) since = d;
            else if (!d.since() && date == null) date = d;
        }
        String seg = s.text().substring(from, to);
        Trigger trigger = OperationTriggers.find(seg, from);
        Matcher named = OperationTriggers.name(seg);
        String name = null;
        if (named != null) {
            name = "Operation " + named.group(1);
            if (trigger == null) trigger = new Trigger(from + named.start(), from + named.end(), Operation.Kind.ENFORCEMENT_OPERATION);
        }
        // "Results were announced on May 2, 2019": a date, but of no event.
        if (date != null && NOT_AN_EVENT.matcher(Negation.clause(s.text(), date.start() - s.start(), date.end() - s.start())).find()) date = null;
        if (trigger != null && Negation.denied(s.text(), trigger.start(), trigger.end())
                && NEGATED_OP.matcher(Negation.clause(s.text(), trigger.start(), trigger.end())).find()) trigger = null;
        if (date != null && since == null && trigger != null && practiceStart(s.text(), trigger)) {
            since = new DateMention(date.start(), date.end(), new When(When.Precision.YEAR, Integer.toString(date.when().year())), true);
            date = null;
        }
        return new Segment(s, from, to, date, since, trigger, name, ArrestCounts.within(counts, s, from, to), background, more);
    }

    /** The trigger names a practice that began then: a plural noun ("began conducting reverse stings") or "the use of" it. */
    private static boolean practiceStart(String sentence, Trigger t) {
        int[] b = Negation.bounds(sentence, t.start(), t.end());
        String before = sentence.substring(Math.max(b[0], t.start() - 80), t.start());
        String noun = sentence.substring(t.start(), t.end()).trim();
        return PRACTICE_START.matcher(before).find() && (noun.endsWith("s") || before.contains("use of"));
    }

    /** What the segment does to the operation being described: the operation described after it. */
    private OperationDraft read(Segment g, OperationDraft current) {
        boolean sting = g.trigger() != null && OperationTriggers.isSting(g.trigger().kind());
        if (g.background() && !(sting && g.buyerCount())) return keepIfCompatible(g, current);
        if (g.trigger() != null && g.name() == null && OperationTriggers.isDefinite(g.sentence().text(), g.trigger().start())) {
            OperationDraft target = referent(g.date() == null ? null : g.date().when(), current);
            // A count is one event's: it does not go to a practice repeated over years.
            if (target != null && !(target.recurring && !g.counts().isEmpty())) {
                target.addDetail(g.sentence().evidence());
                // "... arrested 14 men. The operation was a reverse sting ...": the more specific kind.
                Operation.Kind specific = OperationTriggers.specificSting(g.text());
                if (target.kind == Operation.Kind.ENFORCEMENT_OPERATION && specific != null) target.kind = specific;
                target.addActors(actors, g.sentence(), g.from(), g.to());
                if (target.refinedBy(g.counts())) target.addCount(g.counts(), text);
                return target;
            }
            // "the department's month-long sting" never introduced: the sentence itself describes it.
            if (g.date() == null && g.counts().isEmpty()) return current;
        }
        boolean opens = g.trigger() != null && (g.date() != null || g.since() != null || g.name() != null || !g.counts().isEmpty());
        // "In 2019, police conducted two operations: in March, ... and in November, ...": the later dates open them.
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && g.moreSegments()) opens = false;
        // A date that only times another clause ("..., but when the site closed in 2010") does not date the operation.
        if (opens && g.counts().isEmpty() && g.name() == null && g.since() == null && !dateInTriggerClause(g)) opens = false;
        if (!opens && recurring(g)) {
            // "... reverse stings since 1986. Operations are conducted on a routine basis.": the same practice.
            // "Comparable operations have also taken place elsewhere": another practice.
            boolean another = ANOTHER.matcher(g.text()).find();
            if (current != null && current.recurring && (current.kind == g.trigger().kind() || !another && sameKind(g.trigger().kind(), current.kind))
                    && noNewAgency(g, current)) return extend(g, current);
            // "In recent years, police have continued to conduct reverse stings": the practice told earlier.
            OperationDraft continued = CONTINUED.matcher(g.text()).find() ? earlierPractice(g.trigger().kind()) : null;
            if (continued != null) {
                continued.addDetail(g.sentence().evidence());
                continued.addActors(actors, g.sentence(), g.from(), g.to());
                return continued;
            }
            OperationDraft d = open(g, Rule.RECURRING_PRACTICE);
            d.recurring = true;
            return d;
        }
        Rule rule = Rule.OPERATION_NOUN;
        // "... on the street (since 1988) and online (since 2009)": the second since-year is a second practice.
        if (!opens && g.trigger() == null && g.since() != null && g.date() == null && current != null && current.since != null
                && opened.contains(current) && current.evidence.equals(g.sentence().evidence())
                // a medium or place, not another tactic ("... reverse stings (2000) and neighborhood action (1981)")
                && (ONLINE.matcher(g.text()).find() || STREET.matcher(g.text()).find())) {
            OperationDraft d = open(g, Rule.OPERATION_NOUN);
            d.kind = ONLINE.matcher(g.text()).find() ? Operation.Kind.WEB_STING : current.kind;
            d.buyerContext |= current.buyerContext;
            return d;
        }
        // "Two weeks later, 5 more arrests followed": another operation like the one before.
        if (!opens && g.trigger() == null && g.date() != null && !g.counts().isEmpty() && current != null
                && (current.buyerCount || current.buyerContext) && MORE.matcher(g.text()).find()) {
            OperationDraft d = open(g, Rule.DATED_BUYER_ARRESTS);
            d.kind = current.kind;
            d.buyerContext = true;
            return d;
        }
        // "In all, 31 buyers were charged in 2015 alone": a period's total, not an operation.
        if (g.trigger() == null && PERIOD_TOTAL.matcher(g.text()).find()) return keepIfCompatible(g, current);
        if (!opens && g.trigger() == null && g.date() != null && !g.background() && g.buyerCount()) {
            if (current != null && current.arrests == null && current.date != null && current.date.compatibleWith(g.date().when())) {
                current.addDetail(g.sentence().evidence());
                current.addCount(g.counts(), text);
                return current;
            }
            opens = true;
            rule = Rule.DATED_BUYER_ARRESTS;
        }
        // "... runs details on a regular basis. It has conducted reverse stings since at least 1996.": one practice.
        if (opens && g.since() != null && g.date() == null && g.counts().isEmpty() && g.name() == null) {
            OperationDraft practice = undatedPractice();
            Operation.Kind kind = g.trigger().kind();
            // "runs details on a regular basis ... reverse stings since 1996" is one practice; web stings since 2005 after street stings is another.
            if (practice != null && (sameKind(kind, practice.kind)
                    || practice.kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(kind))) {
                if (practice.kind == Operation.Kind.ENFORCEMENT_OPERATION) practice.kind = kind;
                practice.since = g.since().when();
                practice.addDetail(g.sentence().evidence());
                practice.addActors(actors, g.sentence(), g.from(), g.to());
                return practice;
            }
        }
        if (opens && g.date() == null && g.name() != null && exactCountOf(g, current)) return current;
        if (opens) return open(g, rule);
        if (current != null && g.date() == null && g.since() == null && (g.trigger() == null || current.recurring && g.counts().isEmpty()))
            return extend(g, current);
        return keepIfCompatible(g, current);
    }

    private OperationDraft open(Segment g, Rule rule) {
        Sentence s = g.sentence();
        Trigger trigger = g.trigger();
        OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(), rule, s.evidence());
        d.name = g.name();
        String clause = trigger == null ? g.text() : Negation.clause(s.text(), trigger.start(), trigger.end());
        // "frequent john stings as part of an ongoing initiative known as Operation X": a named practice, not one event.
        boolean practice = g.date() == null && g.counts().isEmpty() && trigger != null
                && OperationTriggers.recurring(clause, s.text().substring(trigger.start(), trigger.end()));
        if (g.date() != null) { d.date = g.date().when(); d.end = g.date().until(); }
        // "In 1978, the city passed an ordinance. As a result, police arrested over 50 buyers in reverse stings."
        else if (g.since() == null && rule == Rule.OPERATION_NOUN && paragraphDate != null && !practice) {
            d.date = paragraphDate;
            if (paragraphDateEvidence != null) d.addDetail(paragraphDateEvidence);
        }
        d.since = g.since() == null ? null : g.since().when();
        d.buyerContext = BUYER_CONTEXT.matcher(clause).find();
        if ((d.kind == Operation.Kind.REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                && trigger != null && trigger.kind() != Operation.Kind.SWEEP
                && ONLINE.matcher(g.from() > 0 || g.moreSegments() ? g.text() : s.text()).find()
                && STING_WORDS.matcher(g.text()).find()) d.kind = Operation.Kind.WEB_STING;
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && STING_NOUN.matcher(clause).find() && d.buyerContext)
            d.kind = Operation.Kind.REVERSE_STING;
        if (g.since() != null || rule == Rule.RECURRING_PRACTICE) d.buyerContext |= paragraphBuyers;
        d.recurring = g.since() != null && g.date() == null || practice;
        d.addActors(actors, s, g.from(), g.to());
        if (d.conductedBy.isEmpty()) agencyNamedBefore(s).ifPresent(d.conductedBy::add);
        d.addCount(g.counts(), text);
        drafts.add(d);
        opened.add(d);
        return d;
    }

    /** "The Elm County Police ... In March 2014, officers ran a sting": the paragraph's last enforcing agency before the sentence. */
    private java.util.Optional<Actor> agencyNamedBefore(Sentence s) {
        ActorMention m = actors.lastEnforcing(paragraphStart, s.start(), LOOK_BACK);
        return m == null ? java.util.Optional.empty() : java.util.Optional.of(m.actor());
    }

    /** A generic noun ("operations", "stings") continues a practice of a more specific kind. */
    private static boolean sameKind(Operation.Kind next, Operation.Kind practice) {
        return next == practice || next == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(practice)
                || next == Operation.Kind.REVERSE_STING && (practice == Operation.Kind.STREET_REVERSE_STING || practice == Operation.Kind.WEB_STING);
    }

    /** The profile's last recurring practice of a kind the noun can continue, or null. */
    private OperationDraft earlierPractice(Operation.Kind kind) {
        OperationDraft compatible = null;
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (!d.recurring || d.date != null) continue;
            if (d.kind == kind) return d;
            if (compatible == null && (sameKind(kind, d.kind) || sameKind(d.kind, kind))) compatible = d;
        }
        return compatible;
    }

    /**
     * "Police arrested nearly two dozen people. ... The joint Operation X ... led to 23 arrests.": a named
     * operation without a date of its own whose exact count makes precise the approximate count of the
     * operation just described is that operation. True when {@code current} took the name and count.
     */
    private boolean exactCountOf(Segment g, OperationDraft current) {
        if (current == null || current.name != null || current.date == null || current.arrests == null
                || current.arrests.bound() != ArrestCount.Bound.APPROXIMATELY || !opened.contains(current)) return false;
        CountMention exact = g.counts().stream().filter(c -> c.bound() == ArrestCount.Bound.EXACT).findFirst().orElse(null);
        int approx = current.arrests.value();
        if (exact == null || Math.abs(exact.value() - approx) * 5 > approx) return false;
        current.name = g.name();
        current.addDetail(g.sentence().evidence());
        current.addActors(actors, g.sentence(), g.from(), g.to());
        current.addCount(List.of(exact), text);
        return true;
    }

    /** The paragraph's recurring practice without a date or since-year, or null. */
    private OperationDraft undatedPractice() {
        for (int i = drafts.size() - 1; i >= 0 && i >= paragraphFirstDraft && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d.recurring && d.since == null && d.date == null) return d;
        }
        return null;
    }

    /** An undated, uncounted, indefinite sting noun described as a repeated practice. */
    private static boolean recurring(Segment g) {
        Trigger t = g.trigger();
        if (t == null || g.date() != null && dateInTriggerClause(g) || g.since() != null || g.name() != null || !g.counts().isEmpty() || g.background()) return false;
        if (!OperationTriggers.isSting(t.kind()) || OperationTriggers.isDefinite(g.sentence().text(), t.start())) return false;
        String clause = Negation.clause(g.sentence().text(), t.start(), t.end());
        return !Negation.denied(g.sentence().text(), t.start(), t.end())
                && OperationTriggers.recurring(clause, g.sentence().text().substring(t.start(), t.end()));
    }

    private static boolean dateInTriggerClause(Segment g) {
        if (g.date() == null || g.trigger() == null) return true;
        int[] b = Negation.bounds(g.sentence().text(), g.trigger().start(), g.trigger().end());
        int at = g.date().start() - g.sentence().start();
        // "... had conducted reverse stings since the 1990s, and in 2001 established a program": another clause.
        String between = g.sentence().text().substring(Math.min(at, g.trigger().end()), Math.max(at, g.trigger().start()));
        return b[0] <= at && at < b[1] && !between.contains(", and ");
    }

    private boolean noNewAgency(Segment g, OperationDraft current) {
        return actors.within(g.sentence().start() + g.from(), g.sentence().start() + g.to()).stream()
                .filter(m -> m.actor().enforces()).allMatch(m -> current.conductedBy.contains(m.actor()));
    }

    /** A later sentence of the paragraph, without a new date or operation: its count or buyers. */
    private OperationDraft extend(Segment g, OperationDraft current) {
        String s = g.sentence().text();
        boolean added = false;
        // A count belongs to one event, not to a practice repeated over years.
        if (!current.recurring && current.refinedBy(g.counts())) { current.addCount(g.counts(), text); added = current.arrests != null; }
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

    /** A new date the current operation cannot have ends its description. */
    private static OperationDraft keepIfCompatible(Segment g, OperationDraft current) {
        if (g.date() != null && current != null && (current.date == null || !current.date.compatibleWith(g.date().when()))) return null;
        return current;
    }

    private OperationDraft referent(When date, OperationDraft current) {
        if (date == null) return current != null ? current : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d.date != null && d.date.compatibleWith(date)) return d;
        }
        return null;
    }
}
