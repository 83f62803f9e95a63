package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves a file shipped in the jar (the stylesheet, the timeline script, the JSON-LD context) with an ETag. */
final class StaticServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] body;
    private final String contentType;
    private final boolean crossOrigin;

    /**
     * Serves the classpath resource {@code resource} as {@code contentType}; {@code crossOrigin} lets scripts on
     * other sites read it (for the JSON-LD context, which JSON-LD tools fetch).
     */
    StaticServlet(Site site, String resource, String contentType, boolean crossOrigin) {
        super(site);
        this.body = read(resource);
        this.contentType = contentType;
        this.crossOrigin = crossOrigin;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (crossOrigin) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        Responses.send(req, resp, body, contentType, null);
    }

    static byte[] read(String resource) {
        try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
