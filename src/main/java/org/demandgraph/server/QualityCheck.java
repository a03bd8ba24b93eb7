package org.demandgraph.server;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Whether the served data's quality graph (completeness and shape coverage, from SHACL validation) is
 * there yet. {@code serve} answers queries as soon as its inputs are loaded and validates afterwards, on
 * a background thread ({@link #start}): meanwhile the state is {@link State#PENDING} and every query
 * answers on the data as loaded (the quality graph absent); when validation has written the quality graph,
 * the {@link DataVersion} moves on, as after an update, so that counts, dumps, pages and cached answers are
 * computed afresh. A validation that fails leaves the data served without a quality graph and the state
 * {@link State#FAILED} with its reason; the landing page says either.
 */
public final class QualityCheck {

    public enum State {
        /** The quality graph fits the data (validated, or carried by a {@code build} output). */
        CURRENT,
        /** Validation is running; the data is served without its quality graph until it is done. */
        PENDING,
        /** Validation failed: the data is served without a quality graph. */
        FAILED
    }

    private volatile State state;
    private volatile String problem;

    private QualityCheck(State state) {
        this.state = state;
    }

    /** For data whose quality graph needs no work (or is not the server's business). */
    public static QualityCheck current() {
        return new QualityCheck(State.CURRENT);
    }

    /** For data about to be validated in the background ({@link #start}). */
    public static QualityCheck pending() {
        return new QualityCheck(State.PENDING);
    }

    public State state() {
        return state;
    }

    /** What a visitor should know about the quality graph, or null when it is current. */
    public String note() {
        return switch (state) {
            case CURRENT -> null;
            case PENDING -> "SHACL validation of this data is still running. Until it is done the quality graph "
                    + "(completeness and shape coverage) is missing, and the queries about it answer nothing; "
                    + "everything else is served in full. It appears as a new version of the data when done.";
            case FAILED -> "SHACL validation of this data failed (" + problem + "), so the quality graph "
                    + "(completeness and shape coverage) is missing and the queries about it answer nothing; "
                    + "everything else is served in full.";
        };
    }

    /**
     * Runs {@code validate} on a daemon thread. It writes the quality graph into the served data when the
     * data needs one, and returns whether it wrote anything; if it did, {@code version} moves on.
     * {@code log} is told the outcome in one line. The future completes with the final state, also when
     * validation failed (never exceptionally).
     */
    public CompletableFuture<State> start(BooleanSupplier validate, DataVersion version, Consumer<String> log) {
        Objects.requireNonNull(validate, "validate");
        CompletableFuture<State> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                boolean wrote = validate.getAsBoolean();
                if (wrote) version.bump();
                state = State.CURRENT;
                log.accept(wrote ? String.format("Validated in %.1f s: the quality graph is served (data version %d)",
                        (System.nanoTime() - t0) / 1e9, version.current())
                        : "The quality graph of the input is current: not validated again");
            } catch (RuntimeException | Error e) {
                // Whatever went wrong, the data stays served; the reason is shown, not a stack trace.
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                state = State.FAILED;
                log.accept("Validation failed, the data is served without its quality graph: " + problem);
            }
            done.complete(state);
        }, "demandgraph-validation");
        t.setDaemon(true);
        t.start();
        return done;
    }
}
