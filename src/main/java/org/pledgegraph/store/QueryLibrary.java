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
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The researchers' SPARQL library: the {@code .rq} files shipped under {@code pledgegraph/queries/}, each with a
 * header of comment lines ({@code # title: ...}, {@code # description: ...}, {@code # param: NAME TYPE EXAMPLE
 * DESCRIPTION}).
 *
 * <p>A minimal version written for the server's query page; the query library work (issue 3) replaces it with the
 * full one, keeping this API.
 */
public final class QueryLibrary {
    private static final String FOLDER = "pledgegraph/queries/";

    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** Returns the library shipped on the classpath, from a folder or from inside the jar. */
    public static QueryLibrary load() {
        ClassLoader loader = QueryLibrary.class.getClassLoader();
        TreeMap<String, LibraryQuery> byName = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                for (String file : list(roots.nextElement())) {
                    String name = file.substring(0, file.length() - ".rq".length());
                    if (byName.containsKey(name)) {
                        continue; // the first on the classpath wins, as for any resource
                    }
                    try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
                        if (in != null) {
                            byName.put(name, parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library: " + e.getMessage(), e);
        }
        return new QueryLibrary(new ArrayList<>(byName.values()));
    }

    /** Returns every query, sorted by name. */
    public List<LibraryQuery> all() {
        return queries;
    }

    /** Returns the query called {@code name} (its file name without {@code .rq}), if there is one. */
    public Optional<LibraryQuery> get(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Lists the {@code .rq} file names directly under one classpath root of the library folder. */
    private static List<String> list(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            Path dir;
            try {
                dir = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath folder " + root, e);
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(QueryLibrary::isQueryFile).forEach(names::add);
            }
        } else if ("jar".equals(root.getProtocol())) {
            URLConnection c = root.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(FOLDER) && entry.indexOf('/', FOLDER.length()) < 0) {
                        String file = entry.substring(FOLDER.length());
                        if (isQueryFile(file)) {
                            names.add(file);
                        }
                    }
                }
            }
        }
        return names;
    }

    private static boolean isQueryFile(String file) {
        return file.endsWith(".rq") && file.length() > ".rq".length();
    }

    /** Reads the header comments at the top of a query file; the first line that is not a comment ends it. */
    private static LibraryQuery parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("#")) {
                break;
            }
            String body = l.substring(1).strip();
            if (body.startsWith("title:")) {
                title = body.substring("title:".length()).strip();
            } else if (body.startsWith("description:")) {
                description.append(description.length() > 0 ? " " : "")
                        .append(body.substring("description:".length()).strip());
            } else if (body.startsWith("param:")) {
                String[] parts = body.substring("param:".length()).strip().split("\\s+", 4);
                params.add(new Param(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "",
                        parts.length > 3 ? parts[3] : ""));
            }
        }
        return new LibraryQuery(name, title, description.toString(), params, text);
    }
}
