package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.server.linkeddata.PageRows.Operation;
import org.demandgraph.server.linkeddata.PageRows.UsedIn;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** The per-version label map gives the labels of the per-row lookup; tactic pages show a bounded number of rows. */
class PageLabelsAndCapTest {

    private static final String BASE = Iris.defaults().base();
    private static final Links LINKS = new Links(Iris.defaults());
    private static final Node TACTIC = NodeFactory.createURI(BASE + "tactic/reverse-stings");

    private static Node uri(String local) { return NodeFactory.createURI(BASE + local); }

    @Test
    void labelMapAgreesWithLookupOnEveryKindOfLabel() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g1 = uri("graph/a"), g2 = uri("graph/b");
        Node both = uri("jurisdiction/us/ct/both"), pref = uri("tactic/pref-only"), title = uri("source/title-only"),
                none = uri("jurisdiction/us/ct/none"), langs = uri("jurisdiction/us/ct/langs");
        Txn.executeWrite(dsg, () -> {
            dsg.add(g1, both, RDFS.label.asNode(), NodeFactory.createLiteralString("Zeta"));
            dsg.add(g2, both, RDFS.label.asNode(), NodeFactory.createLiteralString("Alpha"));
            dsg.add(g2, both, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Aardvark"));
            dsg.add(g1, pref, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Reverse stings"));
            dsg.add(g1, pref, DCTerms.title.asNode(), NodeFactory.createLiteralString("A title"));
            dsg.add(g1, title, DCTerms.title.asNode(), NodeFactory.createLiteralString("Police report"));
            dsg.add(g1, none, RDF.type.asNode(), DG.City.asNode());
            dsg.add(g1, langs, RDFS.label.asNode(), NodeFactory.createLiteralLang("Aaa", "fr"));
            dsg.add(g2, langs, RDFS.label.asNode(), NodeFactory.createLiteralLang("Zzz", "en"));
            dsg.getDefaultGraph().add(NodeFactory.createURI(BASE + "extra"), RDFS.label.asNode(), NodeFactory.createLiteralString("Extra"));
        });
        Labels labels = Labels.of(dsg);
        PageTerms mapped = new PageTerms(dsg, LINKS, () -> labels);
        PageTerms looked = new PageTerms(dsg, LINKS, null);
        Map<Node, String> expected = Map.of(both, "Alpha", pref, "Reverse stings", title, "Police report",
                none, "/jurisdiction/us/ct/none", langs, "Zzz", NodeFactory.createURI(BASE + "extra"), "Extra");
        Txn.executeRead(dsg, () -> expected.forEach((n, label) -> {
            assertEquals(label, looked.labelOf(n), "lookup of " + n);
            assertEquals(label, mapped.labelOf(n), "map of " + n);
        }));
    }

    @Test
    void aTacticUsedEverywhereShowsTheCapAndCountsTheRest() {
        int places = PageModels.MAX_TACTIC_ROWS + 37, operations = PageModels.MAX_TACTIC_ROWS + 5;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<String> names = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            dsg.add(uri("graph/ontology"), TACTIC, RDF.type.asNode(), DG.Tactic.asNode());
            dsg.add(uri("graph/ontology"), TACTIC, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Reverse stings"));
            for (int i = places - 1; i >= 0; i--) {
                String name = String.format("Place %04d, CT", i);
                names.add(name);
                Node g = uri("graph/p" + i), j = uri("jurisdiction/us/ct/place-" + i), use = uri("use/p" + i), ev = uri("ev/p" + i);
                dsg.add(g, j, RDFS.label.asNode(), NodeFactory.createLiteralString(name));
                dsg.add(g, use, RDF.type.asNode(), DG.TacticUse.asNode());
                dsg.add(g, use, DG.tactic.asNode(), TACTIC);
                dsg.add(g, use, DG.jurisdiction.asNode(), j);
                dsg.add(g, use, DG.evidence.asNode(), ev);
                dsg.add(g, ev, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), NodeFactory.createLiteralString("officers posed as decoys " + i));
            }
            for (int i = 0; i < operations; i++) {
                Node op = uri("operation/o" + i);
                dsg.add(uri("graph/p0"), op, RDF.type.asNode(), DG.Operation.asNode());
                dsg.add(uri("graph/p0"), op, DG.tactic.asNode(), TACTIC);
                dsg.add(uri("graph/p0"), op, DG.date.asNode(), NodeFactory.createLiteralString(String.format("%04d-01-01", 1800 + i)));
            }
        });
        names.sort(null);
        Labels labels = Labels.of(dsg);
        PageModels pages = new PageModels(dsg, LINKS, () -> labels);
        Map<String, Object> m = pages.model(new Describer(dsg).describe(TACTIC.getURI()), "tactic");

        @SuppressWarnings("unchecked") List<UsedIn> shown = (List<UsedIn>) m.get("jurisdictions");
        assertEquals(names.subList(0, PageModels.MAX_TACTIC_ROWS), shown.stream().map(u -> u.jurisdiction().text()).toList());
        assertEquals("officers posed as decoys 0", shown.get(0).quotes().get(0).exact());
        assertEquals(places, m.get("jurisdictionsTotal"));
        assertEquals(37, m.get("jurisdictionsHidden"));
        @SuppressWarnings("unchecked") List<Operation> ops = (List<Operation>) m.get("operations");
        assertEquals(PageModels.MAX_TACTIC_ROWS, ops.size());
        assertEquals("1800-01-01", ops.get(0).when());
        assertEquals(5, m.get("operationsHidden"));

        String html = new Templates().render("tactic", withSite(m));
        assertTrue(html.contains("Showing the first 200 of 237 jurisdictions, by name; 37 more are not shown."), html);
        assertTrue(html.contains("Showing the first 200 of 205 operations, by date; 5 more are not shown."));
        assertTrue(html.contains("href=\"/kg/sparql?query="), "links the full list");

        // The linked query answers every place, not only the ones shown.
        String href = org.jsoup.Jsoup.parse(html).selectFirst("#jurisdictions-cut a").attr("href");
        assertTrue(href.startsWith("/kg/sparql?query=") && href.endsWith("&output=csv"), href);
        String query = java.net.URLDecoder.decode(href.substring(href.indexOf("query=") + 6, href.indexOf("&output=")),
                java.nio.charset.StandardCharsets.UTF_8);
        int rows = Txn.calculateRead(dsg, () -> Sparql.select(dsg, org.apache.jena.query.QueryFactory.create(query), Map.of()).size());
        assertEquals(places, rows);
    }

    @Test
    void capLinesShowCountsWithThousandsSeparatorsWhateverTheLocale() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> dsg.add(uri("graph/ontology"), TACTIC, RDF.type.asNode(), DG.Tactic.asNode()));
        Map<String, Object> m = new java.util.LinkedHashMap<>(new PageModels(dsg, LINKS).model(new Describer(dsg).describe(TACTIC.getURI()), "tactic"));
        m.put("jurisdictions", List.of(new UsedIn(Term.literal("Place, CT", null), new ArrayList<>())));
        m.put("jurisdictionsTotal", 12_345);
        m.put("jurisdictionsHidden", 12_145);
        m.put("operations", List.of(new Operation(Term.literal("Sting", null), Term.literal("Place, CT", null), "2019", "4",
                List.of(), List.of(), List.of(), "2019")));
        m.put("operationsTotal", 3_000);
        m.put("operationsHidden", 1_000);
        java.util.Locale before = java.util.Locale.getDefault();
        String html;
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY); // "12.345" if the pages followed the machine
            html = new Templates().render("tactic", withSite(m));
        } finally {
            java.util.Locale.setDefault(before);
        }
        var page = org.jsoup.Jsoup.parse(html);
        assertEquals("Showing the first 200 of 12,345 jurisdictions, by name; 12,145 more are not shown. The full list as CSV.",
                page.selectFirst("#jurisdictions-cut").text());
        assertEquals("Showing the first 2,000 of 3,000 operations, by date; 1,000 more are not shown. The full list as CSV.",
                page.selectFirst("#operations-cut").text());
    }

    private static Map<String, Object> withSite(Map<String, Object> m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(m);
        out.put("site", new SiteInfo(BASE, SiteInfo.DEFAULT_SPARQL, SiteInfo.DEFAULT_QUERY_EDITOR, LINKS.json()));
        return out;
    }
}
