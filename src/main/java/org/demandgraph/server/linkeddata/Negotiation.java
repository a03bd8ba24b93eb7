package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a representation from an {@code Accept} header (RFC 9110 q-values, most specific range
 * wins). On a tie the order of {@link RdfFormat} decides, so {@code *}{@code /*} (curl, most RDF
 * clients) gets Turtle, while a browser, which names {@code text/html} explicitly, gets HTML.
 */
public final class Negotiation {

    private Negotiation() {}

    private record Range(String type, String subtype, double q) {
        /** -1 when the range does not cover the media type; else its specificity (0..2). */
        int match(String mediaType) {
            String[] parts = mediaType.split("/");
            boolean typeOk = type.equals("*") || type.equals(parts[0]);
            boolean subOk = subtype.equals("*") || subtype.equals(parts[1]);
            if (!typeOk || !subOk) return -1;
            return (type.equals("*") ? 0 : 1) + (subtype.equals("*") ? 0 : 1);
        }
    }

    /** The chosen format, or empty when nothing acceptable can be served (406). */
    public static Optional<RdfFormat> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(RdfFormat.TURTLE);
        List<Range> ranges = parse(accept);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat f : RdfFormat.values()) {
            double q = quality(ranges, f);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, RdfFormat f) {
        int bestSpecificity = -1;
        double q = 0;
        for (String mediaType : aliases(f)) {
            for (Range r : ranges) {
                int s = r.match(mediaType);
                if (s > bestSpecificity || (s == bestSpecificity && s >= 0 && r.q > q)) {
                    bestSpecificity = s;
                    q = r.q;
                }
            }
        }
        return bestSpecificity < 0 ? 0 : q;
    }

    /** Media types that also select a format (XHTML for browsers that prefer it). */
    private static List<String> aliases(RdfFormat f) {
        return f == RdfFormat.HTML ? List.of(f.mediaType(), "application/xhtml+xml") : List.of(f.mediaType());
    }

    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] parts = item.trim().split(";");
            String mt = parts[0].trim().toLowerCase(Locale.ROOT);
            if (mt.isEmpty()) continue;
            if (mt.equals("*")) mt = "*/*";
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) continue;
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }
}
