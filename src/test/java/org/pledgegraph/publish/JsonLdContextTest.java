package org.pledgegraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {
    private static final String DATA = """
            PREFIX schema: <https://schema.org/>
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/pledgegraph/graph/events.yaml> {
              <https://w3id.org/pledgegraph/event/e> a pg:Pledge ; schema:name "IBM exits <facial> recognition" ;
                  pg:actor <https://w3id.org/pledgegraph/organization/ibm> ;
                  pg:date "2020-06"^^xsd:gYearMonth ; pg:openEnded true ; pg:quality 89 ;
                  pg:heat 123456789012345678901234567890 ; schema:value 54700000.0 .
              <https://w3id.org/pledgegraph/topic/ai> skos:prefLabel "AI"@en ; schema:name "KI"@de .
            }
            <https://w3id.org/pledgegraph/graph/build> {
              <https://w3id.org/pledgegraph/graph/events.yaml> pg:path "events.yaml" .
            }
            """;

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(text, lang).parse(dsg);
        return dsg;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void compactsWithShortKeysAndReadsBackToTheSameQuads() {
        DatasetGraph source = parse(DATA, Lang.TRIG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdContext.writeDataset(source, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"@context\": {"), "the context comes first: " + json.substring(0, 40));
        for (String expected : new String[] {"\"actor\": \"https://w3id.org/pledgegraph/organization/ibm\"",
            "\"type\": \"Pledge\"", "\"openEnded\": true", "\"quality\": 89", "\"prefLabel\": \"AI\"",
            "\"name\": \"IBM exits <facial> recognition\"", "\"path\": \"events.yaml\""}) {
            assertTrue(json.contains(expected), expected + " in\n" + json.substring(json.indexOf("\"@graph\"")));
        }
        assertEquals(quads(source), quads(parse(json, Lang.JSONLD)), "the JSON-LD means the same quads");
    }

    @Test
    void publishedContextIsTheEmbeddedOne() {
        String published = new String(JsonLdContext.bytes(), StandardCharsets.UTF_8);
        assertTrue(published.contains("\"headline\": \"schema:headline\""));
        assertTrue(published.contains("\"actor\": {\"@id\": \"pg:actor\", \"@type\": \"@id\"}"));
    }
}
