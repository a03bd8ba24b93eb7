package org.demandgraph.profile;

/** What counts as blank in a profile: ASCII and Unicode spaces, NBSP, zero-width spaces and a stray BOM. */
final class Blanks {

    private Blanks() {}

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }

    /** The span of {@code [start, end)} with blanks trimmed from both ends (possibly empty). */
    static Span trimmed(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) start++;
        while (end > start && isBlank(text.charAt(end - 1))) end--;
        return Span.of(text, start, end);
    }

    /** Runs of blanks collapsed to one ASCII space, ends trimmed. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
