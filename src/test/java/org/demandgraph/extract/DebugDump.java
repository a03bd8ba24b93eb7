package org.demandgraph.extract;

import org.junit.jupiter.api.Test;

class DebugDump {
    @Test
    void dump() {
        for (String f : System.getProperty("dump", "").split(",")) {
            if (f.isBlank()) continue;
            var p = f.contains("/") ? TextProfiles.read(java.nio.file.Path.of(f)) : TextProfiles.real(f);
            Facts facts = new Extractor().extract(p);
            System.out.println("== " + f);
            facts.actors().forEach(a -> System.out.println("ACTOR " + a.name() + " " + a.kind() + " nat=" + a.national() + " " + a.altLabels()));
            facts.operations().forEach(o -> System.out.println("OP " + o.key() + " " + o.kind() + " date=" + o.date() + " since=" + o.since()
                    + " arrests=" + (o.arrests() == null ? null : o.arrests().value() + "/" + o.arrests().bound()) + " tactics=" + o.tactics()
                    + " by=" + o.conductedBy().stream().map(Actor::name).toList() + "\n    " + o.evidence().exact() + "\n    details=" + o.details().size()));
            facts.tacticUses().forEach(u -> System.out.println("USE " + u.tactic() + " " + u.basis() + " :: " + u.evidence().exact()));
        }
    }
}
