package org.demandgraph.extract;

import java.util.List;

/** Everything extracted from one profile: what the graph stage turns into triples. */
public record Facts(List<Operation> operations, List<Actor> actors, List<TacticUse> tacticUses) {

    public static final Facts NONE = new Facts(List.of(), List.of(), List.of());

    public Facts {
        operations = List.copyOf(operations);
        actors = List.copyOf(actors);
        tacticUses = List.copyOf(tacticUses);
    }
}
