package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.extract.Extractor;
import org.demandgraph.extract.Facts;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;

class ProfileMapperTest {

    private static final String BASE = Iris.DEFAULT_BASE;
    private final Iris iris = Iris.defaults();

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node dg(String local) { return uri(DG.NS + local); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private Graph map(Profile p) {
        return map(p, iris);
    }

    private static Graph map(Profile p, Iris iris) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Facts printed = new Facts(List.of(), List.of(), List.of(), Extractor.listedTactics(p), Extractor.sourceTactics(p));
        new ProfileMapper(iris).map(p, printed, ds);
        assertEquals(List.of(uri(iris.profile(p.stateCode(), p.name()))), iterToList(ds));
        return ds.getGraph(uri(iris.profile(p.stateCode(), p.name())));
    }

    private static List<Node> iterToList(DatasetGraph ds) {
        List<Node> names = new java.util.ArrayList<>();
        ds.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    @Test
    void cityWithFooter() {
        Profile p = new ProfileBuilder("norfolk-va.txt", "Norfolk , VA", "Norfolk", "VA")
                .paragraph("Norfolk is a city.")
                .footer("Virginia", "City", "242,742").build();
        Graph g = map(p);
        Node place = uri(BASE + "jurisdiction/us/va/norfolk");
        Node state = uri(BASE + "jurisdiction/us/va");
        assertEquals(Set.of(dg("City"), dg("Jurisdiction")), objects(g, place, RDF.type.asNode()));
        assertEquals(Set.of(str("Norfolk, VA")), objects(g, place, org.apache.jena.vocabulary.RDFS.label.asNode()));
        assertEquals(Set.of(str("Norfolk")), objects(g, place, dg("name")));
        assertEquals(Set.of(state), objects(g, place, dg("inState")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("242742", XSDDatatype.XSDinteger)), objects(g, place, dg("population")));
        assertTrue(g.contains(state, RDF.type.asNode(), dg("State")));
        assertTrue(g.contains(state, org.apache.jena.vocabulary.SKOS.notation.asNode(), str("VA")));
        assertTrue(g.contains(state, org.apache.jena.vocabulary.RDFS.label.asNode(), str("Virginia")));
    }

    @Test
    void countyTypeFromFooter() {
        Profile p = new ProfileBuilder("st-lucie-county-fl.txt", "St. Lucie County, FL", "St. Lucie County", "FL")
                .footer("Florida", "County", "328297").build();
        Node place = uri(BASE + "jurisdiction/us/fl/st-lucie-county");
        assertTrue(map(p).contains(place, RDF.type.asNode(), dg("County")));
    }

    @Test
    void withoutFooterParishIsCountyButTownshipStaysJurisdiction() {
        Profile parish = new ProfileBuilder("lafayette-parish-la.txt", "Lafayette Parish, LA", "Lafayette Parish", "LA")
                .paragraph("Cut short.").missing("footer").build();
        Graph g = map(parish);
        Node place = uri(BASE + "jurisdiction/us/la/lafayette-parish");
        assertEquals(Set.of(dg("County"), dg("Jurisdiction")), objects(g, place, RDF.type.asNode()));
        assertTrue(objects(g, place, dg("population")).isEmpty());
        assertEquals(Set.of(str("footer")), objects(g, uri(BASE + "profile/us/la/lafayette-parish"), dg("missing")));

        Profile township = new ProfileBuilder("ocean-township-nj.txt", "Ocean Township, NJ", "Ocean Township", "NJ")
                .paragraph("Cut short.").missing("footer").build();
        assertEquals(Set.of(dg("Jurisdiction")),
                objects(map(township), uri(BASE + "jurisdiction/us/nj/ocean-township"), RDF.type.asNode()));
    }

    @Test
    void unrecognisedFooterTypeGivesNoSubclass() {
        Profile p = new ProfileBuilder("x-ct.txt", "Windsor, CT", "Windsor", "CT").footer("Connecticut", "Town", "abc").build();
        Graph g = map(p);
        Node place = uri(BASE + "jurisdiction/us/ct/windsor");
        assertEquals(Set.of(dg("Jurisdiction")), objects(g, place, RDF.type.asNode()));
        assertTrue(objects(g, place, dg("population")).isEmpty(), "a non-number population is left out");
    }

    @Test
    void documentProvenanceAndNarrative() {
        Profile p = new ProfileBuilder("norwich-ct.txt", "Norwich, CT", "Norwich", "CT")
                .paragraph("First paragraph.")
                .block(Block.Kind.HEADING, "Auto Seizure Program")
                .block(Block.Kind.BULLET, "- one")
                .block(Block.Kind.BULLET, "- two")
                .paragraph("Last.")
                .footer("Connecticut", "City", "40014").build();
        Graph g = map(p);
        Node doc = uri(BASE + "profile/us/ct/norwich");
        assertTrue(g.contains(doc, RDF.type.asNode(), dg("Profile")));
        assertTrue(g.contains(doc, uri("http://xmlns.com/foaf/0.1/primaryTopic"), uri(BASE + "jurisdiction/us/ct/norwich")));
        assertTrue(g.contains(doc, uri("http://purl.org/dc/terms/title"), str("Norwich, CT")));
        assertEquals(Set.of(str("First paragraph.\n\nAuto Seizure Program\n\n- one\n- two\n\nLast.")),
                objects(g, doc, uri("http://purl.org/dc/terms/description")));
        assertEquals(Set.of(str("norwich-ct.txt")), objects(g, doc, dg("sourceFile")));
        assertEquals(Set.of(str(p.sha256())), objects(g, doc, dg("sha256")));
    }

    @Test
    void printedListIsListedTacticNeverUse() {
        Profile p = new ProfileBuilder("x-ct.txt", "Norwich, CT", "Norwich", "CT")
                .listed("buyer arrests", "Reverse Stings", "IT Based Tactics", "Not A Tactic").build();
        Graph g = map(p);
        Node doc = uri(BASE + "profile/us/ct/norwich");
        assertEquals(Set.of(uri(BASE + "tactic/buyer-arrests"), uri(BASE + "tactic/reverse-stings"),
                uri(BASE + "tactic/it-based-tactics")), objects(g, doc, dg("listedTactic")));
        assertFalse(g.contains(Node.ANY, dg("usesTactic"), Node.ANY));
    }

    @Test
    void keyPartnersNested() {
        Profile p = new ProfileBuilder("x-ct.txt", "Windsor Locks, CT", "Windsor Locks", "CT")
                .partner("Windsor Locks Police Department", 0, -1)
                .partner("Criminal  Investigation Division", 1, 0)
                .partner("FBI", 0, -1).build();
        Graph g = map(p);
        Node place = uri(BASE + "jurisdiction/us/ct/windsor-locks");
        Node wlpd = uri(BASE + "actor/us/ct/windsor-locks-police-department");
        Node cid = uri(BASE + "actor/us/ct/criminal-investigation-division");
        assertEquals(Set.of(wlpd, cid, uri(BASE + "actor/us/ct/fbi")), objects(g, place, dg("keyPartner")));
        assertTrue(g.contains(cid, RDF.type.asNode(), dg("Actor")));
        assertTrue(g.contains(cid, org.apache.jena.vocabulary.RDFS.label.asNode(), str("Criminal Investigation Division")));
        assertEquals(Set.of(wlpd), objects(g, cid, uri("http://www.w3.org/ns/org#subOrganizationOf")));
        assertTrue(objects(g, wlpd, uri("http://www.w3.org/ns/org#subOrganizationOf")).isEmpty());
    }

    @Test
    void keySourcesHeadingsAndEntriesSupportTheHeadingsTactics() {
        Profile p = new ProfileBuilder("x-ct.txt", "Norwich, CT", "Norwich", "CT")
                .sources("Reverse Stings, Identity Disclosure",
                        "- “Five arrested in prostitution sting”, Norwich Bulletin, September 20, 2017.")
                .sources("Documented Violence Against Individuals Engaged in Prostitution in the Area")
                .sources("Sex Buyer Fired or Resigned Due to Arrest").build();
        Graph g = map(p);
        Node doc = uri(BASE + "profile/us/ct/norwich");
        Node heading = uri(BASE + "source/us/ct/norwich/1-reverse-stings-identity-disclosure");
        Node entry = uri(BASE + "source/us/ct/norwich/1-entry-1-five-arrested-in-prostitution-sting");
        Node violence = uri(BASE + "source/us/ct/norwich/2-documented-violence-against-individuals-engaged-in"); // key slugs are cut at a word within 60 chars
        Node fired = uri(BASE + "source/us/ct/norwich/3-sex-buyer-fired-or-resigned-due-to-arrest");
        assertEquals(Set.of(heading, entry, violence, fired), objects(g, doc, dg("keySource")));
        Set<Node> stingTactics = Set.of(uri(BASE + "tactic/reverse-stings"), uri(BASE + "tactic/identity-disclosure"));
        assertEquals(stingTactics, objects(g, heading, dg("supportsTactic")));
        assertEquals(stingTactics, objects(g, entry, dg("supportsTactic")));
        assertTrue(objects(g, violence, dg("supportsTactic")).isEmpty());
        assertEquals(Set.of(uri(BASE + "tactic/employment-loss")), objects(g, fired, dg("supportsTactic")));
        assertTrue(g.contains(entry, RDF.type.asNode(), dg("Source")));
        assertTrue(g.contains(entry, uri("http://purl.org/dc/terms/title"), str("Five arrested in prostitution sting")));
        assertTrue(g.contains(entry, uri("http://purl.org/dc/terms/isPartOf"), heading));
        assertTrue(g.contains(heading, org.apache.jena.vocabulary.RDFS.label.asNode(), str("Reverse Stings, Identity Disclosure")));
    }

    @Test
    void baseChangesEveryDataIri() {
        Profile p = new ProfileBuilder("x-ct.txt", "Norwich, CT", "Norwich", "CT").listed("Reverse Stings")
                .partner("Norwich Police Department", 0, -1).sources("Web Stings", "- “T”, Paper, 2008.")
                .footer("Connecticut", "City", "40014").build();
        String other = "http://example.org/kg/";
        Graph g = map(p, new Iris(other));
        Set<String> iris = g.find().toList().stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getSubject(), t.getObject()))
                .filter(Node::isURI).map(Node::getURI)
                .filter(u -> !u.startsWith(DG.NS)).collect(Collectors.toSet());
        assertFalse(iris.isEmpty());
        for (String u : iris) assertTrue(u.startsWith(other), u);
    }

    @Test
    void sameProfileSameTriples() {
        Profile p = new ProfileBuilder("x-ct.txt", "Norwich, CT", "Norwich", "CT").listed("Web Stings")
                .sources("Web Stings", "- “T”, Paper, 2008.").footer("Connecticut", "City", "40014").build();
        assertTrue(map(p).isIsomorphicWith(map(p)));
        assertEquals(map(p).find().toSet(), map(p).find().toSet());
    }
}
