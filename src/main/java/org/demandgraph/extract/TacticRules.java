package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.vocab.Tactic;

/**
 * Sentence-level evidence that the place used a tactic: each rule is a pattern plus the context the
 * sentence must also show (that the people concerned are buyers). A match in a denied, planned or
 * hypothetical clause ("names were not released", "no plans to") does not count.
 */
final class TacticRules {

    private record Rule(Tactic tactic, Pattern pattern, Pattern context) {}

    private static final String BUYERS = "john|buyer|\\bmen\\b|\\bman\\b|arrest|charged|solicit|patroniz|patronis|customer|suspect|offender|those";
    private static final String SEX_TRADE = "prostitut|solicit|patroniz|patronis|john|buyer|sex|sting|arrest|charg";
    private static final String POLICE = "police|officers?|detectives?|undercover|decoy|deputies|agents|sting|troopers?";
    /** Tactics a background crime story (trafficking, homicide) must not evidence. */
    private static final java.util.Set<Tactic> NOT_IN_BACKGROUND = java.util.EnumSet.of(
            Tactic.BUYER_ARRESTS, Tactic.REVERSE_STINGS, Tactic.WEB_STINGS, Tactic.IDENTITY_DISCLOSURE);
    /** Photos of a victim posted to advertise her are the trafficker's doing, not buyers being named. */
    private static final Pattern VICTIM_ADVERTISED = Pattern.compile("\\bvictims?\\b|\\badvertis", Pattern.CASE_INSENSITIVE);
    private static final List<Rule> RULES = List.of(
            // A mugshot or booking photo is taken on arrest: publishing one needs no further buyer context.
            rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:mug\\s?shots?|booking photos?)\\b[^.;]{0,80}?\\b(?:released|published|posted|disclosed|made public|publicized|broadcast|printed)\\b"
                    + "|\\b(?:publish(?:ed|es)?|release[sd]?|post(?:ed|s)?|disclos(?:ed|es)|publiciz(?:ed|es)|print(?:ed|s))\\b[^.;]{0,40}?\\b(?:mug\\s?shots?|booking photos?)\\b",
                    null),
            rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:names?|identities|identity|photos?|photographs?|mug\\s?shots?|pictures?|faces?)\\b[^.;]{0,120}?"
                    + "\\b(?:released|published|provided to (?:the )?(?:local )?(?:media|press|news)|posted|disclosed|made public"
                    + "|publicized|publicised|broadcast|printed|shared with (?:the )?(?:media|press)|given to (?:the )?(?:media|press))\\b"
                    + "|\\b(?:publish(?:ed|es)?|release[sd]?|post(?:ed|s)?|disclos(?:ed|es)|publiciz(?:ed|es)|print(?:ed|s))\\b"
                    + "[^.;]{0,40}?\\b(?:names|identities|photos|photographs|mug\\s?shots|pictures)\\b"
                    + "|\\b(?:display(?:ed|s)?|show(?:ed|s)|announc(?:ed|es))\\b[^.;]{0,40}?\\b(?:names|photos|photographs|mug\\s?shots|pictures)\\b"
                    + "|\\b(?:names?|identities)\\b[^.;]{0,80}?\\bprovided to\\b[^.;]{0,20}\\b(?:media|press|news)", BUYERS),
            rule(Tactic.EMPLOYMENT_LOSS,
                    "\\b(?:resigned|resign|resignation|fired|lost (?:his|her|their) (?:jobs?|positions?|employment)"
                    + "|(?:was|were) terminated|terminated from|stepped down|forced to resign)\\b",
                    "arrest|charg|solicit|patroniz|patronis|prostitut|sting"),
            rule(Tactic.AUTO_SEIZURE,
                    "\\b(?:vehicles?|cars?|automobiles?|trucks?)\\b[^.;]{0,80}?\\b(?:seized|impounded|towed|forfeited|confiscated)\\b"
                    + "|\\b(?:seiz(?:ed|es|ing|ure)|impound(?:ed|s|ing|ment)?|forfeit(?:ed|ure)?|confiscat\\w*)\\b[^.;]{0,40}?\\b(?:vehicles?|cars?|automobiles?|trucks?)\\b",
                    SEX_TRADE),
            rule(Tactic.COMMUNITY_SERVICE, "\\bcommunity service\\b",
                    "ordered|required|sentenc|perform|imposed|condition|hours|complete"),
            rule(Tactic.JOHN_SCHOOL,
                    "\\bjohns?[’']?s? schools?\\b|first offender prostitution program|offender (?:education|accountability) program"
                    + "|(?:sex buyer|john|buyer)s?[’']? (?:education|diversion) (?:program|class|course)"
                    + "|\\b(?:attend|complete)\\w*\\s+(?:a\\s+|an\\s+|the\\s+)?(?:\\w+\\s+){0,3}(?:class|course|program)\\b",
                    "prostitut|solicit|john|buyer|patroniz|demand|sex"),
            rule(Tactic.SOAP_ORDERS,
                    "\\bSOAP orders?\\b|stay[\\s-]out[\\s-]of[\\s-]areas?[\\s-]of[\\s-]prostitution|stay[\\s-]away orders?|exclusion zones?"
                    + "|\\b(?:banned|barred|prohibited) from (?:entering |returning to )?(?:the |certain |designated )?(?:areas?|zones?|neighborhoods?|district)",
                    "prostitut|solicit|john|buyer|patroniz|SOAP"),
            rule(Tactic.LETTERS,
                    "\\bdear john letters?\\b|\\bletters?\\b[^.;]{0,60}?\\b(?:sent|mailed)\\b|\\b(?:sent|mailed|send|mails?)\\b[^.;]{0,40}?\\bletters?\\b",
                    "prostitut|solicit|john|buyer|patroniz|vehicle|car\\b|owner"),
            rule(Tactic.LICENSE_SUSPENSION,
                    "\\b(?:driver[’']?s[’']?|driving)\\s+licen[sc]es?\\b[^.;]{0,40}?\\bsuspen\\w*|\\bsuspen\\w*\\b[^.;]{0,40}?\\b(?:driver[’']?s[’']?|driving)\\s+licen[sc]e",
                    "prostitut|solicit|john|buyer|patroniz|convict|arrest|charg"),
            rule(Tactic.CAMERAS, "\\bcameras?\\b",
                    "john|buyer|customer|solicit|patroniz|license plates?|patron"),
            rule(Tactic.PUBLIC_EDUCATION,
                    "\\b(?:awareness|education(?:al)?|prevention|anti-demand)\\s+(?:campaign|initiative|ads?|billboards?|messages?)s?\\b"
                    + "|public service announcements?|\\bPSAs?\\b|\\bbillboards?\\b",
                    "buy|john|demand|purchas|solicit|patroniz"),
            rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\bcitizens?[’']? patrols?\\b|\\bneighborhood (?:watch|associations?|groups?|patrols?)\\b"
                    + "|\\b(?:residents|neighbors|community members|citizens)\\b[^.;]{0,60}?\\b(?:patroll?\\w*|photograph\\w*|picket\\w*|protest\\w*|formed|organized|organised|record\\w* license)",
                    "prostitut|solicit|john|buyer|patroniz"),
            rule(Tactic.IT_BASED_TACTICS,
                    "\\bchat\\s?bots?\\b|\\bautomated (?:text|messages?|chats?|replies)\\b|\\bdeterrence messag\\w*|\\bartificial intelligence\\b",
                    "buy|john|demand|purchas|solicit|ads?\\b|deter"),
            rule(Tactic.BUYER_ARRESTS,
                    "\\b(?:arrest\\w*|charg(?:ed|es|ing)|cited|citations?|apprehended|booked)\\b",
                    "\\bjohns?\\b|sex buyers?|\\bbuyers?\\b|customers?|patrons?|solicit\\w*|patroniz\\w*|patronis\\w*|purchas\\w* sex|buying sex"),
            rule(Tactic.REVERSE_STINGS,
                    "\\breverse[\\s-]+(?:prostitution[\\s-]+)?stings?\\b|\\bjohn[\\s-]+stings?\\b|\\breverse[\\s-]+operations?\\b"
                    + "|\\bposing as (?:a |an )?(?:prostitut\\w*|sex workers?|women|woman|minors?|teens?|girls?|escorts?|decoys?)", POLICE),
            rule(Tactic.WEB_STINGS,
                    "\\b(?:web|online|internet|web-based|internet-based|on-line)[\\s-]+(?:reverse[\\s-]+)?stings?\\b"
                    + "|\\b(?:placed|posted|ran|created)\\b[^.;]{0,30}?\\b(?:ads?|advertisements?|listings?)\\b[^.;]{0,60}?\\b(?:website|web site|online|internet|craigslist|backpage|social media|the site|app)\\b"
                    + "|\\bposing as\\b[^.;]{0,40}?\\b(?:online|websites?|web sites?|internet|craigslist|backpage|social media|dating (?:sites?|apps?))\\b",
                    POLICE));
    /** Rules whose evidence also shows the broader tactic: a web sting is a reverse sting. */
    private static final Map<Tactic, Tactic> ALSO = Map.of(Tactic.WEB_STINGS, Tactic.REVERSE_STINGS);

    private TacticRules() {}

    private static Rule rule(Tactic tactic, String pattern, String context) {
        return new Rule(tactic, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE),
                context == null ? null : Pattern.compile(context, Pattern.CASE_INSENSITIVE));
    }

    /** The tactic uses one sentence shows, with the sentence as evidence. */
    static List<TacticUse> in(Sentence s, boolean background) {
        return in(s, null, background);
    }

    /**
     * As {@link #in(Sentence, boolean)}, the context (that the people are buyers) may also come from the
     * sentence before in the same paragraph ("... 19 men were arrested. Their names were published.").
     */
    static List<TacticUse> in(Sentence s, Sentence previous, boolean background) {
        List<TacticUse> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (background && NOT_IN_BACKGROUND.contains(r.tactic())) continue;
            Matcher m = r.pattern().matcher(s.text());
            while (m.find()) {
                if (Negation.denied(s.text(), m.start(), m.end())) continue;
                if (r.tactic() == Tactic.IDENTITY_DISCLOSURE && VICTIM_ADVERTISED.matcher(s.text()).find()) continue;
                if (r.context() != null && !r.context().matcher(s.text()).find()
                        && !(previous != null && r.tactic() != Tactic.BUYER_ARRESTS && r.context().matcher(previous.text()).find())) continue;
                if (r.tactic() == Tactic.BUYER_ARRESTS && !buyerArrest(s.text(), m.start(), m.end(), r.context())) continue;
                out.add(new TacticUse(r.tactic(), TacticUse.Basis.NARRATIVE, s.evidence()));
                Tactic broader = ALSO.get(r.tactic());
                if (broader != null) out.add(new TacticUse(broader, TacticUse.Basis.NARRATIVE, s.evidence()));
                break;
            }
        }
        return out;
    }

    /** An arrest verb and a buyer word in the same clause. */
    private static boolean buyerArrest(String sentence, int from, int to, Pattern buyers) {
        return buyers.matcher(Negation.clause(sentence, from, to)).find();
    }
}
