package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.harvest.TestSite;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** harvest (against a site on 127.0.0.1), then build: the graph says where and when each profile came from. */
class HarvestCommandTest {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    private int run(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int status = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return status;
    }

    @Test
    void harvestThenBuildCarriesProvenance() throws Exception {
        try (TestSite site = new TestSite()) {
            site.restApi = true;
            site.profile("alder-bay-or", "Alder Bay, OR", "Alder Bay police arrested 6 men in a reverse sting in May 2018.");
            site.profile("birch-hollow-or", "Birch Hollow, OR", "Birch Hollow deputies ran a web sting in 2021.");
            Path harvest = dir.resolve("harvest");
            assertEquals(0, run("harvest", site.base().toString(), "--out", harvest.toString(), "--delay", "0"), err);
            assertTrue(out.startsWith("found 2 (WordPress REST API), fetched 2, unchanged 0"), out);
            assertTrue(err.contains("discovery: WordPress REST API, 2 profile pages"), err);

            ManifestEntry alder = Manifest.read(harvest.resolve("manifest.tsv"))
                    .get(site.base().resolve("/site/alder-bay-or/").toString()).orElseThrow();
            for (String folder : List.of("profiles", "pages")) {
                Path trig = dir.resolve(folder + ".trig");
                assertEquals(0, run("build", harvest.resolve(folder).toString(), "--out", trig.toString()), err);
                Dataset ds = RDFDataMgr.loadDataset(trig.toString());
                Node doc = NodeFactory.createURI("https://w3id.org/demandgraph/profile/us/or/alder-bay");
                assertEquals(List.of(NodeFactory.createURI(alder.finalUrl())), objects(ds, doc, PROV + "wasDerivedFrom"), folder);
                assertEquals(alder.retrieved().toString(), objects(ds, doc, PROV + "generatedAtTime").get(0).getLiteralLexicalForm());
                assertEquals(alder.sha256(), objects(ds, doc, "https://w3id.org/demandgraph/ontology#pageSha256").get(0).getLiteralLexicalForm());
            }
        }
    }

    @Test
    void profilesWithoutAManifestHaveNoProvenance() throws Exception {
        Path trig = dir.resolve("plain.trig");
        assertEquals(0, run("build", "data/profiles", "--out", trig.toString()), err);
        Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(!ds.asDatasetGraph().find(Node.ANY, Node.ANY, NodeFactory.createURI(PROV + "wasDerivedFrom"), Node.ANY).hasNext());
    }

    @Test
    void aMalformedManifestRejectsTheProfileNamingTheManifestAndLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("h/profiles"));
        Files.copy(Path.of("data/profiles/norwich-ct.txt"), folder.resolve("norwich-ct.txt"));
        Files.writeString(dir.resolve("h/manifest.tsv"),
                "url\tfinal_url\tstatus\tretrieved\tetag\tlast_modified\tsha256\tpage\ttext\nhttps://x/site/norwich-ct/\tonly two\n");
        assertEquals(1, run("build", folder.toString(), "--out", dir.resolve("x.trig").toString()));
        assertTrue(err.contains("manifest.tsv:2: expected 9 tab-separated fields, found 2"), err);
    }

    @Test
    void anAddressThatIsNeitherWebNorAFolderIsAUsageError() {
        assertEquals(2, run("harvest", "ftp://example.org/", "--out", dir.toString()));
        assertTrue(err.contains("neither an http(s) address nor a folder"), err);
        assertEquals(2, run("harvest", "http://127.0.0.1:1/", "--out", dir.toString(), "--delay", "-1"));
    }

    private static List<Node> objects(Dataset ds, Node s, String p) {
        return ds.asDatasetGraph().stream(Node.ANY, s, NodeFactory.createURI(p), Node.ANY).map(Quad::getObject).toList();
    }
}
