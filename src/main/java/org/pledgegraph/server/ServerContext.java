package org.pledgegraph.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.apache.jena.query.Dataset;

/**
 * What every route of the server needs: the (read-only, indexed) dataset, the base IRI its resources are minted
 * under, the dataset's name in URLs ({@code /pledgegraph/sparql}), the store folder (for dumps) and when the data
 * was last built (for Last-Modified and VoID).
 */
public record ServerContext(Dataset dataset, String base, String datasetName, Path store, Instant lastModified,
        int timeoutSeconds) {
    public ServerContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** Returns the path of the SPARQL query endpoint, e.g. {@code /pledgegraph/sparql}. */
    public String sparqlPath() {
        return "/" + datasetName + "/sparql";
    }
}
