package org.pledgegraph.model;

/** The kinds of curated catalog entity; each has its own catalog file kind and IRI path segment. */
public enum EntityKind {
    ORGANIZATION("organization", "organizations"),
    PERSON("person", "people"),
    PRODUCT("product", "products"),
    TECHNOLOGY("technology", "technologies"),
    LAW("law", "laws"),
    PLACE("place", "places");

    private final String segment;
    private final String catalogKind;

    EntityKind(String segment, String catalogKind) {
        this.segment = segment;
        this.catalogKind = catalogKind;
    }

    /** Returns the IRI path segment, e.g. "organization". */
    public String segment() {
        return segment;
    }

    /** Returns the catalog file's {@code kind} value and list key, e.g. "organizations". */
    public String catalogKind() {
        return catalogKind;
    }

    /** Returns the kind whose catalog file kind is {@code kind}, or null. */
    public static EntityKind ofCatalogKind(String kind) {
        for (EntityKind k : values()) {
            if (k.catalogKind.equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
