package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Prefixes;

/**
 * The data behind each HTML page, read with SPARQL over the union of the graphs. Every value is a
 * {@link Term} or plain text; the templates decide the layout and escape everything.
 */
public final class PageModels {

    /** A quote of the profile text and its character offsets. */
    public record Quote(String exact, String start, String end) {}

    private final DatasetGraph dsg;
    private final Links links;

    public PageModels(DatasetGraph dsg, Links links) {
        this.dsg = dsg;
        this.links = links;
    }

    /** Which template describes this resource best: jurisdiction, tactic, actor or resource. */
    public String templateFor(Describer.Description d) {
        Node self = NodeFactory.createURI(d.iri());
        List<Node> types = d.own().stream()
                .filter(t -> t.getSubject().equals(self) && t.getPredicate().equals(RDF.Nodes.type))
                .map(Triple::getObject).toList();
        for (Node t : types) {
            if (t.equals(DG.City.asNode()) || t.equals(DG.County.asNode()) || t.equals(DG.State.asNode())
                    || t.equals(DG.Jurisdiction.asNode())) return "jurisdiction";
        }
        if (types.contains(DG.Tactic.asNode()) || types.contains(SKOS.Concept.asNode())) return "tactic";
        if (types.contains(DG.Actor.asNode())) return "actor";
        return "resource";
    }

    /** The model for a page: the common part (title, statements) plus the template's own data. */
    public Map<String, Object> model(Describer.Description d, String template) {
        return Txn.calculateRead(dsg, () -> {
            Node self = NodeFactory.createURI(d.iri());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", d.iri());
            m.put("path", links.href(d.iri()));
            m.put("title", labelOf(self));
            m.put("types", d.own().stream()
                    .filter(t -> t.getSubject().equals(self) && t.getPredicate().equals(RDF.Nodes.type))
                    .map(t -> term(t.getObject())).toList());
            m.put("statements", statements(d, self));
            m.put("incoming", incoming(d, self));
            m.put("incomingTotal", d.incoming().size());
            switch (template) {
                case "jurisdiction" -> jurisdiction(self, m);
                case "tactic" -> tactic(self, m);
                case "actor" -> actor(self, m);
                default -> { }
            }
            return m;
        });
    }

    private void jurisdiction(Node self, Map<String, Object> m) {
        List<Map<String, Object>> facts = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, """
                SELECT ?state ?population ?notation WHERE {
                  OPTIONAL { ?this dg:inState ?state }
                  OPTIONAL { ?this dg:population ?population }
                  OPTIONAL { ?this skos:notation ?notation }
                }""", self)) {
            if (s.contains("state")) facts.add(fact("State", term(s.get("state"))));
            if (s.contains("notation")) facts.add(fact("USPS code", term(s.get("notation"))));
            if (s.contains("population")) facts.add(fact("Population", term(s.get("population"))));
        }
        m.put("facts", facts);

        List<Map<String, Object>> operations = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, """
                SELECT DISTINCT ?op ?date ?since ?arrests WHERE {
                  ?op dg:jurisdiction ?this ; a dg:Operation .
                  OPTIONAL { ?op dg:date ?date }
                  OPTIONAL { ?op dg:since ?since }
                  OPTIONAL { ?op dg:arrests ?arrests }
                }""", self)) {
            Node op = s.get("op").asNode();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("op", term(op));
            String when = s.contains("date") ? lexical(s.get("date"))
                    : s.contains("since") ? "since " + lexical(s.get("since")) : "";
            row.put("when", when);
            row.put("sortKey", (s.contains("date") ? lexical(s.get("date")) : s.contains("since") ? lexical(s.get("since")) : "9999")
                    + "|" + labelOf(op) + "|" + op.getURI());
            row.put("arrests", s.contains("arrests") ? lexical(s.get("arrests")) : "");
            row.put("tactics", objects(op, DG.tactic.asNode()));
            row.put("agencies", objects(op, DG.conductedBy.asNode()));
            row.put("quotes", quotes(op));
            operations.add(row);
        }
        operations.sort(Comparator.comparing(r -> (String) r.get("sortKey")));
        m.put("operations", operations);

        List<Map<String, Object>> uses = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, """
                SELECT DISTINCT ?use ?tactic WHERE {
                  ?use a dg:TacticUse ; dg:jurisdiction ?this ; dg:tactic ?tactic .
                }""", self)) {
            Node use = s.get("use").asNode();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("use", term(use));
            row.put("tactic", term(s.get("tactic").asNode()));
            row.put("basis", objects(use, DG.basis.asNode()));
            row.put("quotes", quotes(use));
            uses.add(row);
        }
        uses.sort(Comparator.comparing(r -> ((Term) r.get("tactic")).text() + "|" + ((Term) r.get("use")).iri()));
        m.put("tacticUses", uses);

        m.put("profiles", column(self, "SELECT DISTINCT ?x WHERE { ?x foaf:primaryTopic ?this }"));
        m.put("listed", column(self, "SELECT DISTINCT ?x WHERE { ?p foaf:primaryTopic ?this ; dg:listedTactic ?x }"));
        m.put("partners", column(self, "SELECT DISTINCT ?x WHERE { ?this dg:keyPartner ?x }"));
        m.put("members", column(self, "SELECT DISTINCT ?x WHERE { ?x dg:inState ?this }"));

        List<Map<String, Object>> sources = new ArrayList<>();
        for (Term source : column(self, "SELECT DISTINCT ?x WHERE { ?p foaf:primaryTopic ?this ; dg:keySource ?x }")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", source);
            row.put("supports", objects(NodeFactory.createURI(source.iri()), DG.supportsTactic.asNode()));
            sources.add(row);
        }
        m.put("sources", sources);
    }

    private void tactic(Node self, Map<String, Object> m) {
        m.put("definitions", objects(self, SKOS.definition.asNode()));
        m.put("altLabels", objects(self, SKOS.altLabel.asNode()));
        m.put("broader", objects(self, SKOS.broader.asNode()));
        m.put("narrower", column(self, "SELECT DISTINCT ?x WHERE { { ?this skos:narrower ?x } UNION { ?x skos:broader ?this } }"));

        Map<String, Map<String, Object>> byJurisdiction = new TreeMap<>();
        for (QuerySolution s : Sparql.select(dsg, """
                SELECT DISTINCT ?use ?j WHERE { ?use a dg:TacticUse ; dg:tactic ?this ; dg:jurisdiction ?j }
                """, self)) {
            Term j = term(s.get("j").asNode());
            Map<String, Object> row = byJurisdiction.computeIfAbsent(j.text() + "|" + j.iri(), k -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("jurisdiction", j);
                r.put("quotes", new ArrayList<Quote>());
                return r;
            });
            @SuppressWarnings("unchecked")
            List<Quote> quotes = (List<Quote>) row.get("quotes");
            quotes.addAll(quotes(s.get("use").asNode()));
        }
        m.put("jurisdictions", new ArrayList<>(byJurisdiction.values()));
        m.put("operations", operationsWhere(self, "?op dg:tactic ?this"));
    }

    private void actor(Node self, Map<String, Object> m) {
        m.put("operations", operationsWhere(self, "?op dg:conductedBy ?this"));
        m.put("partnerOf", column(self, "SELECT DISTINCT ?x WHERE { ?x dg:keyPartner ?this }"));
    }

    private List<Map<String, Object>> operationsWhere(Node self, String pattern) {
        List<Map<String, Object>> ops = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, "SELECT DISTINCT ?op ?j ?date ?since ?arrests WHERE { " + pattern
                + " . ?op a dg:Operation . OPTIONAL { ?op dg:jurisdiction ?j } OPTIONAL { ?op dg:date ?date }"
                + " OPTIONAL { ?op dg:since ?since } OPTIONAL { ?op dg:arrests ?arrests } }", self)) {
            Node op = s.get("op").asNode();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("op", term(op));
            row.put("jurisdiction", s.contains("j") ? term(s.get("j").asNode()) : null);
            row.put("when", s.contains("date") ? lexical(s.get("date")) : s.contains("since") ? "since " + lexical(s.get("since")) : "");
            row.put("arrests", s.contains("arrests") ? lexical(s.get("arrests")) : "");
            row.put("sortKey", (s.contains("date") ? lexical(s.get("date")) : s.contains("since") ? lexical(s.get("since")) : "9999")
                    + "|" + labelOf(op) + "|" + op.getURI());
            ops.add(row);
        }
        ops.sort(Comparator.comparing(r -> (String) r.get("sortKey")));
        return ops;
    }

    private static Map<String, Object> fact(String name, Term value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("value", value);
        return f;
    }

    private static final Node EVIDENCE = DG.evidence.asNode();
    private static final Node EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    private static final Node END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");

    /** The quotes of a fact's evidence nodes, in text order (lookups, not SPARQL: pages call it per row). */
    private List<Quote> quotes(Node subject) {
        Graph g = Sparql.union(dsg);
        List<Quote> out = new ArrayList<>();
        for (Triple ev : g.find(subject, EVIDENCE, Node.ANY).toList()) {
            Node e = ev.getObject();
            String start = first(g, e, START);
            String end = first(g, e, END);
            for (Triple exact : g.find(e, EXACT, Node.ANY).toList()) {
                out.add(new Quote(exact.getObject().getLiteralLexicalForm(), start, end));
            }
        }
        out.sort(Comparator.comparing((Quote q) -> q.start().isEmpty() ? Long.MAX_VALUE : Long.parseLong(q.start()))
                .thenComparing(Quote::exact));
        return out.stream().distinct().toList();
    }

    private static String first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("");
    }

    /** Objects of one property of a subject, as terms sorted by text. */
    private List<Term> objects(Node subject, Node property) {
        List<Term> out = new ArrayList<>();
        Sparql.union(dsg).find(subject, property, Node.ANY).forEach(t -> out.add(term(t.getObject())));
        return sortedDistinct(out);
    }

    /** The ?x column of a query, as terms sorted by text. */
    private List<Term> column(Node self, String query) {
        List<Term> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, query, self)) out.add(term(s.get("x").asNode()));
        return sortedDistinct(out);
    }

    private static List<Term> sortedDistinct(List<Term> terms) {
        return terms.stream().distinct()
                .sorted(Comparator.comparing(Term::text).thenComparing(t -> t.iri() == null ? "" : t.iri())).toList();
    }

    private List<Map<String, Object>> statements(Describer.Description d, Node self) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Triple t : d.own()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("subject", t.getSubject().equals(self) ? null : term(t.getSubject()));
            r.put("predicate", term(t.getPredicate()));
            r.put("object", term(t.getObject()));
            rows.add(r);
        }
        return rows;
    }

    /** Rows of the "pointing here" table; the RDF formats carry all of them. */
    static final int MAX_INCOMING_ROWS = 500;

    private List<Map<String, Object>> incoming(Describer.Description d, Node self) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Triple t : d.incoming().subList(0, Math.min(MAX_INCOMING_ROWS, d.incoming().size()))) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("subject", term(t.getSubject()));
            r.put("predicate", term(t.getPredicate()));
            rows.add(r);
        }
        return rows;
    }

    Term term(RDFNode n) { return term(n.asNode()); }

    /** A node for display: literals as their text, IRIs by label with a link. Call inside a read txn. */
    Term term(Node n) {
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String shortDt = dt == null || dt.endsWith("#string") || dt.endsWith("#langString") ? null
                    : dt.substring(Math.max(dt.lastIndexOf('#'), dt.lastIndexOf('/')) + 1);
            return Term.literal(n.getLiteralLexicalForm(), shortDt);
        }
        if (n.isBlank()) return Term.literal("_:" + n.getBlankNodeLabel(), null);
        return Term.link(labelOf(n), links.href(n.getURI()), n.getURI());
    }

    /** rdfs:label, else skos:prefLabel, else the compact IRI. Call inside a read txn. */
    String labelOf(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        Graph g = Sparql.union(dsg);
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            // English or untagged first, then the smallest text: the same label on every run.
            String best = g.find(n, p, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral)
                    .sorted(Comparator.comparing((Node o) -> o.getLiteralLanguage().isEmpty()
                            || o.getLiteralLanguage().startsWith("en") ? 0 : 1)
                            .thenComparing(Node::getLiteralLexicalForm))
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
            if (best != null) return best;
        }
        return compact(n.getURI());
    }

    private String compact(String iri) {
        for (Map.Entry<String, String> e : Prefixes.sorted().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        String local = links.localPath(iri);
        return local != null ? local : iri;
    }

    private static String lexical(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
