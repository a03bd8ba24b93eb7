package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An agency an operation borrowed (its own sentence names none) that the text before named only as someone's partner:
 * "Arrest operations are run several times a year, sometimes with the X County Sheriff’s Office. Officers posing as
 * prostitutes ... arrested 17 men in February 2012", "In November 2016, working with the Oregon State Police, detectives
 * posted decoy ads ... an online operation in 2022 led to ...". When the place's own agency was told of before it, in the
 * paragraph or the one before, the operation is the own agency's: the own agency's alone when the partner was named in the
 * sentence of another dated operation (a partner of that one), the own agency's too when it was named in a practice told
 * before ("has run decoy operations together with the X since 2008") or in the operation's own setting.
 */
final class PartnerBorrowed {

    /** Words right before a mention that make it a partner's: "with the", "working with agents of the", "alongside". */
    private static final Pattern PARTNER = OperationTriggers.p("\\b(?:with|alongside|joined\\s+by|assisted\\s+by)\\s+(?:(?:the\\s+)?(?:help|assistance|support)\\s+(?:of|from)\\s+)?"
            + "(?:(?:agents|officers|detectives|investigators|deputies|troopers)\\s+(?:of|from)\\s+)?(?:the\\s+)?(?:[^.;:]{0,60}?(?:,|\\s+and)\\s+(?:the\\s+)?)?$");

    private PartnerBorrowed() {}

    /** What the own agency does to a borrowed partner: nothing, joins it, or replaces it. */
    enum Change { NONE, JOIN, REPLACE }

    /**
     * Whether {@code borrowed}'s last mention before {@code s} is a partner's and {@code own} was told of before it: REPLACE
     * when that mention's sentence starts at one of {@code datedOperations} (the evidence of another dated operation), else
     * JOIN; NONE when it is no partner's.
     */
    static Change partner(Actor borrowed, Actor own, Sentence s, List<Sentence> sentences, ActorFinder.Result actors, java.util.Set<Integer> datedOperations) {
        Sentence first = firstOfParagraphBefore(sentences, s);
        List<ActorMention> before = actors.within(first.start(), s.start());
        int last = -1;
        for (int i = before.size() - 1; i >= 0 && last < 0; i--) if (before.get(i).actor() == borrowed && !before.get(i).generic()) last = i;
        if (last < 0) return Change.NONE;
        ActorMention m = before.get(last);
        // no other agency named after the partner (it is the last named), and the own agency told of before the partner
        boolean ownBefore = false;
        for (int i = 0; i < last; i++) ownBefore |= before.get(i).actor() == own;
        if (!ownBefore) return Change.NONE;
        Sentence at = Sentence.containing(sentences, m.start(), m.end());
        if (at == null) return Change.NONE;
        String lead = at.text().substring(Math.max(0, m.start() - at.start() - 100), m.start() - at.start());
        if (!LiteralGuard.find(PARTNER, lead)) return Change.NONE;
        return datedOperations.contains(at.start()) ? Change.REPLACE : Change.JOIN;
    }

    /** The first sentence of the paragraph before {@code s}'s (or of {@code s}'s own when it is the first). */
    private static Sentence firstOfParagraphBefore(List<Sentence> sentences, Sentence s) {
        int i = Sentence.indexOf(sentences, s);
        int paragraphs = 0;
        for (int seen = 0; i > 0 && seen < EarlierOperations.LOOK_BACK; i--, seen++) {
            Work.add(1);
            if (sentences.get(i - 1).paragraph() != sentences.get(i).paragraph() && ++paragraphs == 2) break;
        }
        return sentences.get(i);
    }
}
