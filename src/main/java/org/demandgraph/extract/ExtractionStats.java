package org.demandgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.demandgraph.profile.Profile;

/**
 * Counts over the facts extracted from many profiles: operations (with and without a date, by
 * precision, a count, an agency), tactic uses by tactic and by basis, actors. Keys are sorted, so the
 * same profiles always print the same report.
 */
public final class ExtractionStats {

    private int profiles;
    private int rejected;
    private final Map<String, Integer> operations = new TreeMap<>();
    private final Map<String, Integer> operationKinds = new TreeMap<>();
    private final Map<String, Integer> usesByTactic = new TreeMap<>();
    private final Map<String, Integer> usesByBasis = new TreeMap<>();
    private final Set<String> actors = new TreeSet<>();
    private final Set<String> nationalActors = new TreeSet<>();
    private int evidence;

    public void add(Profile profile, Facts facts) {
        profiles++;
        for (Operation o : facts.operations()) {
            bump(operations, "total");
            bump(operationKinds, o.kind().label());
            if (o.date() != null) {
                bump(operations, "with date");
                bump(operations, "with date: " + o.date().precision().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            } else {
                bump(operations, "without date");
            }
            if (o.since() != null) bump(operations, "with since");
            bump(operations, o.arrests() != null ? "with arrest count" : "without arrest count");
            bump(operations, o.conductedBy().isEmpty() ? "without agency" : "with agency");
            if ((o.date() != null || o.since() != null) && o.arrests() != null) bump(operations, "with year and arrest count");
        }
        Set<String> tactics = new TreeSet<>();
        Set<String> bases = new TreeSet<>();
        for (TacticUse u : facts.tacticUses()) {
            tactics.add(u.tactic().label());
            bases.add(u.basis().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\t" + u.tactic().label());
            evidence++;
        }
        tactics.forEach(t -> bump(usesByTactic, t));
        bases.forEach(b -> bump(usesByBasis, b.substring(0, b.indexOf('\t'))));
        for (Actor a : facts.actors()) {
            if (a.national()) nationalActors.add(a.name());
            else actors.add(profile.stateCode() + "\t" + a.name());
        }
    }

    public void rejected() {
        rejected++;
    }

    /** Nested, sorted: what both renderings print. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new TreeMap<>();
        m.put("profiles", profiles);
        m.put("rejected", rejected);
        Map<String, Object> ops = new TreeMap<>(operations);
        ops.put("by kind", new TreeMap<>(operationKinds));
        m.put("operations", ops);
        Map<String, Object> uses = new TreeMap<>();
        uses.put("places using, by tactic", new TreeMap<>(usesByTactic));
        uses.put("place-tactic pairs, by basis", new TreeMap<>(usesByBasis));
        uses.put("evidence quotes", evidence);
        m.put("tactic uses", uses);
        Map<String, Object> act = new TreeMap<>();
        act.put("state actors", actors.size());
        act.put("national actors", nationalActors.size());
        m.put("actors", act);
        return m;
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        text(b, asMap(), "");
        return b.toString();
    }

    public String toJson() {
        StringBuilder b = new StringBuilder();
        json(b, asMap(), "");
        return b.append('\n').toString();
    }

    private static void text(StringBuilder b, Map<String, Object> m, String indent) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> sub) {
                b.append(indent).append(e.getKey()).append(":\n");
                @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) sub;
                text(b, s, indent + "  ");
            } else {
                b.append(indent).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    private static void json(StringBuilder b, Map<String, Object> m, String indent) {
        b.append("{");
        String sep = "\n";
        for (Map.Entry<String, Object> e : m.entrySet()) {
            b.append(sep).append(indent).append("  ").append(quote(e.getKey())).append(": ");
            if (e.getValue() instanceof Map<?, ?> sub) {
                @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) sub;
                json(b, s, indent + "  ");
            } else {
                b.append(e.getValue());
            }
            sep = ",\n";
        }
        b.append(m.isEmpty() ? "}" : "\n" + indent + "}");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static void bump(Map<String, Integer> m, String key) {
        m.merge(key, 1, Integer::sum);
    }
}
