package org.demandgraph.profile;

import java.util.Locale;

/** The page's section header lines: "Tactics Used" (also as a table header "Tactics Used |"), "Key Partners", "Key Sources". */
final class SectionHeaders {

    static final String TACTICS_USED = "tactics used";
    static final String KEY_PARTNERS = "key partners";
    static final String KEY_SOURCES = "key sources";

    private SectionHeaders() {}

    /** The header a line is, or null. */
    static String of(String content) {
        String s = Blanks.normalise(content.replace('|', ' ')).toLowerCase(Locale.ROOT);
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1).trim();
        return switch (s) {
            case TACTICS_USED, KEY_PARTNERS, KEY_SOURCES -> s;
            default -> null;
        };
    }
}
