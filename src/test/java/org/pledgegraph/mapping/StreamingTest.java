package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapper is a producer of StreamRDF events: it streams, in a stable order, without holding the corpus. */
class StreamingTest {

    /** A sink that counts what it is sent and checks the order of start, quads and finish. */
    static final class CountingSink implements StreamRDF {
        int starts;
        int finishes;
        int triples;
        long quads;
        int prefixes;
        final List<String> graphsInOrder = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        Consumer<Quad> onQuad = q -> { };

        @Override
        public void start() {
            if (starts++ > 0 || quads > 0 || finishes > 0) {
                problems.add("start after other events");
            }
        }

        @Override
        public void triple(Triple triple) {
            triples++;
        }

        @Override
        public void quad(Quad quad) {
            if (starts != 1 || finishes > 0) {
                problems.add("quad outside start/finish: " + quad);
            }
            quads++;
            String g = quad.getGraph().getURI();
            if (graphsInOrder.isEmpty() || !graphsInOrder.get(graphsInOrder.size() - 1).equals(g)) {
                graphsInOrder.add(g);
            }
            onQuad.accept(quad);
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes++;
        }

        @Override
        public void finish() {
            finishes++;
        }
    }

    private static void items(Path dir, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            item(dir, i, "Item " + i);
        }
    }

    private static void item(Path dir, int i, String title) throws IOException {
        String name = String.format(Locale.ROOT, "item-%02d", i);
        Files.writeString(dir.resolve(name + ".md"), "---\ntitle: \"" + title + "\"\nwebUrl: \"https://example.com/"
                + name + "\"\nprovider:\n  name: Example\n  domain: example.com\n---\nBody of " + name + ".\n");
    }

    @Test
    void sendsStartThenQuadsThenFinishAndCountsWhatItSent() {
        CountingSink sink = new CountingSink();
        MapReport report = Mapper.builder().dataDirs(List.of(Path.of("data"))).buildTime(TestGraphs.BUILD_TIME).build()
                .run(sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(1, sink.starts);
        assertEquals(1, sink.finishes);
        assertEquals(0, sink.triples, "everything is a quad in a named graph");
        assertEquals(report.quads(), sink.quads);
        assertTrue(sink.quads > 1000, "the seeds make more than a thousand quads: " + sink.quads);
        assertTrue(sink.prefixes >= 5, "the prefixes are declared for writers");
        // One run of quads per graph: each file's graph is sent whole, then the build graph last.
        assertEquals(new LinkedHashSet<>(sink.graphsInOrder).size(), sink.graphsInOrder.size(), sink.graphsInOrder.toString());
        assertEquals(TestGraphs.BASE + "graph/build", sink.graphsInOrder.get(sink.graphsInOrder.size() - 1));
        // Catalogs first, then articles, then events, so that articles can mention entities and events cite articles.
        List<String> g = sink.graphsInOrder;
        assertTrue(g.indexOf(TestGraphs.BASE + "graph/catalog/technologies.yaml")
                < g.indexOf(TestGraphs.BASE + "graph/seeds/000_f59e8f0e05a165bf.txt"), g.toString());
        assertTrue(g.indexOf(TestGraphs.BASE + "graph/seeds/004_533119cc18372630.txt")
                < g.indexOf(TestGraphs.BASE + "graph/events/events.yaml"), g.toString());
    }

    @Test
    void emitsArticleFilesInFileOrderWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        items(dir, 40);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add(TestGraphs.BASE + String.format(Locale.ROOT, "graph/item-%02d.md", i));
        }
        expected.add(TestGraphs.BASE + "graph/build");
        for (int threads : new int[] {1, 2, 4}) {
            CountingSink sink = new CountingSink();
            List<Integer> progress = new ArrayList<>();
            Mapper.builder().dataDirs(List.of(dir)).threads(threads).buildTime(TestGraphs.BUILD_TIME).build()
                    .run(sink, (done, total) -> {
                        assertEquals(40, total);
                        progress.add(done);
                    });
            assertEquals(expected, sink.graphsInOrder, threads + " threads");
            assertEquals(40, progress.size());
            assertEquals(1, progress.get(0));
            assertEquals(40, progress.get(39));
        }
    }

    @Test
    void readsFilesOnlyABoundedWindowAheadOfWhatItHasSent(@TempDir Path dir) throws IOException {
        items(dir, 40);
        // When the first article's quads reach the sink, the sink waits long enough for any worker to read every
        // file, then changes one far behind in the order. Had the mapper read (or queued) the whole corpus before
        // sending anything, the old title would be mapped; reading a bounded window ahead, it maps the new one.
        Path last = dir.resolve("item-39.md");
        CountingSink sink = new CountingSink();
        sink.onQuad = q -> {
            if (q.getGraph().getURI().endsWith("graph/item-00.md") && sink.quads == 1) {
                try {
                    Thread.sleep(300);
                    item(dir, 39, "Changed while item 0 was being sent");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        List<String> headlines = new ArrayList<>();
        StreamRDF recorder = new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                if (quad.getPredicate().getURI().equals("https://schema.org/headline")
                        && quad.getSubject().getURI().endsWith("example.com/item-39")) {
                    headlines.add(quad.getObject().getLiteralLexicalForm());
                }
                super.quad(quad);
            }
        };
        Mapper.builder().dataDirs(List.of(dir)).threads(1).buildTime(TestGraphs.BUILD_TIME).build().run(recorder);
        assertTrue(Files.readString(last).contains("Changed while item 0"));
        assertEquals(List.of("Changed while item 0 was being sent"), headlines);
    }

    @Test
    void finishesTheSinkWhenStrictModeStopsAtTheFirstError(@TempDir Path dir) throws IOException {
        items(dir, 3);
        Files.writeString(dir.resolve("item-01.md"), "---\nwebUrl: \"https://example.com/untitled\"\n---\n");
        Files.writeString(dir.resolve("item-02.md"), "---\nwebUrl: \"https://example.com/untitled-too\"\n---\n");
        CountingSink sink = new CountingSink();
        Mapper.StrictStop stop = assertThrows(Mapper.StrictStop.class, () -> Mapper.builder().dataDirs(List.of(dir))
                .strict(true).buildTime(TestGraphs.BUILD_TIME).build().run(sink));
        assertEquals("item-01.md:2: title: missing", stop.getMessage());
        assertEquals(List.of("item-01.md:2: title: missing"), stop.report().errors(), "it stops at the first error");
        assertEquals(1, sink.finishes);
    }
}
