package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.GEO;
import org.demandgraph.vocab.SCHEMA;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.validate.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking during the load: the bundled profiles, the development set (checked against a hand-made table), a generated corpus. */
class PlaceLinkingTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final Path REAL = PROJECT.resolve("../shared/real-profiles");
    static final String BASE = "https://w3id.org/demandgraph/";
    static final Node SAME_AS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    static final Node SOURCE_FILE = DG.sourceFile.asNode();
    static final Node TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    static DatasetGraph load(Path path) {
        LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(path));
        assertEquals(List.of(), r.rejected());
        return r.dataset();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static List<Node> objects(DatasetGraph ds, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ds.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> { if (!out.contains(q.getObject())) out.add(q.getObject()); });
        return out;
    }

    static Node one(DatasetGraph ds, Node s, Node p) {
        List<Node> o = objects(ds, s, p);
        assertEquals(1, o.size(), () -> s + " " + p + " " + o);
        return o.get(0);
    }

    @Test
    void theBundledProfilesGetGeoNamesPlacesCoordinatesCountiesAndFips() {
        DatasetGraph ds = load(PROJECT.resolve("data/profiles"));
        Node norwich = uri(BASE + "jurisdiction/us/ct/norwich");
        assertEquals(List.of(uri("https://sws.geonames.org/4839843/")), objects(ds, norwich, SAME_AS));
        assertEquals("41.52426", one(ds, norwich, GEO.lat.asNode()).getLiteralLexicalForm());
        assertEquals("-72.07591", one(ds, norwich, GEO.long_.asNode()).getLiteralLexicalForm());
        Node point = one(ds, norwich, GEO.hasGeometry.asNode());
        assertEquals(BASE + "jurisdiction/us/ct/norwich/point", point.getURI());
        Node wkt = one(ds, point, GEO.asWKT.asNode());
        assertEquals("POINT(-72.07591 41.52426)", wkt.getLiteralLexicalForm());
        assertEquals(GEO.wktLiteral, wkt.getLiteralDatatypeURI());
        Node county = one(ds, norwich, SCHEMA.containedInPlace.asNode());
        assertEquals(BASE + "jurisdiction/us/ct/southeastern-connecticut-planning-region", county.getURI());
        assertEquals("09180", one(ds, county, DG.fips.asNode()).getLiteralLexicalForm());
        assertEquals("09180", one(ds, county, org.apache.jena.vocabulary.DCTerms.identifier.asNode()).getLiteralLexicalForm());
        assertEquals("Southeastern Connecticut Planning Region, CT",
                one(ds, county, org.apache.jena.vocabulary.RDFS.label.asNode()).getLiteralLexicalForm());

        Node windsorLocks = uri(BASE + "jurisdiction/us/ct/windsor-locks");
        assertEquals(List.of(uri("https://sws.geonames.org/4845926/")), objects(ds, windsorLocks, SAME_AS));
        assertEquals("09110", one(ds, one(ds, windsorLocks, SCHEMA.containedInPlace.asNode()), DG.fips.asNode()).getLiteralLexicalForm());
        assertEquals("09", one(ds, uri(BASE + "jurisdiction/us/ct"), DG.fips.asNode()).getLiteralLexicalForm());
        assertEquals(List.of(), objects(ds, norwich, DG.placeMatchNote.asNode()));
    }

    /** The written TriG abbreviates the place terms with the project's prefixes (vocab.Prefixes). */
    @Test
    void theWrittenGraphUsesTheGeoSchemaAndGeoSparqlPrefixes() {
        DatasetGraph ds = load(PROJECT.resolve("data/profiles"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.demandgraph.rdfio.DatasetWriter.write(ds, org.demandgraph.rdfio.RdfSyntax.TRIG, out);
        String trig = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String declared : List.of("PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>",
                "PREFIX geosparql: <http://www.opengis.net/ont/geosparql#>", "PREFIX sf: <http://www.opengis.net/ont/sf#>",
                "PREFIX schema: <https://schema.org/>"))
            assertTrue(trig.contains(declared) || trig.contains(declared.replace("PREFIX", "@prefix") + " ."), declared);
        for (String used : List.of("geo:lat", "geo:long", "geosparql:hasGeometry", "geosparql:asWKT", "geosparql:wktLiteral",
                "sf:Point", "schema:containedInPlace", "schema:AdministrativeArea"))
            assertTrue(trig.contains(used), used);
    }

    @Test
    void theDevelopmentSetGetsTheHandCheckedLinksAndNoWrongOne() throws IOException {
        assertTrue(Files.isDirectory(REAL), "the development set is missing: " + REAL);
        DatasetGraph ds = load(REAL);
        Map<String, Node> placeOf = new HashMap<>();
        ds.find(Node.ANY, Node.ANY, SOURCE_FILE, Node.ANY).forEachRemaining(q ->
                placeOf.put(q.getObject().getLiteralLexicalForm(), one(ds, q.getSubject(), TOPIC)));
        int cities = 0, linked = 0, wrong = 0, countiesRight = 0;
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/places/real-profiles-expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            Node place = placeOf.get(f[0]);
            if (place == null) { problems.add(f[0] + ": not loaded"); continue; }
            List<Node> same = objects(ds, place, SAME_AS);
            if (f[1].startsWith("fips:")) {
                String code = f[1].substring(5);
                List<Node> fips = objects(ds, place, DG.fips.asNode());
                if (fips.equals(List.of(NodeFactory.createLiteralString(code)))) countiesRight++;
                else problems.add(f[0] + ": county FIPS " + fips);
                // its map point lies inside its Census outline (the drawn one, read here from the GeoJSON)
                double lat = Double.parseDouble(one(ds, place, GEO.lat.asNode()).getLiteralLexicalForm());
                double lon = Double.parseDouble(one(ds, place, GEO.long_.asNode()).getLiteralLexicalForm());
                if (!CountyOutlines.contains(code, lon, lat)) problems.add(f[0] + ": point " + lat + "," + lon + " outside county " + code);
                continue;
            }
            cities++;
            if (f[1].equals("none")) {
                if (!same.isEmpty()) { wrong++; problems.add(f[0] + ": linked to " + same + ", expected none"); }
                if (objects(ds, place, DG.placeMatchNote.asNode()).size() != 1) problems.add(f[0] + ": no note");
                continue;
            }
            if (same.equals(List.of(uri("https://sws.geonames.org/" + f[1] + "/")))) {
                linked++;
                List<Node> county = objects(ds, place, SCHEMA.containedInPlace.asNode());
                if (county.size() != 1 || !objects(ds, county.get(0), DG.fips.asNode()).equals(List.of(NodeFactory.createLiteralString(f[2]))))
                    problems.add(f[0] + ": county " + county);
            } else {
                if (!same.isEmpty()) wrong++;
                problems.add(f[0] + ": linked to " + same + ", expected " + f[1]);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(14, countiesRight);
        assertEquals(41, cities);
        assertEquals(39, linked); // the other 2 are townships, absent from GeoNames' populated places
        assertEquals(0, wrong);

        ValidationReport report = Validation.withBundledShapes().validate(ds);
        List<String> warnings = report.getEntries().stream()
                .filter(e -> e.source().equals(uri("https://w3id.org/demandgraph/shapes#PlaceLinkedShape")))
                .map(ReportEntry::message).sorted().toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\"Ypsilanti\" may be a different municipality")
                && w.contains("GeoNames 5015688")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("no place named \"Ocean Township\" in NJ")), warnings::toString);
    }

    /**
     * A generated corpus (made-up places, some sharing real names): every link is to a place of the same
     * state whose name is the profile's (compared here by a simpler rule of its own) and whose population,
     * when the footer gives one, is within a factor of 2; every unlinked city or town has its note.
     */
    @Test
    void aGeneratedCorpusLinksOnlyPlacesOfTheSameNameStateAndSize(@TempDir Path dir) throws IOException {
        new ProfileGenerator(5).write(dir, 300);
        DatasetGraph ds = load(dir);
        Map<String, String[]> places = new HashMap<>();
        for (String[] r : GazetteerFilesTest.rows("places.tsv")) places.put(r[0], r);
        int cities = 0, linked = 0, sizeDisagrees = 0;
        for (Triple t : ds.getUnionGraph().find(Node.ANY, TOPIC, Node.ANY).toList()) {
            Node place = t.getObject();
            Graph g = ds.getUnionGraph();
            if (!g.contains(place, org.apache.jena.vocabulary.RDF.type.asNode(), DG.City.asNode())) continue;
            cities++;
            String name = one(ds, place, DG.name.asNode()).getLiteralLexicalForm();
            String state = place.getURI().split("/")[6].toUpperCase(Locale.ROOT);
            List<Node> same = objects(ds, place, SAME_AS);
            if (same.isEmpty()) {
                List<Node> note = objects(ds, place, DG.placeMatchNote.asNode());
                assertEquals(1, note.size(), place::toString);
                if (note.get(0).getLiteralLexicalForm().startsWith("the population (")) sizeDisagrees++;
                continue;
            }
            linked++;
            String id = same.get(0).getURI().replaceAll("\\D", "");
            String[] row = places.get(id);
            assertEquals(state, row[2], place::toString);
            assertEquals(loose(name.replaceFirst(" Township$", "")), loose(row[1]), place::toString);
            List<Node> pop = objects(ds, place, DG.population.asNode());
            if (!pop.isEmpty()) {
                double ratio = Double.parseDouble(pop.get(0).getLiteralLexicalForm()) / Double.parseDouble(row[6]);
                assertTrue(ratio >= 0.5 && ratio <= 2, place + " population ratio " + ratio);
            }
        }
        assertTrue(cities > 150, "cities " + cities);
        assertTrue(linked <= cities - sizeDisagrees);
    }

    /** Lower-case letters only, "saint" for a leading "st": enough for the generator's names. */
    private static String loose(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
        return s.replaceFirst("^st ", "saint ").replace(" ", "");
    }
}
