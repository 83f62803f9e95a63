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

/** The seed data of data/, mapped once per test run into the indexed in-memory dataset the server serves. */
final class LinkedDataSeed {
    static final String BASE = "https://w3id.org/pledgegraph/";
    static final Instant BUILT = Instant.parse("2024-05-01T12:00:00Z");
    static final String IBM = BASE + "organization/ibm";
    static final String ARTICLE = BASE + "article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress";
    static final String EVENT = BASE + "event/2020-06-08-ibm-exits-facial-recognition";
    static final String CONTRACT = BASE + "event/2023-08-ibm-home-office-biometrics-contract";

    private static Dataset dataset;

    private LinkedDataSeed() {
    }

    /** Returns the dataset of the seed data; every caller gets the same one. */
    static synchronized Dataset dataset() {
        if (dataset == null) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Mapper.builder().dataDirs(List.of(Path.of("data"))).base(BASE).buildTime(BUILT).build()
                    .run(StreamRDFLib.dataset(dsg));
            dataset = Datasets.indexedCopy(dsg);
        }
        return dataset;
    }
}
