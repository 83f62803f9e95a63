package org.pledgegraph.mapping;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.SKOS;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.Citation;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.Image;
import org.pledgegraph.model.Provider;
import org.pledgegraph.vocab.PG;
import org.pledgegraph.vocab.Schema;

/** Maps an article, with its provider, topics, images, related articles, citations and mentions, to triples. */
final class ArticleMapper {
    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe[^>]*\\ssrc=\"(https?://[^\"\\s]+)\"",
            Pattern.CASE_INSENSITIVE);

    private final Iris iris;
    private final Registry registry;

    ArticleMapper(Iris iris, Registry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    /** Returns the IRI an article gets. */
    Node node(Article a) {
        return a.document() ? iris.document(a.key()) : iris.article(a.key());
    }

    /** Maps {@code a} and its related items into {@code em}, adding every article IRI to {@code seen}. */
    Node map(Article a, Emitter em, Set<String> seen) {
        Node s = node(a);
        seen.add(s.getURI());
        em.type(s, type(a.itemType()));
        em.string(s, PG.itemType, a.itemType());
        em.string(s, PG.category, a.category());
        em.string(s, SchemaDO.headline.asNode(), a.title());
        em.string(s, Schema.abstract_, a.excerpt());
        em.string(s, SchemaDO.articleBody.asNode(), a.body());
        em.date(s, SchemaDO.datePublished.asNode(), a.datePublished());
        em.uri(s, SchemaDO.url.asNode(), a.webUrl());
        em.uri(s, PG.originalUrl, a.originalUrl());
        em.uri(s, PG.ampUrl, a.ampUrl());
        em.uri(s, PG.cdnAmpUrl, a.cdnAmpUrl());
        em.integer(s, PG.quality, a.quality());
        em.integer(s, PG.heat, a.heat());
        em.bool(s, PG.published, a.published());
        if (a.featuredContent() != null) {
            em.string(s, PG.featuredContent, a.featuredContent());
            Matcher m = IFRAME_SRC.matcher(a.featuredContent());
            if (m.find()) {
                em.uri(s, SchemaDO.embedUrl.asNode(), m.group(1));
            }
        }
        if (a.provider() != null) {
            em.add(s, SchemaDO.publisher.asNode(), provider(a.provider(), em));
        }
        for (String topic : a.topics()) {
            Node t = iris.topic(topic);
            em.add(s, SchemaDO.about.asNode(), t);
            em.type(t, SKOS.Concept.asNode());
            em.english(t, SKOS.prefLabel.asNode(), topic);
            em.add(t, SKOS.inScheme.asNode(), iris.topicScheme());
            em.type(iris.topicScheme(), SKOS.ConceptScheme.asNode());
            em.english(iris.topicScheme(), SKOS.prefLabel.asNode(), "Topics");
        }
        for (Image image : a.images()) {
            em.add(s, SchemaDO.image.asNode(), image(image, em));
        }
        for (Article r : a.related()) {
            em.add(s, PG.relatedArticle, map(r, em, seen));
        }
        if (a.author() != null) {
            Entity person = registry.person(a.author());
            if (person != null) {
                em.add(s, SchemaDO.author.asNode(), iris.entity(person.kind(), person.id()));
            } else {
                em.string(s, SchemaDO.author.asNode(), a.author());
            }
        }
        if (a.periodical() != null) {
            Node p = iris.periodical(a.periodical());
            em.add(s, SchemaDO.isPartOf.asNode(), p);
            em.type(p, SchemaDO.Periodical.asNode());
            em.string(p, SchemaDO.name.asNode(), a.periodical());
        }
        em.string(s, PG.volumeNumber, a.volumeNumber());
        em.string(s, PG.issueNumber, a.issueNumber());
        for (Citation c : a.citations()) {
            Node cn = iris.citation(s, c.number());
            em.add(s, SchemaDO.citation.asNode(), cn);
            em.type(cn, SchemaDO.CreativeWork.asNode());
            em.type(cn, PG.Citation);
            em.integer(cn, PG.citationNumber, c.number());
            em.string(cn, SchemaDO.name.asNode(), c.title());
            em.string(cn, SchemaDO.author.asNode(), c.author());
            em.string(cn, PG.publisherName, c.publisher());
            em.date(cn, SchemaDO.datePublished.asNode(), c.date());
            em.uri(cn, SchemaDO.url.asNode(), c.url());
            em.string(cn, PG.citationText, c.text());
        }
        for (Entity e : registry.mentions().find(a.title(), a.excerpt(), a.body())) {
            em.add(s, SchemaDO.mentions.asNode(), iris.entity(e.kind(), e.id()));
        }
        return s;
    }

    private static Node type(String itemType) {
        if (itemType == null || itemType.equals("article")) {
            return SchemaDO.NewsArticle.asNode();
        }
        if (itemType.equals("video")) {
            return SchemaDO.VideoObject.asNode();
        }
        return SchemaDO.CreativeWork.asNode();
    }

    private Node provider(Provider p, Emitter em) {
        Node n = iris.provider(p.domain());
        em.type(n, SchemaDO.Organization.asNode());
        em.type(n, PG.NewsProvider);
        em.string(n, SchemaDO.name.asNode(), p.name());
        em.string(n, PG.domain, p.domain());
        for (Image logo : p.logos()) {
            em.add(n, SchemaDO.logo.asNode(), image(logo, em));
        }
        return n;
    }

    private Node image(Image i, Emitter em) {
        Node n = iris.image(i.url());
        em.type(n, SchemaDO.ImageObject.asNode());
        em.uri(n, SchemaDO.contentUrl.asNode(), i.url());
        em.integer(n, SchemaDO.width.asNode(), i.width());
        em.integer(n, SchemaDO.height.asNode(), i.height());
        em.string(n, SchemaDO.caption.asNode(), i.title());
        em.bool(n, PG.cached, i.cached());
        return n;
    }
}
