package org.pledgegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the server tests: every call has a timeout, so a hung server fails the test. */
final class Http {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /**
     * Sends {@code request} on a connection of its own: for requests the server refuses without reading their
     * body, after which Jetty may close the connection while a pooling client is about to reuse it.
     */
    static HttpResponse<String> sendAlone(HttpRequest request) {
        return send(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    /** Sends a query as GET with {@code ?query=}. */
    static HttpResponse<String> queryGet(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + enc(query), accept);
    }

    /** Sends a query as an HTML form would, POST with {@code query=} url-encoded. */
    static HttpResponse<String> queryForm(String endpoint, String query, String accept) {
        return send(request(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build());
    }

    /** Sends a query as POST with an {@code application/sparql-query} body. */
    static HttpResponse<String> queryBody(String endpoint, String query, String accept) {
        return send(request(endpoint).header("Accept", accept).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    /** Returns the media type of a response, without parameters. */
    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }
}
