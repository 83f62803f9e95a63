package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.pledgegraph.vocab.PG;

/**
 * Independent SPARQL clients query the running server: Python's SPARQLWrapper (Debian python3-sparqlwrapper) and
 * Redland's roqet (Debian rasqal-utils). Their answers must match what Jena computes in-process.
 */
class InteropTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String MORATORIA = "PREFIX pg: <" + PG.NS + "> "
            + "SELECT ?event WHERE { ?event a pg:Moratorium } ORDER BY ?event";

    /** Runs one query with SPARQLWrapper and prints one value per line: every binding of the first variable. */
    private static final String SPARQLWRAPPER = """
            import sys
            try:
                from SPARQLWrapper import SPARQLWrapper, JSON, XML, GET, POST
            except ImportError:
                sys.exit(77)
            endpoint, query, method, fmt = sys.argv[1:5]
            s = SPARQLWrapper(endpoint)
            s.setQuery(query)
            s.setMethod(POST if method == "POST" else GET)
            if fmt == "json":
                s.setReturnFormat(JSON)
                r = s.query().convert()
                var = r["head"]["vars"][0]
                for b in r["results"]["bindings"]:
                    print(b[var]["value"])
            else:
                s.setReturnFormat(XML)
                doc = s.query().convert()
                ns = "{http://www.w3.org/2005/sparql-results#}"
                for el in doc.getElementsByTagNameNS(ns[1:-1], "binding"):
                    node = el.firstChild
                    while node is not None and node.nodeType != node.ELEMENT_NODE:
                        node = node.nextSibling
                    print(node.firstChild.data)
            """;

    @TempDir
    static Path dir;

    private static Dataset data;
    private static PledgeServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        data = TestData.indexed();
        server = PledgeServer.builder().dataset(data).port(0).build().start();
        sparql = "http://localhost:" + server.port() + "/pledgegraph/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Returns the first variable's values for {@code query}, computed by Jena in-process. */
    private static List<String> expected(String query) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(data, () -> {
            try (QueryExecution qe = QueryExecution.dataset(data).query(query).build()) {
                var rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                rs.forEachRemaining(s -> {
                    var n = s.get(var);
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
            }
        });
        return out;
    }

    /** The outcome of a child process. */
    private record Result(int exit, String out) {
    }

    /** Runs a command with a time limit; the process is always stopped, by its own handle. */
    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished within 60 s: " + command.get(0));
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static List<String> sparqlWrapper(String query, String method, String format) throws Exception {
        Path python = Interop.require("/usr/bin/python3", "python3");
        Result r = exec(List.of(python.toString(), "-c", SPARQLWRAPPER, sparql, query, method, format));
        if (r.exit() == 77) {
            Interop.missing("SPARQLWrapper cannot be imported by /usr/bin/python3 (Debian package "
                    + "python3-sparqlwrapper)");
        }
        assertEquals(0, r.exit(), r.out());
        return r.out().lines().toList();
    }

    @Test
    void sparqlWrapperGetsTheSameAnswerAsJenaInJson() throws Exception {
        assertEquals(expected(COUNT), sparqlWrapper(COUNT, "GET", "json"));
        assertEquals(expected(MORATORIA), sparqlWrapper(MORATORIA, "POST", "json"));
    }

    @Test
    void sparqlWrapperGetsTheSameAnswerAsJenaInXml() throws Exception {
        assertEquals(expected(MORATORIA), sparqlWrapper(MORATORIA, "GET", "xml"));
    }

    @Test
    void aMissingToolFailsInCiAndIsSkippedElsewhere() {
        String before = System.getProperty("pledgegraph.requireInterop");
        try {
            System.setProperty("pledgegraph.requireInterop", "true");
            assertThrows(AssertionFailedError.class, () -> Interop.require("/nonexistent/tool", "no-such-package"));
            System.setProperty("pledgegraph.requireInterop", "false");
            assertThrows(TestAbortedException.class, () -> Interop.require("/nonexistent/tool", "no-such-package"));
        } finally {
            if (before == null) {
                System.clearProperty("pledgegraph.requireInterop");
            } else {
                System.setProperty("pledgegraph.requireInterop", before);
            }
        }
    }

    @Test
    void roqetGetsTheSameAnswerAsJena() throws Exception {
        Path roqet = Interop.require("/usr/bin/roqet", "rasqal-utils");
        Result r = exec(List.of(roqet.toString(), "-q", "-p", sparql, "-r", "csv", "-e", MORATORIA));
        assertEquals(0, r.exit(), r.out());
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals("event", lines.get(0));
        assertEquals(expected(MORATORIA), lines.subList(1, lines.size()));

        Result count = exec(List.of(roqet.toString(), "-q", "-p", sparql, "-r", "csv", "-e", COUNT));
        assertEquals(0, count.exit(), count.out());
        assertEquals(expected(COUNT), count.out().lines().skip(1).filter(l -> !l.isBlank()).toList());
    }
}
