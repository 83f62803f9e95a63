package org.pledgegraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

class VoidDescriptionTest {
    private static final String B = "http://example.org/pg/";
    private static final String DATA = """
            PREFIX schema: <https://schema.org/>
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <http://example.org/pg/graph/a> {
              <http://example.org/pg/organization/ibm> a schema:Organization ; schema:name "IBM" .
              <http://example.org/pg/event/e> a pg:PolicyEvent ; pg:actor <http://example.org/pg/organization/ibm> .
            }
            <http://example.org/pg/graph/b> {
              <http://example.org/pg/organization/ibm> schema:name "IBM" .
              <http://example.org/pg/organization/acme> a schema:Organization ; schema:url <https://acme.example/> .
            }
            <http://example.org/pg/graph/build> {
              <http://example.org/pg/build/1> a pg:Build ; prov:endedAtTime "2024-05-01T12:00:00Z"^^xsd:dateTime .
            }
            """;

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static boolean has(Graph g, String s, Node p, Node o) {
        return g.contains(Triple.create(iri(s), p, o));
    }

    @Test
    void countsTheDataAndDescribesItsDumpsEndpointAndPartitions() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(dsg);
        VoidDescription.addTo(dsg, B, "pledgegraph/sparql");
        Graph g = dsg.getGraph(iri(B + "graph/void"));
        String ds = B + "dataset";
        // 8 distinct triples in the union (the repeated name counts once), without the description itself.
        assertTrue(has(g, ds, VOID.triples.asNode(), integer(8)), "triples");
        assertTrue(has(g, ds, VOID.entities.asNode(), integer(4)), "entities: subjects under the base");
        assertTrue(has(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(B)));
        assertTrue(has(g, ds, VOID.sparqlEndpoint.asNode(), iri(B + "pledgegraph/sparql")));
        for (RdfSyntax s : RdfSyntax.values()) {
            assertTrue(has(g, ds, VOID.dataDump.asNode(), iri(B + "dumps/pledgegraph." + s.extension())), s.name());
        }
        String orgs = B + "dataset/class/schema-Organization";
        assertTrue(has(g, ds, VOID.classPartition.asNode(), iri(orgs)));
        assertTrue(has(g, orgs, VOID._class.asNode(), iri("https://schema.org/Organization")));
        assertTrue(has(g, orgs, VOID.entities.asNode(), integer(2)));
        String names = B + "dataset/property/schema-name";
        assertTrue(has(g, names, VOID.triples.asNode(), integer(1)), "the union holds IBM's name once");
        assertTrue(has(g, ds, VOID.exampleResource.asNode(), iri(B + "organization/ibm")), "the most linked-to");
        assertTrue(has(g, ds, iri("http://purl.org/dc/terms/modified"), NodeFactory.createLiteralDT(
                "2024-05-01T12:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)));
        assertTrue(has(g, ds, iri("http://purl.org/dc/terms/license"),
                iri("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(has(g, B + "graph/void", VOID.inDataset.asNode(), iri(ds)));
        assertFalse(g.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> t.getSubject().isBlank()).hasNext(),
                "no blank nodes");
    }

    @Test
    void replacingTheDescriptionGivesTheSameGraph() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(dsg);
        VoidDescription.addTo(dsg, B, "pledgegraph/sparql");
        List<Triple> first = dsg.getGraph(iri(B + "graph/void")).find().toList();
        VoidDescription.addTo(dsg, B, "pledgegraph/sparql");
        Graph second = dsg.getGraph(iri(B + "graph/void"));
        assertEquals(first.size(), second.size(), "its own triples are not counted");
        first.forEach(t -> assertTrue(second.contains(t), t.toString()));
    }
}
