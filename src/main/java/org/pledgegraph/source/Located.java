package org.pledgegraph.source;

/** A value read from a file, with the file and the 1-based line where it starts. */
public record Located<T>(T value, String file, int line) {
}
