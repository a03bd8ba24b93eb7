package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.vocab.UsStates;

/**
 * Mentions that name an agency without it acting here: a person's employer ("an off-duty Riverton
 * Police officer", "a Talbot County Sheriff's Office deputy", "a former FBI agent"), and the leader of
 * a national initiative ("a nationwide effort led by the FBI", "the FBI announced a campaign against
 * interstate prostitution"), whose work happened across the country; the author of a report or study; and an
 * agency acting in a neighbouring place ("in neighboring X County, where the X County Prosecuting Attorney ..."); an agency
 * whose work was only a model ("borrow from the playbook of the X"); an agency that only announced a total across the state
 * or the nation ("the X Attorney General’s Office said 61 men had been arrested in the state that year").
 * Such a mention neither makes an actor nor gives an operation its agency.
 */
final class Bystanders {

    /** The indefinite or former person before the agency's name. */
    private static final Pattern BEFORE = p("\\b(?:an?|former|off-duty|retired|ex-)\\s+(?:\\S+\\s+)?$");
    /** The person noun right after it. */
    private static final Pattern PERSON_AFTER = p("^[’']?s?\\s+(?:officers?|agents?|employees?|detectives?|troopers?|deputy|deputies"
            + "|sergeant|lieutenant|captain|commander|major|investigators?|dispatchers?|cadets?|spokes\\w+|coordinator|chief)\\b");
    /** "One of the men arrested was a corrections officer with the X": an arrestee described by the agency he works for. */
    private static final Pattern ARRESTEE_WITH = p("\\b(?:arrest\\w*|charged|cited|among|included)\\b.{0,120}\\b(?:an?|former|off-duty|retired)\\s+(?:\\S+\\s+)?"
            + "(?:officer|deputy|detective|trooper|agent|employee|dispatcher|sergeant|lieutenant|jailer|guard|clerk|worker)\\s+"
            // "... a jailer employed by the X", "... a clerk who worked for the X"
            + "(?:(?:employed|working|who\\s+work(?:s|ed)?)\\s+)?(?:with|of|for|from|at|by)\\s+(?:the\\s+)?$");
    /** "a paralegal employed by the X was charged", "one man, who worked for the X, ...": a person's employer, whoever the person is. */
    private static final Pattern EMPLOYED_BY = p("\\b(?:an?|one|former)\\s+(?:[\\w-]+\\s+){1,2}(?:employed\\s+by|who\\s+work(?:s|ed)?\\s+(?:for|at)|working\\s+(?:for|at))\\s+(?:the\\s+)?$");
    /** The author of a report or study ("a report published that year by the X counted 240 arrests across the state"). */
    private static final Pattern SOURCE = p("\\b(?:report|study|survey|analysis|audit|review|data|figures|statistics)\\s+(?:\\w+\\s+){0,4}?(?:by|from)\\s+(?:the\\s+)?$");
    /** What happened in another place ("convicted in neighboring Barrow County, where the Barrow County Prosecuting Attorney had charged him"). */
    private static final Pattern ELSEWHERE = p("\\b(?:in|at)\\s+(?:neighbou?ring|nearby|adjacent)\\s+(?-i:[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}),\\s+where\\b[^.;]*$");
    /** An agency whose work was only a model ("the county's stings borrow from the playbook of the X", "modeled on those of the X"). */
    private static final Pattern MODEL = p("\\b(?:model(?:l)?ed|patterned)\\s+(?:\\w+\\s+){0,3}?(?:on|after)\\s+(?:(?:those|that|the\\s+(?:work|example|stings))\\s+of\\s+)?(?:the\\s+)?$"
            + "|\\b(?:playbook|example|lead)\\s+of\\s+(?:the\\s+)?$|\\b(?:inspired\\s+by|borrow(?:s|ed|ing)?\\s+from|copied\\s+from)\\s+(?:the\\s+)?$");
    private static final Pattern LED_BY = p("\\b(?:led|coordinated|organi[sz]ed|spearheaded|sponsored|headed)\\s+by\\s+(?:the\\s+)?$");
    private static final Pattern LEADS = p("^[’']?s?,?\\s+(?:which\\s+|that\\s+)?(?:had\\s+|has\\s+)?(?:led|leads|coordinat(?:ed|es)|organi[sz](?:ed|es)"
            + "|spearhead(?:ed|s)|sponsor(?:ed|s)|head(?:ed|s)|(?:announc|launch)(?:ed|es)\\s+(?:an?|its|the)\\s+(?:\\w+\\s+){0,2}(?:campaign|initiative|effort|crackdown)"
            // "announced the results of a statewide push": the totals of work done elsewhere too
            + "|announc(?:ed|es)\\s+(?:the\\s+)?(?:results|totals?|figures|tally)\\s+of)\\b");
    /** A wider initiative than the place's: national, or across a state ("a statewide initiative led by the Attorney General"). */
    // "interstate" as a scope ("an interstate prostitution ring"), not the highway ("truck stops along the interstate")
    private static final Pattern NATIONAL = p("\\binterstate(?=\\s+(?:prostitution|sex|traffick\\w*|rings?|operations?|efforts?|initiatives?|campaigns?"
            + "|crackdowns?|stings?|investigations?|networks?|task\\s+forces?))"
            + "|\\b(?:national|nationwide|statewide|state-wide|multi-?state|regional|across\\s+the\\s+(?:country|nation|state)|\\d+\\s+states)\\b");

    /**
     * "the X Attorney General’s Office announced that 26 men had been arrested in Iowa", "the X reported in 2021 that it had
     * arrested 112 buyers statewide": a total it only told of.
     */
    private static final Pattern ANNOUNCED_TOTAL = p("^[’']?s?,?\\s+(?:announced|said|reported|stated|disclosed|noted)\\s+(?:that\\s+)?[^.;]{0,60}?"
            + "\\b(?:had\\s+been|have\\s+been|were|had|have)\\s+(?:\\w+\\s+)?(?:arrested|charged)\\b");
    /** The total's scope is wider than the place: the state or the nation. */
    private static final Pattern WIDER = p("\\b(?:in|across|throughout|around)\\s+(?:the\\s+state|the\\s+country|the\\s+nation|"
            + String.join("|", UsStates.all().values()) + ")\\b|\\b(?:national|nationwide|statewide|state-wide)\\b");

    /**
     * An agency placed in a state ("the Lowell County Sheriff’s Office in Iowa, which ..."): a profile names its own state's
     * agencies without saying where they are, so this is another state's (not "in Washington County").
     */
    private static final Pattern IN_A_STATE = Pattern.compile("^[’']?,?\\s+in\\s+(?:the\\s+state\\s+of\\s+)?(?:"
            + String.join("|", UsStates.all().values()) + ")\\b(?![ \\t]+[A-Z])");

    private Bystanders() {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** Whether the words before {@code from} in the sentence make what follows a person's employer. */
    static boolean employerBefore(String sentence, int from) {
        return BEFORE.matcher(sentence.substring(Math.max(0, from - 24), from)).find();
    }

    /** Whether the agency named at {@code [from, to)} of the sentence does nothing here. */
    static boolean named(String sentence, int from, int to) {
        if (employerBefore(sentence, from) && PERSON_AFTER.matcher(sentence.substring(to)).find()) return true;
        if (ARRESTEE_WITH.matcher(sentence.substring(Math.max(0, from - 200), from)).find()) return true;
        if (EMPLOYED_BY.matcher(sentence.substring(Math.max(0, from - 50), from)).find()) return true;
        if (SOURCE.matcher(sentence.substring(Math.max(0, from - 60), from)).find()) return true;
        if (MODEL.matcher(sentence.substring(Math.max(0, from - 60), from)).find()) return true;
        if (ELSEWHERE.matcher(sentence.substring(0, from)).find() || IN_A_STATE.matcher(sentence.substring(to)).find()) return true;
        if (ANNOUNCED_TOTAL.matcher(sentence.substring(to)).find() && WIDER.matcher(sentence.substring(to)).find()) return true;
        if (!LED_BY.matcher(sentence.substring(Math.max(0, from - 30), from)).find() && !LEADS.matcher(sentence.substring(to)).find()) return false;
        // the agency's own name ("National Center for ...") says nothing of the initiative
        String blanked = sentence.substring(0, from) + " ".repeat(to - from) + sentence.substring(to);
        return NATIONAL.matcher(Negation.clause(blanked, from, to)).find();
    }
}
