package org.pledgegraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A curated catalog entity: an organization, person, product, technology, law or place. {@code links} holds the
 * references to other entities by id, keyed by the catalog field name (country, parent, manufacturer, technology,
 * broader, jurisdiction, containedIn).
 */
public record Entity(
        EntityKind kind,
        String id,
        String name,
        List<String> aliases,
        String type,
        String description,
        String wikidata,
        String url,
        String note,
        PartialDate date,
        Map<String, String> links,
        List<Role> roles) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id \"" + id + "\" is not a slug (lower-case letters, digits, single hyphens)");
        }
        if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("wikidata \"" + wikidata + "\" is not a Wikidata item id like Q37156");
        }
        aliases = List.copyOf(aliases);
        links = Map.copyOf(links);
        roles = List.copyOf(roles);
    }

    /** Returns true if {@code id} is a valid catalog or event id. */
    public static boolean isSlug(String id) {
        return ID.matcher(id).matches();
    }
}
