package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations a sentence tells as several counts, each with its own date or month: "16 and 11, respectively"
 * ({@link RespectiveCounts}), paired counts ({@link PairedCounts}), counts split over dates ({@link SplitCounts}) and a
 * month then its count ({@link MonthThenCount}), tried in that order; the first that reads the sentence gives them all.
 */
final class DatedCountLists {

    private DatedCountLists() {}

    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text, boolean paragraphOfBuyers) {
        List<OperationDraft> listed = new ArrayList<>(RespectiveCounts.in(s, dates, actors, text, paragraphOfBuyers));
        if (listed.isEmpty()) listed.addAll(PairedCounts.in(s, actors, text));
        if (listed.isEmpty()) listed.addAll(SplitCounts.in(s, dates, actors, text));
        if (listed.isEmpty()) listed.addAll(MonthThenCount.in(s, dates, actors, text));
        return listed;
    }
}
