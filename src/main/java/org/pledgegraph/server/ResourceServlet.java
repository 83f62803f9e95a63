package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * Answers {@code /{path}} for every IRI {@code {base}{path}} in the data: its description in the syntax the client
 * negotiates, or its HTML page; 404 when the data neither describes nor links to the IRI.
 */
final class ResourceServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    ResourceServlet(Site site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req);
        resp.setHeader("Vary", "Accept");
        String raw = path(req);
        String path = raw;
        byte[] body = Txn.calculateRead(site.dataset(), () -> render(raw, choice));
        if (body == null && raw.indexOf('%') >= 0) {
            // A client may percent-encode characters the IRI has as they are; try the IRI as written too.
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            body = Txn.calculateRead(site.dataset(), () -> render(decoded, choice));
            path = decoded;
        }
        if (body == null) {
            throw new NotFound("nothing is known about " + site.base() + raw);
        }
        resp.setHeader("Link", "<" + site.base() + Links.encodePath(path) + ">; rel=\"canonical\"");
        Responses.send(req, resp, body, choice.contentType(), site.context().lastModified());
    }

    /** Returns the representation of {@code {base}{path}}, or null when the data does not know it. */
    private byte[] render(String path, Negotiation.Choice choice) {
        Node iri = NodeFactory.createURI(site.base() + path);
        Description d = Description.of(site, iri);
        if (!d.exists()) {
            return null;
        }
        return choice.isHtml() ? ResourcePage.render(site, d) : d.serialize(choice.syntax());
    }
}
