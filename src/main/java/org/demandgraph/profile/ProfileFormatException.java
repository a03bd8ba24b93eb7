package org.demandgraph.profile;

/** A file that is not a readable profile, with the file and 1-based line to blame (0 when not about a line). */
public class ProfileFormatException extends Exception {

    private final String file;
    private final int line;
    private final String reason;

    public ProfileFormatException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }

    public int line() { return line; }

    public String reason() { return reason; }
}
