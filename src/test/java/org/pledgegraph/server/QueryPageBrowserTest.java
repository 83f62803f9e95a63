package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.store.LibraryQuery;

/**
 * The query page in a real browser (headless Chromium, Debian package chromium) with every host but localhost
 * unreachable: the page loads an example, runs it against the SPARQL endpoint and shows the answer as a table.
 */
class QueryPageBrowserTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path dir;

    private static Dataset data;
    private static PledgeServer server;

    @BeforeAll
    static void start() {
        data = TestData.indexed();
        server = PledgeServer.builder().dataset(data).port(0)
                .examples(List.of(new LibraryQuery("count", "Count the triples", "", List.of(), COUNT))).build()
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Loads {@code url} in headless Chromium, lets its scripts run, and returns the resulting DOM. */
    private static String dom(String url) throws Exception {
        Path chromium = Interop.require("/usr/bin/chromium", "chromium");
        Path out = dir.resolve("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + dir.resolve("profile"),
                // No internet: every name but localhost fails to resolve, and there is no usable proxy.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost", "--proxy-server=127.0.0.1:9",
                "--proxy-bypass-list=<-loopback>;localhost",
                "--virtual-time-budget=15000", "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium finished within 90 s");
            assertEquals(0, p.exitValue(), () -> log());
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("chromium.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void runsALibraryExampleAndShowsTheAnswerAsATable() throws Exception {
        String[] expected = new String[1];
        Txn.executeRead(data, () -> {
            try (QueryExecution qe = QueryExecution.dataset(data).query(COUNT).build()) {
                expected[0] = qe.execSelect().next().getLiteral("n").getLexicalForm();
            }
        });
        String html = dom("http://localhost:" + server.port() + "/?example=count&run");
        assertTrue(html.contains("<th>?n</th>"), html);
        assertTrue(html.contains("<td>" + expected[0] + "<span class=\"meta\">^^xsd:integer</span></td>"),
                "the count " + expected[0] + " is shown with its datatype: " + html);
        assertTrue(html.contains("1 row in"), "the status line reports the answer");
    }
}
