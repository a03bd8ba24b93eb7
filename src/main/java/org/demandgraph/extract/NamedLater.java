package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A later edition of a named operation told without its name, anywhere in its sentence: "17 men were charged in the 2018
 * round", "About 30 men were arrested in the 2020 edition" (the year the edition's own), "The sting was held again under the
 * same name in 2021", "officers repeated it under that name". It takes the name of the named operation told last before it
 * in its paragraph or the one before (see {@link RepeatKinds}).
 */
final class NamedLater {

    /** "the 2018 round", "the spring 2020 edition". */
    private static final Pattern YEAR_ROUND = OperationTriggers.p("\\bthe\\s+(?:(?:spring|summer|fall|autumn|winter)\\s+)?(?<y>(?:19|20)\\d\\d)\\s+(?:round|edition|installment|instalment)\\b");
    /** "under the same name", "under that name", "under its old name". */
    private static final Pattern SAME_NAME = OperationTriggers.p("\\bunder\\s+(?:the\\s+same|that|this|its\\s+(?:old|original|earlier))\\s+name\\b");

    private NamedLater() {}

    /** Whether {@code own}, the sentence of {@code d}, tells {@code d} an edition of a named operation told before. */
    static boolean edition(OperationDraft d, String own) {
        if (d.recurring || d.date == null) return false;
        Matcher same = LiteralGuard.matcher(SAME_NAME, own);
        if (same.find() && !Negation.denied(own, same.start(), same.end())) return true;
        Matcher m = LiteralGuard.matcher(YEAR_ROUND, own);
        while (m.find())
            if (d.date.lexical().startsWith(m.group("y"))) return true;
        return false;
    }

    /** The named operation told last before draft {@code k}, in its paragraph {@code para} or the one before; else null. */
    static OperationDraft named(List<OperationDraft> drafts, int k, List<Sentence> sentences, int para) {
        for (int i = k - 1; i >= 0; i--) {
            OperationDraft p = drafts.get(i);
            int a = Sentence.indexAt(sentences, p.evidence.start());
            if (a < 0 || para - sentences.get(a).paragraph() > 1) return null;
            if (p.name != null) return p;
        }
        return null;
    }
}
