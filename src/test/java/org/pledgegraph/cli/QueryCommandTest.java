package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.store.Datasets;
import org.pledgegraph.store.GraphStore;

class QueryCommandTest {
    @TempDir
    static Path dir;

    private static Path store;
    private static Run firstRun;
    private static FusekiServer server;

    /** One run of the command line: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code query ARGS} on the seed data with the test's own store. */
    private static Run query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--data", "data", "--store", store.toString()));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void buildTheStoreOnce() {
        store = dir.resolve("store");
        firstRun = query("pledge-timeline");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static synchronized String endpoint() {
        if (server == null) {
            Dataset ds = Datasets.indexedFrom(GraphStore.at(store).datasetFile());
            server = FusekiServer.create().port(0).loopback(true).add("/ds", ds, false).build().start();
        }
        return "http://localhost:" + server.getHttpPort() + "/ds";
    }

    @Test
    void buildsAMissingStoreQuietlyAndThenReusesIt() {
        assertEquals(0, firstRun.code(), firstRun.err());
        assertTrue(Files.isRegularFile(store.resolve("dataset.nq")));
        List<String> err = firstRun.err().lines().toList();
        assertEquals(1, err.size(), firstRun.err());
        assertTrue(err.get(0).startsWith("built " + store + ": files 12, articles 31,"), err.get(0));
        Run again = query("pledge-timeline");
        assertEquals(0, again.code());
        assertEquals("", again.err());
        assertEquals(firstRun.out(), again.out());
    }

    @Test
    void printsThePledgeTimelineAsATable() {
        List<String> lines = firstRun.lines();
        // A rule, the header, a double rule, 16 events and a closing rule.
        assertEquals(20, lines.size(), firstRun.out());
        assertTrue(lines.get(0).matches("-+"));
        assertEquals(List.of("date", "precision", "type", "event", "actors", "sources"), cells(lines.get(1)));
        assertTrue(lines.get(2).matches("=+"));
        assertEquals(List.of("2020-06-08", "day", "Pledge", "pgr:event/2020-06-08-ibm-exits-facial-recognition",
                "Arvind Krishna, IBM",
                "aicur.net, businessinsider.com, forbes.com, gq.com, kitv.com, mashable.com, see…"), cells(lines.get(3)));
        assertEquals(List.of("2023-08", "month", "Contract", "pgr:event/2023-08-ibm-home-office-biometrics-contract",
                "IBM, UK government", "aicur.net"), cells(lines.get(11)));
        assertEquals(List.of("", "", "Policy", "pgr:event/south-wales-police-suspends-facial-recognition",
                "South Wales Police", "aicur.net"), cells(lines.get(18)));
        assertTrue(lines.get(19).matches("-+"));
        // Every line of the table is as wide as the others.
        assertEquals(1, lines.stream().mapToInt(l -> l.codePointCount(0, l.length())).distinct().count());
    }

    @Test
    void maxWidthZeroShowsWholeValues() {
        Run r = query("pledge-timeline", "--max-width", "0");
        assertEquals("aicur.net, businessinsider.com, forbes.com, gq.com, kitv.com, mashable.com, "
                + "seeds/002_b9fa2a5927193a27, zdnet.com", cells(r.lines().get(3)).get(5));
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split(" \\| ", -1)).map(String::strip).toList();
    }

    @Test
    void inForceOnTheFirstOfJanuary2021() {
        Run r = query("in-force-on", "--param", "date=2021-01-01");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(List.of("event", "type", "actors", "from", "until", "note"), cells(lines.get(1)));
        assertEquals(List.of(
                List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition", "Pledge", "Arvind Krishna, IBM",
                        "2020-06-08", "open-ended",
                        "claimed contradicted by 2023-08-ibm-home-office-biometrics-contract"),
                List.of("pgr:event/2020-06-10-amazon-rekognition-moratorium", "Moratorium", "Amazon", "2020-06-10",
                        "2021-06-10", "extended by 2021-05-18-amazon-extends-rekognition-moratorium"),
                List.of("pgr:event/2020-06-11-microsoft-police-facial-recognition-pledge", "Pledge",
                        "Brad Smith, Microsoft", "2020-06-11", "open-ended", "")),
                lines.subList(3, lines.size() - 1).stream().map(QueryCommandTest::cells).toList());
        assertFalse(r.out().contains("| pgr:event/2023-08-ibm-home-office-biometrics-contract"), r.out());
    }

    @Test
    void writesCsvTsvJsonAndXml() {
        Run csv = query("in-force-on", "--param", "date=2021-01-01", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(List.of("event,type,actors,from,until,note",
                "https://w3id.org/pledgegraph/event/2020-06-08-ibm-exits-facial-recognition,Pledge,"
                        + "\"Arvind Krishna, IBM\",2020-06-08,open-ended,"
                        + "claimed contradicted by 2023-08-ibm-home-office-biometrics-contract",
                "https://w3id.org/pledgegraph/event/2020-06-10-amazon-rekognition-moratorium,Moratorium,Amazon,"
                        + "2020-06-10,2021-06-10,extended by 2021-05-18-amazon-extends-rekognition-moratorium",
                "https://w3id.org/pledgegraph/event/2020-06-11-microsoft-police-facial-recognition-pledge,Pledge,"
                        + "\"Brad Smith, Microsoft\",2020-06-11,open-ended,"), csv.lines());
        Run tsv = query("events-by-type", "--format", "tsv");
        assertEquals("?type\t?events\t?withDate\t?first\t?last", tsv.lines().get(0));
        assertEquals("\"Statement\"\t4\t2\t\"2020-06-17\"\t\"2020-09\"", tsv.lines().get(1));
        Run json = query("events-by-type", "--format", "json");
        assertTrue(json.out().contains("\"vars\": [ \"type\" , \"events\" , \"withDate\" , \"first\" , \"last\" ]")
                || json.out().replaceAll("\\s", "").contains("\"vars\":[\"type\",\"events\",\"withDate\",\"first\","
                        + "\"last\"]"), json.out());
        assertTrue(json.out().replaceAll("\\s", "").contains("\"value\":\"CourtRuling\""), json.out());
        Run xml = query("events-by-type", "--format", "xml");
        assertTrue(xml.out().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), xml.out());
        assertTrue(xml.out().contains("<literal>CourtRuling</literal>"), xml.out());
    }

    @Test
    void unknownQueryIsAUsageErrorListingTheLibrary() {
        Run r = query("pledge-timelines");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("pledgegraph: unknown query \"pledge-timelines\"; the library has: "
                + "articles-by-provider, claims-and-counterclaims, company-timeline,"), r.err());
        assertTrue(r.err().contains(" pledge-timeline, "), r.err());
    }

    @Test
    void missingOrBadParametersAreUsageErrors() {
        Run missing = query("in-force-on");
        assertEquals(2, missing.code());
        assertEquals("pledgegraph: query in-force-on needs parameter date (xsd:date), for example date=2021-01-01",
                missing.err().lines().findFirst().orElseThrow());
        Run bad = query("in-force-on", "--param", "date=2021-02-30");
        assertEquals(2, bad.code());
        assertEquals("pledgegraph: parameter date must be a real calendar date, but is \"2021-02-30\"",
                bad.err().lines().findFirst().orElseThrow());
        Run unknown = query("in-force-on", "--param", "date=2021-01-01", "--param", "company=ibm");
        assertEquals(2, unknown.code());
        assertEquals("pledgegraph: query in-force-on has no parameter company; it takes date",
                unknown.err().lines().findFirst().orElseThrow());
        Run noEquals = query("in-force-on", "--param", "2021-01-01");
        assertEquals(2, noEquals.code());
        assertEquals("pledgegraph: --param takes NAME=VALUE, but got \"2021-01-01\"",
                noEquals.err().lines().findFirst().orElseThrow());
        Run format = query("events-by-type", "--format", "html");
        assertEquals(2, format.code());
    }

    @Test
    void injectionAttemptsAreRejectedOrMatchNothing() {
        Run date = query("in-force-on", "--param", "date=2021-01-01\" ) } UNION { ?s ?p ?o } #");
        assertEquals(2, date.code());
        assertTrue(date.err().startsWith("pledgegraph: parameter date must be a date written YYYY-MM-DD"));
        Run company = query("company-timeline", "--param", "company=ibm> } ; DROP ALL ; SELECT * { ?s ?p ?o");
        assertEquals(2, company.code());
        Run domain = query("articles-by-provider", "--param", "domain=ibm> } ; DROP ALL ; SELECT * { ?s ?p ?o",
                "--format", "csv");
        assertEquals(0, domain.code(), domain.err());
        assertEquals(List.of("provider,providerDomain,month,articles"), domain.lines());
        // Lucene cannot parse it either: a clear usage error, and the graph is untouched.
        Run search = query("search", "--param", "text=ibm> } ; DROP ALL ; SELECT * { ?s ?p ?o");
        assertEquals(2, search.code());
        assertTrue(search.err().startsWith("pledgegraph: the search text is not a valid Lucene query: "),
                search.err());
        assertEquals(firstRun.out(), query("pledge-timeline").out());
    }

    @Test
    void listsTheLibraryWithTitlesAndParameters() {
        Run r = run("query", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("in-force-on: Pledges in force on a date\n"
                + "    --param date=2021-01-01   (xsd:date) The day, written YYYY-MM-DD.\n"), r.out());
        assertTrue(r.out().contains("articles-by-provider: Articles per provider per month\n"
                + "    --param domain=mashable.com   (xsd:string, optional) only the provider with this domain.\n"),
                r.out());
        assertEquals(16, r.out().lines().filter(l -> !l.startsWith(" ")).count());
    }

    @Test
    void runsAQueryFileAndReportsItsSyntaxErrorsWithLineAndColumn() throws IOException {
        Path ask = dir.resolve("ask.rq");
        Files.writeString(ask, "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\nASK { ?e a pg:Moratorium }\n");
        Run yes = query(ask.toString());
        assertEquals(0, yes.code(), yes.err());
        assertEquals("yes\n", yes.out());

        Path construct = dir.resolve("construct.rq");
        Files.writeString(construct, """
                # title: Amazon's moratoriums
                # description: As Turtle.
                # param: company organization amazon The actor.
                PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                CONSTRUCT { ?e pg:actor ?company } WHERE { ?e a pg:Moratorium ; pg:actor ?company }
                """);
        Run turtle = query(construct.toString(), "--param", "company=amazon");
        assertEquals(0, turtle.code(), turtle.err());
        assertTrue(turtle.out().contains("PREFIX pg:"), turtle.out());
        assertTrue(turtle.out().contains("<https://w3id.org/pledgegraph/event/2021-05-18-amazon-extends-rekognition-"
                + "moratorium>"), turtle.out());

        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE {\n  ?s ?p\n}\n");
        Run error = query(bad.toString());
        assertEquals(2, error.code());
        assertEquals("pledgegraph: " + bad + ":3:1: syntax error: unexpected \"}\"",
                error.err().lines().findFirst().orElseThrow());

        Run missing = query(dir.resolve("missing.rq").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("pledgegraph: no such file: "), missing.err());
    }

    @Test
    void runsTheSameQueryOnARemoteEndpoint() {
        String url = endpoint();
        Run local = query("in-force-on", "--param", "date=2021-01-01", "--format", "csv");
        Run remote = run("query", "in-force-on", "--param", "date=2021-01-01", "--format", "csv", "--endpoint", url);
        assertEquals(0, remote.code(), remote.err());
        assertEquals(local.out(), remote.out());
        assertEquals("", remote.err());
        // The text index travels with the dataset: search works remotely too.
        Run search = run("query", "search", "--param", "text=moratorium", "--format", "csv", "--endpoint", url);
        assertEquals(0, search.code(), search.err());
        assertEquals(2, search.lines().size(), search.out());
        assertTrue(search.lines().get(1).endsWith("/article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-"
                + "recognition-systems-strikes-70-million-deal"), search.out());
        // A value that tries to escape its literal is sent as one escaped literal and matches nothing.
        Run injected = run("query", "articles-by-provider", "--param",
                "domain=x\" ) } UNION { ?s ?p ?o } #", "--format", "csv", "--endpoint", url);
        assertEquals(0, injected.code(), injected.err());
        assertEquals(List.of("provider,providerDomain,month,articles"), injected.lines());
    }

    @Test
    void anUnreachableEndpointIsAFailureInOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("query", "pledge-timeline", "--endpoint", "http://localhost:" + port + "/ds", "--timeout", "5");
        assertEquals(1, r.code());
        assertEquals(List.of("pledgegraph: query failed at http://localhost:" + port + "/ds: cannot connect"),
                r.err().lines().toList());
        Run notFound = run("query", "pledge-timeline", "--endpoint", endpoint() + "-missing");
        assertEquals(1, notFound.code());
        assertTrue(notFound.err().startsWith("pledgegraph: query failed at " + endpoint() + "-missing: HTTP 404"),
                notFound.err());
    }
}
