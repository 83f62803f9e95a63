package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeout promise: with a 2 s timeout, expensive queries end within a bounded time while other clients are
 * still answered quickly, whether ARQ's own cancellation stops them or only the watchdog can.
 */
class TimeoutTest {
    private static final int TIMEOUT_SECONDS = 2;
    /** Generous, for a loaded two-core machine; the point is that the wait is bounded, not its exact length. */
    private static final long BOUND_MILLIS = 10_000;
    private static final String STALL = "urn:pledgegraph:test:stall-after";

    private static PledgeServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        FunctionRegistry.get().put(STALL, StallAfter.class);
        server = PledgeServer.builder().dataset(TestData.indexed()).port(0).timeoutSeconds(TIMEOUT_SECONDS)
                .grace(Duration.ofSeconds(1)).build();
        // Fuseki buffers 5 MB of each response before sending any; a small buffer lets a test reach the state
        // where the answer has started (the response is committed) without depending on the machine's speed.
        for (Connector c : server.fuseki().getJettyServer().getConnectors()) {
            c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setOutputBufferSize(32 * 1024);
        }
        server.start();
        sparql = "http://localhost:" + server.port() + "/pledgegraph/sparql";
        // Warm up (class loading, first connection), so that the timings below measure the server under load.
        Http.queryGet(sparql, "SELECT (COUNT(*) AS ?n) { ?s a ?type }", "text/csv");
    }

    @AfterAll
    static void stop() {
        StallAfter.release();
        FunctionRegistry.get().remove(STALL);
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void releaseStalledQueries() {
        StallAfter.release();
    }

    /** The outcome of one expensive request: its status (-1 if the connection failed), body and duration. */
    private record Outcome(int status, String body, long millis, boolean complete) {
    }

    /** Sends {@code query} and reads the whole answer, noting whether it arrived complete. */
    private static Outcome run(String query, String accept) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
                    Http.request(sparql).header("Accept", accept)
                            .header("Content-Type", "application/sparql-query")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            boolean complete = true;
            try (InputStream in = r.body()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                body = new byte[0];
                complete = false;
            }
            String text = new String(body, 0, Math.min(body.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
            return new Outcome(r.statusCode(), text, elapsed(t0), complete);
        } catch (IOException e) {
            return new Outcome(-1, e.toString(), elapsed(t0), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long elapsed(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /**
     * Runs {@code expensive} while another client keeps asking a simple query; returns the expensive query's
     * outcome after checking that every simple query was answered, quickly.
     */
    private static Outcome whileOthersAreServed(String expensive, String accept) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong slowest = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        try {
            Future<Outcome> heavy = pool.submit(() -> {
                try {
                    return run(expensive, accept);
                } finally {
                    done.set(true);
                }
            });
            Future<?> light = pool.submit(() -> {
                Thread.sleep(300); // let the expensive query start first
                while (!done.get()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = Http.queryGet(sparql, "SELECT (COUNT(*) AS ?n) { ?s a ?type }",
                            "text/csv");
                    long ms = elapsed(t0);
                    if (r.statusCode() != 200) {
                        failure.set("simple query answered " + r.statusCode() + ": " + r.body());
                    }
                    slowest.accumulateAndGet(ms, Math::max);
                    if (!done.get()) {
                        answered.incrementAndGet();
                    }
                    Thread.sleep(100);
                }
                return null;
            });
            Outcome outcome = heavy.get(60, TimeUnit.SECONDS);
            light.get(30, TimeUnit.SECONDS);
            assertEquals(null, failure.get());
            assertTrue(answered.get() >= 1, "another client's simple query was answered while it ran");
            assertTrue(slowest.get() < 3000, "simple queries stayed quick, slowest " + slowest.get() + " ms");
            return outcome;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stopsALongSortAtTheTimeout() throws Exception {
        Outcome o = whileOthersAreServed(
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY RAND() LIMIT 1",
                "application/sparql-results+json");
        assertEquals(503, o.status(), o.body());
        assertTrue(o.body().contains("timed out") || o.body().contains("cut off"), o.body());
        assertTrue(o.millis() >= TIMEOUT_SECONDS * 1000 - 100 && o.millis() < BOUND_MILLIS, o.millis() + " ms");
    }

    @Test
    void stopsALongAggregationAtTheTimeout() throws Exception {
        Outcome o = whileOthersAreServed(
                "SELECT ?a (GROUP_CONCAT(STR(?c)) AS ?all) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a",
                "application/sparql-results+json");
        assertEquals(503, o.status(), o.body());
        assertTrue(o.millis() < BOUND_MILLIS, o.millis() + " ms");
    }

    @Test
    void cutsOffAStreamingAnswerAtTheTimeout() throws Exception {
        // Three million rows: far more than can be sent in 2 s, so the answer is cut short.
        Outcome o = whileOthersAreServed("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "application/sparql-results+json");
        assertTrue(o.millis() < BOUND_MILLIS, o.millis() + " ms");
        assertTrue(o.status() == 503 || !o.complete() || !o.body().strip().endsWith("}"),
                "the answer is an error or visibly incomplete: " + o.status());
    }

    @Test
    void watchdogAnswersWhenTheEngineIgnoresCancellation() throws Exception {
        long before = server.cutOffs();
        // The test function stalls on its first call and ignores ARQ's cancellation, as some engine work does.
        Outcome o = whileOthersAreServed("SELECT (<" + STALL + ">(0) AS ?x) {}", "application/sparql-results+json");
        assertEquals(503, o.status(), o.body());
        assertTrue(o.body().contains("cut off"), "the watchdog answered: " + o.body());
        assertTrue(o.millis() < BOUND_MILLIS, o.millis() + " ms");
        assertEquals(before + 1, server.cutOffs());
    }

    @Test
    void watchdogAbortsAConnectionWhoseAnswerHasStarted() throws Exception {
        long before = server.cutOffs();
        // Rows with whole article bodies flow (far more than the 32 kB output buffer, so the response is
        // committed) until the function stalls at row 200. Its argument mentions a variable so that the optimizer
        // cannot evaluate the call once, in advance.
        Outcome o = whileOthersAreServed("SELECT * { ?a <https://schema.org/articleBody> ?c . ?d ?e ?f "
                + "BIND(<" + STALL + ">(200 + 0 * STRLEN(?c)) AS ?x) }",
                "application/sparql-results+json");
        assertTrue(o.millis() < BOUND_MILLIS, o.millis() + " ms");
        assertFalse(o.complete() && o.status() == 200 && o.body().strip().endsWith("}"),
                "the answer was cut short: " + o.status());
        assertEquals(before + 1, server.cutOffs(), "the watchdog cut it off, status " + o.status());
    }

    @Test
    void answersNormallyAfterwards() {
        HttpResponse<String> r = Http.queryGet(sparql, "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
    }

    /**
     * A test function that returns its argument's row count quickly until it has been called that many times,
     * then blocks (for at most 30 s, or until released) without ever checking for cancellation.
     */
    public static final class StallAfter extends FunctionBase1 {
        private static volatile CountDownLatch gate = new CountDownLatch(1);
        private static final AtomicLong CALLS = new AtomicLong();

        static void release() {
            gate.countDown();
            gate = new CountDownLatch(1);
            CALLS.set(0);
        }

        @Override
        public NodeValue exec(NodeValue after) {
            if (CALLS.incrementAndGet() > after.getInteger().longValue()) {
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return NodeValue.makeInteger(CALLS.get());
        }
    }
}
