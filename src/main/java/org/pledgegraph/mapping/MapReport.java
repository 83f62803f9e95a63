package org.pledgegraph.mapping;

import java.util.List;
import java.util.Locale;

/** What a mapping run did: counts, the warnings and errors met, and how long it took. */
public record MapReport(int files, int articles, int providers, int organizations, int people, int products,
        int events, long quads, List<String> warnings, List<String> errors, double seconds) {

    public MapReport {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** Returns the one-line summary the build prints. */
    public String summary() {
        return String.format(Locale.ROOT,
                "files %d, articles %d, providers %d, organizations %d, people %d, products %d, events %d,"
                        + " triples %d, warnings %d, errors %d, seconds %.2f",
                files, articles, providers, organizations, people, products, events, quads, warnings.size(),
                errors.size(), seconds);
    }
}
