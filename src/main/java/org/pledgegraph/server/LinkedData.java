package org.pledgegraph.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The linked-data routes: dereferenceable IRIs with content negotiation, HTML pages, dumps, VoID and the
 * timeline. The server calls {@link #register} once while it is being built.
 */
public final class LinkedData {
    private LinkedData() {
    }

    /** Adds the linked-data servlets and filters to {@code builder}. */
    public static void register(FusekiServer.Builder builder, ServerContext context) {
        // Filled in by the linked-data work (issue 4).
    }
}
