package org.pledgegraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pledgegraph.vocab.Schema;

/**
 * Makes the datasets that queries run on: in-memory TDB2, whose default graph is the union of the named graphs
 * (what queries see unless they say GRAPH), with a Lucene full-text index over headlines, abstracts, bodies and
 * names, queried through {@code text:query}.
 */
public final class Datasets {
    /** The Lucene field every indexed property goes to, so {@code text:query "x"} searches them all. */
    public static final String TEXT_FIELD = "text";

    /** The properties whose values are indexed for full-text search. */
    public static final List<Node> INDEXED = List.of(
            SchemaDO.headline.asNode(), Schema.abstract_, SchemaDO.articleBody.asNode(),
            SchemaDO.name.asNode(), SchemaDO.alternateName.asNode(), SchemaDO.description.asNode(),
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SchemaDO.text.asNode());

    static {
        TextQuery.init();
    }

    private Datasets() {
    }

    /** Returns a new, empty, indexed dataset; add data inside a write transaction and it is indexed as it goes. */
    public static Dataset indexed() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        EntityDefinition entity = new EntityDefinition("uri", TEXT_FIELD);
        for (Node p : INDEXED) {
            entity.set(TEXT_FIELD, p);
        }
        entity.setUidField("uid");
        entity.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        return TextDatasetFactory.create(org.apache.jena.query.DatasetFactory.wrap(tdb), index, true);
    }

    /** Returns an indexed dataset holding a copy of {@code source}'s named graphs. */
    public static Dataset indexedCopy(DatasetGraph source) {
        Dataset ds = indexed();
        Txn.executeWrite(ds, () -> {
            source.find().forEachRemaining(q -> ds.asDatasetGraph().add(q));
            source.prefixes().forEach((p, u) -> ds.asDatasetGraph().prefixes().add(p, u));
        });
        return ds;
    }

    /** Returns an indexed dataset loaded from an N-Quads file, such as a store's {@code dataset.nq}. */
    public static Dataset indexedFrom(Path nquads) {
        Dataset ds = indexed();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, nquads.toString(), Lang.NQUADS));
        return ds;
    }
}
