package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.FederalAgencies;

/** What kind of actor a name is (police, court, prosecutor, ...), and whether it is a federal agency's. */
final class ActorKinds {

    private static final Pattern KIND_POLICE = Pattern.compile(".*\\b([Pp]olice|Sheriff[’']s|Constable[’']s|Highway Patrol|State Patrol|Public Safety).*");
    /** An agency named for law enforcement ("X Law Enforcement Agency", "X Department of Law Enforcement"), or troopers; not a charity or council of that name. */
    private static final Pattern KIND_LAW_ENFORCEMENT = Pattern.compile(".+\\b(?:Law Enforcement|Troopers)\\b(?!.*\\b(?:Foundation|Council|Coalition|Alliance|Association|Commission|Fund|Society|Institute|Academy)\\b).*");
    private static final Pattern KIND_STATE_BUREAU = Pattern.compile(".*\\bBureau of (?:Investigation|Narcotics|Criminal).*");
    private static final Pattern KIND_TASK_FORCE = Pattern.compile(".*\\b(?:Task Force|Unit|Division|Team|Squad)\\b.*");
    private static final Pattern KIND_COURT = Pattern.compile(".*\\bCourt\\b.*");
    private static final Pattern KIND_PROSECUTOR = Pattern.compile(".*\\b(Attorney|Prosecutor|Solicitor).*");
    private static final Pattern KIND_STATE_JUSTICE = Pattern.compile("^(?:[A-Z][a-z]+\\s+){1,2}Department of Justice$");
    private static final Pattern KIND_COUNCIL = Pattern.compile(".*\\b(Council|Supervisors|Commission)\\b.*");

    private ActorKinds() {}

    /** Whether the name is a federal agency's, or begins with one's ("FBI Task Force"). */
    static boolean isNational(String name) {
        for (List<String> agency : FederalAgencies.NAMES)
            for (String alias : agency)
                if (name.equals(alias) || name.startsWith(alias + " ")) return true;
        return false;
    }

    static Actor.Kind kindOf(String name) {
        if (KIND_POLICE.matcher(name).matches()) return Actor.Kind.POLICE;
        if (KIND_LAW_ENFORCEMENT.matcher(name).matches()) return Actor.Kind.POLICE;
        // a state's investigation or narcotics bureau ("Georgia Bureau of Investigation") is police
        if (KIND_STATE_BUREAU.matcher(name).matches() && !isNational(name)) return Actor.Kind.POLICE;
        if (KIND_TASK_FORCE.matcher(name).matches()) return Actor.Kind.TASK_FORCE;
        if (KIND_COURT.matcher(name).matches()) return Actor.Kind.COURT;
        if (KIND_PROSECUTOR.matcher(name).matches()) return Actor.Kind.PROSECUTOR;
        if (KIND_COUNCIL.matcher(name).matches()) return Actor.Kind.COUNCIL;
        if (isNational(name)) return Actor.Kind.FEDERAL_AGENCY;
        // a state's Department of Justice is its attorney general's office ("California Department of Justice")
        if (KIND_STATE_JUSTICE.matcher(name).matches()) return Actor.Kind.PROSECUTOR;
        return Actor.Kind.ORGANISATION;
    }
}
