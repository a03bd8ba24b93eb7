package org.demandgraph.server.linkeddata;

import java.util.List;
import org.demandgraph.query.QueryCatalogue;

/**
 * The example queries of the landing page, each runnable with one button: research questions of the
 * catalogue ({@code queries/*.rq}, the one copy of them), chosen by name among those that answer on any
 * non-empty dataset.
 */
public final class ExampleQueries {

    /** One example: its catalogue name (the page's id), its question (the title), and the query text. */
    public record Example(String id, String title, String query) {}

    static final List<String> NAMES = List.of("profiled-places", "tactic-use-counts", "tactics-by-jurisdiction",
            "operations-by-year");

    public static final List<Example> ALL = NAMES.stream().map(ExampleQueries::example).toList();

    private ExampleQueries() {}

    private static Example example(String name) {
        String text = QueryCatalogue.text(name).orElseThrow(() -> new IllegalStateException("no catalogue query " + name));
        return new Example(name, QueryCatalogue.question(text).orElse(name), text);
    }
}
