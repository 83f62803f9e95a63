package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.mapping.TestGraphs.assertIsomorphic;
import static org.pledgegraph.mapping.TestGraphs.seeds;
import static org.pledgegraph.mapping.TestGraphs.turtle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** Golden tests of the articles, providers and topics mapped from the seeds in data/seeds. */
class SeedArticlesTest {
    private static final String G000 = "seeds/000_f59e8f0e05a165bf.txt";
    private static final String G002 = "seeds/002_b9fa2a5927193a27.txt";
    private static final String DOC_002 = "article/document/seeds/002_b9fa2a5927193a27";
    private static final String MASHABLE_IBM = "article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress";

    @Test
    void mapsNewsItem000WithItsRelatedItemsToTheExpectedGraph() {
        assertIsomorphic(turtle("/golden/seed-000.ttl"), seeds().graph(G000), G000);
    }

    @Test
    void mapsPlainTextArticle002WithBylinePeriodicalDateAndCitations() {
        Graph actual = TestGraphs.without(seeds().graph(G002), SchemaDO.articleBody.asNode());
        assertIsomorphic(turtle("/golden/seed-002.ttl"), actual, G002);
    }

    @Test
    void cleansThePlainTextBodyAndCutsItWhereTheSidecarSays() {
        List<String> bodies = seeds().select("<" + TestGraphs.BASE + DOC_002 + "> schema:articleBody ?x");
        assertEquals(1, bodies.size());
        String body = bodies.get(0);
        assertTrue(body.startsWith("IBM CEO Arvind Krishna sent a letter[1] to the United States Congress on June 8"),
                body);
        assertTrue(body.endsWith("seeking to prohibit scraping photos on the web for data without explicit consent."),
                body);
        assertTrue(body.contains("Amazon committed to a one-year suspension of sales of its facial recognition"
                + " technology, Rekognition.[3]"), "link markup becomes plain text: " + body);
        assertFalse(body.contains("](#)"), body);
        assertFalse(body.contains("By Sascha Matuszak"), "the byline is not body text");
        assertFalse(body.contains("<https://bit.ly/"), "the numbered references are citations, not body text");
        assertFalse(body.contains("only available to subscribers"), "bodyEndsBefore cuts the boilerplate");
    }

    @Test
    void mapsThePlainTextArticleWithASidecarUrlAsAWebArticle() {
        TestGraphs.Built b = seeds();
        String iri = TestGraphs.BASE
                + "article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-70-million-deal";
        assertTrue(b.ask("GRAPH <" + TestGraphs.BASE + "graph/seeds/004_533119cc18372630.txt> { <" + iri + ">"
                + " a schema:NewsArticle ;"
                + " schema:headline \"IBM Contradicts Pledge Not to Develop Facial Recognition Systems, Strikes $70 Million Deal\" ;"
                + " schema:url <https://aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-70-million-deal/> ;"
                + " schema:author <" + TestGraphs.BASE + "person/carson-masterson> }"));
        assertFalse(b.ask("?a schema:articleBody ?body FILTER(CONTAINS(?body, \"Author Profile\")"
                + " || CONTAINS(?body, \"Martin Harris\") || CONTAINS(?body, \"Carson Masterson /\"))"),
                "004's body stops before the site boilerplate and leaves out the byline");
        assertFalse(b.ask("<" + iri + "> schema:datePublished ?d"), "004 states no date and its sidecar gives none");
        assertFalse(b.ask("?a schema:url ?u FILTER(CONTAINS(STR(?a), \"article/document/seeds/004\"))"),
                "no second resource for 004 under its path");
    }

    @Test
    void mapsRelatedItemsToOneResourcePerUrl() {
        TestGraphs.Built b = seeds();
        // 000 is the Mashable article itself and is in 003's related list; 003 is the ACLU article and is in 000's.
        assertEquals(List.of(TestGraphs.BASE + MASHABLE_IBM),
                b.select("?x schema:url <https://mashable.com/article/ibm-facial-recognition-law-enforcement-congress/>"));
        assertTrue(b.ask("GRAPH <" + TestGraphs.BASE + "graph/seeds/003_e56a5ad6e7ac456c.txt> {"
                + " ?item pg:relatedArticle <" + TestGraphs.BASE + MASHABLE_IBM + "> }"));
        assertTrue(b.ask("GRAPH <" + TestGraphs.BASE + "graph/" + G000 + "> { <" + TestGraphs.BASE + MASHABLE_IBM
                + "> pg:heat 129 }"), "the file's own facts are in its own graph");
        String aclu = "https://www.businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6";
        List<String> acluNodes = b.select("?x schema:url <" + aclu + ">");
        assertEquals(1, acluNodes.size(), acluNodes.toString());
        // Facts from 003 (the file) and 000 (a related item) meet on the one node in the union.
        assertTrue(b.ask("<" + acluNodes.get(0) + "> pg:category \"news\" ; pg:heat -1 ; pg:quality 61 ;"
                + " ^pg:relatedArticle <" + TestGraphs.BASE + MASHABLE_IBM + ">"));
        // Every article IRI is used by exactly one URL, and every URL by one article IRI.
        assertFalse(b.ask("?a schema:url ?u1 , ?u2 FILTER(?u1 != ?u2)"));
        assertFalse(b.ask("?a1 schema:url ?u . ?a2 schema:url ?u FILTER(?a1 != ?a2)"));
    }

    @Test
    void mapsEveryArticleOfTheSeedsOnce() throws IOException {
        // The web addresses the seeds give (webUrl of every item and related item, and 004's sidecar url), read with a
        // regular expression rather than the mapper's reader.
        TreeSet<String> urls = new TreeSet<>();
        Pattern webUrl = Pattern.compile("(?m)^\\s*(?:- )?webUrl: \"([^\"]+)\"");
        try (var files = Files.list(Path.of("data/seeds"))) {
            for (Path p : files.toList()) {
                Matcher m = webUrl.matcher(Files.readString(p));
                while (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        urls.add("https://aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-70-million-deal/");
        TestGraphs.Built b = seeds();
        assertEquals(List.copyOf(urls), b.select("?a a schema:NewsArticle ; schema:url ?x"));
        // Plus 002, which has no address: one article per distinct address, and one document.
        assertEquals(urls.size() + 1, b.select("?x a schema:NewsArticle").size());
        assertEquals(urls.size() + 1, b.report().articles());
    }

    @Test
    void mapsEveryProviderOfTheSeedsWithItsNameDomainAndLogo() throws IOException {
        TreeSet<String> domains = new TreeSet<>();
        Pattern domain = Pattern.compile("(?m)^\\s+domain: (\\S+)$");
        try (var files = Files.list(Path.of("data/seeds"))) {
            for (Path p : files.toList()) {
                Matcher m = domain.matcher(Files.readString(p));
                while (m.find()) {
                    domains.add(m.group(1));
                }
            }
        }
        TestGraphs.Built b = seeds();
        assertEquals(List.copyOf(domains), b.select("?p a pg:NewsProvider ; pg:domain ?x"));
        assertEquals(domains.size(), b.report().providers());
        assertTrue(b.ask("<" + TestGraphs.BASE + "provider/forbes.com> a schema:Organization , pg:NewsProvider ;"
                + " schema:name \"Forbes\" ; pg:domain \"forbes.com\" ;"
                + " schema:logo [ a schema:ImageObject ;"
                + "   schema:contentUrl <https://smartableai.github.io/artificial-intelligence/assets/images/organizations/forbes.com-50x50.jpg> ;"
                + "   schema:width 50 ; schema:height 50 ]"));
        assertEquals(List.of("Business Insider"),
                b.select("<" + TestGraphs.BASE + "provider/businessinsider.com> schema:name ?x"));
    }

    @Test
    void mapsTopicsToSkosConceptsInOneScheme() {
        TestGraphs.Built b = seeds();
        assertEquals(List.of("AI", "AWS AI", "Computer Vision"),
                b.select("?t a skos:Concept ; skos:inScheme <" + TestGraphs.BASE + "topic> ; skos:prefLabel ?x"));
        assertTrue(b.ask("<" + TestGraphs.BASE + "topic/aws-ai> skos:prefLabel \"AWS AI\"@en"));
        assertTrue(b.ask("<" + TestGraphs.BASE + "article/forbes.com/sites/larrymagid/2020/06/12/"
                + "ibm-microsoft-and-amazon-not-letting-police-use-their-facial-recognition-technology>"
                + " schema:about <" + TestGraphs.BASE + "topic/aws-ai> , <" + TestGraphs.BASE + "topic/ai> ,"
                + " <" + TestGraphs.BASE + "topic/computer-vision>"));
    }

    @Test
    void neverMapsTheSecuredSignature() throws IOException {
        TestGraphs.Built b = seeds();
        Pattern secured = Pattern.compile("(?m)^secured: \"([^\"]{40})");
        int found = 0;
        try (var files = Files.list(Path.of("data/seeds"))) {
            for (Path p : files.toList()) {
                Matcher m = secured.matcher(Files.readString(p));
                while (m.find()) {
                    found++;
                    String start = m.group(1);
                    assertFalse(b.ask("?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"" + start + "\"))"),
                            p + ": its signature is in the graph");
                }
            }
        }
        assertEquals(3, found, "the three news items of the seeds carry a signature");
        assertFalse(b.ask("?s ?p ?o FILTER(CONTAINS(LCASE(STR(?p)), \"secured\"))"));
    }

    @Test
    void keepsTheDatePrecisionOfPublicationDates() {
        TestGraphs.Built b = seeds();
        Node dateTime = NodeFactory.createURI("http://www.w3.org/2001/XMLSchema#dateTime");
        assertTrue(b.ask("<" + TestGraphs.BASE + MASHABLE_IBM + "> schema:datePublished ?d"
                + " FILTER(DATATYPE(?d) = <" + dateTime.getURI() + "> && STR(?d) = \"2020-06-09T18:02:00Z\")"));
        assertTrue(b.ask("<" + TestGraphs.BASE + DOC_002 + "> schema:datePublished \"2020-06-25\"^^xsd:date"));
        assertFalse(b.ask("?a schema:datePublished ?d FILTER(DATATYPE(?d) = xsd:string)"));
    }

    @Test
    void theSeedsConformToTheShapes() {
        ShapesValidator.Result r = ShapesValidator.fromClasspath().validate(seeds().dataset(), Iris.of(TestGraphs.BASE));
        assertEquals(List.of(), r.violations());
        assertEquals(List.of(), r.warnings());
    }
}
