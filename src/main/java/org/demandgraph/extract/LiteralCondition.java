package org.demandgraph.extract;

import java.util.Set;

/**
 * What the lowered text of a match must contain, as a test on the lowered text that may contain it:
 * every item of a sequence's literals (all of them), one alternative's (either), a digit. A necessary
 * condition only, read by {@link RequiredLiterals} from the same source as the literals.
 */
interface LiteralCondition {

    boolean holds(LoweredText text);

    /** One of the literals (by {@link LoweredText#id}). */
    record AnyOf(int[] literals) implements LiteralCondition {
        AnyOf(Set<String> spellings) {
            this(spellings.stream().mapToInt(LoweredText::id).toArray());
        }

        public boolean holds(LoweredText text) {
            for (int l : literals) if (text.has(l)) return true;
            return false;
        }
    }

    /** An ASCII digit ({@code \\d}). */
    record AnyDigit() implements LiteralCondition {
        public boolean holds(LoweredText text) {
            return text.hasDigit();
        }
    }

    /** Every part holds: the items of a sequence. */
    record All(LiteralCondition[] parts) implements LiteralCondition {
        public boolean holds(LoweredText text) {
            for (LiteralCondition c : parts) if (!c.holds(text)) return false;
            return true;
        }
    }

    /** One part holds: the alternatives of an alternation. */
    record Either(LiteralCondition[] parts) implements LiteralCondition {
        public boolean holds(LoweredText text) {
            for (LiteralCondition c : parts) if (c.holds(text)) return true;
            return false;
        }
    }
}
