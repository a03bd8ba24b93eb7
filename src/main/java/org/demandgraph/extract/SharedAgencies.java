package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Agencies an operation shares with operations told around it, once the whole narrative is read:
 * <ul>
 * <li>one told as a member of a joint practice just told ("The X and the Y have run joint stings since 2012. The first, in
 * May 2012, ...", "One, in February 2019, ...", "The largest, Operation X in May 2021, ...", "In the first of them, ...",
 * "Two more followed that fall"), naming no agency but generic members of the practice's ("a female deputy"): the
 * practice's agencies; "a second such operation", "a similar sting": the agencies of the operation before;</li>
 * <li>a named operation repeated ("Operation X was held again in June 2021"), naming no agency: the named one's agencies,
 * not the agency the paragraph named last;</li>
 * <li>"both agencies", "the (same) two agencies" in an operation's sentence beside another agency ("X troopers joined the
 * two agencies for a two-day operation"): the last two agencies named before it too;</li>
 * <li>a later sentence giving agencies of two operations at once ("X State Police troopers assisted in both", "took part
 * in both operations", "helped with both"): both operations just told; such a sentence opens no operation of its own.</li>
 * </ul>
 * Never when the operation's sentence names an agency of its own by name, or says it was one agency's alone.
 */
final class SharedAgencies {

    /** "The first, in May 2012, ...", "In the first of them, ...", "The largest, Operation X in ...": one of those just told. */
    private static final Pattern MEMBER = OperationTriggers.p("^\\s*(?:(?:In|At|During)\\s+)?(?:the\\s+(?:first|second|third|fourth|last|latest"
            + "|largest|biggest|earliest|smallest|longest|most\\s+recent)(?:\\s+(?:one|of\\s+(?:them|these|those)))?|one(?:\\s+of\\s+(?:them|these|those))?)\\s*,"
            // "Two more followed that fall, ..."
            + "|^\\s*(?:two|three|four|five|several)\\s+more\\s+(?:followed|came|were\\s+(?:held|run))\\b");
    /** "A second such operation", "another such sting", "a similar operation": one like the operation before. */
    private static final Pattern SUCH = OperationTriggers.p("\\b(?:a\\s+(?:second|third|fourth)|another|one\\s+more)\\s+such\\b"
            + "|\\ban?\\s+similar\\s+(?:[\\w-]+\\s+)?(?:operations?|stings?|details?)\\b");
    /** One agency's alone: "was run by the sheriff’s office alone". */
    private static final Pattern ALONE = OperationTriggers.p("\\b(?:alone|on\\s+(?:its|their)\\s+own|by\\s+itself|without\\s+(?:the|its|their)\\b)");
    private static final Pattern BOTH_AGENCIES = OperationTriggers.p("\\b(?:both|the\\s+(?:same\\s+)?two)\\s+(?:(?:law\\s+enforcement|police|state|local|partner)\\s+)?(?:agencies|departments)\\b");
    /** "X assisted in both", "took part in both operations", "helped with both": agencies of the two operations just told. */
    private static final Pattern IN_BOTH = OperationTriggers.p("\\b(?:assisted|helped|participated|took\\s+part|worked)\\s+(?:\\w+\\s+){0,2}?(?:in|with|on)\\s+"
            + "(?:both|the\\s+two|each)\\b(?:\\s+(?:operations|stings|of\\s+them))?");

    private SharedAgencies() {}

    static void settle(List<OperationDraft> drafts, List<Sentence> sentences, ActorFinder.Result actors, String place) {
        Actor own = null;
        for (Actor a : actors.actors()) if (place != null && a.enforces() && BorrowedAgency.own(a, place)) { own = a; break; }
        Set<OperationDraft> inherited = new HashSet<>();
        List<OperationDraft> backReferences = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            Sentence s = Sentence.containing(sentences, d.evidence.start(), d.evidence.end());
            if (s == null) continue;
            if (LiteralGuard.find(IN_BOTH, s.text()) && d.recurring && d.date == null && d.since == null && d.arrests == null) {
                backReferences.add(d);
                continue;
            }
            List<ActorMention> here = actors.within(s.start(), s.start() + s.text().length());
            boolean namesOwn = here.stream().anyMatch(m -> m.actor().enforces() && !m.generic());
            boolean namesAny = here.stream().anyMatch(m -> m.actor().enforces());
            // naming none, it borrowed a partner named before ("..., working with the Oregon State Police, detectives posted decoy
            // ads ... An online operation in 2022 led to ..."): the place's own agency, told of before the partner, too
            PartnerBorrowed.Change change = !namesAny && own != null && d.conductedBy.size() == 1 && d.conductedBy.get(0) != own
                    && noAgencyInDetails(d, sentences, actors) ? PartnerBorrowed.partner(d.conductedBy.get(0), own, s, sentences, actors, datedOtherThan(drafts, i, s))
                    : PartnerBorrowed.Change.NONE;
            if (change == PartnerBorrowed.Change.REPLACE) d.conductedBy.clear();
            if (change != PartnerBorrowed.Change.NONE) d.conductedBy.add(0, own);
            OperationDraft before = i > 0 ? drafts.get(i - 1) : null;
            Sentence at = before == null ? null : Sentence.containing(sentences, before.evidence.start(), before.evidence.end());
            boolean sameParagraph = at != null && at.paragraph() == s.paragraph();
            if (!d.recurring && sameParagraph && !namesOwn && OperationTriggers.isSting(d.kind) && !LiteralGuard.find(ALONE, s.text())
                    && (LiteralGuard.find(MEMBER, s.text()) && (before.recurring && before.conductedBy.size() > 1 || inherited.contains(before))
                        || LiteralGuard.find(SUCH, s.text()) && !before.conductedBy.isEmpty())
                    && here.stream().allMatch(m -> !m.actor().enforces() || before.conductedBy.contains(m.actor()))) {
                join(d, before.conductedBy);
                inherited.add(d);
                // "The first, in April 2011, ended with the arrest of ten men who had arranged to meet a female deputy": of the practice's kind
                if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && before.kind != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(before.kind)
                        && before.kind != Operation.Kind.SWEEP) d.kind = before.kind;
            }
            // "A second operation that October ...; GBI agents again took part", "..., this time with the X": the agencies before
            if (sameParagraph && OperationTriggers.isSting(d.kind)) RepeatAgencies.join(d, before, own, s.text(), here);
            // (or naming only generic members of its agencies: "Detectives ran a third Amber Gate in May 2019")
            if (d.name != null && !namesOwn) {
                OperationDraft named = null;
                for (int j = i - 1; j >= 0 && j >= i - EarlierOperations.LOOK_BACK && named == null; j--)
                    if (d.name.equals(drafts.get(j).name) && !drafts.get(j).conductedBy.isEmpty()) named = drafts.get(j);
                List<Actor> of = named == null ? List.of() : named.conductedBy;
                if (named != null && here.stream().allMatch(m -> !m.actor().enforces() || of.contains(m.actor()))) join(d, of);
            }
            if (LiteralGuard.find(BOTH_AGENCIES, s.text())) {
                // the paragraph's two agencies, else (a paragraph opening on "both agencies") the paragraph before's
                int first = paragraphStart(sentences, s);
                List<Actor> two = lastTwoNamed(actors, sentences.get(first).start(), s.start());
                if (two.isEmpty() && first > 0) two = lastTwoNamed(actors, sentences.get(paragraphStart(sentences, sentences.get(first - 1))).start(), s.start());
                join(d, two);
            }
        }
        drafts.removeAll(backReferences);
        int next = 0;
        for (Sentence s : sentences) {
            Work.add(1);
            while (next < drafts.size() && drafts.get(next).evidence.start() < s.start()) next++;
            if (!LiteralGuard.find(IN_BOTH, s.text()) || Negation.denied(s.text(), 0, s.text().length())) continue;
            List<Actor> helpers = new ArrayList<>();
            for (ActorMention m : actors.within(s.start(), s.start() + s.text().length()))
                if (m.actor().enforces() && !helpers.contains(m.actor())) helpers.add(m.actor());
            List<OperationDraft> two = lastTwoBefore(drafts, next, sentences, s);
            if (helpers.isEmpty() || two.size() < 2) continue;
            for (OperationDraft d : two) join(d, helpers);
        }
    }

    /**
     * The last two agencies the paragraph named before {@code end}, by name or by a generic noun ("deputies working with agents
     * of the X ... A similar operation by the two agencies"); none when it named fewer.
     */
    private static List<Actor> lastTwoNamed(ActorFinder.Result actors, int start, int end) {
        List<ActorMention> before = actors.within(start, end);
        List<Actor> out = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - EarlierOperations.LOOK_BACK && out.size() < 2; i--) {
            Actor a = before.get(i).actor();
            if (a.enforces() && !out.contains(a)) out.add(0, a);
        }
        return out.size() == 2 ? out : List.of();
    }

    /** The index of the first sentence of the sentence's paragraph. */
    private static int paragraphStart(List<Sentence> sentences, Sentence s) {
        int i = Sentence.indexOf(sentences, s);
        for (int seen = 0; i > 0 && seen < EarlierOperations.LOOK_BACK && sentences.get(i - 1).paragraph() == s.paragraph(); i--, seen++) Work.add(1);
        return Math.max(i, 0);
    }

    /** The last two single operations told before the sentence in its paragraph (none when fewer). */
    private static List<OperationDraft> lastTwoBefore(List<OperationDraft> drafts, int next, List<Sentence> sentences, Sentence s) {
        List<OperationDraft> out = new ArrayList<>();
        for (int i = next - 1; i >= 0 && i >= next - EarlierOperations.LOOK_BACK && out.size() < 2; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d.evidence.start() >= s.start()) continue;
            Sentence at = Sentence.containing(sentences, d.evidence.start(), d.evidence.end());
            if (at == null || at.paragraph() != s.paragraph()) break;
            if (!d.recurring && OperationTriggers.isSting(d.kind)) out.add(d);
        }
        return out;
    }

    /** Where the evidence of the dated single operations told before draft {@code i} starts, those of its own sentence aside. */
    private static Set<Integer> datedOtherThan(List<OperationDraft> drafts, int i, Sentence s) {
        Set<Integer> out = new HashSet<>();
        for (int j = i - 1; j >= 0 && j >= i - EarlierOperations.LOOK_BACK; j--) {
            OperationDraft o = drafts.get(j);
            if (o.date != null && !o.recurring && o.evidence.start() != s.start()) out.add(o.evidence.start());
        }
        return out;
    }

    /** Whether no later sentence told with the operation names an enforcing agency. */
    private static boolean noAgencyInDetails(OperationDraft d, List<Sentence> sentences, ActorFinder.Result actors) {
        for (Evidence e : d.details)
            for (ActorMention m : actors.within(e.start(), e.end())) if (m.actor().enforces()) return false;
        return true;
    }

    private static void join(OperationDraft d, List<Actor> agencies) {
        for (Actor a : agencies) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
    }
}
