package org.demandgraph.profile;

/** Text → {@link Profile}: the page's section grammar. (Implementation owned by the parser work.) */
public final class ProfileParser {

    /**
     * Parses a profile's text (already decoded, byte-order mark removed).
     *
     * @throws ProfileFormatException when it is not a profile (no title line, ...), naming file and line
     */
    public Profile parse(String source, String text, String sha256) throws ProfileFormatException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
