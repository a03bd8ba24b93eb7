package org.demandgraph.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shacl.validation.Severity;
import org.demandgraph.validate.ValidationSummary.JurisdictionCount;
import org.demandgraph.validate.ValidationSummary.Result;
import org.demandgraph.validate.ValidationSummary.ShapeCount;

/** The report for machines: the same figures and results as the text, keys fixed, lists in the same order. */
final class ReportJson {

    private ReportJson() {}

    static String render(ValidationSummary s) {
        JsonObject json = new JsonObject();
        json.put("conforms", s.conforms());
        JsonObject counts = new JsonObject();
        for (Severity sev : ValidationSummary.SEVERITIES) counts.put(ValidationSummary.name(sev).toLowerCase(Locale.ROOT), s.count(sev));
        json.put("counts", counts);
        JsonArray shapes = new JsonArray();
        for (ShapeCount c : s.byShape()) {
            JsonObject o = new JsonObject();
            o.put("shape", c.shape().toString());
            o.put("label", c.label());
            o.put("severity", ValidationSummary.name(c.severity()));
            o.put("count", c.count());
            shapes.add(o);
        }
        json.put("shapes", shapes);
        JsonArray coverage = new JsonArray();
        for (ShapeCoverage c : s.coverage()) {
            JsonObject o = new JsonObject();
            o.put("shape", c.shape().toString());
            o.put("label", c.label());
            o.put("severity", ValidationSummary.name(c.severity()));
            o.put("targeted", c.targeted());
            o.put("conforming", c.conforming());
            o.put("violating", c.violating());
            o.put("warning", c.warning());
            o.put("info", c.info());
            o.put("targetedNothing", c.targetedNothing());
            coverage.add(o);
        }
        json.put("coverage", coverage);
        JsonArray places = new JsonArray();
        for (JurisdictionCount j : s.worstJurisdictions()) {
            JsonObject o = new JsonObject();
            o.put("jurisdiction", j.jurisdiction().toString());
            o.put("label", j.label());
            o.put("violations", j.violations());
            o.put("warnings", j.warnings());
            o.put("infos", j.infos());
            places.add(o);
        }
        json.put("jurisdictions", places);
        JsonObject comp = new JsonObject();
        comp.put("dataset", score(s.completeness().dataset()));
        JsonArray perPlace = new JsonArray();
        for (Completeness.Score score : s.completeness().jurisdictions()) perPlace.add(score(score));
        comp.put("jurisdictions", perPlace);
        json.put("completeness", comp);
        JsonArray list = new JsonArray();
        for (Result r : s.results()) list.add(result(r));
        json.put("results", list);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(bytes, json);
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static JsonObject result(Result r) {
        JsonObject o = new JsonObject();
        o.put("severity", ValidationSummary.name(r.severity()));
        if (r.location().known()) {
            o.put("file", r.location().file());
            if (r.location().line() > 0) o.put("line", r.location().line());
        }
        if (r.location().profile() != null) o.put("profile", r.location().profile().toString());
        if (r.jurisdiction() != null) {
            o.put("jurisdiction", r.jurisdiction().toString());
            o.put("label", r.place());
        }
        o.put("text", r.sentence());
        o.put("message", r.message());
        o.put("fix", r.fix());
        o.put("shape", r.shape().toString());
        o.put("focus", r.focus().toString());
        if (r.path() != null) o.put("path", r.path());
        if (r.value() != null) o.put("value", ValidationSummary.str(r.value()));
        return o;
    }

    private static JsonObject score(Completeness.Score s) {
        JsonObject o = new JsonObject();
        if (s.jurisdiction() != null) {
            o.put("jurisdiction", s.jurisdiction().toString());
            o.put("label", s.label());
        }
        o.put("expected", s.expected());
        o.put("present", s.present());
        o.put("value", JsonNumber.value(s.value()));
        return o;
    }
}
