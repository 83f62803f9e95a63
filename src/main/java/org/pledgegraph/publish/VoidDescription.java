package org.pledgegraph.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.pledgegraph.vocab.Namespaces;
import org.pledgegraph.vocab.PROV;

/**
 * Describes the dataset in VoID and DCAT, from the data itself: its URI space, SPARQL endpoint, dumps, counts,
 * class and property partitions, example resources, license and last modification. The description lives in its own
 * named graph, {@code {base}graph/void}, about {@code {base}dataset}; its counts describe the other graphs.
 */
public final class VoidDescription {
    /** The path of the named graph that holds the description. */
    public static final String GRAPH_PATH = "graph/void";
    /** The path of the dataset's IRI. */
    public static final String DATASET_PATH = "dataset";
    /** The file name of every dump, before its extension. */
    public static final String DUMP_NAME = "pledgegraph";
    /** Our own description is CC BY 4.0. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String RIGHTS = "The description of the data (the graph's structure, events, catalogs and links) is "
            + "licensed under CC BY 4.0. The text of the news articles it quotes (headlines, abstracts, bodies, "
            + "images) belongs to their publishers and is included for reference only.";

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String FILTER = "FILTER(?g != ?void)";
    private static final Query TRIPLES = Sparql.parse(
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } " + FILTER + " } }");
    private static final Query ENTITIES = Sparql.parse("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            + FILTER + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(?base))) }");
    private static final Query SUBJECTS = Sparql.parse(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } " + FILTER + " }");
    private static final Query OBJECTS = Sparql.parse(
            "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?s ?p ?o } " + FILTER + " }");
    private static final Query CLASSES = Sparql.parse("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) "
            + "{ GRAPH ?g { ?s a ?c } " + FILTER + " } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = Sparql.parse("SELECT ?p (COUNT(*) AS ?n) "
            + "{ SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } " + FILTER + " } } GROUP BY ?p ORDER BY ?p");
    private static final Query EXAMPLE = Sparql.parse("SELECT ?s (COUNT(?x) AS ?n) "
            + "{ GRAPH ?g { ?s a ?class } " + FILTER + " GRAPH ?h { ?x ?p ?s } FILTER(?h != ?void) "
            + "FILTER(STRSTARTS(STR(?s), STR(?base))) } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1");
    private static final Query MODIFIED = Sparql.parse(
            "SELECT (MAX(?t) AS ?m) { GRAPH ?g { ?b prov:endedAtTime ?t } " + FILTER + " }");
    private static final Query BUILD = Sparql.parse(
            "SELECT ?b { GRAPH ?g { ?b a pg:Build } " + FILTER + " } ORDER BY ?b LIMIT 1");

    /** The classes an example resource is picked from, the most linked-to of each. */
    private static final List<String> EXAMPLE_CLASSES = List.of(
            "https://w3id.org/pledgegraph/ontology#PolicyEvent", "https://schema.org/Organization",
            "https://schema.org/NewsArticle");

    private VoidDescription() {
    }

    /** Returns the IRI of the named graph that holds the description. */
    public static Node graphName(String base) {
        return NodeFactory.createURI(base + GRAPH_PATH);
    }

    /** Returns the URL of the dump in {@code syntax}: {@code {base}dumps/pledgegraph.{ext}}. */
    public static String dumpIri(String base, RdfSyntax syntax) {
        return base + "dumps/" + DUMP_NAME + "." + syntax.extension();
    }

    /**
     * Replaces the description graph of {@code dsg} with a new one computed from its other graphs, in a write
     * transaction of its own.
     *
     * @param sparqlPath the endpoint's path under the base, e.g. {@code pledgegraph/sparql}
     */
    public static void addTo(DatasetGraph dsg, String base, String sparqlPath) {
        Graph description = Txn.calculateRead(dsg, () -> describe(dsg, base, sparqlPath));
        Node name = graphName(base);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(name);
            description.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Returns the description of {@code dsg}'s graphs other than the description graph; call in a read transaction. */
    public static Graph describe(DatasetGraph dsg, String base, String sparqlPath) {
        Map<String, Node> vars = Map.of("void", graphName(base), "base", NodeFactory.createURI(base));
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(base + DATASET_PATH);
        Node endpoint = NodeFactory.createURI(base + sparqlPath);
        Node license = NodeFactory.createURI(LICENSE);

        add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
        add(g, ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("pledgegraph"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "A knowledge graph of corporate pledges (pledges, moratoriums, policies, contracts, court rulings) "
                        + "and the news coverage they rest on, with where every fact came from."));
        add(g, ds, DCTerms.license.asNode(), license);
        add(g, ds, DCTerms.rights.asNode(), NodeFactory.createLiteralString(RIGHTS));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        add(g, ds, VOID.sparqlEndpoint.asNode(), endpoint);
        add(g, ds, DCAT.landingPage.asNode(), NodeFactory.createURI(base + "timeline"));
        add(g, ds, DCAT.accessService.asNode(), endpoint);
        add(g, endpoint, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, endpoint, DCAT.endpointURL.asNode(), endpoint);
        add(g, endpoint, DCAT.servesDataset.asNode(), ds);
        add(g, endpoint, DCTerms.conformsTo.asNode(), NodeFactory.createURI("https://www.w3.org/TR/sparql11-protocol/"));

        // The graphs that are not source files: this description, and the build graph if the data has one.
        Node voidGraph = graphName(base);
        add(g, voidGraph, RDFS.label.asNode(), NodeFactory.createLiteralString(
                "the VoID and DCAT description of the dataset"));
        add(g, voidGraph, VOID.inDataset.asNode(), ds);
        Node buildGraph = NodeFactory.createURI(base + "graph/build");
        if (dsg.containsGraph(buildGraph)) {
            add(g, buildGraph, RDFS.label.asNode(), NodeFactory.createLiteralString(
                    "the build graph: which file each source graph was mapped from, and by which build"));
            add(g, buildGraph, VOID.inDataset.asNode(), ds);
        }

        Node modified = firstValue(Sparql.select(dsg, MODIFIED, vars, TIMEOUT), "m");
        if (modified != null) {
            add(g, ds, DCTerms.modified.asNode(), modified);
        }
        Node build = firstValue(Sparql.select(dsg, BUILD, vars, TIMEOUT), "b");
        if (build != null) {
            add(g, ds, PROV.wasGeneratedBy, build);
        }

        for (RdfSyntax syntax : RdfSyntax.values()) {
            Node dump = NodeFactory.createURI(dumpIri(base, syntax));
            add(g, ds, VOID.dataDump.asNode(), dump);
            add(g, ds, DCAT.distribution.asNode(), dump);
            add(g, dump, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, dump, DCAT.downloadURL.asNode(), dump);
            add(g, dump, DCAT.mediaType.asNode(),
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + syntax.mediaType()));
            add(g, dump, DCTerms.format.asNode(), NodeFactory.createLiteralString(syntax.mediaType()));
            add(g, dump, DCTerms.title.asNode(), NodeFactory.createLiteralString(syntax.label()
                    + (syntax.isQuads() ? ", one named graph per source file" : ", the union of all graphs")));
            add(g, dump, DCTerms.license.asNode(), license);
            add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/"
                    + formatName(syntax)));
        }

        add(g, ds, VOID.triples.asNode(), integer(Sparql.count(dsg, TRIPLES, vars, TIMEOUT)));
        add(g, ds, VOID.entities.asNode(), integer(Sparql.count(dsg, ENTITIES, vars, TIMEOUT)));
        add(g, ds, VOID.distinctSubjects.asNode(), integer(Sparql.count(dsg, SUBJECTS, vars, TIMEOUT)));
        add(g, ds, VOID.distinctObjects.asNode(), integer(Sparql.count(dsg, OBJECTS, vars, TIMEOUT)));

        List<Binding> classes = Sparql.select(dsg, CLASSES, vars, TIMEOUT);
        add(g, ds, VOID.classes.asNode(), integer(classes.size()));
        for (Binding row : classes) {
            Node c = row.get("c");
            Node part = NodeFactory.createURI(base + DATASET_PATH + "/class/" + slug(c));
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), c);
            add(g, part, VOID.entities.asNode(), row.get("n"));
        }
        List<Binding> properties = Sparql.select(dsg, PROPERTIES, vars, TIMEOUT);
        add(g, ds, VOID.properties.asNode(), integer(properties.size()));
        List<String> vocabularies = new ArrayList<>();
        for (Binding row : properties) {
            Node p = row.get("p");
            Node part = NodeFactory.createURI(base + DATASET_PATH + "/property/" + slug(p));
            add(g, ds, VOID.propertyPartition.asNode(), part);
            add(g, part, VOID.property.asNode(), p);
            add(g, part, VOID.triples.asNode(), row.get("n"));
            vocabularies.add(namespaceOf(p.getURI()));
        }
        for (Binding row : classes) {
            vocabularies.add(namespaceOf(row.get("c").getURI()));
        }
        vocabularies.stream().filter(v -> v != null).distinct().sorted()
                .forEach(v -> add(g, ds, VOID.vocabulary.asNode(), NodeFactory.createURI(v)));

        for (String c : EXAMPLE_CLASSES) {
            Map<String, Node> withClass = new java.util.HashMap<>(vars);
            withClass.put("class", NodeFactory.createURI(c));
            Node example = firstValue(Sparql.select(dsg, EXAMPLE, withClass, TIMEOUT), "s");
            if (example != null) {
                add(g, ds, VOID.exampleResource.asNode(), example);
            }
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node firstValue(List<Binding> rows, String var) {
        return rows.isEmpty() ? null : rows.get(0).get(var);
    }

    /** Returns a readable, IRI-safe name for a class or property: {@code schema-NewsArticle}. */
    static String slug(Node term) {
        String iri = term.getURI();
        String ns = namespaceOf(iri);
        if (ns != null) {
            String prefix = Namespaces.prefixes().getNsURIPrefix(ns);
            String local = iri.substring(ns.length());
            if (prefix != null && local.matches("[A-Za-z0-9_-]+")) {
                return prefix + "-" + local;
            }
        }
        return "x-" + org.pledgegraph.mapping.Iris.sha256(iri).substring(0, 12);
    }

    /** Returns the known namespace {@code iri} is in, or null. */
    private static String namespaceOf(String iri) {
        String best = null;
        for (String ns : Namespaces.prefixes().getNsPrefixMap().values()) {
            if (iri.startsWith(ns) && (best == null || ns.length() > best.length())) {
                best = ns;
            }
        }
        return best;
    }

    private static String formatName(RdfSyntax syntax) {
        return switch (syntax) {
            case TURTLE -> "Turtle";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case NTRIPLES -> "N-Triples";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF_XML";
        };
    }
}
