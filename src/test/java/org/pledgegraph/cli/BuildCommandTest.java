package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build command through Main.run: exit codes, messages, --strict, and the files it writes. */
class BuildCommandTest {
    private static final String GOOD_ARTICLE = "https://w3id.org/pledgegraph/article/example.com/news/good";

    @TempDir
    static Path shared;
    /** A small data folder of a news item and a plain-text article with its sidecar, copied from the seeds. */
    private static Path small;
    /** The folder of the good news item of the bad-input fixtures, alone. */
    private static Path good;
    private static DatasetGraph smallNq;

    /** The outcome of one command line. */
    record Run(int exit, String out, String err) {
        List<String> errorLines() {
            return Arrays.stream(err.split("\n")).filter(l -> l.startsWith("error: ")).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(BuildCommandTest.class.getResource("/bad/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns {@code dsg} without the build time, the one fact that differs between two builds. */
    private static DatasetGraph withoutBuildTime(DatasetGraph dsg) {
        dsg.deleteAny(Node.ANY, Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime"), Node.ANY);
        return dsg;
    }

    @BeforeAll
    static void prepareInputs() throws IOException {
        small = Files.createDirectories(shared.resolve("small/seeds"));
        for (String f : List.of("000_f59e8f0e05a165bf.txt", "002_b9fa2a5927193a27.txt", "002_b9fa2a5927193a27.yaml")) {
            Files.copy(Path.of("data/seeds").resolve(f), small.resolve(f));
        }
        small = small.getParent();
        good = Files.createDirectories(shared.resolve("good"));
        Files.copy(Path.of(fixture("malformed-yaml")).resolve("good.md"), good.resolve("good.md"));
        Path nq = shared.resolve("small.nq");
        Run r = run("build", "--no-validate", "--data", small.toString(), "--store", shared.resolve("store").toString(),
                "--out", nq.toString());
        assertEquals(0, r.exit(), r.err());
        smallNq = withoutBuildTime(RDFDataMgr.loadDatasetGraph(nq.toString()));
    }

    @Test
    void buildsAndValidatesTheSeedsWithExitCodeZero(@TempDir Path dir) throws IOException {
        Path nq = dir.resolve("x.nq");
        Run r = run("build", "--data", "data", "--store", dir.resolve("store").toString(), "--out", nq.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("files 12, articles 31, providers 22, organizations 18, people 8, products 5,"
                + " events 16, triples "), r.out());
        assertTrue(r.out().contains(", errors 0, seconds "), r.out());
        assertEquals(List.of(), r.errorLines());
        assertEquals(List.of("warning: seeds/004_533119cc18372630.txt: datePublished: not stated in the text or a"
                + " sidecar; left out"), Arrays.asList(r.err().strip().split("\n")));
        assertTrue(Files.size(nq) > 100_000);
        assertTrue(Files.isRegularFile(dir.resolve("store/dataset.nq")), "the store is written for serve");
    }

    @Test
    void exitsOneAndStillWritesTheGoodFilesWhenAFileHasErrors(@TempDir Path dir) {
        Path nq = dir.resolve("x.nq");
        Run r = run("build", "--data", fixture("impossible-date"), "--store", dir.resolve("store").toString(),
                "--out", nq.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("error: bad.md:4: publishedDateTime: not a real date: \"2020-13-45T00:00:00Z\""),
                r.errorLines());
        assertTrue(r.out().contains(", errors 1, "), r.out());
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertTrue(written.getUnionGraph().contains(NodeFactory.createURI(GOOD_ARTICLE), Node.ANY, Node.ANY),
                "the good file is written");
        assertFalse(written.getUnionGraph().find().toList().stream()
                .anyMatch(t -> t.toString().contains("impossible-date")));
    }

    @Test
    void exitsTwoForAnUnknownOption() {
        Run r = run("build", "--bogus");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Unknown option: '--bogus'"), r.err());
    }

    @Test
    void exitsTwoForAMissingDataFolder(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        Run r = run("build", "--data", missing.toString(), "--store", dir.resolve("store").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pledgegraph: data folder " + missing + " does not exist or is not a folder"),
                r.err());
        assertFalse(Files.exists(dir.resolve("store")), "nothing is written");
    }

    @Test
    void exitsTwoForAnOutputWhoseSyntaxItCannotTell(@TempDir Path dir) {
        Run r = run("build", "--data", "data", "--store", dir.resolve("store").toString(), "--out",
                dir.resolve("x.xyz").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot tell the RDF syntax of"), r.err());
    }

    @Test
    void exitsTwoForAnUnusableBase(@TempDir Path dir) {
        Run r = run("build", "--data", "data", "--store", dir.resolve("store").toString(), "--base",
                "https://example.org/no-slash");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pledgegraph: base IRI must be an http(s) IRI ending in /"), r.err());
    }

    @Test
    void strictStopsAtTheFirstErrorAndLeavesThePreviousOutputAsItWas(@TempDir Path dir) throws IOException {
        Path nq = dir.resolve("x.nq");
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--data", good.toString(), "--store", store.toString(), "--out", nq.toString())
                .exit(), "a first, good build");
        byte[] previous = Files.readAllBytes(nq);
        byte[] previousStore = Files.readAllBytes(store.resolve("dataset.nq"));

        Run r = run("build", "--strict", "--data", fixture("wrong-type"), "--store", store.toString(), "--out",
                nq.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("error: images.md:4: images: expected a list but was the value \"not a list\""),
                r.errorLines(), "it stops at the first of the two bad files");
        assertTrue(r.err().contains("stopped at the first error (--strict); nothing was written"), r.err());
        assertArrayEquals(previous, Files.readAllBytes(nq), "the previous --out file is untouched");
        assertArrayEquals(previousStore, Files.readAllBytes(store.resolve("dataset.nq")), "and so is the store");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("store", "x.nq"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no half-written file is left beside it");
        }
    }

    @Test
    void strictBuildsAndValidatesWhenAllIsWell(@TempDir Path dir) {
        Run r = run("build", "--strict", "--data", good.toString(), "--store", dir.resolve("store").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld", "ttl", "nt", "rdf"})
    void writesEachSyntaxItsExtensionNamesSoThatJenaReadsItBack(String ext, @TempDir Path dir) {
        Path file = dir.resolve("small." + ext);
        Run r = run("build", "--no-validate", "--data", small.toString(), "--store", dir.resolve("store").toString(),
                "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        var lang = RDFLanguages.filenameToLang(file.toString());
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph back = withoutBuildTime(RDFDataMgr.loadDatasetGraph(file.toString()));
            assertTrue(IsoMatcher.isomorphic(smallNq, back), ext + " holds the same named graphs");
            assertFalse(r.err().contains("note:"), r.err());
        } else {
            DatasetGraph back = DatasetGraphFactory.create(RDFDataMgr.loadGraph(file.toString()));
            Graph union = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(union, smallNq.getUnionGraph());
            assertTrue(union.isIsomorphicWith(withoutBuildTime(back).getDefaultGraph()),
                    ext + " holds the union of all graphs");
            assertTrue(r.err().contains("note: " + file + " holds the union of all graphs"), r.err());
        }
    }

    @Test
    void twoBuildsWriteTheSameFileButForTheBuildTime(@TempDir Path dir) throws IOException {
        List<List<String>> outputs = new ArrayList<>();
        for (String name : List.of("a.nq", "b.nq")) {
            Path nq = dir.resolve(name);
            assertEquals(0, run("build", "--no-validate", "--data", "data", "--store", dir.resolve("store").toString(),
                    "--out", nq.toString()).exit());
            List<String> lines = Files.readAllLines(nq, StandardCharsets.UTF_8);
            List<String> clocks = lines.stream().filter(l -> l.contains("<http://www.w3.org/ns/prov#endedAtTime>"))
                    .toList();
            assertEquals(1, clocks.size(), "one build time");
            outputs.add(lines.stream().filter(l -> !clocks.contains(l)).toList());
        }
        assertTrue(outputs.get(0).size() > 1000);
        assertEquals(outputs.get(0), outputs.get(1));
    }
}
