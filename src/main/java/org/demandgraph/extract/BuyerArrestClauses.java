package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;

/** Whether an arrest a sentence tells is a buyer's: by its clause, a reverse sting, or the sentence before (read by {@link TacticRules}). */
final class BuyerArrestClauses {

    /** A clause whose subject is the person the sentence has just described ("When a man ..., he is booked"). */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\W*(?:he|they)\\s+(?:is|are|was|were|gets?|will\\s+be|may\\s+be|can\\s+be)\\b", Pattern.CASE_INSENSITIVE);
    /** A reverse sting arrests buyers by definition: with an arrest word, no other buyer word is needed. */
    static final Pattern REVERSE = Pattern.compile("\\breverse[\\s-]+(?:prostitution[\\s-]+)?stings?|\\bjohn[\\s-]+stings?|\\bstings?\\b[^.;]{0,60}\\bmen\\b|\\bmen\\b[^.;]{0,60}\\bstings?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Someone arrested or charged as a buyer: by a buyer word, an offer to pay, or sex "for a fee". */
    private static final Pattern ARRESTED_AS_BUYER = Pattern.compile("\\b(?:arrest|charg)\\w*\\b[^.;]{0,160}?(?:" + BuyerWords.ANY + "|" + TacticRules.OFFERS
            + "|\\bsex(?:ual\\s+conduct)?\\s+for\\s+a\\s+fee\\b)", Pattern.CASE_INSENSITIVE);

    private BuyerArrestClauses() {}

    /**
     * "... he was charged with engaging in sex for a fee. He ... had his identity publicized": the sentence before (in the
     * paragraph) tells of a man arrested or charged as a buyer, so the names disclosed in a crime story are a buyer's.
     */
    static boolean buyerArrestedBefore(Sentence previous) {
        return previous != null && LiteralGuard.find(ARRESTED_AS_BUYER, previous.text());
    }

    /** An arrest verb and a buyer word in the same clause, or in a sentence about reverse stings. */
    static boolean buyerArrest(String sentence, int from, int to, Pattern buyers) {
        String clause = Negation.clause(sentence, from, to);
        return LiteralGuard.find(buyers, clause) || LiteralGuard.find(REVERSE, sentence)
                || PRONOUN_SUBJECT.matcher(clause).find() && LiteralGuard.find(buyers, sentence);
    }
}
