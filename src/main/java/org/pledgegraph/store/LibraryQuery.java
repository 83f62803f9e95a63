package org.pledgegraph.store;

import java.util.List;
import java.util.Objects;

/**
 * One query of the researchers' library: its name (the file name without {@code .rq}), the title and description
 * from its header, its parameters, and the whole text of the file.
 */
public record LibraryQuery(String name, String title, String description, List<Param> params, String text) {
    public LibraryQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description;
        params = params == null ? List.of() : List.copyOf(params);
    }
}
