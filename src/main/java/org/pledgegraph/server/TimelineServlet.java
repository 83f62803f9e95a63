package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.pledgegraph.publish.Sparql;

/** Serves {@code /timeline}: the page {@link Timeline} draws from the rows of its SPARQL query. */
final class TimelineServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    private static final Query QUERY = Sparql.parse(Timeline.QUERY);

    TimelineServlet(Site site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!path(req).equals("timeline")) {
            throw new NotFound("no such page: /" + path(req));
        }
        Timeline timeline = Timeline.of(Txn.calculateRead(site.dataset(),
                () -> Sparql.select(site.dsg(), QUERY, Map.of(), site.timeout())));
        byte[] body = timeline.render(site.links(), site.context().sparqlPath());
        Responses.send(req, resp, body, "text/html; charset=utf-8", site.context().lastModified());
    }
}
