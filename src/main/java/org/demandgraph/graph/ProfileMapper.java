package org.demandgraph.graph;

import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.extract.Facts;
import org.demandgraph.profile.Profile;

/** A parsed profile and its facts → the profile's named graph. (Implementation owned by the graph work.) */
public final class ProfileMapper {

    private final Iris iris;

    public ProfileMapper(Iris iris) {
        this.iris = iris;
    }

    public void map(Profile profile, Facts facts, DatasetGraph target) {
        // filled in by the graph work
    }
}
