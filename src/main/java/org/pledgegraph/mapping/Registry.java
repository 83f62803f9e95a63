package org.pledgegraph.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.EntityKind;

/**
 * What the mapping of one file may refer to in others: the catalog entities by kind and id, the event ids, and
 * the plain-text articles by path. Filled before the files that refer to it are mapped, then only read.
 */
final class Registry {
    private final Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
    private final Set<String> eventIds = new HashSet<>();
    private final Map<String, Node> documents = new HashMap<>();
    private final Set<String> articles = new HashSet<>();
    private final Map<String, Entity> peopleByName = new HashMap<>();
    private MentionMatcher mentions = MentionMatcher.of(List.of());

    void add(Entity e) {
        entities.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.id(), e);
        if (e.kind() == EntityKind.PERSON) {
            peopleByName.put(e.name(), e);
            for (String a : e.aliases()) {
                peopleByName.putIfAbsent(a, e);
            }
        }
    }

    /** Freezes the catalog: builds the mention matcher over every entity. */
    void catalogComplete() {
        List<Entity> all = new ArrayList<>();
        for (Map<String, Entity> m : entities.values()) {
            all.addAll(m.values());
        }
        mentions = MentionMatcher.of(all);
    }

    boolean has(EntityKind kind, String id) {
        Map<String, Entity> m = entities.get(kind);
        return m != null && m.containsKey(id);
    }

    Collection<Entity> all(EntityKind kind) {
        return entities.getOrDefault(kind, Map.of()).values();
    }

    int count(EntityKind kind) {
        return entities.getOrDefault(kind, Map.of()).size();
    }

    /**
     * Returns the IRI of the entity {@code id}, which must be of one of {@code kinds}.
     *
     * @throws IllegalArgumentException naming the field and the unknown id
     */
    Node entity(Iris iris, String field, String id, EntityKind... kinds) {
        for (EntityKind k : kinds) {
            if (has(k, id)) {
                return iris.entity(k, id);
            }
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            names.append(i == 0 ? "" : i == kinds.length - 1 ? " or " : ", ").append(kinds[i].segment());
        }
        throw new IllegalArgumentException(field + ": unknown " + names + " \"" + id + "\"");
    }

    void addEvent(String id) {
        eventIds.add(id);
    }

    boolean hasEvent(String id) {
        return eventIds.contains(id);
    }

    void addDocument(String relPath, Node article) {
        documents.put(relPath, article);
    }

    Node document(String relPath) {
        return documents.get(relPath);
    }

    void addArticle(String iri) {
        articles.add(iri);
    }

    boolean hasArticle(String iri) {
        return articles.contains(iri);
    }

    int articleCount() {
        return articles.size();
    }

    MentionMatcher mentions() {
        return mentions;
    }

    /** Returns the catalog person whose name or alias is exactly {@code name}, or null. */
    Entity person(String name) {
        return peopleByName.get(name);
    }
}
