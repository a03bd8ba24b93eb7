package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    static RdfFormat choose(String accept) {
        return RdfFormat.choose(accept).orElse(null);
    }

    @Test
    void browsersGetHtmlAndWildcardsGetTurtle() {
        assertEquals(RdfFormat.HTML, choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(RdfFormat.HTML, choose("application/xhtml+xml"));
        assertEquals(RdfFormat.TURTLE, choose("*/*"));
        assertEquals(RdfFormat.TURTLE, choose(null));
        assertEquals(RdfFormat.TURTLE, choose("text/*"));
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(RdfFormat.JSONLD, choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(RdfFormat.RDFXML, choose("application/rdf+xml;q=0.9, text/turtle;q=0.3"));
        assertEquals(RdfFormat.NTRIPLES, choose("application/n-triples"));
        // The most specific range wins, even when it refuses.
        assertEquals(RdfFormat.JSONLD, choose("*/*, text/turtle;q=0"));
        assertEquals(RdfFormat.TURTLE, choose("text/html;q=0, text/*"));
    }

    @Test
    void nothingServableIsEmpty() {
        assertEquals(Optional.empty(), RdfFormat.choose("application/pdf"));
        assertEquals(Optional.empty(), RdfFormat.choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), RdfFormat.choose("image/*"));
    }

    @Test
    void aliasesAndOddHeaders() {
        assertEquals(RdfFormat.JSONLD, choose("application/json"));
        assertEquals(RdfFormat.TURTLE, choose("TEXT/Turtle"));
        // A malformed range drops only itself.
        assertEquals(RdfFormat.NTRIPLES, choose("text/turtle;q=abc, application/n-triples;q=0.2"));
        assertEquals(RdfFormat.TURTLE, choose("garbage, */*"));
        assertEquals(RdfFormat.TURTLE, choose("*"));
        assertEquals(Optional.empty(), RdfFormat.choose("text/turtle;q=2"));
        // The landing page is HTML first: wildcards get HTML, a named RDF syntax gets RDF.
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.chooseHtmlFirst("*/*"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.chooseHtmlFirst("text/turtle"));
    }

    @Test
    void formatNames() {
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.byName("TTL"));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.byName("json-ld"));
        assertEquals(Optional.empty(), RdfFormat.byName("docx"));
        assertEquals(Optional.of(RdfFormat.RDFXML), RdfFormat.byName("owl"));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.byName("json"));
        assertEquals("ttl, jsonld, nt, rdf, html", RdfFormat.nameList());
    }
}
