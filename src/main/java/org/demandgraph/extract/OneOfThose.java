package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * "Two of the larger web operations are well documented. One, in May 2014, drew 27 arrests; the other, that November,
 * drew 33", "... held its first reverse sting in 1984 ... A second, in October 1986, netted 21": a dated count told as one
 * of the buyer stings just named, without a noun of its own, is another operation of their kind.
 */
final class OneOfThose {

    /** The segment opens on "One", "the other", "A second" and its date follows at once ("One, in May 2014,"). */
    private static final Pattern LEAD = OperationTriggers.p("[\\s;,]*(?:and\\s+)?(?:one|the\\s+other|(?:a|the)\\s+(?:second|third|fourth)|the\\s+(?:first|last|latter))"
            + "\\s*,?\\s*(?:in|on|during|that)?\\s*$");
    /** A bare number after a verb of result ("netted 21", "drew 33"). */
    private static final Pattern RESULT = OperationTriggers.p("\\b(?:netted|drew|yielded|produced|(?:led|leading)\\s+to|resulted\\s+in|ended\\s+with)\\s+(" + NumberWords.PATTERN + ")\\b");

    private OneOfThose() {}

    /** The operation such a segment tells, opened; else null. {@code before} is the sentence before it in the paragraph, or "". */
    static OperationDraft open(Segment g, OperationDraft current, String before, OperationOpener opener, String text) {
        if (g.trigger() != null || g.date() == null || g.since() != null || g.name() != null) return null;
        // "The department ran two reverse stings in 2021. The first, in April, netted 5 johns": the one told, made precise
        if (current != null && current.arrests == null && !current.recurring && current.date != null && current.date.compatibleWith(g.date().when())) return null;
        String s = g.sentence().text();
        int at = g.date().start() - g.sentence().start();
        if (at < g.from() || !LEAD.matcher(s.substring(g.from(), at)).matches()) return null;
        Operation.Kind kind = current != null && OperationTriggers.againstBuyers(current.kind) && !current.recurring ? current.kind : pluralKind(before);
        if (kind == null) return null;
        List<CountMention> counts = g.counts();
        if (counts.isEmpty()) {
            Matcher m = RESULT.matcher(s).region(g.date().end() - g.sentence().start(), g.to());
            OptionalInt v = m.find() ? NumberWords.parse(m.group(1)) : OptionalInt.empty();
            if (v.isEmpty()) return null;
            counts = List.of(new CountMention(g.sentence().start() + m.start(1), g.sentence().start() + m.end(1), v.getAsInt(), ArrestCount.Bound.EXACT, 1));
        }
        OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
        d.kind = kind;
        d.buyerContext = true;
        if (d.arrests == null) d.addCount(counts, text);
        if (d.conductedBy.isEmpty() && current != null) d.conductedBy.addAll(current.conductedBy);
        return d;
    }

    /** The kind of a plural buyer-sting noun in the sentence before ("Two of the larger web operations"), or null. */
    private static Operation.Kind pluralKind(String before) {
        OperationTriggers.Trigger t = OperationTriggers.find(before, 0);
        if (t == null || !OperationTriggers.againstBuyers(t.kind()) || !before.substring(t.start(), t.end()).trim().endsWith("s")) return null;
        return t.kind();
    }
}
