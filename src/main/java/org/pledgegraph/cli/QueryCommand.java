package org.pledgegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.pledgegraph.store.Datasets;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.LibraryQuery;
import org.pledgegraph.store.Param;
import org.pledgegraph.store.QueryLibrary;
import org.pledgegraph.vocab.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pledgegraph query}: runs a library query or a query file on the local graph or a remote endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a query of the library (by name, see --list) or a SPARQL file on the built graph, "
                + "building it first if it is missing or stale; or, with --endpoint, on any SPARQL endpoint.",
                "Parameters are bound as RDF terms in the parsed query, never pasted into its text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran", "1:the query or the build failed, or the endpoint could not be reached",
                "2:usage error (unknown query, bad or missing parameter, syntax error in FILE)"})
final class QueryCommand implements Callable<Integer> {
    /** The output syntaxes. */
    enum Format { table, csv, tsv, json, xml }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE",
            description = "A library query's name (e.g. pledge-timeline) or a file of SPARQL.")
    String target;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the query, e.g. --param date=2021-01-01; repeat for several.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). CONSTRUCT and DESCRIBE give "
                    + "Turtle, or JSON-LD for json and RDF/XML for xml.")
    Format format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run on this SPARQL endpoint instead of the local graph.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-width", paramLabel = "N", defaultValue = "80",
            description = "In a table, cut values longer than N characters (default: ${DEFAULT-VALUE}; 0: never).")
    int maxWidth;

    @Option(names = "--list", description = "List the library: each query's name, title and parameters.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QueryLibrary library = QueryLibrary.load();
        if (list) {
            printLibrary(library, out);
            return Main.OK;
        }
        if (target == null) {
            throw new UsageException("give a query NAME or FILE; 'pledgegraph query --list' shows the library");
        }
        if (timeoutSeconds <= 0) {
            throw new UsageException("--timeout must be a positive number of seconds");
        }
        LibraryQuery lq = resolve(library);
        Query query;
        try {
            query = lq.bind(paramValues(), data.base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrefixMapping prefixes = displayPrefixes(query);
        if (endpoint != null) {
            return runRemote(query, prefixes, out);
        }
        Dataset ds = localDataset(err);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                return write(qe, query, prefixes, out);
            } catch (TextIndexParseException e) {
                throw badSearch(e);
            } catch (QueryCancelledException e) {
                throw new IllegalStateException("the query did not finish within " + timeoutSeconds + " s", e);
            }
        });
    }

    /** Returns the library query called {@code target}, else the query in the file {@code target}. */
    private LibraryQuery resolve(QueryLibrary library) {
        var named = library.get(target);
        if (named.isPresent()) {
            return named.get();
        }
        Path file = Path.of(target);
        if (Files.isRegularFile(file)) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                return LibraryQuery.parse(name, file.toString(), text);
            } catch (QueryParseException e) {
                throw new UsageException(QueryLibrary.syntaxError(file.toString(), e));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (target.endsWith(".rq") || target.endsWith(".sparql") || target.contains("/")
                || target.contains(File.separator)) {
            throw new UsageException("no such file: " + target);
        }
        throw new UsageException("unknown query \"" + target + "\"; the library has: "
                + String.join(", ", library.all().stream().map(LibraryQuery::name).toList()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private Map<String, String> paramValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param takes NAME=VALUE, but got \"" + p + "\"");
            }
            String name = p.substring(0, eq);
            if (values.put(name, p.substring(eq + 1)) != null) {
                throw new UsageException("parameter " + name + " is given twice");
            }
        }
        return values;
    }

    /**
     * Returns the store's graph with its text index, first building the store (without validation, and saying so
     * in one line on stderr) when it is missing or stale.
     */
    private Dataset localDataset(PrintWriter err) {
        GraphStore store = GraphStore.at(data.store);
        List<Path> dirs = data.dataDirs();
        if (store.isFresh(dirs, data.base)) {
            return Datasets.indexedFrom(store.datasetFile());
        }
        // Validation is build's job (and can take long on a large corpus); a query only needs the mapped graph.
        GraphBuild.Result r = GraphBuild.run(dirs, data.base, false, false);
        store.save(r.dataset(), dirs, data.base, r.summary());
        err.println("built " + store.dir() + ": " + r.summary()
                + (r.errorCount() > 0 ? " (run 'pledgegraph build' to see them)" : ""));
        err.flush();
        return Datasets.indexedCopy(r.dataset());
    }

    private int runRemote(Query query, PrefixMapping prefixes, PrintWriter out) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).httpClient(client).query(query)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            return write(qe, query, prefixes, out);
        } catch (TextIndexParseException e) {
            throw badSearch(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("query failed at " + endpoint + ": " + remoteFailure(e), e);
        }
    }

    /** Returns what went wrong with a remote query in a few words: no connection, a timeout, or the HTTP status. */
    private String remoteFailure(RuntimeException e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof UnresolvedAddressException
                    || t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof ConnectException) {
                return "cannot connect" + (t.getMessage() == null ? "" : " (" + oneLine(t.getMessage()) + ")");
            }
            if (t instanceof HttpTimeoutException || t instanceof QueryCancelledException) {
                return "no answer within " + timeoutSeconds + " s";
            }
            if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                String body = http.getResponse() == null ? "" : oneLine(http.getResponse());
                if (body.length() > 200) {
                    body = body.substring(0, 200) + "…";
                }
                return "HTTP " + http.getStatusCode() + (http.getResponseMessage() == null ? ""
                        : " " + http.getResponseMessage()) + (body.isEmpty() ? "" : ": " + body);
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : oneLine(root.getMessage());
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /** A search text Lucene cannot parse is the user's to fix, like a bad parameter. */
    private static UsageException badSearch(TextIndexParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return new UsageException("the search text is not a valid Lucene query: " + oneLine(m)
                .replaceFirst("^Text search parse error: ", ""));
    }

    /** Runs {@code qe} and writes its result in the chosen format. */
    private int write(QueryExecution qe, Query query, PrefixMapping prefixes, PrintWriter out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultTable.print(rs, prefixes, maxWidth, out);
                case csv -> ResultSetFormatter.output(bytes, rs, ResultSetLang.RS_CSV);
                case tsv -> ResultSetFormatter.output(bytes, rs, ResultSetLang.RS_TSV);
                case json -> ResultSetFormatter.output(bytes, rs, ResultSetLang.RS_JSON);
                case xml -> ResultSetFormatter.output(bytes, rs, ResultSetLang.RS_XML);
            }
        } else if (query.isAskType()) {
            boolean yes = qe.execAsk();
            switch (format) {
                case table -> out.println(yes ? "yes" : "no");
                case csv -> ResultSetFormatter.output(bytes, yes, ResultSetLang.RS_CSV);
                case tsv -> ResultSetFormatter.output(bytes, yes, ResultSetLang.RS_TSV);
                case json -> ResultSetFormatter.output(bytes, yes, ResultSetLang.RS_JSON);
                case xml -> ResultSetFormatter.output(bytes, yes, ResultSetLang.RS_XML);
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(prefixes);
            RDFFormat f = switch (format) {
                case json -> RDFFormat.JSONLD11;
                case xml -> RDFFormat.RDFXML_PRETTY;
                default -> RDFFormat.TURTLE_PRETTY;
            };
            RDFDataMgr.write(bytes, m, f);
        }
        if (bytes.size() > 0) {
            out.print(bytes.toString(StandardCharsets.UTF_8));
        }
        out.flush();
        return Main.OK;
    }

    /** Returns the query's own prefixes, the project's, and {@code pgr:} for the base, for short IRIs. */
    private PrefixMapping displayPrefixes(Query query) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Namespaces.prefixes());
        pm.setNsPrefixes(query.getPrefixMapping());
        pm.setNsPrefix("pgr", data.base);
        return pm;
    }

    private static void printLibrary(QueryLibrary library, PrintWriter out) {
        for (LibraryQuery q : library.all()) {
            out.println(q.name() + ": " + q.title());
            for (Param p : q.params()) {
                String description = p.required() ? p.description()
                        : p.description().replaceFirst("^(?i)optional[:.,]?\\s*", "");
                out.println("    --param " + p.name() + "=" + quoteIfNeeded(p.example()) + "   (" + p.type()
                        + (p.required() ? "" : ", optional") + ") " + description);
            }
        }
        out.flush();
    }

    private static String quoteIfNeeded(String s) {
        return s.matches("[^\\s\"'$`\\\\]*") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
