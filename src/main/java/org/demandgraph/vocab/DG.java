package org.demandgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The demandgraph ontology's terms, kept in step with {@code ontology/demandgraph.ttl}: a test checks
 * that every constant here is declared there, and that every {@code dg:} term the ontology, shapes,
 * queries and code use is a constant here (code names dg: terms only through this class).
 */
public final class DG {

    public static final String NS = "https://w3id.org/demandgraph/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/demandgraph/ontology";

    private DG() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property prop(String local) { return ResourceFactory.createProperty(NS, local); }

    // Public classes (docs/vocabulary.md)
    public static final Resource Jurisdiction = cls("Jurisdiction");
    public static final Resource State = cls("State");
    public static final Resource County = cls("County");
    public static final Resource City = cls("City");
    public static final Resource Tactic = cls("Tactic");
    public static final Resource Tactics = cls("Tactics");
    public static final Resource Operation = cls("Operation");
    public static final Resource Actor = cls("Actor");
    public static final Resource Source = cls("Source");
    public static final Resource Profile = cls("Profile");
    public static final Resource TacticUse = cls("TacticUse");

    // Public properties (docs/vocabulary.md)
    public static final Property inState = prop("inState");
    public static final Property population = prop("population");
    public static final Property usesTactic = prop("usesTactic");
    public static final Property jurisdiction = prop("jurisdiction");
    public static final Property tactic = prop("tactic");
    public static final Property date = prop("date");
    public static final Property since = prop("since");
    public static final Property arrests = prop("arrests");
    public static final Property conductedBy = prop("conductedBy");
    public static final Property keyPartner = prop("keyPartner");
    public static final Property keySource = prop("keySource");
    public static final Property supportsTactic = prop("supportsTactic");
    public static final Property evidence = prop("evidence");

    // Our extensions
    /** Profile → Tactic: printed in the page's template "Tactics Used" list. Never evidence of use. */
    public static final Property listedTactic = prop("listedTactic");
    /** TacticUse → string: where the evidence was found ("narrative", "key-sources-heading", "key-sources-title"). */
    public static final Property basis = prop("basis");
    /** Profile → string: something a complete profile has and this one lacks ("footer", "Population"). */
    public static final Property missing = prop("missing");
    /** Profile → string: the file name the profile was read from. */
    public static final Property sourceFile = prop("sourceFile");
    /** Profile → string: hex SHA-256 of the file's bytes. */
    public static final Property sha256 = prop("sha256");
    /** Profile → string: hex SHA-256 of the web page's bytes as retrieved by a harvest (its manifest's). */
    public static final Property pageSha256 = prop("pageSha256");
    /** The 1-based line of the profile's text where a profile's title, an evidence quote or a Key Sources entry starts. */
    public static final Property line = prop("line");
    /** The 1-based line of a profile's footer (its Population line when printed). */
    public static final Property footerLine = prop("footerLine");
    /** Jurisdiction → string: the place name without the state ("Windsor Locks"). */
    public static final Property name = prop("name");
    /** Evidence node class (a Web Annotation text quote selector with positions). */
    public static final Resource Evidence = cls("Evidence");

    // Added by the extraction stage
    /** Operation → bound term: how the text bounds its dg:arrests count (dg:Exactly, dg:AtLeast, dg:MoreThan). */
    public static final Property arrestsBound = prop("arrestsBound");
    /** Class of the bound terms of arrest counts. */
    public static final Resource CountBound = cls("CountBound");
    /** The count is exact ("11 men", "A total of 4 johns"). */
    public static final Resource Exactly = cls("Exactly");
    /** The count is a lower bound ("at least 15 men"). */
    public static final Resource AtLeast = cls("AtLeast");
    /** The true number is above the count ("more than 20", "over 60"). */
    public static final Resource MoreThan = cls("MoreThan");
    /** Operation kinds (subclasses of dg:Operation). */
    public static final Resource ReverseSting = cls("ReverseSting");
    public static final Resource StreetReverseSting = cls("StreetReverseSting");
    public static final Resource WebSting = cls("WebSting");
    public static final Resource Sweep = cls("Sweep");
    public static final Resource EnforcementOperation = cls("EnforcementOperation");
    public static final Resource VehicleSeizureProgramme = cls("VehicleSeizureProgramme");
    public static final Resource CameraInstallation = cls("CameraInstallation");
    public static final Resource TaskForceFormation = cls("TaskForceFormation");

    // Site figures: what the Demand Forum site says about each tactic, kept with their date
    /** Class of a figure the site prints about a tactic. */
    public static final Resource SiteFigure = cls("SiteFigure");
    /** Tactic → dg:SiteFigure. */
    public static final Property siteFigure = prop("siteFigure");
    /** dg:SiteFigure → string: the figure as the site words it. */
    public static final Property figureText = prop("figureText");

    // Added by the validation stage (W3C DQV)
    public static final Resource profileQuality = cls("profileQuality");
    public static final Resource completeness = cls("completeness");
    public static final Resource profileCompleteness = cls("profileCompleteness");
    public static final Resource datasetCompleteness = cls("datasetCompleteness");
    public static final Property expectedFacts = prop("expectedFacts");
    public static final Property presentFacts = prop("presentFacts");
    /** The quality graph → the SHA-256 of the shape files its measurements were computed with. */
    public static final Property shapesDigest = prop("shapesDigest");
    /** Shape coverage: conforming / targeted focus nodes of one shape, with the counts. */
    public static final Resource shapeConformance = cls("shapeConformance");
    public static final Property shape = prop("shape");
    public static final Property focusNodes = prop("focusNodes");
    public static final Property conformingNodes = prop("conformingNodes");
    public static final Property failingNodes = prop("failingNodes");
    /** The site's figure for the whole tactic scheme (a tactic's own figure is {@code {tactic}#site-figure}). */
    public static final Resource TacticsSiteFigure = cls("TacticsSiteFigure");

    // The server
    /** The operation of the server's {@code /kg/shacl} endpoint (a Fuseki operation's IRI). */
    public static final Resource ShaclService = cls("ShaclService");

    // Added by the places stage (docs/places.md)
    /** State or county → string: its 2-digit or 5-digit Census FIPS code. */
    public static final Property fips = prop("fips");
    /** Jurisdiction → string: why it has no GeoNames or FIPS link, naming the candidates. */
    public static final Property placeMatchNote = prop("placeMatchNote");
    /** Jurisdiction → GeoNames place considered for it and not linked. */
    public static final Property candidatePlace = prop("candidatePlace");
    /** Class of GeoNames places (by their https://sws.geonames.org/{id}/ IRIs). */
    public static final Resource GeoNamesPlace = cls("GeoNamesPlace");

    // Added for real-language extraction (issue 10)
    /** The count is approximate ("about 15", "close to 100", "nearly two dozen"). */
    public static final Resource Approximately = cls("Approximately");
    /** Operation → date: the first day, month or year of a range, as precise as the text. */
    public static final Property startDate = prop("startDate");
    /** Operation → date: the last day, month or year of a range, as precise as the text. */
    public static final Property endDate = prop("endDate");
    /** Operation → boolean: a practice repeated over time (a programme), not one event. */
    public static final Property recurring = prop("recurring");
    /** Operation → string: the proper name the text gives it ("Operation Cupid"). */
    public static final Property operationName = prop("operationName");
    /** Operation kind: a zone buyers are barred from, created at a date (applies SOAP Orders). */
    public static final Resource StayOutZone = cls("StayOutZone");
    /** Class of the extraction rules that facts are {@code prov:wasGeneratedBy}. */
    public static final Resource ExtractionRule = cls("ExtractionRule");

    /** The IRI of an extraction rule individual, {@code rule-{id}} in the dg: namespace. */
    public static String rule(String id) {
        return NS + "rule-" + id;
    }

    // Extraction accuracy (DQV measurements of the dataset)
    public static final Resource accuracy = cls("accuracy");
    public static final Resource extractionPrecision = cls("extractionPrecision");
    public static final Resource extractionRecall = cls("extractionRecall");
    public static final Resource unseenExtractionPrecision = cls("unseenExtractionPrecision");
    public static final Resource unseenExtractionRecall = cls("unseenExtractionRecall");
    public static final Property extractedField = prop("extractedField");
    public static final Property matchedFacts = prop("matchedFacts");
    public static final Property extractedFacts = prop("extractedFacts");
    public static final Property annotatedFacts = prop("annotatedFacts");
}
