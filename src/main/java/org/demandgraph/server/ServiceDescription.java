package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL Service Description of the query endpoint, answered on a GET with no {@code query}
 * parameter (SPARQL 1.1 Service Description, section 2), so clients such as Comunica can discover
 * the endpoint, its result formats and the dataset (the union's size and how many named graphs, not a
 * list of them: the description stays small at any size). Turtle unless the request asks for another RDF syntax;
 * a browser (preferring {@code text/html}) is sent on to the query editor.
 */
final class ServiceDescription implements Filter {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private static final String HTML = "text/html";
    static final String LIST_GRAPHS = "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    /** The graph syntaxes (Turtle first), then HTML for browsers, which are sent to the query editor. */
    private static final Negotiation.Offers<String> OFFERS = offers();
    private static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private final DatasetGraph dataset;
    private final boolean updates;
    private final DataVersion dataVersion;

    ServiceDescription(DatasetGraph dataset, boolean updates, DataVersion dataVersion) {
        this.dataset = dataset;
        this.updates = updates;
        this.dataVersion = dataVersion;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean describe = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("query") == null;
        if (!describe) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Vary", "Accept");
        Optional<String> chosen = OFFERS.choose(request.getHeader("Accept"));
        if (chosen.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().print(OFFERS.notAcceptable(request.getHeader("Accept")));
            return;
        }
        if (chosen.get().equals(HTML)) {
            // A person in a browser: the query editor is more use than Turtle.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + QueryEditor.PATH);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(chosen.get());
        String endpoint = request.getRequestURL().toString();
        Model description = describe(endpoint, sizes());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        if (!"HEAD".equals(request.getMethod())) {
            RDFDataMgr.write(response.getOutputStream(), description, lang);
        }
    }

    private static Negotiation.Offers<String> offers() {
        Negotiation.Offers<String> offers = Negotiation.offers();
        Syntaxes.GRAPH.forEach(l -> offers.add(Syntaxes.mediaType(l), Syntaxes.mediaType(l)));
        return offers.alias(Negotiation.JSON, Syntaxes.mediaType(Lang.JSONLD))
                .add(HTML, HTML).alias(Negotiation.XHTML, HTML);
    }

    /** Triples in the default graph (the union) and how many named graphs there are. */
    private record Sizes(long version, long defaultGraph, long namedGraphs) {}

    private Sizes sizes;

    /** Counted once per version of the data (a count reads every triple), not on every request. */
    private synchronized Sizes sizes() {
        long version = dataVersion.current();
        if (sizes == null || sizes.version() != version) {
            sizes = Txn.calculateRead(dataset, () -> {
                long named = 0;
                for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) if (it.next().isURI()) named++;
                return new Sizes(version, dataset.getDefaultGraph().size(), named);
            });
        }
        return sizes;
    }

    private Model describe(String endpoint, Sizes sizes) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("void", VOID.NS);
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        if (updates) {
            service.addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"));
        }
        for (String format : RESULT_FORMATS) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(VOID.triples, count(m, sizes.defaultGraph()));
        Resource ds = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        service.addProperty(m.createProperty(SD, "defaultDataset"), ds);
        // The named graphs (one per profile: thousands) are counted, not listed, so the description
        // stays the same small size whatever the data; a query lists them.
        ds.addProperty(RDFS.comment, sizes.namedGraphs() + " named graphs (one per profile, and the ontology's and"
                + " quality graphs). List them with: " + LIST_GRAPHS);
        return m;
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, long triples) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(triples));
    }
}
