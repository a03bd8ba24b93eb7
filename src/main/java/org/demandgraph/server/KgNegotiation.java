package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;

/**
 * Puts {@code /kg/sparql} and {@code /kg/get} under the server's one {@link Negotiation}: the filter
 * chooses the syntax from the request's {@code Accept} header (SELECT/ASK results, a graph, or a
 * dataset, by what the request asks for) and hands Fuseki exactly that media type, so the answer is
 * the one every other endpoint would give; nothing acceptable is 406. An explicit {@code ?format=} or
 * {@code ?output=} (Fuseki's own override), a query that does not parse (Fuseki answers 400) and a
 * query sent as the request body (its form is unknown here) pass through unchanged.
 */
final class KgNegotiation implements Filter {

    private static final Negotiation.Offers<Lang> RESULTS = Syntaxes.offers(Syntaxes.RESULTS);
    private static final Negotiation.Offers<Lang> GRAPH = Syntaxes.offers(Syntaxes.GRAPH);
    private static final Negotiation.Offers<Lang> DATASET = Syntaxes.offers(Syntaxes.DATASET);
    /** A body query may answer results or a graph: refused only when the header admits neither. */
    private static final Negotiation.Offers<Lang> ANY = anyAnswer();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String accept = request.getHeader("Accept");
        if (request.getParameter("format") != null || request.getParameter("output") != null) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Negotiation.Offers<Lang>> offers = offersFor(request);
        if (offers.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Lang> chosen = offers.get().choose(accept);
        if (chosen.isEmpty()) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setHeader("Vary", "Accept");
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().print(offers.get().notAcceptable(accept));
            return;
        }
        chain.doFilter(offers.get() == ANY ? req : withAccept(request, Syntaxes.mediaType(chosen.get())), res);
    }

    /** What the request can be answered in; empty to leave it to Fuseki (service description, bad query). */
    static Optional<Negotiation.Offers<Lang>> offersFor(HttpServletRequest request) {
        if (request.getRequestURI().endsWith("/get")) {
            return Optional.of(request.getParameter("graph") != null || request.getParameter("default") != null
                    ? GRAPH : DATASET);
        }
        String query = request.getParameter("query");
        if (query == null) {
            return "POST".equals(request.getMethod()) ? Optional.of(ANY) : Optional.empty();
        }
        try {
            Query q = QueryFactory.create(query);
            return Optional.of(q.isSelectType() || q.isAskType() ? RESULTS : GRAPH);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
    }

    private static Negotiation.Offers<Lang> anyAnswer() {
        Negotiation.Offers<Lang> any = Syntaxes.offers(Syntaxes.RESULTS);
        Syntaxes.GRAPH.forEach(l -> any.add(Syntaxes.mediaType(l), l));
        return any;
    }

    /** The request as Fuseki sees it: asking for exactly one media type. */
    private static HttpServletRequest withAccept(HttpServletRequest request, String mediaType) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? mediaType : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name)
                        ? Collections.enumeration(List.of(mediaType)) : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
                if (names.stream().noneMatch("Accept"::equalsIgnoreCase)) names.add("Accept");
                return Collections.enumeration(names);
            }
        };
    }
}
