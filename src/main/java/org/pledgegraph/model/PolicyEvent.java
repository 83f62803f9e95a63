package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/** A dated corporate pledge, moratorium, policy, contract, court ruling, lawsuit, bill or statement. */
public record PolicyEvent(
        String id,
        Type type,
        String name,
        String description,
        List<String> actors,
        List<String> concerns,
        List<String> products,
        List<String> technologies,
        List<String> jurisdictions,
        List<String> laws,
        PartialDate date,
        PartialDate start,
        PartialDate end,
        String endDerivation,
        String duration,
        Boolean openEnded,
        List<Money> money,
        Scope scope,
        List<EventRelation> relations,
        List<SourceRef> sources,
        String note) {

    /** The kinds of policy event, with the local names of their classes. */
    public enum Type {
        PLEDGE("Pledge"), MORATORIUM("Moratorium"), POLICY("Policy"), CONTRACT("Contract"),
        COURT_RULING("CourtRuling"), LAWSUIT("Lawsuit"), BILL("BillIntroduction"), STATEMENT("Statement");

        private final String className;

        Type(String className) {
            this.className = className;
        }

        public String className() {
            return className;
        }

        /** Returns the type written as {@code name} in the events file ("Bill" names BillIntroduction), or null. */
        public static Type of(String name) {
            if ("Bill".equals(name)) {
                return BILL;
            }
            for (Type t : values()) {
                if (t.className.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    public PolicyEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        actors = List.copyOf(actors);
        concerns = List.copyOf(concerns);
        products = List.copyOf(products);
        technologies = List.copyOf(technologies);
        jurisdictions = List.copyOf(jurisdictions);
        laws = List.copyOf(laws);
        money = List.copyOf(money);
        relations = List.copyOf(relations);
        sources = List.copyOf(sources);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one actor");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one source");
        }
    }
}
