package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.demandgraph.vocab.DG;

/**
 * A profile's narrative for its page: paragraphs (the description's blank-line breaks), each cut into
 * plain and highlighted segments, one highlight per evidence quote, anchored {@code #e-{start}-{end}}
 * (what quotes on other pages link to) and, the first on each line, {@code #L{line}} (what validation
 * reports link to). Segments are text: the template escapes them.
 */
final class ProfileText {

    /** A stretch of a paragraph: highlighted when evidence quotes it; {@code anchors} are ids of quotes (and lines) starting here. */
    record Segment(String text, boolean mark, List<String> anchors) {}

    private static final Node EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    private static final Node END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");

    private record Ev(String exact, int start, int end, int line) {}

    private ProfileText() {}

    /** The anchor a quote of {@code evidence} links to on its profile's page, or null when not a profile's evidence. */
    static String anchor(String evidenceIri, String start, String end) {
        int cut = evidenceIri.indexOf("/evidence/");
        if (cut < 0 || start.isEmpty()) return null;
        return evidenceIri.substring(0, cut) + "#e-" + start + "-" + end;
    }

    /**
     * The narrative's paragraphs with every evidence quote of the profile highlighted where it occurs
     * (quotes may overlap: the text is cut at every quote's start and end).
     */
    static List<List<Segment>> paragraphs(Graph g, Node profile, String narrative) {
        List<Ev> evidence = evidence(g, profile);
        int[] depth = new int[narrative.length() + 1];
        java.util.Map<Integer, List<String>> anchors = new java.util.TreeMap<>();
        Set<Integer> linesSeen = new HashSet<>();
        int from = 0;
        for (Ev e : evidence) {
            int at = narrative.indexOf(e.exact(), from);
            if (at < 0) at = narrative.indexOf(e.exact());
            if (at < 0) continue; // not in the narrative (a Key Sources heading): see elsewhere()
            from = at;
            depth[at]++;
            depth[at + e.exact().length()]--;
            List<String> ids = anchors.computeIfAbsent(at, k -> new ArrayList<>());
            if (e.line() > 0 && linesSeen.add(e.line())) ids.add("L" + e.line());
            ids.add("e-" + e.start() + "-" + e.end());
        }
        Set<Integer> cuts = new java.util.TreeSet<>(anchors.keySet());
        int running = 0;
        boolean[] marked = new boolean[narrative.length()];
        for (int i = 0; i < narrative.length(); i++) {
            running += depth[i];
            marked[i] = running > 0;
            if (i > 0 && marked[i] != marked[i - 1]) cuts.add(i);
        }
        List<List<Segment>> out = new ArrayList<>();
        java.util.regex.Matcher breaks = java.util.regex.Pattern.compile("\n\\s*\n").matcher(narrative);
        int paraStart = 0;
        while (true) {
            boolean found = breaks.find();
            int paraEnd = found ? breaks.start() : narrative.length();
            out.add(segments(narrative, paraStart, paraEnd, cuts, marked, anchors));
            if (!found) break;
            paraStart = breaks.end();
        }
        return out;
    }

    /** Quotes that are not in the narrative (Key Sources headings), each as one anchored, highlighted segment. */
    static List<Segment> elsewhere(Graph g, Node profile, String narrative) {
        List<Segment> out = new ArrayList<>();
        Set<Integer> linesSeen = new HashSet<>();
        for (Ev e : evidence(g, profile)) {
            if (narrative.contains(e.exact())) continue;
            List<String> ids = new ArrayList<>();
            if (e.line() > 0 && linesSeen.add(e.line())) ids.add("L" + e.line());
            ids.add("e-" + e.start() + "-" + e.end());
            out.add(new Segment(e.exact(), true, ids));
        }
        return out;
    }

    private static List<Segment> segments(String text, int start, int end, Set<Integer> cuts, boolean[] marked,
                                          java.util.Map<Integer, List<String>> anchors) {
        List<Segment> segments = new ArrayList<>();
        int at = start;
        for (int cut : cuts) {
            if (cut <= at || cut >= end) continue;
            segments.add(new Segment(text.substring(at, cut), marked[at], anchors.getOrDefault(at, List.of())));
            at = cut;
        }
        if (at < end) segments.add(new Segment(text.substring(at, end), marked[at], anchors.getOrDefault(at, List.of())));
        return segments;
    }

    /** The profile's evidence nodes ({@code {profile}/evidence/...}), longest first within text order. */
    private static List<Ev> evidence(Graph g, Node profile) {
        String prefix = profile.getURI() + "/evidence/";
        List<Ev> list = new ArrayList<>();
        g.find(Node.ANY, START, Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            if (!e.isURI() || !e.getURI().startsWith(prefix)) return;
            String exact = first(g, e, EXACT);
            if (exact == null || exact.isBlank()) return;
            int start = number(t.getObject().getLiteralLexicalForm());
            list.add(new Ev(exact, start, number(first(g, e, END)), number(first(g, e, DG.line.asNode()))));
        });
        list.sort(Comparator.comparingInt(Ev::start).thenComparing(Comparator.comparingInt((Ev e) -> e.exact().length()).reversed()));
        return list;
    }

    private static String first(Graph g, Node s, Node p) {
        for (Triple t : g.find(s, p, Node.ANY).toList()) if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        return null;
    }

    private static int number(String s) {
        if (s == null) return 0;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
