package org.demandgraph.server;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.rdfio.NoRemoteContexts;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

/**
 * {@code /kg/shacl}: validates data against the server's own shapes (not shapes sent by the client, as
 * Fuseki's built-in SHACL service does). POST an RDF document to validate it; or name a graph of the
 * dataset with {@code ?graph=IRI} ({@code default} or {@code union} for the union of all named graphs),
 * by GET or POST with no body. Answers the SHACL validation report, by content negotiation.
 */
final class ShaclService extends BaseActionREST {

    /** Relative IRIs in POSTed data resolve against this (as in Fuseki's own upload handling). */
    private static final String BASE = "http://server/unset-base/";
    /** The report is a graph: the graph syntaxes of the server's one negotiation. */
    private static final Negotiation.Offers<Lang> REPORT = Syntaxes.offers(Syntaxes.GRAPH);

    private final Function<Graph, ValidationReport> validator;
    /** The served data's base: the readable reports link its IRIs to this server's pages. */
    private final org.demandgraph.vocab.Iris iris;

    ShaclService(Function<Graph, ValidationReport> validator, org.demandgraph.vocab.Iris iris) {
        this.validator = validator;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpAction action) {
        if (action.getRequestParameter("graph") == null) {
            ServletOps.errorBadRequest("GET needs ?graph=IRI (or ?graph=default); or POST the data to validate");
        }
        validateStored(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        if (action.getRequestParameter("graph") != null) {
            validateStored(action);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(action.getRequestContentType());
        if (lang == null) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415,
                    "POST an RDF document (Content-Type text/turtle, application/ld+json, ...) or use ?graph=");
        }
        Graph data = GraphFactory.createDefaultGraph();
        try {
            // The client's mistake goes back to the client (400), not into the server log as an ERROR.
            RDFParser.source(action.getRequestInputStream()).lang(lang).base(BASE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .context(NoRemoteContexts.context()).parse(data);
        } catch (RiotException e) {
            ServletOps.errorBadRequest("Cannot read the data as " + lang.getName() + ": " + e.getMessage());
        } catch (IOException e) {
            ServletOps.errorBadRequest("Cannot read the request body: " + e.getMessage());
        }
        respond(action, validator.apply(RequestDeadline.bound(data)), data);
    }

    private void validateStored(HttpAction action) {
        String name = action.getRequestParameter("graph");
        action.beginRead();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            Graph data;
            if (name.equals("default") || name.equals("union")) {
                data = dsg.getUnionGraph();
            } else {
                if (!dsg.containsGraph(NodeFactory.createURI(name))) {
                    ServletOps.errorNotFound("No graph <" + name + "> in the dataset");
                }
                data = dsg.getGraph(NodeFactory.createURI(name));
            }
            respond(action, validator.apply(data), data);
        } finally {
            action.endRead();
        }
    }

    /** The person-readable renderings of the report, by {@code ?format=}: what {@code validate --format} gives. */
    private static final java.util.Map<String, String> READABLE = java.util.Map.of(
            "html", "text/html; charset=utf-8", "csv", "text/csv; charset=utf-8",
            "json", "application/json; charset=utf-8", "text", "text/plain; charset=utf-8");

    private void respond(HttpAction action, ValidationReport report, Graph data) {
        String format = action.getRequestParameter("format");
        if (format != null && READABLE.containsKey(format)) {
            readable(action, report, data, format);
            return;
        }
        String accept = action.getRequestHeader("Accept");
        Optional<Lang> chosen = REPORT.choose(accept);
        if (chosen.isEmpty()) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, REPORT.notAcceptable(accept).strip());
        }
        Lang lang = chosen.get();
        action.log.info(String.format("[%d] shacl: %s (%d results)", action.id,
                report.conforms() ? "conforms" : "does not conform", report.getEntries().size()));
        action.setResponseStatus(HttpSC.OK_200);
        ActionLib.graphResponse(action, report.getGraph(), lang);
    }

    /** The report summarised (file:line, fixes, coverage) in one of the readable formats; links are site paths. */
    private void readable(HttpAction action, ValidationReport report, Graph data, String format) {
        org.demandgraph.validate.ValidationSummary summary = org.demandgraph.validate.ValidationSummary.of(report, data);
        String body = switch (format) {
            case "html" -> summary.toHtml(iris, true);
            case "csv" -> summary.toCsv();
            case "json" -> summary.toJson();
            default -> summary.toTextWithResults();
        };
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        action.log.info(String.format("[%d] shacl: %s (%d results, %s)", action.id,
                report.conforms() ? "conforms" : "does not conform", report.getEntries().size(), format));
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType(READABLE.get(format));
        action.setResponseContentLength(bytes.length);
        try {
            action.getResponseOutputStream().write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
