package org.demandgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;

/** How SELECT and ASK results are printed. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public void write(ResultSet results, PrefixMapping prefixes, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }

    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case TABLE -> {
                PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.println(answer);
                print.flush();
            }
        }
    }
}
