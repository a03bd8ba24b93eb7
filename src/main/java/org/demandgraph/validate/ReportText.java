package org.demandgraph.validate;

import java.util.List;
import java.util.Locale;
import org.demandgraph.validate.ValidationSummary.JurisdictionCount;
import org.demandgraph.validate.ValidationSummary.Result;
import org.demandgraph.validate.ValidationSummary.ShapeCount;

/** The report for a person reading a terminal: counts, coverage, worst places, then every result with its fix. */
final class ReportText {

    private ReportText() {}

    static String render(ValidationSummary s, boolean withResults) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "SHACL validation: %d violation(s), %d warning(s), %d info(s) - %s%n",
                s.violations(), s.warnings(), s.infos(), s.conforms() ? "conforms (no violations)" : "DOES NOT CONFORM"));
        if (!s.results().isEmpty()) {
            out.append("By shape:\n");
            for (ShapeCount c : s.byShape()) {
                out.append(String.format(Locale.ROOT, "  %-9s %5d  %s%n", ValidationSummary.name(c.severity()), c.count(), c.label()));
            }
        }
        List<JurisdictionCount> worst = s.worstJurisdictions();
        if (!worst.isEmpty()) {
            out.append("Jurisdictions, worst first (violations/warnings/infos):\n");
            for (JurisdictionCount j : worst) {
                out.append(String.format(Locale.ROOT, "  %d/%d/%d  %s%s%n", j.violations(), j.warnings(), j.infos(),
                        j.label(), completenessNote(s, j)));
            }
        }
        Completeness completeness = s.completeness();
        if (!completeness.jurisdictions().isEmpty()) {
            Completeness.Score d = completeness.dataset();
            out.append(String.format(Locale.ROOT, "Completeness: %.1f%% of expected facts present (%d of %d) in %d profiled jurisdiction(s)%n",
                    100 * d.value(), d.present(), d.expected(), completeness.jurisdictions().size()));
        }
        if (withResults) {
            coverage(s, out);
            results(s, out);
        }
        return out.toString();
    }

    private static void coverage(ValidationSummary s, StringBuilder out) {
        out.append("Shape coverage (focus nodes targeted / conforming / failing; a shape that targeted nothing checked nothing):\n");
        for (ShapeCoverage c : s.coverage()) {
            int failing = c.targeted() - c.conforming();
            out.append(String.format(Locale.ROOT, "  %-9s %6d / %6d / %6d  %s%s%n", ValidationSummary.name(c.severity()),
                    c.targeted(), c.conforming(), failing, c.label(), c.targetedNothing() ? "  [TARGETED NOTHING]" : ""));
        }
    }

    private static void results(ValidationSummary s, StringBuilder out) {
        if (s.results().isEmpty()) return;
        out.append("Results, worst first:\n");
        for (Result r : s.results()) {
            out.append(String.format(Locale.ROOT, "  %-9s %s%n", ValidationSummary.name(r.severity()), r.sentence()));
            if (!r.fix().isEmpty()) out.append("            Fix: ").append(r.fix()).append('\n');
            out.append("            (").append(ValidationSummary.str(r.focus()));
            if (r.location().profile() != null && !r.location().profile().equals(r.focus()))
                out.append(", profile ").append(ValidationSummary.str(r.location().profile()));
            out.append(", shape ").append(ValidationSummary.str(r.shape())).append(")\n");
        }
    }

    private static String completenessNote(ValidationSummary s, JurisdictionCount j) {
        Completeness.Score score = s.completeness().of(j.jurisdiction());
        return score == null ? "" : String.format(Locale.ROOT, "  (completeness %.1f%%, %d of %d)",
                100 * score.value(), score.present(), score.expected());
    }
}
