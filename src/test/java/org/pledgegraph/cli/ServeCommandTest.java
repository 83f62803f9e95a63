package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.vocab.PG;

class ServeCommandTest {
    @TempDir
    Path dir;

    private Path dataDir() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "one");
        return data;
    }

    @Test
    void buildsWhenTheStoreIsMissing() throws IOException {
        GraphStore store = GraphStore.at(dir.resolve("store"));
        Optional<String> reason = ServeCommand.buildReason(store, List.of(dataDir()), PG.DEFAULT_BASE, false);
        assertTrue(reason.orElseThrow().contains("no graph"), reason.get());
    }

    @Test
    void servesAFreshStoreWithoutBuilding() throws IOException {
        Path data = dataDir();
        GraphStore store = GraphStore.at(dir.resolve("store"));
        store.save(DatasetGraphFactory.create(), List.of(data), PG.DEFAULT_BASE, "summary");
        assertEquals(Optional.empty(), ServeCommand.buildReason(store, List.of(data), PG.DEFAULT_BASE, false));
        assertTrue(ServeCommand.buildReason(store, List.of(data), PG.DEFAULT_BASE, true).orElseThrow()
                .contains("--rebuild"));
    }

    @Test
    void buildsWhenAnInputOrTheBaseChanged() throws IOException {
        Path data = dataDir();
        GraphStore store = GraphStore.at(dir.resolve("store"));
        store.save(DatasetGraphFactory.create(), List.of(data), PG.DEFAULT_BASE, "summary");

        assertTrue(ServeCommand.buildReason(store, List.of(data), "https://example.org/", false).isPresent(),
                "another base IRI");
        Files.setLastModifiedTime(data.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(ServeCommand.buildReason(store, List.of(data), PG.DEFAULT_BASE, false).orElseThrow()
                .contains("changed"), "an input file was touched");
        store.save(DatasetGraphFactory.create(), List.of(data), PG.DEFAULT_BASE, "summary");
        Files.writeString(data.resolve("b.txt"), "two");
        assertTrue(ServeCommand.buildReason(store, List.of(data), PG.DEFAULT_BASE, false).isPresent(),
                "a file was added");
    }

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void refusesUpdateWithoutAPasswordFileAndAPasswordFileWithoutUpdate() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(err, "serve", "--update", "--store", dir.resolve("s").toString()));
        assertTrue(err.toString().contains("--update needs --password-file"), err.toString());

        StringWriter err2 = new StringWriter();
        Path pw = Files.writeString(dir.resolve("pw"), "editor: secret\n");
        assertEquals(Main.USAGE, run(err2, "serve", "--password-file", pw.toString()));
        assertTrue(err2.toString().contains("only applies with --update"), err2.toString());

        StringWriter err3 = new StringWriter();
        assertEquals(Main.USAGE, run(err3, "serve", "--timeout", "0"));
        assertTrue(err3.toString().contains("--timeout"), err3.toString());
        assertTrue(!Files.exists(dir.resolve("s")), "nothing was built");
    }

    /** Starts 'serve' as a user would, in its own JVM, and reads what it prints. */
    @Test
    void buildsServesAndPrintsItsUrls() throws Exception {
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.pledgegraph.cli.Main", "serve", "--port", "0", "--data", "data", "--store", store.toString(),
                "--no-validate", "--timeout", "5")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        try {
            // Read until the last address printed ("Metrics") has appeared.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (seen.stream().noneMatch(l -> l.contains("Metrics")) && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.add(line);
                }
                assertTrue(p.isAlive() || !lines.isEmpty(), () -> "serve stopped: " + String.join("\n", seen));
            }
            Pattern url = Pattern.compile("SPARQL endpoint\\s+(http://localhost:\\d+/pledgegraph/sparql)$");
            String endpoint = seen.stream().map(url::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .findFirst().orElse(null);
            assertTrue(endpoint != null, () -> "no SPARQL endpoint printed: " + String.join("\n", seen));
            String all = String.join("\n", seen);
            assertTrue(all.contains("Building the graph: there is no graph in"), all);
            assertTrue(all.matches("(?s).*Query UI\\s+http://localhost:\\d+/.*"), all);
            assertTrue(all.matches("(?s).*Ping\\s+http://localhost:\\d+/\\$/ping.*"), all);
            assertTrue(all.matches("(?s).*Metrics\\s+http://localhost:\\d+/\\$/metrics.*"), all);
            assertTrue(Files.isRegularFile(store.resolve("dataset.nq")), "the graph was stored");

            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                    + "?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
        } finally {
            // SIGTERM: the shutdown hook stops the server; the process is ours and stopped by its own handle.
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
