package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a regular expression's source, construct by construct, into what {@link RequiredLiterals} tells of its
 * matches: exact spellings, required literals, a condition and the strings a match starts with. Whatever construct
 * this reader does not know gives nothing (the pattern is then always run).
 */
final class LiteralReader {

    /** How many strings a node's set of exact spellings may hold before it counts as unknown. */
    private static final int CAP = 64;
    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
            | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * A sub-expression: its exact spellings when few (else null), literals one of which it always contains
     * (or null), the condition its every match meets (or null when none is known), and strings one of
     * which every match starts with (or null when not known; "" among them: a match may be empty).
     */
    record Node(Set<String> exact, Set<String> required, LiteralCondition condition, Set<String> starts) {
        static final Node EMPTY = new Node(Set.of(""), null, null, Set.of(""));
        static final Node UNKNOWN = new Node(null, null, null, null);

        /** The better of its exact spellings (when none is empty) and its required literals. */
        Set<String> best() {
            Set<String> fromExact = exact != null && !exact.contains("") ? exact : null;
            return LiteralSets.better(fromExact, required);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() { super(null, null, false, false); }
    }

    /** {@code \\d}: no literal spellings, but the text must have a digit. */
    private static final Node DIGIT = new Node(null, null, new LiteralCondition.AnyDigit(), null);

    private final String src;
    private int pos;

    private LiteralReader(String src) {
        this.src = src;
    }

    /** What every match of {@code p} has, or null when the pattern has a flag or construct this reader does not know. */
    static Node read(Pattern p) {
        if ((p.flags() & UNSUPPORTED_FLAGS) != 0) return null;
        try {
            LiteralReader r = new LiteralReader(p.pattern());
            Node n = r.alternation();
            return r.pos == r.src.length() ? n : null;
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Node alternation() {
        List<Node> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            alternatives.add(sequence());
        }
        if (alternatives.size() == 1) return alternatives.get(0);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Set<String> starts = new LinkedHashSet<>();
        List<LiteralCondition> either = new ArrayList<>();
        for (Node a : alternatives) {
            if (starts != null && a.starts() != null) starts.addAll(a.starts());
            else starts = null;
            if (either != null && a.condition() != null) either.add(a.condition());
            else either = null;
            if (exact != null && a.exact() != null && exact.size() + a.exact().size() <= CAP) exact.addAll(a.exact());
            else exact = null;
            Set<String> best = a.best();
            if (required != null && best != null) required.addAll(best);
            else required = null;
        }
        return new Node(exact, required, either == null ? null : new LiteralCondition.Either(either.toArray(LiteralCondition[]::new)), starts);
    }

    private Node sequence() {
        Set<String> run = Set.of("");
        boolean allExact = true;
        Set<String> best = null;
        List<LiteralCondition> all = new ArrayList<>();
        Starts starts = new Starts();
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Node item = quantified(atom());
            starts.then(item);
            if (item.exact() != null && run.size() * item.exact().size() <= CAP) {
                run = LiteralSets.concat(run, item.exact());
                continue;
            }
            allExact = false;
            best = LiteralSets.better(best, LiteralSets.nonEmpty(run));
            best = LiteralSets.better(best, item.best());
            addRun(all, run);
            if (item.exact() == null && item.condition() != null) all.add(item.condition());
            run = item.exact() != null ? item.exact() : Set.of("");
        }
        best = LiteralSets.better(best, LiteralSets.nonEmpty(run));
        addRun(all, run);
        LiteralCondition condition = all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new LiteralCondition.All(all.toArray(LiteralCondition[]::new));
        return new Node(allExact ? run : null, best, condition, starts.result());
    }

    /**
     * The starts of a sequence, item by item: the exact spellings so far while every item is exact
     * ({@code open}), and the strings that, once an item is not, a match starts with ({@code closed}).
     */
    private static final class Starts {
        private Set<String> open = Set.of("");
        private final Set<String> closed = new LinkedHashSet<>();
        private boolean unknown;

        void then(Node item) {
            if (unknown || open.isEmpty()) return;
            if (item.exact() != null && open.size() * item.exact().size() <= CAP) {
                open = LiteralSets.concat(open, item.exact());
            } else if (item.starts() == null) {
                if (open.contains("")) unknown = true;
                closed.addAll(open);
                open = Set.of();
            } else {
                for (String o : open) for (String t : item.starts()) if (!t.isEmpty()) closed.add(o + t);
                if (!item.starts().contains("")) open = Set.of();
            }
        }

        Set<String> result() {
            if (unknown || closed.size() + open.size() > CAP) return null;
            Set<String> out = new LinkedHashSet<>(closed);
            out.addAll(open);
            return out;
        }
    }

    /** A run of exact spellings, none empty: one of them is in the match. */
    private static void addRun(List<LiteralCondition> all, Set<String> run) {
        Set<String> spellings = LiteralSets.nonEmpty(run);
        if (spellings != null) all.add(new LiteralCondition.AnyOf(LiteralSets.minimal(spellings)));
    }

    private Node quantified(Node atom) {
        if (pos >= src.length()) return atom;
        char c = src.charAt(pos);
        int min, max;
        if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '*') { min = 0; max = Integer.MAX_VALUE; pos++; }
        else if (c == '+') { min = 1; max = Integer.MAX_VALUE; pos++; }
        else if (c == '{') {
            int close = src.indexOf('}', pos);
            if (close < 0) throw new Unsupported();
            String[] parts = src.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(parts[0].trim());
                max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else return atom;
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) pos++; // lazy or possessive
        if (min == 0) {
            Set<String> starts = null;
            if (atom.starts() != null) {
                starts = new LinkedHashSet<>(atom.starts());
                starts.add("");
            }
            if (max == 1 && atom.exact() != null) {
                Set<String> exact = new LinkedHashSet<>(atom.exact());
                exact.add("");
                return new Node(exact, null, null, starts);
            }
            return Node.EMPTY.exact().equals(atom.exact()) ? Node.EMPTY : new Node(null, null, null, starts);
        }
        return new Node(min == 1 && max == 1 ? atom.exact() : null, atom.best(), atom.condition(), atom.starts());
    }

    private Node atom() {
        char c = src.charAt(pos);
        switch (c) {
            case '(': return group();
            case '[': return characterClass();
            case '.': pos++; return Node.UNKNOWN;
            case '^': case '$': pos++; return Node.EMPTY;
            case '\\': return escape();
            case '*': case '+': case '?': case '{': case ']': case '}': throw new Unsupported();
            default:
                pos++;
                return literal(c);
        }
    }

    private static Node literal(char c) {
        Set<String> l = Set.of(LoweredText.lower(String.valueOf(c)));
        return new Node(l, null, new LiteralCondition.AnyOf(l), l);
    }

    /** A class of a few plain characters ("[Tt]", "[’']") is their spellings; any other class is unknown. */
    private Node characterClass() {
        int start = pos;
        skipClass();
        String body = src.substring(start + 1, pos - 1);
        if (body.isEmpty() || body.length() > 8 || body.charAt(0) == '^'
                || body.chars().anyMatch(ch -> "\\-[]&".indexOf(ch) >= 0)) return Node.UNKNOWN;
        Set<String> spellings = new LinkedHashSet<>();
        for (char ch : body.toCharArray()) spellings.add(LoweredText.lower(String.valueOf(ch)));
        return new Node(spellings, null, new LiteralCondition.AnyOf(spellings), spellings);
    }

    private Node escape() {
        char e = src.charAt(pos + 1);
        pos += 2;
        if ("bBAzZG".indexOf(e) >= 0) return Node.EMPTY;
        // a digit: only a condition, so that a number-led pattern is tried where the text has one
        if (e == 'd') return DIGIT;
        if ("sSwWDhHvVRX".indexOf(e) >= 0) return Node.UNKNOWN;
        if (e == 'p' || e == 'P') {
            if (src.charAt(pos) == '{') pos = src.indexOf('}', pos) + 1;
            else pos++;
            if (pos == 0) throw new Unsupported();
            return Node.UNKNOWN;
        }
        if (Character.isLetterOrDigit(e)) throw new Unsupported(); // quoting, back-references, hex, Unicode and control escapes
        return literal(e);
    }

    private Node group() {
        pos++; // (
        boolean lookaround = false;
        if (src.charAt(pos) == '?') {
            pos++;
            char k = src.charAt(pos);
            if (k == ':' || k == '>') pos++;
            else if (k == '=' || k == '!') { pos++; lookaround = true; }
            else if (k == '<' && (src.charAt(pos + 1) == '=' || src.charAt(pos + 1) == '!')) { pos += 2; lookaround = true; }
            else if (k == '<') pos = src.indexOf('>', pos) + 1; // named group
            else {
                int end = pos;
                while (end < src.length() && (Character.isLetter(src.charAt(end)) || src.charAt(end) == '-')) end++;
                String flags = src.substring(pos, end);
                if (flags.chars().anyMatch(f -> "imsd-".indexOf(f) < 0)) throw new Unsupported();
                pos = end + 1;
                if (src.charAt(end) == ')') return Node.EMPTY; // inline flags: only case and line modes, no effect on literals
                if (src.charAt(end) != ':') throw new Unsupported();
            }
        }
        Node inner = alternation();
        if (src.charAt(pos) != ')') throw new Unsupported();
        pos++;
        return lookaround ? Node.EMPTY : inner;
    }

    private void skipClass() {
        int depth = 0;
        do {
            char c = src.charAt(pos);
            if (c == '\\') {
                char e = src.charAt(pos + 1);
                if (e == 'Q') throw new Unsupported();
                pos += 2;
                if ((e == 'p' || e == 'P') && src.charAt(pos) == '{') pos = src.indexOf('}', pos) + 1;
                continue;
            }
            if (c == '[') depth++;
            else if (c == ']') depth--;
            pos++;
        } while (depth > 0);
    }
}
