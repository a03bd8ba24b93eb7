package org.demandgraph.extract.lexicon;

/** A practice told as moved online: "went online", "moved its stings online", "shifted to the internet". */
public final class MovedOnline {

    /** Work told before: "this work", "its enforcement", "such efforts", "the work", "these cases". */
    /** Work told before by a determiner that points back ("this work", "its enforcement"), not a bare "the work". */
    public static final String WORK_BEFORE = "(?:this|that|these|those|such|its|their|the\\s+same)\\s+(?:[\\w-]+\\s+)?(?:work|efforts?|enforcement|cases)";

    public static final String WORK = "(?:this|that|these|those|such|its|their|the(?:\\s+same)?)\\s+(?:[\\w-]+\\s+)?(?:work|efforts?|enforcement|cases)";

    /** A regex of the plain move, no work named: "went online", "moved to the internet", "began working online". */
    public static final String WENT = "(?:\\b(?:went|moved|shifted|turned)\\s+(?:to\\s+)?(?:online|the\\s+(?:internet|web))\\b"
            // "began working online in 2012"
            + "|\\b(?:began|started)\\s+(?:working|operating)\\s+online\\b)";

    /** A regex of the move: a verb, optionally the work moved, and the web ("went online", "took this work to the internet"). */
    public static final String MOVE = "\\b(?:went|moved|shifted|turned|taken|took)\\s+(?:(?:most|much|some|part|all|the\\s+bulk|a\\s+share)\\s+of\\s+)?(?:" + WORK + "\\s+)?(?:to\\s+)?(?:online|the\\s+(?:internet|web))\\b"
            // "has instead worked online with state agents": the practice now done online
            + "|\\b(?:has|have)\\s+(?:(?:instead|since|mostly|largely|also)\\s+)?(?:worked|operated)\\s+(?:(?:mostly|largely|chiefly|primarily|mainly)\\s+)?online\\b"
            // "has worked most of these cases online"
            + "|\\b(?:has|have)\\s+(?:worked|handled|done)\\s+(?:most|much|many|the\\s+bulk)\\s+of\\s+" + WORK + "\\s+online\\b";

    private MovedOnline() {}
}
