package org.pledgegraph.model;

import java.util.List;

/** What a pledge covers, as data: the action, technologies, customer groups, jurisdictions and its condition. */
public record Scope(String action, List<String> technologies, List<String> customers, List<String> jurisdictions,
        String condition) {
    public Scope {
        technologies = List.copyOf(technologies);
        customers = List.copyOf(customers);
        jurisdictions = List.copyOf(jurisdictions);
    }
}
