package org.demandgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction's measured precision and recall per field, as published in docs/extraction.md and the
 * quality graph, on two sets of pages ({@link Pages}): the annotated real development profiles the rules
 * were tuned on, and blind pages no rule was written for (the estimate for unseen text). Each set's file
 * (field, matched, extracted, annotated) is kept equal by a test to what its evaluation computes.
 */
public final class PublishedAccuracy {

    /** One field's figures: right / extracted is the precision, right / annotated the recall. */
    public record Figure(String field, int matched, int extracted, int annotated) {

        public double precision() {
            return extracted == 0 ? 1.0 : (double) matched / extracted;
        }

        public double recall() {
            return annotated == 0 ? 1.0 : (double) matched / annotated;
        }
    }

    /** The pages a set of figures was measured on. */
    public enum Pages {
        /** The 55 annotated real profiles of the development set; the rules were tuned on them. */
        DEVELOPMENT("/extract/accuracy.tsv"),
        /** Blind pages written and annotated before the extractor ever ran on them; no rule was tuned on them. */
        UNSEEN("/extract/accuracy-unseen.tsv");

        final String resource;

        Pages(String resource) {
            this.resource = resource;
        }
    }

    private PublishedAccuracy() {}

    /** The published figures on the development profiles, in the file's order. */
    public static List<Figure> figures() {
        return figures(Pages.DEVELOPMENT);
    }

    /** The published figures on one set of pages, in the file's order. */
    public static List<Figure> figures(Pages pages) {
        String resource = pages.resource;
        try (InputStream in = PublishedAccuracy.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Figure> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 || line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length != 4) throw new IllegalStateException(resource + " line " + n + ": " + c.length + " columns");
                out.add(new Figure(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3])));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
