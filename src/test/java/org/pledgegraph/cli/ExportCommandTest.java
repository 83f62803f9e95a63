package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.publish.VoidDescription;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.vocab.PG;

class ExportCommandTest {
    private static final List<Path> DATA = List.of(Path.of("data"));
    private static final String BASE = PG.DEFAULT_BASE;

    @TempDir
    static Path dir;
    private static Path store;
    private static long quads;
    private static long triples;

    /** Builds the store once, as 'build' would. */
    @BeforeAll
    static void buildStore() {
        store = dir.resolve("store");
        GraphBuild.Result r = GraphBuild.run(DATA, BASE, false, true);
        GraphStore.at(store).save(r.dataset(), DATA, BASE, r.summary());
        DatasetGraph expected = GraphStore.at(store).load();
        VoidDescription.addTo(expected, BASE, "pledgegraph/sparql");
        quads = Iter.count(expected.find());
        triples = expected.getUnionGraph().size();
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }


    @Test
    void writesEveryFormatWithNamedGraphsOrTheirUnion() {
        for (RdfSyntax s : RdfSyntax.values()) {
            Path file = dir.resolve("out." + s.extension());
            StringWriter err = new StringWriter();
            assertEquals(0, run(new StringWriter(), err, "export", "--format", s.shortName(), "--store",
                    store.toString(), "--out", file.toString()), err.toString());
            assertEquals("", err.toString(), "the store is fresh, so nothing is built");
            if (s.isQuads()) {
                DatasetGraph dsg = DatasetGraphFactory.create();
                RDFParser.source(file).lang(s.lang()).parse(dsg);
                assertEquals(quads, Iter.count(dsg.find()), s.name());
                assertTrue(dsg.containsGraph(NodeFactory.createURI(BASE + "graph/void")), "VoID graph in " + s);
            } else {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(file).lang(s.lang()).parse(g);
                assertEquals(triples, g.size(), s.name());
            }
        }
    }

    @Test
    void writesToStandardOutputByDefault() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "export", "--format", "nt", "--store", store.toString()), err.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(), Lang.NTRIPLES).parse(g);
        assertEquals(triples, g.size());
        assertTrue(out.toString().contains("\"IBM’s") || out.toString().contains("IBM"), "UTF-8 text survives");
    }

    @Test
    void buildsTheStoreFirstWhenItIsMissing() throws Exception {
        Path fresh = dir.resolve("fresh-store");
        Path file = dir.resolve("fresh.nq");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "export", "--format", "nq", "--store", fresh.toString(),
                "--out", file.toString()), err.toString());
        assertTrue(err.toString().contains("is missing or stale; building it first"), err.toString());
        assertTrue(Files.isRegularFile(fresh.resolve("dataset.nq")), "the store was saved for 'serve'");
        assertEquals(quads, Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count());
    }

    @Test
    void rejectsAnUnknownFormatAsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "export", "--format", "xlsx", "--store", store.toString()));
        assertTrue(err.toString().startsWith("pledgegraph: unknown RDF format \"xlsx\": use ttl, trig, nq, nt, jsonld "
                + "or rdfxml"), err.toString());
    }
}
