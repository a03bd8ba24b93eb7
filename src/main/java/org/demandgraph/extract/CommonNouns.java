package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies referred to by a common noun once the profile has named them: "the department" or "the
 * sheriff's office" is the one of that kind named last in its paragraph, else the place's own; bare
 * "police" is the police department named last in its paragraph, else a city's own; "deputies" or "the
 * sheriff" the sheriff named last in it, else a county's own; "Brennan officers" in the Brennan profile
 * and "city detectives" in a city's are its police. A noun that could be another agency ("police in
 * nearby Fenwick", "state police", "an off-duty police officer") is no mention.
 */
final class CommonNouns {

    /** The kinds of common noun, each resolved its own way. */
    private enum Noun { DEPARTMENT, BUREAU, SHERIFFS_OFFICE, POLICE, DEPUTIES, OWN_MEMBERS, NAMED_MEMBERS, OFFICERS, IT }

    /** A noun found; {@code actor} is the agency a place's members name ("Tolliver County deputies"), else null. */
    private record Found(int start, int end, Noun noun, Actor actor) {
        Found(int start, int end, Noun noun) {
            this(start, end, noun, null);
        }
    }

    /** "Bureau officers", "bureau detectives": a local police bureau's people (not "Bureau agents", a state or federal bureau's). */
    private static final Pattern BUREAU_MEMBERS = Pattern.compile("(?:^|(?<=[a-z,;:]\\s))[Bb]ureau\\s+(?:officers|detectives|investigators)\\b");
    private static final Pattern DEPARTMENT = Pattern.compile("\\b[Tt]he\\s+(?:police\\s+department|department|bureau|sheriff[’']s\\s+(?:office|department))\\b");
    /** "Halbrook’s police department": the police department named for that place. */
    private static final Pattern PLACE_POSSESSIVE = Pattern.compile("(?<![\\w.’'])((?:[A-Z][\\w.-]*\\s+){0,2}[A-Z][\\w.-]*)[’']s\\s+police\\s+(?:department|officers|detectives)\\b");
    private static final Pattern POLICE = Pattern.compile("(?<![\\w’'-])[Pp]olice\\b(?!\\s+[Dd]epartment)");
    /** "deputies", "the sheriff", and a unit of the sheriff's ("the sheriff’s vice unit"). */
    private static final Pattern DEPUTIES = Pattern.compile("(?<![\\w’'-])(?:[Ss]heriff[’']s\\s+)?(?:deputies|(?<![\\w’'-]\\s)Deputies)\\b|\\b[Tt]he\\s+sheriff\\b(?![’'])"
            + "|(?<![\\w’'-])[Ss]heriff[’']s\\s+(?:investigators|detectives)\\b"
            + "|\\b[Tt]he\\s+sheriff[’']s(?=\\s+(?:[A-Za-z-]+\\s+){0,2}(?:unit|squad|division|team|bureau|detectives|investigators|Unit|Squad|Division|Team|Bureau)\\b)");
    /** Only a coordination between two mentions ("the Sheriff's Office and the department"): two agencies, not one. */
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,|,?\\s*and|with|along\\s+with|joined)\\s*$");
    /** "vice officers", "the vice squad": the local agency named last in the paragraph, else the place's own (not "the sheriff's vice unit"). */
    private static final Pattern VICE = Pattern.compile("(?<![Ss]heriff[’']s\\s)(?<![\\w’'-])[Vv]ice\\s+(?:officers|detectives|investigators|squad|unit)\\b");
    /** "city detectives" (or "town officers") in a city's or town's profile, "county deputies" in a county's: its own. */
    private static final Pattern OWN_MEMBERS = Pattern.compile("\\b(?:[Cc]ity|[Cc]ounty|[Tt]own|[Vv]illage|[Bb]orough)\\s+(?:police\\s+)?(?:officers|detectives|investigators|deputies)\\b");
    private static final Pattern PLACE_MEMBERS = Pattern.compile("(?<![\\w.’'])((?:[A-Z][\\w’'.-]*\\s+){1,3})(?:police\\s+)?(?:officers|detectives|investigators|deputies)\\b");
    /** Words before "police" that make it other police than the place's ("state police", "police in nearby Fenwick"). */
    private static final Pattern OTHER_BEFORE = Pattern.compile("(?i)\\b(?:state|county|federal|transit|campus|university|college|tribal|military"
            + "|park|airport|port|railroad|school|border|capitol|housing|metro|area|neighbou?ring|nearby|other|another|regional|municipal|(?:county|state|nation|country)[’']s)\\s+$");
    private static final Pattern OTHER_AFTER = Pattern.compile("^(?:\\s+(?:officers?|detectives?))?\\s+(?:in|of|from)\\s+(?:the\\s+)?(?:neighbou?ring\\s+|nearby\\s+|other\\s+)?([A-Z][\\w.-]*)");
    /** A name right before "police" ("Fenwick police"): that town's, found as a name of its own. */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?<![\\w’'.-])(?!(?:The|When|After|Before|Then|But|And|While|Since|Once|Where|Local|City|Town)\\s)[A-Z][\\w’'.-]*\\s+$");

    /**
     * Bare "officers" or "detectives" ("In May 2021, detectives posted decoy ads ..."): in a city's profile, in a sentence naming
     * no agency, after its paragraph has named the city's police, that police (a sheriff's are "deputies").
     */
    private static final Pattern OFFICERS = Pattern.compile("(?<![\\w’'-])(?:(?:[Uu]ndercover|[Pp]lainclothes|[Ff]emale|[Uu]niformed)\\s+)?(?:officers|detectives|(?<=^|\\s)(?:Officers|Detectives))\\b");
    /** Words right before such a noun that make them some other agency's ("task force investigators", "Sheriff’s detectives"). */
    private static final Pattern OTHER_MEMBERS_BEFORE = Pattern.compile("(?i)\\b(?:force|sheriff[’']s|patrol|unit|team|agency|bureau|office|department[’']s|federal|state|county|their|its|other|off-duty|former|retired|an?)\\s+$");

    private static final Pattern LOCAL = Pattern.compile("Police Department$|Police$|Sheriff[’']s (?:Office|Department)(?: of (?:[A-Z][\\w’'.-]* ){1,3}(?:County|Parish))?$");
    private static final Pattern STATE = Pattern.compile("\\bState Police\\b");

    private CommonNouns() {}

    /** The mentions these nouns make, given the mentions found so far (any order) and the spans they take. */
    static List<ActorMention> in(List<Sentence> sentences, List<Actor> actors, List<ActorMention> named, Spans taken, String place) {
        List<ActorMention> out = new ArrayList<>();
        if (place == null || place.isBlank()) return out;
        boolean county = place.endsWith(" County") || place.endsWith(" Parish");
        Actor ownPolice = county ? null : own(actors, place, " Police Department", "Police");
        Actor ownSheriff = county ? own(actors, place, " Sheriff’s Office", "Sheriff") : null;
        if (actors.stream().noneMatch(CommonNouns::local)) return out;
        // "the sheriff's office" in a city's profile: the one sheriff's office it names
        List<Actor> sheriffs = actors.stream().filter(a -> local(a) && a.name().contains("Sheriff")).toList();
        Actor onlySheriff = sheriffs.size() == 1 ? sheriffs.get(0) : null;
        List<ActorMention> sorted = new ArrayList<>(named);
        sorted.sort(Comparator.comparingInt(ActorMention::start));
        int next = 0, inSentence = 0;
        ActorMention lastLocal = null;
        int lastParagraph = -1;
        boolean ownSeen = false, ownReferred = false, anyInParagraph = false;
        Actor lastAgency = null;
        for (Sentence s : sentences) {
            if (s.paragraph() != lastParagraph) {
                lastLocal = null; lastParagraph = s.paragraph(); ownSeen = false; lastAgency = null; ownReferred = false; anyInParagraph = false;
            }
            String t = s.text();
            // the names of this sentence (and whether one of them, or of the paragraph's sentences before, is the city's police)
            boolean namedHere = false, ownHere = false;
            Actor lastHere = null;
            for (; inSentence < sorted.size() && sorted.get(inSentence).start() < s.start() + t.length(); inSentence++) {
                Work.add(1);
                ActorMention m = sorted.get(inSentence);
                if (m.start() < s.start()) continue;
                namedHere = true;
                ownHere |= m.actor() == ownPolice;
                if (m.actor().enforces()) lastHere = m.actor();
            }
            List<Found> found = new ArrayList<>();
            Actor member;
            for (Matcher m = LiteralGuard.matcher(DEPARTMENT, t); m.find(); ) {
                String noun = m.group().toLowerCase(java.util.Locale.ROOT);
                found.add(new Found(m.start(), m.end(), noun.contains("sheriff") ? Noun.SHERIFFS_OFFICE : noun.endsWith("bureau") ? Noun.BUREAU : Noun.DEPARTMENT));
            }
            for (Matcher m = LiteralGuard.matcher(BUREAU_MEMBERS, t); m.find(); ) found.add(new Found(m.start(), m.end(), Noun.BUREAU));
            for (Matcher m = LiteralGuard.matcher(POLICE, t); m.find(); ) found.add(new Found(m.start(), m.end(), Noun.POLICE));
            for (Matcher m = LiteralGuard.matcher(VICE, t); m.find(); ) found.add(new Found(m.start(), m.end(), Noun.DEPARTMENT));
            // the paragraph's officers are the city's, or its and a sheriff's; not a task force's ("Its first operation ...: detectives posted ads")
            // (or, in a paragraph naming no agency yet, the city's police: "A street operation returned in July 2023, when officers ...")
            if (ownPolice != null && !namedHere && ((ownSeen || ownReferred) && lastAgency != null && (lastAgency == ownPolice || local(lastAgency) && lastAgency.name().contains("Sheriff"))
                    || !anyInParagraph && lastAgency == null))
                for (Matcher m = LiteralGuard.matcher(OFFICERS, t); m.find(); )
                    if (!otherMembers(t, m.start()) && !otherPlaceAfter(t, m.end(), place)) found.add(new Found(m.start(), m.end(), Noun.OFFICERS));
            // "detectives and agents of the X" after the paragraph told of the city's police: its own beside the X (round 22)
            if (ownPolice != null && namedHere && (ownSeen || ownReferred) && (lastAgency == null || lastAgency == ownPolice || !local(lastAgency)))
                for (Matcher m = LiteralGuard.matcher(OFFICERS, t); m.find(); )
                    if (!otherMembers(t, m.start()) && JointMembers.beside(t, m.end())) found.add(new Found(m.start(), m.end(), Noun.OFFICERS));
            for (Matcher m = LiteralGuard.matcher(DEPUTIES, t); m.find(); ) found.add(new Found(m.start(), m.end(), Noun.DEPUTIES));
            if (lastAgency == null || local(lastAgency))
                for (Matcher m = LiteralGuard.matcher(JointMembers.IT_JOINED, t); m.find(); ) found.add(new Found(m.start(), m.end(), Noun.IT));
            for (Matcher m = LiteralGuard.matcher(OWN_MEMBERS, t); m.find(); )
                if (m.group().toLowerCase(java.util.Locale.ROOT).startsWith("county") == county) found.add(new Found(m.start(), m.end(), Noun.OWN_MEMBERS));
            for (Matcher m = LiteralGuard.matcher(PLACE_MEMBERS, t); m.find(); ) {
                String of = m.group(1).trim().replaceFirst("^(?:The|the)\\s+", "");
                if (of.equals(place)) found.add(new Found(m.start(1), m.end(), Noun.OWN_MEMBERS));
                // "Tolliver County deputies", "Garnet officers": the named agency of that place
                else if ((member = members(actors, of, m.group().endsWith("deputies"))) != null) found.add(new Found(m.start(1), m.end(), Noun.NAMED_MEMBERS, member));
            }
            for (Matcher m = LiteralGuard.matcher(PLACE_POSSESSIVE, t); m.find(); )
                if ((member = members(actors, m.group(1), false)) != null) found.add(new Found(m.start(), m.end(), Noun.NAMED_MEMBERS, member));
            found.sort(Comparator.comparingInt(Found::start));
            // the last local agency named before each match: walk the mentions along, in text order
            for (Found f : found) {
                int start = s.start() + f.start(), end = s.start() + f.end();
                while (next < sorted.size() && sorted.get(next).start() < start) {
                    Work.add(1);
                    ActorMention m = sorted.get(next++);
                    if (!local(m.actor())) continue;
                    Sentence at = Sentence.containing(sentences, m.start(), m.end());
                    if (at != null && at.paragraph() == s.paragraph()) lastLocal = m;
                }
                if (taken.overlaps(start, end) || Bystanders.employerBefore(t, f.start())) continue;
                Actor a = switch (f.noun()) {
                    // "the bureau": a local agency called a bureau ("Bureau of Police"), never a state or federal bureau
                    case BUREAU -> {
                        Actor d = department(coordinated(lastLocal, s, f), lastLocal, false, ownPolice != null ? ownPolice : ownSheriff);
                        yield d != null && d.name().contains("Bureau") ? d : null;
                    }
                    case DEPARTMENT -> notSheriff(department(coordinated(lastLocal, s, f), lastLocal, false, ownPolice != null ? ownPolice : ownSheriff), ownPolice, ownReferred);
                    case SHERIFFS_OFFICE -> {
                        Actor d = department(coordinated(lastLocal, s, f), lastLocal, true, ownPolice != null ? ownPolice : ownSheriff);
                        yield d == null && ownSheriff == null && lastLocal == null ? onlySheriff : d;
                    }
                    case POLICE -> otherPolice(t, f.start(), f.end(), place) ? null : police(lastLocal, ownPolice);
                    case DEPUTIES -> lastLocal != null && lastLocal.actor().name().contains("Sheriff") ? lastLocal.actor()
                            // "sheriff's deputies" in a city's profile: the one sheriff's office it names
                            : ownSheriff == null && t.substring(f.start(), f.end()).toLowerCase(java.util.Locale.ROOT).contains("sheriff") ? onlySheriff : ownSheriff;
                    case OWN_MEMBERS -> ownPolice != null ? ownPolice : ownSheriff;
                    case NAMED_MEMBERS -> f.actor();
                    case OFFICERS -> ownPolice;
                    // "In July 2017, it joined the X for a two-day sting": the local agency just told (round 22)
                    case IT -> lastLocal != null ? lastLocal.actor() : ownReferred || ownSeen ? (ownPolice != null ? ownPolice : ownSheriff) : null;
                };
                if (a == null) continue;
                out.add(new ActorMention(start, end, a, f.noun() == Noun.POLICE || f.noun() == Noun.DEPUTIES || f.noun() == Noun.OFFICERS));
                taken.add(start, end);
                ownReferred |= a == ownPolice;
                anyInParagraph = true;
            }
            ownSeen |= ownHere;
            ownReferred |= ownHere;
            anyInParagraph |= namedHere;
            if (lastHere != null) lastAgency = lastHere;
        }
        return out;
    }

    /**
     * "the department" in a city's profile whose police is named: that police, not a sheriff's office (no department), nor a
     * sheriff's department told after the city's police in the paragraph ("CPD vice officers and deputies from the X
     * Sheriff’s Department ... the department’s Facebook page").
     */
    private static Actor notSheriff(Actor a, Actor ownPolice, boolean ownReferred) {
        if (a == null || ownPolice == null || a == ownPolice || !a.name().contains("Sheriff")) return a;
        return !a.name().contains("Department") || ownReferred ? ownPolice : a;
    }

    /** The agency named for a place whose members these are: its sheriff's office for deputies, else its police department. */
    private static Actor members(List<Actor> actors, String of, boolean deputies) {
        for (Actor a : actors) {
            String name = a.name().replace('\'', '’');
            if (deputies ? name.equals(of + " Sheriff’s Office") || name.equals(of + " Sheriff’s Department") : name.equals(of + " Police Department")) return a;
        }
        return null;
    }

    /** As {@link #department(ActorMention, boolean, Actor, Actor)}; a noun coordinated with the last agency ("X and the department") is another. */
    private static Actor department(boolean coordinated, ActorMention last, boolean sheriff, Actor own) {
        return coordinated ? department(null, sheriff, own, last.actor()) : department(last, sheriff, own, null);
    }

    /** "the department": the local agency named last in the paragraph (a sheriff for "the sheriff's office"), else the place's own. */
    private static Actor department(ActorMention last, boolean sheriff, Actor own, Actor beside) {
        if (last != null && (!sheriff || last.actor().name().contains("Sheriff"))) return last.actor();
        return own == null || own == beside || sheriff && !own.name().contains("Sheriff") ? null : own;
    }

    /** Whether the noun is joined to the last local agency named right before it ("the Sheriff's Office and the department"): another agency. */
    private static boolean coordinated(ActorMention last, Sentence s, Found f) {
        int gap = last == null ? -1 : last.end() - s.start();
        return gap >= 0 && gap <= f.start() && COORDINATION.matcher(s.text().substring(gap, f.start())).matches();
    }

    /** "police": the police department named last in the paragraph, else the city's own; never a sheriff. */
    private static Actor police(ActorMention last, Actor own) {
        if (last != null) return last.actor().name().contains("Sheriff") ? null : last.actor();
        return own;
    }

    /** A town's police or a county's sheriff: the agencies "the department" or "police" could mean (not a state police or bureau). */
    private static boolean local(Actor a) {
        return a.kind() == Actor.Kind.POLICE && !a.national() && LOCAL.matcher(a.name()).find() && !STATE.matcher(a.name()).find();
    }

    /** Whether the officers are named as another agency's or a person's: by the words before them, or a name right before. */
    private static boolean otherMembers(String t, int from) {
        String before = t.substring(Math.max(0, from - 30), from);
        return OTHER_MEMBERS_BEFORE.matcher(before).find() || OTHER_BEFORE.matcher(before).find() || CAPITALISED_BEFORE.matcher(before).find();
    }

    /** "officers from Elk Ridge": another town's, named right after them. */
    private static boolean otherPlaceAfter(String t, int to, String place) {
        Matcher after = OTHER_AFTER.matcher(t.substring(to));
        return after.find() && !place.startsWith(after.group(1));
    }

    private static boolean otherPolice(String t, int from, int to, String place) {
        String before = t.substring(Math.max(0, from - 30), from);
        if (OTHER_BEFORE.matcher(before).find()) return true;
        if (CAPITALISED_BEFORE.matcher(before).find()) return true;
        Matcher after = OTHER_AFTER.matcher(t.substring(to));
        return after.find() && !place.startsWith(after.group(1));
    }

    /** The place's own police or sheriff among the named actors: by its usual name, else the one local agency of that kind named after the place. */
    private static Actor own(List<Actor> actors, String place, String usual, String head) {
        Actor only = null;
        int n = 0;
        for (Actor a : actors) {
            if (a.national() || a.kind() != Actor.Kind.POLICE) continue;
            String name = a.name().replace('\'', '’');
            if (name.equals(place + usual) || usual.contains("Sheriff") && name.equals(place + " Sheriff’s Department")) return a;
            if (name.startsWith(place + " ") && name.contains(head)) { only = a; n++; }
        }
        return n == 1 ? only : null;
    }
}
