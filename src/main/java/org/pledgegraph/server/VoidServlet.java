package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.pledgegraph.publish.RdfOutput;
import org.pledgegraph.publish.VoidDescription;

/**
 * Serves {@code /.well-known/void}: the VoID and DCAT description of the dataset (its graph {@code graph/void}) in
 * the negotiated RDF syntax (TriG and N-Quads keep the graph's name), or as the dataset's HTML page.
 */
final class VoidServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    VoidServlet(Site site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req);
        resp.setHeader("Vary", "Accept");
        byte[] body = Txn.calculateRead(site.dataset(), () -> {
            if (choice.isHtml()) {
                Node dataset = NodeFactory.createURI(site.base() + VoidDescription.DATASET_PATH);
                Description d = Description.of(site, dataset);
                return d.exists() ? ResourcePage.render(site, d) : null;
            }
            Node name = VoidDescription.graphName(site.base());
            DatasetGraph dsg = DatasetGraphFactory.create();
            site.dsg().find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(dsg::add);
            if (dsg.isEmpty()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfOutput.write(dsg, choice.syntax(), out);
            return out.toByteArray();
        });
        if (body == null) {
            throw new NotFound("this dataset has no VoID description");
        }
        Responses.send(req, resp, body, choice.contentType(), site.context().lastModified());
    }
}
