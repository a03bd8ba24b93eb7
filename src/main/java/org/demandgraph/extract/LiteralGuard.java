package org.demandgraph.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test before a regular-expression search: when the text contains none of the literals every
 * match needs ({@link RequiredLiterals}), the search cannot succeed and is skipped. Results are the
 * same as the search alone. When the literals are there, the pattern's condition (every item of a
 * sequence present, in one of the alternatives) is tested too, and when every match starts with one
 * of a few literals, the search starts where the first of them does. Each text is lowered once and
 * each literal looked for once in it ({@link LoweredText}), however many patterns need it. Only the
 * rule patterns (compiled once, held in static fields) go through here, since their literals are
 * kept per pattern.
 */
final class LiteralGuard {

    /**
     * A pattern's literals (one of which every match has), its condition (what else every match has),
     * and the literals one of which every match starts with; each null when not known.
     */
    private record Guard(int[] literals, LiteralCondition condition, int[] prefixes) {}

    private static final Guard ALWAYS = new Guard(null, null, null);
    private static final Map<Pattern, Guard> GUARDS = new ConcurrentHashMap<>();
    /** How many recent texts each thread keeps lowered: a sentence, its clauses and segments are tested in turns. */
    private static final int KEPT = 4;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private LiteralGuard() {}

    /** False only when {@code p} cannot match anywhere in {@code text}. */
    static boolean mayFind(Pattern p, String text) {
        Guard guard = guard(p);
        return guard == ALWAYS || from(guard, RECENT.get().of(text)) >= 0;
    }

    /** {@code p.matcher(text).find()}, skipped when the text lacks the pattern's literals. */
    static boolean find(Pattern p, String text) {
        return matcher(p, text).find();
    }

    /**
     * {@code p.matcher(text)} for searching ({@code find()} and the match's groups; not for regions,
     * {@code lookingAt} or {@code matches}): when the text lacks the pattern's literals, a matcher over ""
     * that finds nothing (a pattern with literals has no empty match; one per pattern and thread, reused,
     * since it is never anywhere but at its end); when no match can start before
     * some offset, a matcher whose region starts there, with transparent and non-anchoring bounds, so
     * that it finds the same matches the whole text's matcher does.
     */
    static Matcher matcher(Pattern p, String text) {
        Guard guard = guard(p);
        if (guard == ALWAYS) return p.matcher(text);
        Recent recent = RECENT.get();
        int from = from(guard, recent.of(text));
        if (from < 0) return recent.nothing(p);
        Matcher m = p.matcher(text);
        if (from > 0) m.region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return m;
    }

    /** -1 when the guard says no match; else the first offset a match may start at. */
    private static int from(Guard guard, LoweredText text) {
        if (guard.literals() != null && !text.hasAny(guard.literals())) return -1;
        if (guard.condition() != null && !guard.condition().holds(text)) return -1;
        return guard.prefixes() == null ? 0 : text.firstOf(guard.prefixes());
    }

    private static Guard guard(Pattern p) {
        Guard known = GUARDS.get(p);
        return known != null ? known : GUARDS.computeIfAbsent(p, LiteralGuard::read);
    }

    private static Guard read(Pattern p) {
        Set<String> literals = RequiredLiterals.of(p);
        LiteralCondition condition = RequiredLiterals.condition(p);
        Set<String> prefixes = RequiredLiterals.prefixes(p);
        boolean noLiterals = literals == null || literals.isEmpty() || literals.contains("");
        if (noLiterals && condition == null && prefixes == null) return ALWAYS;
        return new Guard(noLiterals ? null : ids(literals), condition, prefixes == null ? null : ids(prefixes));
    }

    private static int[] ids(Set<String> literals) {
        return literals.stream().mapToInt(LoweredText::id).toArray();
    }

    /** The texts a thread tested last, lowered, with the literals found in each; the thread's matchers that find nothing. */
    private static final class Recent {
        private final LoweredText[] texts = new LoweredText[KEPT];
        private int next;
        private final Map<Pattern, Matcher> nothing = new IdentityHashMap<>();

        Matcher nothing(Pattern p) {
            Matcher m = nothing.get(p);
            if (m == null) nothing.put(p, m = p.matcher(""));
            return m;
        }

        Recent() {
            for (int i = 0; i < KEPT; i++) texts[i] = new LoweredText();
        }

        LoweredText of(String text) {
            for (LoweredText t : texts) if (t.isOf(text)) return t;
            LoweredText t = texts[next];
            next = (next + 1) % KEPT;
            t.reset(text);
            return t;
        }
    }
}
