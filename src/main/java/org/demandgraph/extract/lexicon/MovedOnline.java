package org.demandgraph.extract.lexicon;

/** A practice told as moved online: "went online", "moved its stings online", "shifted to the internet". */
public final class MovedOnline {

    /** Work told before: "this work", "its enforcement", "such efforts". */
    public static final String WORK = "(?:this|that|such|its|their|the\\s+same)\\s+(?:[\\w-]+\\s+)?(?:work|efforts?|enforcement)";

    /** A regex of the plain move, no work named: "went online", "moved to the internet". */
    public static final String WENT = "\\b(?:went|moved|shifted|turned)\\s+(?:to\\s+)?(?:online|the\\s+(?:internet|web))\\b";

    /** A regex of the move: a verb, optionally the work moved, and the web ("went online", "took this work to the internet"). */
    public static final String MOVE = "\\b(?:went|moved|shifted|turned|taken|took)\\s+(?:(?:most|much|some|part|all|the\\s+bulk|a\\s+share)\\s+of\\s+)?(?:" + WORK + "\\s+)?(?:to\\s+)?(?:online|the\\s+(?:internet|web))\\b"
            // "has instead worked online with state agents": the practice now done online
            + "|\\b(?:has|have)\\s+(?:(?:instead|since|mostly|largely|also)\\s+)?(?:worked|operated)\\s+online\\b";

    private MovedOnline() {}
}
