package org.demandgraph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** The span invariant, checked on every span a parsed profile holds. */
final class SpanChecks {

    private SpanChecks() {}

    static List<Span> allSpans(Profile p) {
        List<Span> spans = new ArrayList<>();
        spans.add(p.title());
        if (p.categories() != null) spans.add(p.categories());
        spans.addAll(p.listedTactics());
        p.narrative().forEach(b -> spans.add(b.span()));
        p.keyPartners().forEach(k -> spans.add(k.name()));
        for (KeySourceGroup g : p.keySources()) {
            if (g.heading() != null) spans.add(g.heading());
            spans.addAll(g.entries());
        }
        Footer f = p.footer();
        for (Span s : new Span[] {f.state(), f.type(), f.population(), f.location()})
            if (s != null) spans.add(s);
        return spans;
    }

    /** Every span is the text between its offsets, non-empty and trimmed of blanks (NBSP included). */
    static void assertSpansHold(Profile p) {
        for (Span s : allSpans(p)) {
            assertEquals(p.text().substring(s.start(), s.end()), s.text(), "span " + s);
            assertFalse(s.text().isEmpty(), "empty span at " + s.start());
            assertFalse(Blanks.isBlank(s.text().charAt(0)), "untrimmed start: " + s);
            assertFalse(Blanks.isBlank(s.text().charAt(s.length() - 1)), "untrimmed end: " + s);
        }
        List<Span> ordered = new ArrayList<>(allSpans(p));
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 1; i < ordered.size(); i++)
            assertTrue(ordered.get(i - 1).end() <= ordered.get(i).start(),
                    "overlapping spans " + ordered.get(i - 1) + " and " + ordered.get(i));
    }
}
