package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pledgegraph.publish.RdfOutput;
import org.pledgegraph.vocab.PG;

/**
 * Serves {@code /ontology}: the pledgegraph ontology shipped in the jar, in the negotiated RDF syntax or as a page
 * listing its classes and properties (each with an anchor, so {@code /ontology#Pledge} works).
 */
final class OntologyServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final String RESOURCE = "/pledgegraph/ontology/pledgegraph.ttl";

    private transient Graph ontology;

    OntologyServlet(Site site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Negotiation.Choice choice = Negotiation.choose(req);
        resp.setHeader("Vary", "Accept");
        Graph g = ontology();
        byte[] body;
        if (choice.isHtml()) {
            body = page(g);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfOutput.writeGraph(g, choice.syntax(), out);
            body = out.toByteArray();
        }
        Responses.send(req, resp, body, choice.contentType(), null);
    }

    private synchronized Graph ontology() {
        if (ontology == null) {
            try (InputStream in = OntologyServlet.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new NotFound("the ontology is not part of this build (" + RESOURCE + " is missing)");
                }
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).base(PG.ONTOLOGY).parse(g);
                ontology = g;
            } catch (IOException | RiotException e) {
                throw new IllegalStateException("cannot read the ontology " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return ontology;
    }

    private byte[] page(Graph g) {
        Html h = Layout.page("Ontology", PG.ONTOLOGY, "ontology");
        h.raw("<h1>The pledgegraph ontology</h1>\n<p class=\"iri\"><code>").text(PG.NS).raw("</code></p>\n");
        Node onto = NodeFactory.createURI(PG.ONTOLOGY);
        for (Node c : values(g, onto, RDFS.comment.asNode())) {
            h.element("p", c.getLiteralLexicalForm(), "class", "lead");
        }
        h.raw("<p class=\"formats\">As <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · "
                + "<a href=\"?format=rdf\">RDF/XML</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
        section(h, g, "Classes", List.of(OWL.Class.asNode(), RDFS.Class.asNode()));
        section(h, g, "Properties", List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                RDF.Property.asNode(), OWL.AnnotationProperty.asNode()));
        return Layout.end(h).getBytes(StandardCharsets.UTF_8);
    }

    private void section(Html h, Graph g, String title, List<Node> types) {
        TreeMap<String, Node> terms = new TreeMap<>();
        for (Node t : types) {
            g.find(Node.ANY, RDF.type.asNode(), t).forEachRemaining(tr -> {
                Node s = tr.getSubject();
                if (s.isURI() && s.getURI().startsWith(PG.NS)) {
                    terms.put(s.getURI().substring(PG.NS.length()), s);
                }
            });
        }
        if (terms.isEmpty()) {
            return;
        }
        h.element("h2", title).raw("\n<dl class=\"terms\">\n");
        for (var e : terms.entrySet()) {
            Node term = e.getValue();
            h.open("dt", "id", e.getKey()).element("code", "pg:" + e.getKey());
            for (Node l : values(g, term, RDFS.label.asNode())) {
                h.raw(" — ").text(l.getLiteralLexicalForm());
            }
            h.raw("</dt>\n<dd>");
            for (Node c : values(g, term, RDFS.comment.asNode())) {
                h.element("p", c.getLiteralLexicalForm());
            }
            relation(h, g, term, RDFS.subClassOf.asNode(), "subclass of");
            relation(h, g, term, RDFS.subPropertyOf.asNode(), "subproperty of");
            relation(h, g, term, RDFS.domain.asNode(), "domain");
            relation(h, g, term, RDFS.range.asNode(), "range");
            h.raw("</dd>\n");
        }
        h.raw("</dl>\n");
    }

    private void relation(Html h, Graph g, Node term, Node p, String label) {
        List<Node> objects = values(g, term, p);
        if (objects.isEmpty()) {
            return;
        }
        h.raw("<p class=\"meta\">").text(label).raw(": ");
        boolean first = true;
        for (Node o : objects) {
            h.raw(first ? "" : ", ");
            first = false;
            String href = o.isURI() ? site.links().href(o.getURI()) : null;
            String text = o.isURI() ? Links.compact(o.getURI()) : o.toString();
            if (href != null) {
                h.link(href, text);
            } else {
                h.text(text);
            }
        }
        h.raw("</p>");
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }
}
