package org.pledgegraph.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Entity;

/**
 * Finds the catalog entities a text mentions by name or alias, as whole words: case-sensitive for names of up to
 * four characters ("IBM", "ACLU"), case-insensitive otherwise; never inside a longer word or inside a URL. Where
 * names overlap, the longest wins ("Amazon Rekognition" is the product, not also the company). Immutable and safe
 * to share between threads.
 */
final class MentionMatcher {
    private static final int SHORT = 4;
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";

    private final Pattern exact;
    private final Pattern folded;
    private final Map<String, Set<Entity>> byExact;
    private final Map<String, Set<Entity>> byFolded;

    private MentionMatcher(Pattern exact, Pattern folded, Map<String, Set<Entity>> byExact,
            Map<String, Set<Entity>> byFolded) {
        this.exact = exact;
        this.folded = folded;
        this.byExact = byExact;
        this.byFolded = byFolded;
    }

    /** Returns a matcher for the names and aliases of {@code entities}. */
    static MentionMatcher of(List<Entity> entities) {
        Map<String, Set<Entity>> byExact = new HashMap<>();
        Map<String, Set<Entity>> byFolded = new HashMap<>();
        for (Entity e : entities) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                String norm = normalize(n);
                if (norm.isEmpty()) {
                    continue;
                }
                if (norm.length() <= SHORT) {
                    byExact.computeIfAbsent(norm, k -> new LinkedHashSet<>()).add(e);
                } else {
                    byFolded.computeIfAbsent(norm.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(e);
                }
            }
        }
        return new MentionMatcher(compile(byExact.keySet(), 0), compile(byFolded.keySet(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), byExact, byFolded);
    }

    private static Pattern compile(Set<String> names, int flags) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String n : sorted) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            // Any run of white space in a name matches any run in the text.
            String[] words = n.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    alt.append("\\s+");
                }
                alt.append(Pattern.quote(words[i]));
            }
        }
        return Pattern.compile(BEFORE + "(?:" + alt + ")" + AFTER, flags);
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Returns the entities mentioned in {@code texts}, in order of first mention. */
    Set<Entity> find(String... texts) {
        Set<Entity> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            String t = blankUrls(text);
            // Short names are matched where no longer name matched, so "US Congress" is not also "US".
            collect(exact, blank(folded, t), byExact, false, found);
            collect(folded, t, byFolded, true, found);
        }
        return found;
    }

    private static void collect(Pattern p, String text, Map<String, Set<Entity>> index, boolean fold,
            Set<Entity> found) {
        if (p == null) {
            return;
        }
        Matcher m = p.matcher(text);
        while (m.find()) {
            String key = normalize(m.group());
            Set<Entity> hits = index.get(fold ? key.toLowerCase(Locale.ROOT) : key);
            if (hits != null) {
                found.addAll(hits);
            }
        }
    }

    /** Replaces each URL with spaces of the same length, so nothing inside one is matched. */
    private static String blankUrls(String text) {
        return blank(URL, text);
    }

    /** Replaces each match of {@code p} with spaces of the same length. */
    private static String blank(Pattern p, String text) {
        if (p == null) {
            return text;
        }
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }
}
