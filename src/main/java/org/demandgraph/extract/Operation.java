package org.demandgraph.extract;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.demandgraph.vocab.Tactic;

/**
 * An enforcement action or recurring programme the narrative describes.
 *
 * @param key         deterministic within the profile, plain text ("2014-02 Operation Cupid", "2008 web sting"); the graph stage makes an IRI of it
 * @param kind        what sort of operation
 * @param name        its proper name ("Operation Cupid"), or null
 * @param date        when it took place, as precise as the text, or null
 * @param since       the first year of a recurring practice ("since 1978"), or null
 * @param tactics     the tactics it applied, in scheme order
 * @param arrests     people arrested or charged in it (buyers preferred over a total), or null
 * @param conductedBy agencies the text ties to it, in order of mention
 * @param evidence    the sentence that introduces it
 * @param details     later sentences that add to it (its count, agency, name), in text order
 */
public record Operation(String key, Kind kind, String name, When date, When since, Set<Tactic> tactics,
                        ArrestCount arrests, List<Actor> conductedBy, Evidence evidence, List<Evidence> details) {

    public enum Kind {
        STREET_REVERSE_STING("street reverse sting"),
        REVERSE_STING("reverse sting"),
        WEB_STING("web sting"),
        SWEEP("sweep"),
        ENFORCEMENT_OPERATION("enforcement operation"),
        VEHICLE_SEIZURE_PROGRAMME("vehicle seizure programme"),
        CAMERAS("camera installation"),
        TASK_FORCE("task force");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    public Operation {
        EnumSet<Tactic> ordered = EnumSet.noneOf(Tactic.class);
        ordered.addAll(tactics);
        tactics = Collections.unmodifiableSet(ordered);
        conductedBy = List.copyOf(conductedBy);
        details = List.copyOf(details);
    }

    /** A readable label: its name, else its kind and date ("web sting, 2008"). */
    public String label() {
        if (name != null) return name;
        String when = date != null ? ", " + date.lexical() : since != null ? ", since " + since.lexical() : "";
        return kind.label() + when;
    }
}
