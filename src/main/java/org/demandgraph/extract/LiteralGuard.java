package org.demandgraph.extract;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test before a regular-expression search: when the text contains none of the literals every
 * match needs ({@link RequiredLiterals}), the search cannot succeed and is skipped. Results are the
 * same as the search alone; only the rule patterns (compiled once, held in static fields) go through
 * here, since their literals are kept per pattern.
 */
final class LiteralGuard {

    private static final String[] ALWAYS = new String[0];
    private static final Map<Pattern, String[]> LITERALS = new ConcurrentHashMap<>();
    /** The last text lowered on this thread: rule sets test one sentence against many patterns in a row. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private LiteralGuard() {}

    /** False only when {@code p} cannot match anywhere in {@code text}. */
    static boolean mayFind(Pattern p, String text) {
        String[] literals = LITERALS.computeIfAbsent(p, LiteralGuard::literals);
        if (literals == ALWAYS) return true;
        String lowered = lowered(text);
        for (String l : literals) if (lowered.contains(l)) return true;
        return false;
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

    private static String[] literals(Pattern p) {
        Set<String> literals = RequiredLiterals.of(p);
        if (literals == null || literals.isEmpty() || literals.contains("")) return ALWAYS;
        return literals.toArray(String[]::new);
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
