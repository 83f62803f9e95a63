package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Update mode: writes only with a password from the password file, queries still anonymous. */
class UpdateModeTest {
    @TempDir
    static Path dir;

    private static PledgeServer server;
    private static String ds;

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# who may write\neditor: s3cret-Pa55\n");
        server = PledgeServer.builder().dataset(TestData.indexed()).port(0).update(true).passwordFile(passwords)
                .build().start();
        ds = "http://localhost:" + server.port() + "/pledgegraph";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder update(String update) {
        return Http.request(ds + "/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
    }

    private static HttpRequest.Builder put(String graph, String turtle) {
        return Http.request(ds + "/data?graph=" + Http.enc(graph)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
    }

    private static boolean has(String graph, String s) {
        HttpResponse<String> r = Http.queryGet(ds + "/sparql",
                "ASK { GRAPH <" + graph + "> { <" + s + "> ?p ?o } }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), "queries need no password: " + r.body());
        return r.body().contains("true");
    }

    @Test
    void refusesWritesWithoutCredentials() {
        assertEquals(401, Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g1> { <http://example.org/t/a> <http://example.org/t/p> 1 } }").build())
                .statusCode());
        assertEquals(401, Http.sendAlone(put("http://example.org/t/g2", "<http://example.org/t/b> <http://example.org/t/p> 1 .").build()).statusCode());
        assertEquals(401, Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g1> { <http://example.org/t/a> <http://example.org/t/p> 1 } }")
                .header("Authorization", basic("editor", "wrong")).build()).statusCode());
        assertEquals(401, Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g1> { <http://example.org/t/a> <http://example.org/t/p> 1 } }")
                .header("Authorization", basic("nobody", "s3cret-Pa55")).build()).statusCode());
        assertTrue(!has("http://example.org/t/g1", "http://example.org/t/a") && !has("http://example.org/t/g2", "http://example.org/t/b"), "nothing was written");
    }

    @Test
    void acceptsWritesWithCredentials() {
        HttpResponse<String> u = Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g3> { <http://example.org/t/c> <http://example.org/t/p> 1 } }")
                .header("Authorization", basic("editor", "s3cret-Pa55")).build());
        assertEquals(204, u.statusCode(), u.body());
        assertTrue(has("http://example.org/t/g3", "http://example.org/t/c"));

        HttpResponse<String> p = Http.sendAlone(put("http://example.org/t/g4", "<http://example.org/t/d> <http://example.org/t/p> 1 .")
                .header("Authorization", basic("editor", "s3cret-Pa55")).build());
        assertTrue(p.statusCode() == 201 || p.statusCode() == 204, p.statusCode() + " " + p.body());
        assertTrue(has("http://example.org/t/g4", "http://example.org/t/d"));
        HttpResponse<String> read = Http.get(ds + "/get?graph=" + Http.enc("http://example.org/t/g4"), "application/n-triples");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("<http://example.org/t/d>"), "the read-only endpoint serves it anonymously");
    }

    @Test
    void refusesCrossSiteWritesEvenWithCredentials() {
        HttpResponse<String> r = Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g5> { <http://example.org/t/e> <http://example.org/t/p> 1 } }")
                .header("Authorization", basic("editor", "s3cret-Pa55"))
                .header("Origin", "https://evil.example").build());
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(!has("http://example.org/t/g5", "http://example.org/t/e"));
        HttpResponse<String> same = Http.sendAlone(update("INSERT DATA { GRAPH <http://example.org/t/g5> { <http://example.org/t/e> <http://example.org/t/p> 1 } }")
                .header("Authorization", basic("editor", "s3cret-Pa55"))
                .header("Origin", "http://localhost:" + server.port()).build());
        assertEquals(204, same.statusCode(), "from the server's own page: " + same.body());
    }

    @Test
    void listsTheWriteEndpoints() {
        assertEquals(ds + "/update", server.urls().get("SPARQL update (password)"));
        assertEquals(ds + "/data", server.urls().get("Graph Store (read-write, password)"));
    }

    @Test
    void needsAUsablePasswordFile() throws IOException {
        var builder = PledgeServer.builder().dataset(TestData.indexed()).port(0).update(true);
        assertTrue(assertThrows(IllegalArgumentException.class, builder::build).getMessage()
                .contains("password file"));
        Path missing = dir.resolve("missing");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.passwordFile(missing).build())
                .getMessage().contains("does not exist"));
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.passwordFile(empty).build())
                .getMessage().contains("no users"));
        Path noPassword = Files.writeString(dir.resolve("nopassword"), "editor:\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.passwordFile(noPassword).build())
                .getMessage().contains("has no password"));
    }
}
