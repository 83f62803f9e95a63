package org.pledgegraph.publish;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF syntaxes pledgegraph publishes: dumps, the {@code export} command and content negotiation. Quads syntaxes
 * keep the named graphs (one per source file); the others carry the union of the graphs.
 */
public enum RdfSyntax {
    TURTLE("ttl", "ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY, false),
    TRIG("trig", "trig", "application/trig", "TriG", RDFFormat.TRIG_PRETTY, true),
    NQUADS("nq", "nq", "application/n-quads", "N-Quads", RDFFormat.NQUADS_UTF8, true),
    NTRIPLES("nt", "nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES_UTF8, false),
    JSONLD("jsonld", "jsonld", "application/ld+json", "JSON-LD", null, true),
    RDFXML("rdfxml", "rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PRETTY, false);

    private final String name;
    private final String extension;
    private final String mediaType;
    private final String label;
    private final RDFFormat jenaFormat;
    private final boolean quads;

    RdfSyntax(String name, String extension, String mediaType, String label, RDFFormat jenaFormat, boolean quads) {
        this.name = name;
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.jenaFormat = jenaFormat;
        this.quads = quads;
    }

    /** Returns the syntax's short name as the command line and {@code ?format=} take it, e.g. {@code ttl}. */
    public String shortName() {
        return name;
    }

    /** Returns the file extension of a dump in this syntax, without the dot. */
    public String extension() {
        return extension;
    }

    /** Returns the media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the {@code Content-Type} header value, with a UTF-8 charset for the text syntaxes that take one. */
    public String contentType() {
        return this == TURTLE ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** Returns the syntax's common name, e.g. {@code N-Quads}. */
    public String label() {
        return label;
    }

    /** Returns true if this syntax keeps named graphs. */
    public boolean isQuads() {
        return quads;
    }

    /** Returns Jena's language for reading this syntax, found from its media type. */
    public Lang lang() {
        return RDFLanguages.contentTypeToLang(mediaType);
    }

    /** Returns Jena's writer format, or null for JSON-LD, which pledgegraph compacts itself. */
    RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /**
     * Returns the syntax a short name or extension names: ttl, trig, nq, nt, jsonld, rdfxml (also turtle, rdf,
     * json).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static RdfSyntax byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RdfSyntax s : values()) {
            if (s.name.equals(n) || s.extension.equals(n)) {
                return s;
            }
        }
        return switch (n) {
            case "turtle" -> TURTLE;
            case "json", "json-ld" -> JSONLD;
            case "xml", "rdf/xml" -> RDFXML;
            case "ntriples", "n-triples" -> NTRIPLES;
            case "nquads", "n-quads" -> NQUADS;
            default -> throw new IllegalArgumentException("unknown RDF format \"" + name
                    + "\": use ttl, trig, nq, nt, jsonld or rdfxml");
        };
    }
}
