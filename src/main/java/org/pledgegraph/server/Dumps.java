package org.pledgegraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pledgegraph.mapping.Iris;
import org.pledgegraph.publish.RdfOutput;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.store.RdfFiles;

/**
 * The whole dataset as files, one per syntax, each made once on first request (with a gzip copy) and kept under the
 * store folder in {@code dumps/{version}/}, where the version changes whenever the data does.
 */
final class Dumps {
    /** One dump: its files, sizes, entity tags and how many statements it holds. */
    record Dump(RdfSyntax syntax, Path file, Path gzip, long size, long gzipSize, String etag, String gzipEtag,
            long statements, long graphs) {
    }

    private final ServerContext context;
    private final Map<RdfSyntax, Dump> made = new EnumMap<>(RdfSyntax.class);
    private Path dir;

    Dumps(ServerContext context) {
        this.context = context;
    }

    /** Returns the dump in {@code syntax}, making it first if need be. */
    synchronized Dump get(RdfSyntax syntax) {
        Dump d = made.get(syntax);
        if (d == null) {
            d = make(syntax);
            made.put(syntax, d);
        }
        return d;
    }

    private Dump make(RdfSyntax syntax) {
        DatasetGraph dsg = context.dataset().asDatasetGraph();
        Path folder = folder();
        Path file = folder.resolve(fileName(syntax));
        Path gzip = folder.resolve(fileName(syntax) + ".gz");
        long[] counts = new long[2];
        Txn.executeRead(dsg, () -> {
            RdfFiles.atomically(file, out -> RdfOutput.write(dsg, syntax, out));
            if (syntax.isQuads()) {
                counts[0] = Iter.count(dsg.find());
                counts[1] = Iter.count(dsg.listGraphNodes());
            } else {
                counts[0] = dsg.getUnionGraph().size();
                counts[1] = 0;
            }
        });
        RdfFiles.atomically(gzip, out -> {
            try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
                Files.copy(file, gz);
            }
        });
        try {
            return new Dump(syntax, file, gzip, Files.size(file), Files.size(gzip), etag(file, ""),
                    etag(gzip, "-gzip"), counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump " + file + ": " + e.getMessage(), e);
        }
    }

    /** Returns the folder for this version of the data, made if need be; older versions are removed. */
    private Path folder() {
        if (dir != null) {
            return dir;
        }
        String version = Iris.sha256(context.base() + "\n" + context.lastModified() + "\n"
                + Txn.calculateRead(context.dataset(), () -> Iter.count(context.dataset().asDatasetGraph().find())))
                .substring(0, 16);
        Path root = context.store().resolve("dumps");
        Path folder = root.resolve(version);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            try {
                folder = Files.createTempDirectory("pledgegraph-dumps-");
            } catch (IOException e2) {
                throw new UncheckedIOException("cannot make a folder for the dumps: " + e2.getMessage(), e2);
            }
            PageServlet.LOG.warn("cannot write dumps under {} ({}); using {}", root, e.getMessage(), folder);
        }
        removeOldVersions(root, version);
        dir = folder;
        return folder;
    }

    private static void removeOldVersions(Path root, String keep) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var old = Files.list(root)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                String name = p.getFileName().toString();
                if (!name.equals(keep) && name.matches("[0-9a-f]{16}") && Files.isDirectory(p)) {
                    try (var files = Files.list(p)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Old dumps only take space; say so and carry on.
            PageServlet.LOG.warn("cannot remove old dumps under {}: {}", root, e.getMessage());
        }
    }

    private static String etag(Path file, String suffix) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            byte[] digest = ((DigestInputStream) in).getMessageDigest().digest();
            return "\"" + HexFormat.of().formatHex(digest).substring(0, 32) + suffix + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the file name of the dump in {@code syntax}, e.g. {@code pledgegraph.ttl}. */
    static String fileName(RdfSyntax syntax) {
        return org.pledgegraph.publish.VoidDescription.DUMP_NAME + "." + syntax.extension();
    }
}
