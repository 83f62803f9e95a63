package org.pledgegraph.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.model.EntityKind;

/**
 * Mints every instance IRI from a natural key, under one base. The same key always gives the same IRI, so
 * rebuilding the same input gives the same graph. See docs/model.md for the paths.
 */
public final class Iris {
    private static final Pattern CLEAN_PATH = Pattern.compile("[A-Za-z0-9._~/-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BASE = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?/");

    private final String base;

    private Iris(String base) {
        this.base = base;
    }

    /**
     * Returns the minter for {@code base}, an http(s) IRI ending in {@code /}.
     *
     * @throws IllegalArgumentException when the base is not such an IRI
     */
    public static Iris of(String base) {
        Objects.requireNonNull(base, "base");
        if (!BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in /, without query or"
                    + " fragment, but was \"" + base + "\"");
        }
        return new Iris(base);
    }

    public String base() {
        return base;
    }

    /** Returns {@code base + path}. */
    public Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /** Returns the path of the article whose URL is {@code url}, e.g. {@code article/mashable.com/article/x}. */
    public static String articlePath(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        path = path.replaceAll("/{2,}", "/");
        String query = uri.getRawQuery();
        String key = host + path + (query == null ? "" : "?" + query);
        if (query == null && CLEAN_PATH.matcher(path).matches() && !path.contains("/./") && !path.contains("/../")) {
            return "article/" + host + path;
        }
        // The "?" is replaced like any other character (docs/model.md): a "/" would make the query look like a
        // path segment below the article at the same path without it.
        String sanitized = (path + (query == null ? "" : "?" + query)).replaceAll("[^A-Za-z0-9._~/-]+", "-")
                .replaceAll("-{2,}", "-");
        if (sanitized.length() > 120) {
            sanitized = sanitized.substring(0, 120);
        }
        sanitized = sanitized.replaceAll("[-/.]+$", "");
        return "article/" + host + sanitized + "-h" + sha256(key).substring(0, 8);
    }

    /** Returns the IRI of the web article at {@code url}. */
    public Node article(String url) {
        return iri(articlePath(url));
    }

    /** Returns the IRI of the plain-text article at {@code path} (relative to its data folder). */
    public Node document(String path) {
        String p = path.replace('\\', '/');
        int dot = p.lastIndexOf('.');
        if (dot > p.lastIndexOf('/')) {
            p = p.substring(0, dot);
        }
        return iri("article/document/" + pathSegments(p));
    }

    public Node citation(Node article, int number) {
        return NodeFactory.createURI(article.getURI() + "/citation/" + number);
    }

    public Node provider(String domain) {
        return iri("provider/" + domain.toLowerCase(Locale.ROOT));
    }

    public Node topic(String label) {
        return iri("topic/" + slug(label));
    }

    public Node topicScheme() {
        return iri("topic");
    }

    public Node technologyScheme() {
        return iri("technology");
    }

    public Node image(String url) {
        return iri("image/" + sha256(url).substring(0, 16));
    }

    public Node periodical(String name) {
        return iri("periodical/" + slug(name));
    }

    public Node entity(EntityKind kind, String id) {
        return iri(kind.segment() + "/" + id);
    }

    public Node role(String personId, String organizationId, String title) {
        return iri("person/" + personId + "/role/" + organizationId + "-" + slug(title));
    }

    public Node event(String id) {
        return iri("event/" + id);
    }

    public Node scope(String eventId) {
        return iri("event/" + eventId + "/scope");
    }

    public Node amount(String eventId, int n) {
        return iri("event/" + eventId + "/amount/" + n);
    }

    public Node claim(String id) {
        return iri("claim/" + id);
    }

    /** Returns the named graph of the file at {@code relPath}. */
    public Node graph(String relPath) {
        return iri("graph/" + pathSegments(relPath));
    }

    /** Returns the PROV entity of the file at {@code relPath}. */
    public Node sourceFile(String relPath) {
        return iri("source/" + pathSegments(relPath));
    }

    public Node buildGraph() {
        return iri("graph/build");
    }

    public Node build(String inputsHash) {
        return iri("build/" + inputsHash.substring(0, 12));
    }

    public Node dataset() {
        return iri("dataset");
    }

    /** Returns the path of an IRI under this base, or null when it is not under it. */
    public String pathOf(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : null;
    }

    /** Returns {@code label} as a slug: lower case, runs of other characters as one hyphen, none at the ends. */
    public static String slug(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        s = NOT_SLUG.matcher(s).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + sha256(label).substring(0, 8) : s;
    }

    /**
     * Keeps a relative path readable while making each segment safe in an IRI: other characters are percent-encoded
     * (UTF-8), so that distinct files ("a b.md", "a_b.md") never share a graph.
     */
    private static String pathSegments(String relPath) {
        StringBuilder sb = new StringBuilder();
        for (String seg : relPath.replace('\\', '/').split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            for (byte b : seg.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '-')) {
                    sb.append(c);
                } else {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    /** Returns the lower-case hex SHA-256 of {@code s} in UTF-8. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
