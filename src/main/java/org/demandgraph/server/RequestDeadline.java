package org.demandgraph.server;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import java.util.function.Predicate;

/**
 * The time by which the request being handled on this thread must be done, and data views that
 * stop when it has passed. Every read of the served data goes through {@link #bound(DatasetGraph)},
 * so whatever a request does with it (a query, a Graph Store read, SHACL, a page) throws
 * {@link QueryCancelledException} once the deadline is gone, which the server answers 503 (or, when
 * the response has started, by cutting the connection so the client sees an incomplete body).
 * Checking the clock on every 256th step keeps the cost out of profiles.
 */
public final class RequestDeadline {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private static final int CHECK_EVERY = 256;

    private RequestDeadline() {}

    /** Starts the clock for the request on this thread. */
    static void start(long timeoutMillis) {
        DEADLINE.set(System.nanoTime() + timeoutMillis * 1_000_000L);
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** Throws {@link QueryCancelledException} when this thread's request is past its deadline. */
    public static void check() {
        if (passed()) {
            throw new QueryCancelledException();
        }
    }

    /** Nanoseconds left until this thread's request's deadline (negative once past; {@link Long#MAX_VALUE} outside a request). */
    static long nanosLeft() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Long.MAX_VALUE : deadline - System.nanoTime();
    }

    /** Whether this thread's request is past its deadline (false outside a request). */
    static boolean passed() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() - deadline > 0;
    }

    /** A view of the dataset whose every find is bounded by the current request's deadline. */
    public static DatasetGraph bound(DatasetGraph dsg) {
        return dsg instanceof Bounded ? dsg : new Bounded(dsg);
    }

    /** A view of the graph whose every find is bounded by the current request's deadline. */
    public static Graph bound(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find(Triple m) {
                check();
                return super.find(m).filterKeep(new Ticker<>());
            }

            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                check();
                return super.find(s, p, o).filterKeep(new Ticker<>());
            }

            @Override
            public boolean contains(Node s, Node p, Node o) {
                check();
                return super.contains(s, p, o);
            }
        };
    }

    /** Views the graphs through this dataset's bounded find (a wrapper's own graphs would bypass it). */
    private static final class Bounded extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        Bounded(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getDefaultGraph() {
            return GraphView.createDefaultGraph(this);
        }

        @Override
        public Graph getUnionGraph() {
            return GraphView.createUnionGraph(this);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return GraphView.createNamedGraph(this, graphNode);
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            check();
            return new Checked<>(super.find(g, s, p, o));
        }

        /** Every quad (the wrapper's own goes straight to the base: dumps and ETags read this way). */
        @Override
        public Iterator<Quad> find() {
            check();
            return new Checked<>(super.find());
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            check();
            return new Checked<>(super.findNG(g, s, p, o));
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            check();
            return super.contains(g, s, p, o);
        }
    }

    /** Keeps everything; checks the deadline every {@value #CHECK_EVERY} elements. */
    private static final class Ticker<T> implements Predicate<T> {
        private int steps;

        @Override
        public boolean test(T any) {
            if (++steps % CHECK_EVERY == 0) {
                check();
            }
            return true;
        }
    }

    private static final class Checked<T> implements Iterator<T> {
        private final Iterator<T> base;
        private int steps;

        Checked(Iterator<T> base) {
            this.base = base;
        }

        @Override
        public boolean hasNext() {
            if (++steps % CHECK_EVERY == 0) {
                check();
            }
            return base.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return base.next();
        }
    }
}
