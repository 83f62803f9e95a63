package org.pledgegraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.Image;
import org.pledgegraph.model.PartialDate;
import org.pledgegraph.model.Provider;

/**
 * Reads a news item in the aggregator's format: a YAML front matter block between {@code ---} lines, optionally
 * followed by a Markdown body. The opaque {@code secured} signature is read past and never kept.
 */
public final class FrontMatterReader {
    private static final Set<String> ITEM_FIELDS = Set.of("category", "title", "excerpt", "publishedDateTime",
            "webUrl", "originalUrl", "ampWebUrl", "cdnAmpWebUrl", "type", "quality", "heat", "published",
            "featuredContent", "provider", "topics", "images", "related", "secured");
    private static final Set<String> PROVIDER_FIELDS = Set.of("name", "domain", "images");
    private static final Set<String> IMAGE_FIELDS = Set.of("url", "width", "height", "title", "isCached");

    private FrontMatterReader() {
    }

    /** Returns true if {@code text} opens with a front matter block. */
    public static boolean hasFrontMatter(String text) {
        String s = stripBom(text);
        int eol = s.indexOf('\n');
        String first = eol < 0 ? s : s.substring(0, eol);
        return first.strip().equals("---");
    }

    /**
     * Reads the item in {@code text}, naming {@code file} in errors and warnings.
     *
     * @throws InputException when the item cannot be mapped
     */
    public static Article read(String text, String file, Diagnostics diagnostics) {
        String[] lines = stripBom(text).split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new InputException(file, 1, null, "no YAML front matter: the file must start with a --- line");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new InputException(file, 1, null, "front matter is not closed by a --- line");
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length)).strip();
        YamlNode root = YamlNode.parse(yaml, file, 1);
        if (!root.isMapping()) {
            throw root.error("front matter must be a mapping of fields");
        }
        Article.Builder b = item(root, diagnostics, true);
        if (!body.isEmpty()) {
            b.body(body);
        }
        return b.build();
    }

    private static Article.Builder item(YamlNode n, Diagnostics diagnostics, boolean topLevel) {
        n.warnUnknown(diagnostics, ITEM_FIELDS);
        String title = n.requiredString("title");
        String webUrl = Urls.optional(n, "webUrl");
        String originalUrl = Urls.optional(n, "originalUrl");
        String key = webUrl != null ? webUrl : originalUrl;
        if (key == null) {
            throw new InputException(n.file(), n.line(), prefix(n, "webUrl"),
                    "missing: an item needs webUrl or originalUrl to be identified");
        }
        Article.Builder b = Article.builder(key, false, title)
                .excerpt(n.string("excerpt"))
                .category(n.string("category"))
                .itemType(n.string("type"))
                .webUrl(webUrl)
                .originalUrl(originalUrl)
                .ampUrl(Urls.optional(n, "ampWebUrl"))
                .cdnAmpUrl(Urls.optional(n, "cdnAmpWebUrl"))
                .quality(n.integer("quality"))
                .heat(n.integer("heat"))
                .published(n.bool("published"))
                .featuredContent(n.string("featuredContent"));
        String date = n.string("publishedDateTime");
        if (date != null) {
            try {
                b.datePublished(PartialDate.parse(date));
            } catch (IllegalArgumentException e) {
                throw n.get("publishedDateTime").error(e.getMessage());
            }
        }
        YamlNode provider = n.get("provider");
        if (provider != null) {
            provider.warnUnknown(diagnostics, PROVIDER_FIELDS);
            String domain = provider.requiredString("domain").toLowerCase(java.util.Locale.ROOT);
            if (!domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
                throw provider.get("domain").error("not a domain name: \"" + domain + "\"");
            }
            b.provider(new Provider(provider.requiredString("name"), domain,
                    images(provider, diagnostics)));
        }
        List<String> topics = n.strings("topics");
        for (int i = 0; i < topics.size(); i++) {
            if (!topics.get(i).matches(".*[\\p{L}\\p{N}].*")) {
                throw new InputException(n.file(), n.line(), prefix(n, "topics[" + i + "]"),
                        "a topic needs a letter or digit: \"" + topics.get(i) + "\"");
            }
        }
        b.topics(topics);
        b.images(images(n, diagnostics));
        List<Article> related = new ArrayList<>();
        for (YamlNode r : n.list("related")) {
            related.add(item(r, diagnostics, false).build());
        }
        b.related(related);
        if (!topLevel && n.get("secured") != null) {
            diagnostics.warn(n.file(), n.line(), prefix(n, "secured"), "signature in a related item, not mapped");
        }
        return b;
    }

    private static List<Image> images(YamlNode n, Diagnostics diagnostics) {
        List<Image> images = new ArrayList<>();
        for (YamlNode i : n.list("images")) {
            i.warnUnknown(diagnostics, IMAGE_FIELDS);
            String url = Urls.optional(i, "url");
            if (url == null) {
                throw i.error("an image needs a url");
            }
            try {
                images.add(new Image(url, i.integer("width"), i.integer("height"), i.string("title"),
                        i.bool("isCached")));
            } catch (IllegalArgumentException e) {
                throw i.error(e.getMessage());
            }
        }
        return images;
    }

    private static String prefix(YamlNode n, String field) {
        return n.path().isEmpty() ? field : n.path() + "." + field;
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
