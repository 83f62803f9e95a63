package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions found by the mapper: whole-word matches of catalog names and aliases in title, excerpt and body. */
class MentionsTest {
    private static final String CATALOG = """
            kind: organizations
            organizations:
              - id: amazon
                name: "Amazon"
                aliases: ["Amazon.com"]
              - id: ibm
                name: "IBM"
              - id: aclu
                name: "American Civil Liberties Union"
                aliases: ["ACLU"]
              - id: us-congress
                name: "United States Congress"
                aliases: ["US Congress"]
            """;
    private static final String PLACES = """
            kind: places
            places:
              - id: united-states
                name: "United States"
                aliases: ["US", "U.S."]
            """;
    private static final String PRODUCTS = """
            kind: products
            products:
              - id: amazon-rekognition
                name: "Amazon Rekognition"
                aliases: ["Rekognition"]
                manufacturer: amazon
            """;

    @TempDir
    static Path data;
    private static TestGraphs.Built built;

    private static void item(String name, String title, String excerpt, String body) throws IOException {
        Files.writeString(data.resolve(name + ".md"), "---\ntitle: \"" + title + "\"\nexcerpt: \"" + excerpt
                + "\"\nwebUrl: \"https://example.com/" + name + "\"\n---\n" + body + "\n");
    }

    @BeforeAll
    static void mapItems() throws IOException {
        Files.writeString(data.resolve("organizations.yaml"), CATALOG);
        Files.writeString(data.resolve("places.yaml"), PLACES);
        Files.writeString(data.resolve("products.yaml"), PRODUCTS);
        item("inside-words", "The Amazonian rainforest", "Amazonia, amazons and IBMs", "Prime-Amazon_x and xIBM.");
        item("inside-urls", "A link", "See https://aws.amazon.com/rekognition for details",
                "[docs](https://aws.amazon.com/rekognition/) and <http://www.ibm.com/US/> and www.amazon.com/rekognition");
        item("short-case", "ibm and aclu in lower case, Ibm and Aclu capitalised", "", "AMAZON in capitals.");
        item("longest", "Amazon Rekognition is sold to the police", "", "The US Congress met.");
        item("white-space", "A title", "", "the American   Civil\n  Liberties Union said");
        item("everywhere", "IBM's letter", "(ACLU) responds.", "In the U.S. they said so.");
        built = TestGraphs.map(data);
        assertEquals(List.of(), built.report().errors());
    }

    private static List<String> mentions(String name) {
        return built.select("<" + TestGraphs.BASE + "article/example.com/" + name + "> schema:mentions ?m"
                + " BIND(STRAFTER(STR(?m), \"" + TestGraphs.BASE + "\") AS ?x)");
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertEquals(List.of(), mentions("inside-words"));
    }

    @Test
    void doesNotMatchInsideUrls() {
        assertEquals(List.of(), mentions("inside-urls"));
    }

    @Test
    void matchesShortAliasesCaseSensitivelyAndLongNamesInAnyCase() {
        assertEquals(List.of("organization/amazon"), mentions("short-case"));
    }

    @Test
    void prefersTheLongestNameWhereNamesOverlap() {
        // "Amazon Rekognition" is the product, not also the company; "US Congress" is the legislature, not also
        // the country, though "US" alone is the country's alias.
        assertEquals(List.of("organization/us-congress", "product/amazon-rekognition"), mentions("longest"));
    }

    @Test
    void matchesNamesAcrossRunsOfWhiteSpace() {
        assertEquals(List.of("organization/aclu"), mentions("white-space"));
    }

    @Test
    void findsMentionsInTitleExcerptAndBodyNextToPunctuation() {
        assertEquals(List.of("organization/aclu", "organization/ibm", "place/united-states"), mentions("everywhere"));
    }
}
