package org.pledgegraph.publish;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.pledgegraph.vocab.Namespaces;

/**
 * Writes a dataset in one of the published syntaxes: the named graphs for quads syntaxes, the union of the graphs
 * for the others, with pledgegraph's prefixes and, for JSON-LD, its published context.
 */
public final class RdfOutput {
    private RdfOutput() {
    }

    /**
     * Writes {@code dsg} to {@code out} in {@code syntax}: its named graphs, or for a triples syntax their union. Call
     * inside a read transaction when {@code dsg} is transactional.
     */
    public static void write(DatasetGraph dsg, RdfSyntax syntax, OutputStream out) {
        if (syntax == RdfSyntax.JSONLD) {
            JsonLdContext.writeDataset(namedGraphs(dsg), out);
        } else if (syntax.isQuads()) {
            RDFWriterRegistry.getWriterDatasetFactory(syntax.jenaFormat()).create(syntax.jenaFormat())
                    .write(out, namedGraphs(dsg), prefixMap(), null, Context.create());
        } else {
            writeGraph(dsg.getUnionGraph(), syntax, out);
        }
    }

    /** Writes every graph of {@code dsg}, its default graph included, in a quads syntax (TriG, N-Quads or JSON-LD). */
    public static void writeQuads(DatasetGraph dsg, RdfSyntax syntax, OutputStream out) {
        if (!syntax.isQuads()) {
            throw new IllegalArgumentException(syntax.label() + " cannot hold named graphs");
        }
        if (syntax == RdfSyntax.JSONLD) {
            JsonLdContext.writeDataset(dsg, out);
        } else {
            RDFWriterRegistry.getWriterDatasetFactory(syntax.jenaFormat()).create(syntax.jenaFormat())
                    .write(out, dsg, prefixMap(), null, Context.create());
        }
    }

    /** Writes the triples of {@code graph} to {@code out} in {@code syntax} (a quads syntax gets one default graph). */
    public static void writeGraph(Graph graph, RdfSyntax syntax, OutputStream out) {
        if (syntax == RdfSyntax.JSONLD) {
            JsonLdContext.writeTriples(graph.find(), out);
        } else if (syntax.isQuads()) {
            DatasetGraph dsg = DatasetGraphFactory.wrap(graph);
            RDFWriterRegistry.getWriterDatasetFactory(syntax.jenaFormat()).create(syntax.jenaFormat())
                    .write(out, dsg, prefixMap(), null, Context.create());
        } else {
            RDFWriterRegistry.getWriterGraphFactory(syntax.jenaFormat()).create(syntax.jenaFormat())
                    .write(out, graph, prefixMap(), null, Context.create());
        }
    }

    /**
     * Returns a view of the named graphs of {@code dsg} with an empty default graph. All data lives in named graphs
     * (one per source file); a served dataset's default graph is their union, which would otherwise be written
     * again. The view links the graphs, it does not copy them.
     */
    static DatasetGraph namedGraphs(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dsg.getGraph(g)));
        return view;
    }

    private static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create(Namespaces.prefixes());
        pm.add("void", "http://rdfs.org/ns/void#");
        pm.add("dcat", "http://www.w3.org/ns/dcat#");
        return pm;
    }

}
