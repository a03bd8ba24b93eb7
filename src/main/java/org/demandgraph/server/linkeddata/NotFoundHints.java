package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hints of a 404 page: known IRIs under the nearest parent path of the one asked for, the likeliest
 * typo fix first. The work is bounded whatever the URL: only its first {@value #MAX_CHARS} characters
 * and {@value #MAX_DEPTH} segments are read, so at most {@value #MAX_DEPTH} + 1 index lookups are made,
 * and edit distances compare at most {@value #COMPARED_CHARS} characters of at most
 * {@value #CANDIDATES} candidates.
 */
final class NotFoundHints {

    static final int MAX_CHARS = 256;
    static final int MAX_DEPTH = 8;
    static final int CANDIDATES = 500;
    static final int COMPARED_CHARS = 64;
    static final int SHOWN = 10;

    private NotFoundHints() {}

    /** Up to {@value #SHOWN} known IRIs near {@code iri} (an IRI under {@code base}), closest first. */
    static List<String> near(String iri, String base, SubjectIndex index) {
        String rel = iri.startsWith(base) ? iri.substring(base.length()) : "";
        if (rel.length() > MAX_CHARS) rel = rel.substring(0, MAX_CHARS);
        List<String> parents = new ArrayList<>();
        for (int slash = rel.indexOf('/'); slash >= 0 && slash < rel.length() - 1 && parents.size() < MAX_DEPTH;
                slash = rel.indexOf('/', slash + 1)) {
            parents.add(0, base + rel.substring(0, slash + 1));
        }
        parents.add(base);
        for (String parent : parents) {
            List<String> found = index.under(parent, CANDIDATES);
            if (found.isEmpty()) continue;
            String wanted = clip(rel.substring(parent.length() - base.length()));
            return found.stream()
                    .sorted(Comparator.comparingInt((String h) -> editDistance(clip(h.substring(parent.length())), wanted))
                            .thenComparing(h -> h))
                    .limit(SHOWN).toList();
        }
        return List.of();
    }

    private static String clip(String s) {
        return s.length() > COMPARED_CHARS ? s.substring(0, COMPARED_CHARS) : s;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
