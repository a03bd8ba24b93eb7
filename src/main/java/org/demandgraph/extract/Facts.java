package org.demandgraph.extract;

import java.util.List;
import java.util.Set;
import org.demandgraph.vocab.Tactic;

/**
 * Everything extracted from one profile: what the graph stage turns into triples.
 *
 * @param listedTactics the tactics the printed "Tactics Used" list names, in list order: the
 *                      site's template, recorded as such and never as evidence of use
 * @param sourceTactics for each Key Sources group in page order, the tactics its heading names
 *                      (empty for a group without a heading)
 */
public record Facts(List<Operation> operations, List<Actor> actors, List<TacticUse> tacticUses,
                    List<Tactic> listedTactics, List<Set<Tactic>> sourceTactics) {

    public static final Facts NONE = new Facts(List.of(), List.of(), List.of());

    public Facts {
        operations = List.copyOf(operations);
        actors = List.copyOf(actors);
        tacticUses = List.copyOf(tacticUses);
        listedTactics = List.copyOf(listedTactics);
        sourceTactics = List.copyOf(sourceTactics);
    }

    /** Facts of the narrative only (no printed list, no Key Sources headings). */
    public Facts(List<Operation> operations, List<Actor> actors, List<TacticUse> tacticUses) {
        this(operations, actors, tacticUses, List.of(), List.of());
    }

    /** The tactics the heading of the {@code index}-th (0-based) Key Sources group names. */
    public Set<Tactic> sourceTactics(int index) {
        return index < sourceTactics.size() ? sourceTactics.get(index) : Set.of();
    }
}
