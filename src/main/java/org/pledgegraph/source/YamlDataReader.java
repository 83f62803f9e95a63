package org.pledgegraph.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
     * @throws InputException naming the line of the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(file, line, null,
                    String.format(Locale.ROOT, "not UTF-8 text: malformed byte 0x%02X", bytes[at] & 0xff));
        }
        return out.flip().toString();
    }
}
