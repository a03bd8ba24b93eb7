package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;

/**
 * A public body that runs a deterrence programme for buyers acts, though it arrests no one: a prosecutor's office that
 * "runs the one-day class" of the john school, a county health department that "has run a public awareness campaign".
 * A charity or a newspaper is no public body; a council only votes. The programme must be about buyers, in the sentence
 * or the one before it in the paragraph ("The city has had a john school since 1999. The X Prosecutor’s Office runs ...").
 */
final class ProgrammeRunners {

    /** A public body named as such ("Whitcomb County Health Department", "Ohio Department of Health", "X Health District"), not a police or court. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "^(?:(?:[A-Z][\\w’'.-]*\\s+){1,3}(?:County|City|Town|Parish|State)\\s+(?:[A-Z][\\w-]*\\s+){0,2}(?:Department|Agency|Office|Board)"
            + "|(?:[A-Z][\\w.-]*\\s+){0,2}Department\\s+of\\s+(?:[A-Z][\\w-]*\\s*){1,3}"
            // "Sawtell County Health District", "Aldon Valley Public Health District"
            + "|(?:[A-Z][\\w’'.-]*\\s+){1,4}Health\\s+District)$");
    /** Running, offering or paying for a class, a school, a programme or a campaign. */
    private static final Pattern RUNS = Pattern.compile(
            "\\b(?:run|runs|ran|running|operat\\w*|offer\\w*|launch\\w*|fund\\w*|sponsor\\w*|organi[sz]\\w*|teach\\w*|hold|holds|held|administer\\w*|created?|start(?:s|ed)?)\\b"
            + "[^.;]{0,60}?\\b(?:class(?:es)?|schools?|programs?|programmes?|campaigns?|courses?|seminars?|workshops?)\\b"
            // "ran radio and transit ads aimed at men who buy sex", "put up billboards along the interstates"
            + "|\\b(?:ran|runs?|running|put\\s+up|puts\\s+up|putting\\s+up|placed|places|bought|buys|aired|airs|erected|paid\\s+for)\\b"
            + "[^.;]{0,40}?\\b(?:ads|advertisements|billboards|posters|(?:radio|television|TV)\\s+spots|PSAs|public\\s+service\\s+announcements)\\b"
            // the programme told first: "a class for first offenders that the X has run since 2016", "a program, which the X runs",
            // "a class on the harms of prostitution run by the X", "a first-offender program operated by the X"
            + "|\\b(?:class(?:es)?|schools?|programs?|programmes?|courses?|seminars?|workshops?)\\b[^.;]{0,80}?"
            + "(?:\\b(?:that|which)\\s+(?:the\\s+)?[^.;]{0,60}?\\s(?:has\\s+|have\\s+|had\\s+)?(?:run|runs|ran|taught|teaches|operates|operated|offers|offered"
            + "|organi[sz]es|organi[sz]ed|administers|administered|holds|held|sponsors|sponsored)"
            + "|\\b(?:run|operated|taught|offered|organi[sz]ed|administered|held|sponsored|led)\\s+by)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_BUYERS = Pattern.compile(BuyerWords.ANY + "|prostitut|sex\\s+trade|buying\\s+sex|demand"
            // "first offenders have mostly been sent to an evening class that the X County Attorney’s Office runs"
            + "|\\bfirst[\\s-]+(?:time\\s+)?offenders\\b|\\bmen\\s+(?:charged|arrested|convicted)\\b", Pattern.CASE_INSENSITIVE);

    private ProgrammeRunners() {}

    /** Whether the actor is a public body that is no police, prosecutor, court or council ({@code ORGANISATION} by its kind). */
    static boolean publicBody(Actor a) {
        return a.kind() == Actor.Kind.ORGANISATION && !a.national() && PUBLIC_BODY.matcher(a.name()).matches();
    }

    /** Whether the clause of the mention says the actor runs a programme about buyers ({@code sentence} at {@code index} of all). */
    static boolean runs(Actor a, String clause, List<Sentence> sentences, Sentence sentence) {
        if (a.kind() != Actor.Kind.PROSECUTOR && !publicBody(a)) return false;
        if (!LiteralGuard.find(RUNS, clause)) return false;
        if (LiteralGuard.find(ABOUT_BUYERS, sentence.text())) return true;
        Sentence before = before(sentences, sentence);
        return before != null && before.paragraph() == sentence.paragraph() && LiteralGuard.find(ABOUT_BUYERS, before.text());
    }

    /** The sentence right before {@code s} (a binary search by start), or null. */
    private static Sentence before(List<Sentence> sentences, Sentence s) {
        int lo = 0, hi = sentences.size() - 1, at = -1;
        while (lo <= hi) {
            Work.add(1);
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() < s.start()) { at = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return at < 0 ? null : sentences.get(at);
    }
}
