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
 * The extraction's measured precision and recall per field on the annotated real profiles, as
 * published in docs/extraction.md and the quality graph. Read from {@code /extract/accuracy.tsv}
 * (field, matched, extracted, annotated), which a test keeps equal to what the evaluation computes.
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

    private static final String RESOURCE = "/extract/accuracy.tsv";

    private PublishedAccuracy() {}

    /** The published figures, in the file's order. */
    public static List<Figure> figures() {
        try (InputStream in = PublishedAccuracy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            List<Figure> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 || line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length != 4) throw new IllegalStateException(RESOURCE + " line " + n + ": " + c.length + " columns");
                out.add(new Figure(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3])));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
