package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task force's formation is the work of its founders: "In 2014 the X State Police and the X Attorney General’s Office
 * formed the Y Task Force" is conducted by the state police and the attorney general's office (a prosecutor that founds
 * a task force takes part in it), not by the task force, which did not yet exist. Without founders named before the verb
 * ("the Y Task Force was formed in 2014") the operation keeps its agencies.
 */
final class TaskForceFounders {

    private static final Pattern FORMED = OperationTriggers.p("\\b(?:formed|founded|created|established|launched|set\\s+up|organi[sz]ed|to\\s+(?:form|create|establish|launch|set\\s+up))\\b");

    private TaskForceFounders() {}

    /** Makes the founders named before the verb in {@code [from, to)} of {@code s} the agencies of the formation {@code d}. */
    static void apply(OperationDraft d, Sentence s, int from, int to, ActorFinder.Result actors) {
        if (d.kind != Operation.Kind.TASK_FORCE) return;
        Matcher v = FORMED.matcher(s.text()).region(from, to);
        if (!v.find()) return;
        int verb = s.start() + v.start();
        List<Actor> founders = new ArrayList<>();
        List<Actor> formed = new ArrayList<>();
        for (ActorMention m : actors.within(s.start() + from, s.start() + to)) {
            Actor a = m.actor();
            if (m.end() <= verb && a.kind() != Actor.Kind.TASK_FORCE && (a.enforces() || a.kind() == Actor.Kind.PROSECUTOR)) {
                if (!founders.contains(a)) founders.add(a);
            } else if (m.start() >= verb && a.kind() == Actor.Kind.TASK_FORCE) formed.add(a);
        }
        if (founders.isEmpty()) return;
        d.conductedBy.removeAll(formed);
        for (Actor a : founders) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
    }
}
