package org.demandgraph.cli;

/**
 * The one table of exit statuses, shared by every command (and printed in each command's help):
 * <pre>
 * 0  done: built, conforms (validate), the query ran (query)
 * 1  findings: some input rejected, the rest still processed (build, stats); violations (validate)
 * 2  usage error: bad option or argument, a PATH that does not exist; and, as the contract has it,
 *    an input that cannot be read or parsed for validate and query (their verdict or answer would
 *    silently miss data), and a query that does not parse or an endpoint that answers with an error
 * 3  failed: something else went wrong (an output cannot be written, the server cannot start, an
 *    endpoint that refuses the connection, an unexpected error); one line on standard error says what
 * </pre>
 */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    /** The help footer of every command: the heading, then that command's lines of this table. */
    public static final String HEADING = "%nExit status (docs/cli.md has the table for every command):%n";
    public static final String DONE_LINE = "0:done";
    public static final String REJECTED_LINE = "1:some input rejected (named on stderr as file:line: reason); the rest still processed";
    public static final String USAGE_LINE = "2:usage error (bad option or argument, no such PATH)";
    public static final String FAILED_LINE = "3:failed: an output cannot be written or something unexpected went wrong (one line on stderr says what)";

    private ExitCode() {}
}
