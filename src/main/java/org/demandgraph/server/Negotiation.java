package org.demandgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * The one content negotiation of the server: every endpoint (pages, {@code /void}, {@code /dumps},
 * {@code /kg/sparql}, {@code /kg/get}, {@code /kg/shacl}) answers an {@code Accept} header through
 * {@link Offers#choose}. Media ranges are parsed by Jena ({@link AcceptList}, {@link MediaRange});
 * the choice follows RFC 9110 section 12.5.1, which Jena's own {@code AcceptList.match} does not
 * (it ignores {@code q=0} and lets {@code *}{@code /*} outrank a more specific range):
 * <ul>
 * <li>each offered media type takes the quality of the most specific range that covers it, so
 *     {@code *}{@code /*, text/turtle;q=0} refuses Turtle;</li>
 * <li>the highest quality above 0 wins; ties go to the offer listed first, so wildcards (curl,
 *     most RDF clients) and a missing header get the endpoint's first offer;</li>
 * <li>media types are compared case-insensitively; a range that cannot be parsed is ignored;</li>
 * <li>an offer may be an alias ({@code application/xhtml+xml} for HTML, {@code application/json}
 *     for JSON-LD or SPARQL JSON results): it selects the same answer, which is then labelled
 *     with the canonical media type.</li>
 * </ul>
 */
public final class Negotiation {

    /** XHTML-preferring browsers get the HTML page. */
    public static final String XHTML = "application/xhtml+xml";
    /** Generic JSON clients get JSON-LD (RDF) or SPARQL JSON results. */
    public static final String JSON = "application/json";

    private Negotiation() {}

    /** The media types an endpoint can answer with, in order of preference, each standing for a value. */
    public static <T> Offers<T> offers() {
        return new Offers<>();
    }

    public static final class Offers<T> {
        private final List<MediaType> types = new ArrayList<>();
        private final List<T> values = new ArrayList<>();
        private final Set<String> canonical = new LinkedHashSet<>();

        private Offers() {}

        /** A media type and what it selects; its name is listed to clients as available. */
        public Offers<T> add(String mediaType, T value) {
            canonical.add(mediaType);
            return alias(mediaType, value);
        }

        /** A media type that also selects {@code value}, not listed as a separate representation. */
        public Offers<T> alias(String mediaType, T value) {
            types.add(MediaType.create(mediaType.toLowerCase(Locale.ROOT)));
            values.add(value);
            return this;
        }

        /** The first offer: what a request without {@code Accept} gets. */
        public T preferred() {
            return values.get(0);
        }

        /** The chosen value, or empty when nothing offered is acceptable (answer 406). */
        public Optional<T> choose(String accept) {
            if (accept == null || accept.isBlank()) return Optional.of(preferred());
            List<MediaRange> ranges = ranges(accept);
            int best = -1;
            double bestQ = 0;
            for (int i = 0; i < types.size(); i++) {
                double q = quality(ranges, types.get(i));
                if (q > bestQ) {
                    best = i;
                    bestQ = q;
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(values.get(best));
        }

        /** True when the header accepts at least one offer. */
        public boolean acceptable(String accept) {
            return choose(accept).isPresent();
        }

        /** "text/turtle, application/ld+json, ..." for 406 answers. */
        public String available() {
            return String.join(", ", canonical);
        }

        /** The text of a 406 answer. */
        public String notAcceptable(String accept) {
            return "Not acceptable: " + accept + "\nAvailable: " + available() + "\n";
        }
    }

    /** The quality the ranges give a media type: that of the most specific covering range, 0 if none. */
    private static double quality(List<MediaRange> ranges, MediaType type) {
        int bestSpecificity = -1;
        double q = 0;
        for (MediaRange r : ranges) {
            if (!r.accepts(type)) continue;
            int s = ("*".equals(r.getType()) ? 0 : 1) + ("*".equals(r.getSubType()) ? 0 : 1);
            if (s > bestSpecificity || (s == bestSpecificity && r.get_q() > q)) {
                bestSpecificity = s;
                q = r.get_q();
            }
        }
        return q;
    }

    /** The header's ranges, parsed one by one so that a malformed range drops only itself. */
    static List<MediaRange> ranges(String accept) {
        List<MediaRange> out = new ArrayList<>();
        for (String item : accept.toLowerCase(Locale.ROOT).split(",")) {
            String s = item.trim();
            if (s.equals("*") || s.startsWith("*;")) s = "*/*" + s.substring(1);
            int slash = s.indexOf('/');
            if (slash <= 0 || slash == s.length() - 1) continue;
            if (!validQuality(s)) continue;
            try {
                out.add(new MediaRange(s));
            } catch (RuntimeException e) {
                // Not a media range (or a q that is not a number): ignored, as RFC 9110 allows.
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern Q = java.util.regex.Pattern.compile(";\\s*q\\s*=\\s*([^;]*)");

    /** A range's {@code q} is absent or a number from 0 to 1 (checked here: Jena would log and guess). */
    private static boolean validQuality(String range) {
        var m = Q.matcher(range);
        if (!m.find()) return true;
        try {
            double q = Double.parseDouble(m.group(1).trim());
            return q >= 0 && q <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
