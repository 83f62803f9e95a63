package org.pledgegraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.PartialDate;

/** Files written on Windows (CRLF) or with a byte order mark read the same as the others. */
class LineEndingsTest {

    @Test
    void readsANewsItemWithCrlfLineEndingsAndABom() {
        String text = "\uFEFF---\r\ntitle: \"A title\"\r\nwebUrl: \"https://example.com/a\"\r\n"
                + "publishedDateTime: 2020-06-09T18:02:00Z\r\n---\r\nFirst line.\r\n\r\nSecond line.\r\n";
        Article a = FrontMatterReader.read(text, "a.md", new Diagnostics());
        assertEquals("A title", a.title());
        assertEquals(PartialDate.parse("2020-06-09T18:02:00Z"), a.datePublished());
        assertEquals("First line.\n\nSecond line.", a.body());
    }

    @Test
    void namesTheSameLinesWithCrlfLineEndings() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> FrontMatterReader.read("---\r\ntitle: t\r\nwebUrl: \"https://example.com/a\"\r\n"
                        + "quality: high\r\n---\r\n", "a.md", new Diagnostics()));
        assertEquals("a.md:4: quality: expected a whole number but was \"high\"", e.getMessage());
    }

    @Test
    void readsAPlainTextArticleWithCrlfLineEndings() {
        String text = "A title\r\n\r\nBy Jane Doe\r\n\r\nThe body's first paragraph.\r\n\r\nIts second paragraph.\r\n";
        Article a = PlainTextReader.read(text, "a.txt", Sidecar.empty(), new Diagnostics());
        assertEquals("A title", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals("The body's first paragraph.\n\nIts second paragraph.", a.body());
    }
}
