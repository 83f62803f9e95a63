package org.pledgegraph.server;

import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

/** What the linked-data routes share: the server context, its links, the page time limit and the dump cache. */
final class Site {
    /** Page queries stop after this long unless the server's own query timeout is shorter. */
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);

    private final ServerContext context;
    private final Links links;
    private final Duration timeout;
    private final Dumps dumps;

    Site(ServerContext context) {
        this.context = context;
        this.links = new Links(context.base());
        Duration serverTimeout = Duration.ofSeconds(Math.max(0, context.timeoutSeconds()));
        this.timeout = serverTimeout.isZero() || serverTimeout.compareTo(PAGE_TIMEOUT) > 0 ? PAGE_TIMEOUT
                : serverTimeout;
        this.dumps = new Dumps(context);
    }

    ServerContext context() {
        return context;
    }

    Dataset dataset() {
        return context.dataset();
    }

    DatasetGraph dsg() {
        return context.dataset().asDatasetGraph();
    }

    String base() {
        return context.base();
    }

    Links links() {
        return links;
    }

    Duration timeout() {
        return timeout;
    }

    Dumps dumps() {
        return dumps;
    }
}
