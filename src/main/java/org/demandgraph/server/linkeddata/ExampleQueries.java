package org.demandgraph.server.linkeddata;

import java.util.List;
import org.demandgraph.query.QueryCatalogue;

/**
 * The example queries of the landing page, each runnable with one button: research questions of the
 * catalogue ({@code queries/*.rq}, the one copy of them), chosen by name among those that answer on any
 * non-empty dataset and whose answers stay small enough for a browser to show as a table at the real size
 * (not {@code tactics-by-jurisdiction}: one row per piece of evidence, 52 MB of JSON at 3,000 profiles; it is
 * in the research editor's gallery, and {@code tactics-by-state} counts the same uses here).
 */
public final class ExampleQueries {

    /** One example: its catalogue name (the page's id), its question (the title), and the query text. */
    public record Example(String id, String title, String query) {}

    static final List<String> NAMES = List.of("profiled-places", "tactic-use-counts", "tactics-by-state",
            "operations-by-year");

    public static final List<Example> ALL = NAMES.stream().map(ExampleQueries::example).toList();

    private ExampleQueries() {}

    private static Example example(String name) {
        String text = QueryCatalogue.text(name).orElseThrow(() -> new IllegalStateException("no catalogue query " + name));
        return new Example(name, QueryCatalogue.question(text).orElse(name), text);
    }
}
