package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Operations told as follow-ups of a sting told before, without a sting noun of their own or with one the segments do not
 * open: "Three more followed that fall, netting 5, 8 and 4 buyers", "Officers arrested 6 men in May 2009 and 9 in
 * September 2009", "A second round that July ... produced at least 7 arrests", "...; another, in October 2016, resulted in
 * charges against at least six", "A comparable effort with X police in 2011 ended with nine arrests", "A two-night
 * operation in June 2010 ... ended with 13 arrests" (in a paragraph of stings). Each is of the kind of the sting it
 * follows (the paragraph's practice for an operation noun) and aimed at buyers as that one was; read after the sentence's
 * segments, it replaces what they opened for the same count.
 */
final class FollowUps {

    private static final String NUM = NumberWords.PATTERN;
    private static final String FEW = "two|three|four|five|2|3|4|5";
    private static final String SEASON = "spring|summer|fall|autumn|winter";
    private static final String COUNTS = "(?<ns>(?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))";
    /**
     * "Three more followed that fall, netting 5, 8 and 4 buyers", "repeated the sting twice more that year, arresting 6 and 9
     * men": so many more of the sting before, counted in order.
     */
    private static final Pattern MORE_FOLLOWED = OperationTriggers.p("\\b(?:(?<k>" + FEW + ")\\s+more(?:\\s+(?:[\\w-]+\\s+)?(?:stings|operations|sweeps|details|rounds))?"
            // round 16b: "two more that summer led to 11 and 6" (no verb of their own), "Two more online stings followed"
            + "(?<v>\\s+(?:followed|came|were\\s+held|were\\s+run))?|(?:repeated|held|ran|staged)\\s+(?:it|the\\s+(?:[\\w-]+\\s+)?(?:sting|operation|sweep|detail))"
            + "\\s+(?<t>twice|three\\s+times|four\\s+times)\\s+more)\\b(?<when>[^.;:]{0,40}?),?\\s+(?:netting|bringing\\s+in|producing|yielding|with|leading\\s+to"
            + "|arresting|charging|led\\s+to|resulted\\s+in)\\s+" + COUNTS);
    /** "arrested 6 men in May 2009 and 9 in September 2009": a count per month of its year. */
    private static final Pattern MONTH_COUNTS = OperationTriggers.p("\\b(?:made|arrested|charged|logged|caught)\\s+(?<n1>" + NUM + ")\\s+(?:arrests|men|johns|buyers)"
            + "\\s+(?:in|during)\\s+(?<m1>" + Months.FULL + ")\\s+(?<y1>(?:19|20)\\d\\d)\\s*,?\\s+and\\s+(?:another\\s+)?(?<n2>" + NUM + ")(?:\\s+more)?"
            + "\\s+(?:in|during)\\s+(?<m2>" + Months.FULL + ")\\s+(?<y2>(?:19|20)\\d\\d)\\b");
    /** The subject of such counts: the police, not a court or a survey. */
    private static final Pattern POLICE_SUBJECT = OperationTriggers.p("\\b(?:officers|police|deputies|detectives|troopers|agents|investigators|they|department|sheriff[’']s\\s+office)\\s+(?:also\\s+)?$");
    /** "A second round that November", "a third sweep the following January": one more of those told, then its result. */
    private static final Pattern ORDINAL = OperationTriggers.p("\\b(?:a|the)\\s+(?:second|third|fourth|fifth)\\s+(?:round|wave|sweep|sting|operation|effort|push|detail)\\b"
            + "(?<when>[^.;:]{0,120}?)(?=\\s" + FollowUpCounts.LED + "\\s)");
    /** "...; another, in October 2016, resulted in ...": another like the one told before it. */
    private static final Pattern ANOTHER = OperationTriggers.p("(?:[;,]\\s*(?:and\\s+)?|\\band\\s+)another(?:\\s+(?:one|sting|operation))?,?\\s+in\\s+(?<m>" + Months.FULL
            + ")\\s+(?<y>(?:19|20)\\d\\d),?(?=\\s" + FollowUpCounts.LED + "\\s)");
    /** "A comparable effort with X police in 2011", "a two-night operation in June 2010 at a truck stop": an operation like those of the paragraph. */
    private static final Pattern LIKE_THOSE = OperationTriggers.p("^\\s*(?:a|an)\\s+(?<how>comparable|similar|(?:[\\w]+[\\s-](?:day|night|week))|weekend|overnight|one-night)\\s+"
            + "(?:effort|operation|detail)\\b(?<when>[^.;:]{0,120}?)(?=\\s" + FollowUpCounts.LED + "\\s)");
    /** "..., and the department followed in June with 7 more": one more of the sting told before, that month. */
    private static final Pattern FOLLOWED_WITH = OperationTriggers.p("\\bfollowed(?:\\s+up)?\\s+(?<when>in\\s+(?:(?:" + Months.FULL + ")(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)"
            + "|that\\s+(?:" + Months.FULL + "|" + SEASON + "|year)|the\\s+(?:following|next)\\s+(?:" + Months.FULL + "|" + SEASON + "|year))\\s+(?:with|by)\\s+"
            + FollowUpCounts.BOUND + "(?<n>" + NUM + ")\\s+more\\b");
    private static final Pattern BARE_MONTH = OperationTriggers.p("^in\\s+(?<m>" + Months.FULL + ")$");
    /** The time a follow-up gives relative to the sting before. */
    private static final Pattern THAT_MONTH = OperationTriggers.p("\\bthat\\s+(?<m>" + Months.FULL + ")\\b");
    private static final Pattern FOLLOWING = OperationTriggers.p("\\b(?:the\\s+(?:following|next)\\s+(?:" + Months.FULL + "|year|" + SEASON + ")|a\\s+year\\s+later)\\b");
    private static final Pattern SAME_YEAR = OperationTriggers.p("^[\\s,]*(?:(?:later|then|soon\\s+after(?:ward)?|afterward)?[\\s,]*)(?:(?:later\\s+)?that\\s+(?:" + SEASON + "|year)|(?:later\\s+)?(?:in\\s+)?the\\s+same\\s+year)?[\\s,]*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** How far into a sentence a shape may start and still open it ("Officers arrested ...", "Later, a second round ..."). */
    private static final int OPENING = 40;

    private final String text;
    private final ActorFinder.Result actors;
    private final EarlierOperations drafts;
    private final ParagraphState paragraph;
    /** A shape found in the sentence being read opens it: nothing else in it is told. */
    private boolean whole;

    /** The profile's place name, or null: a follow-up in another place is not the place's. */
    private final String place;

    FollowUps(String text, ActorFinder.Result actors, EarlierOperations drafts, ParagraphState paragraph, String place) {
        this.place = place;
        this.text = text;
        this.actors = actors;
        this.drafts = drafts;
        this.paragraph = paragraph;
    }

    /** The follow-ups of the sentence just read, added (replacing what its segments opened for their counts); the last, or null. */
    OperationDraft after(Sentence s) {
        if (Background.story(s.text())) return null;
        LaterEditions.firstEdition(s, drafts, paragraph);
        whole = false;
        List<OperationDraft> found = new ArrayList<>();
        likeThose(s, found);
        moreFollowed(s, found);
        monthCounts(s, found);
        ordinal(s, found);
        // these tell the whole sentence (they open it): what its segments opened is replaced
        if (whole) drafts.removeSince(paragraph.sentenceFirstDraft, o -> o.evidence.equals(s.evidence()));
        LaterEditions.in(s, text, drafts, paragraph, found);
        if (found.isEmpty()) CountsInParentheses.in(s, text, stingBefore(false), found, actors, paragraph.start);
        another(s, found);
        followedWith(s, found);
        ElidedFollowUps.in(s, text, drafts, paragraph, actors, place, found);
        ListedCounts.in(s, text, drafts, paragraph, actors, place, found);
        FirstStingSince.in(s, text, drafts, paragraph, actors, place, found);
        EachYearCounts.in(s, text, drafts, paragraph);
        if (found.isEmpty()) return null;
        for (OperationDraft d : found) {
            drafts.removeSince(paragraph.sentenceFirstDraft, o -> o.arrests != null
                    && o.arrests.evidence().start() < d.arrests.evidence().end() && d.arrests.evidence().start() < o.arrests.evidence().end());
            // "...; a second Operation Porch Light that December brought 18 more": the named edition its segment opened uncounted
            if (d.name != null && d.date != null)
                drafts.removeSince(paragraph.sentenceFirstDraft, o -> o.arrests == null && !o.recurring && d.name.equals(o.name)
                        && o.evidence.equals(s.evidence()) && o.date != null && o.date.compatibleWith(d.date));
        }
        drafts.addAll(found);
        return found.get(found.size() - 1);
    }

    private void moreFollowed(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(MORE_FOLLOWED, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        // "...; the department repeated the sting twice more that year": the sting told earlier in the sentence
        // "two more in 2016 led to 4 and 9" without a verb of their own: paired counts (their rule); only a relative date here
        if (m.group("k") != null && m.group("v") == null && YEAR.matcher(m.group("when")).find()) return;
        OperationDraft model = found(out, m.start() > OPENING ? drafts.lastSting() : stingBefore(false));
        When date = model == null ? null : relative(opening(s, m) + m.group("when"), model);
        if (date == null) return;
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        if (!RespectiveCounts.numbers(s, m.start("ns"), m.group("ns"), values, spans) || values.size() != times(m)) return;
        // "Two more online stings followed": the kind their own words give
        boolean online = OperationOpener.online(s.text().substring(m.start(), m.start("when")));
        for (int i = 0; i < values.size(); i++) {
            int[] sp = spans.get(i);
            OperationDraft d = like(model, s, date, new ArrestCount(values.get(i), ArrestCount.Bound.EXACT, new Evidence(sp[0], sp[1], text.substring(sp[0], sp[1]))));
            if (online) d.kind = Operation.Kind.WEB_STING;
            out.add(d);
        }
        whole |= m.start() <= OPENING;
    }

    private void monthCounts(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(MONTH_COUNTS, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        if (!POLICE_SUBJECT.matcher(s.text().substring(Math.max(0, m.start() - 40), m.start())).find()) return;
        OperationDraft model = stingBefore(false);
        if (model == null) return;
        for (String i : List.of("1", "2")) {
            int start = s.start() + m.start("n" + i), end = s.start() + m.end("n" + i);
            java.util.OptionalInt v = NumberWords.parse(text.substring(start, end));
            if (v.isEmpty()) return;
            When date = FollowUpCounts.month(m.group("y" + i), m.group("m" + i));
            out.add(like(model, s, date, new ArrestCount(v.getAsInt(), ArrestCount.Bound.EXACT, new Evidence(start, end, text.substring(start, end)))));
        }
        whole |= m.start() <= OPENING;
    }

    private void ordinal(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(ORDINAL, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        // "The task force's first buyer operation came in April 2015 ... A second round that November": of any sting aimed at buyers
        OperationDraft model = found(out, m.start() > OPENING ? drafts.lastSting() : stingBefore(true));
        if (model == null) return;
        When date = relative(opening(s, m) + m.group("when"), model);
        ArrestCount count = FollowUpCounts.after(s, m.end(), text);
        if (date == null || count == null) return;
        out.add(like(model, s, date, count));
        whole |= m.start() <= OPENING;
    }

    private void another(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(ANOTHER, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        OperationDraft model = drafts.lastSting();
        ArrestCount count = FollowUpCounts.after(s, m.end(), text);
        if (model == null || count == null) return;
        When date = FollowUpCounts.month(m.group("y"), m.group("m"));
        out.add(like(model, s, date, count));
    }

    private void followedWith(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(FOLLOWED_WITH, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        OperationDraft model = found(out, drafts.lastSting());
        if (model == null || model.date == null) return;
        Matcher month = BARE_MONTH.matcher(m.group("when"));
        When date = month.matches()
                ? FollowUpCounts.month(model.date.year(), month.group("m"))
                : relative(m.group("when"), model);
        ArrestCount count = FollowUpCounts.of(m, s, text);
        if (date != null && count != null) out.add(like(model, s, date, count));
    }

    private void likeThose(Sentence s, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(LIKE_THOSE, s.text());
        if (!m.find() || Negation.denied(s.text(), m.start(), m.end()) || elsewhere(s, m)) return;
        // an operation noun alone says no kind: the paragraph's sting or practice ("a comparable effort": the last one told)
        boolean comparable = m.group("how").matches("(?i)comparable|similar");
        OperationDraft model = kindBefore(comparable ? 0 : paragraph.firstDraft);
        if (model == null) return;
        When date = dated(s, m.start("when"), m.end("when"));
        ArrestCount count = FollowUpCounts.after(s, m.end(), text);
        if (date == null || count == null) return;
        OperationDraft d = like(model, s, date, count);
        // "A two-day operation on September 22 and 23, 2017, led to ...": the days written, not only their year
        DateMention days = written(s, m.start("when"), m.end("when"));
        if (days != null && days.when().equals(date)) d.end = days.until();
        if (comparable) for (Actor a : model.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
        out.add(d);
        whole |= m.start() <= OPENING;
    }

    /** "A similar operation in neighboring Marsden ... led to 9 arrests": another place's. */
    private boolean elsewhere(Sentence s, Matcher m) {
        return OtherPlace.marked(Negation.clause(s.text(), m.start(), m.end()), place) || OtherPlace.contrasted(s.text(), place);
    }

    /** "In 2007, two more followed ...": the words before a shape that opens the sentence (they may date it); else "". */
    private static String opening(Sentence s, Matcher m) {
        return m.start() <= OPENING ? s.text().substring(0, m.start()) + " " : "";
    }

    /** How many more {@link #MORE_FOLLOWED} tells. */
    private static int times(Matcher m) {
        if (m.group("k") != null) return NumberWords.parse(m.group("k")).orElse(-1);
        return m.group("t").equalsIgnoreCase("twice") ? 2 : NumberWords.parse(m.group("t").split("\\s+")[0]).orElse(-1);
    }

    /**
     * The last single sting told before this sentence (not what its own segments opened), or null; with {@code generic}, an
     * operation of no stated kind aimed at buyers is one too.
     */
    private OperationDraft stingBefore(boolean generic) {
        for (int i = Math.min(paragraph.sentenceFirstDraft, drafts.size()) - 1; i >= 0 && i >= drafts.size() - EarlierOperations.LOOK_BACK; i--) {
            OperationDraft d = drafts.all().get(i);
            if (d.recurring || d.since != null || !OperationTriggers.isSting(d.kind)) continue;
            if (d.kind != Operation.Kind.ENFORCEMENT_OPERATION || generic && (d.buyerContext || d.buyerCount)) return d;
        }
        return null;
    }

    /** The follow-up found last in this sentence ("... ended with 19 arrests, and a second round ... 23 more"), else {@code before}. */
    private static OperationDraft found(List<OperationDraft> out, OperationDraft before) {
        return out.isEmpty() ? before : out.get(out.size() - 1);
    }

    /** The last sting or practice of a stated kind told before this sentence, from draft {@code first} on, or null. */
    private OperationDraft kindBefore(int first) {
        for (int i = Math.min(paragraph.sentenceFirstDraft, drafts.size()) - 1; i >= Math.max(first, drafts.size() - EarlierOperations.LOOK_BACK); i--) {
            Operation.Kind k = drafts.all().get(i).kind;
            if (OperationTriggers.isSting(k) && k != Operation.Kind.ENFORCEMENT_OPERATION && k != Operation.Kind.SWEEP) return drafts.all().get(i);
        }
        return null;
    }

    /** The date written in {@code [from, to)} of the sentence (a month and year, or a year), or null. */
    private static When dated(Sentence s, int from, int to) {
        DateMention exact = written(s, from, to);
        if (exact != null && exact.when().precision() == When.Precision.DAY) return exact.when();
        String w = s.text().substring(from, to);
        Matcher y = YEAR.matcher(w);
        if (!y.find()) return null;
        Matcher month = OperationTriggers.p("\\b(" + Months.FULL + ")\\s+(?:of\\s+)?" + y.group() + "\\b").matcher(w);
        if (month.find()) return FollowUpCounts.month(y.group(), month.group(1));
        return new When(When.Precision.YEAR, y.group());
    }

    /** The first date of an event written in {@code [from, to)} of the sentence (a day, a day range), or null. */
    private static DateMention written(Sentence s, int from, int to) {
        for (DateMention d : Dates.in(s)) {
            int at = d.start() - s.start();
            if (!d.since() && from <= at && at < to) return d;
        }
        return null;
    }

    /** The date a follow-up's words give next to the sting before: "that July" its month, "the following March" the next year; else null. */
    private static When relative(String words, OperationDraft model) {
        When base = model.date != null ? model.date : null;
        if (base == null) return null;
        Matcher y = YEAR.matcher(words);
        if (y.find()) return dated(new Sentence(0, words.length(), words, 0), 0, words.length());
        Matcher m = THAT_MONTH.matcher(words);
        if (m.find()) return FollowUpCounts.month(base.year(), m.group("m"));
        if (FOLLOWING.matcher(words).find()) return new When(When.Precision.YEAR, Integer.toString(base.year() + 1));
        if (SAME_YEAR.matcher(words).find()) return new When(When.Precision.YEAR, Integer.toString(base.year()));
        return null;
    }

    /** An operation like {@code model}: its kind, its agencies unless the sentence names some, aimed at buyers. */
    private OperationDraft like(OperationDraft model, Sentence s, When date, ArrestCount count) {
        OperationDraft d = buyerStingLike(model, s, date, count);
        d.addActors(actors, s, 0, s.text().length());
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(model.conductedBy);
        return d;
    }

    /** A dated, counted buyer operation of {@code model}'s kind and sting noun, evidenced by {@code s}; no agency yet. */
    static OperationDraft buyerStingLike(OperationDraft model, Sentence s, When date, ArrestCount count) {
        OperationDraft d = new OperationDraft(model.kind, Rule.DATED_BUYER_ARRESTS, s.evidence());
        d.date = date;
        d.arrests = count;
        d.buyerContext = true;
        d.buyerCount = true;
        d.stingNoun = model.stingNoun;
        d.repeats = model;
        // "A second round of Operation Tin Whistle in August 2022 led to 14 arrests": an edition of the named one
        if (model.name != null && (s.text().contains(model.name) || NamedEditions.ordinalShortName(s.text(), model.name))) d.name = model.name;
        return d;
    }
}
