package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pledgegraph.server.PledgeServer;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pledgegraph serve}: builds the graph if it is missing or stale, then serves it with SPARQL until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the graph if it is missing or older than its inputs (as 'build' would), then serves it "
                + "with an embedded Apache Jena Fuseki until stopped with Ctrl-C.",
                "Read-only unless --update is given; bound to localhost unless --host says otherwise; every query "
                + "stops at the timeout; SERVICE (federated query) is off unless --allow-service is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:the server could not start", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PledgeServer.DEFAULT_PORT,
            description = "The HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = PledgeServer.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 exposes the server to "
                    + "the network.")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + PledgeServer.DEFAULT_TIMEOUT_SECONDS,
            description = "Every query stops after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--allow-service",
            description = "Allow SERVICE (federated query): anonymous queries can then make the server fetch URLs.")
    boolean allowService;

    @Option(names = "--update",
            description = "Add SPARQL update (/pledgegraph/update) and read-write Graph Store (/pledgegraph/data) "
                    + "endpoints, for users in the --password-file only (HTTP Basic authentication).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "F",
            description = "The users allowed to write in update mode: one 'user: password' line per user "
                    + "(Jetty's realm format). Required with --update.")
    Path passwordFile;

    @Option(names = "--rebuild", description = "Build the graph even if it is up to date.")
    boolean rebuild;

    @Option(names = "--no-validate", negatable = false,
            description = "Skip SHACL validation when the graph is (re)built.")
    boolean noValidate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (update && passwordFile == null) {
            throw new UsageException("--update needs --password-file F: writes are only allowed to its users");
        }
        if (!update && passwordFile != null) {
            throw new UsageException("--password-file only applies with --update (the server is read-only without "
                    + "it)");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, not " + port);
        }
        if (timeout < 1) {
            throw new UsageException("--timeout must be at least 1 second, not " + timeout);
        }
        GraphStore store = GraphStore.at(data.store);
        List<Path> dirs = data.dataDirs();
        Optional<String> reason = buildReason(store, dirs, data.base, rebuild);
        if (reason.isPresent()) {
            err.println("Building the graph: " + reason.get() + ".");
            build(store, dirs, err);
        } else {
            err.println("The graph in " + data.store + " is up to date.");
        }

        PledgeServer server;
        try {
            server = PledgeServer.builder().store(data.store).base(data.base).port(port).host(host)
                    .timeoutSeconds(timeout).allowService(allowService).update(update).passwordFile(passwordFile)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            try {
                server.stop();
            } catch (RuntimeException again) {
                // It did not start; the start failure is what the user needs to hear about.
            }
            err.println("pledgegraph: cannot start the server on " + host + ":" + port + ": " + startFailure(e));
            return Main.FAILED;
        }
        Thread hook = new Thread(server::stop, "pledgegraph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        printUrls(server, out);
        if (!PledgeServer.isLoopback(host)) {
            err.println("warning: listening on " + host + ": the server is reachable from the network"
                    + (update ? ", and HTTP Basic passwords travel unencrypted unless a TLS proxy is in front" : ""));
        }
        server.join();
        return Main.OK;
    }

    /** Builds and stores the graph as 'build' does (not strict: files with errors are left out). */
    private void build(GraphStore store, List<Path> dirs, PrintWriter err) {
        GraphBuild.Result r = GraphBuild.rebuild(store, dirs, data.base, !noValidate, err);
        if (r.errorCount() > 0) {
            err.println("note: some input had errors (listed above); serving everything else");
        }
    }

    /**
     * Returns why the graph in {@code store} has to be built before serving, or empty if it is up to date with
     * {@code dirs} and {@code base}.
     */
    static Optional<String> buildReason(GraphStore store, List<Path> dirs, String base, boolean rebuild) {
        if (rebuild) {
            return Optional.of("--rebuild was given");
        }
        if (!java.nio.file.Files.isRegularFile(store.datasetFile()) || store.manifest() == null) {
            return Optional.of("there is no graph in " + store.dir() + " yet");
        }
        if (!store.isFresh(dirs, base)) {
            return Optional.of("the data, the base IRI or the program changed since it was built");
        }
        return Optional.empty();
    }

    /** Prints the server's addresses, one per line, aligned. */
    static void printUrls(PledgeServer server, PrintWriter out) {
        Map<String, String> urls = server.urls();
        int width = urls.keySet().stream().mapToInt(String::length).max().orElse(0);
        out.println("pledgegraph is serving the graph (" + server.context().timeoutSeconds() + " s timeout). "
                + "Stop it with Ctrl-C.");
        urls.forEach((what, url) -> out.println("  " + what + " ".repeat(width - what.length()) + "  " + url));
        out.flush();
    }

    private static String startFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "the port is in use or the address is not this machine's (" + t.getMessage() + ")";
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
