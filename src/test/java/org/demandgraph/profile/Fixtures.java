package org.demandgraph.profile;

import java.nio.file.Path;
import java.util.List;

/** Reading the fixture profiles of src/test/resources/profiles/. */
final class Fixtures {

    static final Path DIR = Path.of(System.getProperty("demandgraph.project.dir", "."), "src", "test", "resources", "profiles");

    private Fixtures() {}

    /** Reads a fixture and checks the span invariant on it before handing it over. */
    static Profile read(String name) throws Exception {
        Profile p = new ProfileReader().read(DIR.resolve(name));
        SpanChecks.assertSpansHold(p);
        return p;
    }

    static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    static List<Block.Kind> kinds(Profile p) {
        return p.narrative().stream().map(Block::kind).toList();
    }

    static List<String> headings(Profile p) {
        return p.keySources().stream().map(g -> g.heading() == null ? null : g.heading().text()).toList();
    }

    static String block(Profile p, int i) {
        return p.narrative().get(i).span().text();
    }
}
