package org.pledgegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;

/** A real Fuseki server on a free loopback port with the SPARQL endpoint and the linked-data routes. */
final class LinkedDataTestServer implements AutoCloseable {
    private final FusekiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private LinkedDataTestServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts a server over the seed data that keeps its dumps under {@code store}. Like the real server, it serves a
     * read-only view of the dataset whose default graph is the union of the named graphs.
     */
    static LinkedDataTestServer start(Path store) {
        DatasetGraph inner = LinkedDataSeed.dataset().asDatasetGraph();
        DatasetGraph served = new DatasetGraphReadOnly(inner, inner.getContext().copy()) {
            @Override
            public Graph getDefaultGraph() {
                return new GraphReadOnly(getWrapped().getUnionGraph());
            }
        };
        ServerContext context = new ServerContext(DatasetFactory.wrap(served), LinkedDataSeed.BASE, "pledgegraph", store,
                LinkedDataSeed.BUILT, 10);
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true)
                .add("/pledgegraph", context.dataset(), false);
        LinkedData.register(builder, context);
        FusekiServer server = builder.build();
        server.start();
        return new LinkedDataTestServer(server);
    }

    /** Returns the URL of {@code path} (which starts with a slash) on this server. */
    String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    /** Sends a GET for {@code path} with the given header name, value pairs. */
    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
