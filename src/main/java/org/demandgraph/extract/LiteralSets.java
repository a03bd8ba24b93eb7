package org.demandgraph.extract;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/** Operations on sets of lowered literals, for {@link RequiredLiterals}. */
final class LiteralSets {

    private LiteralSets() {}

    static Set<String> concat(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) for (String y : b) out.add(x + y);
        return out;
    }

    static Set<String> nonEmpty(Set<String> run) {
        return run.contains("") ? null : run;
    }

    /** The more selective of two literal sets: the longer shortest literal, then the fewer literals. */
    static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        Comparator<Set<String>> order = Comparator.<Set<String>>comparingInt(LiteralSets::shortest)
                .thenComparing(s -> -s.size());
        return order.compare(a, b) >= 0 ? a : b;
    }

    static int shortest(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Without the literals that contain another of the set ("sting" makes "stings" redundant). */
    static Set<String> minimal(Set<String> literals) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : literals)
            if (literals.stream().noneMatch(o -> !o.equals(l) && l.contains(o))) out.add(l);
        return Set.copyOf(out);
    }
}
