package org.pledgegraph.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.pledgegraph.vocab.PG;
import org.pledgegraph.vocab.PROV;

/** Describes each file's named graph and the build that made them, in PROV, in the build graph. */
final class ProvenanceMapper {

    /** One input file that was read: where it is, its hash and media type. */
    record Input(String relPath, String sha256, String mediaType) {
    }

    /** A named graph made from one or more input files (a plain-text article and its sidecar). */
    record MappedGraph(String relPath, List<Input> inputs) {
    }

    private final Iris iris;

    ProvenanceMapper(Iris iris) {
        this.iris = iris;
    }

    /** Maps the build that turned {@code graphs} into triples at {@code time}. */
    void map(List<MappedGraph> graphs, Instant time, Emitter em) {
        StringBuilder all = new StringBuilder();
        for (MappedGraph g : graphs) {
            for (Input in : g.inputs()) {
                all.append(in.relPath()).append(' ').append(in.sha256()).append('\n');
            }
        }
        Node build = iris.build(Iris.sha256(all.toString()));
        em.type(build, PROV.Activity);
        em.type(build, PG.Build);
        em.typed(build, PROV.endedAtTime, time.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        em.add(build, PROV.wasAssociatedWith, PG.pledgegraph);
        em.type(PG.pledgegraph, PROV.SoftwareAgent);
        em.string(PG.pledgegraph, RDFS.label.asNode(), "pledgegraph");
        for (MappedGraph g : graphs) {
            Node graph = iris.graph(g.relPath());
            em.type(graph, PG.SourceGraph);
            em.type(graph, PROV.Entity);
            em.add(graph, PROV.wasGeneratedBy, build);
            for (Input in : g.inputs()) {
                Node file = iris.sourceFile(in.relPath());
                em.add(graph, PROV.wasDerivedFrom, file);
                em.add(build, PROV.used, file);
                em.type(file, PG.SourceFile);
                em.type(file, PROV.Entity);
                em.string(file, PG.path, in.relPath());
                em.string(file, PG.sha256, in.sha256());
                em.string(file, DCTerms.format.asNode(), in.mediaType());
            }
        }
    }
}
