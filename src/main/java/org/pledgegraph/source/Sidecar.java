package org.pledgegraph.source;

import java.util.Set;
import org.pledgegraph.model.PartialDate;

/**
 * Facts about a plain-text article that its text lacks, from a {@code NAME.yaml} beside {@code NAME.txt}. A
 * sidecar only adds: a value that conflicts with the text is an error.
 */
public record Sidecar(PartialDate datePublished, String url, String publisher, String author,
        String bodyEndsBefore) {

    private static final Set<String> FIELDS =
            Set.of("kind", "datePublished", "url", "publisher", "author", "bodyEndsBefore", "note");

    /** Returns the sidecar with no facts. */
    public static Sidecar empty() {
        return new Sidecar(null, null, null, null, null);
    }

    /**
     * Reads the sidecar in {@code text}.
     *
     * @throws InputException when it is not a valid sidecar
     */
    public static Sidecar read(String text, String file, Diagnostics diagnostics) {
        YamlNode root = YamlNode.parse(text, file, 0);
        if (!"sidecar".equals(root.string("kind"))) {
            throw new InputException(file, root.line(), "kind", "a sidecar must say kind: sidecar");
        }
        root.warnUnknown(diagnostics, FIELDS);
        PartialDate date = null;
        String d = root.string("datePublished");
        if (d != null) {
            try {
                date = PartialDate.parse(d);
            } catch (IllegalArgumentException e) {
                throw root.get("datePublished").error(e.getMessage());
            }
        }
        return new Sidecar(date, Urls.optional(root, "url"), root.string("publisher"), root.string("author"),
                root.string("bodyEndsBefore"));
    }
}
