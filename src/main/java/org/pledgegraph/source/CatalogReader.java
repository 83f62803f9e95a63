package org.pledgegraph.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.EntityKind;
import org.pledgegraph.model.PartialDate;
import org.pledgegraph.model.Role;

/**
 * Reads a curated catalog file ({@code kind: organizations}, {@code people}, {@code products}, {@code technologies},
 * {@code laws} or {@code places}). A bad entry is reported and left out; the file's other entries are kept.
 */
public final class CatalogReader {
    private static final Set<String> COMMON =
            Set.of("id", "name", "aliases", "type", "description", "wikidata", "url", "note");
    private static final Map<EntityKind, Set<String>> LINKS = Map.of(
            EntityKind.ORGANIZATION, Set.of("country", "parent"),
            EntityKind.PERSON, Set.of(),
            EntityKind.PRODUCT, Set.of("manufacturer", "technology"),
            EntityKind.TECHNOLOGY, Set.of("broader"),
            EntityKind.LAW, Set.of("jurisdiction"),
            EntityKind.PLACE, Set.of("containedIn"));
    private static final Map<EntityKind, Set<String>> TYPES = Map.of(
            EntityKind.ORGANIZATION, Set.of("Corporation", "GovernmentOrganization", "PoliceForce", "Court", "NGO",
                    "NewsMediaOrganization", "Legislature", "CustomerGroup"),
            EntityKind.LAW, Set.of("Law", "Bill"),
            EntityKind.PLACE, Set.of("Country", "State", "City", "AdministrativeArea"));

    private CatalogReader() {
    }

    /** The entries of one catalog file and the errors of the entries left out. */
    public record Result(EntityKind kind, List<Located<Entity>> entities, List<InputException> errors) {
    }

    /** Returns the catalog kind declared by a parsed YAML file, or null when it is not a catalog. */
    static EntityKind kindOf(YamlNode root) {
        return root.isMapping() ? EntityKind.ofCatalogKind(root.string("kind")) : null;
    }

    /** Reads a catalog whose {@code kind} has already been recognised. */
    static Result read(YamlNode root, EntityKind kind, Diagnostics diagnostics) {
        root.warnUnknown(diagnostics, Set.of("kind", kind.catalogKind()));
        Set<String> known = new HashSet<>(COMMON);
        known.addAll(LINKS.get(kind));
        if (kind == EntityKind.PERSON) {
            known.add("roles");
        }
        if (kind == EntityKind.LAW) {
            known.add("date");
        }
        List<Located<Entity>> out = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode e : root.list(kind.catalogKind())) {
            try {
                Entity entity = entity(e, kind, known, diagnostics);
                if (!ids.add(entity.id())) {
                    throw e.get("id").error("duplicate id \"" + entity.id() + "\"");
                }
                out.add(new Located<>(entity, e.file(), e.line()));
            } catch (InputException ex) {
                errors.add(ex);
            }
        }
        return new Result(kind, out, errors);
    }

    private static Entity entity(YamlNode e, EntityKind kind, Set<String> known, Diagnostics diagnostics) {
        e.warnUnknown(diagnostics, known);
        String id = e.requiredString("id");
        String type = e.string("type");
        Set<String> types = TYPES.get(kind);
        if (type != null && (types == null || !types.contains(type))) {
            throw e.get("type").error("unknown " + kind.segment() + " type \"" + type + "\""
                    + (types == null ? "" : ", expected one of " + new java.util.TreeSet<>(types)));
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (String link : LINKS.get(kind)) {
            String v = e.string(link);
            if (v != null) {
                links.put(link, v);
            }
        }
        List<Role> roles = new ArrayList<>();
        for (YamlNode r : e.list("roles")) {
            r.warnUnknown(diagnostics, Set.of("title", "organization", "start", "end"));
            roles.add(new Role(r.requiredString("title"), r.requiredString("organization"),
                    date(r, "start"), date(r, "end")));
        }
        try {
            return new Entity(kind, id, e.requiredString("name"), e.strings("aliases"), type,
                    e.string("description"), e.string("wikidata"), Urls.optional(e, "url"), e.string("note"),
                    date(e, "date"), links, roles);
        } catch (IllegalArgumentException ex) {
            throw e.error(ex.getMessage());
        }
    }

    static PartialDate date(YamlNode n, String key) {
        String s = n.string(key);
        if (s == null) {
            return null;
        }
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException ex) {
            throw n.get(key).error(ex.getMessage());
        }
    }
}
