package org.demandgraph.extract;

/** What the operation finder knows of the paragraph being read, up to the sentence being read. */
final class ParagraphState {

    /** The paragraph's last event date before the sentence being read. */
    When date;
    /** {@link #date}, else (before the paragraph's first date) the date the paragraphs before ended on: what "since then" counts from. */
    When dateOrCarried;
    /** An earlier sentence of the paragraph speaks of buyers. */
    boolean buyers;
    /** Where the paragraph starts in the profile text. */
    int start;
    /** The start of the sentence before the one being read (an operation's agency is looked for no further back). */
    int previousStart;
    int sentenceStart;
    /** The index of the paragraph's first draft. */
    int firstDraft;
    /** The index of the first draft of the sentence being read, and of the sentence before it. */
    int sentenceFirstDraft;
    int previousFirstDraft;
}
