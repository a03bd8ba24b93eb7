package org.demandgraph.profile;

import java.util.OptionalLong;

/**
 * The footer fields. Each is null when the profile does not print it (a page cut short has none).
 * Spans cover the value only ("Connecticut", "City", "40014").
 */
public record Footer(Span state, Span type, Span population, Span location) {

    public static final Footer NONE = new Footer(null, null, null, null);

    public boolean isPresent() {
        return state != null || type != null || population != null || location != null;
    }

    /** The population as a number ("12,876" → 12876), empty when not printed or too large. */
    public OptionalLong populationValue() {
        if (population == null) return OptionalLong.empty();
        String digits = population.text().replace(",", "");
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
