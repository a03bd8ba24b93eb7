package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.ActorAssembly.Draft;
import org.demandgraph.extract.ActorAssembly.Raw;
import org.demandgraph.extract.lexicon.Months;

/**
 * Finds the agencies, courts, councils and organisations a narrative names, merges their forms
 * ("Windsor Locks Police", "Windsor Locks Police Department", "the WLPD") into one actor, and records
 * every mention. An acronym is an alternative label when the profile defines it in brackets after the
 * name, or when it is the initials of exactly one named actor and appears in the narrative on its own.
 */
public final class ActorFinder {

    /** A word of a name: capitalised, a numbered precinct, district or troop ("Precinct 2 Constable’s Office"), or an ordinal. */
    private static final String CAP = "(?:[A-Z][\\p{L}.’'&-]*|(?<=(?:Precinct|District|Ward|Troop|Zone|Region)\\s)\\d{1,2}"
            // an ordinal before a capitalised word ("the 18th Judicial District Attorney’s Office", "for the 9th Judicial Circuit")
            + "|\\d{1,3}(?:st|nd|rd|th)(?=\\s+[A-Z]))";
    private static final String HEADS = "Police Department|Police Dept\\.|Sheriff[’']s Office|Sheriff[’']s Department"
            + "|State Police|Highway Patrol|State Patrol|Police|Task Force|Department|Unit|Division|Bureau"
            + "|Superior Court|District Court|Municipal Court|Circuit Court|Criminal Court|Court"
            + "|Constable[’']s Office|District Attorney[’']s Office|State[’']s Attorney[’']s Office|Attorney[’']s Office|Prosecutor[’']s Office"
            // an office-holder named for the office ("the Elm County District Attorney"): only with a place before it
            + "|District Attorney|State[’']s Attorney|Commonwealth[’']s Attorney|Circuit Attorney|County Attorney|City Attorney"
            + "|Prosecuting Attorney|Prosecutor|Solicitor General|Solicitor"
            + "|City Council|County Council|Town Council|Board of Supervisors|Council|Commission|Coalition"
            + "|Alliance|Foundation|Agency|Service|Office|Response Team|Team"
            // a public health district ("the Sawtell County Health District")
            + "|Health District";
    /** Words that alone before a head make a back-reference ("the Sheriff Department"), not a new name. */
    private static final Set<String> GENERIC = Set.of("Sheriff", "Sheriff’s", "Sheriff's", "Police", "County", "City", "State",
            "Town", "Vice", "Special", "Local", "Federal", "Department’s", "Department's", "Assistant", "Deputy", "Chief", "Acting",
            "Former", "Interim");
    /** A sentence opener after a stop the splitter took for an abbreviation ("... near Washington, D.C. The Elm County Police"). */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "By", "When", "After", "Since", "Its", "Their");
    /** A unit named right after its agency's possessive ("the Bureau’s (OBN) Human Trafficking Unit") is part of it. */
    private static final Pattern AFTER_POSSESSIVE = Pattern.compile("[A-Za-z][’']s?\\s+(?:\\([A-Z.&]{2,9}\\)\\s+)?$");
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\w.])((?:" + CAP + "\\s+){0,6})(" + HEADS + ")(?![\\w])"
            + "((?:\\s+(?:of|for)\\s+(?:the\\s+)?" + CAP + "(?:,?\\s+(?:and\\s+|&\\s+)?" + CAP + ")*)?)"
            + "(\\s*\\(([A-Z][A-Za-z.&]{1,9})\\))?");
    /** Capitalised words that begin a sentence or a phrase but are not part of a name. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "In", "On", "At", "For", "By", "As", "When",
            "After", "Before", "During", "Since", "Then", "And", "But", "Also", "Its", "Their", "His", "Her",
            "This", "That", "These", "Those", "Both", "Members", "Officers", "Local", "Later", "Earlier", "Meanwhile",
            "According", "With", "From", "Under", "Of", "To", "Police", "Detectives", "Officials", "While",
            "Summer", "Spring", "Fall", "Winter", "Several", "Two", "Three", "Many");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private ActorFinder() {}

    /** The actors of a profile and every place the narrative names one. */
    public record Result(List<Actor> actors, List<ActorMention> mentions) {

        /** Mentions inside {@code [start, end)}, in text order (a binary search, then the mentions in the range). */
        public List<ActorMention> within(int start, int end) {
            List<ActorMention> out = new ArrayList<>();
            for (int i = firstFrom(start); i < mentions.size() && mentions.get(i).start() < end; i++) {
                Work.add(1);
                if (mentions.get(i).end() <= end) out.add(mentions.get(i));
            }
            return out;
        }

        /**
         * The last {@code n} distinct agencies that can enforce named inside {@code [start, end)}, in text order,
         * looking back over at most {@code limit} mentions from {@code end}.
         */
        List<Actor> lastEnforcing(int start, int end, int limit, int n) {
            List<Actor> out = new ArrayList<>();
            for (int i = firstFrom(end) - 1, seen = 0; i >= 0 && seen < limit && out.size() < n; i--, seen++) {
                Work.add(1);
                ActorMention m = mentions.get(i);
                if (m.start() < start) break;
                if (m.end() <= end && m.actor().enforces() && !m.generic() && !out.contains(m.actor())) out.add(m.actor());
            }
            java.util.Collections.reverse(out);
            return out;
        }

        /** The index of the first mention starting at or after {@code start}. */
        private int firstFrom(int start) {
            int lo = 0, hi = mentions.size();
            while (lo < hi) {
                Work.add(1);
                int mid = (lo + hi) >>> 1;
                if (mentions.get(mid).start() < start) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    public static Result find(String text, List<Sentence> sentences) {
        return find(text, sentences, null);
    }

    /**
     * As {@link #find(String, List)}, for the profile of {@code place} (its title name, or null): the
     * place's own police or sheriff written only as initials ("the RPD" in Renwick) is that agency.
     */
    public static Result find(String text, List<Sentence> sentences, String place) {
        return find(text, sentences, place, null);
    }

    /**
     * As {@link #find(String, List, String)}, in a profile of the state {@code state} (its full name, or null):
     * "the state Attorney General’s office" is that state's Attorney General’s Office.
     */
    public static Result find(String text, List<Sentence> sentences, String place, String state) {
        // The stages are small methods, the work of one sentence or one name each: one large method with
        // many loops is compiled, and recompiled, at a high cost by the JIT (docs/performance.md).
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<Raw> raws = new ArrayList<>();
        for (Sentence s : sentences) namesIn(text, s, state, drafts, raws);
        // "Halvard police officers", "police in Garrick": a town's police never named as a department
        TownPolice.add(text, sentences, place, drafts, raws);
        // "Windsor Locks Police" and "the FBI Task Force" are short forms of a fuller name in the same profile.
        Map<String, String> canonical = ShortForms.canonical(drafts.keySet());
        String narrative = String.join("\n", sentences.stream().map(Sentence::text).toList());
        LocalAgency.of(place, narrative, drafts.keySet()).ifPresent(local -> ActorAssembly.addLocalAgency(local, text, sentences, drafts, canonical));
        ActorAssembly.addAcronyms(narrative, drafts, canonical);
        // "the Elm County Sheriff's Department", where the Office is named too: the same agency under its other name.
        canonical.forEach((name, full) -> {
            if (!name.equals(full) && ShortForms.sheriffsDepartment(name)) drafts.get(full).altLabels.add(name);
        });
        Map<String, Actor> actors = ActorAssembly.actorsOf(drafts, canonical);
        List<ActorMention> mentions = ActorAssembly.mentionsOf(raws, canonical, actors);
        Spans taken = new Spans();
        for (ActorMention m : mentions) taken.add(m.start(), m.end());
        StandaloneLabels.add(text, sentences, actors, mentions, taken);
        // an agency named only as someone's employer is no candidate for a short form
        Set<Actor> mentioned = new java.util.HashSet<>();
        for (ActorMention m : mentions) mentioned.add(m.actor());
        List<Actor> candidates = actors.values().stream().filter(mentioned::contains).toList();
        mentions.addAll(BackReferences.in(sentences, candidates, taken, place));
        mentions.addAll(CommonNouns.in(sentences, candidates, mentions, taken, place));
        mentions.addAll(ProsecutorOffices.in(sentences, mentions, taken));
        mentions.addAll(UnitReferences.in(text, sentences, mentions, taken));
        mentions.sort(Comparator.comparingInt(ActorMention::start));
        return new Result(List.copyOf(actors.values()), List.copyOf(mentions));
    }

    /** The names of one sentence, in turn: agencies sharing a head, the name pattern's names, office-holders' agencies. */
    private static void namesIn(String text, Sentence s, String state, Map<String, Draft> drafts, List<Raw> raws) {
        Work.add(s.text().length());
        List<CoordinatedAgencies.Named> shared = sharedHeads(text, s, drafts, raws);
        Matcher m = LiteralGuard.matcher(NAME, s.text());
        for (int from = 0; from <= s.text().length() && m.find(from); ) {
            int resume = nameAt(text, s, m, shared, drafts, raws);
            from = resume >= 0 ? resume : m.end();
        }
        officeHolders(text, s, state, drafts, raws);
    }

    /** Agencies named without a head of their own ("the police departments of A, B and C"): see {@link CoordinatedAgencies}. */
    private static List<CoordinatedAgencies.Named> sharedHeads(String text, Sentence s, Map<String, Draft> drafts, List<Raw> raws) {
        List<CoordinatedAgencies.Named> shared = CoordinatedAgencies.in(s);
        for (CoordinatedAgencies.Named n : shared) {
            Evidence ev = new Evidence(n.start(), n.end(), text.substring(n.start(), n.end()));
            drafts.computeIfAbsent(n.name(), k -> new Draft(k, ActorKinds.kindOf(k), ActorKinds.isNational(k), ev, Rule.ACTOR_SHARED_HEAD));
            // "an off-duty Elm Township police sergeant": an employer
            if (!Bystanders.named(s.text(), n.start() - s.start(), n.end() - s.start())) raws.add(new Raw(n.start(), n.end(), n.name()));
        }
        return shared;
    }

    /**
     * The name the pattern matched at {@code m}, unless it is none of its own (a back-reference, a unit named after its agency);
     * where in the sentence to look for the next name when the match held two, else -1.
     */
    private static int nameAt(String text, Sentence s, Matcher m, List<CoordinatedAgencies.Named> shared,
            Map<String, Draft> drafts, List<Raw> raws) {
        String t = s.text();
        String[] words = m.group(1).trim().isEmpty() ? new String[0] : SPACES.split(m.group(1).trim());
        int skip = notNameWords(words);
        String head = m.group(2);
        String tail = m.group(3);
        if (skip == words.length && tail.isEmpty()) return -1;
        if (head.equals("Police") && skip == words.length) return -1;
        int offset = nameStart(t, m.start(1), words, skip);
        int nameEnd = trimEnd(t, offset, NameBounds.end(t, m.end(2), m.end(2) + tail.length()));
        // "the X Bureau of Criminal Investigation and Homeland Security Investigations": two names; look again after the first
        int split = NameBounds.endBeforeAgency(t, m.end(2), nameEnd);
        int resume = split < nameEnd ? split : -1;
        nameEnd = Math.min(nameEnd, split);
        int agencyEnd = UnitNames.agencyEnd(t, offset, nameEnd);
        boolean unit = agencyEnd < nameEnd;
        nameEnd = agencyEnd;
        if (unit && UnitNames.shortAgency(t.substring(offset, nameEnd))) return resume;
        if (partOfAnother(t, s.start() + offset, offset, raws) || UnitNames.ofArticle(t, offset, nameEnd)
                || UnitNames.partAfterPronoun(t, offset, nameEnd)) return resume;
        List<String> prefix = List.of(words).subList(skip, words.length);
        // "Vice Task Force" alone is a back-reference, but not inside "the X Narcotics and Vice Task Force (XNVTF)"
        boolean joined = t.substring(offset, m.start(2)).contains(" and ");
        if (tail.isEmpty() && GENERIC.containsAll(prefix) && !joined) return resume;
        addName(text, s, offset, nameEnd, m.group(5) != null && !unit ? m.group(5) : null, shared, drafts, raws);
        return resume;
    }

    /** How many of a name's first words are not part of it ("The", "In March", or all before an opener after a stop). */
    private static int notNameWords(String[] words) {
        int skip = 0;
        while (skip < words.length && (NOT_NAME.contains(words[skip]) || Months.NAMES.contains(words[skip]))) skip++;
        for (int i = words.length - 1; i > skip; i--)
            if (OPENERS.contains(words[i]) && words[i - 1].endsWith(".")) { skip = i + 1; break; }
        return skip;
    }

    /** Where the name starts in the sentence {@code t}: after the {@code skip} words not part of it, from {@code from}. */
    private static int nameStart(String t, int from, String[] words, int skip) {
        int offset = from;
        for (int i = 0; i < skip; i++) offset = t.indexOf(words[i], offset) + words[i].length();
        while (offset < t.length() && Character.isWhitespace(t.charAt(offset))) offset++;
        return NameBounds.start(t, offset);
    }

    /** Whether the name at {@code offset} of {@code t} (at {@code at} in the text) is a unit of the agency named before it. */
    private static boolean partOfAnother(String t, int at, int offset, List<Raw> raws) {
        return AFTER_POSSESSIVE.matcher(t.substring(Math.max(0, offset - 16), offset)).find()
                && (endsJustBefore(raws, at) || UnitNames.ofCommonNoun(t, offset))
                || UnitNames.secondUnit(t, offset);
    }

    /** Records the name {@code [offset, nameEnd)} of sentence {@code s} (with its bracketed acronym, or null), unless an agency sharing a head covers it. */
    private static void addName(String text, Sentence s, int offset, int nameEnd, String acronym, List<CoordinatedAgencies.Named> shared,
            Map<String, Draft> drafts, List<Raw> raws) {
        String name = SPACES.matcher(s.text().substring(offset, nameEnd)).replaceAll(" ");
        int start = s.start() + offset;
        Evidence ev = new Evidence(start, s.start() + nameEnd, text.substring(start, s.start() + nameEnd));
        if (shared.stream().anyMatch(n -> n.start() < ev.end() && ev.start() < n.end())) return;
        Draft d = drafts.computeIfAbsent(name,
                n -> new Draft(n, ActorKinds.kindOf(n), ActorKinds.isNational(n), ev, ActorKinds.isNational(n) ? Rule.ACTOR_NATIONAL : Rule.ACTOR_NAME));
        if (acronym != null) d.altLabels.add(acronym);
        // a bystander ("an off-duty Elm City Police officer", "a nationwide effort led by the FBI"): named, but no act of it
        if (!Bystanders.named(s.text(), offset, nameEnd)) raws.add(new Raw(start, s.start() + nameEnd, name));
    }

    /** Agencies named by their office-holder ("the Elm County District Attorney"), unless a name found just before covers them. */
    private static void officeHolders(String text, Sentence s, String state, Map<String, Draft> drafts, List<Raw> raws) {
        for (OfficeHolderAgencies.Named n : OfficeHolderAgencies.in(s.text(), state)) {
            int start = s.start() + n.start(), end = s.start() + n.end();
            if (overlapsRecent(raws, start, end)) continue;
            Evidence ev = new Evidence(start, end, text.substring(start, end));
            drafts.computeIfAbsent(n.name(), k -> new Draft(k, n.kind(), false, ev, Rule.ACTOR_NAME));
            if (!Bystanders.named(s.text(), n.start(), n.end())) raws.add(new Raw(start, end, n.name()));
        }
    }

    /** The end of a name without a trailing possessive mark or sentence stop ("Narcotics’", "Attorney."). */
    private static int trimEnd(String s, int start, int end) {
        while (end > start + 1) {
            char c = s.charAt(end - 1);
            if (c == '’' || c == '\'' || c == '.' && Character.isLowerCase(s.charAt(end - 2))) end--;
            else break;
        }
        return end;
    }

    /** Whether a name found so far in the sentence (the last few found) overlaps {@code [start, end)}. */
    private static boolean overlapsRecent(List<Raw> raws, int start, int end) {
        for (int i = raws.size() - 1; i >= 0 && i >= raws.size() - 8; i--)
            if (raws.get(i).start() < end && start < raws.get(i).end()) return true;
        return false;
    }

    /** Whether a name found so far ends within 16 characters before {@code at} (names are found in text order, so the last few). */
    private static boolean endsJustBefore(List<Raw> raws, int at) {
        for (int i = raws.size() - 1; i >= 0 && i >= raws.size() - 8; i--)
            if (raws.get(i).end() >= at - 16 && raws.get(i).end() <= at) return true;
        return false;
    }
}
