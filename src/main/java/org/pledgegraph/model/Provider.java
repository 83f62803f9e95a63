package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/** The news provider (publisher) of an article, identified by its domain. */
public record Provider(String name, String domain, List<Image> logos) {
    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        logos = List.copyOf(logos);
    }
}
