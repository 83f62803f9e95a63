package org.pledgegraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the input files under data folders, in a stable order (by folder, then path). Hidden files and README
 * files are passed over; files of other types are reported as warnings.
 */
public final class DataScanner {
    private DataScanner() {
    }

    /** The files found, and the warnings about files passed over. */
    public record Scan(List<DataFile> files, List<String> warnings) {
    }

    /**
     * Scans {@code roots}.
     *
     * @throws IllegalArgumentException when a folder does not exist, or two folders hold the same relative path
     */
    public static Scan scan(List<Path> roots) {
        List<DataFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("data folder " + root + " does not exist or is not a folder");
            }
            List<Path> paths;
            try (Stream<Path> s = Files.walk(root)) {
                paths = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> rel(root, p))).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
            Map<String, Path> byStem = new HashMap<>();
            for (Path p : paths) {
                byStem.put(rel(root, p), p);
            }
            Set<String> sidecars = new HashSet<>();
            for (Path p : paths) {
                String rel = rel(root, p);
                String ext = extension(rel);
                if ((ext.equals("yaml") || ext.equals("yml")) && byStem.containsKey(stem(rel) + ".txt")) {
                    sidecars.add(rel);
                }
            }
            for (Path p : paths) {
                String rel = rel(root, p);
                String name = p.getFileName().toString();
                if (hidden(rel) || name.toUpperCase(Locale.ROOT).startsWith("README") || sidecars.contains(rel)) {
                    continue;
                }
                DataFile.Format format = switch (extension(rel)) {
                    case "md", "markdown" -> DataFile.Format.NEWS_ITEM;
                    case "txt" -> startsWithFrontMatter(p) ? DataFile.Format.NEWS_ITEM : DataFile.Format.PLAIN_TEXT;
                    case "yaml", "yml" -> DataFile.Format.YAML;
                    default -> null;
                };
                if (format == null) {
                    warnings.add(root.resolve(rel) + ": not an input format (.md, .txt, .yaml), skipped");
                    continue;
                }
                if (!seen.add(rel)) {
                    throw new IllegalArgumentException("two data folders both hold " + rel
                            + "; graph names would collide");
                }
                DataFile sidecar = null;
                if (format == DataFile.Format.PLAIN_TEXT) {
                    for (String e : List.of(".yaml", ".yml")) {
                        String sc = stem(rel) + e;
                        if (sidecars.contains(sc)) {
                            sidecar = new DataFile(root, sc, byStem.get(sc), DataFile.Format.SIDECAR, null);
                            break;
                        }
                    }
                }
                files.add(new DataFile(root, rel, p, format, sidecar));
            }
            for (String sc : sidecars) {
                String txt = stem(sc) + ".txt";
                if (byStem.containsKey(txt) && startsWithFrontMatter(byStem.get(txt))) {
                    warnings.add(root.resolve(sc) + ": a sidecar only applies to plain-text articles, and "
                            + txt + " is a news item; ignored");
                }
            }
        }
        return new Scan(List.copyOf(files), List.copyOf(warnings));
    }

    private static boolean hidden(String rel) {
        for (String seg : rel.split("/")) {
            if (seg.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithFrontMatter(Path p) {
        try (var in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(64);
            return FrontMatterReader.hasFrontMatter(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String extension(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot < 0 || dot < rel.lastIndexOf('/') ? "" : rel.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot < 0 || dot < rel.lastIndexOf('/') ? rel : rel.substring(0, dot);
    }
}
