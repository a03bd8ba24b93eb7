package org.demandgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which named agencies the narrative shows acting: conducting or taking part in enforcement (an
 * operation, an arrest, an investigation, a rescue). A court, a council, an organisation named as a
 * source, another town's agency doing its own work, an agency that only announced a
 * policy, signed a memorandum or published figures, an arrestee's or a speaker's employer ("a
 * former FBI agent") and the leader of a national initiative (no mention: see {@link Bystanders}) are
 * named but not actors.
 */
final class ActorRoles {

    /** Enforcement in the clause of a police, task-force or federal mention. */
    private static final Pattern ENFORCES = p("arrest|conduct|sting|operation|investigat|raid|seiz|impound|rescu|recover|decoy"
            + "|undercover|patrol|pos(?:ed|ing|e)\\s+as|charg|cited|intercept|apprehend|collaborat|assist|participat|target|enforc"
            + "|warrant|crack|sweep|detail|revers|prosecut|uncover|surveil|curtail|combat|deter"
            // "agents of the X took part in that one", "was carried out together with the X"
            + "|\\b(?:t(?:ook|ake|akes|aking)\\s+part|carr(?:ied|ies|y|ying)\\s+out)\\b"
            // "deputies working with agents of the X placed an ad on a classifieds website": a sting's decoy ad
            + "|\\b(?:plac|post)(?:ed|es|s|ing)?\\s+(?:\\w+\\s+){0,2}?(?:ads?|advertisements?|listings?)\\b"
            // "arrested twenty-two, with help from X State Police troopers": help given to an arrest
            + "|\\bwith\\s+(?:the\\s+)?help\\s+(?:of|from)\\b"
            // "have pooled officers to go after the buyers"
            + "|\\bpool(?:ed|s|ing)?\\s+(?:their\\s+)?(?:officers|deputies|investigators|detectives|resources|personnel)\\b|\\b(?:go(?:es)?|went|gone|going)\\s+after\\b"
            // "Lathrop police joined the effort in 2009": an agency that joins the work later takes part in it
            + "|\\bjoin(?:ed|s|ing)?\\s+(?:the\\s+|that\\s+|this\\s+)?(?:effort|fight|crackdown|push|campaign|operations?|stings?|task\\s+force|team|unit)\\b"
            // "launched a statewide effort against buyers"
            + "|\\blaunch(?:ed|es|ing)?\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+){0,2}(?:effort|crackdown|campaign|push|initiative|drive)\\s+(?:against|targeting|aimed\\s+at)\\b");
    /** Enforcement in the clause of a prosecutor's mention: a stronger test. */
    private static final Pattern ENFORCES_STRONGLY = p("arrest|sting|operation|raid|prosecut|charg(?:ed|es|ing)|seiz|impound|program");
    private static final Pattern NOT_ACTING = p("decriminali[sz]|\\bMOU\\b|memorandum|\\bsign(?:ed|ing)\\b"
            // a proposal is no act ("the County Attorney’s Office proposed a class for men arrested ..., but the plan was never funded")
            + "|\\bpropos(?:ed|es|ing|al)\\b"
            // a request is no act ("the District Attorney has asked for a similar program")
            + "|\\b(?:asked|asks|calling|called|calls)\\s+for\\b|\\brequest(?:ed|s)\\b|\\burg(?:ed|es)\\b"
            // a body that keeps the numbers ("which publishes arrest figures for every county")
            + "|\\bpublish(?:es|ed|ing)?\\s+(?:\\w+\\s+){0,2}(?:figures|data|statistics|numbers|counts|tallies)\\b");

    /** The target of a request ("discussed asking the X to start a class", "called on the X to", "urged the X to"): asked, not acting. */
    private static final Pattern ASKED_BEFORE = p("\\b(?:ask(?:ed|ing|s)?|urg(?:ed|ing|es)|press(?:ed|ing|es)|lobb(?:ied|ying|ies)|petition(?:ed|ing|s)?"
            + "|(?:call(?:ed|ing|s)?)\\s+(?:on|upon))\\s+(?:the\\s+)?$");
    private static final Pattern TO_AFTER = p("^[’']?\\s+to\\s+\\w");

    /** A prosecutor named as a partner of those acting ("detectives, working with the X County Prosecutor’s Office, posed as ..."): the weaker test. */
    private static final Pattern WORKING_WITH = p("\\b(?:working|worked|works)\\s+(?:together\\s+|closely\\s+)?with\\s+(?:the\\s+)?$"
            + "|\\b(?:alongside|together\\s+with|in\\s+partnership\\s+with)\\s+(?:the\\s+)?$");
    /** A county named in the profile's opening paragraph as the place's ("a city ... in Brenning County, Ohio"). */
    private static final Pattern HOME_COUNTY = Pattern.compile("\\b(?:in|of)\\s+((?:[A-Z][\\w’'.-]*\\s+){1,3}(?:County|Parish))\\b");
    /** The county of a county prosecutor's name ("Delmar County Prosecutor’s Office"). */
    private static final Pattern PROSECUTOR_COUNTY = Pattern.compile("^((?:[A-Z][\\w’'.-]*\\s+){1,3}(?:County|Parish))\\s");

    private ActorRoles() {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The actors that conduct an operation or act in a clause that names them, in their order. */
    static List<Actor> acting(ActorFinder.Result found, List<Sentence> sentences, List<Operation> operations, String place) {
        Set<Actor> acting = new LinkedHashSet<>();
        for (Operation o : operations) acting.addAll(o.conductedBy());
        String home = homeCounty(sentences, place);
        Set<String> others = home == null ? OtherCounties.of(sentences, place) : Set.of();
        for (ActorMention m : found.mentions()) {
            if (acting.contains(m.actor()) || !mayAct(m.actor().kind()) && !ProgrammeRunners.publicBody(m.actor())
                    || anotherCountysProsecutor(m.actor(), home, others)) continue;
            Sentence s = Sentence.containing(sentences, m.start(), m.end());
            if (s == null) continue;
            int from = m.start() - s.start(), to = m.end() - s.start();
            // "Its Community Policing Unit reported ...": a unit of the agency just told of acts as that agency, not on its own
            if (UnitNames.ofPronoun(s.text(), from, to)) continue;
            // The agency's own name ("... Bureau of Investigation") says nothing about what it did.
            String blanked = s.text().substring(0, from) + " ".repeat(to - from) + s.text().substring(to);
            String clause = Negation.clause(blanked, from, to);
            // "neighboring Lakeview ... the Lakeview Police Department runs a john school": that town's work
            // "A State Police sweep ... made no arrests in Wrenford": the sweep's agency did nothing in the place
            if (ASKED_BEFORE.matcher(s.text().substring(Math.max(0, from - 30), from)).find() && TO_AFTER.matcher(s.text().substring(to)).find()) continue;
            if (NOT_ACTING.matcher(clause).find() || OtherPlace.marked(Negation.clause(s.text(), from, to), place)
                    || OtherPlace.contrasted(s.text(), place)) continue;
            // "a statewide operation ..., directed by the X Attorney General’s Office. ... not say whether any ... in the county"
            if (StatewideWork.elsewhere(clause, s, sentences, place)) continue;
            if (ProgrammeRunners.runs(m.actor(), clause, sentences, s)) { acting.add(m.actor()); continue; }
            if (FormedTaskForces.worksAfter(m.actor(), s, from, to, sentences)) { acting.add(m.actor()); continue; }
            if (!mayAct(m.actor().kind())) continue;
            Pattern test = m.actor().enforces() || WORKING_WITH.matcher(s.text().substring(Math.max(0, from - 40), from)).find() ? ENFORCES : ENFORCES_STRONGLY;
            if (test.matcher(clause).find() && !DeniedActs.only(clause, test)) acting.add(m.actor());
        }
        acting.addAll(TaskForceMembers.of(found, sentences, acting));
        return found.actors().stream().filter(acting::contains).toList();
    }

    /**
     * The place's county: the place itself, or the one county its opening paragraph names (null when it names none or
     * several).
     */
    static String homeCounty(List<Sentence> sentences, String place) {
        if (place != null && (place.endsWith(" County") || place.endsWith(" Parish"))) return place;
        String home = null;
        for (Sentence s : sentences) {
            if (s.paragraph() != sentences.get(0).paragraph()) break;
            for (java.util.regex.Matcher m = HOME_COUNTY.matcher(s.text()); m.find(); ) {
                if (home != null && !home.equals(m.group(1))) return null;
                home = m.group(1);
            }
        }
        return home;
    }

    /**
     * A county prosecutor acts in its own county only: another county's, named in a case story, does nothing here;
     * without a home county, one of a county the profile pairs with another town ({@link OtherCounties}).
     */
    private static boolean anotherCountysProsecutor(Actor a, String home, Set<String> others) {
        if (a.kind() != Actor.Kind.PROSECUTOR) return false;
        java.util.regex.Matcher m = PROSECUTOR_COUNTY.matcher(a.name());
        return m.find() && (home != null ? !m.group(1).equals(home) : others.contains(m.group(1)));
    }

    /** Police, task forces, federal agencies and prosecutors enforce; courts, councils and organisations (a charity, a newspaper, a university) do not. */
    private static boolean mayAct(Actor.Kind kind) {
        return kind != Actor.Kind.COURT && kind != Actor.Kind.COUNCIL && kind != Actor.Kind.ORGANISATION;
    }
}
