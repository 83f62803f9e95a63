package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTextAndAttributes() {
        Html h = new Html().open("a", "href", "/x?a=1&b=\"2\"", "title", null).text("<b>IBM & co</b>").close("a");
        assertEquals("<a href=\"/x?a=1&amp;b=&#34;2&#34;\">&lt;b&gt;IBM &amp; co&lt;/b&gt;</a>", h.toString());
    }

    @Test
    void jsonLdBlockCannotBeClosedByItsContent() {
        Html h = new Html().jsonLd("{\"name\": \"</script><script>alert(1)</script>\"}");
        assertEquals("<script type=\"application/ld+json\">\n"
                + "{\"name\": \"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\"}</script>\n", h.toString());
    }

    @Test
    void linksOnlyToLocalPathsAndHttpIris() {
        Links links = new Links("https://w3id.org/pledgegraph/");
        assertEquals("/organization/ibm", links.href("https://w3id.org/pledgegraph/organization/ibm"));
        assertEquals("/article/x%20y", links.href("https://w3id.org/pledgegraph/article/x y"));
        assertEquals("/graph/news/a%20b.md", links.href("https://w3id.org/pledgegraph/graph/news/a%20b.md"));
        assertEquals("/graph/100%25", links.href("https://w3id.org/pledgegraph/graph/100%"));
        assertEquals("https://example.org/a", links.href("https://example.org/a"));
        assertEquals("/ontology#Pledge", links.href("https://w3id.org/pledgegraph/ontology#Pledge"));
        assertEquals(null, links.href("javascript:alert(1)"));
        assertEquals(null, links.href("urn:x:y"));
    }
}
