package org.demandgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal words one of which every match of a regular expression contains ({@code \bstings?\b}
 * needs "sting"), read from the pattern's own source so the check cannot drift from the rule. Letters
 * are ASCII-lowercased: with {@link Pattern#CASE_INSENSITIVE} (and no Unicode case) a match of "Sting"
 * lowers to "sting", so the test on the lowered text is exact for the match. Whatever construct
 * this reader does not know (back-references, {@code \Q}, Unicode case) gives no literals: the
 * pattern is then always run. {@link LiteralReader} reads the source; this class answers from what it read.
 */
final class RequiredLiterals {

    private RequiredLiterals() {}

    /** The lowered literals one of which every match of {@code p} contains, or null when not known. */
    static Set<String> of(Pattern p) {
        LiteralReader.Node n = LiteralReader.read(p);
        Set<String> best = n == null ? null : n.best();
        return best == null ? null : LiteralSets.minimal(best);
    }

    /** The condition the lowered text of every match of {@code p} meets, or null when none is known. */
    static LiteralCondition condition(Pattern p) {
        LiteralReader.Node n = LiteralReader.read(p);
        return n == null ? null : n.condition();
    }

    /**
     * The lowered strings one of which every match of {@code p} starts with, none empty and none starting
     * with another, or null when not known: no match starts before the first of them in the lowered text.
     */
    static Set<String> prefixes(Pattern p) {
        if (p.pattern().contains("\\G")) return null; // \G: where the last match ended
        LiteralReader.Node n = LiteralReader.read(p);
        if (n == null || n.starts() == null || n.starts().contains("")) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String s : n.starts())
            if (n.starts().stream().noneMatch(o -> !o.equals(s) && s.startsWith(o))) out.add(s);
        return Set.copyOf(out);
    }
}
