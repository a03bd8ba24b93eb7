package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.vocab.Tactic;

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

    private record Trigger(int start, int end, Operation.Kind kind) {}

    private static final String STING = "(?:prostitution[\\s-]+|john[\\s-]+)?stings?(?:[\\s-]+operations?)?";
    private static final List<Map.Entry<Pattern, Operation.Kind>> TRIGGERS = List.of(
            Map.entry(p("\\b(?:web|online|internet|web-based|internet-based|on-line)[\\s-]+(?:reverse[\\s-]+)?" + STING), Operation.Kind.WEB_STING),
            Map.entry(p("\\bstreet[\\s-]+level[\\s-]+(?:reverse[\\s-]+)?" + STING), Operation.Kind.STREET_REVERSE_STING),
            Map.entry(p("\\b(?:reverse[\\s-]+" + STING + "|reverse[\\s-]+operations?|john[\\s-]+stings?|decoy[\\s-]+operations?|reversals?)\\b"), Operation.Kind.REVERSE_STING),
            Map.entry(p("\\b" + STING + "\\b"), Operation.Kind.ENFORCEMENT_OPERATION),
            Map.entry(p("\\b(?:prostitution[\\s-]+)?(?:sweeps?|crackdowns?)\\b"), Operation.Kind.SWEEP),
            Map.entry(p("\\b(?:vehicle|car|auto)[\\s-]+(?:seizure|impound(?:ment)?|forfeiture)[\\s-]+(?:program|programme|ordinance|law|policy|initiative)s?\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:ordinance|law|policy|program|programme)\\b[^.;]{0,40}?\\b(?:impound|seiz|forfeit|tow)\\w*\\s+(?:\\w+\\s+)?(?:vehicles?|cars?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:began|begun|started|implemented|adopted|launched)\\s+(?:\\w+\\s+){0,2}(?:impounding|seizing|towing|confiscating)\\b[^.;]{0,30}?\\b(?:vehicles?|cars?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:installed|install|mounted|deployed|put up|erected)\\b[^.;]{0,40}?\\bcameras?\\b"), Operation.Kind.CAMERAS),
            Map.entry(p("\\b(?:formed|created|established|launched|set up)\\b[^.;]{0,40}?\\btask[\\s-]+force\\b"), Operation.Kind.TASK_FORCE),
            Map.entry(p("\\b(?:undercover|enforcement|targeted|joint|police|demand|buyer|john|decoy|prostitution|vice|covert|\\w+-(?:day|week|month)(?:-long)?)[\\s-]+(?:\\w+[\\s-]+)?operations?\\b|\\boperations?\\s+(?=target)"), Operation.Kind.ENFORCEMENT_OPERATION),
            Map.entry(p("(?<!traffick\\w{0,3}\\s|ring\\s|criminal\\s|drug\\s|prostitution\\s|brothel\\s|sex\\s|\\bin\\s|business\\s|day-to-day\\s)\\boperations?\\b"), Operation.Kind.ENFORCEMENT_OPERATION));
    private static final Pattern NAME = Pattern.compile("\\bOperation\\s+[“\"‘]?((?!(?:was|is|in|of|to|and|the|a|an|targeted|targeting)\\b)[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,3})");
    private static final Pattern DEFINITE = p("^(?:the|this|that|these|those|its|their|his|her|said|same)$");
    /** Words that may stand between a determiner and the operation noun ("the February, 2014 online reverse sting"). */
    private static final Pattern MODIFIER = Pattern.compile(
            "(?:[A-Z][\\w’'.-]*|\\d{4}|\\d{4},|[A-Z][a-z]+,|street-level|street|level|online|web|web-based|internet|undercover"
            + "|prostitution|large-scale|joint|first|second|third|latest|recent|last|earlier|previous|same|reverse|john|police"
            + "|department[’']s|city[’']s|county[’']s|town[’']s|two-day|multi-agency|month-long|week-long|decoy|buyer|sex)");
    private static final Pattern BACKGROUND = p("traffick|homicide|murder|strangl|kidnap|sentenced|pornograph|CSAM|child sexual|rape|assault|robbery|overdose");
    private static final Pattern ONLINE = p("craigslist|backpage|online|internet|website|web site|social media|dating app|\\bapps?\\b|escort (?:site|ads?)");
    private static final Pattern BUYER_CONTEXT = p("solicit|patroniz|patronis|john|buyer|purchas|buying sex|customers?|\\bmen\\b");
    private static final Pattern NEGATED_OP = p("\\b(?:not|never|no|plans?\\s+to|planned\\s+to|planning|will|would|could|consider\\w*|propos\\w*|hope\\w*)\\b|n[’']t\\b");

    /** "Later that year" (the paragraph's last year) and "the following year" (the one after it). */
    private static final Pattern RELATIVE_YEAR = p("\\b(?:((?:later|earlier)\\s+(?:that|the same)\\s+year|(?:that|the)\\s+same\\s+year)"
            + "|(?:the\\s+(?:following|next)\\s+year|a\\s+year\\s+later))\\b");

    /** A month without a year ("in March", "that August"), dated by the year the paragraph is in. */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:[Ii]n|[Tt]hat|[Dd]uring|[Ll]ate|[Ee]arly)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
            + "(?!\\s*,?\\s*(?:of\\s+)?(?:\\d{4}|\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}))");
    private static final String MONTHS = "january february march april may june july august september october november december";
    /** "arresting 14 and 9 men respectively": one count per date of the sentence, in order. */
    private static final Pattern RESPECTIVELY = p("((?:" + NumberWords.PATTERN + ")(?:\\s*,\\s*(?:" + NumberWords.PATTERN
            + "))*\\s*,?\\s+and\\s+(?:" + NumberWords.PATTERN + "))\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers|people|individuals|arrests)\\b[^.;]*?\\brespectively");

    private final String text;
    private final ActorFinder.Result actors;
    private final List<Draft> drafts = new ArrayList<>();

    private static final class Draft {
        Operation.Kind kind;
        String name;
        When date;
        When since;
        ArrestCount arrests;
        boolean buyerCount;
        boolean buyerContext;
        final List<Actor> conductedBy = new ArrayList<>();
        Evidence evidence;
        final List<Evidence> details = new ArrayList<>();
    }

    OperationFinder(String text, ActorFinder.Result actors) {
        this.text = text;
        this.actors = actors;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    List<Operation> find(List<Sentence> sentences) {
        Draft current = null;
        int paragraph = -1;
        Integer lastYear = null;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) { current = null; paragraph = s.paragraph(); lastYear = null; }
            List<DateMention> dates = new ArrayList<>(Dates.in(s));
            if (dates.isEmpty() && lastYear != null) {
                Matcher rel = RELATIVE_YEAR.matcher(s.text());
                if (rel.find()) {
                    int year = rel.group(1) != null ? lastYear : lastYear + 1;
                    dates.add(new DateMention(s.start() + rel.start(), s.start() + rel.end(),
                            new When(When.Precision.YEAR, Integer.toString(year)), false));
                }
            }
            Integer yearSoFar = lastYear;
            for (DateMention d : Dates.in(s)) if (yearSoFar == null) yearSoFar = d.when().year();
            if (yearSoFar != null) dates.addAll(monthsOnly(s, dates, yearSoFar));
            dates.sort(java.util.Comparator.comparingInt(DateMention::start));
            for (DateMention d : dates) lastYear = d.when().year();
            if (respectively(s, dates)) { current = null; continue; }
            List<Integer> cuts = new ArrayList<>();
            cuts.add(0);
            for (int i = 1; i < dates.size(); i++) cuts.add(dates.get(i).start() - s.start());
            cuts.add(s.text().length());
            boolean background = BACKGROUND.matcher(s.text()).find();
            for (int c = 0; c + 1 < cuts.size(); c++) {
                int from = cuts.get(c), to = cuts.get(c + 1);
                current = segment(s, from, to, dates, background, current, c + 2 < cuts.size());
            }
        }
        return finish();
    }

    private Draft segment(Sentence s, int from, int to, List<DateMention> dates, boolean background, Draft current,
                          boolean moreSegments) {
        String seg = s.text().substring(from, to);
        DateMention date = null, since = null;
        for (DateMention d : dates) {
            int rel = d.start() - s.start();
            if (rel < from || rel >= to) continue;
            if (d.since() && since == null) since = d;
            else if (!d.since() && date == null) date = d;
        }
        Trigger trigger = trigger(seg, from);
        Matcher named = NAME.matcher(seg);
        String name = null;
        if (named.find()) {
            name = "Operation " + named.group(1);
            if (trigger == null) trigger = new Trigger(from + named.start(), from + named.end(), Operation.Kind.ENFORCEMENT_OPERATION);
        }
        List<CountMention> counts = ArrestCounts.in(s, from, to);
        if (trigger != null && Negation.denied(s.text(), trigger.start(), trigger.end())
                && NEGATED_OP.matcher(Negation.clause(s.text(), trigger.start(), trigger.end())).find()) trigger = null;
        boolean sting = trigger != null && trigger.kind() != Operation.Kind.CAMERAS && trigger.kind() != Operation.Kind.TASK_FORCE
                && trigger.kind() != Operation.Kind.VEHICLE_SEIZURE_PROGRAMME;
        if (background && !(sting && counts.stream().anyMatch(CountMention::buyers))) {
            if (date != null && current != null && (current.date == null || !current.date.compatibleWith(date.when()))) return null;
            return current;
        }
        if (trigger != null && name == null && isDefinite(s.text(), trigger.start())) {
            Draft target = referent(date == null ? null : date.when(), current);
            if (target != null) {
                target.details.add(s.evidence());
                addActors(target, s, from, to);
                if (target.arrests == null || !target.buyerCount && counts.stream().anyMatch(CountMention::buyers))
                    addCount(target, counts, s);
                return target;
            }
            if (date == null) return current;
        }
        boolean opens = trigger != null && (date != null || since != null || name != null || !counts.isEmpty());
        // "In 2019, police conducted two operations: in March, ... and in November, ...": the later dates open them.
        if (opens && counts.isEmpty() && name == null && moreSegments) opens = false;
        if (!opens && trigger == null && date != null && !background && counts.stream().anyMatch(CountMention::buyers)) {
            if (current != null && current.arrests == null && current.date != null && current.date.compatibleWith(date.when())) {
                current.details.add(s.evidence());
                addCount(current, counts, s);
                return current;
            }
            opens = true;
        }
        if (opens) {
            Draft d = new Draft();
            d.kind = trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind();
            d.name = name;
            d.date = date == null ? null : date.when();
            d.since = since == null ? null : since.when();
            d.evidence = s.evidence();
            String clause = trigger == null ? seg : Negation.clause(s.text(), trigger.start(), trigger.end());
            d.buyerContext = BUYER_CONTEXT.matcher(clause).find();
            if ((d.kind == Operation.Kind.REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                    && trigger != null && trigger.kind() != Operation.Kind.SWEEP && ONLINE.matcher(s.text()).find()
                    && p("sting|decoy|revers|posing as|pose as|undercover").matcher(seg).find()) d.kind = Operation.Kind.WEB_STING;
            if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && p("\\bstings?\\b").matcher(clause).find() && d.buyerContext)
                d.kind = Operation.Kind.REVERSE_STING;
            addActors(d, s, from, to);
            addCount(d, counts, s);
            drafts.add(d);
            return d;
        }
        if (current != null && trigger == null && date == null && since == null) {
            boolean added = false;
            boolean refines = current.arrests != null && !current.buyerCount && counts.stream().anyMatch(CountMention::buyers);
            if ((current.arrests == null || refines) && !counts.isEmpty()) { addCount(current, counts, s); added = current.arrests != null; }
            // "Police charged the men with patronizing": the operation's arrests were of buyers.
            if (!current.buyerContext && BUYER_CONTEXT.matcher(s.text()).find() && !Negation.denied(s.text(), 0, s.text().length())) {
                current.buyerContext = true;
                added = true;
            }
            if (added) current.details.add(s.evidence());
            return current;
        }
        if (date != null && current != null && (current.date == null || !current.date.compatibleWith(date.when()))) return null;
        return current;
    }

    private static List<DateMention> monthsOnly(Sentence s, List<DateMention> dates, int year) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = MONTH_ONLY.matcher(s.text());
        while (m.find()) {
            int start = s.start() + m.start(1), end = s.start() + m.end(1);
            if (dates.stream().anyMatch(d -> d.start() <= start && end <= d.end())) continue;
            int index = java.util.Arrays.asList(MONTHS.split(" ")).indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
            String lexical = year + "-" + (index < 10 ? "0" + index : Integer.toString(index));
            out.add(new DateMention(start, end, new When(When.Precision.YEAR_MONTH, lexical), false));
        }
        return out;
    }

    /** A sentence listing dates and, "respectively", one count for each: one operation per pair. */
    private boolean respectively(Sentence s, List<DateMention> dates) {
        Matcher m = RESPECTIVELY.matcher(s.text());
        if (!m.find() || BACKGROUND.matcher(s.text()).find()) return false;
        List<DateMention> points = dates.stream().filter(d -> !d.since()).toList();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher n = Pattern.compile(NumberWords.PATTERN, Pattern.CASE_INSENSITIVE).matcher(m.group(1));
        while (n.find()) {
            java.util.OptionalInt v = NumberWords.parse(n.group());
            if (v.isEmpty()) return false;
            values.add(v.getAsInt());
            int at = s.start() + m.start(1) + n.start();
            spans.add(new int[] {at, at + n.group().length()});
        }
        if (values.size() < 2 || values.size() != points.size()) return false;
        Trigger trigger = trigger(s.text(), 0);
        boolean buyers = p("men\\b|johns|buyers|solicit|patroniz").matcher(m.group()).find();
        for (int i = 0; i < values.size(); i++) {
            Draft d = new Draft();
            d.kind = trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind();
            d.date = points.get(i).when();
            d.evidence = s.evidence();
            d.buyerContext = buyers;
            int[] span = spans.get(i);
            d.arrests = new ArrestCount(values.get(i), ArrestCount.Bound.EXACT,
                    new Evidence(span[0], span[1], text.substring(span[0], span[1])));
            d.buyerCount = buyers;
            addActors(d, s, 0, s.text().length());
            drafts.add(d);
        }
        return true;
    }

    private Trigger trigger(String seg, int offset) {
        Trigger best = null;
        for (Map.Entry<Pattern, Operation.Kind> t : TRIGGERS) {
            Matcher m = t.getKey().matcher(seg);
            if (m.find() && (best == null || m.start() < best.start() - offset))
                best = new Trigger(offset + m.start(), offset + m.end(), t.getValue());
        }
        return best;
    }

    /** Whether the noun phrase ending in the trigger starts with a definite determiner. */
    private static boolean isDefinite(String sentence, int triggerStart) {
        String[] words = sentence.substring(0, triggerStart).trim().split("\\s+");
        for (int i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (DEFINITE.matcher(w).matches()) return true;
            if (!MODIFIER.matcher(w).matches()) return false;
        }
        return false;
    }

    private Draft referent(When date, Draft current) {
        if (date == null) return current != null ? current : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.date != null && d.date.compatibleWith(date)) return d;
        }
        return null;
    }

    private void addActors(Draft d, Sentence s, int from, int to) {
        for (ActorMention m : actors.within(s.start() + from, s.start() + to))
            if (m.actor().enforces() && !d.conductedBy.contains(m.actor())) d.conductedBy.add(m.actor());
    }

    private void addCount(Draft d, List<CountMention> counts, Sentence s) {
        // Buyers named as such first ("17 sex buyers"), then people the context makes buyers, then a total.
        CountMention pick = null;
        for (CountMention c : counts) if (pick == null || c.strength() > pick.strength()) pick = c;
        if (pick == null) return;
        boolean buyer = pick.buyers();
        d.arrests = new ArrestCount(pick.value(), pick.bound(), new Evidence(pick.start(), pick.end(), text.substring(pick.start(), pick.end())));
        d.buyerCount = buyer;
    }

    private List<Operation> finish() {
        List<Operation> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Draft d : drafts) {
            // A crackdown whose arrests the text does not tie to buyers is not anti-demand work.
            if ((d.kind == Operation.Kind.SWEEP || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                    && !d.buyerCount && !d.buyerContext) continue;
            // a plain key (the graph stage slugs it into an IRI): when, then name or kind
            String when = d.date != null ? d.date.lexical() : d.since != null ? "since " + d.since.lexical() : "undated";
            String key = when + " " + (d.name != null ? d.name : d.kind.label());
            int n = seen.merge(key.toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (n > 1) key = key + " " + n;
            Set<Tactic> tactics = EnumSet.noneOf(Tactic.class);
            switch (d.kind) {
                case WEB_STING -> { tactics.add(Tactic.REVERSE_STINGS); tactics.add(Tactic.WEB_STINGS); }
                case STREET_REVERSE_STING, REVERSE_STING -> tactics.add(Tactic.REVERSE_STINGS);
                case VEHICLE_SEIZURE_PROGRAMME -> tactics.add(Tactic.AUTO_SEIZURE);
                case CAMERAS -> { if (d.buyerContext) tactics.add(Tactic.CAMERAS); }
                default -> { }
            }
            boolean reverse = tactics.contains(Tactic.REVERSE_STINGS);
            if (d.arrests != null && (d.buyerCount || reverse)) tactics.add(Tactic.BUYER_ARRESTS);
            List<Evidence> details = new ArrayList<>();
            for (Evidence e : d.details) if (!e.equals(d.evidence) && !details.contains(e)) details.add(e);
            out.add(new Operation(key, d.kind, d.name, d.date, d.since, tactics, d.arrests, d.conductedBy, d.evidence, details));
        }
        return out;
    }

}
