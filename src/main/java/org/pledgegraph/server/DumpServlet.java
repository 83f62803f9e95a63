package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.publish.VoidDescription;

/**
 * Serves {@code /dumps/}, a page listing the dumps with their sizes and counts, and {@code /dumps/pledgegraph.{ext}},
 * each dump, gzip-compressed when the client accepts it.
 */
final class DumpServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    DumpServlet(Site site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path.equals("dumps")) {
            resp.sendRedirect("/dumps/");
            return;
        }
        String name = path.substring("dumps/".length());
        if (name.isEmpty() || name.equals("index.html")) {
            listing(req, resp);
            return;
        }
        for (RdfSyntax s : RdfSyntax.values()) {
            if (name.equals(Dumps.fileName(s))) {
                dump(req, resp, site.dumps().get(s));
                return;
            }
        }
        throw new NotFound("there is no dump called " + name + "; see /dumps/");
    }

    private void dump(HttpServletRequest req, HttpServletResponse resp, Dumps.Dump d) throws IOException {
        Responses.security(resp);
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
        resp.setHeader("Vary", "Accept-Encoding");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + Dumps.fileName(d.syntax()) + "\"");
        if (!Responses.validate(req, resp, gzip ? d.gzipEtag() : d.etag(), site.context().lastModified())) {
            return;
        }
        resp.setContentType(d.syntax().contentType());
        Path file = gzip ? d.gzip() : d.file();
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLengthLong(Files.size(file));
        if (!"HEAD".equals(req.getMethod())) {
            Files.copy(file, resp.getOutputStream());
        }
    }

    /** Returns true if an Accept-Encoding header admits gzip (or any encoding) with a q-value above 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // An unreadable weight admits nothing.
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Html h = Layout.page("Downloads", null, "dumps");
        h.raw("<h1>Download the graph</h1>\n<p class=\"lead\">The whole dataset in six RDF syntaxes. N-Quads, TriG and "
                + "JSON-LD keep the named graphs (one per source file, plus the build and VoID graphs); Turtle, "
                + "N-Triples and RDF/XML hold the union of all graphs. JSON-LD uses the short keys of the ")
                .raw("<a href=\"/context.jsonld\">published context</a>.</p>\n");
        h.raw("<table class=\"facts dumps\">\n<thead><tr><th>syntax</th><th>file</th><th>media type</th>"
                + "<th>statements</th><th>size</th><th>gzip</th></tr></thead>\n<tbody>\n");
        for (RdfSyntax s : RdfSyntax.values()) {
            Dumps.Dump d = site.dumps().get(s);
            h.raw("<tr><th>").text(s.label()).raw("</th><td>");
            h.link("/dumps/" + Dumps.fileName(s), Dumps.fileName(s), "download", Dumps.fileName(s),
                    "data-statements", Long.toString(d.statements()));
            h.raw("</td><td><code>").text(s.mediaType()).raw("</code></td><td>");
            h.text(s.isQuads() ? String.format(Locale.ROOT, "%,d quads in %,d graphs", d.statements(), d.graphs())
                    : String.format(Locale.ROOT, "%,d triples (union)", d.statements()));
            h.raw("</td><td>").text(size(d.size())).raw("</td><td>").text(size(d.gzipSize())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        h.raw("<p>Clients that send <code>Accept-Encoding: gzip</code> get the compressed file. The same dumps are "
                + "listed in the dataset's <a href=\"/.well-known/void\">VoID description</a>. For example:</p>\n");
        h.raw("<pre>").text("curl --compressed -O " + VoidDescription.dumpIri(site.base(), RdfSyntax.NQUADS)
                + "\nrapper -i turtle -c pledgegraph.ttl").raw("</pre>\n");
        Responses.send(req, resp, Layout.end(h).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/html; charset=utf-8", site.context().lastModified());
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
