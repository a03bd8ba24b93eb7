package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A name given to the operation just told, in the sentence after it: "... arrested 12 buyers. Its organizers named it
 * Operation Northern Line, and ...", "Police called the sting Operation Last Call.", "The department dubbed it Operation
 * Tin Roof.": the name of that operation, not another one.
 */
final class NamedAfter {

    /** The words before the name, from the sentence's start: a naming verb with "it" or "the operation" as its object. */
    private static final Pattern NAMED_IT = Pattern.compile(
            "^[^.;:]{0,60}?\\b(?:named|called|dubbed|christened|nicknamed|code-named|titled)\\s+(?:it|the\\s+(?:operation|sting|sweep|detail|effort))\\s*[“\"]?$",
            Pattern.CASE_INSENSITIVE);

    private NamedAfter() {}

    /**
     * Names the operation just told when {@code g} opens a sentence by naming it. Returns that operation when the segment
     * says nothing else (no date, since-year or count of its own); null when it was not named here, or when the segment
     * goes on to tell an edition of its own ("..., and it has been repeated every spring since, most recently in 2023,
     * when ... arrested about 15 men"), which is then read as usual.
     */
    static OperationDraft name(Segment g, OperationDraft current) {
        if (g.name() == null || g.from() != 0) return null;
        if (current == null || current.name != null || current.recurring || current.date == null) return null;
        String text = g.sentence().text();
        int at = text.indexOf(g.name());
        if (at < 0 || !NAMED_IT.matcher(text.substring(0, at)).find()) return null;
        current.name = g.name();
        current.addDetail(g.sentence().evidence());
        return g.date() == null && g.since() == null && g.counts().isEmpty() ? current : null;
    }
}
