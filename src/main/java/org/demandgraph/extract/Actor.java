package org.demandgraph.extract;

import java.util.List;

/**
 * An agency, court, council or organisation named in a profile.
 *
 * @param name      the full name as first written ("Windsor Locks Police Department")
 * @param kind      what sort of body it is
 * @param national  a federal agency (FBI, ATF, HSI...): one actor for the whole graph, not one per state
 * @param altLabels acronyms the profile uses for it ("WLPD"), sorted
 * @param rule      the extraction rule that found it
 * @param evidence  the first mention of the full name
 */
public record Actor(String name, Kind kind, boolean national, List<String> altLabels, Rule rule, Evidence evidence) {

    public enum Kind { POLICE, PROSECUTOR, COURT, COUNCIL, TASK_FORCE, FEDERAL_AGENCY, ORGANISATION }

    public Actor {
        altLabels = List.copyOf(altLabels);
    }

    /** Whether it can conduct an enforcement operation (courts, councils and charities do not). */
    public boolean enforces() {
        return kind == Kind.POLICE || kind == Kind.TASK_FORCE || kind == Kind.FEDERAL_AGENCY;
    }
}
