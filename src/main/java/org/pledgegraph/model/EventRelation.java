package org.pledgegraph.model;

import java.util.Objects;

/** A relation from one policy event to another; a contradiction may carry the claim that asserts it. */
public record EventRelation(Type type, String target, Claim claim) {

    /** The relations between events, with the local names of their properties. */
    public enum Type {
        EXTENDS("extends"), CONTRADICTS("contradicts"), RESPONDS_TO("respondsTo");

        private final String localName;

        Type(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }

        /** Returns the type written as {@code name} in the events file, or null. */
        public static Type of(String name) {
            for (Type t : values()) {
                if (t.localName.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    public EventRelation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }
}
