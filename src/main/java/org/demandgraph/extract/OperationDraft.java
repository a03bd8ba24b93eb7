package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** An operation while the narrative is being read: later sentences may still add a count or an agency. */
final class OperationDraft {

    Operation.Kind kind;
    String name;
    When date;
    When end;
    When since;
    boolean recurring;
    ArrestCount arrests;
    /** The count is of buyers (by its noun, phrase or sentence), not a total. */
    boolean buyerCount;
    /** The text ties the operation to buyers. */
    boolean buyerContext;
    /** Round 22: a dated sting counted in bare arrests after sentences of its paragraph about buyers (kept when nothing else says whose). */
    boolean paragraphBuyers;
    /** A practice the text says led to arrests, with a number that is no one event's count. */
    boolean arrestsUncounted;
    /** The count is one described arrestee ("a man ... was arrested"): any number the text gives later replaces it. */
    boolean lone;
    /** Its noun is a bare "sting" ("a sting", "two stings"): a reverse sting once its arrests are of buyers. */
    boolean stingNoun;
    /** The operation a practice repeats ("Officers have repeated the detail ... since then"): it takes that one's settled method. */
    OperationDraft repeats;
    final List<Actor> conductedBy = new ArrayList<>();
    final Rule rule;
    final Evidence evidence;
    final List<Evidence> details = new ArrayList<>();
    /** The details again, for a membership test in constant time. */
    private final java.util.Set<Evidence> detailSet = new java.util.HashSet<>();

    OperationDraft(Operation.Kind kind, Rule rule, Evidence evidence) {
        this.kind = kind;
        this.rule = rule;
        this.evidence = evidence;
    }

    /** The enforcing agencies named in {@code [from, to)} of the sentence. */
    void addActors(ActorFinder.Result actors, Sentence s, int from, int to) {
        for (ActorMention m : actors.within(s.start() + from, s.start() + to))
            if ((m.actor().enforces() || staffed(s, m)) && !conductedBy.contains(m.actor())) conductedBy.add(m.actor());
    }

    /**
     * "investigators from the Michigan Attorney General’s Office joined the department", "with assistance from the state
     * Attorney General’s office": a prosecutor's staff at work.
     */
    private static final java.util.regex.Pattern STAFF = java.util.regex.Pattern.compile(
            // not the men "were arrested and later charged by the X District Attorney’s Office": charging them takes no part in it
            "(?i)\\b(?:(?:an?\\s+)?(?:investigators?|agents?|detectives?|officers?)\\s+(?:from|of|with|in)|(?:assistance|help|support)\\s+from"
            // a member of the task force that ran it ("a partnership of Metro, the X District Attorney’s Office and ...")
            + "|\\b(?:partnership|made\\s+up|composed|consisting)\\s+of(?:\\s+[^.;()]{0,50}?(?:,|\\s+and))?"
            // one of those the operation was by ("an undercover operation by the X Police Department, ..., and the Y Attorney General’s Office")
            + "|\\b(?:operations?|stings?|sweeps?|crackdowns?)\\s+(?:(?:conducted|run|carried\\s+out)\\s+)?(?:jointly\\s+)?by(?:\\s+[^.;()]{0,140}?(?:,|\\s+and))?)\\s+(?:the\\s+)?$");

    /** "the Pennsylvania Office of Attorney General and Kelling Falls detectives ran an online sting": a prosecutor as a subject of running it. */
    private static final java.util.regex.Pattern RAN = java.util.regex.Pattern.compile(
            "^(?:\\s+and\\s+[^.;]{0,60}?)?\\s+(?:jointly\\s+)?(?:ran|conducted|held|organi[sz]ed|carried\\s+out|launched|mounted|staged)\\s+"
            + "(?:[\\w-]+\\s+){0,4}?(?:stings?|operations?|sweeps?|details?|crackdowns?)\\b");

    private static boolean staffed(Sentence s, ActorMention m) {
        int at = m.start() - s.start();
        if (m.actor().kind() != Actor.Kind.PROSECUTOR) return false;
        return at > 0 && STAFF.matcher(s.text().substring(Math.max(0, at - 200), at)).find()
                || RAN.matcher(s.text().substring(m.end() - s.start(), Math.min(s.text().length(), m.end() - s.start() + 140))).find();
    }

    /** The strongest of the counts: buyers named as such, then people the context makes buyers, then a total. */
    void addCount(List<CountMention> counts, String text) {
        CountMention pick = null;
        for (CountMention c : counts) if (pick == null || c.strength() > pick.strength()) pick = c;
        if (pick == null) return;
        boolean buyers = pick.buyers();
        // "a sweep ... that took in 12 people, five of them buyers": a sweep counts everyone it took in, buyers among them
        if (kind == Operation.Kind.SWEEP) {
            CountMention total = SweepTotals.totalOf(pick, counts, text);
            if (total != null) pick = total;
        }
        arrests = new ArrestCount(pick.value(), pick.bound(), new Evidence(pick.start(), pick.end(), text.substring(pick.start(), pick.end())));
        buyerCount = buyers || pick.buyers();
        lone = false;
    }

    /** Whether a count among these would say more than the one it has (buyers where it has a total). */
    boolean refinedBy(List<CountMention> counts) {
        return arrests == null || lone ? !counts.isEmpty() : !buyerCount && counts.stream().anyMatch(CountMention::buyers);
    }

    void addDetail(Evidence e) {
        if (!e.equals(evidence) && detailSet.add(e)) details.add(e);
    }
}
