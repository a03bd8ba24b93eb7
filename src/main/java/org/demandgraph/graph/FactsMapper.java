package org.demandgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.extract.Actor;
import org.demandgraph.extract.ArrestCount;
import org.demandgraph.extract.Evidence;
import org.demandgraph.extract.Facts;
import org.demandgraph.extract.Operation;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.extract.TacticUse;
import org.demandgraph.extract.When;
import org.demandgraph.profile.Profile;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.OA;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.Iris;

/**
 * Extracted facts → triples in the profile's graph: operations, actors, evidenced tactic uses
 * ({@code dg:usesTactic} only together with its {@code dg:TacticUse} node), and one evidence node per
 * quoted span. Every IRI is deterministic: operations by the extraction's key, evidence by its offsets,
 * tactic uses by tactic and basis.
 */
public final class FactsMapper {

    private final Iris iris;

    public FactsMapper(Iris iris) {
        this.iris = iris;
    }

    public void map(Profile profile, Facts facts, Graph target) {
        new Run(profile, target).map(facts);
    }

    /** The IRI of an actor: national agencies once for the whole graph, others once per state. */
    public String actorIri(String stateCode, Actor actor) {
        return actor.national() ? iris.nationalActor(actor.name()) : iris.stateActor(stateCode, actor.name());
    }

    /** {@code dg:} class of each operation kind (all subclasses of {@code dg:Operation}). */
    static Resource kindClass(Operation.Kind kind) {
        return switch (kind) {
            case STREET_REVERSE_STING -> DG.StreetReverseSting;
            case REVERSE_STING -> DG.ReverseSting;
            case WEB_STING -> DG.WebSting;
            case SWEEP -> DG.Sweep;
            case ENFORCEMENT_OPERATION -> DG.EnforcementOperation;
            case VEHICLE_SEIZURE_PROGRAMME -> DG.VehicleSeizureProgramme;
            case CAMERAS -> DG.CameraInstallation;
            case TASK_FORCE -> DG.TaskForceFormation;
            case STAY_OUT_ZONE -> DG.StayOutZone;
        };
    }

    static Resource boundTerm(ArrestCount.Bound bound) {
        return switch (bound) {
            case EXACT -> DG.Exactly;
            case AT_LEAST -> DG.AtLeast;
            case MORE_THAN -> DG.MoreThan;
            case APPROXIMATELY -> DG.Approximately;
        };
    }

    static String basisValue(TacticUse.Basis basis) {
        return basis.value();
    }

    private final class Run {
        private final Profile profile;
        private final Graph g;
        private final String st;
        /** Null for a state's own profile: its facts belong to the state. */
        private final String placeName;
        private final Node place;
        private final Map<String, Integer> operationIris = new HashMap<>();

        Run(Profile profile, Graph g) {
            this.profile = profile;
            this.g = g;
            this.st = profile.stateCode();
            this.placeName = ProfileMapper.placeName(profile);
            this.place = uri(iris.jurisdiction(st, placeName));
        }

        void map(Facts facts) {
            for (Actor a : facts.actors()) actor(a);
            for (Operation o : facts.operations()) operation(o);
            Map<String, List<TacticUse>> byNode = new LinkedHashMap<>();
            for (TacticUse u : facts.tacticUses())
                byNode.computeIfAbsent(Slugs.slug(u.tactic().label()) + "-" + basisValue(u.basis()), k -> new ArrayList<>()).add(u);
            byNode.forEach(this::tacticUse);
        }

        private void actor(Actor a) {
            Node s = uri(actorIri(st, a));
            add(s, RDF.type.asNode(), DG.Actor.asNode());
            add(s, RDFS.label.asNode(), NodeFactory.createLiteralString(a.name()));
            for (String alt : a.altLabels()) add(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt));
            add(s, Vocab.wasGeneratedBy, uri(DG.rule(a.rule().id())));
            evidence(s, List.of(a.evidence()));
        }

        private void operation(Operation o) {
            Node s = uri(operationIri(o));
            add(s, RDF.type.asNode(), DG.Operation.asNode());
            add(s, RDF.type.asNode(), kindClass(o.kind()).asNode());
            add(s, RDFS.label.asNode(), NodeFactory.createLiteralString(o.label()));
            add(s, DG.jurisdiction.asNode(), place);
            if (o.name() != null) add(s, DG.operationName.asNode(), NodeFactory.createLiteralString(o.name()));
            if (o.date() != null) add(s, DG.date.asNode(), literal(o.date().lexical(), datatype(o.date())));
            if (o.end() != null) {
                add(s, DG.startDate.asNode(), literal(o.date().lexical(), datatype(o.date())));
                add(s, DG.endDate.asNode(), literal(o.end().lexical(), datatype(o.end())));
            }
            if (o.since() != null) add(s, DG.since.asNode(), literal(o.since().lexical(), XSDDatatype.XSDgYear));
            if (o.recurring()) add(s, DG.recurring.asNode(), literal("true", XSDDatatype.XSDboolean));
            add(s, Vocab.wasGeneratedBy, uri(DG.rule(o.rule().id())));
            for (Tactic t : o.tactics()) add(s, DG.tactic.asNode(), uri(iris.tactic(t)));
            if (o.arrests() != null) {
                add(s, DG.arrests.asNode(), literal(Integer.toString(o.arrests().value()), XSDDatatype.XSDinteger));
                add(s, DG.arrestsBound.asNode(), boundTerm(o.arrests().bound()).asNode());
            }
            for (Actor a : o.conductedBy()) add(s, DG.conductedBy.asNode(), uri(actorIri(st, a)));
            Set<Evidence> all = new LinkedHashSet<>();
            all.add(o.evidence());
            all.addAll(o.details());
            if (o.arrests() != null) all.add(o.arrests().evidence());
            evidence(s, all);
        }

        /** The operation's IRI from its key; a key that slugs like an earlier one of the profile gets a number. */
        private String operationIri(Operation o) {
            String iri = iris.operation(st, placeName, o.key());
            int n = operationIris.merge(iri, 1, Integer::sum);
            return n == 1 ? iri : iris.operation(st, placeName, o.key() + " " + n);
        }

        private void tacticUse(String key, List<TacticUse> uses) {
            Tactic tactic = uses.get(0).tactic();
            Node s = uri(iris.ofProfile(st, placeName, "tactic-use", key));
            Node t = uri(iris.tactic(tactic));
            add(place, DG.usesTactic.asNode(), t);
            add(s, RDF.type.asNode(), DG.TacticUse.asNode());
            add(s, DG.jurisdiction.asNode(), place);
            add(s, DG.tactic.asNode(), t);
            add(s, DG.basis.asNode(), NodeFactory.createLiteralString(basisValue(uses.get(0).basis())));
            for (TacticUse u : uses) add(s, Vocab.wasGeneratedBy, uri(DG.rule(u.rule().id())));
            evidence(s, uses.stream().map(TacticUse::evidence).toList());
        }

        private void evidence(Node subject, Collection<Evidence> evidence) {
            for (Evidence e : evidence) {
                Node n = uri(iris.ofProfile(st, placeName, "evidence", e.start() + "-" + e.end()));
                add(subject, DG.evidence.asNode(), n);
                add(n, RDF.type.asNode(), DG.Evidence.asNode());
                add(n, OA.exact.asNode(), NodeFactory.createLiteralString(e.exact()));
                add(n, OA.start.asNode(), literal(Integer.toString(e.start()), XSDDatatype.XSDnonNegativeInteger));
                add(n, OA.end.asNode(), literal(Integer.toString(e.end()), XSDDatatype.XSDnonNegativeInteger));
                add(n, DG.line.asNode(), ProfileMapper.line(profile.lineOf(e.start())));
            }
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static RDFDatatype datatype(When when) {
        return switch (when.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case YEAR_MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
    }
}
