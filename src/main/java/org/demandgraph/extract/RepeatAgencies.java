package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Agencies of a repeat of the operation just told (round 22), called by {@link SharedAgencies}: a repeat ("A second
 * operation that October", "A follow-up in September", words of {@link RepeatKinds#repeat}) whose sentence names only
 * agencies of the one before and says they did it "again" ("GBI agents again took part", "with troopers assisting again")
 * has all the agencies of the one before; one told "this time with" another agency ("A third operation, this time with
 * the X", "this time alongside the X") has the place's own agency, when it ran the one before, beside the X. Not one told
 * as one agency's alone.
 */
final class RepeatAgencies {

    private static final Pattern AGAIN = OperationTriggers.p("\\bagain\\b");
    private static final Pattern THIS_TIME = OperationTriggers.p("\\bthis\\s+time\\s+(?:with|alongside|joined\\s+by|together\\s+with|assisted\\s+by|helped\\s+by)\\b");
    private static final Pattern ALONE = OperationTriggers.p("\\b(?:alone|on\\s+(?:its|their)\\s+own|by\\s+itself)\\b");

    private RepeatAgencies() {}

    /** Adds to {@code d} the agencies it shares with {@code before}, told before it in its paragraph; {@code here} are its sentence's mentions. */
    static void join(OperationDraft d, OperationDraft before, Actor own, String text, List<ActorMention> here) {
        if (d.recurring || before.conductedBy.isEmpty() || !RepeatKinds.repeat(text) || LiteralGuard.find(ALONE, text)) return;
        if (LiteralGuard.find(AGAIN, text) && here.stream().allMatch(m -> !m.actor().enforces() || before.conductedBy.contains(m.actor()))) {
            for (Actor a : before.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
        } else if (own != null && LiteralGuard.find(THIS_TIME, text) && before.conductedBy.contains(own) && !d.conductedBy.contains(own)) {
            d.conductedBy.add(0, own);
        }
    }
}
