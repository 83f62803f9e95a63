package org.pledgegraph.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.model.PartialDate;

/**
 * Collects the triples of one named graph in the order they are made, each once. Null objects are skipped, so
 * mappers can pass optional facts straight through.
 */
final class Emitter {
    private final Node graph;
    private final Set<Triple> triples = new LinkedHashSet<>();

    Emitter(Node graph) {
        this.graph = graph;
    }

    Node graph() {
        return graph;
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            triples.add(Triple.create(s, p, o));
        }
    }

    void type(Node s, Node type) {
        add(s, RDF.type.asNode(), type);
    }

    void string(Node s, Node p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void english(Node s, Node p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralLang(value, "en"));
        }
    }

    void integer(Node s, Node p, Integer value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    void bool(Node s, Node p, Boolean value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDboolean));
        }
    }

    void decimal(Node s, Node p, BigDecimal value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
        }
    }

    void typed(Node s, Node p, String lexical, RDFDatatype type) {
        if (lexical != null) {
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }
    }

    void uri(Node s, Node p, String uri) {
        if (uri != null) {
            add(s, p, NodeFactory.createURI(uri));
        }
    }

    void date(Node s, Node p, PartialDate date) {
        if (date != null) {
            add(s, p, literal(date));
        }
    }

    /** Returns the literal of {@code date} in the datatype of its precision. */
    static Node literal(PartialDate date) {
        RDFDatatype dt = switch (date.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
            case INSTANT -> XSDDatatype.XSDdateTime;
        };
        return NodeFactory.createLiteralDT(date.lexical(), dt);
    }

    /** Adds every triple of {@code other}, keeping their order. */
    void addAll(Emitter other) {
        triples.addAll(other.triples);
    }

    /** Returns the collected triples as quads in this emitter's graph, in the order they were made. */
    List<Quad> quads() {
        List<Quad> out = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            out.add(Quad.create(graph, t));
        }
        return out;
    }
}
