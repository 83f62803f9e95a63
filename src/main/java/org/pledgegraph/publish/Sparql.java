package org.pledgegraph.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.vocab.Namespaces;

/**
 * Runs SPARQL SELECT queries with values bound to variables (never pasted into the query text) and a timeout.
 * Callers hold the read transaction.
 */
public final class Sparql {
    private Sparql() {
    }

    /** Parses {@code text}, with pledgegraph's prefixes predeclared. */
    public static Query parse(String text) {
        Query q = QueryFactory.create();
        q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()));
        return QueryFactory.parse(q, text, null, null);
    }

    /**
     * Returns the rows of {@code query} over {@code dsg} with {@code bindings} substituted for their variables.
     *
     * @throws org.apache.jena.query.QueryCancelledException when the query runs longer than {@code timeout}
     */
    public static List<Binding> select(DatasetGraph dsg, Query query, Map<String, Node> bindings, Duration timeout) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Returns the single number a counting query's first variable holds in its first row, or 0. */
    public static long count(DatasetGraph dsg, Query query, Map<String, Node> bindings, Duration timeout) {
        List<Binding> rows = select(dsg, query, bindings, timeout);
        if (rows.isEmpty()) {
            return 0;
        }
        Binding row = rows.get(0);
        var vars = row.vars();
        if (!vars.hasNext()) {
            return 0;
        }
        Node n = row.get(vars.next());
        return n == null || !n.isLiteral() ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
