package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.owasp.encoder.Encode;
import org.pledgegraph.store.LibraryQuery;
import org.pledgegraph.store.Param;

/**
 * The query page at {@code /}: a form to write a SPARQL query, pick a result format and see the results as a
 * table, with the researchers' library queries offered as examples. Everything it needs is served from the jar
 * ({@code /ui/app.js}, {@code /ui/app.css}) and its Content-Security-Policy forbids loading anything from
 * elsewhere, so it works with no internet access. The examples are also served as JSON at
 * {@code /queries.json}.
 */
final class QueryPage {
    private static final String UI = "/pledgegraph/ui/";

    /** Nothing but this server: no CDN, no inline script, no framing by other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private QueryPage() {
    }

    /**
     * Adds the page, its script and style sheet, the examples as JSON, and {@code /queries/NAME.rq?param=value}
     * (an example bound to values, IRIs resolved under {@code base}) to {@code builder}.
     */
    static void register(FusekiServer.Builder builder, List<LibraryQuery> examples, String base) {
        String page = resource("index.html").replace("{{examples}}", examplesHtml(examples));
        builder.addServlet("", new Text("text/html;charset=utf-8", page));
        builder.addServlet("/ui/*", new Assets(Map.of(
                "/app.js", new Text("text/javascript;charset=utf-8", resource("app.js")),
                "/app.css", new Text("text/css;charset=utf-8", resource("app.css")))));
        builder.addServlet("/queries.json", new Text("application/json;charset=utf-8", examplesJson(examples)));
        builder.addServlet("/queries/*", new BoundQuery(examples, base));
    }

    /** Returns the examples as HTML, every value escaped for where it goes. */
    static String examplesHtml(List<LibraryQuery> examples) {
        if (examples.isEmpty()) {
            return "<p class=\"none\">No example queries are installed in this build.</p>\n";
        }
        StringBuilder b = new StringBuilder();
        for (LibraryQuery q : examples) {
            b.append("<article class=\"example\" id=\"example-").append(Encode.forHtmlAttribute(q.name()))
                    .append("\">\n  <h3>").append(Encode.forHtml(q.title())).append("</h3>\n");
            if (!q.description().isBlank()) {
                b.append("  <p>").append(Encode.forHtml(q.description())).append("</p>\n");
            }
            if (!q.params().isEmpty()) {
                b.append("  <dl class=\"params\">\n");
                for (Param p : q.params()) {
                    b.append("    <dt><code>?").append(Encode.forHtml(p.name())).append("</code> <span>")
                            .append(Encode.forHtml(p.type())).append("</span></dt><dd>")
                            .append(Encode.forHtml(p.description()));
                    if (!p.example().isBlank()) {
                        b.append(" (e.g. <code>").append(Encode.forHtml(p.example())).append("</code>)");
                    }
                    b.append("</dd>\n");
                }
                b.append("  </dl>\n");
            }
            if (!q.params().isEmpty()) {
                // Values are bound on the server (LibraryQuery.bind), never pasted into the text here.
                b.append("  <form class=\"bind\" method=\"get\" action=\"/queries/")
                        .append(Encode.forHtmlAttribute(q.name())).append(".rq\">\n");
                for (Param p : q.params()) {
                    // A required parameter starts at its example; an optional one starts empty (it narrows).
                    b.append("    <label>").append(Encode.forHtml(p.name())).append(" <input name=\"")
                            .append(Encode.forHtmlAttribute(p.name())).append(p.required() ? "\" value=\"" : "\" placeholder=\"")
                            .append(Encode.forHtmlAttribute(p.example())).append("\"></label>\n");
                }
                b.append("    <button type=\"submit\">Use with these values</button>\n  </form>\n");
            }
            b.append("  <details><summary>Show the query</summary><pre class=\"example-text\">")
                    .append(Encode.forHtml(q.text())).append("</pre></details>\n")
                    .append("  <button type=\"button\" class=\"use-example\">Use this query</button>\n")
                    .append("</article>\n");
        }
        return b.toString();
    }

    /** Returns the examples as a JSON array of objects (name, title, description, params, text). */
    static String examplesJson(List<LibraryQuery> examples) {
        JsonArray all = new JsonArray();
        for (LibraryQuery q : examples) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            JsonArray params = new JsonArray();
            for (Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type());
                po.put("example", p.example());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("text", q.text());
            all.add(o);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, all);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = QueryPage.class.getResourceAsStream(UI + name)) {
            if (in == null) {
                throw new IllegalStateException("the query page's " + UI + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headers(HttpServletResponse res, String type, int length) {
        res.setContentType(type);
        res.setContentLength(length);
        res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cache-Control", "no-cache");
    }

    /** Serves one fixed text for GET and HEAD. */
    private static final class Text extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final byte[] body;

        Text(String type, String text) {
            this.type = type;
            this.body = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            headers(res, type, body.length);
            res.getOutputStream().write(body);
        }

        @Override
        protected void doHead(HttpServletRequest req, HttpServletResponse res) {
            headers(res, type, body.length);
        }
    }

    /** Serves the page's script and style sheet by name; anything else under {@code /ui/} is 404. */
    private static final class Assets extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final Map<String, Text> files;

        Assets(Map<String, Text> files) {
            this.files = Map.copyOf(files);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Text t = files.get(req.getPathInfo());
            if (t == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            t.doGet(req, res);
        }

        @Override
        protected void doHead(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Text t = files.get(req.getPathInfo());
            if (t == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            t.doHead(req, res);
        }
    }
}
