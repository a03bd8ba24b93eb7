package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.demandgraph.graph.UnionView;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;

/**
 * The embedded Fuseki server of the knowledge graph, on 127.0.0.1 only. It is handed a dataset (it
 * never builds graphs) and serves it as {@code /kg}: {@code /kg/sparql} (SPARQL 1.1 query, GET and POST,
 * with a service description on a GET without query), {@code /kg/get} (Graph Store Protocol, read),
 * {@code /kg/shacl} (validation against the server's shapes) and, only when an update password is
 * set, {@code /kg/update} behind HTTP Basic (user {@value #UPDATE_USER}). The default graph is the
 * union of the named graphs. The query editor is at {@code /ui/}; {@code /} and any other path are
 * left to servlets added with {@link Builder#addServlet}.
 */
public final class DemandServer implements AutoCloseable {

    public static final String DATASET = "kg";
    public static final String UPDATE_USER = "admin";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_PORT = 3030;
    public static final Set<String> DEFAULT_HOST_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    public static final int DEFAULT_MAX_PER_CLIENT = 16;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
    private final FusekiServer fuseki;
    private final boolean updates;
    private final boolean shacl;
    private final ClientSlots clientSlots;

    DemandServer(FusekiServer fuseki, boolean updates, boolean shacl, ClientSlots clientSlots) {
        this.fuseki = fuseki;
        this.updates = updates;
        this.shacl = shacl;
        this.clientSlots = clientSlots;
    }

    /** The per-address request slots, for tests to see a request queued. */
    ClientSlots clientSlots() {
        return clientSlots;
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    public DemandServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (the free port chosen when built with port 0). */
    public int getPort() {
        return fuseki.getHttpPort();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + getPort();
    }

    public String sparqlUrl() {
        return baseUrl() + "/" + DATASET + "/sparql";
    }

    public String graphStoreUrl() {
        return baseUrl() + "/" + DATASET + "/get";
    }

    /** The SHACL endpoint, or null when no validator was given. */
    public String shaclUrl() {
        return shacl ? baseUrl() + "/" + DATASET + "/shacl" : null;
    }

    /** The update endpoint, or null when updates are off. */
    public String updateUrl() {
        return updates ? baseUrl() + "/" + DATASET + "/update" : null;
    }

    /** The query editor, opened on the dataset with the vocabulary's prefixes filled in. */
    public String editorUrl() {
        return baseUrl() + QueryEditor.link(DATASET, QueryEditor.defaultQuery());
    }

    /** Name → URL of everything served, in the order start-up prints them. */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("Landing page", baseUrl() + "/");
        urls.put("SPARQL", sparqlUrl());
        urls.put("Graph Store (read)", graphStoreUrl());
        if (shacl) {
            urls.put("SHACL", shaclUrl());
        }
        if (updates) {
            urls.put("SPARQL Update (user " + UPDATE_USER + ")", updateUrl());
        }
        urls.put("Query editor", baseUrl() + QueryEditor.PATH + "/");
        return urls;
    }

    /** An attribute of the server's servlet context (null when none). */
    Object attribute(String name) {
        return fuseki.getServletContext().getAttribute(name);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public static final class Builder {

        // Read by ServerAssembly when the server is built.
        private final DatasetGraph dataset;
        final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        final Map<String, Filter> filters = new LinkedHashMap<>();
        final List<Consumer<FusekiServer.Builder>> customizations = new ArrayList<>();
        int port = DEFAULT_PORT;
        Duration timeout = DEFAULT_TIMEOUT;
        UpdatePassword updatePassword;
        Set<String> allowedServices = Set.of();
        Set<String> hostNames = DEFAULT_HOST_NAMES;
        int maxPerClient = DEFAULT_MAX_PER_CLIENT;
        Duration clientQueueWait = HttpGuard.QUEUE_WAIT;
        Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        java.util.function.LongSupplier updateClock = System::nanoTime;
        final DataVersion version = new DataVersion();
        Function<Graph, ValidationReport> validator;
        Iris iris = Iris.defaults();
        private DatasetGraph served;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /**
         * The dataset as served: the union view over a store with quad indexes (the given dataset when it
         * is one, else an in-memory copy), every read bounded by the request's deadline. Code installed
         * with {@link #customize} should read this one, and key what it keeps on {@link #dataVersion()}.
         */
        public DatasetGraph served() {
            if (served == null) served = RequestDeadline.bound(UnionView.indexed(dataset));
            return served;
        }

        /** The clock (nanoseconds) that times the waits after failed update logins; tests step their own. */
        Builder updateClock(java.util.function.LongSupplier clock) {
            this.updateClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** 0 picks a free port ({@link DemandServer#getPort()} tells which). Default {@value DemandServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Longest a query may run before it is stopped and answered 503. Default 30 s. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("Timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Turns on {@code /kg/update}, for user {@value DemandServer#UPDATE_USER} with this password (null: off). */
        public Builder updatePassword(String password) {
            this.updatePassword = password == null ? null : new UpdatePassword(password);
            return this;
        }

        /** SERVICE endpoints queries may call (exact IRIs). None by default: the server sends no requests. */
        public Builder allowService(Collection<String> endpoints) {
            this.allowedServices = Set.copyOf(endpoints);
            return this;
        }

        /**
         * Host names (of the Host header, without port) the server answers to; others get 421. Default
         * {@code 127.0.0.1}, {@code localhost} and {@code [::1]}; add the public name when behind a proxy.
         */
        public Builder hostNames(Collection<String> names) {
            Set<String> all = new HashSet<>(DEFAULT_HOST_NAMES);
            names.forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
            this.hostNames = Set.copyOf(all);
            return this;
        }

        /**
         * Most requests one client address may have in progress at once; more queue in turn for a slot
         * (at most as many again, for up to {@link HttpGuard#QUEUE_WAIT}), then get 429. Default
         * {@value DemandServer#DEFAULT_MAX_PER_CLIENT}. Visitors behind one proxy or NAT share an address.
         */
        public Builder maxRequestsPerClient(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("At least one request per client: " + max);
            }
            this.maxPerClient = max;
            return this;
        }

        /** How long a request over its client's limit queues before 429; tests lengthen it to see the queue at work. */
        Builder clientQueueWait(Duration wait) {
            this.clientQueueWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /** How long a connection may make no progress (a client that stops reading) before it is closed. Default 10 s. */
        public Builder idleTimeout(Duration idle) {
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("Idle timeout must be positive: " + idle);
            }
            this.idleTimeout = idle;
            return this;
        }

        /** The version counter updates move on; give it to whatever keeps values computed from the data. */
        public DataVersion dataVersion() {
            return version;
        }

        /** What {@code /kg/shacl} runs on the data it is given. Without one, {@code /kg/shacl} is not served. */
        public Builder shacl(Function<Graph, ValidationReport> validator) {
            return shacl(validator, Iris.defaults());
        }

        /** As {@link #shacl(Function)}, for data under {@code iris}' base: the HTML report links to its pages here. */
        public Builder shacl(Function<Graph, ValidationReport> validator, Iris iris) {
            this.validator = validator;
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /**
         * A servlet of the linked-data side, e.g. {@code "/"} (the landing page), {@code "/jurisdiction/*"},
         * {@code "/void"}. {@code "/"} is the root page only (mapped as Jetty's exact root {@code ""}):
         * Fuseki keeps its own 404 servlet as the default for paths nobody claims. Paths under
         * {@code /kg/}, {@code /ui/} and {@code /$/} belong to the server.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            if (pathSpec.startsWith("/" + DATASET + "/") || pathSpec.startsWith(QueryEditor.PATH) || pathSpec.startsWith("/$/")) {
                throw new IllegalArgumentException("Path taken by the server: " + pathSpec);
            }
            servlets.put(pathSpec.equals("/") ? "" : pathSpec, servlet);
            return this;
        }

        /**
         * A step run on the underlying Fuseki builder after the server's own set-up, for code written
         * against Fuseki directly, e.g. {@code customize(b -> LinkedDataRoutes.install(b, dataset, iris))}.
         */
        public Builder customize(Consumer<FusekiServer.Builder> step) {
            customizations.add(Objects.requireNonNull(step));
            return this;
        }

        /** A filter run before Fuseki's dispatch (for example, cache headers). */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.put(pathSpec, filter);
            return this;
        }

        public DemandServer build() {
            return ServerAssembly.assemble(this);
        }

        public DemandServer start() {
            return build().start();
        }
    }
}
