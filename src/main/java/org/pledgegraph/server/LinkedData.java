package org.pledgegraph.server;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.pledgegraph.publish.JsonLdContext;
import org.pledgegraph.publish.VoidDescription;

/**
 * The linked-data routes: dereferenceable IRIs with content negotiation, HTML pages, dumps, VoID and the
 * timeline. The server calls {@link #register} once while it is being built.
 */
public final class LinkedData {
    /** The first segment of every path the mapper (and the VoID description) mints; each is answered here. */
    public static final List<String> RESOURCE_PREFIXES = List.of("article", "provider", "topic", "technology",
            "organization", "person", "product", "law", "place", "periodical", "image", "event", "claim", "graph",
            "source", "build", "dataset");

    private LinkedData() {
    }

    /**
     * Adds the linked-data servlets to {@code builder}, and the dataset's VoID description to its data (as the named
     * graph {@code {base}graph/void}), so that SPARQL, dumps and pages all see it.
     */
    public static void register(FusekiServer.Builder builder, ServerContext context) {
        try {
            VoidDescription.addTo(underReadOnlyViews(context.dataset().asDatasetGraph()), context.base(),
                    context.sparqlPath().substring(1));
        } catch (QueryCancelledException e) {
            // A very large dataset can take longer to count than the description's queries may run: serve the
            // data without it rather than not at all, and say so.
            PageServlet.LOG.warn("the VoID description was not made (counting the data took too long); "
                    + "/.well-known/void answers 404");
        }
        Site site = new Site(context);
        for (String prefix : RESOURCE_PREFIXES) {
            // "/x/*" matches "/x" itself too: the topic and technology schemes and the dataset live there.
            builder.addServlet("/" + prefix + "/*", new ResourceServlet(site));
        }
        builder.addServlet("/timeline", new TimelineServlet(site));
        builder.addServlet("/dumps/*", new DumpServlet(site));
        builder.addServlet("/.well-known/void", new VoidServlet(site));
        builder.addServlet("/ontology", new OntologyServlet(site));
        builder.addServlet("/context.jsonld",
                new StaticServlet(site, JsonLdContext.RESOURCE, "application/ld+json", true));
        builder.addServlet("/style.css", new StaticServlet(site, "/pledgegraph/web/style.css",
                "text/css; charset=utf-8", false));
        builder.addServlet("/timeline.js", new StaticServlet(site, "/pledgegraph/web/timeline.js",
                "text/javascript; charset=utf-8", false));
    }

    /**
     * Returns the dataset beneath the read-only views the server puts over its data. The server serves a read-only
     * view to clients; the VoID description is part of the data, so it is added once, at startup, beneath that view.
     */
    static DatasetGraph underReadOnlyViews(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphReadOnly readOnly) {
            d = readOnly.getWrapped();
        }
        return d;
    }
}
