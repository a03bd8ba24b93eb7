package org.demandgraph.extract;

/** Matches found, facts extracted and facts annotated, for one measure. */
record Score(int matched, int extracted, int gold) {

    /** Matched over extracted; 1 when nothing was extracted (no false statement made). */
    double precision() {
        return extracted == 0 ? 1.0 : (double) matched / extracted;
    }

    /** Matched over annotated; 1 when nothing was annotated. */
    double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    Score plus(Score other) {
        return new Score(matched + other.matched, extracted + other.extracted, gold + other.gold);
    }

    @Override
    public String toString() {
        return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)",
                precision(), matched, extracted, recall(), matched, gold);
    }
}
