package org.pledgegraph.server;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.pledgegraph.publish.RdfOutput;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.publish.Sparql;
import org.pledgegraph.vocab.PG;

/**
 * The description of one resource: its own triples, the labels of what it links to, the links pointing to it, and
 * where its facts came from (the source graphs they are stated in, as described in the build graph). Every fact
 * keeps the named graph it came from; the resource is linked to each such graph with {@code rdfs:seeAlso}.
 */
final class Description {
    /** At most this many of the resource's own triples, and of the links to it, are described. */
    static final int MAX_OWN = 5000;
    static final int MAX_INBOUND = 2000;

    private static final Query OUT = Sparql.parse(
            "SELECT ?g ?p ?o { GRAPH ?g { ?r ?p ?o } } ORDER BY ?p ?o ?g LIMIT " + MAX_OWN);
    private static final Query IN = Sparql.parse(
            "SELECT ?g ?s ?p { GRAPH ?g { ?s ?p ?r } } ORDER BY ?p ?s ?g LIMIT " + MAX_INBOUND);
    private static final Query LABELS = Sparql.parse("""
            SELECT DISTINCT ?g ?x ?lp ?l {
              { SELECT DISTINCT ?x { { ?r ?p ?x FILTER(isIRI(?x)) } UNION { ?x ?q ?r } } LIMIT 5000 }
              VALUES ?lp { schema:name skos:prefLabel schema:headline dcterms:title rdfs:label schema:roleName
                          schema:text }
              GRAPH ?g { ?x ?lp ?l }
            } ORDER BY ?x ?lp ?l ?g""");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** Label properties in order of preference. */
    static final List<String> LABEL_PROPERTIES = List.of("https://schema.org/name",
            "http://www.w3.org/2004/02/skos/core#prefLabel", "https://schema.org/headline",
            "http://purl.org/dc/terms/title", RDFS.label.getURI(), "https://schema.org/roleName",
            "https://schema.org/text");
    /** Labels longer than this are cut, with an ellipsis: a claim's text is its label of last resort. */
    static final int MAX_LABEL = 110;

    private final Node resource;
    private final List<Quad> own;
    private final List<Quad> inbound;
    private final List<Quad> labels;
    private final List<Quad> provenance;

    private Description(Node resource, List<Quad> own, List<Quad> inbound, List<Quad> labels,
            List<Quad> provenance) {
        this.resource = resource;
        this.own = own;
        this.inbound = inbound;
        this.labels = labels;
        this.provenance = provenance;
    }

    /** Describes {@code resource} from {@code site}'s dataset; call inside a read transaction. */
    static Description of(Site site, Node resource) {
        DatasetGraph dsg = site.dsg();
        Map<String, Node> r = Map.of("r", resource);
        List<Quad> own = new ArrayList<>();
        for (Binding b : Sparql.select(dsg, OUT, r, site.timeout())) {
            own.add(Quad.create(b.get("g"), resource, b.get("p"), b.get("o")));
        }
        List<Quad> inbound = new ArrayList<>();
        for (Binding b : Sparql.select(dsg, IN, r, site.timeout())) {
            inbound.add(Quad.create(b.get("g"), b.get("s"), b.get("p"), resource));
        }
        if (own.isEmpty() && inbound.isEmpty()) {
            return new Description(resource, List.of(), List.of(), List.of(), List.of());
        }
        List<Quad> labels = new ArrayList<>();
        for (Binding b : Sparql.select(dsg, LABELS, r, site.timeout())) {
            labels.add(Quad.create(b.get("g"), b.get("x"), b.get("lp"), b.get("l")));
        }
        return new Description(resource, own, inbound, labels, provenance(dsg, own));
    }

    /**
     * Returns what the dataset says about each graph that states one of {@code own} (its file, hash and build, in the
     * build graph) and about the files those graphs were derived from.
     */
    private static List<Quad> provenance(DatasetGraph dsg, List<Quad> own) {
        Set<Node> graphs = new LinkedHashSet<>();
        own.forEach(q -> graphs.add(q.getGraph()));
        Set<Quad> out = new LinkedHashSet<>();
        Set<Node> files = new LinkedHashSet<>();
        for (Node g : graphs) {
            dsg.find(Node.ANY, g, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q);
                if (q.getPredicate().equals(DERIVED_FROM) && q.getObject().isURI()) {
                    files.add(q.getObject());
                }
            });
        }
        for (Node f : files) {
            dsg.find(Node.ANY, f, Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
        List<Quad> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(Quad::toString));
        return sorted;
    }

    Node resource() {
        return resource;
    }

    /** Returns true if the dataset says anything about the resource or links to it. */
    boolean exists() {
        return !own.isEmpty() || !inbound.isEmpty();
    }

    /** Returns the resource's own statements, each with the graph it is stated in. */
    List<Quad> own() {
        return own;
    }

    /** Returns the statements that link to the resource. */
    List<Quad> inbound() {
        return inbound;
    }

    /** Returns true if the links to the resource were cut at {@link #MAX_INBOUND}. */
    boolean inboundTruncated() {
        return inbound.size() >= MAX_INBOUND;
    }

    /** Returns the source graphs that state the resource's own facts, in order. */
    Set<Node> sourceGraphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        own.stream().map(Quad::getGraph).sorted((a, b) -> a.getURI().compareTo(b.getURI())).forEach(graphs::add);
        return graphs;
    }

    /** Returns the provenance statements: how each source graph was derived, from which file, by which build. */
    List<Quad> provenance() {
        return provenance;
    }

    /** Returns the objects of the resource's own statements with predicate {@code p}, without duplicates. */
    List<Node> values(String p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : own) {
            if (q.getPredicate().getURI().equals(p)) {
                out.add(q.getObject());
            }
        }
        return new ArrayList<>(out);
    }

    /** Returns the subjects of statements linking to the resource with predicate {@code p}. */
    List<Node> inboundValues(String p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : inbound) {
            if (q.getPredicate().getURI().equals(p)) {
                out.add(q.getSubject());
            }
        }
        return new ArrayList<>(out);
    }

    /** Returns the types of the resource, pledgegraph's own (the most specific) first. */
    List<Node> types() {
        List<Node> types = values(org.apache.jena.vocabulary.RDF.type.getURI());
        types.sort(java.util.Comparator.comparing((Node t) -> t.isURI() && t.getURI().startsWith(PG.NS)
                && !t.getURI().equals(PG.NS + "PolicyEvent") ? 0 : 1));
        return types;
    }

    /** Returns true if the resource has the type {@code iri}. */
    boolean hasType(String iri) {
        return types().stream().anyMatch(t -> t.isURI() && t.getURI().equals(iri));
    }

    /** Returns a label for {@code n}: its preferred label in the description, else null. */
    String labelOf(Node n) {
        if (n.equals(resource)) {
            return pickLabel(own);
        }
        List<Quad> mine = new ArrayList<>();
        for (Quad q : labels) {
            if (q.getSubject().equals(n)) {
                mine.add(q);
            }
        }
        return pickLabel(mine);
    }

    private static String pickLabel(Collection<Quad> quads) {
        Map<String, String> best = new HashMap<>();
        for (Quad q : quads) {
            if (!q.getObject().isLiteral()) {
                continue;
            }
            String p = q.getPredicate().getURI();
            String v = q.getObject().getLiteralLexicalForm();
            best.merge(p, v, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (String p : LABEL_PROPERTIES) {
            if (best.containsKey(p)) {
                String label = best.get(p);
                return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
            }
        }
        return null;
    }

    /** Returns the description as a dataset: each fact in its source graph, the links to the graphs in the default. */
    DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        own.forEach(dsg::add);
        inbound.forEach(dsg::add);
        labels.forEach(dsg::add);
        provenance.forEach(dsg::add);
        for (Node g : sourceGraphs()) {
            dsg.getDefaultGraph().add(resource, RDFS.seeAlso.asNode(), g);
        }
        return dsg;
    }

    /** Returns the description as triples: the union of its graphs. */
    Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** Returns the description in {@code syntax}: quads for TriG and N-Quads, triples otherwise (JSON-LD too). */
    byte[] serialize(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (syntax == RdfSyntax.TRIG || syntax == RdfSyntax.NQUADS) {
            RdfOutput.writeQuads(dataset(), syntax, out);
        } else {
            RdfOutput.writeGraph(graph(), syntax, out);
        }
        return out.toByteArray();
    }
}
