package org.demandgraph.server.linkeddata;

import java.util.List;

/** The rows of the pages' tables, as the templates read them (every value already a {@link Term} or text). */
public final class PageRows {

    private PageRows() {}

    /** A quote of the profile text and its character offsets. */
    public record Quote(String exact, String start, String end) {}

    /** A named fact of a jurisdiction ("Population", 40014). */
    public record Fact(String name, Term value) {}

    /** An operation; {@code jurisdiction} is null on the jurisdiction's own page, the lists empty elsewhere. */
    public record Operation(Term op, Term jurisdiction, String when, String arrests, List<Term> tactics,
            List<Term> agencies, List<Quote> quotes, String sortKey) {}

    /** One evidenced use of a tactic by the page's jurisdiction. */
    public record TacticUse(Term use, Term tactic, List<Term> basis, List<Quote> quotes) {}

    /** A key source and the tactics its heading names. */
    public record Source(Term source, List<Term> supports) {}

    /** A jurisdiction using the page's tactic, with the quotes that show it. */
    public record UsedIn(Term jurisdiction, List<Quote> quotes) {}

    /** A statement of the description; {@code subject} is null when it is the page's resource. */
    public record Statement(Term subject, Term predicate, Term object) {}

    /** A statement pointing at the page's resource. */
    public record Incoming(Term subject, Term predicate) {}
}
