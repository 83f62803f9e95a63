package org.pledgegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms Jena's {@code SchemaDO} cannot name, such as {@code abstract}, a Java keyword. */
public final class Schema {
    public static final Node abstract_ = NodeFactory.createURI(Namespaces.SCHEMA + "abstract");

    private Schema() {
    }
}
