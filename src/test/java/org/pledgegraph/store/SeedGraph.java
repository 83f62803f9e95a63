package org.pledgegraph.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.pledgegraph.mapping.Mapper;
import org.pledgegraph.vocab.PG;

/** The seed data of {@code data/} mapped once per test run into an indexed dataset, and a way to query it. */
final class SeedGraph {
    static final String BASE = PG.DEFAULT_BASE;

    private static Dataset dataset;

    private SeedGraph() {
    }

    /** Returns the seed graph, mapping {@code data/} on first use. */
    static synchronized Dataset dataset() {
        if (dataset == null) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Mapper.builder().dataDirs(List.of(Path.of("data"))).base(BASE)
                    .buildTime(Instant.parse("2026-01-01T00:00:00Z")).build().run(StreamRDFLib.dataset(dsg));
            dataset = Datasets.indexedCopy(dsg);
        }
        return dataset;
    }

    /**
     * Runs {@code query} on {@code ds} and returns its rows, each value as text: an IRI with the base cut to
     * {@code pgr:}, a literal as its lexical form; unbound values are absent from a row.
     */
    static List<Map<String, String>> rows(Dataset ds, Query query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        if (s.contains(v)) {
                            row.put(v, text(s.get(v).asNode()));
                        }
                    }
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    static String text(Node n) {
        if (n.isURI()) {
            return n.getURI().startsWith(BASE) ? "pgr:" + n.getURI().substring(BASE.length()) : n.getURI();
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** Returns the values of {@code column} in row order ("" where unbound). */
    static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.getOrDefault(column, "")).toList();
    }
}
