package org.demandgraph.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SELECT queries behind the pages, one {@code .rq} file each in {@code queries/} beside this class
 * (JURISDICTION_FACTS is {@code queries/jurisdiction-facts.rq}), with {@link Sparql#PREFIXES} in front.
 * {@code ?this} is the page's resource. All are parsed when the class loads, so a broken file fails
 * the first page (and the tests), not a later request.
 */
enum PageQuery {
    JURISDICTION_FACTS, JURISDICTION_OPERATIONS, JURISDICTION_TACTIC_USES, JURISDICTION_PROFILES,
    JURISDICTION_LISTED_TACTICS, JURISDICTION_PARTNERS, JURISDICTION_MEMBERS, JURISDICTION_SOURCES,
    TACTIC_NARROWER, TACTIC_USES, TACTIC_OPERATIONS, TACTIC_USES_ALL, TACTIC_OPERATIONS_ALL,
    ACTOR_OPERATIONS, ACTOR_PARTNER_OF,
    LANDING_TACTICS, LANDING_STATES, LANDING_JURISDICTIONS,
    STATS_JURISDICTIONS, STATS_PROFILES, STATS_OPERATIONS, STATS_TACTIC_USES, STATS_ENTITIES, STATS_CLASSES,
    STATS_PROPERTIES, STATS_RELEASE_PROFILES;

    private final Query query;

    PageQuery() {
        this.query = QueryFactory.create(Sparql.PREFIXES + text(file()));
    }

    /** {@code queries/jurisdiction-facts.rq} for JURISDICTION_FACTS. */
    String file() {
        return "queries/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq";
    }

    /** The parsed query (a copy is made by each execution's substitution, so sharing it is safe). */
    Query query() {
        return query;
    }

    /** The query's text with {@code ?this} bound to {@code self}: for a link that runs it at /kg/sparql. */
    String textFor(org.apache.jena.graph.Node self) {
        return org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps
                .transform(query, java.util.Map.of(org.apache.jena.sparql.core.Var.alloc("this"), self)).toString();
    }

    private static String text(String file) {
        try (InputStream in = PageQuery.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("Missing page query " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
