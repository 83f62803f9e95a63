package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.store.LibraryQuery;

/**
 * Answers {@code /queries/NAME.rq?param=value...} with the library query NAME bound to the values by
 * {@link LibraryQuery#bind}, as SPARQL text: the query page loads it into its editor, so a value typed on the page
 * is converted to an RDF term and substituted into the parsed query, never pasted into its text. Empty values
 * count as not given. 404 for an unknown name, 400 with the reason for a bad value.
 */
final class BoundQuery extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, LibraryQuery> queries = new LinkedHashMap<>();
    private final String base;

    BoundQuery(List<LibraryQuery> examples, String base) {
        examples.forEach(q -> queries.put(q.name(), q));
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String name = path.startsWith("/") && path.endsWith(".rq") ? path.substring(1, path.length() - 3) : null;
        LibraryQuery q = name == null ? null : queries.get(name);
        if (q == null) {
            send(res, HttpServletResponse.SC_NOT_FOUND, "No library query at " + path + "; see /queries.json\n");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            String[] v = e.getValue();
            if (v.length > 1) {
                send(res, HttpServletResponse.SC_BAD_REQUEST, "Parameter " + e.getKey() + " is given twice\n");
                return;
            }
            if (!v[0].isBlank()) {
                values.put(e.getKey(), v[0].strip());
            }
        }
        String text;
        try {
            text = q.bind(values, base).serialize();
        } catch (IllegalArgumentException ex) {
            send(res, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage() + "\n");
            return;
        }
        send(res, HttpServletResponse.SC_OK, text);
    }

    private static void send(HttpServletResponse res, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
