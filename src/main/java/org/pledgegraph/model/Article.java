package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One article (or video, or other news item) as its source states it. Optional facts are null or empty; the
 * article's identity is {@link #key()}: its URL, or for a plain-text article without one, its document path.
 */
public record Article(
        String key,
        boolean document,
        String title,
        String excerpt,
        String body,
        PartialDate datePublished,
        String category,
        String itemType,
        String webUrl,
        String originalUrl,
        String ampUrl,
        String cdnAmpUrl,
        Integer quality,
        Integer heat,
        Boolean published,
        String featuredContent,
        Provider provider,
        List<String> topics,
        List<Image> images,
        List<Article> related,
        String author,
        String periodical,
        String volumeNumber,
        String issueNumber,
        List<Citation> citations) {

    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        topics = List.copyOf(topics);
        images = List.copyOf(images);
        related = List.copyOf(related);
        citations = List.copyOf(citations);
    }

    /** Returns a builder for an article with the given identity and title. */
    public static Builder builder(String key, boolean document, String title) {
        return new Builder(key, document, title);
    }

    /** Collects an article's optional facts; {@link #build()} checks and freezes them. */
    public static final class Builder {
        private final String key;
        private final boolean document;
        private final String title;
        private String excerpt;
        private String body;
        private PartialDate datePublished;
        private String category;
        private String itemType;
        private String webUrl;
        private String originalUrl;
        private String ampUrl;
        private String cdnAmpUrl;
        private Integer quality;
        private Integer heat;
        private Boolean published;
        private String featuredContent;
        private Provider provider;
        private List<String> topics = List.of();
        private List<Image> images = List.of();
        private List<Article> related = List.of();
        private String author;
        private String periodical;
        private String volumeNumber;
        private String issueNumber;
        private List<Citation> citations = List.of();

        private Builder(String key, boolean document, String title) {
            this.key = key;
            this.document = document;
            this.title = title;
        }

        public Builder excerpt(String v) { excerpt = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder datePublished(PartialDate v) { datePublished = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder itemType(String v) { itemType = v; return this; }
        public Builder webUrl(String v) { webUrl = v; return this; }
        public Builder originalUrl(String v) { originalUrl = v; return this; }
        public Builder ampUrl(String v) { ampUrl = v; return this; }
        public Builder cdnAmpUrl(String v) { cdnAmpUrl = v; return this; }
        public Builder quality(Integer v) { quality = v; return this; }
        public Builder heat(Integer v) { heat = v; return this; }
        public Builder published(Boolean v) { published = v; return this; }
        public Builder featuredContent(String v) { featuredContent = v; return this; }
        public Builder provider(Provider v) { provider = v; return this; }
        public Builder topics(List<String> v) { topics = v; return this; }
        public Builder images(List<Image> v) { images = v; return this; }
        public Builder related(List<Article> v) { related = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder periodical(String v) { periodical = v; return this; }
        public Builder volumeNumber(String v) { volumeNumber = v; return this; }
        public Builder issueNumber(String v) { issueNumber = v; return this; }
        public Builder citations(List<Citation> v) { citations = v; return this; }

        public Article build() {
            return new Article(key, document, title, excerpt, body, datePublished, category, itemType, webUrl,
                    originalUrl, ampUrl, cdnAmpUrl, quality, heat, published, featuredContent, provider, topics,
                    images, related, author, periodical, volumeNumber, issueNumber, citations);
        }
    }
}
