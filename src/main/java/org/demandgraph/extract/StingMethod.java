package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * The method of a buyer operation told with a generic noun ("a three-day operation", "a detail in May 2008"): its own
 * sentence's ("arrested 7 men who had answered an ad posted by a detective": a web sting; "placed two female deputies
 * along Farm Road 9": a street reverse sting), else the method the paragraph told of the police before it ("Since 2014
 * the office has done most of this work online. ... In a two-day operation in March 2015, 14 men were arrested"). A
 * "reverse sting" takes only its own sentence's method. Operations not tied to buyers are left alone (assembly drops them).
 */
final class StingMethod {

    private static final Pattern WEB = OperationTriggers.p(StingMethods.WEB);
    private static final Pattern STREET = OperationTriggers.p(StingMethods.STREET);
    private static final Pattern POLICE = OperationTriggers.p("\\b" + StingMethods.POLICE + "\\b");

    private StingMethod() {}

    static void settle(List<OperationDraft> drafts, List<Sentence> sentences) {
        for (OperationDraft d : drafts) {
            if (d.name != null || d.kind != Operation.Kind.ENFORCEMENT_OPERATION && d.kind != Operation.Kind.REVERSE_STING) continue;
            if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION && !d.buyerCount && !d.buyerContext) continue;
            int at = sentenceOf(sentences, d.evidence.start());
            if (at < 0) continue;
            Operation.Kind own = method(sentences.get(at).text());
            if (d.kind == Operation.Kind.REVERSE_STING) {
                if (own != null) d.kind = own;
                continue;
            }
            if (own != null) { d.kind = own; continue; }
            for (int i = at - 1; i >= 0 && sentences.get(i).paragraph() == sentences.get(at).paragraph(); i--) {
                String s = sentences.get(i).text();
                Operation.Kind told = method(s);
                if (told != null && LiteralGuard.find(POLICE, s)) { d.kind = told; break; }
            }
        }
    }

    /** The method the sentence tells, or null when none or both. */
    private static Operation.Kind method(String s) {
        boolean web = LiteralGuard.find(WEB, s), street = LiteralGuard.find(STREET, s);
        return web == street ? null : web ? Operation.Kind.WEB_STING : Operation.Kind.STREET_REVERSE_STING;
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
