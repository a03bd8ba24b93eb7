package org.demandgraph.profile;

import java.util.List;

/**
 * A sub-heading of the Key Sources section ("Reverse Stings, Identity Disclosure:") and the entries
 * listed under it ({@code - “Title”, Newspaper, Date.}). {@code heading} is null for entries that come
 * before any heading. The heading span excludes the trailing colon.
 */
public record KeySourceGroup(Span heading, List<Span> entries) {

    public KeySourceGroup {
        entries = List.copyOf(entries);
    }
}
