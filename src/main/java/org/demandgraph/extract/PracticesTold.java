package org.demandgraph.extract;

/**
 * Practices a sentence tells beside or after the operations read from it, tried once the sentence's segments are read:
 * kept up since the operation ({@link KeptUpSince}), begun with it ({@link PracticeBegun}), run by a task force formed
 * ({@link FormedWithPractice}), and held "since then" in a sentence of its own ({@link HeldSinceThen}).
 */
final class PracticesTold {

    private PracticesTold() {}

    /**
     * The operation being described after sentence {@code s}: a practice held since then when the sentence opened one,
     * else {@code current}. {@code bare} says the sentence has no date, no count and is no background story.
     */
    static OperationDraft after(Sentence s, Segment last, OperationDraft current, boolean bare, EarlierOperations drafts, ParagraphState paragraph,
            OperationOpener opener, ActorFinder.Result actors, String place) {
        // "..., and the unit has kept up stings of that kind every few months since then": a practice beside the operation
        KeptUpSince.practice(s, last, current, opener, actors);
        // "Online stings followed in 2010, when ...", "formed the X Task Force, which has run reverse stings ... since then"
        if (PracticeBegun.practice(s, current, drafts) == null) FormedWithPractice.practice(s, current, drafts, actors);
        // "Street details of that kind have been held three or four times a year since then": a practice after the sting
        if (bare && drafts.size() == paragraph.sentenceFirstDraft) {
            OperationDraft held = HeldSinceThen.practice(s, last, drafts, paragraph, opener, actors, place);
            if (held != null) return held;
        }
        return current;
    }
}
