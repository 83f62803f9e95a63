package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.pledgegraph.publish.Sparql;

class TimelineTest {
    private static final String DATA = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX ex: <http://example.org/pg/>
            ex:g {
              ex:acme schema:name "Acme" .
              ex:jane a schema:Person ; schema:name "Jane" .
              ex:e1 a pg:PolicyEvent, pg:Pledge, pg:Moratorium ; schema:name "Acme stops selling" ;
                  pg:actor ex:acme, ex:jane ; pg:date "2021-03"^^xsd:gYearMonth ; pg:openEnded true ;
                  pg:source ex:a1 .
              ex:a1 schema:headline "Acme stops <selling>" .
              ex:e2 a pg:PolicyEvent, pg:Audit ; schema:name "An audit of Acme" ; pg:actor ex:acme ;
                  schema:startDate "2022-01-10"^^xsd:date ; schema:endDate "2022-02-10"^^xsd:date ;
                  pg:contradicts ex:e1 .
              ex:e3 a pg:PolicyEvent, pg:Statement ; schema:name "Nobody said it" ; pg:date "2021"^^xsd:gYear .
              ex:e4 a pg:PolicyEvent, pg:Policy ; schema:name "A policy of Acme, date unknown" ; pg:actor ex:acme .
            }
            """;

    private static String render() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(DATA, Lang.TRIG).parse(dsg);
        Timeline t = Timeline.of(Sparql.select(DatasetGraphFactory.wrap(dsg.getUnionGraph()),
                Sparql.parse(Timeline.QUERY), Map.of(), Duration.ofSeconds(10)));
        return new String(t.render(new Links("http://example.org/pg/"), "/pledgegraph/sparql"),
                StandardCharsets.UTF_8);
    }

    private static long count(String html, String regex) {
        return Pattern.compile(regex).matcher(html).results().count();
    }

    @Test
    void drawsEveryEventOnceFollowingTheData() {
        String html = render();
        assertEquals(4, count(html, "data-event-iri=\""));
        assertTrue(html.contains("data-event-iri=\"http://example.org/pg/e1\" data-type=\"Moratorium\""),
                "the most specific type");
        assertTrue(html.contains("data-type=\"Audit\""), "a type the code does not know");
        assertTrue(html.contains("value=\"Audit\""), "and a filter for it");
        assertTrue(html.contains("data-contradicts=\"http://example.org/pg/e1\""));
        assertTrue(html.contains("from March 2021, open-ended"), "month precision and open end");
        assertTrue(html.contains("class=\"mark open\""), "an open-ended span");
        assertTrue(html.contains("10 January 2022 – 10 February 2022"), "a span from start to end");
        assertTrue(html.contains("no actor stated"), "an event without actors still has a row");
        assertTrue(html.contains("Undated"), "and one without a date its lane");
        assertTrue(html.contains("Acme: A policy of Acme, date unknown"));
        assertTrue(html.contains(">Acme stops &lt;selling&gt;</a>"), "sources linked, escaped");
        assertTrue(html.contains("<option value=\"http://example.org/pg/jane\">Jane (1)</option>"),
                "people can be filtered on too");
        assertEquals(1, count(html, "<div class=\"row\" data-row=\"\"><div class=\"row-label\"><a href=\"/acme\""),
                "Acme's events share one row: an organization before a person");
    }
}
