package org.demandgraph.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a profile's text: {@code [start, end)} excludes the line terminator ({@code \n},
 * {@code \r\n} or a lone {@code \r}), so CRLF files need no rewriting. {@code number} is 1-based.
 */
record Line(int number, int start, int end) {

    /** The lines of the text, in order; a final terminator does not open an empty last line. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) lines.add(new Line(number, start, text.length()));
        return lines;
    }

    /** Start of the line's content once leading blanks (spaces, tabs, NBSP, ...) are skipped. */
    int contentStart(String text) {
        int s = start;
        while (s < end && Blanks.isBlank(text.charAt(s))) s++;
        return s;
    }

    /** End of the line's content once trailing blanks are dropped. */
    int contentEnd(String text) {
        int e = end;
        while (e > start && Blanks.isBlank(text.charAt(e - 1))) e--;
        return e;
    }

    boolean isBlank(String text) {
        return contentStart(text) == end;
    }

    /** False for a line of punctuation only ("---", "* * *", a lone ">"): a separator, not text. */
    boolean hasWords(String text) {
        for (int i = start; i < end; i++)
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    /** The trimmed content as a string. */
    String content(String text) {
        int s = contentStart(text);
        return s == end ? "" : text.substring(s, contentEnd(text));
    }

    /** Width of the leading indentation (a tab counts as four). */
    int indent(String text) {
        int width = 0;
        for (int i = start; i < end && Blanks.isBlank(text.charAt(i)); i++)
            width += text.charAt(i) == '\t' ? 4 : 1;
        return width;
    }
}
