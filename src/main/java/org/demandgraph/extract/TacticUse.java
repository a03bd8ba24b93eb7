package org.demandgraph.extract;

import org.demandgraph.vocab.Tactic;

/** One evidenced use of a tactic by the profile's jurisdiction, and why we say so. */
public record TacticUse(Tactic tactic, Basis basis, Evidence evidence) {

    /** Where the evidence was found. The printed "Tactics Used" list is never a basis. */
    public enum Basis { NARRATIVE, KEY_SOURCES_HEADING }
}
