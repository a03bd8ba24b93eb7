package org.demandgraph.extract;

/**
 * A point in time exactly as precise as the text gave it: {@code 2008} ({@link Precision#YEAR}),
 * {@code 2014-02} ({@link Precision#YEAR_MONTH}) or {@code 2014-02-14} ({@link Precision#DAY}).
 */
public record When(Precision precision, String lexical) {

    public enum Precision { YEAR, YEAR_MONTH, DAY }

    public int year() {
        return Integer.parseInt(lexical.substring(0, 4));
    }

    /** True when this and a vaguer or equally precise mention can denote the same time ("2014" and "2014-02"). */
    public boolean compatibleWith(When other) {
        return lexical.startsWith(other.lexical) || other.lexical.startsWith(lexical);
    }
}
