package org.pledgegraph.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that a URL from the input can serve as an IRI: absolute, http or https, with a host. */
final class Urls {
    private Urls() {
    }

    /** Returns the URL at {@code key} of {@code n}, or null when absent; fails for an unusable URL. */
    static String optional(YamlNode n, String key) {
        String s = n.string(key);
        if (s == null) {
            return null;
        }
        String problem = problem(s);
        if (problem != null) {
            throw n.get(key).error("unusable URL \"" + abbreviate(s) + "\": " + problem);
        }
        return s;
    }

    /** Returns why {@code s} is not a usable http(s) URL, or null when it is one. */
    static String problem(String s) {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return e.getReason() + " at index " + e.getIndex();
        }
        if (!uri.isAbsolute()) {
            return "not absolute";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme " + scheme + " is not http or https";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "no host";
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
