package org.pledgegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The built graph on disk: {@code dataset.nq} with every named graph, and {@code manifest.properties} recording
 * what it was built from (a fingerprint of the data folders, the base IRI and the program), so a server can tell
 * whether it is stale. Both files are replaced whole, never edited in place.
 */
public final class GraphStore {
    static final String DATASET = "dataset.nq";
    static final String MANIFEST = "manifest.properties";

    private final Path dir;

    private GraphStore(Path dir) {
        this.dir = dir;
    }

    /** Returns the store in {@code dir}, which need not exist yet. */
    public static GraphStore at(Path dir) {
        return new GraphStore(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path datasetFile() {
        return dir.resolve(DATASET);
    }

    /** Returns true if the store exists and was built from exactly these folders' current contents and base. */
    public boolean isFresh(List<Path> dataDirs, String base) {
        Properties p = manifest();
        return p != null && Files.isRegularFile(datasetFile())
                && fingerprint(dataDirs, base).equals(p.getProperty("fingerprint"));
    }

    /** Returns the manifest, or null when the store has none. */
    public Properties manifest() {
        Path m = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(m)) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        return p;
    }

    /** Replaces the store with {@code dsg}, recording what it was built from and the build's summary line. */
    public void save(DatasetGraph dsg, List<Path> dataDirs, String base, String summary) {
        RdfFiles.write(dsg, datasetFile(), RDFFormat.NQUADS_UTF8);
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint(dataDirs, base));
        p.setProperty("base", base);
        p.setProperty("summary", summary);
        List<String> dirs = new ArrayList<>();
        for (Path d : dataDirs) {
            dirs.add(d.toAbsolutePath().normalize().toString());
        }
        p.setProperty("data", String.join(java.io.File.pathSeparator, dirs));
        RdfFiles.atomically(dir.resolve(MANIFEST), out -> p.store(out, "pledgegraph build manifest"));
    }

    /** Reads the stored dataset into a new in-memory dataset. */
    public DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, datasetFile().toString(), Lang.NQUADS);
        return dsg;
    }

    /**
     * Returns a fingerprint of every file under {@code dataDirs} (path, size, modification time), the base IRI
     * and the program's own jar, so that a change to any of them makes a stored graph stale.
     */
    public static String fingerprint(List<Path> dataDirs, String base) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("base " + base + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path d : dataDirs) {
                Path root = d.toAbsolutePath().normalize();
                md.update(("dir " + root + "\n").getBytes(StandardCharsets.UTF_8));
                if (!Files.isDirectory(root)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update((root.relativize(f) + " " + Files.size(f) + " "
                            + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            md.update(("program " + programStamp() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data folders: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String programStamp() {
        try {
            var src = GraphStore.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return "unknown";
            }
            Path p = Path.of(src.getLocation().toURI());
            return p + " " + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | java.net.URISyntaxException | SecurityException e) {
            // Without a stamp a rebuilt program is not noticed; the data fingerprint still is. Say so in the stamp.
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }
}
