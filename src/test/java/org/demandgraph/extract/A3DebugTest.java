package org.demandgraph.extract;

import org.junit.jupiter.api.Test;

class A3DebugTest {
    @Test
    void dump() {
        for (String f : System.getProperty("a3.files", "").split(",")) {
            if (f.isBlank()) continue;
            var p = f.startsWith("/") ? TextProfiles.read(java.nio.file.Path.of(f)) : TextProfiles.real(f);
            Facts facts = new Extractor().extract(p);
            System.out.println("== " + f + " place=" + p.name());
            for (Operation o : facts.operations())
                System.out.println("OP " + o.label() + " by " + o.conductedBy().stream().map(Actor::name).toList() + " @" + o.evidence().start() + " " + o.evidence().exact().substring(0, Math.min(90, o.evidence().exact().length())));
            for (Actor a : facts.actors()) System.out.println("ACTOR " + a.name() + " " + a.kind() + " " + a.altLabels());
            for (TacticUse u : facts.tacticUses()) System.out.println("USE " + u.tactic() + " " + u.rule() + " @" + u.evidence().start());
        }
    }
}
