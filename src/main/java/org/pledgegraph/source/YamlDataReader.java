package org.pledgegraph.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a data YAML file and tells catalogs from events by its {@code kind}; decodes input text strictly. */
public final class YamlDataReader {
    private YamlDataReader() {
    }

    /** What one YAML data file holds: exactly one of a catalog or events. */
    public record Content(CatalogReader.Result catalog, EventReader.Result events) {
    }

    /**
     * Reads the catalog or events file in {@code text}.
     *
     * @throws InputException when the YAML is malformed or its kind is unknown
     */
    public static Content read(String text, String file, Diagnostics diagnostics) {
        YamlNode root = YamlNode.parse(text, file, 0);
        if (!root.isMapping()) {
            throw root.error("a data file must be a mapping with a kind");
        }
        var kind = CatalogReader.kindOf(root);
        if (kind != null) {
            return new Content(CatalogReader.read(root, kind, diagnostics), null);
        }
        if (EventReader.isEvents(root)) {
            return new Content(null, EventReader.read(root, diagnostics));
        }
        String k = root.string("kind");
        throw new InputException(file, root.line(), "kind", k == null
                ? "missing: a data file says what it holds (organizations, people, products, technologies, laws,"
                        + " places, events)"
                : "unknown kind \"" + k + "\"" + ("sidecar".equals(k) ? " (no .txt file beside it)" : ""));
    }

    /**
     * Returns {@code bytes} as UTF-8 text.
     *
     * @throws InputException when the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, null, "not UTF-8 text");
        }
    }
}
