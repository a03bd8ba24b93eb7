package org.demandgraph.extract;

import org.demandgraph.profile.Profile;

/** Parsed profile → facts, each with its evidence. (Implementation owned by the extraction work.) */
public final class Extractor {

    public Facts extract(Profile profile) {
        return Facts.NONE;
    }
}
