package org.demandgraph.extract;

import org.demandgraph.vocab.Tactic;

/** One evidenced use of a tactic by the profile's jurisdiction, and why we say so. */
public record TacticUse(Tactic tactic, Basis basis, Rule rule, Evidence evidence) {

    /** Where the evidence was found. The printed "Tactics Used" list is never a basis. */
    public enum Basis {
        NARRATIVE("narrative"), KEY_SOURCES_HEADING("key-sources-heading"), KEY_SOURCES_TITLE("key-sources-title");

        private final String value;

        Basis(String value) {
            this.value = value;
        }

        /** The value of {@code dg:basis} and the end of the tactic use's IRI. */
        public String value() { return value; }
    }
}
