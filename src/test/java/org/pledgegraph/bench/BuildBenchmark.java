package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pledgegraph.mapping.Mapper;
import org.pledgegraph.store.Datasets;

/**
 * Measures, in one run and against each other, what the build and the server spend time on: mapping the 192-item
 * corpus on one and on two threads, and loading the mapped quads (copied to reach about 200,000) into each
 * candidate store. Medians of interleaved rounds; run on purpose with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none}, never in the default test run.
 */
@Tag("benchmark")
class BuildBenchmark {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final int ROUNDS = 7;

    @Test
    void compareMappingThreadsAndStores() {
        assertTrue(Files.isDirectory(CORPUS), "the benchmark needs ../shared/corpus");
        Map<String, Supplier<Long>> mapping = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
            mapping.put("map corpus, " + threads + " thread(s)", () -> time(() -> {
                DatasetGraph sink = DatasetGraphFactory.create();
                Mapper.builder().dataDirs(List.of(CORPUS)).threads(threads).buildTime(Instant.EPOCH).build()
                        .run(StreamRDFLib.dataset(sink));
            }));
        }
        report("Mapping (ms per run)", mapping);

        List<Quad> quads = corpusQuads(25);
        Map<String, Supplier<Long>> stores = new LinkedHashMap<>();
        stores.put("general in-memory (DatasetGraphFactory.create)", () -> time(() -> {
            DatasetGraph d = DatasetGraphFactory.create();
            quads.forEach(d::add);
        }));
        stores.put("TxnMem (DatasetGraphFactory.createTxnMem)", () -> time(() -> {
            DatasetGraph d = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(d, () -> quads.forEach(d::add));
        }));
        stores.put("TDB2 in memory", () -> time(() -> {
            DatasetGraph d = DatabaseMgr.createDatasetGraph();
            Txn.executeWrite(d, () -> quads.forEach(d::add));
        }));
        stores.put("TDB2 in memory + Lucene text index (served)", () -> time(() -> {
            Dataset d = Datasets.indexed();
            Txn.executeWrite(d, () -> quads.forEach(d.asDatasetGraph()::add));
        }));
        System.out.printf(Locale.ROOT, "%nLoading %,d quads%n", quads.size());
        report("Loading (ms per run)", stores);
    }

    /** Maps the corpus once and returns its quads, copied into {@code copies} renamed graphs. */
    private static List<Quad> corpusQuads(int copies) {
        DatasetGraph once = DatasetGraphFactory.create();
        Mapper.builder().dataDirs(List.of(CORPUS)).buildTime(Instant.EPOCH).build().run(StreamRDFLib.dataset(once));
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            String suffix = "/copy" + i;
            once.find().forEachRemaining(q -> out.add(Quad.create(
                    NodeFactory.createURI(q.getGraph().getURI() + suffix),
                    q.getSubject().isURI() ? NodeFactory.createURI(q.getSubject().getURI() + suffix) : q.getSubject(),
                    q.getPredicate(), q.getObject())));
        }
        return out;
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** Runs each case once to warm up, then ROUNDS interleaved rounds, and prints median, min and max. */
    private static void report(String title, Map<String, Supplier<Long>> cases) {
        cases.values().forEach(Supplier::get);
        Map<String, long[]> times = new LinkedHashMap<>();
        cases.keySet().forEach(k -> times.put(k, new long[ROUNDS]));
        for (int round = 0; round < ROUNDS; round++) {
            for (var e : cases.entrySet()) {
                times.get(e.getKey())[round] = e.getValue().get();
            }
        }
        System.out.printf(Locale.ROOT, "%n%s, %d rounds: median (min-max)%n", title, ROUNDS);
        long baseline = -1;
        for (var e : times.entrySet()) {
            long[] t = e.getValue().clone();
            Arrays.sort(t);
            long median = t[t.length / 2];
            if (baseline < 0) {
                baseline = median;
            }
            System.out.printf(Locale.ROOT, "  %-50s %6d ms (%d-%d)  x%.2f of the first%n", e.getKey(), median, t[0],
                    t[t.length - 1], (double) median / Math.max(1, baseline));
        }
    }
}
