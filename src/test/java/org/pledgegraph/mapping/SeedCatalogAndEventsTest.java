package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.mapping.TestGraphs.BASE;
import static org.pledgegraph.mapping.TestGraphs.aboutSubjectsOf;
import static org.pledgegraph.mapping.TestGraphs.assertIsomorphic;
import static org.pledgegraph.mapping.TestGraphs.seeds;
import static org.pledgegraph.mapping.TestGraphs.turtle;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.pledgegraph.vocab.PG;

/** Golden tests of the catalog entities and policy events mapped from data/catalog and data/events. */
class SeedCatalogAndEventsTest {
    private static final String EVENT = BASE + "event/";

    private static Graph union() {
        return seeds().dataset().getUnionGraph();
    }

    @Test
    void mapsCatalogEntitiesWithTheirTypesLinksAndVerifiedWikidataIds() {
        Graph expected = turtle("/golden/catalog.ttl");
        Graph actual = aboutSubjectsOf(expected, union(), SchemaDO.description.asNode(),
                SKOS.editorialNote.asNode());
        assertIsomorphic(expected, actual, "the catalog entities");
    }

    @Test
    void linksToWikidataOnlyWhereTheCatalogGivesAnId() {
        TestGraphs.Built b = seeds();
        assertEquals(List.of("http://www.wikidata.org/entity/Q2283", "http://www.wikidata.org/entity/Q37156",
                "http://www.wikidata.org/entity/Q3884"),
                b.select("VALUES ?o { <" + BASE + "organization/ibm> <" + BASE + "organization/microsoft> <" + BASE
                        + "organization/amazon> } ?o owl:sameAs ?x"));
        // Unverified entities (the customer groups, the Verge, the UK government...) get no sameAs at all.
        assertEquals(List.of(BASE + "organization/aclu", BASE + "organization/amazon", BASE + "organization/dea",
                BASE + "organization/ibm", BASE + "organization/microsoft", BASE + "organization/us-congress",
                BASE + "organization/washington-post"),
                b.select("?x a schema:Organization ; owl:sameAs ?wd"));
        assertEquals(List.of(BASE + "person/satya-nadella"), b.select("?x a schema:Person ; owl:sameAs ?wd"));
    }

    @Test
    void keepsCatalogDescriptionsAndNotesAsGiven() {
        TestGraphs.Built b = seeds();
        List<String> notes = b.select("<" + BASE + "organization/ibm> skos:editorialNote ?x");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("Q37156 verified against public pages"), notes.get(0));
        List<String> descriptions = b.select("<" + BASE + "organization/amazon> schema:description ?x");
        assertEquals(List.of("Company that in June 2020 instituted a one-year moratorium on selling Amazon"
                + " Rekognition to police (002, 003, 004)."), descriptions);
        assertEquals(18, b.report().organizations());
        assertEquals(8, b.report().people());
        assertEquals(5, b.report().products());
    }

    @Test
    void mapsEveryEventWithItsTypeActorsDatesRelationsClaimsAndSources() {
        Graph expected = turtle("/golden/events.ttl");
        Graph events = seeds().graph("events/events.yaml");
        Graph actual = aboutSubjectsOf(expected, events, SchemaDO.description.asNode(), SKOS.editorialNote.asNode(),
                PG.endDerivation, SchemaDO.text.asNode(), PG.action, PG.condition);
        assertIsomorphic(expected, actual, "the events");
        // Nothing else is said in the events graph: no subject the golden file does not describe.
        Graph rest = aboutSubjectsOf(expected, events);
        assertEquals(events.size(), rest.size(), "triples about subjects the golden file does not know");
        assertEquals(16, seeds().report().events());
    }

    @Test
    void mapsAMonthOnlyDateAsGYearMonthNeverAsTheFirstOfTheMonth() {
        TestGraphs.Built b = seeds();
        Node contract = TestGraphs.iri("event/2023-08-ibm-home-office-biometrics-contract");
        assertTrue(b.ask("<" + contract.getURI() + "> pg:date ?d ; pg:datePrecision \"month\" ; pg:sortKey \"2023-08\""
                + " FILTER(DATATYPE(?d) = xsd:gYearMonth && STR(?d) = \"2023-08\")"));
        assertFalse(b.ask("?s ?p ?o FILTER(isLiteral(?o) && STRSTARTS(STR(?o), \"2023-08-01\"))"));
        assertFalse(b.ask("?s ?p ?o FILTER(isLiteral(?o) && STRSTARTS(STR(?o), \"2020-08-01\"))"));
        // Sort keys order events across precisions: the month sorts before any day in it.
        List<String> keys = b.select("?e pg:sortKey ?x");
        assertTrue(keys.indexOf("2020-08") < keys.indexOf("2020-09"), keys.toString());
        assertTrue("2023-08".compareTo("2023-08-01") < 0);
    }

    @Test
    void keepsTheTextsOfEventsScopesAndClaims() {
        TestGraphs.Built b = seeds();
        assertEquals(List.of("start + P1Y: a one-year moratorium announced and started on 2020-06-10"),
                b.select("<" + EVENT + "2020-06-10-amazon-rekognition-moratorium> pg:endDerivation ?x"));
        assertEquals(List.of("suspend sales of Amazon Rekognition to police for one year"),
                b.select("<" + EVENT + "2020-06-10-amazon-rekognition-moratorium/scope> pg:action ?x"));
        assertEquals(List.of("until the U.S. creates a legal framework for the technology"),
                b.select("<" + EVENT + "2020-06-08-ibm-exits-facial-recognition/scope> pg:condition ?x"));
        List<String> claim = b.select("<" + BASE + "claim/ibm-home-office-contract-contradicts-2020-pledge>"
                + " schema:text ?x");
        assertEquals(1, claim.size());
        assertTrue(claim.get(0).startsWith("In 2020, during the surge of the Black Lives Matter movement, IBM vowed"));
        List<String> counter = b.select("<" + BASE + "claim/ibm-denies-home-office-contract-contradicts-2020-pledge>"
                + " schema:text ?x");
        assertEquals(1, counter.size());
        assertTrue(counter.get(0).startsWith("In line with our commitments in 2020, IBM no longer offers"));
        assertTrue(counter.get(0).endsWith("‘faces in the crowd.'"), counter.get(0));
        assertEquals(16, b.select("?x a pg:PolicyEvent ; skos:editorialNote ?n").size(), "every event keeps its note");
    }

    @Test
    void linksEverySourceOfAnEventToAnArticleOfTheGraphUnlessMarkedExternal() {
        TestGraphs.Built b = seeds();
        // External sources are outside the corpus by design; all others are articles mapped from the seeds.
        assertEquals(List.of(BASE + "article/buzzfeednews.com/article/carolinehaskins1/amazon-suspending-facial-recognition-police",
                BASE + "article/ceasefireoregon.org/bills/george-floyd-justice-in-policing-act",
                BASE + "article/theverge.com/2021/5/18/22442580/amazon-law-enforcement-police-facial-recognition-software-ban"),
                b.select("?e pg:source ?x FILTER NOT EXISTS { ?x schema:headline ?h }"));
        assertEquals(List.of(), b.report().warnings().stream().filter(w -> w.contains("sources")).toList());
    }
}
