package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.publish.RdfSyntax;

class LinkedDataServerTest {
    private static final String S = "https://schema.org/";
    private static final String PG = "https://w3id.org/pledgegraph/ontology#";
    private static final String B = LinkedDataSeed.BASE;

    @TempDir
    static Path store;
    private static LinkedDataTestServer server;

    @BeforeAll
    static void start() {
        server = LinkedDataTestServer.start(store);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---- dereferencing in every format ----

    @Test
    void organizationDescriptionHasItsFactsLinksToItLabelsAndSourcesInEveryFormat() {
        for (RdfSyntax s : RdfSyntax.values()) {
            Graph g = triples(getOk("/organization/ibm", s), s);
            String why = "IBM as " + s;
            assertTrue(has(g, LinkedDataSeed.IBM, S + "name", lit("IBM")), why);
            assertTrue(has(g, LinkedDataSeed.IBM, RDF.type.getURI(), uri(S + "Organization")), why);
            assertTrue(has(g, LinkedDataSeed.EVENT, PG + "actor", uri(LinkedDataSeed.IBM)), why + ": links to it");
            assertTrue(has(g, LinkedDataSeed.EVENT, S + "name", lit("IBM exits general-purpose facial recognition")),
                    why + ": labels of what links to it");
            assertTrue(has(g, LinkedDataSeed.IBM, RDFS.seeAlso.getURI(), uri(B + "graph/catalog/organizations.yaml")),
                    why + ": its source graph");
            assertTrue(has(g, B + "graph/catalog/organizations.yaml", "http://www.w3.org/ns/prov#wasDerivedFrom",
                    uri(B + "source/catalog/organizations.yaml")), why + ": where the graph came from");
        }
    }

    @Test
    void articleDescriptionHasProviderDateTopicsAndTheEventsItIsASourceFor() {
        for (RdfSyntax s : RdfSyntax.values()) {
            Graph g = triples(getOk("/article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress",
                    s), s);
            String why = "article as " + s;
            assertTrue(has(g, LinkedDataSeed.ARTICLE, S + "headline",
                    lit("IBM will no longer offer facial recognition software to law enforcement")), why);
            assertTrue(has(g, LinkedDataSeed.ARTICLE, S + "publisher", uri(B + "provider/mashable.com")), why);
            assertTrue(has(g, B + "provider/mashable.com", S + "name", lit("Mashable")), why + ": provider label");
            assertTrue(has(g, LinkedDataSeed.ARTICLE, S + "datePublished", NodeFactory.createLiteralDT(
                    "2020-06-09T18:02:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)), why);
            assertTrue(has(g, LinkedDataSeed.EVENT, PG + "source", uri(LinkedDataSeed.ARTICLE)), why + ": event it supports");
        }
    }

    @Test
    void eventDescriptionHasActorsDatesSourcesAndWhatContradictsIt() {
        for (RdfSyntax s : RdfSyntax.values()) {
            Graph g = triples(getOk("/event/2020-06-08-ibm-exits-facial-recognition", s), s);
            String why = "event as " + s;
            assertTrue(has(g, LinkedDataSeed.EVENT, RDF.type.getURI(), uri(PG + "Pledge")), why);
            assertTrue(has(g, LinkedDataSeed.EVENT, PG + "actor", uri(LinkedDataSeed.IBM)), why);
            assertTrue(has(g, LinkedDataSeed.EVENT, PG + "date", NodeFactory.createLiteralDT("2020-06-08",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)), why);
            assertTrue(has(g, LinkedDataSeed.EVENT, PG + "source", uri(LinkedDataSeed.ARTICLE)), why);
            assertTrue(has(g, LinkedDataSeed.CONTRACT, PG + "contradicts", uri(LinkedDataSeed.EVENT)), why);
        }
    }

    @Test
    void quadsFormatsKeepTheGraphEachFactCameFrom() {
        for (RdfSyntax s : List.of(RdfSyntax.TRIG, RdfSyntax.NQUADS)) {
            DatasetGraph dsg = quads(getOk("/organization/ibm", s).body(), s);
            assertTrue(dsg.contains(uri(B + "graph/catalog/organizations.yaml"), uri(LinkedDataSeed.IBM), uri(S + "name"),
                    lit("IBM")), "IBM's name in its catalog's graph, as " + s);
        }
    }

    @Test
    void jsonLdUsesShortKeysFromThePublishedContext() {
        String json = new String(getOk("/event/2023-08-ibm-home-office-biometrics-contract", RdfSyntax.JSONLD)
                .body(), StandardCharsets.UTF_8);
        for (String key : List.of("\"@context\"", "\"actor\"", "\"contradicts\"", "\"name\"", "\"source\"",
                "\"id\"", "\"type\"")) {
            assertTrue(json.contains(key), key + " in " + json.substring(0, 300));
        }
        assertFalse(json.contains("\"https://w3id.org/pledgegraph/ontology#actor\""), "no long keys");
        HttpResponse<byte[]> context = server.get("/context.jsonld");
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        String published = new String(context.body(), StandardCharsets.UTF_8);
        assertTrue(published.contains("\"headline\": \"schema:headline\""), published.substring(0, 200));
    }

    @Test
    void formatParameterOverridesTheAcceptHeader() {
        HttpResponse<byte[]> r = server.get("/organization/ibm?format=ttl", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<byte[]> html = server.get("/organization/ibm?format=html", "Accept", "text/turtle");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(400, server.get("/organization/ibm?format=docx").statusCode());
    }

    @Test
    void acceptHeaderIsNegotiatedWithQValues() {
        assertEquals("application/rdf+xml", type(server.get("/organization/ibm", "Accept",
                "text/turtle;q=0.5, application/rdf+xml")));
        assertEquals("text/turtle", type(server.get("/organization/ibm", "Accept",
                "application/rdf+xml;q=0.3, text/turtle;q=0.9")));
        assertEquals("text/html", type(server.get("/organization/ibm", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertEquals("application/n-triples", type(server.get("/organization/ibm", "Accept",
                "text/turtle;q=0, application/n-triples;q=0.5")));
        HttpResponse<byte[]> none = server.get("/organization/ibm", "Accept", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(server.get("/organization/ibm").headers().allValues("Vary").contains("Accept"));
    }

    @Test
    void unknownIriGives404AsAPageForBrowsersAndALineForOthers() {
        HttpResponse<byte[]> page = server.get("/organization/no-such-company", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(type(page).equals("text/html"));
        HttpResponse<byte[]> line = server.get("/organization/no-such-company", "Accept", "text/turtle");
        assertEquals(404, line.statusCode());
        assertEquals("nothing is known about " + B + "organization/no-such-company\n",
                new String(line.body(), StandardCharsets.UTF_8));
        assertEquals(404, server.get("/event/").statusCode());
    }

    @Test
    void answersWithValidatorsAndHonoursConditionalRequests() {
        HttpResponse<byte[]> first = getOk("/organization/ibm", RdfSyntax.TURTLE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("Wed, 01 May 2024 12:00:00 GMT", lastModified);
        assertEquals(304, server.get("/organization/ibm", "Accept", "text/turtle", "If-None-Match", etag)
                .statusCode());
        assertEquals(200, server.get("/organization/ibm", "Accept", "text/turtle", "If-None-Match", "\"other\"")
                .statusCode());
        assertEquals(304, server.get("/organization/ibm", "Accept", "text/turtle", "If-Modified-Since",
                lastModified).statusCode());
        String htmlTag = server.get("/organization/ibm", "Accept", "text/html").headers().firstValue("ETag")
                .orElseThrow();
        assertFalse(htmlTag.equals(etag), "each representation has its own entity tag");
    }

    @Test
    void everyIriTheDataMintsAnswers() {
        Dataset ds = LinkedDataSeed.dataset();
        Set<String> iris = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(B)) {
                    iris.add(n.getURI());
                }
            }
        }));
        assertTrue(iris.size() > 150, "the seed data mints many IRIs: " + iris.size());
        // Not minted instance IRIs: the ontology's terms (served by /ontology once the ontology ships in the jar)
        // and the SPARQL endpoint the VoID description names (it answers queries, not plain GETs).
        iris.removeIf(iri -> iri.startsWith(org.pledgegraph.vocab.PG.NS) || iri.startsWith(B + "pledgegraph/"));
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        iris.parallelStream().forEach(iri -> {
            String path = "/" + iri.substring(B.length());
            HttpResponse<byte[]> r = server.get(path, "Accept", "text/turtle");
            if (r.statusCode() != 200) {
                failures.add(r.statusCode() + " " + path);
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void derivedIrisResolve() {
        for (String path : List.of("/event/2020-06-08-ibm-exits-facial-recognition/scope",
                "/article/document/seeds/002_b9fa2a5927193a27/citation/1",
                "/event/2023-08-ibm-home-office-biometrics-contract/amount/1", "/topic", "/technology",
                "/graph/build", "/graph/void", "/dataset", "/dataset/class/pg-Pledge")) {
            assertEquals(200, server.get(path, "Accept", "text/html").statusCode(), path);
        }
    }

    @Test
    void ontologyIsServedFromTheJarOrSaidToBeMissing() {
        boolean shipped = OntologyServlet.class.getResource(OntologyServlet.RESOURCE) != null;
        HttpResponse<byte[]> r = server.get("/ontology", "Accept", "text/turtle");
        if (shipped) {
            assertEquals(200, r.statusCode());
            Graph g = triples(r, RdfSyntax.TURTLE);
            assertTrue(g.contains(uri(PG + "Pledge"), RDF.type.asNode(), Node.ANY));
            assertTrue(html("/ontology").contains("id=\"Pledge\""), "an anchor per term");
        } else {
            assertEquals(404, r.statusCode());
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("ontology is not part of this build"));
        }
    }

    // ---- HTML pages ----

    @Test
    void organizationPageListsItsEventsInDateOrderWithTheirSources() {
        String html = html("/organization/ibm");
        assertTrue(html.contains("<h1>IBM</h1>"));
        int pledge = html.indexOf("IBM exits general-purpose facial recognition</a>");
        int statement = html.indexOf("IBM calls one-to-many matching");
        int contract = html.indexOf("IBM&#39;s £54.7 million contract");
        assertTrue(pledge > 0 && statement > pledge && contract > statement,
                "events in date order: " + pledge + " " + statement + " " + contract);
        assertTrue(html.contains("href=\"/article/mashable.com/article/ibm-facial-recognition-law-enforcement-"
                + "congress\""), "the 2020 pledge's sources are linked");
        assertTrue(html.contains("href=\"/article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition"
                + "-systems-strikes-70-million-deal\""), "the 2023 contract's source is linked");
        assertTrue(html.contains("href=\"/event/2023-08-ibm-home-office-biometrics-contract\""));
        assertEmbedsItsDescription(html, LinkedDataSeed.IBM, S + "name", lit("IBM"));
    }

    @Test
    void articlePageShowsProviderDateTopicsMentionsRelatedArticlesAndEvents() {
        String html = html("/article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress");
        assertTrue(html.contains("<h1>IBM will no longer offer facial recognition software to law enforcement</h1>"));
        assertTrue(html.contains(">Mashable</a>"), "provider");
        assertTrue(html.contains("9 June 2020, 18:02 UTC"), "date");
        assertTrue(html.contains(">Computer Vision</a>"), "topic");
        assertTrue(html.contains("href=\"/organization/ibm\""), "mentions IBM");
        assertTrue(html.contains("Related articles"));
        assertTrue(html.contains(">IBM is canceling its facial recognition programs</a>"), "a related article");
        assertTrue(html.contains("Events this article is a source for"));
        assertTrue(html.contains("href=\"/event/2020-06-08-ibm-exits-facial-recognition\""));
        assertEmbedsItsDescription(html, LinkedDataSeed.ARTICLE, S + "publisher", uri(B + "provider/mashable.com"));
    }

    @Test
    void eventPageShowsActorsScopeDatesSourcesRelationsAndCounterClaims() {
        String pledge = html("/event/2020-06-08-ibm-exits-facial-recognition");
        assertTrue(pledge.contains("<h3>Scope</h3>"));
        assertTrue(pledge.contains("until the U.S. creates a legal framework for the technology"));
        assertTrue(pledge.contains("8 June 2020"));
        assertTrue(pledge.contains("open-ended"));
        assertTrue(pledge.contains("Contradicted by"));
        String contract = html("/event/2023-08-ibm-home-office-biometrics-contract");
        assertTrue(contract.contains("August 2023"), "month precision shown as a month");
        assertTrue(contract.contains("href=\"/organization/uk-government\""), "actors");
        assertTrue(contract.contains("<h3>Sources</h3>"));
        assertTrue(contract.contains("Claims and counter-claims"));
        assertTrue(contract.contains("Counter-claim"));
        assertTrue(contract.contains("In line with our commitments in 2020, IBM no longer offers"));
        assertTrue(contract.contains("54,700,000 GBP"));
        assertEmbedsItsDescription(contract, LinkedDataSeed.CONTRACT, PG + "contradicts", uri(LinkedDataSeed.EVENT));
    }

    @Test
    void pagesEscapeWhatTheDataSays() {
        String html = html("/event/2023-08-ibm-home-office-biometrics-contract");
        assertTrue(html.contains("a &#34;strategic facial matching capability for law enforcement&#34;"), "quotes");
        assertTrue(html.contains("IBM&#39;s £54.7 million contract"), "apostrophes");
    }

    // ---- timeline, dumps, VoID ----

    @Test
    void timelineHasOneElementPerEventLinkingToItsPageAndSources() {
        String html = html("/timeline");
        Set<String> expected = policyEvents();
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("data-event-iri=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        assertEquals(expected.size(), found.size(), "one element per event");
        assertEquals(expected, new TreeSet<>(found));
        for (String iri : expected) {
            assertTrue(html.contains("href=\"/" + iri.substring(B.length()) + "\""), "links to " + iri);
        }
        assertTrue(html.contains("August 2023"), "month precision shown as a month");
        assertTrue(html.contains("Undated"));
        assertTrue(html.contains("data-contradicts=\"" + B + "event/2020-06-08-ibm-exits-facial-recognition"));
        assertTrue(html.contains("data-extends=\"" + B + "event/2020-06-10-amazon-rekognition-moratorium\""));
        assertTrue(html.contains("<script src=\"/timeline.js\"></script>"));
        assertEquals(200, server.get("/timeline.js").statusCode());
        assertEquals(200, server.get("/style.css").statusCode());
    }

    @Test
    void dumpsAreListedAndEachParsesWithTheRightNumberOfStatements() throws IOException {
        String listing = html("/dumps/");
        long quads = Txn.calculateRead(LinkedDataSeed.dataset(), () -> (long) org.apache.jena.atlas.iterator.Iter.count(
                LinkedDataSeed.dataset().asDatasetGraph().find()));
        long triples = Txn.calculateRead(LinkedDataSeed.dataset(),
                () -> (long) LinkedDataSeed.dataset().asDatasetGraph().getUnionGraph().size());
        for (RdfSyntax s : RdfSyntax.values()) {
            String name = "pledgegraph." + s.extension();
            assertTrue(listing.contains("href=\"/dumps/" + name + "\""), name + " is listed");
            HttpResponse<byte[]> r = server.get("/dumps/" + name, "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode(), name);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), name);
            byte[] body = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
            long n = s.isQuads() ? count(quads(body, s)) : triples(body, s).size();
            assertEquals(s.isQuads() ? quads : triples, n, name);
            HttpResponse<byte[]> plain = server.get("/dumps/" + name);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), name + " uncompressed on request");
            assertTrue(java.util.Arrays.equals(body, plain.body()), name);
        }
    }

    @Test
    void voidDescriptionIsAnsweredAndIsPartOfTheGraph() {
        Graph g = triples(server.get("/.well-known/void", "Accept", "text/turtle").body(), RdfSyntax.TURTLE);
        String ds = B + "dataset";
        assertTrue(has(g, ds, "http://rdfs.org/ns/void#uriSpace", lit(B)));
        assertTrue(has(g, ds, "http://rdfs.org/ns/void#sparqlEndpoint", uri(B + "pledgegraph/sparql")));
        for (RdfSyntax s : RdfSyntax.values()) {
            assertTrue(has(g, ds, "http://rdfs.org/ns/void#dataDump",
                    uri(B + "dumps/pledgegraph." + s.extension())));
        }
        assertTrue(has(g, ds, "http://purl.org/dc/terms/license",
                uri("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(g.find(uri(ds), uri("http://rdfs.org/ns/void#triples"), Node.ANY).hasNext());
        assertTrue(g.find(uri(ds), uri("http://rdfs.org/ns/void#classPartition"), Node.ANY).hasNext());
        assertTrue(has(g, ds, "http://rdfs.org/ns/void#exampleResource", uri(LinkedDataSeed.IBM)));
        assertTrue(has(g, ds, "http://purl.org/dc/terms/modified", NodeFactory.createLiteralDT(
                "2024-05-01T12:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)));
        String ask = "ASK { GRAPH <" + B + "graph/void> { <" + ds + "> a <http://rdfs.org/ns/void#Dataset> } }";
        HttpResponse<byte[]> r = server.get("/pledgegraph/sparql?query="
                + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("true"), "the SPARQL endpoint sees it");
    }

    // ---- helpers ----

    static Set<String> policyEvents() {
        Dataset ds = LinkedDataSeed.dataset();
        Set<String> out = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(),
                uri(PG + "PolicyEvent")).forEachRemaining(q -> out.add(q.getSubject().getURI())));
        return out;
    }

    private static HttpResponse<byte[]> getOk(String path, RdfSyntax s) {
        HttpResponse<byte[]> r = server.get(path, "Accept", s.mediaType());
        assertEquals(200, r.statusCode(), path + " as " + s);
        assertEquals(s.mediaType(), type(r), path);
        return r;
    }

    private static String html(String path) {
        HttpResponse<byte[]> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static void assertEmbedsItsDescription(String html, String s, String p, Node o) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "a JSON-LD block");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(m.group(1), Lang.JSONLD).parse(g);
        assertTrue(g.contains(uri(s), uri(p), o), "the embedded JSON-LD says " + p);
    }

    static Graph triples(HttpResponse<byte[]> r, RdfSyntax s) {
        return triples(r.body(), s);
    }

    static Graph triples(byte[] body, RdfSyntax s) {
        Graph g = GraphFactory.createDefaultGraph();
        if (s.isQuads() && s != RdfSyntax.JSONLD) {
            quads(body, s).find().forEachRemaining(q -> g.add(q.asTriple()));
        } else {
            RDFParser.source(new ByteArrayInputStream(body)).lang(s.lang()).parse(g);
        }
        return g;
    }

    static DatasetGraph quads(byte[] body, RdfSyntax s) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(s.lang()).parse(dsg);
        return dsg;
    }

    private static long count(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.count(dsg.find());
    }


    private static boolean has(Graph g, String s, String p, Node o) {
        return g.contains(Triple.create(uri(s), uri(p), o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
