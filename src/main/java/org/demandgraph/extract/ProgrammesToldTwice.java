package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A programme told twice in one sentence: "started towing the cars of men arrested for soliciting in 1998, under a city
 * ordinance passed that summer" opens a vehicle seizure programme at the towing and again at the ordinance. Both are one
 * programme when they share the sentence, the kind, the year and the name and neither has a count: the first is kept,
 * with the agencies of both. Operations (stings, sweeps) are never joined: two in one sentence are two events.
 */
final class ProgrammesToldTwice {

    private static final Set<Operation.Kind> PROGRAMMES = EnumSet.of(
            Operation.Kind.VEHICLE_SEIZURE_PROGRAMME, Operation.Kind.CAMERAS, Operation.Kind.STAY_OUT_ZONE);

    private ProgrammesToldTwice() {}

    /** The drafts with each programme told twice in one sentence kept once. */
    static List<OperationDraft> joined(List<OperationDraft> drafts) {
        List<OperationDraft> out = new ArrayList<>();
        for (OperationDraft d : drafts) {
            OperationDraft first = out.stream().filter(e -> sameProgramme(e, d)).findFirst().orElse(null);
            if (first == null) {
                out.add(d);
                continue;
            }
            for (Actor a : d.conductedBy) if (!first.conductedBy.contains(a)) first.conductedBy.add(a);
        }
        return out;
    }

    private static boolean sameProgramme(OperationDraft a, OperationDraft b) {
        return PROGRAMMES.contains(a.kind) && a.kind == b.kind && a.arrests == null && b.arrests == null
                && a.evidence.start() == b.evidence.start() && Objects.equals(a.name, b.name)
                && Objects.equals(year(a), year(b)) && a.recurring == b.recurring;
    }

    private static Integer year(OperationDraft d) {
        return d.date != null ? Integer.valueOf(d.date.year()) : d.since != null ? Integer.valueOf(d.since.year()) : null;
    }
}
