package org.pledgegraph.model;

import java.util.Objects;

/** A person's role in an organization, such as IBM's Chief Executive Officer. */
public record Role(String title, String organization, PartialDate start, PartialDate end) {
    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organization, "organization");
    }
}
