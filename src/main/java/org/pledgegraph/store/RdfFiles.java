package org.pledgegraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;

/** Chooses RDF syntaxes by file extension and writes files so that a reader never sees half of one. */
public final class RdfFiles {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "nq", RDFFormat.NQUADS_UTF8,
            "trig", RDFFormat.TRIG_PRETTY,
            "ttl", RDFFormat.TURTLE_PRETTY,
            "nt", RDFFormat.NTRIPLES_UTF8,
            "jsonld", RDFFormat.JSONLD11,
            "rdf", RDFFormat.RDFXML_PRETTY,
            "owl", RDFFormat.RDFXML_PRETTY);

    private RdfFiles() {
    }

    /**
     * Returns the format a file's extension names.
     *
     * @throws IllegalArgumentException for an extension that names no supported syntax
     */
    public static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        RDFFormat f = dot < 0 ? null : FORMATS.get(name.substring(dot + 1));
        if (f == null) {
            throw new IllegalArgumentException("cannot tell the RDF syntax of " + file
                    + ": use .nq, .trig, .ttl, .nt, .jsonld or .rdf");
        }
        return f;
    }

    /** Returns true if {@code format} can hold named graphs; the others get the union of all graphs. */
    public static boolean isQuads(RDFFormat format) {
        return RDFLanguages.isQuads(format.getLang());
    }

    /**
     * Writes {@code dsg} to {@code file} in {@code format}: the dataset with its named graphs, or for a triples-only
     * syntax the union of its graphs. The file is written beside the target and moved into place when complete.
     */
    public static void write(DatasetGraph dsg, Path file, RDFFormat format) {
        atomically(file, out -> {
            if (isQuads(format)) {
                RDFDataMgr.write(out, dsg, format);
            } else {
                RDFDataMgr.write(out, dsg.getUnionGraph(), format);
            }
        });
    }

    /** Writes to a temporary file beside {@code target} and moves it over the target only once complete. */
    public interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Runs {@code writing} into a temporary file and moves it to {@code target}; on failure the target is untouched. */
    public static void atomically(Path target, Writing writing) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: it makes owner-only files, and the output should follow the umask.
            tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".part");
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                writing.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named .part; leaving it is harmless.
                }
            }
        }
    }
}
