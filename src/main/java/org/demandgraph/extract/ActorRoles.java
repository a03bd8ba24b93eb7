package org.demandgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which named agencies the narrative shows acting: conducting or taking part in enforcement (an
 * operation, an arrest, an investigation, a rescue). A court, an agency that only announced a
 * policy, signed a memorandum or published figures, and an arrestee's or a speaker's employer
 * ("a former FBI agent") are named but not actors.
 */
final class ActorRoles {

    /** Enforcement in the clause of a police, task-force or federal mention. */
    private static final Pattern ENFORCES = p("arrest|conduct|sting|operation|investigat|raid|seiz|impound|rescu|recover|decoy"
            + "|undercover|patrol|pos(?:ed|ing|e)\\s+as|charg|cited|intercept|apprehend|collaborat|assist|participat|target|enforc"
            + "|warrant|crack|sweep|detail|revers|prosecut|uncover|surveil|curtail|combat|deter");
    /** Enforcement in the clause of a prosecutor, council or organisation mention: a stronger test. */
    private static final Pattern ENFORCES_STRONGLY = p("arrest|sting|operation|raid|prosecut|charged|seiz|impound|program");
    private static final Pattern NOT_ACTING = p("decriminali[sz]|\\bMOU\\b|memorandum|\\bsign(?:ed|ing)\\b");
    /** A person described by the agency they work for ("a former FBI agent", "an off-duty Riverton Police officer"). */
    private static final Pattern EMPLOYER_BEFORE = p("\\b(?:an?|former|off-duty|retired|ex-)\\s+(?:\\S+\\s+)?$");
    private static final Pattern PERSON_AFTER = p("^[’']?s?\\s+(?:officers?|agents?|employees?|detectives?|troopers?|deputy|deputies"
            + "|sergeant|lieutenant|spokes\\w+|coordinator|chief)\\b");

    private ActorRoles() {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The actors that conduct an operation or act in a clause that names them, in their order. */
    static List<Actor> acting(ActorFinder.Result found, List<Sentence> sentences, List<Operation> operations, String text) {
        Set<Actor> acting = new LinkedHashSet<>();
        for (Operation o : operations) acting.addAll(o.conductedBy());
        for (ActorMention m : found.mentions()) {
            if (acting.contains(m.actor()) || m.actor().kind() == Actor.Kind.COURT) continue;
            Sentence s = Sentence.containing(sentences, m.start(), m.end());
            if (s == null) continue;
            int from = m.start() - s.start(), to = m.end() - s.start();
            if (EMPLOYER_BEFORE.matcher(s.text().substring(Math.max(0, from - 24), from)).find()
                    && PERSON_AFTER.matcher(s.text().substring(to)).find()) continue;
            // The agency's own name ("... Bureau of Investigation") says nothing about what it did.
            String blanked = s.text().substring(0, from) + " ".repeat(to - from) + s.text().substring(to);
            String clause = Negation.clause(blanked, from, to);
            if (NOT_ACTING.matcher(clause).find()) continue;
            Pattern test = m.actor().enforces() ? ENFORCES : ENFORCES_STRONGLY;
            if (test.matcher(clause).find()) acting.add(m.actor());
        }
        return found.actors().stream().filter(acting::contains).toList();
    }
}
