package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.demandgraph.vocab.Tactic;

/**
 * Drafts → operations: drops crackdowns the text does not tie to buyers, derives each operation's
 * tactics from its kind and count, and gives each a key unique within the profile.
 */
final class OperationAssembly {

    private OperationAssembly() {}

    static List<Operation> assemble(List<OperationDraft> drafts) {
        List<Operation> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        NamedEditions.shareKinds(drafts);
        for (OperationDraft d : ProgrammesToldTwice.joined(drafts)) {
            // A crackdown whose arrests the text does not tie to buyers is not anti-demand work.
            if ((d.kind == Operation.Kind.SWEEP || d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
                    && !d.buyerCount && !d.buyerContext && !(d.paragraphBuyers && d.arrests != null && d.date != null)) continue;
            // "detectives set up a sting ... Eleven men who came to pay for sex were arrested": buyers known only after the noun
            if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && d.stingNoun && (d.buyerCount || d.buyerContext || d.paragraphBuyers)) d.kind = Operation.Kind.REVERSE_STING;
            String when = d.date != null ? d.date.lexical() : d.since != null ? "since-" + d.since.lexical() : "undated";
            // a plain key (the graph stage slugs it into an IRI): when, then name or kind
            String key = when + " " + (d.name != null ? d.name : d.kind.label());
            int n = seen.merge(key.toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (n > 1) key = key + " " + n;
            out.add(new Operation(key, d.kind, d.name, d.date, d.end, d.since, d.recurring || d.since != null && d.date == null,
                    tactics(d), d.arrests, d.conductedBy, d.rule, d.evidence, d.details));
        }
        return out;
    }

    private static Set<Tactic> tactics(OperationDraft d) {
        Set<Tactic> tactics = EnumSet.noneOf(Tactic.class);
        switch (d.kind) {
            case WEB_STING -> { tactics.add(Tactic.REVERSE_STINGS); tactics.add(Tactic.WEB_STINGS); }
            case STREET_REVERSE_STING, REVERSE_STING -> tactics.add(Tactic.REVERSE_STINGS);
            case VEHICLE_SEIZURE_PROGRAMME -> tactics.add(Tactic.AUTO_SEIZURE);
            case STAY_OUT_ZONE -> tactics.add(Tactic.SOAP_ORDERS);
            case CAMERAS -> { if (d.buyerContext) tactics.add(Tactic.CAMERAS); }
            default -> { }
        }
        if ((d.arrests != null || d.arrestsUncounted) && (d.buyerCount || d.paragraphBuyers || tactics.contains(Tactic.REVERSE_STINGS))) tactics.add(Tactic.BUYER_ARRESTS);
        return tactics;
    }
}
