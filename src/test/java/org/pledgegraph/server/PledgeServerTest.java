package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.store.LibraryQuery;
import org.pledgegraph.store.Param;
import org.pledgegraph.vocab.PG;

/** A real server on a free port, spoken to over HTTP as clients do. */
class PledgeServerTest {
    private static final String PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX pg: <" + PG.NS + "> ";
    private static final String SELECT = PREFIXES
            + "SELECT ?event ?name WHERE { ?event a pg:Moratorium ; schema:name ?name } ORDER BY ?event";
    private static final String CONSTRUCT = PREFIXES
            + "CONSTRUCT { ?event schema:name ?name ; pg:date ?date } "
            + "WHERE { ?event a pg:Moratorium ; schema:name ?name ; pg:date ?date }";
    private static final String EVENT = PG.DEFAULT_BASE + "event/2020-06-10-amazon-rekognition-moratorium";
    private static final String DESCRIBE = "DESCRIBE <" + EVENT + ">";

    /** Examples with characters that must be escaped in HTML, to show that they are. */
    private static final List<LibraryQuery> EXAMPLES = List.of(
            new LibraryQuery("moratoria", "Moratoria & their <ends>", "Which \"moratoria\" end, and when",
                    List.of(new Param("date", "xsd:date", "2021-01-01", "The day to check")),
                    "# title: Moratoria\nSELECT * { ?s ?p \"</pre><script>alert(1)</script>\" }\n"),
            new LibraryQuery("count", "Count everything", "", List.of(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }\n"));

    private static Dataset data;
    private static PledgeServer server;
    private static String root;
    private static String sparql;

    @BeforeAll
    static void start() {
        data = TestData.indexed();
        server = PledgeServer.builder().dataset(data).port(0).examples(EXAMPLES).build().start();
        root = "http://localhost:" + server.port();
        sparql = root + "/pledgegraph/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The three ways the SPARQL protocol sends a query. */
    private static BiFunction<String, String, HttpResponse<String>> method(String name) {
        return switch (name) {
            case "GET" -> (q, accept) -> Http.queryGet(sparql, q, accept);
            case "POST-form" -> (q, accept) -> Http.queryForm(sparql, q, accept);
            case "POST-body" -> (q, accept) -> Http.queryBody(sparql, q, accept);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Returns the rows of a SELECT run in-process on the same data, as strings in CSV's lexical form. */
    private static List<List<String>> expectedRows(String query) {
        List<List<String>> rows = new ArrayList<>();
        Txn.executeRead(data, () -> {
            try (QueryExecution qe = QueryExecution.dataset(data).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(s -> rows.add(row(s, vars)));
            }
        });
        return rows;
    }

    private static List<String> row(QuerySolution s, List<String> vars) {
        List<String> r = new ArrayList<>();
        for (String v : vars) {
            var n = s.get(v);
            r.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        }
        return r;
    }

    private static Graph expectedGraph(String query) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(data, () -> {
            try (QueryExecution qe = QueryExecution.dataset(data).query(query).build()) {
                Graph result = query.startsWith("DESCRIBE") ? qe.execDescribe().getGraph()
                        : qe.execConstruct().getGraph();
                result.find().forEachRemaining(g::add);
            }
        });
        return g;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "GET, application/sparql-results+json, RS_JSON",
        "GET, application/sparql-results+xml, RS_XML",
        "GET, text/csv, RS_CSV",
        "GET, text/tab-separated-values, RS_TSV",
        "POST-form, application/sparql-results+json, RS_JSON",
        "POST-form, application/sparql-results+xml, RS_XML",
        "POST-form, text/csv, RS_CSV",
        "POST-form, text/tab-separated-values, RS_TSV",
        "POST-body, application/sparql-results+json, RS_JSON",
        "POST-body, text/csv, RS_CSV"})
    void answersSelectInEveryResultFormat(String how, String accept, String langName) throws Exception {
        Lang lang = (Lang) ResultSetLang.class.getField(langName).get(null);
        List<List<String>> expected = expectedRows(SELECT);
        assertFalse(expected.isEmpty(), "the corpus has moratoria");

        HttpResponse<String> r = method(how).apply(SELECT, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept, Http.type(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        List<List<String>> actual = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        rs.forEachRemaining(s -> actual.add(row(s, vars)));
        assertEquals(List.of("event", "name"), vars);
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "GET, CONSTRUCT, text/turtle, TURTLE",
        "GET, CONSTRUCT, application/n-triples, NTRIPLES",
        "GET, CONSTRUCT, application/ld+json, JSONLD",
        "POST-form, CONSTRUCT, text/turtle, TURTLE",
        "POST-form, CONSTRUCT, application/n-triples, NTRIPLES",
        "POST-form, CONSTRUCT, application/ld+json, JSONLD",
        "GET, DESCRIBE, text/turtle, TURTLE",
        "GET, DESCRIBE, application/n-triples, NTRIPLES",
        "GET, DESCRIBE, application/ld+json, JSONLD",
        "POST-body, DESCRIBE, text/turtle, TURTLE"})
    void answersConstructAndDescribeInEveryRdfFormat(String how, String form, String accept, String langName)
            throws Exception {
        String query = form.equals("CONSTRUCT") ? CONSTRUCT : DESCRIBE;
        Lang lang = (Lang) org.apache.jena.riot.RDFLanguages.class.getField(langName).get(null);
        Graph expected = expectedGraph(query);
        assertFalse(expected.isEmpty());

        HttpResponse<String> r = method(how).apply(query, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(accept, Http.type(r));
        Graph actual = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(actual);
        assertTrue(expected.isIsomorphicWith(actual), () -> "not the same graph as in-process:\n" + r.body());
    }

    @Test
    void answersAskAndFindsWordsWithTextQuery() {
        String ask = PREFIXES + "ASK { <" + EVENT + "> a pg:Moratorium }";
        HttpResponse<String> r = Http.queryGet(sparql, ask, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("true", ((JsonObject) JSON.parseAny(r.body())).get("boolean").toString());

        String text = PREFIXES + "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT DISTINCT ?s WHERE { ?s text:query \"moratorium\" ; a pg:Moratorium }";
        HttpResponse<String> t = Http.queryForm(sparql, text, "text/csv");
        assertEquals(200, t.statusCode(), t.body());
        assertTrue(t.body().contains(EVENT), t.body());
    }

    @Test
    void alsoAnswersQueriesAtTheQueryEndpoint() {
        HttpResponse<String> r = Http.queryGet(root + "/pledgegraph/query", SELECT, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(EVENT));
    }

    @Test
    void graphStoreReadsANamedGraphAndTheUnionDefaultGraph() {
        String graphName = PG.DEFAULT_BASE + "graph/events/events.yaml";
        HttpResponse<String> named = Http.get(root + "/pledgegraph/get?graph=" + Http.enc(graphName), "text/turtle");
        assertEquals(200, named.statusCode(), named.body());
        // Compared with the served (TDB2) dataset: TDB2 stores xsd:decimal in canonical form ("1" -> "1.0").
        Graph expectedNamed = copy(NodeFactory.createURI(graphName));
        assertFalse(expectedNamed.isEmpty());
        assertTrue(expectedNamed.isIsomorphicWith(parse(named.body(), Lang.TURTLE)));

        HttpResponse<String> union = Http.get(root + "/pledgegraph/get?default", "application/n-triples");
        assertEquals(200, union.statusCode());
        Graph expectedUnion = copy(null);
        // The served data is the corpus plus the VoID description that LinkedData.register adds (graph/void).
        long voidTriples = Txn.calculateRead(data, () -> data.asDatasetGraph()
                .getGraph(NodeFactory.createURI(PG.DEFAULT_BASE + "graph/void")).size());
        assertTrue(voidTriples > 0, "the VoID description is part of the data");
        assertEquals(TestData.quads().getUnionGraph().size() + voidTriples, expectedUnion.size());
        Graph actualUnion = parse(union.body(), Lang.NTRIPLES);
        assertEquals(expectedUnion.size(), actualUnion.size());
        assertTrue(expectedUnion.isIsomorphicWith(actualUnion));
    }

    /** Returns a copy of a named graph of the served data, or of the union of them all for null. */
    private static Graph copy(org.apache.jena.graph.Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(data, () -> {
            Graph source = name == null ? data.asDatasetGraph().getUnionGraph() : data.asDatasetGraph().getGraph(name);
            source.find().forEachRemaining(g::add);
        });
        return g;
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static String count() {
        HttpResponse<String> r = Http.queryGet(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                "text/csv");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    @Test
    void refusesEveryWayOfWritingWithoutUpdateMode() {
        String before = count();
        String turtle = "<http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> .";
        String update = "INSERT DATA { GRAPH <http://example.org/x/g> { <http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> } }";
        String ds = root + "/pledgegraph";
        Map<String, HttpRequest> attempts = Map.ofEntries(
                Map.entry("update form on /sparql", Http.request(sparql)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.enc(update))).build()),
                Map.entry("update body on /sparql", Http.request(sparql)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build()),
                Map.entry("update on the dataset", Http.request(ds)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build()),
                Map.entry("/update", Http.request(ds + "/update")
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build()),
                Map.entry("POST /data", Http.request(ds + "/data?graph=http://example.org/x/g")
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                Map.entry("POST /upload", Http.request(ds + "/upload")
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                Map.entry("POST data to the dataset", Http.request(ds + "?graph=http://example.org/x/g")
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                Map.entry("PUT /get", Http.request(ds + "/get?graph=http://example.org/x/g")
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                Map.entry("POST /get", Http.request(ds + "/get?default")
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                Map.entry("DELETE /get", Http.request(ds + "/get?default").DELETE().build()));
        attempts.forEach((what, request) -> {
            int status = Http.sendAlone(request).statusCode();
            assertTrue(List.of(400, 404, 405, 415).contains(status), what + " answered " + status);
        });
        assertEquals(before, count(), "the data did not change");
    }

    @Test
    void refusesServiceEvenToItself() {
        // Port 1 on the loopback is closed: were SERVICE attempted, the error would be a connection failure.
        String closed = "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.queryForm(sparql, closed, "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());

        // The server itself would answer, so any row would show that the SERVICE call was made.
        String self = "SELECT * { SERVICE <" + sparql + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> s = Http.queryForm(sparql, self, "text/csv");
        assertTrue(s.statusCode() >= 400 && s.body().contains("SERVICE execution disabled"), s.body());
        HttpResponse<String> silent = Http.queryForm(sparql, self.replace("SERVICE", "SERVICE SILENT"),
                "application/sparql-results+json");
        assertEquals(200, silent.statusCode(), "SILENT turns the refusal into no answer");
        JsonArray rows = ((JsonObject) JSON.parseAny(silent.body())).getObj("results").get("bindings").getAsArray();
        assertTrue(rows.stream().noneMatch(row -> row.getAsObject().hasKey("s")), silent.body());
    }

    @Test
    void runsNoScriptFunctions() {
        String q = "SELECT ?x { BIND(<http://jena.apache.org/ARQ/jsFunction#f>(1) AS ?x) }";
        HttpResponse<String> r = Http.queryForm(sparql, q, "application/sparql-results+json");
        if (r.statusCode() == 200) {
            JsonArray rows = ((JsonObject) JSON.parseAny(r.body())).getObj("results").get("bindings").getAsArray();
            assertEquals(1, rows.size());
            assertFalse(rows.get(0).getAsObject().hasKey("x"), "the script function did not produce a value");
        }
        String before = System.getProperty(ARQ.systemPropertyScripting);
        System.setProperty(ARQ.systemPropertyScripting, "true");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> PledgeServer.builder().dataset(data).port(0).build());
            assertTrue(e.getMessage().contains("script functions"));
        } finally {
            if (before == null) {
                System.clearProperty(ARQ.systemPropertyScripting);
            } else {
                System.setProperty(ARQ.systemPropertyScripting, before);
            }
        }
    }

    @Test
    void answersPingAndPrometheusMetrics() {
        HttpResponse<String> ping = Http.get(root + "/$/ping", "*/*");
        assertEquals(200, ping.statusCode());
        Http.queryGet(sparql, SELECT, "text/csv");
        HttpResponse<String> metrics = Http.get(root + "/$/metrics", "*/*");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
        assertTrue(metrics.body().contains("fuseki_requests_good"), "per-endpoint request counters");
        assertEquals(404, Http.get(root + "/$/stats", "*/*").statusCode(), "no statistics endpoint");
        assertEquals(404, Http.get(root + "/$/datasets", "*/*").statusCode(), "no admin endpoint");
    }

    @Test
    void allowsCrossOriginQueriesWithoutCredentials() {
        HttpResponse<String> r = Http.send(Http.request(sparql + "?query=" + Http.enc("ASK {}"))
                .header("Origin", "https://tools.example.org").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("https://tools.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertNotEquals("true", r.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));

        HttpResponse<String> preflight = Http.send(Http.request(sparql)
                .header("Origin", "https://tools.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void refusesRequestBodiesOverTheLimit() {
        String big = "# " + "x".repeat((int) PledgeServer.DEFAULT_MAX_REQUEST_BYTES) + "\nASK {}";
        HttpResponse<String> declared = Http.sendAlone(Http.request(sparql)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, declared.statusCode(), declared.body());

        // A body of unknown length (chunked) is refused as it passes the limit.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> chunked = Http.sendAlone(Http.request(sparql)
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes)))
                    .build());
            assertEquals(413, chunked.statusCode(), chunked.body());
        } catch (java.io.UncheckedIOException e) {
            // The server may close the connection while the client is still sending: also a refusal.
        }
        HttpResponse<String> form = Http.sendAlone(Http.request(sparql)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.enc(big))).build());
        assertEquals(413, form.statusCode(), "a form post too");
        HttpResponse<String> small = Http.queryBody(sparql, "ASK {}", "application/sparql-results+json");
        assertEquals(200, small.statusCode(), "normal requests still work");
    }

    @Test
    void servesTheQueryPageWithTheExamplesEscapedAndNothingFromElsewhere() {
        HttpResponse<String> page = Http.get(root + "/", "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html", Http.type(page));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
        String html = page.body();
        assertTrue(html.contains("Moratoria &amp; their &lt;ends&gt;"), "title escaped");
        assertTrue(html.contains("Which &#34;moratoria&#34; end, and when"), "description escaped");
        assertTrue(html.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "query text escaped");
        assertFalse(html.contains("<script>alert"), "nothing from an example is markup");
        assertTrue(html.contains("id=\"example-count\"") && html.contains("Count everything"));
        assertTrue(html.contains("<code>?date</code>") && html.contains("2021-01-01"), "parameters listed");
        assertTrue(html.contains("href=\"/timeline\"") && html.contains("href=\"/.well-known/void\""));
        assertTrue(html.contains("action=\"/pledgegraph/sparql\""));
        for (String attr : List.of("src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import")) {
            assertFalse(html.contains(attr), "loads nothing from elsewhere: " + attr);
        }
        for (String asset : List.of("/ui/app.js", "/ui/app.css")) {
            HttpResponse<String> a = Http.get(root + asset, "*/*");
            assertEquals(200, a.statusCode(), asset);
            assertFalse(a.body().contains("http://") && a.body().contains("import "), asset);
            assertTrue(html.contains("\"" + asset + "\""), "the page uses " + asset);
        }
        assertEquals(404, Http.get(root + "/ui/nothing.js", "*/*").statusCode());
    }

    @Test
    void thePageFormWorksWithoutScriptInEveryFormatItOffers() {
        String html = Http.get(root + "/", "text/html").body();
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*data-accept=\"([^\",;]+)[^\"]*\">([^<]+)<")
                .matcher(html);
        int options = 0;
        while (m.find()) {
            options++;
            String output = m.group(1);
            String type = m.group(2).strip();
            boolean graph = m.group(3).contains("CONSTRUCT");
            String query = graph ? CONSTRUCT : SELECT;
            HttpResponse<String> r = Http.send(Http.request(sparql)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.enc(query) + "&output=" + output))
                    .build());
            assertEquals(200, r.statusCode(), m.group(3) + ": " + r.body());
            assertEquals(type, Http.type(r), m.group(3));
        }
        assertEquals(8, options, "every result format is offered");
    }

    @Test
    void allowsServiceOnlyWhenAskedTo() {
        PledgeServer open = PledgeServer.builder().dataset(data).port(0).allowService(true).examples(List.of())
                .build().start();
        try {
            String q = PREFIXES + "SELECT ?event WHERE { SERVICE <" + sparql + "> { ?event a pg:Moratorium } } "
                    + "ORDER BY ?event";
            HttpResponse<String> r = Http.queryForm("http://localhost:" + open.port() + "/pledgegraph/sparql", q,
                    "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(EVENT), r.body());
        } finally {
            open.stop();
        }
    }

    @Test
    void servesTheExamplesAsJson() {
        HttpResponse<String> r = Http.get(root + "/queries.json", "application/json");
        assertEquals(200, r.statusCode());
        JsonArray all = JSON.parseAny(r.body()).getAsArray();
        assertEquals(EXAMPLES.size(), all.size());
        JsonObject first = all.get(0).getAsObject();
        assertEquals(EXAMPLES.get(0).name(), first.getString("name"));
        assertEquals(EXAMPLES.get(0).title(), first.getString("title"));
        assertEquals(EXAMPLES.get(0).text(), first.getString("text"), "the text survives exactly");
        assertEquals("date", first.get("params").getAsArray().get(0).getAsObject().getString("name"));
    }

    @Test
    void listsItsUrlsWithTheActualPort() {
        Map<String, String> urls = server.urls();
        assertEquals(root + "/", urls.get("Query UI"));
        assertEquals(sparql, urls.get("SPARQL endpoint"));
        assertEquals(root + "/pledgegraph/get", urls.get("Graph Store (read)"));
        assertEquals(root + "/$/ping", urls.get("Ping"));
        assertEquals(root + "/$/metrics", urls.get("Metrics"));
        assertFalse(urls.keySet().stream().anyMatch(k -> k.contains("update")), "read-only: " + urls.keySet());
        assertEquals(PledgeServer.DEFAULT_TIMEOUT_SECONDS, server.context().timeoutSeconds());
        assertEquals("/pledgegraph/sparql", server.context().sparqlPath());
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertTrue(PledgeServer.isLoopback(PledgeServer.DEFAULT_HOST));
        assertFalse(PledgeServer.isLoopback("0.0.0.0"));
        InetAddress external = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        Assumptions.assumeTrue(external != null, "this machine has no network address besides loopback");
        try (Socket s = new Socket()) {
            assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(external, server.port()), 2000),
                    "the server does not answer on " + external);
        }
    }
}
