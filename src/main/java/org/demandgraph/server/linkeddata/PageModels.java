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
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.DG;
import org.demandgraph.server.linkeddata.PageRows.Fact;
import org.demandgraph.server.linkeddata.PageRows.Incoming;
import org.demandgraph.server.linkeddata.PageRows.Operation;
import org.demandgraph.server.linkeddata.PageRows.Quote;
import org.demandgraph.server.linkeddata.PageRows.Source;
import org.demandgraph.server.linkeddata.PageRows.Statement;
import org.demandgraph.server.linkeddata.PageRows.TacticUse;
import org.demandgraph.server.linkeddata.PageRows.UsedIn;

/**
 * The data behind each HTML page, read with the {@link PageQuery} files over the union of the graphs
 * into the small records of {@link PageRows}. Every value is a {@link Term} ({@link PageTerms}) or plain
 * text; the templates decide the layout and escape everything.
 */
public final class PageModels {

    private final DatasetGraph dsg;
    private final Links links;
    /** How each node is shown: text, or a label with a link. */
    private final PageTerms terms;

    public PageModels(DatasetGraph dsg, Links links) {
        this(dsg, links, null);
    }

    /** Pages of a served dataset: labels from the map computed once per version of the data (null: looked up). */
    PageModels(DatasetGraph dsg, Links links, java.util.function.Supplier<Labels> labels) {
        this.dsg = dsg;
        this.links = links;
        this.terms = new PageTerms(dsg, links, labels);
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
        if (types.contains(DG.Profile.asNode())) return "profile";
        return "resource";
    }

    /** The model for a page: the common part (title, statements) plus the template's own data. */
    public Map<String, Object> model(Describer.Description d, String template) {
        return Txn.calculateRead(dsg, () -> {
            Node self = NodeFactory.createURI(d.iri());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", d.iri());
            m.put("path", links.href(d.iri()));
            m.put("title", terms.labelOf(self));
            m.put("types", d.own().stream()
                    .filter(t -> t.getSubject().equals(self) && t.getPredicate().equals(RDF.Nodes.type))
                    .map(t -> terms.term(t.getObject())).toList());
            m.put("statements", statements(d, self));
            m.put("incoming", incoming(d));
            m.put("incomingTotal", d.incoming().size());
            m.put("quotes", quotes(self));
            switch (template) {
                case "jurisdiction" -> jurisdiction(self, m);
                case "tactic" -> tactic(self, m);
                case "actor" -> actor(self, m);
                case "profile" -> profile(self, m);
                default -> { }
            }
            return m;
        });
    }

    private void jurisdiction(Node self, Map<String, Object> m) {
        List<Fact> facts = new ArrayList<>();
        for (QuerySolution s : select(PageQuery.JURISDICTION_FACTS, self)) {
            if (s.contains("state")) facts.add(new Fact("State", terms.term(s.get("state"))));
            if (s.contains("notation")) facts.add(new Fact("USPS code", terms.term(s.get("notation"))));
            if (s.contains("population")) facts.add(new Fact("Population", terms.term(s.get("population"))));
        }
        m.put("facts", facts);
        m.put("operations", operations(PageQuery.JURISDICTION_OPERATIONS, self, true));

        List<TacticUse> uses = new ArrayList<>();
        for (QuerySolution s : select(PageQuery.JURISDICTION_TACTIC_USES, self)) {
            Node use = s.get("use").asNode();
            uses.add(new TacticUse(terms.term(use), terms.term(s.get("tactic").asNode()), s.contains("j") ? terms.term(s.get("j").asNode()) : null,
                    objects(use, DG.basis.asNode()), quotes(use)));
        }
        uses.sort(Comparator.comparing((TacticUse u) -> u.tactic().text())
                .thenComparing(u -> u.place() == null ? "" : u.place().text()).thenComparing(u -> u.use().iri()));
        m.put("tacticUses", uses);

        m.put("profiles", column(PageQuery.JURISDICTION_PROFILES, self));
        m.put("listed", column(PageQuery.JURISDICTION_LISTED_TACTICS, self));
        m.put("partners", column(PageQuery.JURISDICTION_PARTNERS, self));
        m.put("members", column(PageQuery.JURISDICTION_MEMBERS, self));
        m.put("sources", column(PageQuery.JURISDICTION_SOURCES, self).stream()
                .map(source -> new Source(source, objects(NodeFactory.createURI(source.iri()), DG.supportsTactic.asNode())))
                .toList());
    }

    private void tactic(Node self, Map<String, Object> m) {
        m.put("definitions", objects(self, SKOS.definition.asNode()));
        m.put("altLabels", objects(self, SKOS.altLabel.asNode()));
        m.put("broader", objects(self, SKOS.broader.asNode()));
        m.put("narrower", column(PageQuery.TACTIC_NARROWER, self));

        // Rows by jurisdiction label; only the rows shown get their quotes (a common tactic has thousands).
        Map<String, List<Node>> usesByJurisdiction = new TreeMap<>();
        Map<String, Term> jurisdictionTerms = new LinkedHashMap<>();
        for (QuerySolution s : select(PageQuery.TACTIC_USES, self)) {
            Term j = terms.term(s.get("j").asNode());
            String key = j.text() + "|" + j.iri();
            jurisdictionTerms.putIfAbsent(key, j);
            usesByJurisdiction.computeIfAbsent(key, k -> new ArrayList<>()).add(s.get("use").asNode());
        }
        List<UsedIn> shown = new ArrayList<>();
        for (Map.Entry<String, List<Node>> e : usesByJurisdiction.entrySet()) {
            if (shown.size() == MAX_TACTIC_ROWS) break;
            UsedIn row = new UsedIn(jurisdictionTerms.get(e.getKey()), new ArrayList<>());
            e.getValue().forEach(use -> row.quotes().addAll(quotes(use)));
            shown.add(row);
        }
        m.put("jurisdictions", shown);
        m.put("jurisdictionsTotal", usesByJurisdiction.size());
        m.put("jurisdictionsHidden", usesByJurisdiction.size() - shown.size());
        List<QuerySolution> rows = select(PageQuery.TACTIC_OPERATIONS, self);
        List<Operation> ops = operations(rows, false, MAX_TACTIC_ROWS);
        m.put("operations", ops);
        m.put("operationsTotal", rows.size());
        m.put("operationsHidden", rows.size() - ops.size());
        // The full lists, as queries the page links to the SPARQL endpoint (answered as CSV).
        m.put("jurisdictionsQuery", PageQuery.TACTIC_USES_ALL.textFor(self));
        m.put("operationsQuery", PageQuery.TACTIC_OPERATIONS_ALL.textFor(self));
    }

    /**
     * Rows of each table on a tactic page: a tactic used in thousands of places would otherwise make a
     * page of megabytes. The rest are counted on the page and linked as CSV.
     */
    static final int MAX_TACTIC_ROWS = 200;

    private static final Node DESCRIPTION = org.apache.jena.vocabulary.DCTerms.description.asNode();

    private void profile(Node self, Map<String, Object> m) {
        Graph g = Sparql.union(dsg);
        String narrative = first(g, self, DESCRIPTION);
        m.put("paragraphs", narrative.isEmpty() ? List.of() : ProfileText.paragraphs(g, self, narrative));
        m.put("elsewhere", ProfileText.elsewhere(g, self, narrative));
        m.put("topic", objects(self, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic")));
        m.put("sourceFile", first(g, self, DG.sourceFile.asNode()));
        m.put("titleLine", first(g, self, DG.line.asNode()));
        m.put("footerLine", first(g, self, DG.footerLine.asNode()));
    }

    private void actor(Node self, Map<String, Object> m) {
        m.put("operations", operations(PageQuery.ACTOR_OPERATIONS, self, false));
        m.put("partnerOf", column(PageQuery.ACTOR_PARTNER_OF, self));
    }

    /**
     * Operations by date (undated last), then label: with their tactics, agencies and quotes on the
     * jurisdiction's own page ({@code details}), with their jurisdiction elsewhere.
     */
    private List<Operation> operations(PageQuery query, Node self, boolean details) {
        return operations(select(query, self), details, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} rows in that order: only those become rows of the page (a common tactic's
     * thousands of operations are sorted by key, not each turned into links and quotes).
     */
    private List<Operation> operations(List<QuerySolution> rows, boolean details, int limit) {
        record Keyed(String sortKey, QuerySolution row) {}
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (QuerySolution s : rows) {
            Node op = s.get("op").asNode();
            String date = s.contains("date") ? lexical(s.get("date")) : null;
            String since = s.contains("since") ? lexical(s.get("since")) : null;
            keyed.add(new Keyed((date != null ? date : since != null ? since : "9999") + "|" + terms.labelOf(op) + "|" + op.getURI(), s));
        }
        keyed.sort(Comparator.comparing(Keyed::sortKey));
        List<Operation> ops = new ArrayList<>();
        for (Keyed k : keyed.subList(0, Math.min(limit, keyed.size()))) {
            QuerySolution s = k.row();
            Node op = s.get("op").asNode();
            String date = s.contains("date") ? lexical(s.get("date")) : null;
            String since = s.contains("since") ? lexical(s.get("since")) : null;
            String when = date != null ? date : since != null ? "since " + since : "";
            ops.add(new Operation(terms.term(op), s.contains("j") ? terms.term(s.get("j").asNode()) : null, when,
                    s.contains("arrests") ? lexical(s.get("arrests")) : "",
                    details ? objects(op, DG.tactic.asNode()) : List.of(),
                    details ? objects(op, DG.conductedBy.asNode()) : List.of(),
                    details ? quotes(op) : List.of(), k.sortKey()));
        }
        return ops;
    }

    private List<QuerySolution> select(PageQuery query, Node self) {
        return Sparql.select(dsg, query.query(), self);
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
                String anchor = e.isURI() ? ProfileText.anchor(e.getURI(), start, end) : null;
                out.add(new Quote(exact.getObject().getLiteralLexicalForm(), start, end,
                        anchor == null ? null : links.href(anchor.substring(0, anchor.indexOf('#'))) + anchor.substring(anchor.indexOf('#'))));
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
        Sparql.union(dsg).find(subject, property, Node.ANY).forEach(t -> out.add(terms.term(t.getObject())));
        return sortedDistinct(out);
    }

    /** The ?x column of a page query, as terms sorted by text. */
    List<Term> column(PageQuery query, Node self) {
        List<Term> out = new ArrayList<>();
        for (QuerySolution s : select(query, self)) out.add(terms.term(s.get("x").asNode()));
        return sortedDistinct(out);
    }

    private static List<Term> sortedDistinct(List<Term> terms) {
        return terms.stream().distinct()
                .sorted(Comparator.comparing(Term::text).thenComparing(t -> t.iri() == null ? "" : t.iri())).toList();
    }

    private List<Statement> statements(Describer.Description d, Node self) {
        return d.own().stream().map(t -> new Statement(t.getSubject().equals(self) ? null : terms.term(t.getSubject()),
                terms.term(t.getPredicate()), terms.term(t.getObject()))).toList();
    }

    /** Rows of the "pointing here" table; the RDF formats carry all of them. */
    static final int MAX_INCOMING_ROWS = 500;

    private List<Incoming> incoming(Describer.Description d) {
        return d.incoming().subList(0, Math.min(MAX_INCOMING_ROWS, d.incoming().size())).stream()
                .map(t -> new Incoming(terms.term(t.getSubject()), terms.term(t.getPredicate()))).toList();
    }

    private static String lexical(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
