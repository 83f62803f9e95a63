package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    private static final String DATA = """
            <http://ex/g1> { <http://ex/a> <https://schema.org/headline> "IBM ends its moratorium" .
                             <http://ex/a> <http://ex/p> "shared" . }
            <http://ex/g2> { <http://ex/b> <https://schema.org/headline> "Amazon extends a pledge" .
                             <http://ex/a> <http://ex/p> "shared" . }
            """;

    private static Dataset load() {
        DatasetGraph src = DatasetGraphFactory.create();
        RDFParser.fromString(DATA, Lang.TRIG).parse(src);
        return Datasets.indexedCopy(src);
    }

    private static List<String> select(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.get("s").toString()));
            }
        });
        out.sort(null);
        return out;
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphsWithoutDuplicates() {
        Dataset ds = load();
        assertEquals(List.of("http://ex/a", "http://ex/b"),
                select(ds, "SELECT ?s { ?s <https://schema.org/headline> ?h }"));
        assertEquals(List.of("http://ex/a"), select(ds, "SELECT ?s { ?s <http://ex/p> ?o }"));
    }

    @Test
    void textQueryFindsWordsInIndexedPropertiesAcrossGraphs() {
        Dataset ds = load();
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"moratorium\" }";
        assertEquals(List.of("http://ex/a"), select(ds, q));
        String joined = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s "
                + "{ ?s text:query \"pledge\" . ?s <https://schema.org/headline> ?h }";
        assertEquals(List.of("http://ex/b"), select(ds, joined));
    }
}
