package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLibraryTest {
    private static final String BASE = SeedGraph.BASE;
    private static final QueryLibrary LIBRARY = QueryLibrary.load();

    /** Values that try to end the literal or IRI they are put in and add a pattern of their own. */
    private static final List<String> INJECTIONS = List.of(
            "ibm> } ; DROP ALL ; SELECT * { ?s ?p ?o",
            "2021-01-01\" ) } UNION { ?s ?p ?o } #",
            "x' } UNION { ?s ?p ?o } #",
            "\"\"\" } UNION { ?s ?p ?o } #",
            "a\\\" } UNION { ?s ?p ?o } #");

    @Test
    void loadsTheWholeLibrarySortedByName() {
        List<String> names = LIBRARY.all().stream().map(LibraryQuery::name).toList();
        assertEquals(List.of("articles-by-provider", "claims-and-counterclaims", "company-timeline",
                "contradicted-pledges", "event-relations", "events-by-type", "in-force-on", "mentions",
                "people-and-roles", "pledge-timeline", "pledges-by-technology-and-customer", "provenance", "search",
                "sources-by-event-count", "undated-events", "wikidata-links"), names);
        for (LibraryQuery q : LIBRARY.all()) {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.description().isBlank(), q.name());
            assertTrue(q.text().startsWith("# title: " + q.title()), q.name());
        }
    }

    @Test
    void readsTitleDescriptionAndParamsFromTheHeader() {
        LibraryQuery q = LIBRARY.get("in-force-on").orElseThrow();
        assertEquals("Pledges in force on a date", q.title());
        assertTrue(q.description().startsWith("The pledges, moratoriums and policies in force on one day:"));
        assertTrue(q.description().endsWith("a later event contradicts them."), q.description());
        assertEquals(List.of(new Param("date", "xsd:date", "2021-01-01", "The day, written YYYY-MM-DD.")),
                q.params());
        assertTrue(q.params().get(0).required());

        Param company = LIBRARY.get("company-timeline").orElseThrow().params().get(0);
        assertEquals(new Param("company", "organization", "ibm",
                "The organization's catalog id (ibm, amazon, microsoft...) or full IRI."), company);
        Param domain = LIBRARY.get("articles-by-provider").orElseThrow().params().get(0);
        assertFalse(domain.required());
        assertTrue(LIBRARY.get("nope").isEmpty());
    }

    @Test
    void parsesContinuationLinesQuotedExamplesAndStopsAtAnEmptyComment() {
        LibraryQuery q = LibraryQuery.parse("x", """
                # title: A title
                # description: First line
                #   second line.
                # param: text xsd:string "two words" Words to find,
                #   over two lines.
                # param: n xsd:integer 3 Optional: how many.
                #
                # description: not part of the header
                SELECT * { ?s ?p ?text FILTER (?n > 0) }
                """);
        assertEquals("A title", q.title());
        assertEquals("First line second line.", q.description());
        assertEquals(List.of(new Param("text", "xsd:string", "two words", "Words to find, over two lines."),
                new Param("n", "xsd:integer", "3", "Optional: how many.")), q.params());
        assertFalse(q.params().get(1).required());
    }

    @Test
    void rejectsHeadersThatCannotWork() {
        var unused = assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("q", """
                # title: t
                # description: d
                # param: company organization ibm The company.
                SELECT * { ?s ?p ?o }
                """));
        assertEquals("q: param company is declared but the query has no variable ?company", unused.getMessage());
        var badType = assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("q", """
                # title: t
                # description: d
                # param: s xsd:boolean true A flag.
                SELECT * { ?s ?p ?o }
                """));
        assertTrue(badType.getMessage().startsWith("q:3: param: parameter s: unknown type \"xsd:boolean\""),
                badType.getMessage());
        var badExample = assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("q", """
                # title: t
                # description: d
                # param: s xsd:date 2021-02-30 A day.
                SELECT * { ?s ?p ?o }
                """));
        assertTrue(badExample.getMessage().contains("the example is not valid"), badExample.getMessage());
        var assigned = assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("q", """
                # title: t
                # description: d
                # param: s xsd:string x A value.
                SELECT * { BIND ("y" AS ?s) }
                """));
        assertTrue(assigned.getMessage().startsWith("q: param s cannot be bound: "), assigned.getMessage());
    }

    @Test
    void everyLibraryQueryIsStandardSparqlAndBindsItsExamples() {
        for (LibraryQuery q : LIBRARY.all()) {
            // Standard SPARQL 1.1 (no ARQ extensions), so any endpoint can run the library.
            QueryFactory.create(q.text(), Syntax.syntaxSPARQL_11);
            Map<String, String> examples = new java.util.HashMap<>();
            q.params().forEach(p -> examples.put(p.name(), p.example()));
            Query bound = q.bind(examples, BASE);
            assertTrue(bound.isSelectType(), q.name());
            // What goes to a remote endpoint parses back to the same algebra.
            assertEquals(Algebra.compile(bound), Algebra.compile(QueryFactory.create(bound.serialize())), q.name());
        }
    }

    @Test
    void bindsEachTypeAsAnRdfTerm() {
        assertEquals(NodeFactory.createLiteralDT("2021-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                new Param("d", "xsd:date", "2021-01-01", "d").toNode("2021-01-01", BASE));
        assertEquals(NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                new Param("n", "xsd:integer", "1", "n").toNode("+42", BASE));
        assertEquals(NodeFactory.createLiteralString("a \"b\""),
                new Param("s", "xsd:string", "x", "s").toNode("a \"b\"", BASE));
        assertEquals(NodeFactory.createURI(BASE + "organization/ibm"),
                new Param("c", "organization", "ibm", "c").toNode("ibm", BASE));
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q37156"),
                new Param("c", "organization", "ibm", "c").toNode("http://www.wikidata.org/entity/Q37156", BASE));
        assertEquals(NodeFactory.createURI(BASE + "event/2020-06-08-ibm-exits-facial-recognition"),
                new Param("e", "event", "x", "e").toNode("2020-06-08-ibm-exits-facial-recognition", BASE));
        assertEquals(NodeFactory.createURI(BASE + "person/brad-smith"),
                new Param("i", "iri", "x", "i").toNode("person/brad-smith", BASE));
        assertEquals(NodeFactory.createURI("https://example.org/a"),
                new Param("i", "iri", "x", "i").toNode("https://example.org/a", BASE));
    }

    @Test
    void rejectsValuesNotOfTheirTypeWithAClearMessage() {
        Param date = new Param("date", "xsd:date", "2021-01-01", "d");
        assertEquals("parameter date must be a date written YYYY-MM-DD, but is \"1/1/2021\"",
                assertThrows(IllegalArgumentException.class, () -> date.toNode("1/1/2021", BASE)).getMessage());
        assertEquals("parameter date must be a real calendar date, but is \"2021-02-29\"",
                assertThrows(IllegalArgumentException.class, () -> date.toNode("2021-02-29", BASE)).getMessage());
        Param n = new Param("n", "xsd:integer", "1", "n");
        assertEquals("parameter n must be a whole number, but is \"1.5\"",
                assertThrows(IllegalArgumentException.class, () -> n.toNode("1.5", BASE)).getMessage());
        Param iri = new Param("entity", "iri", "organization/ibm", "e");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> iri.toNode("organization/i bm", BASE))
                .getMessage().startsWith("parameter entity must be an IRI"));
        Param org = new Param("company", "organization", "ibm", "c");
        assertEquals("parameter company must be an organization id such as \"ibm\" (letters, digits, '-', '.', '_',"
                + " '~') or a full IRI, but is \"IBM Corp\"",
                assertThrows(IllegalArgumentException.class, () -> org.toNode("IBM Corp", BASE)).getMessage());
    }

    @Test
    void bindRejectsUnknownAndMissingParameters() {
        LibraryQuery q = LIBRARY.get("in-force-on").orElseThrow();
        assertEquals("query in-force-on needs parameter date (xsd:date), for example date=2021-01-01",
                assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of(), BASE)).getMessage());
        assertEquals("query in-force-on has no parameter day; it takes date",
                assertThrows(IllegalArgumentException.class,
                        () -> q.bind(Map.of("day", "2021-01-01"), BASE)).getMessage());
        assertEquals("query pledge-timeline has no parameter x; it takes none",
                assertThrows(IllegalArgumentException.class,
                        () -> LIBRARY.get("pledge-timeline").orElseThrow().bind(Map.of("x", "1"), BASE))
                        .getMessage());
        // An optional parameter may be left out: the variable stays a variable.
        LIBRARY.get("articles-by-provider").orElseThrow().bind(Map.of(), BASE);
    }

    @Test
    void injectionIntoTypedParametersIsRejected() {
        LibraryQuery inForce = LIBRARY.get("in-force-on").orElseThrow();
        LibraryQuery company = LIBRARY.get("company-timeline").orElseThrow();
        LibraryQuery mentions = LIBRARY.get("mentions").orElseThrow();
        for (String value : INJECTIONS) {
            assertThrows(IllegalArgumentException.class, () -> inForce.bind(Map.of("date", value), BASE), value);
            assertThrows(IllegalArgumentException.class, () -> company.bind(Map.of("company", value), BASE), value);
            assertThrows(IllegalArgumentException.class, () -> mentions.bind(Map.of("entity", value), BASE), value);
        }
    }

    @Test
    void injectionIntoAStringParameterIsOneLiteralThatMatchesNothing() {
        LibraryQuery q = LIBRARY.get("articles-by-provider").orElseThrow();
        Node benign = NodeFactory.createLiteralString("mashable.com");
        Op expected = Algebra.compile(q.bind(Map.of("domain", "mashable.com"), BASE));
        assertEquals(1, SeedGraph.rows(SeedGraph.dataset(), q.bind(Map.of("domain", "mashable.com"), BASE)).size());
        for (String value : INJECTIONS) {
            Query bound = q.bind(Map.of("domain", value), BASE);
            Node literal = NodeFactory.createLiteralString(value);
            Op op = Algebra.compile(bound);
            assertNotEquals(expected, op, "the value must be in the query");
            // The same algebra as for an ordinary value, once the value itself is swapped back.
            assertEquals(expected, NodeTransformLib.transform(n -> n.equals(literal) ? benign : n, op), value);
            // The text sent to a remote endpoint carries the value as one escaped literal.
            assertEquals(op, Algebra.compile(QueryFactory.create(bound.serialize())), value);
            assertEquals(List.of(), SeedGraph.rows(SeedGraph.dataset(), bound), value);
        }
    }

    @Test
    void loadsTheLibraryFromInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("lib.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String d : List.of("pledgegraph/", "pledgegraph/queries/")) {
                out.putNextEntry(new JarEntry(d));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("pledgegraph/queries/only.rq"));
            out.write("""
                    # title: Only
                    # description: The one query of this jar.
                    # param: n xsd:integer 5 A number.
                    SELECT ?n { } LIMIT 1
                    """.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("pledgegraph/queries/notes.txt"));
            out.write("not a query".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            QueryLibrary lib = QueryLibrary.load(loader);
            assertEquals(List.of("only"), lib.all().stream().map(LibraryQuery::name).toList());
            assertEquals("Only", lib.get("only").orElseThrow().title());
        }
    }

    @Test
    void aBrokenLibraryFileFailsWithItsLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.rq"), "# title: t\n# description: d\nSELECT * {\n  ?s ?p\n}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> QueryLibrary.fromDirectory(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("broken.rq") + ":5:1: "), e.getMessage());
        Files.writeString(dir.resolve("broken.rq"), "SELECT * { ?s ?p ?o }\n");
        assertEquals(dir.resolve("broken.rq") + ": header: every library query starts with '# title: ...' and"
                + " '# description: ...' comment lines",
                assertThrows(IllegalStateException.class, () -> QueryLibrary.fromDirectory(dir)).getMessage());
    }
}
