package org.pledgegraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation, with each query execution handed to the request's {@link QueryWatchdog.Watch}
 * so that the watchdog can abort it at the request's deadline.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        QueryExec exec = super.createQueryExec(action, query, dsg);
        if (action.getRequest().getAttribute(QueryWatchdog.ATTRIBUTE) instanceof QueryWatchdog.Watch watch) {
            watch.onExpiry(exec::abort);
        }
        return exec;
    }
}
