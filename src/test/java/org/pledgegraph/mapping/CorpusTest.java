package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pledgegraph.mapping.TestGraphs.BASE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus of 192 real news items (../shared/corpus, beside the project) maps without errors and conforms
 * to the shapes. Skipped with a message where ../shared is absent (a user's fresh clone); a failure when
 * pledgegraph.requireInterop is true (CI).
 */
class CorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static final String ITEMS = "smartable-power-apps";
    private static final String VIDEO = ITEMS + "/2019-08-19-microsoft-power-apps-2019-release-wave-2-overview.md";
    private static final String BOTH_URLS = ITEMS + "/2020-10-07-pin-diode-handles-high-power-apps.md";

    private static TestGraphs.Built built;
    private static String skipped;

    @BeforeAll
    static void mapTheCorpus() {
        if (!Files.isDirectory(CORPUS.resolve(ITEMS))) {
            String where = CORPUS.toAbsolutePath().normalize().toString();
            if (Boolean.getBoolean("pledgegraph.requireInterop")) {
                fail("the shared corpus is missing at " + where + ", and pledgegraph.requireInterop is true");
            }
            skipped = "CorpusTest skipped: the shared corpus is not at " + where
                    + " (a fresh clone without ../shared); CI runs these tests";
            System.err.println(skipped);
            return;
        }
        built = TestGraphs.map(CORPUS);
    }

    @BeforeEach
    void needsTheCorpus() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @Test
    void mapsEveryItemOfTheCorpusWithZeroErrors() throws IOException {
        assertEquals(List.of(), built.report().errors());
        assertEquals(List.of(), built.report().warnings());
        assertEquals(192, built.report().files());
        // One article per address: two of the items share one (an aggregator duplicate), so 191 articles.
        Set<String> addresses = new TreeSet<>();
        Pattern web = Pattern.compile("(?m)^webUrl: \"([^\"]+)\"\\r?$");
        Pattern original = Pattern.compile("(?m)^originalUrl: \"([^\"]+)\"\\r?$");
        try (var files = Files.list(CORPUS.resolve(ITEMS))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p);
                Matcher w = web.matcher(text);
                Matcher o = original.matcher(text);
                addresses.add(Iris.articlePath(w.find() ? w.group(1) : o.find() ? o.group(1) : fail("no url in " + p)));
            }
        }
        assertEquals(addresses.size(), built.report().articles());
        assertEquals(191, addresses.size());
    }

    @Test
    void conformsToTheShapes() {
        ShapesValidator.Result result = ShapesValidator.fromClasspath().validate(built.dataset(), Iris.of(BASE));
        assertEquals(List.of(), result.violations());
    }

    @Test
    void mapsAVideoWithItsEmbeddedPlayerAndAnOriginalUrlOnly() {
        String video = BASE + "article/youtube.com/watch-v-WJk-Y8LQlfE-h8c073c34";
        assertTrue(built.ask("GRAPH <" + BASE + "graph/" + VIDEO + "> { <" + video + "> a schema:VideoObject ;"
                + " pg:itemType \"video\" ;"
                + " schema:headline \"Microsoft Power Apps | 2019 release wave 2 overview\" ;"
                + " schema:embedUrl <https://www.youtube.com/embed/WJk-Y8LQlfE> ;"
                + " pg:originalUrl <https://youtube.com/watch?v=WJk-Y8LQlfE> ;"
                + " schema:datePublished \"2019-08-19T21:00:10Z\"^^xsd:dateTime ;"
                + " pg:featuredContent ?html FILTER(STRSTARTS(?html, \"<iframe width=\\\"800\\\"\")) }"));
        assertFalse(built.ask("<" + video + "> schema:url ?u"), "an item without webUrl has no schema:url");
        assertFalse(built.ask("<" + video + "> a schema:NewsArticle"));
        // Every embedded player with an iframe gives its address.
        assertFalse(built.ask("?v pg:featuredContent ?html FILTER(CONTAINS(?html, \"<iframe\"))"
                + " FILTER NOT EXISTS { ?v schema:embedUrl ?e }"));
    }

    @Test
    void identifiesAnItemWithBothAddressesByItsWebUrlAndKeepsBoth() {
        String url = "https://www.electronicdesign.com/power-management/article/21794475/pin-diode-handles-high-power-apps";
        String item = BASE + "article/electronicdesign.com/power-management/article/21794475/pin-diode-handles-high-power-apps";
        assertTrue(built.ask("GRAPH <" + BASE + "graph/" + BOTH_URLS + "> { <" + item + "> a schema:NewsArticle ;"
                + " schema:url <" + url + "> ; pg:originalUrl <" + url + "> ;"
                + " schema:publisher <" + BASE + "provider/electronicdesign.com> }"));
        assertFalse(built.ask("<" + item + "> schema:image ?i"), "the item has no images");
        assertFalse(built.ask("<" + BASE + "provider/electronicdesign.com> schema:logo ?l"), "its provider no logo");
    }

    @Test
    void readsCrlfLineEndingsAsLineEndings() throws IOException {
        assertTrue(Files.readString(CORPUS.resolve(VIDEO)).contains("\r\n"), "the fixture really has CRLF endings");
        assertTrue(built.ask("?v schema:abstract ?a FILTER(STRSTARTS(?a, \"In this overview video\"))"));
        assertFalse(built.ask("GRAPH <" + BASE + "graph/" + VIDEO + "> { ?s ?p ?o"
                + " FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"\\r\")) }"), "no carriage return is left in the text");
        // Some excerpts hold "\r\n" as an escape inside a quoted string: text the source states, kept as it is. But
        // no value ends in a carriage return left over from a line ending.
        assertFalse(built.ask("?s ?p ?o FILTER(isLiteral(?o) && STRENDS(STR(?o), \"\\r\"))"));
        assertFalse(built.ask("?s ?p ?o FILTER(isIRI(?o) && CONTAINS(STR(?o), \"%0D\"))"));
    }

    @Test
    void neverMapsTheSecuredSignature() {
        assertFalse(built.ask("?s ?p ?o FILTER(isLiteral(?o) && STRLEN(STR(?o)) > 200"
                + " && REGEX(STR(?o), \"^[A-Za-z0-9+/=;]+$\"))"), "a long base64 literal looks like a signature");
    }
}
