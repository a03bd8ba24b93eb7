package org.demandgraph.validate;

import java.util.List;
import org.demandgraph.validate.ValidationSummary.Result;

/** One row per result, worst first (RFC 4180: CRLF line ends, fields quoted when they must be). */
final class ReportCsv {

    static final List<String> HEADER = List.of(
            "severity", "file", "line", "jurisdiction", "label", "message", "fix", "value", "shape", "focus", "profile");

    private ReportCsv() {}

    static String render(ValidationSummary s) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Result r : s.results()) {
            Location at = r.location();
            row(out, List.of(ValidationSummary.name(r.severity()), at.known() ? at.file() : "",
                    at.line() > 0 ? Integer.toString(at.line()) : "",
                    r.jurisdiction() == null ? "" : r.jurisdiction().getURI(), r.place() == null ? "" : r.place(),
                    r.message(), r.fix(), r.value() == null ? "" : ValidationSummary.str(r.value()),
                    r.shape().toString(), r.focus().toString(), at.profile() == null ? "" : at.profile().toString()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** Quoted (quotes doubled) when it holds a comma, a quote or a line end; a leading = + - @ is defused for spreadsheets. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
