package org.pledgegraph.store;

import java.util.Objects;

/** A parameter of a library query, from a header line {@code # param: NAME TYPE EXAMPLE DESCRIPTION}. */
public record Param(String name, String type, String example, String description) {
    public Param {
        Objects.requireNonNull(name, "name");
        type = type == null ? "" : type;
        example = example == null ? "" : example;
        description = description == null ? "" : description;
    }
}
