package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need an independent tool (a Debian package that {@code .ci/run} installs): without the tool they are
 * skipped, except in CI ({@code -Dpledgegraph.requireInterop=true}), where a missing tool fails them.
 */
final class Interop {
    private Interop() {
    }

    /** Returns {@code tool} if it is an executable file, else skips the test or, in CI, fails it. */
    static Path require(String tool, String debianPackage) {
        Path p = Path.of(tool);
        if (!Files.isExecutable(p)) {
            missing(tool + " is missing (Debian package " + debianPackage + ")");
        }
        return p;
    }

    /** Skips the test with {@code reason}, or fails it in CI. */
    static void missing(String reason) {
        if (Boolean.getBoolean("pledgegraph.requireInterop")) {
            fail(reason + "; CI requires it (pledgegraph.requireInterop=true)");
        }
        Assumptions.abort(reason + "; skipped (set -Dpledgegraph.requireInterop=true to make this a failure)");
    }
}
