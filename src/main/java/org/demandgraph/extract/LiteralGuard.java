package org.demandgraph.extract;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test before a regular-expression search: when the text contains none of the literals every
 * match needs ({@link RequiredLiterals}), the search cannot succeed and is skipped. Results are the
 * same as the search alone. When the literals are there, the pattern's condition (every item of a
 * sequence present, in one of the alternatives) is tested too. Only the rule patterns (compiled once,
 * held in static fields) go through here, since their literals are kept per pattern.
 */
final class LiteralGuard {

    /** A pattern's literals (one of which every match has) and its condition (what else every match has), or null. */
    private record Guard(String[] literals, RequiredLiterals.Condition condition) {}

    private static final Guard ALWAYS = new Guard(new String[0], null);
    private static final Map<Pattern, Guard> GUARDS = new ConcurrentHashMap<>();
    /** The last text lowered on this thread: rule sets test one sentence against many patterns in a row. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private LiteralGuard() {}

    /** False only when {@code p} cannot match anywhere in {@code text}. */
    static boolean mayFind(Pattern p, String text) {
        Guard guard = GUARDS.computeIfAbsent(p, LiteralGuard::guard);
        if (guard == ALWAYS) return true;
        String lowered = lowered(text);
        boolean any = guard.literals().length == 0;
        for (String l : guard.literals()) if (lowered.contains(l)) { any = true; break; }
        return any && (guard.condition() == null || guard.condition().holds(lowered));
    }

    /** {@code p.matcher(text).find()}, skipped when the text lacks the pattern's literals. */
    static boolean find(Pattern p, String text) {
        return mayFind(p, text) && p.matcher(text).find();
    }

    /**
     * {@code p.matcher(text)}, or, when the text lacks the pattern's literals, a matcher over "" that finds
     * nothing (a pattern with literals has no empty match). For searching loops; not for regions.
     */
    static Matcher matcher(Pattern p, String text) {
        return p.matcher(mayFind(p, text) ? text : "");
    }

    private static Guard guard(Pattern p) {
        Set<String> literals = RequiredLiterals.of(p);
        RequiredLiterals.Condition condition = RequiredLiterals.condition(p);
        boolean noLiterals = literals == null || literals.isEmpty() || literals.contains("");
        if (noLiterals && condition == null) return ALWAYS;
        return new Guard(noLiterals ? new String[0] : literals.toArray(String[]::new), condition);
    }

    private static String lowered(String text) {
        String[] last = LAST.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = RequiredLiterals.lower(text);
        }
        return last[1];
    }
}
