package org.pledgegraph.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file found under a data folder. {@code relPath} (with forward slashes, relative to the folder) names it
 * in messages, graph names and provenance; {@code sidecar} is the plain-text article's sidecar, if any.
 */
public record DataFile(Path root, String relPath, Path path, Format format, DataFile sidecar) {

    /** How a file is read. */
    public enum Format {
        /** A news item with YAML front matter (.md, or .txt that opens with ---). */
        NEWS_ITEM("text/markdown"),
        /** A plain-text article (.txt without front matter). */
        PLAIN_TEXT("text/plain"),
        /** A catalog or events file, told apart by its {@code kind}. */
        YAML("application/yaml"),
        /** Facts for the plain-text article beside it. */
        SIDECAR("application/yaml");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public DataFile {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(relPath, "relPath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
