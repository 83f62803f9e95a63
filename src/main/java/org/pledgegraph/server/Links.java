package org.pledgegraph.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.pledgegraph.vocab.Namespaces;
import org.pledgegraph.vocab.PG;

/**
 * Turns IRIs into links: IRIs under the base become local paths ({@code /organization/ibm}), so that pages work
 * whatever the base is; other http(s) IRIs stay as they are; anything else is not linked.
 */
final class Links {
    private final String base;

    Links(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** Returns the path under the base of {@code iri} (without the leading slash), or null when outside it. */
    String pathOf(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : null;
    }

    /** Returns the href for {@code iri}: a local path, the IRI itself for other http(s) IRIs, or null. */
    String href(String iri) {
        if (iri.startsWith(PG.NS)) {
            return "/ontology#" + encodePath(iri.substring(PG.NS.length()));
        }
        String path = pathOf(iri);
        if (path != null) {
            int hash = path.indexOf('#');
            return hash < 0 ? "/" + encodePath(path)
                    : "/" + encodePath(path.substring(0, hash)) + "#" + encodePath(path.substring(hash + 1));
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? iri : null;
    }

    /** Returns the href for a node, or null for literals, blank nodes and unlinkable IRIs. */
    String href(Node n) {
        return n != null && n.isURI() ? href(n.getURI()) : null;
    }

    /** Returns true if {@code iri} is answered by this server. */
    boolean isLocal(String iri) {
        return pathOf(iri) != null;
    }

    /** Returns {@code iri} in prefixed form ({@code schema:headline}) when a known prefix fits, else the IRI. */
    static String compact(String iri) {
        String best = null;
        String bestPrefix = null;
        for (var e : Namespaces.prefixes().getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && (best == null || ns.length() > best.length())) {
                best = ns;
                bestPrefix = e.getKey();
            }
        }
        if (best == null) {
            for (String[] extra : EXTRA_PREFIXES) {
                if (iri.startsWith(extra[1])) {
                    return extra[0] + ":" + iri.substring(extra[1].length());
                }
            }
            return iri;
        }
        return bestPrefix + ":" + iri.substring(best.length());
    }

    private static final String[][] EXTRA_PREFIXES = {
        {"void", "http://rdfs.org/ns/void#"}, {"dcat", "http://www.w3.org/ns/dcat#"}};

    /** Returns the local name of an IRI: what follows its last {@code #} or {@code /}. */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    /** Returns a camel-case name as words: {@code datePublished} gives "date published". */
    static String words(String camel) {
        String s = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return s.toLowerCase(Locale.ROOT).equals(s) ? s : lowerFirstWords(s);
    }

    /** Returns a camel-case name as words with a capital: {@code CourtRuling} gives "Court ruling". */
    static String title(String camel) {
        String w = words(camel);
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static String lowerFirstWords(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            sb.append(acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * Percent-encodes every character of a path that is not safe in a URL path, keeping the slashes and the
     * percent-encodings an IRI already has ({@code graph/news/a%20b.md} stays as it is).
     */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0 || escape) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
