package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.mapping.TestGraphs.BASE;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One fixture folder per kind of bad input under src/test/resources/bad/, each with a good news item beside the bad
 * files: the error is one line naming the file, the line where known, the field and the reason; the bad file
 * contributes nothing; the good file is still mapped.
 */
class MapperBadInputTest {

    private static TestGraphs.Built map(String fixture) {
        return TestGraphs.map(TestGraphs.resource("/bad/" + fixture));
    }

    /** Asserts that good.md was mapped into its own graph and described in the build graph. */
    private static void assertGoodFileMapped(TestGraphs.Built b) {
        assertTrue(b.ask("GRAPH <" + BASE + "graph/good.md> { <" + BASE + "article/example.com/news/good>"
                + " schema:headline \"A good item beside a bad one\" ;"
                + " schema:publisher <" + BASE + "provider/example.com> }"), "good.md is still mapped");
        assertTrue(b.ask("<" + BASE + "graph/good.md> prov:wasDerivedFrom <" + BASE + "source/good.md>"));
    }

    /** Asserts that nothing of the file at {@code relPath} is in the output: no graph, no provenance. */
    private static void assertContributesNothing(TestGraphs.Built b, String relPath) {
        assertFalse(b.graphNames().contains(BASE + "graph/" + relPath), relPath + " has no graph");
        assertFalse(b.ask("?s ?p <" + BASE + "source/" + relPath + ">"), relPath + " is not listed as used");
    }

    @Test
    void rejectsMalformedYamlWithFileAndLine() {
        TestGraphs.Built b = map("malformed-yaml");
        assertEquals(List.of("bad.md:4: malformed YAML: expected <block end>, but found '<scalar>'"),
                b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsMissingTitleWithFileAndLine() {
        TestGraphs.Built b = map("missing-title");
        assertEquals(List.of("bad.md:2: title: missing", "related.md:5: related[0].title: missing"),
                b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertContributesNothing(b, "related.md");
        assertFalse(b.ask("?a schema:url <https://example.com/news/related-untitled>"),
                "a bad related item rejects its whole file");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsImpossibleDateWithFileAndLine() {
        TestGraphs.Built b = map("impossible-date");
        assertEquals(List.of("bad.md:4: publishedDateTime: not a real date: \"2020-13-45T00:00:00Z\""),
                b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsUnusableUrlWithFileLineAndReason() {
        TestGraphs.Built b = map("unusable-url");
        assertEquals(List.of("bad.md:4: webUrl: unusable URL \"mashable dot com slash article\": Illegal character"
                + " in path at index 8"), b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsFieldsOfTheWrongTypeWithFileLineAndField() {
        TestGraphs.Built b = map("wrong-type");
        assertEquals(List.of("images.md:4: images: expected a list but was the value \"not a list\"",
                "quality.md:4: quality: expected a whole number but was \"high\""), b.report().errors());
        assertContributesNothing(b, "images.md");
        assertContributesNothing(b, "quality.md");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsDuplicateKeyAtItsSecondOccurrence() {
        TestGraphs.Built b = map("duplicate-key");
        assertEquals(List.of("bad.md:5: title: duplicate key"), b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsUnknownCatalogKindWithFileLineAndField() {
        TestGraphs.Built b = map("unknown-catalog-kind");
        assertEquals(List.of("companies.yaml:2: kind: unknown kind \"companies\""), b.report().errors());
        assertContributesNothing(b, "companies.yaml");
        assertFalse(b.ask("?s schema:name \"IBM\""));
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsEventsWithUnknownReferencesAndKeepsTheOtherEvents() {
        TestGraphs.Built b = map("unknown-event-reference");
        assertEquals(List.of("events.yaml:11: actors[1]: unknown organization or person \"ibmm\"",
                "events.yaml:19: relations.target: unknown event \"2020-06-01-no-such-event\""), b.report().errors());
        assertEquals(1, b.report().events());
        assertEquals(List.of(BASE + "event/2020-06-08-good-event"), b.select("?x a pg:PolicyEvent"));
        assertTrue(b.ask("<" + BASE + "event/2020-06-08-good-event> pg:actor <" + BASE + "organization/ibm> ;"
                + " pg:source <" + BASE + "article/example.com/news/good>"));
        assertFalse(b.ask("?s ?p ?o FILTER(CONTAINS(STR(?s), \"bad-event\") || CONTAINS(STR(?s), \"responds-to\"))"),
                "nothing of the rejected events is emitted");
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsAnIdDefinedInTwoFilesAndKeepsOnlyTheFirstDefinition() {
        TestGraphs.Built b = map("duplicate-id");
        assertEquals(List.of("organizations-b.yaml:6: id: organization \"ibm\" is defined twice",
                "events-b.yaml:3: id: event \"2020-06-08-ibm-pledge\" is defined twice"), b.report().errors());
        assertEquals(List.of("IBM"), b.select("<" + BASE + "organization/ibm> schema:name ?x"));
        assertEquals(List.of("Microsoft"), b.select("<" + BASE + "organization/microsoft> schema:name ?x"),
                "the other entries of the file are kept");
        assertEquals(List.of("IBM's pledge as the first file tells it"),
                b.select("<" + BASE + "event/2020-06-08-ibm-pledge> schema:name ?x"));
        assertFalse(b.ask("?s a pg:Statement"), "the second definition of the event is left out");
        assertEquals(1, b.report().events());
        assertEquals(2, b.report().organizations());
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsSidecarThatConflictsWithTheText() {
        TestGraphs.Built b = map("sidecar-conflict");
        assertEquals(List.of("article.txt: datePublished: the sidecar says 2020-07-01 but the text says 2020-06-25"),
                b.report().errors());
        assertContributesNothing(b, "article.txt");
        assertFalse(b.ask("?s ?p <" + BASE + "source/article.yaml>"));
        assertGoodFileMapped(b);
    }

    @Test
    void rejectsInvalidUtf8WithFileAndLine() {
        TestGraphs.Built b = map("invalid-utf8");
        assertEquals(List.of("bad.md:2: not UTF-8 text: malformed byte 0xE9"), b.report().errors());
        assertContributesNothing(b, "bad.md");
        assertGoodFileMapped(b);
    }
}
