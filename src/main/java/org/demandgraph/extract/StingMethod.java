package org.demandgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * The method of a buyer operation told with a generic noun ("a three-day operation", "a detail in May 2008"): its own
 * sentence's ("arrested 7 men who had answered an ad posted by a detective": a web sting; "placed two female deputies
 * along Farm Road 9": a street reverse sting), else the method the paragraph told of the police before it ("Since 2014
 * the office has done most of this work online. ... In a two-day operation in March 2015, 14 men were arrested"; "has run
 * online stings since 2014. ... Operation Night Owl, in April 2015, netted 18 men"). A "reverse sting" takes only its own
 * sentence's method; so does a sweep ("Its first sweep ... ended with 33 men charged after they responded to online ads"),
 * and a later edition of a named operation takes the kind its first edition was given. "A similar sweep" is of the kind of
 * the sting before it in its paragraph. Round 18: an edition or a repeat takes the kind of the one it repeats
 * ({@link RepeatKinds}); a woman officer put in place in person ("put two female deputies in the lot of a truck stop") or
 * a sting named by its place indoors ("a motel sting") is a plain reverse sting before the paragraph is looked back on, and
 * looking back, decoys told in person are a method too. Operations not tied to buyers are left alone (assembly drops them).
 */
final class StingMethod {

    private static final Pattern WEB = OperationTriggers.p(StingMethods.WEB);
    private static final Pattern STREET = OperationTriggers.p(StingMethods.STREET);
    private static final Pattern POLICE = OperationTriggers.p("\\b" + StingMethods.POLICE + "\\b");
    private static final Pattern ON_STREET = OperationTriggers.p(StingMethods.ON_STREET);
    private static final Pattern DECOY = OperationTriggers.p(StingMethods.DECOY);
    private static final Pattern INDOORS = OperationTriggers.p(StingMethods.INDOORS);
    private static final Pattern SELLERS_TOO = OperationTriggers.p(StingMethods.SELLERS_TOO);
    /** "a similar sweep", "a comparable detail": of the kind told before. */
    /** A woman officer at work as a decoy: "a female deputy working undercover", "a policewoman posing as an escort". */
    private static final Pattern DECOY_AT_WORK = OperationTriggers.p("\\b(?:female|women|woman)\\s+(?:[\\w-]+\\s+)?" + StingMethods.OFFICER
            + "\\s+(?:working\\s+)?(?:undercover|pos(?:e|es|ed|ing)\\s+as|dressed\\s+as)\\b|\\bpolicewom[ae]n\\s+(?:pos(?:e|es|ed|ing)|dressed)\\s+as\\b");
    /** "such operations", "such decoy details": the ones just told. */
    private static final Pattern SUCH = OperationTriggers.p("\\bsuch\\s+(?:[\\w-]+\\s+)?(?:operations|stings|details|sweeps)\\b");
    /** "Decoy details of that sort have remained a fixture": a practice of the kind of the sting told right before it. */
    private static final Pattern OF_THAT_KIND = OperationTriggers.p("\\b(?:of\\s+(?:that|this|the\\s+same)\\s+(?:sort|kind|type))\\b");
    /**
     * A woman officer or decoy put in place in person: "put two female deputies in the lot of a truck stop", "placed a female
     * deputy in the parking lot of a travel plaza", "stationed a policewoman inside a motel" (a street is {@link #STREET}'s).
     */
    private static final Pattern DECOY_PUT = OperationTriggers.p("\\b(?:put|puts|putting|placed|placing|stationed|stationing|posted|posting|sent|sending|used|using)\\s+"
            + "(?:an?\\s+|two\\s+|three\\s+|several\\s+)?(?:[\\w-]+\\s+)?(?:policewom[ae]n|decoys?|female\\s+(?:[\\w-]+\\s+)?" + StingMethods.OFFICER + ")\\b");
    /** A sting named by the place indoors it was held at: "a motel sting", "a hotel sting", "a truck-stop sting". */
    private static final Pattern PLACE_STING = OperationTriggers.p(StingMethods.PLACE_STING);
    private static final Pattern STREET_THEN_DECOY = OperationTriggers.p(StingMethods.STREET_THEN_DECOY);
    private static final Pattern INDOORS_BEFORE = OperationTriggers.p(StingMethods.INDOORS_BEFORE);
    private static final Pattern STREET_NOUN = OperationTriggers.p(StingMethods.STREET_NOUN);
    /** Words right before a noun that set it aside: "rather than decoy operations", "instead of decoys", "without a decoy". */
    private static final Pattern NOT_THOSE = OperationTriggers.p("\\b(?:rather\\s+than|instead\\s+of|without|not|no|never|nor)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern SIMILAR = OperationTriggers.p("\\b(?:an?|one)\\s+(?:similar|comparable|like)\\s+(?:[\\w-]+\\s+)?(?:sweeps?|details?|operations?|stings?|crackdowns?)\\b");

    private StingMethod() {}

    static void settle(List<OperationDraft> drafts, List<Sentence> sentences) {
        Map<String, Operation.Kind[]> renamed = new HashMap<>();
        Map<OperationDraft, Operation.Kind> unsettled = new HashMap<>();
        java.util.Set<OperationDraft> inPersonOnly = new java.util.HashSet<>();
        OperationDraft practice = null;
        Operation.Kind practiceWas = null;
        for (int k = 0; k < drafts.size(); k++) {
            OperationDraft d = drafts.get(k);
            Operation.Kind before = d.kind;
            unsettled.put(d, before);
            // "A second operation that August was run online: detectives posted an ad ...": a repeat's own method first
            if (d.repeats != null && unsettled.get(d.repeats) == d.kind && d.repeats.evidence.start() != d.evidence.start()) {
                Operation.Kind own = method(ownText(d, sentences));
                if (own != null) d.kind = own;
            }
            settle(d, k == 0 ? null : drafts.get(k - 1), drafts.subList(0, k), sentences, renamed, inPersonOnly);
            // "Officers have repeated the detail most springs since then": the method the repeated operation was found to have
            if (d.repeats != null && unsettled.get(d.repeats) == d.kind) d.kind = d.repeats.kind;
            if (d.kind == before && practice != null && practiceWas == before && !d.recurring && samePara(sentences, practice, d))
                followPractice(d, practice, sentences);
            // decoys told in person and no method or practice to follow: a plain reverse sting
            if (d.kind == before && inPersonOnly.contains(d)) d.kind = Operation.Kind.REVERSE_STING;
            if (d.name != null && d.kind != before) renamed.putIfAbsent(d.name, new Operation.Kind[] {before, d.kind});
            if (d.recurring) { practice = d; practiceWas = before; }
        }
    }

    /**
     * "... has conducted reverse stings since 2008, when female deputies first worked the corner of Mill Street. The first of
     * those operations, in June 2008, netted 8 men": an operation given the kind of the practice right before it in its
     * paragraph takes the method that practice was then found to have (not one told indoors: "a sting at a motel").
     */
    private static void followPractice(OperationDraft d, OperationDraft practice, List<Sentence> sentences) {
        if (practice.kind != Operation.Kind.STREET_REVERSE_STING && practice.kind != Operation.Kind.WEB_STING) return;
        int at = Sentence.indexAt(sentences, d.evidence.start());
        if (at >= 0 && !LiteralGuard.find(INDOORS, sentences.get(at).text())) d.kind = practice.kind;
    }

    private static boolean samePara(List<Sentence> sentences, OperationDraft a, OperationDraft b) {
        int i = Sentence.indexAt(sentences, a.evidence.start()), j = Sentence.indexAt(sentences, b.evidence.start());
        return i >= 0 && j >= 0 && sentences.get(i).paragraph() == sentences.get(j).paragraph();
    }

    private static void settle(OperationDraft d, OperationDraft previous, List<OperationDraft> earlier, List<Sentence> sentences,
                               Map<String, Operation.Kind[]> renamed, java.util.Set<OperationDraft> inPersonOnly) {
        boolean sweep = d.kind == Operation.Kind.SWEEP;
        if (!sweep && d.kind != Operation.Kind.ENFORCEMENT_OPERATION && d.kind != Operation.Kind.REVERSE_STING) return;
        if (d.kind != Operation.Kind.REVERSE_STING && !d.buyerCount && !d.buyerContext) return;
        // a sweep keeps its word unless those it counts are buyers ("arrested 7 people, but only 2 of them were men ...; the rest
        // were women charged with prostitution")
        if (sweep && (!d.buyerCount || LiteralGuard.find(SELLERS_TOO, ownText(d, sentences)))) return;
        // "the 2021 edition netted 48 arrests": an edition of a named operation whose first was given its method
        Operation.Kind[] edition = d.name == null ? null : renamed.get(d.name);
        if (edition != null && edition[0] == d.kind) { d.kind = edition[1]; return; }
        int at = Sentence.indexAt(sentences, d.evidence.start());
        if (at < 0) return;
        String own = sentences.get(at).text();
        if (sweep || d.kind == Operation.Kind.ENFORCEMENT_OPERATION) {
            Operation.Kind like = similar(own, previous, sentences, at);
            if (like != null) { d.kind = like; return; }
        }
        Operation.Kind told = method(own);
        if (told == null && d.recurring) told = ofThatKind(own, previous, sentences, at);
        if (told == null && !d.recurring) told = toldInDetails(d, sentences, at);
        if (told == null && !d.recurring && onStreetAfterDecoys(sentences, at)) told = Operation.Kind.STREET_REVERSE_STING;
        // "has run street stings of that kind ever since" (decoys in the sentence), "A second street operation" (decoys before)
        if (told == null && streetNounWithDecoys(d, sentences, at)) told = Operation.Kind.STREET_REVERSE_STING;
        // "A second Amber Gate operation", "Officers repeated the detail in May 2012 ...": the kind of the one repeated
        if (told == null) told = RepeatKinds.of(d, earlier, repeatCue(d, sentences.get(at)), sentences, sentences.get(at).paragraph());
        // a practice told with a generic noun ("Comparable operations have also taken place") takes only its own sentence's method
        if (told != null || d.kind == Operation.Kind.REVERSE_STING || sweep || d.recurring) {
            if (told != null) d.kind = told;
            return;
        }
        // "In the first operation ..., a female deputy working undercover at a motel arrested three men", "put two female deputies in
        // the lot of a truck stop", "A motel sting ... led to 13 arrests": a decoy in person or a sting indoors, no method told
        if (inPerson(own) || LiteralGuard.find(PLACE_STING, own) && !OperationOpener.online(own)) {
            d.kind = Operation.Kind.REVERSE_STING;
            return;
        }
        for (int i = at - 1; i >= 0 && sentences.get(i).paragraph() == sentences.get(at).paragraph(); i--) {
            String s = sentences.get(i).text();
            Operation.Kind toldThere = method(s);
            if (toldThere == null) toldThere = specific(s);
            // "... began holding decoy operations at the truck stops every few months. Its largest, Operation X, ...": the method
            // told last is in person, not the web sting told before it
            if (toldThere == null && decoysInPerson(s)) toldThere = Operation.Kind.REVERSE_STING;
            if (toldThere != null && LiteralGuard.find(POLICE, s)) { d.kind = toldThere; return; }
        }
        // none told before: "began holding decoy operations at truck stops ...; the largest, in November 2021, led to ...", "... It
        // was carried out by town police, with a state trooper posing as the decoy in the motel's lot": decoys in person in its own
        // sentence or a sentence telling its details
        if (decoysInPerson(own) || decoysInDetails(d, sentences, at)) inPersonOnly.add(d);
    }

    /** A woman officer at work as a decoy, or put in place as one, told in person (no online medium). */
    private static boolean inPerson(String s) {
        return (LiteralGuard.find(DECOY_AT_WORK, s) || LiteralGuard.find(DECOY_PUT, s)) && !OperationOpener.online(s);
    }

    /** Decoys told in person in a sentence of the paragraph that told the operation's details (its count, its agencies). */
    private static boolean decoysInDetails(OperationDraft d, List<Sentence> sentences, int at) {
        for (Evidence e : d.details) {
            int i = Sentence.indexAt(sentences, e.start());
            if (i >= 0 && i != at && sentences.get(i).paragraph() == sentences.get(at).paragraph() && decoysInPerson(sentences.get(i).text())) return true;
        }
        return false;
    }

    /** Decoys told in a sentence without an online medium ("decoy operations at the truck stops", "posed as prostitutes"). */
    private static boolean decoysInPerson(String s) {
        if (!LiteralGuard.mayFind(DECOY, s) || OperationOpener.online(s)) return false;
        java.util.regex.Matcher m = DECOY.matcher(s);
        while (m.find())
            // not "Rather than decoy operations, the department has relied on ...", nor decoys denied or only planned
            if (!Negation.denied(s, m.start(), m.end()) && !NOT_THOSE.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
        return false;
    }

    /**
     * The part of the sentence that may tell the operation a repeat: up to its count ("a similar detail in October netted 19"
     * is the second operation's, not the first's of "arrested 34 men there; a similar detail ..."), the whole sentence when
     * it has none.
     */
    private static String repeatCue(OperationDraft d, Sentence s) {
        if (d.arrests == null) return s.text();
        int end = d.arrests.evidence().start() - s.start();
        return end > 0 && end <= s.text().length() ? s.text().substring(0, end) : s.text();
    }

    /**
     * A street noun ("street stings of that kind", "a second street operation") with decoys told outdoors in its sentence, or,
     * for one operation, before it in its paragraph.
     */
    private static boolean streetNounWithDecoys(OperationDraft d, List<Sentence> sentences, int at) {
        String own = sentences.get(at).text();
        if (!LiteralGuard.find(STREET_NOUN, own) || LiteralGuard.find(INDOORS, own)) return false;
        if (LiteralGuard.find(DECOY, own)) return true;
        return !d.recurring && onStreetAfterDecoys(sentences, at, true);
    }

    /** "Decoy details of that sort have remained a fixture" right after a street or web sting of its paragraph: of its kind, or null. */
    private static Operation.Kind ofThatKind(String own, OperationDraft previous, List<Sentence> sentences, int at) {
        if (previous == null || previous.recurring) return null;
        // "Decoy details became routine after that", "Such decoy operations were held ... from then on", "officers were running
        // such operations roughly every other month": decoys in person follow a street sting, "such" either kind
        boolean decoys = previous.kind == Operation.Kind.STREET_REVERSE_STING && decoysInPerson(own) && !LiteralGuard.find(INDOORS, own);
        if (!decoys && !LiteralGuard.find(OF_THAT_KIND, own) && !LiteralGuard.find(SUCH, own)) return null;
        if (previous.kind != Operation.Kind.STREET_REVERSE_STING && previous.kind != Operation.Kind.WEB_STING) return null;
        int p = Sentence.indexAt(sentences, previous.evidence.start());
        return p >= 0 && sentences.get(p).paragraph() == sentences.get(at).paragraph() ? previous.kind : null;
    }

    /**
     * "The town's first reverse sting came in February 2020. A detective answered an online ad ...; four men ... were taken into
     * custody": the one method the sentences that told the operation's details (its count) in its paragraph tell, or null.
     */
    private static Operation.Kind toldInDetails(OperationDraft d, List<Sentence> sentences, int at) {
        Operation.Kind found = null;
        for (Evidence e : d.details) {
            int i = Sentence.indexAt(sentences, e.start());
            if (i < 0 || i == at || sentences.get(i).paragraph() != sentences.get(at).paragraph()) continue;
            String t = sentences.get(i).text();
            Operation.Kind k = method(t);
            // "posed as prostitutes at the corners and in two motels": street and indoors, no one method
            if (k == null || k == Operation.Kind.STREET_REVERSE_STING && LiteralGuard.find(INDOORS, t)) continue;
            if (found != null && found != k) return null;
            found = k;
        }
        return found;
    }

    /** "In 2010, a similar sweep ... netted 8 buyers": the kind of the sting told right before, in the same paragraph. */
    private static Operation.Kind similar(String own, OperationDraft previous, List<Sentence> sentences, int at) {
        if (previous == null || !LiteralGuard.find(SIMILAR, own) || !OperationTriggers.isSting(previous.kind)) return null;
        int p = Sentence.indexAt(sentences, previous.evidence.start());
        return p >= 0 && sentences.get(p).paragraph() == sentences.get(at).paragraph() ? previous.kind : null;
    }

    /** "A second operation on Canal Street" after decoys told outdoors in its paragraph (not "a sting on Route 3" alone). */
    private static boolean onStreetAfterDecoys(List<Sentence> sentences, int at) {
        return onStreetAfterDecoys(sentences, at, LiteralGuard.find(ON_STREET, sentences.get(at).text()));
    }

    private static boolean onStreetAfterDecoys(List<Sentence> sentences, int at, boolean onStreet) {
        if (!onStreet) return false;
        for (int i = at; i >= 0 && sentences.get(i).paragraph() == sentences.get(at).paragraph(); i--) {
            String s = sentences.get(i).text();
            if (LiteralGuard.find(DECOY, s) && !LiteralGuard.find(INDOORS, s)) return true;
        }
        return false;
    }

    private static String ownText(OperationDraft d, List<Sentence> sentences) {
        int at = Sentence.indexAt(sentences, d.evidence.start());
        return at < 0 ? "" : sentences.get(at).text();
    }

    /** The method the sentence tells, or null when none or both. */
    private static Operation.Kind method(String s) {
        boolean web = LiteralGuard.find(WEB, s), street = LiteralGuard.find(STREET, s) || streetThenDecoy(s);
        return web == street ? null : web ? Operation.Kind.WEB_STING : Operation.Kind.STREET_REVERSE_STING;
    }

    /** "along Orchard Avenue, where female officers posing as prostitutes ...", not "at a motel on Orchard Avenue, where ...". */
    private static boolean streetThenDecoy(String s) {
        java.util.regex.Matcher m = LiteralGuard.matcher(STREET_THEN_DECOY, s);
        while (m.find())
            if (!INDOORS_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()) return true;
        return false;
    }

    /** A web or street-level sting named by its noun ("has run online stings since 2014"), or null. */
    private static Operation.Kind specific(String s) {
        Operation.Kind k = OperationTriggers.specificSting(s);
        return k == Operation.Kind.WEB_STING || k == Operation.Kind.STREET_REVERSE_STING ? k : null;
    }
}
