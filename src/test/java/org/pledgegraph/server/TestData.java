package org.pledgegraph.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pledgegraph.mapping.Mapper;
import org.pledgegraph.store.Datasets;
import org.pledgegraph.vocab.PG;

/** The default corpus in {@code data/}, mapped once per test run. */
final class TestData {
    private static DatasetGraph quads;

    private TestData() {
    }

    /** Returns the mapped corpus (do not change it). */
    static synchronized DatasetGraph quads() {
        if (quads == null) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Mapper.builder().dataDirs(List.of(Path.of("data"))).base(PG.DEFAULT_BASE)
                    .buildTime(Instant.parse("2026-01-01T00:00:00Z")).build().run(StreamRDFLib.dataset(dsg));
            quads = dsg;
        }
        return quads;
    }

    /** Returns a new indexed dataset holding the corpus, as the server would load it from the store. */
    static Dataset indexed() {
        return Datasets.indexedCopy(quads());
    }
}
