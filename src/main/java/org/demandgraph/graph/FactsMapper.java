package org.demandgraph.graph;

import org.apache.jena.graph.Graph;
import org.demandgraph.extract.Facts;
import org.demandgraph.profile.Profile;

/** Extracted facts (operations, actors, tactic uses, evidence) → triples in the profile's graph. (Owned by the extraction work.) */
public final class FactsMapper {

    private final Iris iris;

    public FactsMapper(Iris iris) {
        this.iris = iris;
    }

    public void map(Profile profile, Facts facts, Graph target) {
        // filled in by the extraction work
    }
}
