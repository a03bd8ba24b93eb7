package org.demandgraph.extract;
import org.junit.jupiter.api.Test;
class ZzDebugTest {
    @Test void dump() throws Exception {
        for (String f : System.getProperty("pages", "").split(",")) {
            if (f.isBlank()) continue;
            Facts facts = new Extractor().extract(TextProfiles.fixture("real-language/" + f));
            System.out.println("=== " + f);
            facts.operations().forEach(o -> System.out.println("OP " + o));
            facts.actors().forEach(a -> System.out.println("ACTOR " + a));
            facts.tacticUses().forEach(t -> System.out.println("TACTIC " + t));
        }
    }
}
