package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.pledgegraph.vocab.Namespaces;

/** Maps test inputs and compares the result with expected Turtle; shared by the mapping tests. */
final class TestGraphs {
    static final String BASE = "https://w3id.org/pledgegraph/";
    /** A fixed build clock, so that runs can be compared byte for byte. */
    static final Instant BUILD_TIME = Instant.parse("2026-01-02T03:04:05Z");
    static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;

    private static Built seeds;

    private TestGraphs() {
    }

    /** A mapped dataset with the mapper's report. */
    record Built(DatasetGraph dataset, MapReport report) {
        /** Returns the named graph of the input file at {@code relPath}. */
        Graph graph(String relPath) {
            Node g = iri("graph/" + relPath);
            if (!dataset.containsGraph(g)) {
                fail("no graph for " + relPath + "; graphs: " + graphNames());
            }
            return dataset.getGraph(g);
        }

        List<String> graphNames() {
            List<String> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        }

        /** Runs a SPARQL ASK over the union of all graphs (the default graph queries see). */
        boolean ask(String where) {
            try (QueryExecution qe = QueryExecution.dataset(union()).query(PREFIXES + "ASK { " + where + " }")
                    .build()) {
                return qe.execAsk();
            }
        }

        /** Returns the values of {@code ?x} in a SELECT over the union of all graphs, sorted. */
        List<String> select(String where) {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(union())
                    .query(PREFIXES + "SELECT DISTINCT ?x { " + where + " }").build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Node n = s.get("x").asNode();
                    out.add(n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                });
            }
            out.sort(null);
            return out;
        }

        /** Returns a view whose default graph is the union of the named graphs, which stay visible to GRAPH. */
        org.apache.jena.query.Dataset union() {
            org.apache.jena.query.Dataset view = org.apache.jena.query.DatasetFactory.createGeneral();
            view.setDefaultModel(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dataset.getUnionGraph()));
            dataset.listGraphNodes().forEachRemaining(n -> view.addNamedModel(n.getURI(),
                    org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dataset.getGraph(n))));
            return view;
        }
    }

    static Node iri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    /** Maps {@code dirs} with the fixed build clock. */
    static Built map(Path... dirs) {
        return map(Mapper.builder().dataDirs(List.of(dirs)).buildTime(BUILD_TIME));
    }

    static Built map(Mapper.Builder builder) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        MapReport report = builder.build().run(StreamRDFLib.dataset(dsg));
        return new Built(dsg, report);
    }

    /** Returns the seeds in data/ mapped once (they must map without errors). */
    static synchronized Built seeds() {
        if (seeds == null) {
            Built b = map(Path.of("data"));
            assertEquals(List.of(), b.report().errors(), "the seeds map without errors");
            seeds = b;
        }
        return seeds;
    }

    /** Returns the folder of a test resource. */
    static Path resource(String name) {
        try {
            var url = TestGraphs.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the Turtle test resource {@code name}. */
    static Graph turtle(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = TestGraphs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Returns the triples of {@code actual} about the subjects {@code expected} describes, without {@code skip}. */
    static Graph aboutSubjectsOf(Graph expected, Graph actual, Node... skip) {
        Set<Node> subjects = new HashSet<>();
        expected.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        Set<Node> skipped = Set.of(skip);
        Graph out = GraphFactory.createDefaultGraph();
        actual.find().forEachRemaining(t -> {
            if (subjects.contains(t.getSubject()) && !skipped.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }

    /** Returns {@code g} without the triples whose predicate is one of {@code skip}. */
    static Graph without(Graph g, Node... skip) {
        Set<Node> skipped = Set.of(skip);
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!skipped.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }

    /** Fails unless the graphs are isomorphic, listing the triples missing from and extra in {@code actual}. */
    static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        // The mapper emits no blank nodes, so the difference of the triple sets says exactly what is wrong.
        Set<Triple> exp = new HashSet<>(expected.find().toList());
        Set<Triple> act = new HashSet<>(actual.find().toList());
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> extra = new TreeSet<>();
        exp.stream().filter(t -> !act.contains(t)).forEach(t -> missing.add(format(t)));
        act.stream().filter(t -> !exp.contains(t)).forEach(t -> extra.add(format(t)));
        fail(what + " differs from the expected graph\n  missing:\n    " + String.join("\n    ", missing)
                + "\n  unexpected:\n    " + String.join("\n    ", extra));
    }

    private static String format(Triple t) {
        var pm = org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes())
                .setNsPrefix("", BASE);
        return FmtUtils.stringForTriple(t, pm);
    }
}
