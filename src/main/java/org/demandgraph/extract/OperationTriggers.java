package org.demandgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name an operation in a sentence: a sting noun ("a web-based reverse sting", "sweeps"),
 * a programme ("an ordinance to impound vehicles"), a proper name ("Operation Cupid"), and whether
 * the noun phrase is definite ("the sting"), so refers back to an operation already described.
 */
final class OperationTriggers {

    /** An operation noun at offsets within a sentence. */
    record Trigger(int start, int end, Operation.Kind kind) {}

    private static final String STING = "(?:prostitution[\\s-]+|john[\\s-]+)?stings?(?:[\\s-]+operations?)?";
    /** Setting up a task force or team: "formed", "set up", "joined ... to create". */
    private static final String FORM_VERB = "(?:formed|created|established|launched|set\\s+up|to\\s+(?:form|create|establish|launch|set\\s+up))";
    /** What ads answered by police were: "online escort ads", "sex ads", "classified ads". */
    private static final String AD_KIND = "(?:online|internet|decoy|escort|sex|adult|classified|personals?|dating|web)";
    private static final String WEB = "(?:web|online|internet|web-based|web\\s+based|internet-based|on-line)";
    private static final List<Map.Entry<Pattern, Operation.Kind>> TRIGGERS = List.of(
            Map.entry(p("\\b" + WEB + "[\\s-]+(?:reverse[\\s-]+|decoy[\\s-]+)?(?:" + STING + "|operations?|decoy\\s+ads?)"), Operation.Kind.WEB_STING),
            // "street-level decoy operations", "a street decoy operation" (not a capitalised street's name: "a Front Street decoy detail")
            Map.entry(p("\\bstreet[\\s-]+level[\\s-]+(?:(?:reverse|decoy)[\\s-]+(?:operations?|details?)\\b|(?:reverse[\\s-]+)?" + STING + ")"
                    + "|\\b(?-i:street)[\\s-]+decoy[\\s-]+(?:operations?|details?)\\b"), Operation.Kind.STREET_REVERSE_STING),
            Map.entry(p("\\b(?:reverse[\\s-]+" + STING + "|reverse[\\s-]+operations?|john[\\s-]+stings?|decoy[\\s-]+(?:operations?|details?)|reversals?)\\b"), Operation.Kind.REVERSE_STING),
            Map.entry(p("\\b" + STING + "\\b"), Operation.Kind.ENFORCEMENT_OPERATION),
            Map.entry(p("\\b(?:prostitution[\\s-]+)?(?:sweeps?|crackdowns?)\\b"), Operation.Kind.SWEEP),
            Map.entry(p("\\b(?:undercover|anti-prostitution|prostitution|vice)[\\s“”\"’-]+(?:john[“”\"’]?[\\s-]+)?details?\\b"), Operation.Kind.ENFORCEMENT_OPERATION),
            Map.entry(p("\\b(?:vehicle|car|auto)[\\s-]+(?:seizure|impound(?:ment)?|forfeiture)[\\s-]+(?:program|programme|ordinance|law|policy|initiative)s?\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:ordinance|law|policy|program|programme)\\b[^.;]{0,40}?\\b(?:impound|seiz|forfeit|tow)\\w*\\s+(?:\\w+\\s+)?(?:vehicles?|cars?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            // "a city ordinance let officers tow and hold the vehicle of any man arrested for soliciting"
            Map.entry(p("\\b(?:ordinance|law|policy)\\b[^.;]{0,40}?\\b(?:impound|seize|tow)\\s+and\\s+(?:hold|keep|store|impound|seize|forfeit)\\s+(?:the\\s+|their\\s+)?(?:vehicles?|cars?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:began|begun|started|implemented|adopted|launched)\\s+(?:\\w+\\s+){0,2}(?:impounding|seizing|towing|confiscating)\\b[^.;]{0,30}?\\b(?:vehicles?|cars?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:posed|posing|poses?)\\s+as\\s+(?:an?\\s+)?(?:(?:\\d+|[a-z]+)-year-old\\s+)?(?:prostitut\\w*|sex\\s+(?:workers?|sellers?)|women|woman|minors?|teens?|teenagers?|girls?|escorts?|decoys?)"), Operation.Kind.REVERSE_STING),
            Map.entry(p("\\bdecoys?\\s+(?:(?:was|were)\\s+)?(?:deployed|used|placed|posted|stationed)\\b"
                    + "|\\b(?:posted|deployed|placed|stationed|worked|served)\\s+as\\s+(?:an?\\s+)?decoys?\\b"
                    // "worked the truck stops with female deputies as decoys (since at least 1998)"
                    + "|\\b(?:officers|deputies|detectives|troopers|policewomen)\\s+(?:out\\s+)?as\\s+decoys\\b"), Operation.Kind.REVERSE_STING),
            // "has stationed plainclothes female deputies at the truck stops", "placed undercover officers in rented rooms":
            // officers put out in a seller's place (uniformed officers are not; "posing as customers" is a sting on sellers)
            Map.entry(p("\\b(?:placed|placing|posted|posting|stationed|stationing|put|putting|deployed|deploying)\\s+(?:(?:plain[\\s-]?clothes|undercover|female|women)\\s+){1,2}"
                    + "(?:officers|deputies|detectives|troopers|agents|policewomen)\\b"), Operation.Kind.REVERSE_STING),
            Map.entry(p("\\b(?:contacted|approached|lured|chatted\\s+with|communicated\\s+with)\\s+(?:\\w+\\s+){0,3}(?:online|(?:by\\s+way\\s+of|via|over)\\s+the\\s+internet)\\b"), Operation.Kind.WEB_STING),
            Map.entry(p("\\b(?:created|established|set\\s+up|designated|adopted|imposed|made|declared)\\b[^.;]{0,50}?\\b(?:exclusion\\s+zones?|stay[\\s-]out\\s+zones?|(?:no[\\s-]+)?prostitution[\\s-]free\\s+zones?|no[\\s-]+prostitution\\s+zones?)"
                    // passive: "stay-out zones covering the downtown were imposed"
                    + "|\\b(?:exclusion|stay[\\s-]out|prostitution[\\s-]free|no[\\s-]+prostitution)\\s+zones?\\b[^.;]{0,50}?\\b(?:was|were)\\s+(?:\\w+\\s+)?(?:created|established|set\\s+up|designated|adopted|imposed)\\b"), Operation.Kind.STAY_OUT_ZONE),
            // "a trooper placed an online ad", "detectives posted decoy advertisements": police advertising as sellers
            Map.entry(p("\\b(?:placed|placing|posted|posting|published|ran)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:online|internet|decoy|fake|fictitious)\\s+"
                    + "(?:ads?|advertisements?|listings?|profiles?)\\b"), Operation.Kind.WEB_STING),
            // "a detective advertised herself as an escort", "advertising on a classified site": police advertising as sellers
            // (an officer within the clause before: not "women advertising online")
            Map.entry(p("(?<=\\b(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?|police|policewom[ae]n|vice)\\b[^.;]{0,40})\\badvertis(?:ed|ing|es?)\\s+(?:(?:herself|himself|themselves|her|him|them)\\s+)?(?:online\\b|as\\s+(?:an?\\s+)?(?:(?:\\d+|[a-z]+)-year-old|escorts?|prostitut\\w*|sex\\s+(?:workers?|sellers?)|wom[ae]n|girls?)"
                    + "|on\\s+(?:an?\\s+|the\\s+)?(?:classifieds?|dating|escort|online|internet|web))\\b"), Operation.Kind.WEB_STING),
            // "a detective placed an ad on an escort site": police advertising as sellers (an officer within the clause before)
            Map.entry(p("(?<=\\b(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?|police|policewom[ae]n|vice)\\b[^.;]{0,40})\\b(?:placed|placing|posted|posting|ran)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?"
                    + "(?:ads?|advertisements?|listings?|profiles?)\\s+(?:on|to|in)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:escort|dating|classifieds?|online|internet|web)"), Operation.Kind.WEB_STING),
            // "undercover deputies posted ads in two towns": officers advertising as sellers, no site named (not ads warning buyers,
            // nor ads on buses, billboards or in the press: public education)
            Map.entry(p("(?<=\\b(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?)\\s[\\w\\s-]{0,30})(?<!\\bnot\\s)(?:posted|placed|posting|placing)\\s+(?:their\\s+own\\s+)?(?:ads|advertisements)\\b"
                    + "(?!\\s+(?:warning|telling|urging|on\\s+(?:city\\s+)?(?:bus|buses|billboards?|radio|television|tv)\\b|in\\s+(?:the\\s+|local\\s+)?(?:newspapers?|papers?|press)\\b))"), Operation.Kind.WEB_STING),
            // "answered replies to a decoy advertisement they had placed on a classified website": one ad the police placed as a
            // seller (plural "Decoy advertisements drew replies" tells how an operation just told was done)
            Map.entry(p("\\ban?\\s+(?:decoy|fake|fictitious)\\s+(?:online\\s+|internet\\s+)?(?:ad|advertisement|listing|profile)\\b"), Operation.Kind.WEB_STING),
            // "replied to an ad", "answered online ads"
            // "answered online escort ads", "responded to sex ads" (up to two words saying what ads they were)
            Map.entry(p("\\b(?:replied|responded|answered|replying|responding|answering)\\s+(?:to\\s+(?:an?\\s+|the\\s+)?(?:" + AD_KIND + "\\s+){0,2}|(?:an?\\s+|the\\s+)?(?:" + AD_KIND + "\\s+){1,2})"
                    + "(?:ads?|advertisements?|listings?|postings?)\\b"), Operation.Kind.WEB_STING),
            Map.entry(p("\\b(?:impound|seiz|forfeit)\\w*\\s+(?:\\w+[’']?\\s+){0,2}(?:vehicles?|cars?|autos?)\\b"), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME),
            Map.entry(p("\\b(?:installed|install|mounted|deployed|put up|erected|use|used|using)\\b[^.;]{0,40}?\\bcameras?\\b"), Operation.Kind.CAMERAS),
            Map.entry(p("\\b" + FORM_VERB + "\\b[^.;]{0,40}?\\btask[\\s-]+force\\b"), Operation.Kind.TASK_FORCE),
            // "formed the Lower Ohio Valley Human Trafficking Task Force": a long capitalised name before "Task Force"
            Map.entry(p("\\b" + FORM_VERB + "\\s+the\\s+(?-i:(?:[A-Z][\\w’'-]*\\s+){2,8}Task\\s+Force)\\b"), Operation.Kind.TASK_FORCE),
            // "formed a joint vice team to go after buyers": an unnamed joint team formed by the agencies before the verb
            Map.entry(p("\\b(?:formed|created|established|set up)\\s+an?\\s+(?:joint|interagency|multi-agency|multiagency|combined|regional)\\s+(?:vice|anti-prostitution|prostitution|anti-trafficking|trafficking|demand)\\s+(?:team|unit|squad)\\b"), Operation.Kind.TASK_FORCE),
            // "formed the Kittredge Interagency Vice Team": setting up a named joint vice team or unit is a task force's formation
            Map.entry(p("\\b" + FORM_VERB + "\\s+the\\s+(?-i:(?:[A-Z][\\w’'-]*\\s+){0,4}(?:Anti-)?(?:Vice|Interagency|Joint|Trafficking|Prostitution|Demand)\\s+(?:[A-Z][\\w’'-]*\\s+){0,2}(?:Team|Unit|Squad))\\b"), Operation.Kind.TASK_FORCE),
            Map.entry(p("\\b(?:undercover|enforcement|targeted|joint|police|demand|buyer|john|decoy|prostitution|vice|covert|\\w+-(?:day|week|month)(?:-long)?)[\\s-]+(?:\\w+[\\s-]+)?operations?\\b|\\boperations?\\s+(?=target)"), Operation.Kind.ENFORCEMENT_OPERATION),
            Map.entry(p("(?<!traffick\\w{0,3}\\s|ring\\s|criminal\\s|drug\\s|prostitution\\s|brothel\\s|sex\\s|\\bin\\s|business\\s|day-to-day\\s)\\boperations?\\b(?!\\s+(?:bureau|division|unit|section|command|group|center|centre)\\b)"), Operation.Kind.ENFORCEMENT_OPERATION));
    /**
     * Cars taken by rule, which outranks an earlier sting noun ("Men arrested in these stings have had their cars impounded
     * under a county ordinance adopted in 2009"): cars impounded, towed or seized under an ordinance, policy or directive, and
     * officers directed to impound them ("directed deputies to seize the vehicles of men who solicit").
     */
    private static final Pattern CARS_BY_RULE = p("\\b(?:vehicles?|cars?|autos?)\\s+(?:[\\w-]+\\s+){0,3}?(?:impounded|towed|seized|forfeited)\\b[^.;]{0,60}?\\bunder\\s+(?:an?|the|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:ordinance|policy|directive)\\b"
            + "|\\bunder\\s+(?:an?|the|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:ordinance|policy|directive)\\b[^.;]{0,60}?\\b(?:vehicles?|cars?|autos?)\\b[^.;]{0,40}?\\b(?:impounded|towed|seized|forfeited)\\b"
            // "an ordinance under which vehicles used to solicit are impounded"
            + "|\\b(?:ordinance|law|policy|directive)\\s+(?:under|by)\\s+which\\s+[^.;]{0,60}?\\b(?:vehicles?|cars?|autos?)\\b[^.;]{0,40}?\\b(?:impounded|towed|seized|forfeited)\\b"
            + "|\\bdirect(?:ed|s|ing)\\s+(?:[\\w-]+\\s+){0,3}?to\\s+(?:impound|seize|tow|confiscate|forfeit)\\s+(?:[\\w’'-]+\\s+){0,2}(?:vehicles?|cars?|autos?)\\b");
    private static final Pattern NAME = Pattern.compile(
            "\\bOperation:?\\s+[“\"‘]?((?!(?:was|is|in|of|to|and|the|a|an|targeted|targeting)\\b)[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,3})");
    private static final Pattern DEFINITE = p("^(?:the|this|that|these|those|its|their|his|her|said|same)$");
    /** Words that may stand between a determiner and the operation noun ("the February, 2014 online reverse sting"). */
    private static final Pattern MODIFIER = Pattern.compile(
            "(?:[A-Z][\\w’'.-]*|\\d{4}|\\d{4},|[A-Z][a-z]+,|street-level|street|level|online|web|web-based|internet|undercover"
            + "|prostitution|large-scale|joint|first|second|third|latest|recent|last|earlier|previous|same|reverse|john|police"
            + "|(?:department|city|county|town|bureau|unit|squad|division|office|agency|sheriff)[’']s|two-day|multi-agency|month-long|week-long|decoy|buyer|sex)");

    /** A practice repeated over time: "regularly", "has conducted reverse stings", "a number of". */
    private static final Pattern RECURRING = p("\\b(?:regular(?:ly)?|routine(?:ly)?|periodic(?:ally)?|frequent(?:ly)?|often|occasional(?:ly)?"
            + "|repeatedly|continu\\w*|ongoing|basis|several\\s+times|times\\s+a\\s+year|a\\s+number\\s+of|many|numerous|several"
            + "|from\\s+time\\s+to\\s+time|now\\s+and\\s+then|on\\s+occasion|standing\\s+(?:part|feature|practice)|staple|mainstay|one\\s+of\\s+(?:dozens|scores|hundreds|many)"
            + "|various|series\\s+of|ever\\s+since|(?:long\\s+)?(?:string|succession|run)\\s+of|every\\s+(?:summer|spring|winter|fall|autumn|weekend|season)|dozens\\s+of|(?:each|every|per)\\s+year|an?\\s+(?:annual|yearly)\\s+(?:event|affair|tradition|fixture|exercise)|every\\s+(?:few\\s+|couple\\s+of\\s+|other\\s+)?(?:weeks?|months?|years?)|annually|a\\s+(?:year|month)(?!-)(?!\\s+(?:later|earlier|after|before|ago))|(?:has|have)\\s+been\\s+\\w+ing"
            + "|(?:takes?|took|taking)\\s+part|(?:has|have|had)(?:\\s+also)?(?:\\s+been)?\\s+(?:conducted|conducting|carried\\s+out|run|running|worked|working|used"
            + "|using|utilized|staged|held|included|occurred|taken\\s+place|participated)|(?:is|are)\\s+(?:\\w+\\s+)?conducted"
            + "|(?:conducts|runs|uses|holds|stages)|began\\s+(?:conducting|staging|running|using)|participat\\w*)\\b");
    /** "Each February, ... the police hold a reverse sting", "an annual sting": one noun for an event held every year. */
    private static final Pattern ANNUAL = p("\\b(?:each|every)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|spring|summer|fall|autumn|winter)\\b|\\ban\\s+annual\\b");
    private static final Pattern PLURAL = p("s$");
    private static final Pattern PLURAL_NOUN = p("\\b(?:stings|operations|details|sweeps|reversals)\\b");

    /** Triggers that are a verb phrase, not a noun phrase a determiner could make definite. */
    private static final Pattern VERB_LED = p("(?:pos(?:ed|ing|es?)|advertis\\w*|placed|placing|posted|posting|published|ran|replied|responded|answered|replying|responding|answering|contacted"
            + "|approached|lured|chatted|communicated|deployed|stationed|worked|served|created|established|set\\s+up|designated|adopted|imposed"
            + "|installed|install|mounted|put\\s+up|erected|use|used|using|formed|launched|began|begun|started|implemented|impound\\w*|seiz\\w*|forfeit\\w*)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OperationTriggers() {}

    /**
     * Whether the clause describes the trigger as a practice repeated over time ("the police regularly
     * run reverse stings", "has carried out a number of web stings"): a plural operation noun with a
     * word of frequency or a perfect tense.
     */
    static boolean recurring(String clause, String trigger) {
        return PLURAL.matcher(trigger.trim()).find() && LiteralGuard.find(RECURRING, clause) || LiteralGuard.find(ANNUAL, clause);
    }

    /**
     * Whether the clause speaks of plural operation nouns as a practice repeated over time, whatever noun
     * comes first ("Under the name Operation X, officers hold john stings on a regular schedule").
     */
    static boolean recurringPlural(String clause) {
        return LiteralGuard.find(PLURAL_NOUN, clause) && LiteralGuard.find(RECURRING, clause);
    }

    static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The first operation noun of {@code seg}, at offsets shifted by {@code offset}, or null. */
    static Trigger find(String seg, int offset) {
        Matcher byRule = LiteralGuard.matcher(CARS_BY_RULE, seg);
        if (byRule.find()) return new Trigger(offset + byRule.start(), offset + byRule.end(), Operation.Kind.VEHICLE_SEIZURE_PROGRAMME);
        Trigger best = null;
        for (Map.Entry<Pattern, Operation.Kind> t : TRIGGERS) {
            Matcher m = LiteralGuard.matcher(t.getKey(), seg);
            if (m.find() && (best == null || m.start() < best.start() - offset))
                best = new Trigger(offset + m.start(), offset + m.end(), t.getValue());
        }
        return best;
    }

    /** The most specific sting kind the text names (web, street, reverse), or null. */
    static Operation.Kind specificSting(String seg) {
        for (Map.Entry<Pattern, Operation.Kind> t : TRIGGERS.subList(0, 3))
            if (LiteralGuard.find(t.getKey(), seg)) return t.getValue();
        return null;
    }

    /** The proper name ("Operation Cupid") in {@code seg} as a matcher positioned on it, or null. */
    static Matcher name(String seg) {
        Matcher m = LiteralGuard.matcher(NAME, seg);
        return m.find() ? m : null;
    }

    /** Whether the trigger is a verb phrase ("posted decoy ads", "posing as sellers"), not an operation noun. */
    static boolean verbLed(String sentence, int triggerStart) {
        return LiteralGuard.mayFind(VERB_LED, sentence) && VERB_LED.matcher(sentence).region(triggerStart, sentence.length()).lookingAt();
    }

    /** Whether the noun phrase ending in the trigger starts with a definite determiner. */
    static boolean isDefinite(String sentence, int triggerStart) {
        // "the officers pose as sellers": a verb, whatever stands before it
        if (verbLed(sentence, triggerStart)) return false;
        String[] words = SPACES.split(sentence.substring(0, triggerStart).trim());
        for (int i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (DEFINITE.matcher(w).matches()) return true;
            if (!MODIFIER.matcher(w).matches()) return false;
        }
        return false;
    }

    /** Right before a plural sting noun: the means of a general effort ("through", "by way of", "by means of"). */
    private static final Pattern MEANS_BEFORE = p("\\b(?:through|by\\s+(?:way|means)\\s+of)\\s+(?:[\\w-]+\\s+){0,2}$");

    /** Whether the noun at {@code triggerStart} is told as the means of an effort ("worked against demand mainly through online stings"). */
    static boolean asMeans(String sentence, int triggerStart) {
        return MEANS_BEFORE.matcher(sentence.substring(Math.max(0, triggerStart - 30), triggerStart)).find();
    }

    private static final Pattern STING_NOUN = p("\\bstings?\\b");

    /** Whether an operation noun is a bare "sting" or "stings". */
    static boolean stingNoun(String noun) {
        return STING_NOUN.matcher(noun).find();
    }

    /** Whether the kind is a sting or sweep (not a programme, camera installation or task force). */
    /** Reverse and web stings are aimed at buyers by what they are: once counted ("a decoy ... produced 5 arrests"), "4 more" are buyers too. */
    static boolean againstBuyers(Operation.Kind kind) {
        return kind == Operation.Kind.REVERSE_STING || kind == Operation.Kind.STREET_REVERSE_STING || kind == Operation.Kind.WEB_STING;
    }

    static boolean isSting(Operation.Kind kind) {
        return kind != Operation.Kind.CAMERAS && kind != Operation.Kind.TASK_FORCE && kind != Operation.Kind.VEHICLE_SEIZURE_PROGRAMME
                && kind != Operation.Kind.STAY_OUT_ZONE;
    }
}
