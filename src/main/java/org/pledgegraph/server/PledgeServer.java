package org.pledgegraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.pledgegraph.store.Datasets;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.LibraryQuery;
import org.pledgegraph.store.QueryLibrary;
import org.pledgegraph.vocab.PG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pledgegraph SPARQL server: an embedded Fuseki serving one read-only dataset, {@code /pledgegraph}, with a
 * query endpoint, a Graph Store Protocol read endpoint, ping, Prometheus metrics, CORS, a query page at {@code /}
 * and the linked-data routes. Updates and uploads exist only in update mode, and then only for users in a
 * password file. Every request is held to a timeout by ARQ and by a watchdog of our own.
 *
 * <pre>
 *   PledgeServer server = PledgeServer.builder().store(Path.of("target/store")).port(0).build().start();
 *   ... server.port() ...
 *   server.stop();
 * </pre>
 */
public final class PledgeServer {
    /** The dataset's name in URLs: {@code /pledgegraph/sparql}. */
    public static final String DATASET = "pledgegraph";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** The largest request body accepted (1 MiB): far more than any hand-written query needs. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    /** The largest body accepted in update mode, where authenticated users may upload data (256 MiB). */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L << 20;
    /** How long after its deadline a request that is still running gets cut off by the watchdog. */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(PledgeServer.class);

    private final FusekiServer fuseki;
    private final QueryWatchdog watchdog;
    private final ServerContext context;
    private final String host;
    private final boolean update;

    private PledgeServer(FusekiServer fuseki, QueryWatchdog watchdog, ServerContext context, String host,
            boolean update) {
        this.fuseki = fuseki;
        this.watchdog = watchdog;
        this.context = context;
        this.host = host;
        this.update = update;
    }

    /** Returns a builder with the safe defaults: localhost, port 3030, read-only, 30 s timeout, no SERVICE. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server in the background and returns it. */
    public PledgeServer start() {
        fuseki.start();
        LOG.info("pledgegraph server listening on {} ({}; {} s timeout)", urls().get("Query UI"),
                update ? "update mode: writes need a password" : "read-only", context.timeoutSeconds());
        return this;
    }

    /** Returns the HTTP port, the actual one when the builder asked for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Stops the server and its watchdog. */
    public void stop() {
        try {
            fuseki.stop();
        } finally {
            watchdog.close();
        }
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Returns what the routes share: the dataset, base IRI, dataset name, store, last build and timeout. */
    public ServerContext context() {
        return context;
    }

    /** Returns the server's addresses by what they are, in the order to print them. */
    public Map<String, String> urls() {
        String root = "http://" + urlHost(host) + ":" + port();
        String ds = root + "/" + DATASET;
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("Query UI", root + "/");
        urls.put("SPARQL endpoint", ds + "/sparql");
        urls.put("Graph Store (read)", ds + "/get");
        if (update) {
            urls.put("SPARQL update (password)", ds + "/update");
            urls.put("Graph Store (read-write, password)", ds + "/data");
        }
        urls.put("Ping", root + "/$/ping");
        urls.put("Metrics", root + "/$/metrics");
        if (hasRoute("/timeline")) {
            urls.put("Timeline", root + "/timeline");
        }
        if (hasRoute("/.well-known/void")) {
            urls.put("Dataset description (VoID)", root + "/.well-known/void");
        }
        return urls;
    }

    /** Returns the embedded Fuseki, for tests that tune Jetty before starting. */
    FusekiServer fuseki() {
        return fuseki;
    }

    /** Returns how many requests the watchdog has cut off. */
    long cutOffs() {
        return watchdog.cutOffs();
    }

    /** Returns true if a servlet or filter is mapped to {@code path} (exactly, or as {@code path/*}). */
    private boolean hasRoute(String path) {
        ServletContextHandler h = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        if (h == null) {
            return false;
        }
        ServletHandler sh = h.getServletHandler();
        Stream<String[]> specs = Stream.concat(
                sh.getServletMappings() == null ? Stream.empty()
                        : Stream.of(sh.getServletMappings()).map(m -> m.getPathSpecs()),
                sh.getFilterMappings() == null ? Stream.empty()
                        : Stream.of(sh.getFilterMappings()).map(m -> m.getPathSpecs()));
        return specs.filter(Objects::nonNull).flatMap(Stream::of)
                .anyMatch(s -> s.equals(path) || s.equals(path + "/*"));
    }

    /** Returns true if {@code host} names only this machine (so the server is not reachable from elsewhere). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Configures and builds a {@link PledgeServer}; setters are named after the properties they set. */
    public static final class Builder {
        private Dataset dataset;
        private Path store;
        private String base = PG.DEFAULT_BASE;
        private Instant lastModified;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        private boolean allowService;
        private boolean update;
        private Path passwordFile;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private List<LibraryQuery> examples;
        private Duration grace = DEFAULT_GRACE;

        private Builder() {
        }

        /** Sets the data to serve; without it, the store's {@code dataset.nq} is loaded and indexed. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Sets the store folder the data was built into (also where the linked-data dumps come from). */
        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        /** Sets the base IRI the data's resources are minted under. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Sets when the data was last built (default: the store file's modification time, else now). */
        public Builder lastModified(Instant lastModified) {
            this.lastModified = lastModified;
            return this;
        }

        /** Sets the HTTP port; 0 picks a free one (see {@link PledgeServer#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Sets the address to listen on: {@code localhost} (default) or {@code 0.0.0.0} to expose the server. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Sets the timeout every request is held to, in seconds (default 30). */
        public Builder timeoutSeconds(int timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /** Allows SERVICE (federated query), which makes the server fetch URLs that anonymous queries name. */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /** Adds the update and read-write Graph Store endpoints, for users in the password file only. */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        /** Sets the password file for update mode (Jetty's format: one {@code user: password} line per user). */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** Sets the largest request body accepted (default 1 MiB). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Sets the largest body accepted by the write endpoints in update mode (default 256 MiB). */
        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** Sets the example queries offered on the query page (default: the library shipped in the jar). */
        public Builder examples(List<LibraryQuery> examples) {
            this.examples = List.copyOf(examples);
            return this;
        }

        /** Sets how long after its deadline a still-running request is cut off (tests shorten it). */
        Builder grace(Duration grace) {
            this.grace = grace;
            return this;
        }

        /**
         * Builds the server without starting it.
         *
         * @throws IllegalArgumentException for a bad setting (port, timeout, update mode without a usable password
         *         file)
         * @throws IllegalStateException if script functions are switched on in this JVM, or the store has no graph
         */
        public PledgeServer build() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
            }
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException("the timeout must be at least 1 second, not " + timeoutSeconds);
            }
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("the host to listen on is empty");
            }
            if (maxRequestBytes < 1024 || maxUploadBytes < maxRequestBytes) {
                throw new IllegalArgumentException("request size limits are too small");
            }
            if (update && passwordFile == null) {
                throw new IllegalArgumentException("update mode needs a password file");
            }
            if (update) {
                PasswordFile.check(passwordFile);
            }
            if ("true".equalsIgnoreCase(System.getProperty(ARQ.systemPropertyScripting))) {
                throw new IllegalStateException("script functions are switched on in this JVM (-D"
                        + ARQ.systemPropertyScripting + "=true); the server never runs with them");
            }
            Dataset data = dataset != null ? dataset : loadStore();
            Instant built = lastModified != null ? lastModified : storeTime();
            Path storeDir = store != null ? store : Path.of("target/store");

            // Our settings go in a context of our own, on a wrapper: the caller's dataset is left as it was.
            // ARQ reads the timeout and SERVICE switch from the query's context, which includes this one.
            DatasetGraph inner = data.asDatasetGraph();
            Context ctx = inner.getContext().copy();
            ctx.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
            ctx.set(ARQ.httpServiceAllowed, allowService);
            DatasetGraph served = served(inner, ctx, update);

            ServerContext sc = new ServerContext(DatasetFactory.wrap(served), base, DATASET, storeDir, built,
                    timeoutSeconds);
            QueryWatchdog watchdog = new QueryWatchdog(Duration.ofSeconds(timeoutSeconds), grace);

            DataService.Builder service = DataService.newBuilder(served)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (update) {
                service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            }
            Set<String> writePaths = Set.of("/" + DATASET + "/update", "/" + DATASET + "/data");
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .loopback(false) // the connector is bound to the host below
                    .fusekiModules(FusekiModules.empty()) // nothing found on the classpath adds endpoints
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(false)
                    .enableTasks(false)
                    .enableCompact(false)
                    .enableCors(false, null) // our own settings: see CorsFilter
                    .registerOperation(Operation.Query, new GuardedQuery())
                    .add(DATASET, service)
                    .addFilter("/*", new CorsFilter())
                    .addFilter("/*", new RequestSizeFilter(maxRequestBytes,
                            update ? maxUploadBytes : maxRequestBytes, writePaths))
                    .addFilter("/*", watchdog.filter());
            if (update) {
                fb.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm(DATASET)
                        .addFilter("/*", new CrossSiteWriteFilter(writePaths));
            }
            QueryPage.register(fb, examples != null ? examples : QueryLibrary.load().all(), base);
            LinkedData.register(fb, sc);

            FusekiServer fuseki = fb.build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector connector) {
                    connector.setHost(host);
                }
            }
            ServletContextHandler handler = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
            if (handler != null) {
                handler.setMaxFormContentSize((int) Math.min(maxRequestBytes, Integer.MAX_VALUE));
            }
            return new PledgeServer(fuseki, watchdog, sc, host, update);
        }

        /**
         * Returns the dataset as served: with our context, and with the union of the named graphs as its default
         * graph (what queries see, and what a Graph Store read of {@code ?default} returns); read-only unless
         * {@code writable}.
         */
        private static DatasetGraph served(DatasetGraph inner, Context ctx, boolean writable) {
            if (writable) {
                return new DatasetGraphWrapper(inner, ctx) {
                    @Override
                    public Graph getDefaultGraph() {
                        return new GraphReadOnly(getWrapped().getUnionGraph());
                    }
                };
            }
            return new DatasetGraphReadOnly(inner, ctx) {
                @Override
                public Graph getDefaultGraph() {
                    return new GraphReadOnly(getWrapped().getUnionGraph());
                }
            };
        }

        private Dataset loadStore() {
            if (store == null) {
                throw new IllegalArgumentException("give the server a dataset or a store folder");
            }
            Path file = GraphStore.at(store).datasetFile();
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("there is no graph in " + store + " yet: run 'pledgegraph build'");
            }
            return Datasets.indexedFrom(file);
        }

        private Instant storeTime() {
            if (store != null) {
                try {
                    return Files.getLastModifiedTime(GraphStore.at(store).datasetFile()).toInstant();
                } catch (java.io.IOException e) {
                    // No store file: the data was given directly.
                }
            }
            return Instant.now();
        }
    }
}
