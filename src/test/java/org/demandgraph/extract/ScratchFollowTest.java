package org.demandgraph.extract;
import org.junit.jupiter.api.Test;
class ScratchFollowTest {
    @Test void t() throws Exception {
        for (String f : System.getProperty("files", "").split(",")) {
            if (f.isBlank()) continue;
            var p = TextProfiles.fixture("real-language/" + f);
            for (var s : Extractor.sentences(p)) System.out.println(s.paragraph() + " | " + new SentenceDates().of(s) + " | " + s.text());
            for (var o : new Extractor().extract(p).operations()) System.out.println(o);
        }
    }
}
