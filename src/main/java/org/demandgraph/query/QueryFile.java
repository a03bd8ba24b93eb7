package org.demandgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and parses a {@code .rq} file (SPARQL 1.1 with Jena's extensions). */
public final class QueryFile {

    private static final Pattern AT = Pattern.compile(",? at line (\\d+), column (\\d+)\\.?");

    private QueryFile() {}

    public static Query read(Path file) throws QueryFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new QueryFileException("cannot read " + file + ": " + reason(e), e);
        }
        return parse(file.toString(), text);
    }

    /** {@code name} is what error messages call the text ("FILE:LINE:COLUMN: ..."). */
    public static Query parse(String name, String text) throws QueryFileException {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String message = firstLine(e.getMessage());
            int line = e.getLine(), column = e.getColumn();
            // The parser's message names the offending token's position; its getters may name an earlier one.
            Matcher at = AT.matcher(message);
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2));
                message = message.substring(0, at.start()) + message.substring(at.end());
            }
            String where = line > 0 ? ":" + line + ":" + column : "";
            throw new QueryFileException(name + where + ": bad query: " + message.strip(), e);
        }
    }

    private static String reason(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.charset.MalformedInputException ? "not UTF-8 text"
                : String.valueOf(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) return "syntax error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
