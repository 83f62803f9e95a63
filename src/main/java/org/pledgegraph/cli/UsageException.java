package org.pledgegraph.cli;

/** A wrong command line found after parsing (a missing folder, a bad base IRI): exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
