package org.pledgegraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.PartialDate;

/** The YAML readers compose nodes only: no Java object from tags, no alias bombs, no unbounded nesting. */
class YamlSafetyTest {

    private static Article item(String frontMatter) {
        return FrontMatterReader.read("---\n" + frontMatter + "---\n", "item.md", new Diagnostics());
    }

    private static InputException rejected(String frontMatter) {
        return assertThrows(InputException.class, () -> item(frontMatter));
    }

    @Test
    void rejectsAnAliasBombWithAClearMessage() {
        StringBuilder yaml = new StringBuilder("title: \"x\"\nwebUrl: \"https://example.com/x\"\n");
        yaml.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        InputException e = rejected(yaml.toString());
        assertEquals("item.md", e.file());
        assertTrue(e.getMessage().startsWith("item.md"), e.getMessage());
        assertTrue(e.reason().startsWith("malformed YAML: ") && e.reason().contains("aliases"), e.reason());
    }

    @Test
    void rejectsDeepNestingWithAClearMessage() {
        String deep = "[".repeat(200) + "]".repeat(200);
        InputException e = rejected("title: \"x\"\nwebUrl: \"https://example.com/x\"\nrelated: " + deep + "\n");
        assertTrue(e.getMessage().startsWith("item.md"), e.getMessage());
        assertTrue(e.reason().startsWith("malformed YAML: ") && e.reason().toLowerCase().contains("nesting"),
                e.reason());
    }

    @Test
    void rejectsJavaClassTagsWithoutConstructingAnything() {
        Canary.constructed = false;
        InputException e = rejected("title: \"x\"\nwebUrl: \"https://example.com/x\"\n"
                + "excerpt: !!org.pledgegraph.source.Canary \"text\"\n");
        assertEquals("item.md:4: malformed YAML: Global tag is not allowed:"
                + " tag:yaml.org,2002:org.pledgegraph.source.Canary", e.getMessage());
        e = rejected("title: \"x\"\nwebUrl: \"https://example.com/x\"\n"
                + "related: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://localhost/\"]]]]\n");
        assertTrue(e.getMessage().startsWith("item.md:4: malformed YAML: Global tag is not allowed"), e.getMessage());
        assertFalse(Canary.constructed, "a tag made the reader construct a Java object");
    }

    @Test
    void readsScalarsAsTheirTextWithoutYamlTypeGuessing() {
        // YAML 1.1 would turn these into a boolean, a number and a timestamp at midnight UTC.
        Article a = item("title: yes\nexcerpt: 2020\nwebUrl: \"https://example.com/x\"\n"
                + "publishedDateTime: 2020-06-09\n");
        assertEquals("yes", a.title());
        assertEquals("2020", a.excerpt());
        assertEquals(PartialDate.parse("2020-06-09"), a.datePublished(), "a date stays a day, not an instant");
        InputException e = rejected("title: ~\nwebUrl: \"https://example.com/x\"\n");
        assertEquals("item.md:2: title: missing", e.getMessage());
    }

    @Test
    void rejectsDuplicateKeysAtAnyDepthNamingTheFieldPath() {
        InputException e = rejected("title: \"x\"\nwebUrl: \"https://example.com/x\"\nprovider:\n  name: A\n"
                + "  domain: a.com\n  name: B\n");
        assertEquals("item.md:7: provider.name: duplicate key", e.getMessage());
        e = rejected("title: \"x\"\nwebUrl: \"https://example.com/x\"\nrelated:\n  - title: a\n    title: b\n");
        assertEquals("item.md:6: related[0].title: duplicate key", e.getMessage());
    }

    @Test
    void rejectsADataFileThatIsNotAMapping() {
        InputException e = assertThrows(InputException.class,
                () -> YamlDataReader.read("- just\n- a list\n", "catalog/x.yaml", new Diagnostics()));
        assertEquals("catalog/x.yaml:1: a data file must be a mapping with a kind", e.getMessage());
        e = assertThrows(InputException.class,
                () -> YamlDataReader.read("# nothing\n", "catalog/empty.yaml", new Diagnostics()));
        assertEquals("catalog/empty.yaml:1: empty YAML document", e.getMessage());
    }
}
