package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityKind;

class IrisTest {
    private static final String BASE = "https://w3id.org/pledgegraph/";
    private final Iris iris = Iris.of(BASE);

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mintsReadableArticlePathsFromTheSeedUrls() {
        assertEquals("article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress",
                Iris.articlePath("https://mashable.com/article/ibm-facial-recognition-law-enforcement-congress/"));
        assertEquals("article/businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6",
                Iris.articlePath("https://www.businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6"));
        assertEquals("article/nextgov.com/emerging-tech/2020/06/policing-reform-bill-would-prohibit-embedding-facial-"
                + "recognition-body-cameras/166020", Iris.articlePath("https://www.nextgov.com/emerging-tech/2020/06/"
                + "policing-reform-bill-would-prohibit-embedding-facial-recognition-body-cameras/166020/"));
        assertEquals("article/inc.com/jason-aten/why-it-matters-that-microsoft-amazon-will-no-longer-sell-facial-"
                + "recognition-to-police.html", Iris.articlePath("https://www.inc.com/jason-aten/why-it-matters-that-"
                + "microsoft-amazon-will-no-longer-sell-facial-recognition-to-police.html"));
    }

    @Test
    void mintsOneArticlePathForTheSpellingsOfOneAddress() {
        String p = "article/forbes.com/sites/larrymagid/2020";
        assertEquals(p, Iris.articlePath("https://www.forbes.com/sites/larrymagid/2020/"));
        assertEquals(p, Iris.articlePath("http://www.forbes.com/sites/larrymagid/2020"));
        assertEquals(p, Iris.articlePath("https://WWW.Forbes.COM/sites/larrymagid/2020//"));
        assertEquals(p, Iris.articlePath("https://forbes.com/sites//larrymagid/2020"));
        assertNotEquals(p, Iris.articlePath("https://forbes.com/sites/LarryMagid/2020"), "paths keep their case");
    }

    @Test
    void replacesAQueryStringByHyphensAndAddsAHashOfTheAddress() throws Exception {
        // docs/model.md: a query string or characters outside [A-Za-z0-9._~/-] are replaced by - and an 8-hex
        // SHA-256 suffix is added (of host, path and query).
        assertEquals("article/youtube.com/watch-v-WJk-Y8LQlfE-h" + sha256("youtube.com/watch?v=WJk-Y8LQlfE")
                .substring(0, 8), Iris.articlePath("https://youtube.com/watch?v=WJk-Y8LQlfE"));
        assertEquals("article/youtube.com/watch-v-WJk-Y8LQlfE-h8c073c34",
                Iris.articlePath("https://youtube.com/watch?v=WJk-Y8LQlfE"), "stable across versions");
        assertEquals("article/businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6-amp-h1ad0f9cc",
                Iris.articlePath("https://www.businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6?amp"));
        assertTrue(Iris.articlePath("https://example.com/caf%C3%A9").matches("article/example\\.com/caf-C3-A9-h[0-9a-f]{8}"),
                Iris.articlePath("https://example.com/caf%C3%A9"));
    }

    @Test
    void keepsDistinctAddressesApart() {
        assertNotEquals(Iris.articlePath("https://example.com/a?b"), Iris.articlePath("https://example.com/a-b"));
        assertNotEquals(Iris.articlePath("https://example.com/a?b"), Iris.articlePath("https://example.com/a/b"));
        assertNotEquals(Iris.articlePath("https://example.com/a?x=1"), Iris.articlePath("https://example.com/a?x=2"));
        String longPath = "https://example.com/" + "x".repeat(200);
        assertNotEquals(Iris.articlePath(longPath + "?1"), Iris.articlePath(longPath + "?2"));
        assertTrue(Iris.articlePath(longPath + "?1").length() < 160, "long paths are cut, the hash keeps them apart");
    }

    @Test
    void rejectsAnArticleAddressThatIsNoUri() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Iris.articlePath("https://example.com/a b"));
        assertTrue(e.getMessage().startsWith("not a URL: https://example.com/a b"), e.getMessage());
    }

    @Test
    void mintsDocumentGraphAndSourcePathsFromTheRelativePath() {
        assertEquals(BASE + "article/document/seeds/002_b9fa2a5927193a27",
                iris.document("seeds/002_b9fa2a5927193a27.txt").getURI());
        assertEquals(BASE + "article/document/seeds/002_b9fa2a5927193a27",
                iris.document("seeds\\002_b9fa2a5927193a27.txt").getURI(), "Windows separators");
        assertEquals(BASE + "graph/seeds/000_f59e8f0e05a165bf.txt", iris.graph("seeds/000_f59e8f0e05a165bf.txt").getURI());
        assertEquals(BASE + "source/events/events.yaml", iris.sourceFile("events/events.yaml").getURI());
        assertEquals(BASE + "graph/build", iris.buildGraph().getURI());
    }

    @Test
    void mintsDistinctGraphsForDistinctFiles() {
        assertNotEquals(iris.graph("news/a b.md"), iris.graph("news/a_b.md"));
        assertNotEquals(iris.document("news/a b.txt"), iris.document("news/a_b.txt"));
        String g = iris.graph("news/a b.md").getURI();
        assertTrue(org.apache.jena.irix.IRIs.check(g), g + " is a valid IRI");
    }

    @Test
    void mintsSlugsFromLabels() {
        assertEquals("computer-vision", Iris.slug("Computer Vision"));
        assertEquals("aws-ai", Iris.slug("AWS AI"));
        assertEquals("cafe-co", Iris.slug("  Café & Co.  "));
        assertEquals("report-on-supply-chain-compliance", Iris.slug("Report on Supply Chain Compliance"));
        assertTrue(Iris.slug("!!!").matches("x[0-9a-f]{8}"), "a label without letters or digits still gets a slug");
        assertNotEquals(Iris.slug("!!!"), Iris.slug("???"));
        assertEquals(BASE + "topic/computer-vision", iris.topic("Computer Vision").getURI());
        assertEquals(BASE + "periodical/report-on-supply-chain-compliance",
                iris.periodical("Report on Supply Chain Compliance").getURI());
    }

    @Test
    void mintsCatalogEventAndClaimIris() {
        assertEquals(BASE + "organization/ibm", iris.entity(EntityKind.ORGANIZATION, "ibm").getURI());
        assertEquals(BASE + "technology/facial-recognition", iris.entity(EntityKind.TECHNOLOGY, "facial-recognition").getURI());
        assertEquals(BASE + "person/arvind-krishna/role/ibm-chief-executive-officer",
                iris.role("arvind-krishna", "ibm", "Chief Executive Officer").getURI());
        assertEquals(BASE + "event/2020-06-08-ibm-exits-facial-recognition",
                iris.event("2020-06-08-ibm-exits-facial-recognition").getURI());
        assertEquals(BASE + "event/x/scope", iris.scope("x").getURI());
        assertEquals(BASE + "event/x/amount/2", iris.amount("x", 2).getURI());
        assertEquals(BASE + "claim/c", iris.claim("c").getURI());
        assertEquals(BASE + "provider/mashable.com", iris.provider("Mashable.com").getURI());
    }

    @Test
    void mintsImageIrisFromAHashOfTheUrl() throws Exception {
        String url = "https://i.insider.com/5ede4ea34dca68759162ca8a?width=1200&format=jpeg";
        assertEquals(BASE + "image/" + sha256(url).substring(0, 16), iris.image(url).getURI());
        assertEquals(BASE + "image/943e7c0b10e0b05e", iris.image(url).getURI());
    }

    @Test
    void mintsUnderAConfigurableBaseOnly() {
        assertEquals("http://localhost:3030/pg/organization/ibm",
                Iris.of("http://localhost:3030/pg/").entity(EntityKind.ORGANIZATION, "ibm").getURI());
        for (String bad : new String[] {"https://example.org/pg", "ftp://example.org/", "https://example.org/?q/",
            "example.org/", "https://example.org/#/"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.of(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
        assertEquals("organization/ibm", iris.pathOf(BASE + "organization/ibm"));
        assertEquals(null, iris.pathOf("https://example.org/organization/ibm"));
    }
}
