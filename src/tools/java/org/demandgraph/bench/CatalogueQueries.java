package org.demandgraph.bench;

import java.util.List;
import org.demandgraph.query.QueryCatalogue;

/**
 * The research questions the serving benchmark asks, read from the catalogue ({@code queries/*.rq},
 * the one copy): the ones a user of the landing page runs most (counts, coverage, operations by year,
 * one row per jurisdiction and tactic).
 */
final class CatalogueQueries {

    static final List<String> NAMES = List.of("tactic-use-counts", "coverage-by-state", "operations-by-year",
            "arrests-per-operation", "tactics-by-jurisdiction");

    private CatalogueQueries() {}

    static List<String> all() {
        return NAMES.stream()
                .map(name -> QueryCatalogue.text(name).orElseThrow(() -> new IllegalStateException("no catalogue query " + name)))
                .toList();
    }
}
