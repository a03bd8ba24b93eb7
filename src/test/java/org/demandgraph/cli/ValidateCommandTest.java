package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: exit 0 conforms, 1 violations, 2 usage or unreadable input. */
class ValidateCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("demandgraph.project.dir", "."), "src/test/resources/validate");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream stdout = System.out, stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void gapsButNoViolationsConforms() {
        assertEquals(0, run("validate", FIXTURES.resolve("norwich-gaps.trig").toString()), err());
        assertTrue(out().startsWith("SHACL validation: 0 violation(s), 3 warning(s), 4 info(s) - conforms (no violations)"), out());
    }

    @Test
    void aViolationExitsOne() throws IOException {
        Path broken = tmp.resolve("broken.trig");
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(FIXTURES.resolve("complete.trig").toString());
        UpdateAction.parseExecute("""
                PREFIX dg: <https://w3id.org/demandgraph/ontology#>
                DELETE WHERE { GRAPH ?g { ?place dg:inState ?state } }""", ds);
        try (var stream = Files.newOutputStream(broken)) {
            RDFDataMgr.write(stream, ds, Lang.TRIG);
        }
        assertEquals(1, run("validate", broken.toString()), err());
        assertTrue(out().contains("City or county lies in one state"), out());
    }

    @Test
    void jsonToAFile() throws IOException {
        Path report = tmp.resolve("report.json");
        assertEquals(0, run("validate", "--format", "json", "--out", report.toString(),
                FIXTURES.resolve("complete.trig").toString(), FIXTURES.resolve("norwich-gaps.trig").toString()), err());
        assertEquals("", out());
        JsonObject json = JSON.parse(Files.readString(report));
        assertTrue(json.get("conforms").getAsBoolean().value());
        assertEquals(2, json.get("completeness").getAsObject().get("jurisdictions").getAsArray().size());
    }

    @Test
    void turtleIsAShaclReport() {
        assertEquals(0, run("validate", "--format", "turtle", FIXTURES.resolve("norwich-gaps.trig").toString()), err());
        assertTrue(out().contains("sh:ValidationReport"), out());
    }

    @Test
    void unreadableInputExitsTwoNamingFileAndLine() throws IOException {
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\n\nex:a ex:b \n");
        assertEquals(2, run("validate", bad.toString(), FIXTURES.resolve("norwich-gaps.trig").toString()));
        assertTrue(err().contains(bad + ":"), err());
        assertTrue(out().contains("Norwich, CT"), "the other input is still validated: " + out());
    }

    @Test
    void aMissingFileExitsTwo() {
        assertEquals(2, run("validate", tmp.resolve("nowhere.trig").toString()));
        assertTrue(err().contains("nowhere.trig"), err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("validate", "--format", "xml", FIXTURES.resolve("complete.trig").toString()));
    }

    @Test
    void aMalformedFooterValueIsAViolationNamedWithFileAndLine() {
        Path profile = FIXTURES.resolve("profiles/malformed-population.txt");
        assertEquals(1, run("validate", profile.toString()), err());
        assertTrue(out().contains("Millbrook, CT (malformed-population.txt:22): The footer's Population \"abc\" is not a positive whole number"), out());
        assertTrue(out().contains("Fix: Write the footer's Population as a whole number"), out());
    }

    @Test
    void htmlAndCsvFormats() throws IOException {
        Path profile = FIXTURES.resolve("profiles/malformed-population.txt");
        Path html = tmp.resolve("report.html");
        assertEquals(1, run("validate", profile.toString(), "--format", "html", "--out", html.toString()), err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals(1, run("validate", profile.toString(), "--format", "csv"), err());
        assertTrue(out().startsWith("severity,file,line,"), out());
        assertTrue(out().contains("\r\nViolation,malformed-population.txt,22,"), out());
    }
}
