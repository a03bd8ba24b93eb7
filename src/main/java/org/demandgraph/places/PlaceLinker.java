package org.demandgraph.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.places.Gazetteer.County;
import org.demandgraph.places.Gazetteer.Place;
import org.demandgraph.places.PlaceMatcher.CityMatch;
import org.demandgraph.places.PlaceMatcher.CountyMatch;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.GEO;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.SCHEMA;
import org.demandgraph.vocab.UsStates;

/**
 * Links each profile's jurisdiction to the gazetteer, inside the profile's own named graph: its state's
 * FIPS code and point; a county's 5-digit FIPS and point (inside its Census outline, for maps); a city's or
 * town's GeoNames place ({@code owl:sameAs}), coordinates and county ({@code schema:containedInPlace}, the
 * county carrying its FIPS). Points are W3C Basic Geo ({@code geo:lat}, {@code geo:long}) and a GeoSPARQL
 * {@code sf:Point}. A jurisdiction left unlinked gets {@code dg:placeMatchNote} (the reason, naming the candidates)
 * and {@code dg:candidatePlace} for each GeoNames candidate; a SHACL Warning reports it.
 */
public final class PlaceLinker {

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final PlaceMatcher matcher;

    public PlaceLinker(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.matcher = new PlaceMatcher(gazetteer);
    }

    public static PlaceLinker bundled(Iris iris) {
        return new PlaceLinker(iris, Gazetteer.bundled());
    }

    /** Links the jurisdiction of every profile graph of the dataset. */
    public void link(DatasetGraph dataset) {
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) link(dataset.getGraph(g));
    }

    /** Links the jurisdictions of one profile graph (those its profile documents are about). */
    public void link(Graph g) {
        List<Triple> topics = g.find(Node.ANY, FOAF.primaryTopic.asNode(), Node.ANY).toList();
        for (Triple t : topics) {
            if (!g.contains(t.getSubject(), RDF.type.asNode(), DG.Profile.asNode())) continue;
            linkJurisdiction(g, t.getObject(), literal(g, t.getSubject(), DCTerms.description.asNode()).orElse(""));
        }
    }

    private void linkJurisdiction(Graph g, Node place, String text) {
        Optional<Node> state = object(g, place, DG.inState.asNode());
        Optional<String> usps = state.flatMap(s -> literal(g, s, SKOS.notation.asNode()));
        if (g.contains(place, RDF.type.asNode(), DG.State.asNode())) {
            literal(g, place, SKOS.notation.asNode()).ifPresent(code -> stateFips(g, place, code));
            return;
        }
        if (state.isEmpty() || usps.isEmpty()) return;
        stateFips(g, state.get(), usps.get());
        String name = literal(g, place, DG.name.asNode()).orElse(null);
        if (name == null) return;
        if (isCounty(g, place, name, usps.get())) {
            CountyMatch m = matcher.county(usps.get(), name);
            if (m.linked()) {
                fips(g, place, m.county().fips());
                if (m.county().hasPoint()) point(g, place, m.county().lat(), m.county().lon());
            } else g.add(place, DG.placeMatchNote.asNode(), NodeFactory.createLiteralString(m.problem()));
            return;
        }
        Long population = literal(g, place, DG.population.asNode()).map(PlaceLinker::number).orElse(null);
        CityMatch m = matcher.city(usps.get(), name, population, text);
        if (m.linked()) {
            place(g, place, m.place());
        } else {
            g.add(place, DG.placeMatchNote.asNode(), NodeFactory.createLiteralString(m.problem()));
            for (Place c : m.candidates())
                g.add(place, DG.candidatePlace.asNode(), NodeFactory.createURI(GEO.geonames(c.geonamesId())));
        }
    }

    private void place(Graph g, Node place, Place p) {
        g.add(place, OWL.sameAs.asNode(), NodeFactory.createURI(GEO.geonames(p.geonamesId())));
        point(g, place, p.lat(), p.lon());
        gazetteer.county(p.countyFips()).ifPresent(c -> {
            Node county = NodeFactory.createURI(iris.jurisdiction(c.usps(), c.name()));
            g.add(place, SCHEMA.containedInPlace.asNode(), county);
            g.add(county, RDF.type.asNode(), SCHEMA.AdministrativeArea.asNode());
            g.add(county, RDFS.label.asNode(), NodeFactory.createLiteralString(c.name() + ", " + c.usps()));
            g.add(county, SCHEMA.containedInPlace.asNode(), NodeFactory.createURI(iris.state(c.usps())));
            fips(g, county, c.fips());
        });
    }

    private static void point(Graph g, Node place, String lat, String lon) {
        latLong(g, place, lat, lon);
        Node point = NodeFactory.createURI(place.getURI() + "/point");
        g.add(place, GEO.hasGeometry.asNode(), point);
        g.add(point, RDF.type.asNode(), GEO.Point.asNode());
        g.add(point, RDF.type.asNode(), GEO.Geometry.asNode());
        g.add(point, GEO.asWKT.asNode(), NodeFactory.createLiteralDT("POINT(" + lon + " " + lat + ")",
                TypeMapper.getInstance().getSafeTypeByName(GEO.wktLiteral)));
    }

    private void stateFips(Graph g, Node state, String usps) {
        UsStates.fips(usps).ifPresent(code -> fips(g, state, code));
        // no GeoSPARQL node: "{state}/point" would be the IRI of a place named Point (Point, TX)
        gazetteer.statePoint(usps).ifPresent(p -> latLong(g, state, p.lat(), p.lon()));
    }

    private static void latLong(Graph g, Node place, String lat, String lon) {
        g.add(place, GEO.lat.asNode(), NodeFactory.createLiteralDT(lat, XSDDatatype.XSDdecimal));
        g.add(place, GEO.long_.asNode(), NodeFactory.createLiteralDT(lon, XSDDatatype.XSDdecimal));
    }

    private static void fips(Graph g, Node subject, String code) {
        g.add(subject, DG.fips.asNode(), NodeFactory.createLiteralString(code));
        g.add(subject, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(code));
    }

    /** Typed a county, or untyped with a county-like name ("... County", "... Parish", an Alaskan "... Borough"). */
    private static boolean isCounty(Graph g, Node place, String name, String usps) {
        if (g.contains(place, RDF.type.asNode(), DG.County.asNode())) return true;
        if (g.contains(place, RDF.type.asNode(), DG.City.asNode())) return false;
        return name.matches("(?i).*\\s(county|parish)$")
                || usps.equalsIgnoreCase("AK") && name.matches("(?i).*\\s(borough|census area)$");
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        return found.size() == 1 ? Optional.of(found.get(0).getObject()) : Optional.empty();
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Long number(String lexical) {
        try {
            return Long.parseLong(lexical.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
