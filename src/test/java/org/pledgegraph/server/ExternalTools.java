package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the independent tools the interop tests compare Jena with (Debian's rapper, python3-rdflib, chromium). A
 * missing tool fails the test when the system property {@code pledgegraph.requireInterop} is true (CI sets it) and
 * skips it, saying why, otherwise.
 */
final class ExternalTools {
    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ExternalTools() {
    }

    /** Returns normally if {@code tool} can run; otherwise fails or skips the test, per the property. */
    static void require(Path tool, String debianPackage) {
        boolean present = Files.isExecutable(tool);
        require(present, tool + " (Debian package " + debianPackage + ")");
    }

    /** Returns normally if {@code /usr/bin/python3} can import rdflib; otherwise fails or skips. */
    static void requireRdflib() {
        require(PYTHON, "python3");
        boolean ok;
        try {
            ok = run(List.of(PYTHON.toString(), "-c", "import rdflib"), 60).exitCode() == 0;
        } catch (IllegalStateException e) {
            ok = false;
        }
        require(ok, "rdflib for /usr/bin/python3 (Debian package python3-rdflib)");
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " is not installed; .ci/run installs it";
        if (Boolean.getBoolean("pledgegraph.requireInterop")) {
            fail(message + " (pledgegraph.requireInterop is true, so this is a failure)");
        }
        Assumptions.assumeTrue(false, "skipped: " + message);
    }

    /** What a finished process left: its exit code, standard output and standard error. */
    record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code command}, waits at most {@code seconds}, and kills it (and its children) if it is still running. */
    static Result run(List<String> command, int seconds) {
        Path out = null;
        Path err = null;
        Process p = null;
        try {
            out = Files.createTempFile("pledgegraph-tool", ".out");
            err = Files.createTempFile("pledgegraph-tool", ".err");
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(command.get(0) + " did not finish within " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + p, e);
        }
    }
}
