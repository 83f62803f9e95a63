package org.pledgegraph.model;

/**
 * A reference to a source article: by its URL, or by the path of a plain-text document in a data folder. An
 * external source is a URL deliberately outside the corpus (a company's own announcement, say).
 */
public record SourceRef(String url, String document, boolean external) {
    public SourceRef {
        if ((url == null) == (document == null)) {
            throw new IllegalArgumentException("a source names exactly one of url or document");
        }
        if (external && url == null) {
            throw new IllegalArgumentException("only a url source can be external");
        }
    }

    public static SourceRef url(String url) {
        return new SourceRef(url, null, false);
    }

    public static SourceRef document(String path) {
        return new SourceRef(null, path, false);
    }

    /** Returns a source outside the corpus, known to be so. */
    public static SourceRef external(String url) {
        return new SourceRef(url, null, true);
    }

    @Override
    public String toString() {
        return url != null ? url : "document " + document;
    }
}
