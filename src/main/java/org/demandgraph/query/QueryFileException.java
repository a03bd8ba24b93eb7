package org.demandgraph.query;

/** A query file that cannot be read or parsed; the message names the file (and line and column). */
public final class QueryFileException extends Exception {

    public QueryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
