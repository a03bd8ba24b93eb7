package org.demandgraph.profile;

/** The {@code Categories: ...} line of a table rendering (the web page's post categories). */
final class CategoriesLine {

    static final String LABEL = "Categories:";

    private CategoriesLine() {}

    /** The value after the label, trimmed; null when the line prints none. */
    static Span value(String text, Line line) {
        Span value = Blanks.trimmed(text, line.contentStart(text) + LABEL.length(), line.contentEnd(text));
        return value.length() == 0 ? null : value;
    }
}
