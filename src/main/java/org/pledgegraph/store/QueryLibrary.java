package org.pledgegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;

/**
 * The researchers' SPARQL library: the {@code .rq} files shipped under {@code pledgegraph/queries/} on the
 * classpath (from {@code queries/} in the source tree), each parsed into a {@link LibraryQuery}. Frozen once loaded.
 */
public final class QueryLibrary {
    /** Where the library lives on the classpath. */
    public static final String RESOURCE_DIR = "pledgegraph/queries/";

    private final Map<String, LibraryQuery> queries;

    private QueryLibrary(Map<String, LibraryQuery> queries) {
        this.queries = queries;
    }

    /**
     * Returns the library shipped with the program, found both in a folder on the classpath (a development build)
     * and inside the jar.
     *
     * @throws IllegalStateException if a library file cannot be read or parsed (a packaging mistake, with the file
     *     and, for a syntax error, the line and column)
     */
    public static QueryLibrary load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(cl != null ? cl : QueryLibrary.class.getClassLoader());
    }

    /** Returns the library found under {@link #RESOURCE_DIR} through {@code loader}; the first file of a name wins. */
    static QueryLibrary load(ClassLoader loader) {
        Map<String, LibraryQuery> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(RESOURCE_DIR);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (Map.Entry<String, String> file : read(root).entrySet()) {
                    found.putIfAbsent(file.getKey(), parse(file.getKey(), RESOURCE_DIR + file.getKey() + ".rq",
                            file.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the query library: " + e.getMessage(), e);
        }
        return new QueryLibrary(Collections.unmodifiableMap(found));
    }

    /** Returns the library made of the {@code .rq} files directly in {@code dir}. */
    public static QueryLibrary fromDirectory(Path dir) {
        Map<String, LibraryQuery> found = new TreeMap<>();
        try {
            for (Map.Entry<String, String> file : readDirectory(dir).entrySet()) {
                found.put(file.getKey(), parse(file.getKey(), dir.resolve(file.getKey() + ".rq").toString(),
                        file.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library in " + dir + ": " + e.getMessage(), e);
        }
        return new QueryLibrary(Collections.unmodifiableMap(found));
    }

    /** Returns every query, sorted by name. */
    public List<LibraryQuery> all() {
        return List.copyOf(queries.values());
    }

    /** Returns the query called {@code name} (its file name without {@code .rq}). */
    public Optional<LibraryQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    private static LibraryQuery parse(String name, String file, String text) {
        LibraryQuery q;
        try {
            q = LibraryQuery.parse(name, file, text);
        } catch (QueryParseException e) {
            throw new IllegalStateException(syntaxError(file, e), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (q.title().isEmpty() || q.description().isEmpty()) {
            throw new IllegalStateException(file + ": header: every library query starts with '# title: ...' and"
                    + " '# description: ...' comment lines");
        }
        return q;
    }

    /** Javacc's "Encountered" message: the token's kind, its text, and where it starts. */
    private static final Pattern ENCOUNTERED = Pattern.compile(
            "Encountered \\\" .*? \\\"(.*?) \\\"\\\" at line (\\d+), column (\\d+)", Pattern.DOTALL);
    private static final Pattern AT_LINE = Pattern.compile(
            "(?i)^(lexical error )?at line \\d+, column \\d+\\.?:?\\s*");

    /**
     * Returns "FILE:LINE:COLUMN: syntax error: what" for a parse error: one line, without Jena's list of the tokens
     * it expected, and at the offending token (Jena's own line and column are those of the token before it).
     */
    public static String syntaxError(String file, QueryParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        var enc = ENCOUNTERED.matcher(m);
        if (enc.find()) {
            return file + ":" + enc.group(2) + ":" + enc.group(3) + ": syntax error: unexpected \"" + enc.group(1)
                    + "\"";
        }
        m = m.split("Was expecting", 2)[0];
        m = AT_LINE.matcher(m.strip()).replaceFirst("");
        return file + ":" + e.getLine() + ":" + e.getColumn() + ": syntax error: " + m.replaceAll("\\s+", " ").strip();
    }

    /** Returns name (without .rq) to text of each library file under one classpath root. */
    private static Map<String, String> read(URL root) throws IOException {
        switch (root.getProtocol()) {
            case "file":
                try {
                    return readDirectory(Path.of(root.toURI()));
                } catch (URISyntaxException e) {
                    throw new IOException("bad classpath folder " + root, e);
                }
            case "jar":
                return readJar(root);
            default:
                throw new IOException("cannot list " + root + ": only folders and jars are supported");
        }
    }

    private static Map<String, String> readDirectory(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".rq") && Files.isRegularFile(f)).toList();
        }
        for (Path f : files) {
            String file = f.getFileName().toString();
            out.put(file.substring(0, file.length() - 3), Files.readString(f, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Map<String, String> readJar(URL root) throws IOException {
        URLConnection c = root.openConnection();
        if (!(c instanceof JarURLConnection jc)) {
            throw new IOException("cannot open " + root + " as a jar");
        }
        // Not cached: a shared cached JarFile would be closed under other readers of the same jar.
        jc.setUseCaches(false);
        Map<String, String> out = new TreeMap<>();
        try (JarFile jar = jc.getJarFile()) {
            List<JarEntry> entries = new ArrayList<>();
            jar.stream().forEach(entries::add);
            for (JarEntry e : entries) {
                String path = e.getName();
                if (e.isDirectory() || !path.startsWith(RESOURCE_DIR) || !path.endsWith(".rq")) {
                    continue;
                }
                String file = path.substring(RESOURCE_DIR.length());
                if (file.contains("/")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(e)) {
                    out.put(file.substring(0, file.length() - 3), new String(in.readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
