package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations a narrative has described so far, in order, and the look-ups a later sentence makes
 * among them: the one a definite mention refers to, the practice a sentence continues. Each looks
 * back over at most {@link #LOOK_BACK} operations, so the work per sentence is bounded.
 */
final class EarlierOperations {

    /** How far back (operations, agency mentions) a reference is looked for. */
    static final int LOOK_BACK = 64;

    private final List<OperationDraft> drafts = new ArrayList<>();
    /** The drafts, for a membership test in constant time. */
    private final Set<OperationDraft> opened = new HashSet<>();

    void add(OperationDraft d) {
        drafts.add(d);
        opened.add(d);
    }

    void addAll(Collection<OperationDraft> ds) {
        for (OperationDraft d : ds) add(d);
    }

    /** Drops the drafts opened from index {@code first} on that {@code test} accepts (a reading the sentence replaced). */
    void removeSince(int first, java.util.function.Predicate<OperationDraft> test) {
        for (int i = drafts.size() - 1; i >= first; i--)
            if (test.test(drafts.get(i))) opened.remove(drafts.remove(i));
    }

    boolean contains(OperationDraft d) {
        return opened.contains(d);
    }

    int size() {
        return drafts.size();
    }

    List<OperationDraft> all() {
        return drafts;
    }

    /** A generic noun ("operations", "stings") continues a practice of a more specific kind. */
    static boolean sameKind(Operation.Kind next, Operation.Kind practice) {
        return next == practice || next == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(practice)
                || next == Operation.Kind.REVERSE_STING && (practice == Operation.Kind.STREET_REVERSE_STING || practice == Operation.Kind.WEB_STING);
    }

    /** The profile's last recurring practice of a kind the noun can continue (the same kind first), or null. */
    OperationDraft earlierPractice(Operation.Kind kind) {
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

    /** Whether a practice of this kind was told before (of any sting kind, for a bare "stings"), of the owner named, if any ("sheriff"). */
    boolean hasPracticeOf(Operation.Kind kind, String owner) {
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            // "the sheriff's reverse stings" are not the police department's
            if (owner != null && d.conductedBy.stream().noneMatch(a -> a.name().toLowerCase(java.util.Locale.ROOT).contains(owner))) continue;
            if (d.recurring && (d.kind == kind || kind == Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(d.kind))) return true;
        }
        return false;
    }

    /** The profile's last single sting told so far (not a practice), or null. */
    OperationDraft lastSting() {
        return lastStingBefore(null);
    }

    /** The kind of the profile's last single sting ("such stings", "a second sting" are of it), or null. */
    Operation.Kind lastStingKind() {
        OperationDraft last = lastSting();
        return last == null ? null : last.kind;
    }

    /** The profile's last single sting told before {@code skip} (the one just opened, or null), or null. */
    OperationDraft lastStingBefore(OperationDraft skip) {
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d == skip) continue;
            if (!d.recurring && d.since == null && OperationTriggers.isSting(d.kind) && d.kind != Operation.Kind.ENFORCEMENT_OPERATION) return d;
        }
        return null;
    }

    /** The last operation told with the name {@code name} (any name when null), or null. */
    OperationDraft lastNamed(String name) {
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d.name != null && (name == null || d.name.equals(name))) return d;
        }
        return null;
    }

    /** The recurring practice without a date or since-year among the drafts from index {@code first} on, or null. */
    OperationDraft undatedPractice(int first) {
        for (int i = drafts.size() - 1; i >= 0 && i >= first && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (d.recurring && d.since == null && d.date == null) return d;
        }
        return null;
    }

    /** The last operation told under this name, or null. */
    OperationDraft named(String name) {
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            if (name.equals(drafts.get(i).name)) return drafts.get(i);
        }
        return null;
    }

    /** The last practice (recurring, with or without a since-year) among the drafts from index {@code first} on, or null. */
    OperationDraft lastPractice(int first) {
        for (int i = drafts.size() - 1; i >= 0 && i >= first && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            if (drafts.get(i).recurring && drafts.get(i).date == null) return drafts.get(i);
        }
        return null;
    }

    /** What a definite mention ("the sting", "the February 2014 sting") refers to: the current one, or the last of a compatible date. */
    OperationDraft referent(When date, OperationDraft current) {
        return referent(date, current, false);
    }

    /**
     * As {@link #referent(When, OperationDraft)}; a sting noun ({@code sting}) refers to no programme, camera installation or zone ("Under a 2015 ordinance,
     * vehicles ... are impounded. The vehicles of 14 men arrested in the October 2015 sting ...": the sting told before).
     */
    /** A vehicle seizure programme, camera installation or stay-out zone (a task force may run the sting told after it). */
    private static boolean programme(OperationDraft d) {
        return d.kind == Operation.Kind.VEHICLE_SEIZURE_PROGRAMME || d.kind == Operation.Kind.CAMERAS || d.kind == Operation.Kind.STAY_OUT_ZONE;
    }

    OperationDraft referent(When date, OperationDraft current, boolean sting) {
        if (date == null && (!sting || current == null || !programme(current)))
            return current != null ? current : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft d = drafts.get(i);
            if (sting && programme(d)) continue;
            if (date == null || d.date != null && d.date.compatibleWith(date)) return d;
        }
        return null;
    }
}
