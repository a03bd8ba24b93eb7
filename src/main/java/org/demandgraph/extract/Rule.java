package org.demandgraph.extract;

/**
 * The extraction rules, each a named, documented way a fact is read from text. Every extracted fact
 * records the rule that produced it; the graph says so with {@code prov:wasGeneratedBy} an individual
 * {@code rule-{id}} in the dg: namespace of class {@code dg:ExtractionRule} (declared in the ontology, a test checks both ways).
 */
public enum Rule {
    OPERATION_NOUN("operation-noun", "operation noun",
            "An indefinite operation noun (a reverse sting, a sweep, Operation X) with a date, a since-year, a count or a name opens an operation."),
    DATED_BUYER_ARRESTS("dated-buyer-arrests", "dated buyer arrests",
            "A dated sentence counting people arrested as buyers, with no operation noun, opens an enforcement operation."),
    RESPECTIVE_COUNTS("respective-counts", "respective counts",
            "Several dates and as many counts in one sentence, 'respectively' or each count with its month ('6 men were arrested in February, 9 in May'): one operation per date and count."),
    PAIRED_COUNTS("paired-counts", "paired counts",
            "'One sting in Y1 led to N1 arrests, and two more in Y2 led to N2 and N3': one operation per count, dated by the year before it."),
    RECURRING_PRACTICE("recurring-practice", "recurring practice",
            "An operation noun described as a repeated practice (regularly, routinely, a number of, since) with no date of its own: an undated programme."),
    NAMED_EDITION("named-edition", "edition of a named operation",
            "A later mention of a named operation told before (its short form 'the first Lantern sting', 'the 2016 edition', a dated 'the 2020 operation' right after the named practice) opens an edition with that name; an edition whose kind or agencies the text leaves open takes those of the editions that give them."),
    OPERATION_TACTICS("operation-tactics", "tactics of an operation",
            "The tactics an extracted operation applies: its kind (a web sting is a reverse sting) and, when it arrested buyers, Buyer Arrests."),
    TACTIC_PHRASE("tactic-phrase", "tactic phrase",
            "A sentence phrase that shows the place used a tactic (names published, vehicles impounded, a john school; each tactic named in a list of strategies), in a clause that is not denied, planned or about another place."),
    SECTION_HEADING("section-heading", "section heading",
            "A narrative section heading that names a tactic, over a paragraph whose first sentence speaks of buyers and neither denies nor plans anything: the section tells of the place's use of it."),
    KEY_SOURCES_HEADING("key-sources-heading", "Key Sources heading",
            "A Key Sources heading that names a tactic: the sources under it document the place's use of it."),
    KEY_SOURCES_TITLE("key-sources-title", "Key Sources title",
            "A news headline listed under Key Sources that tells of the tactic in the words a narrative sentence would need ('Police Post Names of Men Caught in Sting'), not denied, planned or another place's."),
    ACTOR_NAME("actor-name", "agency name",
            "Capitalised words ending in an agency head noun (Police Department, Sheriff's Office, Task Force, Court, Council)."),
    ACTOR_SHARED_HEAD("actor-shared-head", "coordinated agency names",
            "Names coordinated before one plural head ('the A, B and C County Sheriff's Offices'): one agency per name."),
    ACTOR_NATIONAL("actor-national", "federal agency",
            "A federal agency named by its name or acronym (FBI, HSI, U.S. Marshals)."),
    ACTOR_KEY_PARTNER("actor-key-partner", "public agency among the Key Partners",
            "A public agency (police, sheriff, prosecutor, state or federal agency, task force) listed at the top level of the Key Partners: the page names it as working on the place's demand cases; nonprofits and units nested under an agency are not.");

    private final String id;
    private final String label;
    private final String comment;

    Rule(String id, String label, String comment) {
        this.id = id;
        this.label = label;
        this.comment = comment;
    }

    /** The IRI's local part after {@code rule-}. */
    public String id() { return id; }

    public String label() { return label; }

    public String comment() { return comment; }
}
